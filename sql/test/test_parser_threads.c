/*
 * Parsers on several threads at once share only read-only state (the
 * keyword table, built once behind pthread_once, and Lemon's tables).  Run
 * under ThreadSanitizer by tools/test.sh.
 */
#include <pthread.h>
#include <string.h>

#include "../../test/jk_test.h"
#include "ast.h"
#include "jimkv/sql.h"

#define THREADS 4
#define ROUNDS 300

static const char *const statements[] = {
    "SELECT c FROM sbtest1 WHERE id = ?",
    "SELECT DISTINCT c FROM sbtest1 WHERE id BETWEEN ? AND ? ORDER BY c",
    "UPDATE sbtest1 SET k = k + 1 WHERE id = ?",
    "INSERT INTO t (a, b) VALUES (1, 'x'), (2, DEFAULT) ON DUPLICATE KEY UPDATE b = VALUES(b)",
    "WITH RECURSIVE c (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT * FROM c",
    "SELECT status, date, `weird``name` FROM db.t AS x JOIN u USING (id) WHERE x.a IS NOT NULL",
};
#define STATEMENT_COUNT (sizeof(statements) / sizeof(statements[0]))

static char expected[STATEMENT_COUNT][1024];

static void *parse_many(void *arg)
{
    long *mismatches = arg;
    jk_arena arena;
    jk_arena_init(&arena, NULL, 0);
    for (int r = 0; r < ROUNDS; r++) {
        for (size_t i = 0; i < STATEMENT_COUNT; i++) {
            ast *stmts;
            sql_error err;
            if (sql_parse(&arena, statements[i], strlen(statements[i]), &stmts, &err) != 0) {
                (*mismatches)++;
                continue;
            }
            const char *text = sql_ast_print(&arena, ast_first(stmts), NULL);
            if (!text || strcmp(text, expected[i]) != 0) (*mismatches)++;
            jk_arena_reset(&arena);
        }
    }
    jk_arena_free(&arena);
    return NULL;
}

TEST(threads, concurrent_parsers_agree_with_a_single_one)
{
    /* The expected texts come from this thread before the others start. */
    pthread_t tid[THREADS];
    long mismatches[THREADS] = { 0 };
    jk_arena arena;
    jk_arena_init(&arena, NULL, 0);
    for (size_t i = 0; i < STATEMENT_COUNT; i++) {
        ast *stmts;
        sql_error err;
        CHECK_EQ_INT(sql_parse(&arena, statements[i], strlen(statements[i]), &stmts, &err), 0);
        snprintf(expected[i], sizeof(expected[i]), "%s", sql_ast_print(&arena, ast_first(stmts), NULL));
    }
    jk_arena_free(&arena);
    for (int t = 0; t < THREADS; t++) CHECK_EQ_INT(pthread_create(&tid[t], NULL, parse_many, &mismatches[t]), 0);
    for (int t = 0; t < THREADS; t++) CHECK_EQ_INT(pthread_join(tid[t], NULL), 0);
    for (int t = 0; t < THREADS; t++) CHECK_EQ_INT(mismatches[t], 0);
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
