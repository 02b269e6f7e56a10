/*
 * jimkv-parse: read SQL statements from standard input and print, one line
 * per statement, its normalized SQL or "ERROR 1064 (42000): <message>".
 *
 *   jimkv-parse [--check] < script.sql
 *
 * Statements are separated by ';' as the mysql client separates them
 * (quotes and comments honoured).  With --check, every statement that
 * parses is printed, parsed again and compared with the first tree; a
 * difference is reported and makes the exit status 1.  Exit status 0 when
 * every statement parsed (and, with --check, round-tripped).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "jimkv/buf.h"
#include "jimkv/sql.h"

#define INPUT_MAX (1u << 30)

static int read_all(FILE *in, jk_buf *buf)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), in)) > 0) {
        jk_buf_append(buf, chunk, n);
        if (jk_buf_failed(buf)) return -1;
    }
    return ferror(in) ? -1 : 0;
}

/* Empty or comment-only pieces between ';' are not statements. */
static bool has_tokens(const char *z, size_t n)
{
    jk_arena arena;
    jk_arena_init(&arena, NULL, SQL_PARSE_ARENA_MAX);
    ast *stmts = NULL;
    sql_error err;
    bool any = sql_parse(&arena, z, n, &stmts, &err) != 0 || (stmts && stmts->n > 0);
    jk_arena_free(&arena);
    return any;
}

static int check_roundtrip(jk_arena *arena, const ast *stmt, const char *text, size_t len)
{
    ast *again = NULL;
    sql_error err;
    if (sql_parse(arena, text, len, &again, &err) != 0) {
        fprintf(stderr, "round trip: the printed form does not parse: %s\n  %s\n", err.message, text);
        return 1;
    }
    if (again->n != 1 || !sql_ast_equal(stmt, ast_first(again))) {
        fprintf(stderr, "round trip: the printed form parses to a different tree:\n  %s\n", text);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    bool check = argc > 1 && strcmp(argv[1], "--check") == 0;
    if (argc > 2 || (argc == 2 && !check)) {
        fprintf(stderr, "usage: jimkv-parse [--check] < statements.sql\n");
        return 2;
    }
    jk_buf input;
    jk_buf_init(&input, INPUT_MAX);
    if (read_all(stdin, &input) != 0) {
        fprintf(stderr, "jimkv-parse: cannot read standard input\n");
        jk_buf_free(&input);
        return 2;
    }
    const char *sql = jk_buf_cstr(&input);
    size_t len = input.len, pos = 0;
    int failures = 0;
    jk_arena arena;
    jk_arena_init(&arena, NULL, SQL_PARSE_ARENA_MAX);
    while (pos < len) {
        size_t consumed;
        size_t stmt_len = sql_split_next(sql + pos, len - pos, &consumed);
        const char *stmt = sql + pos;
        pos += consumed;
        if (!has_tokens(stmt, stmt_len)) continue;
        ast *stmts = NULL;
        sql_error err;
        if (sql_parse(&arena, stmt, stmt_len, &stmts, &err) != 0) {
            printf("ERROR %d (%s): %s\n", err.code, err.sqlstate, err.message);
            failures++;
        } else {
            for (ast *s = ast_first(stmts); s; s = s->next) {
                size_t text_len;
                char *text = sql_ast_print(&arena, s, &text_len);
                printf("%s\n", text ? text : "(out of memory)");
                if (check && text) failures += check_roundtrip(&arena, s, text, text_len);
            }
        }
        jk_arena_reset(&arena);
    }
    jk_arena_free(&arena);
    jk_buf_free(&input);
    return failures ? 1 : 0;
}
