/*
 * ast_print_admin: session, transaction and administration statements
 * back to SQL.
 */
#include "ast_print.h"

bool pr_admin_node(printer *pr, const ast *node)
{
    (void)pr;
    switch (node->kind) {
    default:
        return false;
    }
}
