/*
 * jimkv-bench-expr: expression evaluation throughput, JimKV's pl_eval()
 * against SQLite's VDBE, side by side in one run on one thread, over the
 * same rows.
 *
 *   jimkv-bench-expr [--rows N] [--reps N]
 *
 * The table.  N rows (default 1,000,000) shaped like sysbench's sbtest1
 * plus two OLTP columns: id INT (1..N), k INT (uniform in 1..N, as
 * sysbench's prepare fills it), c CHAR(120) (sysbench's ten dash-separated
 * groups of eleven random digits; one row in BENCH_ABC_EVERY starts with
 * "abc" so that LIKE 'abc%' matches), ts DATETIME (uniform over 2020-2025,
 * whole seconds), amount DECIMAL(10,2) (uniform in 0.00..99999.99).  The
 * generator is seeded, so every run sees the same rows.
 *
 * JimKV holds the rows as the executor will: a row is an array of
 * pl_values (c in utf8mb4_0900_ai_ci, MySQL 8's default; ts a DATETIME
 * pl_temporal; amount a pl_decimal of scale 2).  SQLite holds them in an
 * in-memory table with no index (every query is a full scan), ts as ISO
 * text 'YYYY-MM-DD hh:mm:ss' (SQLite's own date form) and amount as REAL
 * (SQLite has no DECIMAL).
 *
 * What is compared.  Per expression, one pass over every row:
 *   JimKV   for each row: cx->row = the row; pl_eval(tree); consume the
 *           value -- a predicate is counted when pl_to_bool() says 1 (what
 *           a WHERE does), DATE_FORMAT's string lengths are summed, and
 *           SUM(amount) adds each row's DECIMAL with pl_dec_add() (what
 *           the aggregate executor will do).  The tree is compiled once
 *           (sql_parse + sql_expr_compile_columns), outside the timing.
 *   SQLite  one step of a prepared statement (prepared once, outside the
 *           timing; sqlite3_reset between passes): count(*) ... WHERE
 *           <predicate>, sum(length(strftime(...))), sum(amount).
 * The two do not do the same work: SQLite's time includes stepping its
 * B-tree cursor and decoding each record (for `id = ?` its per-row program
 * is Column, Ne, AggStep, Next: nearly all of it is the scan), while
 * JimKV's rows are already pl_values in memory.  So the JimKV number is the
 * evaluator alone and the SQLite number is evaluator plus scan, the cost
 * SQLite pays to evaluate an expression over a row it holds.
 * The ? of `id = ?` and `k BETWEEN ? AND ?` are bound integers in SQLite.
 * JimKV's compiler types a ? as a string until the binder types parameters
 * from COM_STMT_EXECUTE, so JimKV's tree holds the same integers as
 * literals: a PL_E_CONST leaf where the server will have a PL_E_PARAM leaf
 * of type BIGINT, both read by one load.
 *
 * Before timing, each expression's answer must be the same in both engines
 * (counts and length sums exactly; the DECIMAL sum to 1e-9 relative, since
 * SQLite sums doubles).  An expression JimKV cannot compile because the
 * function is not written yet (error 1305) is reported "n/a"; any other
 * failure stops the run.
 *
 * Method.  Per expression: one untimed warm-up pass per engine (it also
 * gives the answers compared above), then `reps` repetitions, each a JimKV
 * pass then an SQLite pass, timed by CLOCK_THREAD_CPUTIME_ID (the CPU time
 * of this thread, so other processes on the machine do not count).  The
 * table reports the best repetition of each engine: rows / CPU seconds,
 * i.e. rows per second per core.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ast.h"
#include "expr.h"
#include "jimkv/arena.h"
#include "jimkv/sql.h"
#include "sql_expr.h"

#define BENCH_ROWS_DEFAULT 1000000
#define BENCH_ROWS_MAX 50000000
#define BENCH_REPS_DEFAULT 3
#define BENCH_REPS_MAX 100
#define BENCH_SEED 0x5eedb3c4ULL
#define BENCH_NCOLS 5 /* id, k, c, ts, amount */
#define BENCH_C_LEN 119 /* sysbench: 10 groups of 11 digits, 9 dashes */
#define BENCH_ABC_EVERY 100 /* one row in 100 has c LIKE 'abc%' */
#define BENCH_SQL_MAX 256
#define BENCH_TS_DAYS (6 * 365 + 2) /* 2020-01-01 .. 2025-12-31 */
#define BENCH_AMOUNT_CENTS_MAX 10000000 /* 0.00 .. 99999.99 */

enum { COL_ID, COL_K, COL_C, COL_TS, COL_AMOUNT };

static const char *const COL_NAMES[BENCH_NCOLS] = { "id", "k", "c", "ts", "amount" };

/* How a pass consumes each row's value. */
typedef enum bench_consume {
    CONSUME_COUNT_TRUE, /* predicate: rows where it is true */
    CONSUME_SUM_LEN,    /* string: sum of the lengths */
    CONSUME_DEC_SUM,    /* DECIMAL: exact sum */
} bench_consume;

typedef struct bench_expr {
    const char *label;               /* as printed in the table */
    char jimkv[BENCH_SQL_MAX];       /* the expression, compiled as SELECT <expr> */
    char sqlite[BENCH_SQL_MAX];      /* one SQLite statement giving one number */
    int64_t bind[2];                 /* SQLite's ?1 and ?2 */
    int n_bind;
    bench_consume consume;
} bench_expr;

/* The rows, in both engines. */
typedef struct bench_table {
    size_t n_rows;
    pl_value *vals;          /* n_rows * BENCH_NCOLS, row-major: JimKV's rows */
    char *c_text;            /* n_rows * BENCH_C_LEN: the bytes c points at */
    pl_decimal *amount;      /* n_rows: the DECIMALs amount points at */
    pl_type types[BENCH_NCOLS];
    sqlite3 *db;
} bench_table;

/* The answer of one pass, compared between the engines. */
typedef struct bench_answer {
    int64_t n;               /* count or length sum */
    double d;                /* DECIMAL sum (JimKV: exact, then as double) */
    char text[PL_DEC_STR_MAX]; /* JimKV's exact DECIMAL sum */
} bench_answer;

/* ---- helpers ---- */

static void die(const char *what)
{
    fprintf(stderr, "jimkv-bench-expr: %s\n", what);
    exit(2);
}

static double cpu_now_s(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) {
        perror("jimkv-bench-expr: clock_gettime");
        exit(2);
    }
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Civil date of a day count from 1970-01-01 (H. Hinnant's civil_from_days). */
static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ---- the table ---- */

/* sysbench's c: "###########-###########-..." with random digits. */
static void make_c(uint64_t *rng, size_t row, char *c)
{
    for (int i = 0; i < BENCH_C_LEN; i++)
        c[i] = (i % 12 == 11) ? '-' : (char)('0' + splitmix64(rng) % 10);
    if (row % BENCH_ABC_EVERY == 0)
        memcpy(c, "abc", 3);
}

static pl_temporal make_ts(uint64_t *rng, char iso[32])
{
    int64_t day = 18262 + (int64_t)(splitmix64(rng) % BENCH_TS_DAYS); /* 18262 = 2020-01-01 */
    uint32_t sec = (uint32_t)(splitmix64(rng) % 86400);
    int y, m, d;
    civil_from_days(day, &y, &m, &d);
    pl_temporal t = { .kind = PL_TM_DATETIME, .year = (uint16_t)y, .month = (uint8_t)m,
                      .day = (uint8_t)d, .hour = (uint16_t)(sec / 3600),
                      .minute = (uint8_t)(sec / 60 % 60), .second = (uint8_t)(sec % 60) };
    snprintf(iso, 32, "%04d-%02d-%02d %02u:%02u:%02u", y, m, d, (unsigned)t.hour,
             (unsigned)t.minute, (unsigned)t.second);
    return t;
}

static void table_types(bench_table *t)
{
    pl_type i = pl_type_int(11, false);
    i.field = PL_F_LONG;
    i.flags |= PL_TF_NOT_NULL;
    t->types[COL_ID] = i;
    t->types[COL_K] = i;
    t->types[COL_C] = pl_type_string(120, PL_COLL_UTF8MB4_0900_AI_CI);
    t->types[COL_C].field = PL_F_STRING;
    t->types[COL_TS] = pl_type_temporal(PL_F_DATETIME, 0);
    t->types[COL_AMOUNT] = pl_type_decimal(10, 2);
    for (int c = COL_C; c < BENCH_NCOLS; c++)
        t->types[c].flags |= PL_TF_NOT_NULL;
}

static void sqlite_exec(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "jimkv-bench-expr: SQLite: %s: %s\n", sql, msg ? msg : "?");
        exit(2);
    }
}

/* Builds the rows in both engines from one seeded generator. */
static void table_build(bench_table *t, size_t n_rows)
{
    t->n_rows = n_rows;
    t->vals = malloc(sizeof *t->vals * n_rows * BENCH_NCOLS);
    t->c_text = malloc((size_t)BENCH_C_LEN * n_rows);
    t->amount = malloc(sizeof *t->amount * n_rows);
    if (!t->vals || !t->c_text || !t->amount)
        die("out of memory building the rows");
    table_types(t);
    if (sqlite3_open(":memory:", &t->db) != SQLITE_OK)
        die("cannot open an SQLite in-memory database");
    sqlite_exec(t->db, "CREATE TABLE t (id INTEGER NOT NULL, k INTEGER NOT NULL, c CHAR(120) NOT NULL,"
                       " ts TEXT NOT NULL, amount REAL NOT NULL)");
    sqlite3_stmt *ins = NULL;
    if (sqlite3_prepare_v2(t->db, "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)", -1, &ins, NULL) != SQLITE_OK)
        die("cannot prepare SQLite's INSERT");
    sqlite_exec(t->db, "BEGIN");
    uint64_t rng = BENCH_SEED;
    for (size_t r = 0; r < n_rows; r++) {
        pl_value *row = t->vals + r * BENCH_NCOLS;
        char *c = t->c_text + r * BENCH_C_LEN, iso[32], dec[32];
        int64_t k = 1 + (int64_t)(splitmix64(&rng) % n_rows);
        make_c(&rng, r, c);
        pl_temporal ts = make_ts(&rng, iso);
        int64_t cents = (int64_t)(splitmix64(&rng) % BENCH_AMOUNT_CENTS_MAX);
        int dn = snprintf(dec, sizeof dec, "%" PRId64 ".%02d", cents / 100, (int)(cents % 100));
        if (pl_dec_parse(dec, (size_t)dn, &t->amount[r]) != PL_DEC_OK)
            die("pl_dec_parse refused a generated amount");
        row[COL_ID] = pl_int64((int64_t)r + 1);
        row[COL_K] = pl_int64(k);
        row[COL_C] = pl_str(c, BENCH_C_LEN, PL_COLL_UTF8MB4_0900_AI_CI);
        row[COL_TS] = pl_tm(ts);
        row[COL_AMOUNT] = pl_dec(&t->amount[r]);
        sqlite3_bind_int64(ins, 1, (int64_t)r + 1);
        sqlite3_bind_int64(ins, 2, k);
        sqlite3_bind_text(ins, 3, c, BENCH_C_LEN, SQLITE_STATIC);
        sqlite3_bind_text(ins, 4, iso, -1, SQLITE_STATIC);
        sqlite3_bind_double(ins, 5, (double)cents / 100.0);
        if (sqlite3_step(ins) != SQLITE_DONE || sqlite3_reset(ins) != SQLITE_OK)
            die("SQLite's INSERT failed");
    }
    sqlite3_finalize(ins);
    sqlite_exec(t->db, "COMMIT");
}

static void table_free(bench_table *t)
{
    sqlite3_close(t->db);
    free(t->vals);
    free(t->c_text);
    free(t->amount);
}

/* ---- the expressions ---- */

static size_t exprs_define(bench_expr *x, size_t n_rows)
{
    int64_t id = (int64_t)n_rows / 2 + 1, lo = (int64_t)n_rows / 4, hi = lo + (int64_t)n_rows / 10;
    size_t n = 0;

    x[n] = (bench_expr){ .label = "id = ?", .bind = { id }, .n_bind = 1, .consume = CONSUME_COUNT_TRUE };
    snprintf(x[n].jimkv, BENCH_SQL_MAX, "id = %" PRId64, id);
    snprintf(x[n++].sqlite, BENCH_SQL_MAX, "SELECT count(*) FROM t WHERE id = ?1");

    x[n] = (bench_expr){ .label = "k BETWEEN ? AND ?", .bind = { lo, hi }, .n_bind = 2,
                         .consume = CONSUME_COUNT_TRUE };
    snprintf(x[n].jimkv, BENCH_SQL_MAX, "k BETWEEN %" PRId64 " AND %" PRId64, lo, hi);
    snprintf(x[n++].sqlite, BENCH_SQL_MAX, "SELECT count(*) FROM t WHERE k BETWEEN ?1 AND ?2");

    x[n] = (bench_expr){ .label = "c LIKE 'abc%'", .consume = CONSUME_COUNT_TRUE };
    snprintf(x[n].jimkv, BENCH_SQL_MAX, "c LIKE 'abc%%'");
    snprintf(x[n++].sqlite, BENCH_SQL_MAX, "SELECT count(*) FROM t WHERE c LIKE 'abc%%'");

    x[n] = (bench_expr){ .label = "DATE_FORMAT(ts, ...)", .consume = CONSUME_SUM_LEN };
    snprintf(x[n].jimkv, BENCH_SQL_MAX, "DATE_FORMAT(ts, '%%Y-%%m-%%d %%H:%%i')");
    snprintf(x[n++].sqlite, BENCH_SQL_MAX, "SELECT sum(length(strftime('%%Y-%%m-%%d %%H:%%M', ts))) FROM t");

    x[n] = (bench_expr){ .label = "SUM(amount)", .consume = CONSUME_DEC_SUM };
    snprintf(x[n].jimkv, BENCH_SQL_MAX, "amount");
    snprintf(x[n++].sqlite, BENCH_SQL_MAX, "SELECT sum(amount) FROM t");
    return n;
}

/* ---- JimKV ---- */

/* Compiles `expr` over the table's columns; NULL with cx's error set. */
static pl_expr *jimkv_compile(pl_eval_ctx *cx, const bench_table *t, const char *expr)
{
    char sql[BENCH_SQL_MAX + 8];
    int n = snprintf(sql, sizeof sql, "SELECT %s", expr);
    ast *stmts = NULL;
    sql_error err;
    if (sql_parse(cx->arena, sql, (size_t)n, &stmts, &err) != 0) {
        pl_error(cx, err.code, err.sqlstate, "%s", err.message);
        return NULL;
    }
    const ast *sel = ast_first(stmts);
    const ast *item = sel && sel->kind == AST_SELECT ? ast_first(sel->kid[AST_K_SEL_ITEMS]) : NULL;
    if (!item) {
        pl_error(cx, 1064, "42000", "not one SELECT item: %s", sql);
        return NULL;
    }
    sql_columns cols = { BENCH_NCOLS, COL_NAMES, t->types, NULL };
    return sql_expr_compile_columns(cx, item->kid[0], &cols);
}

/* One pass over every row; returns 0, or -1 with cx's error set. */
static int jimkv_pass(pl_eval_ctx *cx, pl_expr *tree, const bench_table *t, bench_consume how,
                      bench_answer *ans)
{
    const pl_value *row = t->vals, *end = t->vals + t->n_rows * BENCH_NCOLS;
    int64_t n = 0;
    pl_decimal sum;
    pl_dec_from_int64(0, &sum);
    for (; row < end && !pl_failed(cx); row += BENCH_NCOLS) {
        pl_value v;
        cx->row = row;
        pl_eval(tree, cx, &v);
        switch (how) {
        case CONSUME_COUNT_TRUE:
            n += pl_to_bool(cx, &v) == 1;
            break;
        case CONSUME_SUM_LEN:
            n += v.cls == PL_STRING ? (int64_t)v.len : 0;
            break;
        case CONSUME_DEC_SUM:
            if (v.cls == PL_DECIMAL && pl_dec_add(&sum, v.dec, &sum) != PL_DEC_OK)
                pl_error(cx, 1690, "22003", "DECIMAL value is out of range in 'SUM(amount)'");
            break;
        }
    }
    if (pl_failed(cx))
        return -1;
    ans->n = n;
    ans->d = pl_dec_to_double(&sum);
    pl_dec_to_string(&sum, ans->text);
    return 0;
}

/* ---- SQLite ---- */

static sqlite3_stmt *sqlite_prepare(sqlite3 *db, const bench_expr *x)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, x->sqlite, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "jimkv-bench-expr: SQLite cannot prepare %s: %s\n", x->sqlite, sqlite3_errmsg(db));
        exit(2);
    }
    for (int i = 0; i < x->n_bind; i++)
        sqlite3_bind_int64(st, i + 1, x->bind[i]);
    return st;
}

static void sqlite_pass(sqlite3_stmt *st, bench_answer *ans)
{
    if (sqlite3_step(st) != SQLITE_ROW) {
        fprintf(stderr, "jimkv-bench-expr: SQLite: %s\n", sqlite3_errmsg(sqlite3_db_handle(st)));
        exit(2);
    }
    ans->n = sqlite3_column_int64(st, 0);
    ans->d = sqlite3_column_double(st, 0);
    sqlite3_reset(st);
}

/* ---- measuring ---- */

typedef struct bench_rates {
    double jimkv_s;          /* best pass, CPU seconds; < 0 when n/a */
    double sqlite_s;
} bench_rates;

static bool answers_agree(const bench_expr *x, const bench_answer *j, const bench_answer *s)
{
    if (x->consume != CONSUME_DEC_SUM)
        return j->n == s->n;
    return fabs(j->d - s->d) <= 1e-9 * fmax(1.0, fabs(j->d));
}

/* Warm-up, check, then reps paired passes; returns 0 or -1. */
static int measure(const bench_table *t, pl_session *session, jk_arena *arena, const bench_expr *x,
                   int reps, bench_rates *out)
{
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, session, arena);
    pl_diag_clear(&session->diag);
    pl_expr *tree = jimkv_compile(&cx, t, x->jimkv);
    sqlite3_stmt *st = sqlite_prepare(t->db, x);
    bench_answer ja = { 0 }, sa = { 0 };
    out->jimkv_s = out->sqlite_s = -1;
    if (!tree && cx.error_code != 1305) {
        fprintf(stderr, "jimkv-bench-expr: JimKV cannot compile %s: ERROR %d (%s): %s\n", x->jimkv,
                cx.error_code, cx.error_sqlstate, cx.error_message);
        sqlite3_finalize(st);
        return -1;
    }
    sqlite_pass(st, &sa);
    if (tree) {
        if (jimkv_pass(&cx, tree, t, x->consume, &ja) != 0) {
            fprintf(stderr, "jimkv-bench-expr: %s: ERROR %d: %s\n", x->jimkv, cx.error_code, cx.error_message);
            sqlite3_finalize(st);
            return -1;
        }
        if (!answers_agree(x, &ja, &sa) || session->diag.count != 0) {
            fprintf(stderr,
                    "jimkv-bench-expr: %s: JimKV says %" PRId64 " / %s (%u warnings), SQLite %" PRId64 " / %.17g\n",
                    x->label, ja.n, ja.text, session->diag.count, sa.n, sa.d);
            sqlite3_finalize(st);
            return -1;
        }
    }
    for (int r = 0; r < reps; r++) {
        double t0 = cpu_now_s();
        if (tree && jimkv_pass(&cx, tree, t, x->consume, &ja) != 0) {
            sqlite3_finalize(st);
            return -1;
        }
        double t1 = cpu_now_s();
        sqlite_pass(st, &sa);
        double t2 = cpu_now_s();
        if (tree && (out->jimkv_s < 0 || t1 - t0 < out->jimkv_s))
            out->jimkv_s = t1 - t0;
        if (out->sqlite_s < 0 || t2 - t1 < out->sqlite_s)
            out->sqlite_s = t2 - t1;
    }
    sqlite3_finalize(st);
    return 0;
}

static int parse_count(const char *arg, const char *opt, long max, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(arg, &end, 10);
    if (errno != 0 || *end != '\0' || v < 1 || v > max) {
        fprintf(stderr, "jimkv-bench-expr: %s wants an integer in [1, %ld]\n", opt, max);
        return -1;
    }
    *out = v;
    return 0;
}

static int parse_args(int argc, char **argv, long *rows, long *reps)
{
    *rows = BENCH_ROWS_DEFAULT;
    *reps = BENCH_REPS_DEFAULT;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rows") == 0 && i + 1 < argc) {
            if (parse_count(argv[++i], "--rows", BENCH_ROWS_MAX, rows) != 0)
                return -1;
        } else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc) {
            if (parse_count(argv[++i], "--reps", BENCH_REPS_MAX, reps) != 0)
                return -1;
        } else {
            fprintf(stderr, "usage: jimkv-bench-expr [--rows N] [--reps N]   (default %d rows, %d reps)\n",
                    BENCH_ROWS_DEFAULT, BENCH_REPS_DEFAULT);
            return -1;
        }
    }
    return 0;
}

static void print_row(const char *label, double n_rows, double js, double ss)
{
    char jr[32], ratio[16], jns[16];
    if (js > 0) {
        snprintf(jr, sizeof jr, "%.0f", n_rows / js);
        snprintf(ratio, sizeof ratio, "%.2fx", ss / js);
        snprintf(jns, sizeof jns, "%.1f", js * 1e9 / n_rows);
    } else {
        snprintf(jr, sizeof jr, "n/a");
        snprintf(ratio, sizeof ratio, "n/a");
        snprintf(jns, sizeof jns, "n/a");
    }
    printf("%-22s  %13s  %14.0f  %7s  %12s  %13.1f\n", label, jr, n_rows / ss, ratio, jns, ss * 1e9 / n_rows);
    fflush(stdout);
}

int main(int argc, char **argv)
{
    long rows, reps;
    if (parse_args(argc, argv, &rows, &reps) != 0)
        return 2;

    bench_table t;
    table_build(&t, (size_t)rows);
    bench_expr exprs[8];
    size_t n_exprs = exprs_define(exprs, t.n_rows);
    pl_session session;
    pl_session_init(&session, PL_COLL_UTF8MB4_0900_AI_CI);
    jk_arena arena;
    jk_arena_init(&arena, NULL, SQL_PARSE_ARENA_MAX);

    printf("jimkv-bench-expr: 1 thread, %ld rows, best of %ld passes per engine after a warm-up; SQLite %s\n",
           rows, reps, sqlite3_libversion());
    printf("  rows/s = rows / thread CPU seconds of one pass; ratio = jimkv rows/s / sqlite rows/s\n\n");
    printf("%-22s  %13s  %14s  %7s  %12s  %13s\n", "expression", "jimkv rows/s", "sqlite rows/s", "ratio",
           "jimkv ns/row", "sqlite ns/row");
    int status = 0;
    for (size_t i = 0; i < n_exprs && status == 0; i++) {
        bench_rates r;
        if (measure(&t, &session, &arena, &exprs[i], (int)reps, &r) != 0)
            status = 1;
        else
            print_row(exprs[i].label, (double)t.n_rows, r.jimkv_s, r.sqlite_s);
    }
    if (status == 0) {
        printf("\nJimKV expressions and SQLite statements:\n");
        for (size_t i = 0; i < n_exprs; i++)
            printf("  %-22s  %s\n  %-22s  %s\n", exprs[i].label, exprs[i].jimkv, "", exprs[i].sqlite);
    }

    jk_arena_free(&arena);
    pl_session_free(&session);
    table_free(&t);
    return status;
}
