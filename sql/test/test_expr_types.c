/*
 * Result types of expressions (what the protocol will announce for each
 * column), MySQL's DOUBLE text, and the promise that evaluating a tree over
 * many rows allocates nothing once warm.
 *
 * The differential test against MariaDB checks values and warnings; types
 * are checked here because MariaDB's differ from MySQL 8's (MariaDB calls
 * SELECT 1 an INT, MySQL 8 a BIGINT), and JimKV follows MySQL 8.
 */
#include <math.h>

#include "ast.h"
#include "charset.h"
#include "expr.h"
#include "jimkv/sql.h"
#include "sql_expr.h"
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

/* Compiles the single expression of "SELECT <expr>"; NULL on error. */
static pl_expr *compile_with(pl_eval_ctx *cx, const char *expr, const sql_columns *cols)
{
    char sql[512];
    snprintf(sql, sizeof sql, "SELECT %s", expr);
    ast *stmts;
    sql_error err;
    if (sql_parse(&arena, sql, strlen(sql), &stmts, &err) != 0) {
        fprintf(stderr, "parse error in %s: %s\n", sql, err.message);
        return NULL;
    }
    const ast *item = ast_first(ast_first(stmts)->kid[AST_K_SEL_ITEMS]);
    pl_expr *e = sql_expr_compile_columns(cx, item->kid[0], cols);
    if (!e)
        fprintf(stderr, "compile error in %s: %d %s\n", sql, cx->error_code, cx->error_message);
    return e;
}

/* Checks field type and decimals of expr. */
static void check_type(const char *expr, pl_field field, int decimals, bool is_unsigned)
{
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, &session, &arena);
    pl_expr *e = compile_with(&cx, expr, NULL);
    CHECK(e != NULL);
    if (!e)
        return;
    if (e->type.field != field || e->type.decimals != decimals ||
        ((e->type.flags & PL_TF_UNSIGNED) != 0) != is_unsigned)
        fprintf(stderr, "%s: got %s decimals %d%s\n", expr, pl_field_name((pl_field)e->type.field),
                e->type.decimals, (e->type.flags & PL_TF_UNSIGNED) ? " unsigned" : "");
    CHECK_EQ_STR(pl_field_name((pl_field)e->type.field), pl_field_name(field));
    CHECK_EQ_INT(e->type.decimals, decimals);
    CHECK_EQ_INT((e->type.flags & PL_TF_UNSIGNED) != 0, is_unsigned);
}

#define NF PL_DECIMALS_NOT_FIXED

TEST(expr_types, literals_follow_mysql8, setup, teardown)
{
    check_type("1", PL_F_LONGLONG, 0, false);
    check_type("18446744073709551615", PL_F_LONGLONG, 0, true);
    check_type("18446744073709551616", PL_F_NEWDECIMAL, 0, false);
    check_type("1.50", PL_F_NEWDECIMAL, 2, false);
    check_type("1e0", PL_F_DOUBLE, NF, false);
    check_type("'a'", PL_F_VAR_STRING, NF, false);
    check_type("NULL", PL_F_NULL, 0, false);
    check_type("DATE'2020-01-01'", PL_F_DATE, 0, false);
    check_type("TIMESTAMP'2020-01-01 10:00:00.12'", PL_F_DATETIME, 2, false);
    check_type("TIME'10:00:00'", PL_F_TIME, 0, false);
}

TEST(expr_types, arithmetic_follows_find_num_type, setup, teardown)
{
    check_type("1 + 1", PL_F_LONGLONG, 0, false);
    check_type("1 + CAST(1 AS UNSIGNED)", PL_F_LONGLONG, 0, true);
    check_type("1 + 1.5", PL_F_NEWDECIMAL, 1, false);
    check_type("1.25 * 1.5", PL_F_NEWDECIMAL, 3, false);
    check_type("1 / 3", PL_F_NEWDECIMAL, 4, false);
    check_type("1.5 / 3", PL_F_NEWDECIMAL, 5, false);
    check_type("1 + 1e0", PL_F_DOUBLE, NF, false);
    check_type("1 + '1'", PL_F_DOUBLE, NF, false);
    check_type("7 DIV 2.5", PL_F_LONGLONG, 0, false);
    check_type("-1", PL_F_LONGLONG, 0, false);
    check_type("~0", PL_F_LONGLONG, 0, true);
    check_type("1 = 1", PL_F_LONGLONG, 0, false);
    check_type("1 IN (1, 2)", PL_F_LONGLONG, 0, false);
}

TEST(expr_types, cast_targets, setup, teardown)
{
    check_type("CAST(1 AS SIGNED)", PL_F_LONGLONG, 0, false);
    check_type("CAST(1 AS UNSIGNED)", PL_F_LONGLONG, 0, true);
    check_type("CAST(1 AS DECIMAL(10,2))", PL_F_NEWDECIMAL, 2, false);
    check_type("CAST(1 AS DOUBLE)", PL_F_DOUBLE, NF, false);
    check_type("CAST(1 AS CHAR)", PL_F_VAR_STRING, NF, false);
    check_type("CAST('2020-01-01' AS DATE)", PL_F_DATE, 0, false);
    check_type("CAST('10:00' AS TIME(3))", PL_F_TIME, 3, false);
    check_type("CAST('2020-01-01' AS DATETIME(6))", PL_F_DATETIME, 6, false);
}

TEST(expr_types, constant_subtrees_fold, setup, teardown)
{
    static const char *const names[] = { "id" };
    pl_type types[1] = { pl_type_int(20, false) };
    sql_columns cols = { 1, names, types, NULL };
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, &session, &arena);
    pl_expr *e = compile_with(&cx, "1 + 2 * 3", NULL);
    CHECK(e && e->kind == PL_E_OP);
    e = pl_fold_constants(e, &cx);
    CHECK_EQ_INT(e->kind, PL_E_CONST);
    CHECK_EQ_INT(e->value.i, 7);
    /* Only the constant side of a comparison with a column folds. */
    e = pl_fold_constants(compile_with(&cx, "id > 2 * 3", &cols), &cx);
    CHECK_EQ_INT(e->kind, PL_E_OP);
    CHECK_EQ_INT(e->args[0]->kind, PL_E_COLUMN);
    CHECK_EQ_INT(e->args[1]->kind, PL_E_CONST);
    /* RAND() never folds. */
    e = pl_fold_constants(compile_with(&cx, "RAND() + 1", NULL), &cx);
    CHECK_EQ_INT(e->kind, PL_E_OP);
}

static void check_double(double v, int decimals, const char *want)
{
    char buf[PL_DOUBLE_STR_MAX];
    pl_double_to_string(v, decimals, false, buf);
    CHECK_EQ_STR(buf, want);
}

TEST(expr_types, double_text_is_mysqls)
{
    check_double(1e14, NF, "100000000000000");
    check_double(1e15, NF, "1e15");
    check_double(1e-15, NF, "0.000000000000001");
    check_double(1e-16, NF, "1e-16");
    check_double(123456789012345678.0, NF, "1.2345678901234568e17");
    check_double(0.1 + 0.2, NF, "0.30000000000000004");
    check_double(1.0 / 3, NF, "0.3333333333333333");
    check_double(-1.5e-7, NF, "-0.00000015");
    check_double(5e-324, NF, "5e-324");
    check_double(-0.0, NF, "0");
    check_double(1.0, 2, "1.00");
    check_double(100000000000000000000.0, 2, "100000000000000000000.00");
}

/* Rows of (id BIGINT, c VARCHAR, amount DECIMAL): after the first rows have
 * grown every node's buffers, the arena must not grow at all. */
TEST(expr_types, evaluation_allocates_nothing_per_row, setup, teardown)
{
    static const char *const names[] = { "id", "c", "amount" };
    pl_type types[3] = { pl_type_int(20, false), pl_type_string(120, PL_COLL_UTF8MB4_0900_AI_CI),
                         pl_type_decimal(10, 2) };
    sql_columns cols = { 3, names, types, NULL };
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, &session, &arena);
    const char *exprs[] = { "id = 5 AND c LIKE 'ab%' OR amount > 10.5",
                            "amount * 2 + id",
                            "CASE WHEN id > 3 THEN c ELSE CAST(id AS CHAR) END",
                            "CAST(amount AS CHAR)" };
    pl_expr *trees[4];
    for (int i = 0; i < 4; i++) {
        trees[i] = compile_with(&cx, exprs[i], &cols);
        CHECK(trees[i] != NULL);
        if (!trees[i])
            return;
    }
    size_t warm = 0;
    for (int r = 0; r < 2000; r++) {
        char text[32];
        int n = snprintf(text, sizeof text, "ab%d", r);
        pl_decimal amount;
        pl_dec_from_int64(r * 7, &amount);
        amount.scale = 2;
        pl_value row[3] = { pl_int64(r), pl_str(text, (size_t)n, PL_COLL_UTF8MB4_0900_AI_CI), pl_dec(&amount) };
        cx.row = row;
        for (int i = 0; i < 4; i++) {
            pl_value v;
            pl_eval(trees[i], &cx, &v);
            CHECK(!pl_failed(&cx));
        }
        if (r == 999)
            warm = arena.used_bytes;
    }
    CHECK_EQ_INT(arena.used_bytes, warm);
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
