/*
 * jimkv-parse: read SQL statements from standard input and print, one line
 * per statement, its normalized SQL or "ERROR <code> (<state>): <message>".
 *
 *   jimkv-parse [--check | --eval] < script.sql
 *
 * Statements are separated by ';' as the mysql client separates them
 * (quotes and comments honoured) and are handled as soon as their ';'
 * arrives, so the tool also works interactively.  With --check, every
 * statement that parses is printed, parsed again and compared with the
 * first tree; a difference is reported on standard error.  The exit status
 * is 0 when every statement parsed (and, with --check, round-tripped).
 *
 * With --eval, table-less statements (SELECT <exprs>, SET, DO) are run on
 * one session and their results printed as `mariadb --batch` prints them,
 * each followed by its warnings (see sql_eval.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "ast.h"
#include "jimkv/buf.h"
#include "jimkv/sql.h"
#include "sql_eval.h"
#include "sql_tok.h"

/* Whether a piece between two ';' holds anything but spaces and comments. */
static bool has_tokens(const char *z, size_t n)
{
    sql_lexer lx;
    sql_lexer_init(&lx, z, n);
    return sql_lex(&lx).type != 0;
}

static int check_roundtrip(const ast *stmt, const char *text, size_t len)
{
    /* A fresh arena: the first tree may already use most of the limit. */
    jk_arena arena;
    jk_arena_init(&arena, NULL, SQL_PARSE_ARENA_MAX);
    ast *again = NULL;
    sql_error err;
    int failed = 0;
    if (sql_parse(&arena, text, len, &again, &err) != 0) {
        fprintf(stderr, "round trip: the printed form does not parse: %s\n  %s\n", err.message, text);
        failed = 1;
    } else if (again->n != 1 || !sql_ast_equal(stmt, ast_first(again))) {
        fprintf(stderr, "round trip: the printed form parses to a different tree:\n  %s\n", text);
        failed = 1;
    }
    jk_arena_free(&arena);
    return failed;
}

typedef enum mode { MODE_PRINT, MODE_CHECK, MODE_EVAL } mode;

static pl_session eval_session;

static int evaluate(jk_arena *arena, const char *stmt, size_t len)
{
    jk_buf out;
    jk_buf_init(&out, 0);
    int failed = sql_eval_text(&eval_session, arena, stmt, len, SQL_EVAL_BATCH, &out);
    fwrite(out.data ? out.data : "", 1, out.len, stdout);
    fflush(stdout);
    jk_buf_free(&out);
    jk_arena_reset(arena);
    return failed ? 1 : 0;
}

/* Parse and print one statement; returns 1 on failure. */
static int handle(jk_arena *arena, const char *stmt, size_t len, mode how)
{
    if (how == MODE_EVAL)
        return evaluate(arena, stmt, len);
    bool check = how == MODE_CHECK;
    ast *stmts = NULL;
    sql_error err;
    int failed = 0;
    if (sql_parse(arena, stmt, len, &stmts, &err) != 0) {
        printf("ERROR %d (%s): %s\n", err.code, err.sqlstate, err.message);
        failed = 1;
    } else {
        for (ast *s = ast_first(stmts); s; s = s->next) {
            size_t text_len;
            char *text = sql_ast_print(arena, s, &text_len);
            if (!text) {
                puts("ERROR 1041 (HY000): Out of memory");
                failed = 1;
                continue;
            }
            /* fwrite: a name or string may hold a NUL byte. */
            fwrite(text, 1, text_len, stdout);
            putchar('\n');
            if (check) failed |= check_roundtrip(s, text, text_len);
        }
    }
    fflush(stdout);
    jk_arena_reset(arena);
    return failed;
}

/* Handle every statement of pending that its ';' completes (all of them at
 * end of input), and keep the unfinished rest. */
static int drain(jk_buf *pending, jk_arena *arena, mode how, bool at_eof)
{
    const char *sql = jk_buf_cstr(pending);
    size_t len = pending->len, pos = 0;
    int failures = 0;
    while (pos < len) {
        size_t consumed;
        size_t stmt_len = sql_split_next(sql + pos, len - pos, &consumed);
        bool terminated = consumed == stmt_len + 1;
        if (!terminated && !at_eof) break;
        if (has_tokens(sql + pos, stmt_len)) failures += handle(arena, sql + pos, stmt_len, how);
        pos += consumed;
    }
    if (pos > 0) {
        memmove(pending->data, sql + pos, len - pos);
        pending->len = len - pos;
        pending->data[pending->len] = '\0';
    }
    return failures;
}

int main(int argc, char **argv)
{
    mode how = MODE_PRINT;
    if (argc == 2 && strcmp(argv[1], "--check") == 0)
        how = MODE_CHECK;
    else if (argc == 2 && strcmp(argv[1], "--eval") == 0)
        how = MODE_EVAL;
    if (argc > 2 || (argc == 2 && how == MODE_PRINT)) {
        fprintf(stderr, "usage: jimkv-parse [--check | --eval] < statements.sql\n");
        return 2;
    }
    pl_session_init(&eval_session, PL_COLL_UTF8MB4_0900_AI_CI);
    jk_buf pending;
    jk_buf_init(&pending, SQL_PARSE_TEXT_MAX);
    jk_arena arena;
    jk_arena_init(&arena, NULL, SQL_PARSE_ARENA_MAX);
    int failures = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        jk_buf_append(&pending, line, (size_t)n);
        if (jk_buf_failed(&pending)) {
            fprintf(stderr, "jimkv-parse: a statement longer than %u bytes\n", SQL_PARSE_TEXT_MAX);
            failures++;
            break;
        }
        failures += drain(&pending, &arena, how, false);
    }
    if (!jk_buf_failed(&pending)) failures += drain(&pending, &arena, how, true);
    pl_session_free(&eval_session);
    free(line);
    jk_arena_free(&arena);
    jk_buf_free(&pending);
    return failures ? 1 : 0;
}
