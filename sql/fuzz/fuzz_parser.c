/*
 * libFuzzer target for the tokenizer and parser: any bytes in, a tree or a
 * clean error out.  Every tree that comes out is printed and parsed again,
 * and must come back equal, so the fuzzer also hunts printer bugs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "jimkv/sql.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jk_arena arena;
    jk_arena_init(&arena, NULL, 64u << 20);
    ast *stmts = NULL;
    sql_error err;
    if (sql_parse(&arena, (const char *)data, size, &stmts, &err) == 0) {
        for (ast *s = ast_first(stmts); s; s = s->next) {
            size_t len;
            char *text = sql_ast_print(&arena, s, &len);
            if (!text) continue;
            ast *again = NULL;
            if (sql_parse(&arena, text, len, &again, &err) != 0 || again->n != 1 ||
                !sql_ast_equal(s, ast_first(again))) {
                fprintf(stderr, "round trip failed for: %s\n", text);
                abort();
            }
        }
    } else if (err.code != 1064 && err.code != 1041) {
        abort();
    }
    jk_arena_free(&arena);
    return 0;
}
