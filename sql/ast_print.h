/*
 * ast_print: the AST back to normalized SQL (see sql_ast_print() in
 * include/jimkv/sql.h).  Shared by the printers of the three statement
 * families: ast_print.c (expressions, queries, data changes),
 * ast_print_ddl.c and ast_print_admin.c.
 *
 * Normal form: keywords upper case, identifiers always back-quoted,
 * strings single-quoted with backslash escapes, one space between words,
 * parentheses only where precedence needs them.  Whatever the printer
 * emits parses back to an equal tree; that is the property the corpus test
 * checks for every statement.
 */
#ifndef JIMKV_SQL_AST_PRINT_H
#define JIMKV_SQL_AST_PRINT_H

#include <stdbool.h>

#include "ast.h"
#include "jimkv/buf.h"

typedef struct printer {
    jk_buf out;
} printer;

/* Expression binding levels; an operand printed at a position that needs a
 * higher level than its own is wrapped in parentheses. */
enum {
    PREC_TOP = 0,       /* anything, e.g. a select item or a function argument */
    PREC_OR = 1, PREC_XOR = 2, PREC_AND = 3, PREC_NOT = 4, PREC_IS_BOOL = 5,
    PREC_BOOL_PRI = 6,  /* comparisons, IS NULL */
    PREC_PREDICATE = 7, /* IN, BETWEEN, LIKE, REGEXP */
    PREC_BITOR = 8,     /* bit_expr starts here */
    PREC_BITAND = 9, PREC_SHIFT = 10, PREC_ADD = 11, PREC_MUL = 12, PREC_BITXOR = 13,
    PREC_UNARY = 17, PREC_BINARY = 18, PREC_COLLATE = 19,
    PREC_SIMPLE = 20    /* operands: names, literals, calls, (…) */
};

void pr_str(printer *pr, const char *s);
void pr_char(printer *pr, char c);
void pr_ident(printer *pr, const char *name, size_t n);
void pr_ident_node(printer *pr, const ast *id);
void pr_sysvar(printer *pr, const ast *var);
void pr_string(printer *pr, const char *s, size_t n);
void pr_expr(printer *pr, const ast *e, int min_prec);
/* Elements of a list, each printed with pr_node, separated by sep. */
void pr_list(printer *pr, const ast *list, const char *sep);
/* Elements of a list of expressions, each at PREC_TOP, comma-separated. */
void pr_expr_list(printer *pr, const ast *list);
/* Names of a list of IDENT nodes, back-quoted, comma-separated. */
void pr_ident_list(printer *pr, const ast *list);
/* " LIMIT n", " LIMIT n OFFSET o" or " LIMIT o, n" as written. */
void pr_limit(printer *pr, const ast *limit);
/* 'user'@'host' or CURRENT_USER (ast_print_admin.c). */
void pr_user(printer *pr, const ast *user);
void pr_node(printer *pr, const ast *node);
void pr_table_name(printer *pr, const ast *name);
void pr_type(printer *pr, const ast *type);
void pr_query(printer *pr, const ast *q);
/* FIELDS ... LINES ... options of INTO OUTFILE and LOAD DATA. */
void pr_file_options(printer *pr, const ast *list);

/* The family printers: true when they know the kind. */
bool pr_ddl_node(printer *pr, const ast *node);
bool pr_admin_node(printer *pr, const ast *node);

#endif
