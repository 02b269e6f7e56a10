/*
 * The SQL language front: MySQL 8 text in, AST out.
 *
 *   sql_parse()      tokenize and parse one or more ';'-separated statements
 *   sql_ast_print()  the normalized SQL text of a statement (keywords upper
 *                    case, identifiers back-quoted, minimal parentheses);
 *                    parsing it again gives an equal AST
 *   sql_ast_equal()  structural equality of two ASTs
 *   sql_split_next() find the end of the next statement in a script, the
 *                    way the mysql client does (quotes and comments honoured)
 *
 * Ownership: the AST and every string in it live in the arena passed to
 * sql_parse() and die with it.  The input text need not outlive the call.
 */
#ifndef JIMKV_SQL_H
#define JIMKV_SQL_H

#include <stdbool.h>
#include <stddef.h>

#include "jimkv/arena.h"

struct ast;

/* Limits on hostile input; each has a test at the limit. */
#define SQL_PARSE_DEPTH_MAX 1000          /* parser stack depth (nesting) */
#define SQL_PARSE_ARENA_MAX (256u << 20)  /* arena bytes for one parse call */
#define SQL_PARSE_TEXT_MAX (1u << 30)     /* bytes of text, MySQL's largest packet */

#define SQL_ERRMSG_SIZE 512

typedef struct sql_error {
    int code;                       /* MySQL error number, 0 when none */
    char sqlstate[6];               /* five characters and a NUL */
    char message[SQL_ERRMSG_SIZE];  /* MySQL's text for the error */
} sql_error;

/*
 * Parse every statement in sql[0..len).  On success returns 0 and sets
 * *out to a list node (kind AST_STMT_LIST) holding the statements in order;
 * empty statements (";;", comments only) are skipped.  On error returns -1,
 * fills *err and leaves *out NULL: 1064/42000 with MySQL's exact message
 * for a syntax error (or "memory exhausted near ..." past the nesting
 * limits), 1041 when the arena's limit or its allocator says no, 1153 for
 * text longer than SQL_PARSE_TEXT_MAX.
 */
int sql_parse(jk_arena *arena, const char *sql, size_t len, struct ast **out, sql_error *err);

/* The same with the tree in `arena` and the parser's working state (its
 * 128 KB stack) in `scratch`, for a tree that outlives the parse (a
 * prepared statement's) without keeping the parser's memory. */
int sql_parse_tree(jk_arena *arena, jk_arena *scratch, const char *sql, size_t len, struct ast **out,
                   sql_error *err);

/* Normalized SQL of one statement or expression, NUL-terminated, in arena.
 * Returns NULL only when the arena is exhausted. */
char *sql_ast_print(jk_arena *arena, const struct ast *node, size_t *len_out);

bool sql_ast_equal(const struct ast *a, const struct ast *b);

/*
 * Script splitting: returns the length of the statement starting at
 * sql[0], up to but excluding its terminating ';' (or to len), and sets
 * *consumed to the bytes to skip to reach the next statement.  Quotes,
 * back-quotes and comments are honoured, as the mysql client does.
 */
size_t sql_split_next(const char *sql, size_t len, size_t *consumed);

/* Where the first non-empty statement of sql[0..len) begins (its first
 * token), or len when there is none. */
size_t sql_statement_start(const char *sql, size_t len);

/* Where the first token after the first statement and its ';' is, or len
 * when only spaces and comments follow: what a server without
 * multi-statements objects to ("SELECT 1; SELECT 2", and "SELECT 1;;"). */
size_t sql_text_after_first(const char *sql, size_t len);

/* MySQL's 1064 "... near '<text from pos>' at line N" for sql[0..len). */
void sql_syntax_error_at(const char *sql, size_t len, size_t pos, sql_error *err);

#endif
