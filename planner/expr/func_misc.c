/*
 * pl_funcs_misc: control flow (IF, IFNULL, NULLIF, COALESCE, ISNULL) and
 * information functions (DATABASE, USER, VERSION, CONNECTION_ID,
 * LAST_INSERT_ID, ROW_COUNT, FOUND_ROWS, UUID, UUID_SHORT, SLEEP,
 * BENCHMARK), as MySQL 8 defines them.
 *
 * Types.  IF, IFNULL and COALESCE return the aggregated type of the
 * arguments they may return (type_agg.h: IFNULL(1, 'a') is a string,
 * COALESCE(1, 2.5) a DECIMAL(2,1)); the chosen value is converted to it.
 * NULLIF returns its first argument's type and compares the two the way
 * `=` would.  ISNULL is a BIGINT that is never NULL.
 *
 * Side effects.  LAST_INSERT_ID(x) sets the session's value and returns x;
 * UUID, UUID_SHORT, SLEEP and BENCHMARK are volatile: never folded, run on
 * every evaluation.  SLEEP sleeps at most MISC_SLEEP_MAX_S seconds per call
 * and BENCHMARK runs at most MISC_BENCHMARK_MAX iterations (limits on
 * everything); both stop at the first error.
 *
 * UUID is RFC 4122 version 1, as MySQL's: a 60-bit count of 100 ns ticks
 * since 1582-10-15, a clock sequence and a node.  MySQL takes the node from
 * a network card; JimKV uses a random one with the multicast bit set, which
 * RFC 4122 section 4.5 reserves for exactly that.  Ticks never repeat in a
 * process (a second UUID in the same tick takes the next tick), so values
 * are unique.
 *
 * Ownership.  Strings point into the session (DATABASE, USER), static text
 * (VERSION) or the node's scratch (UUID).
 */
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "expr.h"
#include "jimkv/assert.h"
#include "type_agg.h"

/* The server version MySQL clients see; the part after "-" is JimKV's. */
#define JIMKV_VERSION "0.1.0"
#define MISC_VERSION_TEXT "8.0.36-JimKV-" JIMKV_VERSION

#define MISC_SLEEP_MAX_S 3600.0
#define MISC_BENCHMARK_MAX 1000000000LL
/* 100 ns ticks from 1582-10-15 (the Gregorian reform) to 1970-01-01. */
#define MISC_UUID_EPOCH_TICKS 0x01B21DD213814000ULL

/* ---- IF, IFNULL, COALESCE, NULLIF, ISNULL ---- */

static void eval_if(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value c, v;
    pl_eval(e->args[0], cx, &c);
    int b = pl_is_null(&c) ? 0 : pl_to_bool(cx, &c);
    pl_expr *pick = b > 0 ? e->args[1] : e->args[2];
    pl_eval(pick, cx, &v);
    pl_coerce(cx, e, &v, &pick->type, out);
}

static int resolve_if(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = pl_agg_args(e->args + 1, 2, cx->session->collation_connection);
    if ((e->args[1]->type.flags & e->args[2]->type.flags) & PL_TF_NOT_NULL)
        e->type.flags |= PL_TF_NOT_NULL;
    else
        e->type.flags &= (uint8_t)~PL_TF_NOT_NULL;
    e->eval = eval_if;
    return 0;
}

/* IFNULL(a, b) is COALESCE(a, b). */
static void eval_coalesce(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    for (uint16_t i = 0; i < e->nargs; i++) {
        pl_value v;
        pl_eval(e->args[i], cx, &v);
        if (!pl_is_null(&v)) {
            pl_coerce(cx, e, &v, &e->args[i]->type, out);
            return;
        }
    }
    *out = pl_null();
}

static int resolve_coalesce(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = pl_agg_args(e->args, e->nargs, cx->session->collation_connection);
    bool not_null = false;
    for (uint16_t i = 0; i < e->nargs; i++)
        not_null |= (e->args[i]->type.flags & PL_TF_NOT_NULL) != 0;
    if (not_null)
        e->type.flags |= PL_TF_NOT_NULL;
    else
        e->type.flags &= (uint8_t)~PL_TF_NOT_NULL;
    e->eval = eval_coalesce;
    return 0;
}

/* e->iaux: the pl_cmp_type | collation << 8 chosen at resolution. */
static void eval_nullif(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a, b;
    pl_eval(e->args[0], cx, &a);
    if (pl_is_null(&a)) {
        *out = a;
        return;
    }
    pl_eval(e->args[1], cx, &b);
    if (!pl_is_null(&b)) {
        pl_cmp_type how = (pl_cmp_type)(e->iaux & 0xff);
        uint16_t coll = (uint16_t)(e->iaux >> 8);
        int r = pl_compare(cx, how, coll, &a, &e->args[0]->type, &b, &e->args[1]->type);
        if (r == 0) {
            *out = pl_null();
            return;
        }
    }
    *out = a;
}

static int resolve_nullif(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    uint16_t coll;
    pl_cmp_type how = pl_cmp_type_of(&e->args[0]->type, &e->args[1]->type, &coll);
    e->iaux = (int64_t)how | (int64_t)coll << 8;
    e->type = e->args[0]->type;
    e->type.flags &= (uint8_t)~PL_TF_NOT_NULL;
    e->eval = eval_nullif;
    return 0;
}

static void eval_isnull(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    *out = pl_int64(pl_is_null(&v));
}

static int resolve_isnull(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(1, false);
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_isnull;
    return 0;
}

/* ---- session information ---- */

typedef enum misc_info {
    MI_DATABASE, MI_USER, MI_CURRENT_USER, MI_VERSION, MI_CONNECTION_ID, MI_ROW_COUNT,
    MI_FOUND_ROWS,
} misc_info;

static void eval_info(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    const pl_session *s = cx->session;
    const char *text = NULL;
    switch ((misc_info)e->iaux) {
    case MI_DATABASE:
        if (!s->database[0]) {
            *out = pl_null();
            return;
        }
        text = s->database;
        break;
    case MI_USER: text = s->user; break;
    case MI_CURRENT_USER: text = s->current_user; break;
    case MI_VERSION: text = MISC_VERSION_TEXT; break;
    case MI_CONNECTION_ID: *out = pl_uint64(s->connection_id); return;
    case MI_ROW_COUNT: *out = pl_int64(s->row_count); return;
    case MI_FOUND_ROWS: *out = pl_uint64(s->found_rows); return;
    }
    JK_ASSERT(text);
    *out = pl_str(text, strlen(text), e->type.coll);
}

static int resolve_info(pl_expr *e, pl_eval_ctx *cx, misc_info what)
{
    e->iaux = what;
    e->eval = eval_info;
    switch (what) {
    case MI_CONNECTION_ID:
    case MI_FOUND_ROWS:
        e->type = pl_type_int(21, true);
        break;
    case MI_ROW_COUNT:
        e->type = pl_type_int(21, false);
        break;
    case MI_VERSION:
        e->type = pl_type_string((uint32_t)strlen(MISC_VERSION_TEXT), cx->session->collation_connection);
        break;
    default:
        /* 64 characters of database name; 93 of user@host (MySQL's USERNAME
         * + HOSTNAME lengths). */
        e->type = pl_type_string(what == MI_DATABASE ? 64 : 93, cx->session->collation_connection);
        break;
    }
    if (what != MI_DATABASE)
        e->type.flags |= PL_TF_NOT_NULL;
    return 0;
}

#define INFO(fname, what)                                                  \
    static int fname(pl_expr *e, pl_eval_ctx *cx) { return resolve_info(e, cx, what); }
INFO(resolve_database, MI_DATABASE)
INFO(resolve_user, MI_USER)
INFO(resolve_current_user, MI_CURRENT_USER)
INFO(resolve_version, MI_VERSION)
INFO(resolve_connection_id, MI_CONNECTION_ID)
INFO(resolve_row_count, MI_ROW_COUNT)
INFO(resolve_found_rows, MI_FOUND_ROWS)

/* LAST_INSERT_ID() reads, LAST_INSERT_ID(x) sets the value the next
 * LAST_INSERT_ID() returns, and returns x (NULL stays NULL and sets 0). */
static void eval_last_insert_id(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    if (e->nargs == 0) {
        *out = pl_uint64(cx->session->last_insert_id);
        return;
    }
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        cx->session->last_insert_id = 0;
        *out = pl_null();
        return;
    }
    int64_t x = pl_to_int(cx, &v, NULL);
    cx->session->last_insert_id = (uint64_t)x;
    *out = pl_uint64((uint64_t)x); /* always BIGINT UNSIGNED: -1 reads back as 2^64 - 1 */
}

static int resolve_last_insert_id(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(21, true);
    if (e->nargs == 0)
        e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_last_insert_id;
    return 0;
}

/* ---- UUID, UUID_SHORT ---- */

static _Atomic uint64_t uuid_last_ticks;
static _Atomic uint64_t uuid_node_seq; /* node (48 bits) << 16 | clock seq; 0 = not set */
static _Atomic uint64_t uuid_short_next;

static uint64_t mix64(uint64_t x)
{
    /* splitmix64's finalizer: spreads every input bit over the output. */
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

static uint64_t random64(void)
{
    uint64_t r = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        if (fread(&r, sizeof r, 1, f) != 1)
            r = 0;
        fclose(f);
    }
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return mix64(r ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)(uintptr_t)&r);
}

static uint64_t uuid_node_and_seq(void)
{
    uint64_t ns = atomic_load(&uuid_node_seq);
    if (ns)
        return ns;
    /* Set the multicast bit of the node: not a real network card's. */
    uint64_t fresh = random64() | ((uint64_t)0x01 << 56) | 1;
    uint64_t expected = 0;
    if (atomic_compare_exchange_strong(&uuid_node_seq, &expected, fresh))
        return fresh;
    return expected;
}

static uint64_t uuid_ticks(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    uint64_t now = (uint64_t)ts.tv_sec * 10000000u + (uint64_t)ts.tv_nsec / 100u + MISC_UUID_EPOCH_TICKS;
    uint64_t last = atomic_load(&uuid_last_ticks);
    for (;;) {
        uint64_t next = now > last ? now : last + 1;
        if (atomic_compare_exchange_weak(&uuid_last_ticks, &last, next))
            return next;
    }
}

static void eval_uuid(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    uint64_t t = uuid_ticks(), ns = uuid_node_and_seq();
    uint64_t node = ns >> 16 & 0xffffffffffffULL;
    unsigned seq = (unsigned)(ns & 0x3fff) | 0x8000; /* RFC 4122 variant 10 */
    char *dst = pl_expr_scratch(cx, e, 37);
    if (!dst) {
        *out = pl_null();
        return;
    }
    snprintf(dst, 37, "%08x-%04x-%04x-%04x-%012llx", (unsigned)(t & 0xffffffffu),
             (unsigned)(t >> 32 & 0xffff), (unsigned)(t >> 48 & 0x0fff) | 0x1000, seq,
             (unsigned long long)node);
    *out = pl_str(dst, 36, e->type.coll);
}

static int resolve_uuid(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = pl_type_string(36, cx->session->collation_connection);
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_uuid;
    return 0;
}

/* MySQL: (server_id & 255) << 56 | startup seconds << 24, plus one per
 * call.  JimKV's server id is 0 here. */
static void eval_uuid_short(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    (void)e;
    (void)cx;
    uint64_t cur = atomic_load(&uuid_short_next);
    if (cur == 0) {
        struct timespec ts;
        timespec_get(&ts, TIME_UTC);
        uint64_t start = ((uint64_t)ts.tv_sec << 24) & 0x00ffffffffffffffULL;
        uint64_t expected = 0;
        atomic_compare_exchange_strong(&uuid_short_next, &expected, start ? start : 1);
    }
    *out = pl_uint64(atomic_fetch_add(&uuid_short_next, 1));
}

static int resolve_uuid_short(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(21, true);
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_uuid_short;
    return 0;
}

/* ---- SLEEP, BENCHMARK ---- */

static void eval_sleep(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    double s = pl_is_null(&v) ? -1 : pl_to_double(cx, &v);
    if (pl_is_null(&v) || s < 0) {
        /* MySQL 8: a NULL or negative time is an argument error, a warning
         * outside strict mode. */
        pl_warn(cx, PL_LEVEL_WARNING, 1210, "Incorrect arguments to sleep");
        *out = pl_int64(0);
        return;
    }
    if (s > MISC_SLEEP_MAX_S)
        s = MISC_SLEEP_MAX_S;
    if (cx->session->host_sleep) {
        /* In the server: the connection's fiber yields; an interrupted
         * sleep (KILL QUERY) returns 1, as MySQL's does. */
        bool slept = cx->session->host_sleep(cx->session->host, (int64_t)(s * 1000 + 0.5));
        *out = pl_int64(slept ? 0 : 1);
        return;
    }
    struct timespec req = { (time_t)s, (long)((s - (double)(time_t)s) * 1e9) };
    while (nanosleep(&req, &req) != 0)
        ; /* interrupted: sleep the rest */
    *out = pl_int64(0);
}

static int resolve_sleep(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(1, false);
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_sleep;
    return 0;
}

static void eval_benchmark(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value c;
    pl_eval(e->args[0], cx, &c);
    if (pl_is_null(&c)) {
        *out = pl_null();
        return;
    }
    bool uns = false;
    int64_t n = pl_to_int(cx, &c, &uns);
    if (!uns && n < 0) {
        pl_warn(cx, PL_LEVEL_WARNING, 1411, "Incorrect count value: '%lld' for function benchmark",
                (long long)n);
        *out = pl_null();
        return;
    }
    if (uns && n < 0)
        n = MISC_BENCHMARK_MAX;
    if (n > MISC_BENCHMARK_MAX)
        n = MISC_BENCHMARK_MAX;
    for (int64_t i = 0; i < n && !pl_failed(cx); i++) {
        pl_value v;
        pl_eval(e->args[1], cx, &v);
    }
    *out = pl_int64(0);
}

static int resolve_benchmark(pl_expr *e, pl_eval_ctx *cx)
{
    /* MySQL: "Incorrect arguments to BENCHMARK" unless the count is a
     * constant. */
    if (!pl_expr_is_const(e->args[0]))
        return pl_error(cx, 1210, "HY000", "Incorrect arguments to BENCHMARK"), -1;
    e->type = pl_type_int(1, false);
    e->eval = eval_benchmark;
    return 0;
}

const pl_func pl_funcs_misc[] = {
    { "BENCHMARK", 2, 2, PL_FN_VOLATILE, resolve_benchmark },
    { "COALESCE", 1, -1, 0, resolve_coalesce },
    { "CONNECTION_ID", 0, 0, PL_FN_SESSION, resolve_connection_id },
    { "CURRENT_USER", 0, 0, PL_FN_SESSION, resolve_current_user },
    { "DATABASE", 0, 0, PL_FN_SESSION, resolve_database },
    { "FOUND_ROWS", 0, 0, PL_FN_SESSION, resolve_found_rows },
    { "IF", 3, 3, 0, resolve_if },
    { "IFNULL", 2, 2, 0, resolve_coalesce },
    { "ISNULL", 1, 1, 0, resolve_isnull },
    { "LAST_INSERT_ID", 0, 1, PL_FN_VOLATILE | PL_FN_SESSION, resolve_last_insert_id },
    { "NULLIF", 2, 2, 0, resolve_nullif },
    { "ROW_COUNT", 0, 0, PL_FN_SESSION, resolve_row_count },
    { "SCHEMA", 0, 0, PL_FN_SESSION, resolve_database },
    { "SESSION_USER", 0, 0, PL_FN_SESSION, resolve_user },
    { "SLEEP", 1, 1, PL_FN_VOLATILE, resolve_sleep },
    { "SYSTEM_USER", 0, 0, PL_FN_SESSION, resolve_user },
    { "USER", 0, 0, PL_FN_SESSION, resolve_user },
    { "UUID", 0, 0, PL_FN_VOLATILE, resolve_uuid },
    { "UUID_SHORT", 0, 0, PL_FN_VOLATILE, resolve_uuid_short },
    { "VERSION", 0, 0, 0, resolve_version },
    { NULL, 0, 0, 0, NULL },
};
