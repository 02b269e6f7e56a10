/*
 * ast_print_ddl: the data-definition statements back to SQL.
 */
#include "ast_print.h"

bool pr_ddl_node(printer *pr, const ast *node)
{
    (void)pr;
    switch (node->kind) {
    default:
        return false;
    }
}
