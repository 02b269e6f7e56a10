/*
 * ast_build: the constructors the grammar's actions call, and the parse
 * context they share.
 *
 * Constructors never return NULL: when the arena is exhausted or a node
 * would pass AST_DEPTH_MAX they record the error in the context and
 * longjmp back to sql_parse(), abandoning the parser (which owns nothing
 * outside the arena).  That keeps every grammar action a one-liner.
 */
#ifndef JIMKV_SQL_AST_BUILD_H
#define JIMKV_SQL_AST_BUILD_H

#include <setjmp.h>

#include "ast.h"
#include "sql_tok.h"

enum parse_failure { PARSE_OK, PARSE_SYNTAX, PARSE_NO_MEMORY, PARSE_TOO_DEEP };

typedef struct sql_parse_ctx {
    jk_arena *arena;
    const char *sql;            /* the whole text being parsed */
    size_t len;
    ast *stmts;                 /* STMT_LIST being built */
    uint32_t param_count;       /* ? markers so far in the current statement */
    enum parse_failure failure;
    size_t error_pos;           /* byte offset of the offending token */
    size_t token_pos;           /* byte offset of the token being parsed */
    jmp_buf *bail;              /* where constructors jump on failure */
} sql_parse_ctx;

_Noreturn void ast_fail(sql_parse_ctx *p, enum parse_failure why);

ast *ast_new(sql_parse_ctx *p, int kind);
ast *ast_new_op(sql_parse_ctx *p, int kind, int op);
/* Set child i, keeping depth current. */
ast *ast_set(sql_parse_ctx *p, ast *node, int i, ast *kid);
ast *ast_node1(sql_parse_ctx *p, int kind, int op, ast *k0);
ast *ast_node2(sql_parse_ctx *p, int kind, int op, ast *k0, ast *k1);
ast *ast_node3(sql_parse_ctx *p, int kind, int op, ast *k0, ast *k1, ast *k2);

/* A new list holding e (or empty when e is NULL). */
ast *ast_list(sql_parse_ctx *p, ast *e);
ast *ast_append(sql_parse_ctx *p, ast *list, ast *e);
ast *ast_prepend(sql_parse_ctx *p, ast *list, ast *e);
/* a AND b / a OR b, flattening nested ones of the same op into one list. */
ast *ast_logic(sql_parse_ctx *p, int op, ast *a, ast *b);

/* Names: unquotes `a``b` to a`b. */
ast *ast_ident(sql_parse_ctx *p, sql_token t);
ast *ast_ident_str(sql_parse_ctx *p, const char *s, size_t n);
/* A keyword argument, stored upper case. */
ast *ast_keyword(sql_parse_ctx *p, const char *s);
const char *ast_token_text(sql_parse_ctx *p, sql_token t);        /* raw copy */
const char *ast_token_upper(sql_parse_ctx *p, sql_token t);       /* upper-case copy */

/* Literals from tokens: numbers keep their text; strings are decoded. */
ast *ast_number(sql_parse_ctx *p, int lit, sql_token t);
ast *ast_string(sql_parse_ctx *p, sql_token t);
ast *ast_string_concat(sql_parse_ctx *p, ast *s, sql_token t);
ast *ast_hex_or_bit(sql_parse_ctx *p, sql_token t);
ast *ast_literal_kw(sql_parse_ctx *p, int lit);                   /* NULL TRUE FALSE */
ast *ast_user_var(sql_parse_ctx *p, sql_token t);
ast *ast_param(sql_parse_ctx *p, sql_token t);
ast *ast_func(sql_parse_ctx *p, const char *name, ast *args);

/* Column and table names from 1-3 identifiers. */
ast *ast_column_ref(sql_parse_ctx *p, ast *a, ast *b, ast *c);
ast *ast_table_name(sql_parse_ctx *p, ast *a, ast *b);

/* Query assembly: attach WITH / ORDER BY / LIMIT / locking to a query body,
 * wrapping it in a PAREN_QUERY-free way when the body already has one. */
ast *ast_query_finish(sql_parse_ctx *p, ast *with, ast *body, ast *order, ast *limit);
ast *ast_query_lock(sql_parse_ctx *p, ast *query, ast *locking);
/* SELECT ... INTO at the end of a statement goes to the query block's INTO. */
ast *ast_query_into(sql_parse_ctx *p, ast *query, ast *into);

void ast_add_statement(sql_parse_ctx *p, ast *stmt);

#endif
