/*
 * Set operations over SELECTs without tables (sql_query.c): UNION,
 * INTERSECT, EXCEPT with DISTINCT and ALL, column types aggregated over the
 * operands, names from the first, ORDER BY and LIMIT, and MySQL's errors.
 * Expected outputs are MySQL 8.0's answers, in `mariadb --batch` form.
 */
#include <string.h>

#include "expr.h"
#include "sql_eval.h"
#include "../../test/jk_test.h"

static pl_session session;
static jk_arena arena;

static void setup(void)
{
    pl_session_init(&session, PL_COLL_UTF8MB4_0900_AI_CI);
    jk_arena_init(&arena, NULL, 64u << 20);
}

static void teardown(void)
{
    jk_arena_free(&arena);
    pl_session_free(&session);
}

/* The batch output of one statement. */
static const char *run(const char *sql)
{
    static char text[4096];
    jk_buf out;
    jk_buf_init(&out, 0);
    sql_eval_text(&session, &arena, sql, strlen(sql), SQL_EVAL_BATCH, &out);
    snprintf(text, sizeof text, "%.*s", (int)out.len, out.data ? out.data : "");
    jk_buf_free(&out);
    return text;
}

TEST(setop, union_distinct_and_all, setup, teardown)
{
    CHECK_EQ_STR(run("SELECT 1 UNION SELECT 1"), "1\n1\n");
    CHECK_EQ_STR(run("SELECT 1 UNION ALL SELECT 1"), "1\n1\n1\n");
    CHECK_EQ_STR(run("SELECT 1 UNION ALL SELECT 1 UNION SELECT 2"), "1\n1\n2\n");
    CHECK_EQ_STR(run("SELECT 1 UNION SELECT 1 UNION ALL SELECT 1"), "1\n1\n1\n");
    CHECK_EQ_STR(run("SELECT 1 AS n UNION ALL SELECT NULL UNION ALL SELECT 3"), "n\n1\nNULL\n3\n");
}

TEST(setop, types_are_aggregated, setup, teardown)
{
    /* DECIMAL(2,1): the integer prints with the scale. */
    CHECK_EQ_STR(run("SELECT 1 UNION SELECT 2.5"), "1\n1.0\n2.5\n");
    /* A string column; duplicates by the collation (0900_ai_ci: 'a' = 'A'). */
    CHECK_EQ_STR(run("SELECT 'a' AS x UNION SELECT 'A' UNION ALL SELECT 1"), "x\na\n1\n");
    CHECK_EQ_STR(run("SELECT 'a' COLLATE utf8mb4_bin AS x UNION SELECT 'A'"), "x\na\nA\n");
    CHECK_EQ_STR(run("SELECT NULL UNION SELECT 1"), "NULL\nNULL\n1\n");
    CHECK_EQ_STR(run("SELECT DATE'2020-01-02' AS d UNION SELECT TIMESTAMP'2020-01-02 03:04:05'"),
                 "d\n2020-01-02 00:00:00\n2020-01-02 03:04:05\n");
}

/* Thousands of arms (ORMs write such UNIONs): duplicates are found by hash
 * and equal values of every class meet, -0 and 0 too. */
TEST(setop, many_rows_and_hash_equality, setup, teardown)
{
    jk_buf sql;
    jk_buf_init(&sql, 0);
    jk_buf_puts(&sql, "SELECT 0 AS v");
    for (int i = 1; i < 5000; i++)
        jk_buf_printf(&sql, " UNION SELECT %d", i % 1000);
    jk_buf_puts(&sql, " ORDER BY v DESC LIMIT 3");
    CHECK_EQ_STR(run(sql.data), "v\n999\n998\n997\n");
    jk_buf_clear(&sql);
    jk_buf_puts(&sql, "SELECT 'x' AS v");
    for (int i = 1; i < 3000; i++)
        jk_buf_printf(&sql, " UNION SELECT '%c'", "xX"[i % 2]);
    CHECK_EQ_STR(run(sql.data), "v\nx\n");
    jk_buf_free(&sql);
    CHECK_EQ_STR(run("SELECT 'a' COLLATE utf8mb4_general_ci AS s UNION SELECT 'A  '"), "s\na\n");
    CHECK_EQ_STR(run("SELECT 0e0 AS d UNION SELECT -0e0"), "d\n0\n");
    CHECK_EQ_STR(run("SELECT 1.50 AS d UNION SELECT 1.5 UNION SELECT 3/2"), "d\n1.5000\n");
    CHECK_EQ_STR(run("SELECT DATE'2020-01-01' AS t UNION SELECT '2020-01-01'"), "t\n2020-01-01\n");
    CHECK_EQ_STR(run("SELECT NULL AS n UNION SELECT NULL UNION ALL SELECT NULL"), "n\nNULL\nNULL\n");
}

TEST(setop, intersect_and_except, setup, teardown)
{
    CHECK_EQ_STR(run("SELECT 1 INTERSECT SELECT 1"), "1\n1\n");
    CHECK_EQ_STR(run("SELECT 1 INTERSECT SELECT 2"), "1\n");
    CHECK_EQ_STR(run("SELECT 1 EXCEPT SELECT 2"), "1\n1\n");
    CHECK_EQ_STR(run("SELECT 1 EXCEPT SELECT 1"), "1\n");
    CHECK_EQ_STR(run("(SELECT 1 UNION ALL SELECT 1) EXCEPT ALL SELECT 1"), "1\n1\n");
    CHECK_EQ_STR(run("(SELECT 1 UNION ALL SELECT 1) EXCEPT SELECT 2"), "1\n1\n");
    CHECK_EQ_STR(run("(SELECT 1 UNION ALL SELECT 1) INTERSECT ALL (SELECT 1 UNION ALL SELECT 1)"), "1\n1\n1\n");
}

TEST(setop, order_and_limit, setup, teardown)
{
    CHECK_EQ_STR(run("SELECT 1 UNION SELECT 3 UNION SELECT 2 ORDER BY 1 DESC"), "1\n3\n2\n1\n");
    CHECK_EQ_STR(run("SELECT 1 AS n UNION SELECT NULL ORDER BY n"), "n\nNULL\n1\n");
    CHECK_EQ_STR(run("SELECT 1 UNION SELECT 2 UNION SELECT 3 LIMIT 1, 1"), "1\n2\n");
    CHECK_EQ_STR(run("(SELECT 3) UNION (SELECT 1) ORDER BY 1 LIMIT 1"), "3\n1\n");
    CHECK_EQ_STR(run("(SELECT 2 UNION SELECT 1 ORDER BY 1 LIMIT 1) UNION ALL SELECT 5"), "2\n1\n5\n");
    CHECK_EQ_STR(run("SELECT 'b' AS s, 1 AS k UNION SELECT 'a', 2 ORDER BY s"), "s\tk\na\t2\nb\t1\n");
}

TEST(setop, errors, setup, teardown)
{
    CHECK_EQ_STR(run("SELECT 1 UNION SELECT 1, 2"),
                 "ERROR 1222 (21000): The used SELECT statements have a different number of columns\n");
    CHECK_EQ_STR(run("SELECT 1 UNION SELECT 2 ORDER BY 3"),
                 "ERROR 1054 (42S22): Unknown column '3' in 'order clause'\n");
    /* A star has no table to expand (found by the protocol fuzzer: it crashed). */
    CHECK_EQ_STR(run("SELECT *"), "ERROR 1096 (HY000): No tables used\n");
    CHECK_EQ_STR(run("SELECT 1 UNION SELECT *"), "ERROR 1096 (HY000): No tables used\n");
    CHECK_EQ_STR(run("SELECT t.* UNION SELECT 1"), "ERROR 1051 (42S02): Unknown table 't'\n");
    CHECK_EQ_STR(run("SELECT 1 AS n UNION SELECT 2 ORDER BY m"),
                 "ERROR 1054 (42S22): Unknown column 'm' in 'order clause'\n");
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
