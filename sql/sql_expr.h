/*
 * sql_expr: compile an expression AST into a resolved pl_expr tree.
 *
 * The compiler maps the grammar's shapes onto the engine's nodes (literals
 * to typed constants, operators to PL_E_OP, calls to the function registry,
 * `d + INTERVAL n unit` to DATE_ADD, TRIM's forms to TRIM with a mode...)
 * and resolves each node once its children are, so every node has its type
 * and evaluator when the tree is returned.  Folding constant subtrees
 * (pl_fold_constants) is the caller's step, once every expression of the
 * statement is compiled: resolution warnings come first, as in MySQL.  Column references have no
 * table to bind to here: they are error 1054 unless the caller supplies
 * sql_columns.
 *
 * Errors (unknown function 1305, wrong argument count 1582, a subquery
 * 1235, ...) are recorded in cx and NULL is returned.  The tree lives in
 * cx->arena.
 */
#ifndef JIMKV_SQL_EXPR_H
#define JIMKV_SQL_EXPR_H

#include "ast.h"
#include "expr.h"

pl_expr *sql_expr_compile(pl_eval_ctx *cx, const ast *node);

/* Columns an expression may name: a reference to names[i] (compared
 * case-insensitively, qualifiers ignored) becomes a PL_E_COLUMN reading
 * cx->row[i] with types[i].  The real binder (tables, aliases, scopes)
 * replaces this when queries with FROM arrive. */
typedef struct sql_columns {
    uint32_t n;
    const char *const *names;
    const pl_type *types;
    const char *clause; /* named in error 1054 ("where clause"); NULL: "field list" */
} sql_columns;

pl_expr *sql_expr_compile_columns(pl_eval_ctx *cx, const ast *node, const sql_columns *columns);

#endif
