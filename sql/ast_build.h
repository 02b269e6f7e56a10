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
    jk_arena *arena;            /* the tree */
    jk_arena *scratch;          /* the parser's own state (its stack) */
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
/* A syntax error whose near-text starts at byte pos (MySQL's 1064): for
 * what the grammar lets through but MySQL rejects. */
_Noreturn void ast_syntax_error_at(sql_parse_ctx *p, size_t pos);

/* Two trees a grammar rule hands up together before they are placed in a
 * node (the ON EMPTY/ON ERROR pair of JSON_VALUE, an INSERT's row alias and
 * its columns, an AS OF clause and how it was written). */
typedef struct ast_pair {
    ast *first;
    ast *second;
    int op;
} ast_pair;

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
/* A name written as a string ('alias'); a syntax error at the string when
 * it is not a valid name. */
ast *ast_ident_from_string(sql_parse_ctx *p, sql_token t);
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
/* {d 'x'}, {t 'x'}, {ts 'x'} become DATE/TIME/TIMESTAMP literals; any other
 * {word expr} is expr. */
ast *ast_odbc_escape(sql_parse_ctx *p, const ast *word, ast *expr);
/* The name of a call from its token: unquoted and upper case. */
const char *ast_func_name(sql_parse_ctx *p, sql_token t);
/* Reject what MySQL's grammar rejects in a call that the generic call rule
 * accepted: SUM(), CONCAT(DISTINCT a), SUM(*), LOWER(a) OVER w, RANK()
 * without OVER, ORDER BY outside GROUP_CONCAT.  rp and quantifier are the
 * positions of ')' of an empty call and of DISTINCT/ALL/'*', or NULL. */
void ast_check_call(sql_parse_ctx *p, const ast *call, const char *rp, const char *quantifier);

/* Column and table names from 1-3 identifiers. */
ast *ast_column_ref(sql_parse_ctx *p, ast *a, ast *b, ast *c);
ast *ast_table_name(sql_parse_ctx *p, ast *a, ast *b);

/* Query assembly: attach WITH / ORDER BY / LIMIT / locking to a query body,
 * wrapping it in a PAREN_QUERY-free way when the body already has one. */
ast *ast_query_finish(sql_parse_ctx *p, ast *with, ast *body, ast *order, ast *limit);
ast *ast_query_lock(sql_parse_ctx *p, ast *query, ast *locking);
/* A set operation; an INTO on its last SELECT belongs to the whole result
 * (SELECT 1 UNION SELECT 2 INTO @a) and moves up. */
ast *ast_setop(sql_parse_ctx *p, int op, uint32_t flags, ast *left, ast *right);
/* INTO at the end of a statement goes to the query's INTO (a SELECT's or a
 * set operation's). */
ast *ast_query_into(sql_parse_ctx *p, ast *query, ast *into);

void ast_add_statement(sql_parse_ctx *p, ast *stmt);

/* administration (ast_build_admin.c) */

/* The word t must be w (case-insensitive), or a syntax error. */
void ast_expect_word(sql_parse_ctx *p, sql_token t, const char *w);
/* Account name@host from an IDENT and an optional USERVAR token "@host";
 * the host defaults to '%', as in MySQL. */
ast *ast_user(sql_parse_ctx *p, ast *name, const sql_token *host);
/* A system variable [prefix.]name with a scope. */
ast *ast_sysvar(sql_parse_ctx *p, int scope, ast *prefix, ast *name);
/* SET's element list: every system variable gets the scope in effect,
 * the last GLOBAL/SESSION/... keyword for a bare name (MySQL 8.0 manual,
 * "SET Syntax for Variable Assignment"). */
ast *ast_set_stmt(sql_parse_ctx *p, ast *list);
ast *ast_set_charset(sql_parse_ctx *p, int op, const char *charset, const char *collation);
/* SHOW op; a database named by FROM db after a table goes into its name. */
ast *ast_show(sql_parse_ctx *p, int op, uint32_t flags, ast *object, ast *db);
/* Move a LIKE/WHERE carrier (a SHOW node) into show. */
ast *ast_show_filter(sql_parse_ctx *p, ast *show, ast *filter);
/* EXPLAIN [ANALYZE] [FORMAT = f] of a statement or FOR CONNECTION n. */
ast *ast_explain(sql_parse_ctx *p, int op, const char *format, ast *target);
ast *ast_auth(sql_parse_ctx *p, int op, ast *plugin, ast *string);
/* A static privilege; name is a constant, at its first word. */
ast *ast_priv(sql_parse_ctx *p, const char *name, sql_token at);
/* A privilege written as a name: dynamic, or a role when a host follows. */
ast *ast_priv_name(sql_parse_ctx *p, ast *name, const sql_token *host, ast *columns);
/* GRANT r1, r2 TO ...: the privilege-shaped names become role USERs. */
ast *ast_roles_from_privs(sql_parse_ctx *p, ast *privs);
ast *ast_grant(sql_parse_ctx *p, int op, ast *what, ast *on, ast *users);
ast *ast_admin_option(sql_parse_ctx *p, int op, ast *value);
/* NAME = value of CHANGE REPLICATION SOURCE TO; a quoted name is an error. */
ast *ast_admin_named(sql_parse_ctx *p, sql_token name, ast *value);
/* An ACCOUNT statement; tail, when given, is an ACCOUNT node holding the
 * options parsed so far (it becomes the statement). */
ast *ast_account(sql_parse_ctx *p, int op, uint32_t flags, ast *users, ast *roles, ast *tail);
/* An upper-case copy of a name (EXPLAIN FORMAT = json). */
const char *ast_upper_copy(sql_parse_ctx *p, const ast *name);

/* DDL (ast_build_ddl.c) */

/* Append b's elements to a (b is used up). */
ast *ast_list_concat(sql_parse_ctx *p, ast *a, ast *b);
/* A KEYWORD holding the name upper-cased (ROW_FORMAT=dynamic is DYNAMIC). */
ast *ast_keyword_of(sql_parse_ctx *p, const ast *id);
/* Column types: name is a static upper-case string. */
ast *ast_ddl_type(sql_parse_ctx *p, const char *name, ast *length, ast *scale);
ast *ast_ddl_type_precision(sql_parse_ctx *p, const char *name, const ast *precision);
/* [BINARY] [CHARACTER SET x] after a string type, carried to the type. */
ast *ast_ddl_charset(sql_parse_ctx *p, uint32_t flags, const char *charset);
ast *ast_ddl_type_charset(ast *type, const ast *charset);
ast *ast_ddl_attr(sql_parse_ctx *p, int op, ast *value);
/* [NOT] ENFORCED and ON DELETE/UPDATE action, attached to the CHECK or
 * REFERENCES attribute just before them (a syntax error otherwise). */
ast *ast_ddl_attr_enforced(sql_parse_ctx *p, ast *attrs, uint32_t flag, sql_token at);
ast *ast_ddl_attr_ref_action(sql_parse_ctx *p, ast *attrs, bool on_update, int action, sql_token at);
/* A CREATE_TABLE with its options and partitioning; query is the one
 * create_query built (holding the query and IGNORE/REPLACE) or NULL. */
ast *ast_ddl_create_table(sql_parse_ctx *p, ast *options, ast *partitioning, ast *query);
/* The KEY attribute: PRIMARY KEY, or the KEY of a UNIQUE just before it. */
ast *ast_ddl_attr_key(sql_parse_ctx *p, ast *attrs);
ast *ast_ddl_option(sql_parse_ctx *p, int op, ast *value);
ast *ast_ddl_index(sql_parse_ctx *p, int op, ast *name, ast *using, ast *parts, ast *options);
ast *ast_ddl_constraint_name(sql_parse_ctx *p, ast *constraint, ast *name);
ast *ast_ddl_alter(sql_parse_ctx *p, int op, ast *k0, ast *k1);
/* FIRST (a KEYWORD) or AFTER column (an IDENT) onto an ADD/MODIFY/CHANGE. */
ast *ast_ddl_place(sql_parse_ctx *p, ast *cmd, ast *place);
/* A VIEW from its body (name, columns, query, check option) and its head
 * (ALGORITHM, DEFINER, SQL SECURITY; may be NULL). */
ast *ast_ddl_view(sql_parse_ctx *p, ast *head, ast *body, int op, uint32_t flags);
/* DEFINER = user[@host]; host is the USERVAR token or NULL. */

#endif
