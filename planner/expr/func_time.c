/*
 * MySQL's date and time functions: NOW() and the clock family, DATE_ADD
 * and interval arithmetic, differences, field extraction, DATE_FORMAT /
 * STR_TO_DATE, Unix time and time zone offsets.
 *
 * Rules.  Result types, fsp, NULLs and warnings are MySQL 8's
 * (Item_func_* in item_timefunc.cc, as documented in the manual's "Date
 * and Time Functions"), checked case by case against MariaDB 10.11 in
 * sql/test/expr_cases/time.sql; time.mysql8 lists where the two differ.
 *   - Result fsp: NOW(n) has n digits; functions of a temporal take its
 *     fsp; of a number its scale (a DOUBLE: 6); of a string literal the
 *     fractional digits it has, of any other string 6 (MySQL's
 *     datetime_precision()).
 *   - Dates with zero parts.  How a function treats 2020-00-10 and
 *     0000-00-00 follows MySQL's fuzzy-date flags as MariaDB applies them
 *     under the recorded sql_mode (see zero_rule).
 *   - Invalid arguments give NULL with warning 1292 "Incorrect datetime
 *     value: '...'"; results outside 0001-01-01 .. 9999-12-31 give NULL
 *     with warning 1441 "Datetime function: datetime field overflow", and
 *     TIME results beyond +-838:59:59 "... time field overflow".
 *   - DATE_ADD on a string or number returns a string: a date when the
 *     argument had no time part and the unit is a date unit, else a
 *     datetime, with 6 fractional digits when the microseconds are not
 *     zero (Item_date_add_interval::val_str).
 *   - NOW() is the statement's time (cx->stmt_time_us) in the session's
 *     time zone offset, truncated to the fsp asked; SYSDATE() reads the
 *     clock each call.
 *
 * Evaluation allocates nothing per row: temporal and integer results are
 * values, strings are built in the node's scratch (pl_expr_scratch) and
 * DECIMAL results in its dec slot.  Calendar arithmetic and the format
 * engines are in datetime_calc.c.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "datetime_calc.h"
#include "expr.h"

#define QUOTE_MAX 128 /* bytes of a value quoted in a warning (ErrConvString) */
#define DATETIME_TEXT_MAX 29 /* "YYYY-MM-DD hh:mm:ss.ffffff" and a sign */
/* FROM_UNIXTIME / UNIX_TIMESTAMP range of MySQL 8.0.28+ on 64-bit hosts:
 * up to 3001-01-19 03:14:07.999999 UTC. */
#define UNIX_SECONDS_MAX 32536771199LL
/* TIMESTAMP's range, which CONVERT_TZ converts within (MySQL's
 * TIME_to_gmt_sec). */
#define TIMESTAMP_SECONDS_MAX 2147483647LL

/* ---- interval units ---- */

/* In pl_interval_unit order. */
static const char *const unit_names[] = {
    "MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR",
    "SECOND_MICROSECOND", "MINUTE_MICROSECOND", "MINUTE_SECOND", "HOUR_MICROSECOND",
    "HOUR_SECOND", "HOUR_MINUTE", "DAY_MICROSECOND", "DAY_SECOND", "DAY_MINUTE", "DAY_HOUR",
    "YEAR_MONTH",
};
#define UNIT_COUNT ((int)(sizeof unit_names / sizeof unit_names[0]))

int pl_interval_unit_by_name(const char *name)
{
    for (int u = 0; u < UNIT_COUNT; u++)
        if (strcasecmp(name, unit_names[u]) == 0)
            return u;
    return -1;
}

const char *pl_interval_unit_name(pl_interval_unit u)
{
    return (int)u >= 0 && (int)u < UNIT_COUNT ? unit_names[u] : "?";
}

/* Units that only move the date: DATE + INTERVAL 1 DAY stays a DATE. */
static bool unit_is_date(int u)
{
    return u == PL_IU_YEAR || u == PL_IU_QUARTER || u == PL_IU_MONTH || u == PL_IU_WEEK ||
           u == PL_IU_DAY || u == PL_IU_YEAR_MONTH;
}

static bool unit_is_months(int u)
{
    return u == PL_IU_YEAR || u == PL_IU_QUARTER || u == PL_IU_MONTH || u == PL_IU_YEAR_MONTH;
}

static bool unit_has_usec(int u)
{
    return u == PL_IU_MICROSECOND || u == PL_IU_SECOND_MICROSECOND ||
           u == PL_IU_MINUTE_MICROSECOND || u == PL_IU_HOUR_MICROSECOND ||
           u == PL_IU_DAY_MICROSECOND;
}

/* ---- shared helpers ---- */

/* Values quoted in warnings are cut at QUOTE_MAX bytes and marked "...". */
static int quote_len(size_t n) { return (int)(n > QUOTE_MAX ? QUOTE_MAX : n); }
static const char *quote_more(size_t n) { return n > QUOTE_MAX ? "..." : ""; }
static int min_int(int a, int b) { return a < b ? a : b; }

static void warn_incorrect(pl_eval_ctx *cx, const char *what, const pl_value *v, const pl_type *t)
{
    char buf[PL_TEXT_MAX];
    size_t n;
    const char *s = pl_to_text(v, t, buf, &n);
    pl_warn(cx, PL_LEVEL_WARNING, 1292, "Incorrect %s value: '%.*s%s'", what, quote_len(n), s,
            quote_more(n));
}

static void warn_overflow(pl_eval_ctx *cx, const char *what)
{
    pl_warn(cx, PL_LEVEL_WARNING, 1441, "Datetime function: %s field overflow", what);
}

static void warn_time_truncated(pl_eval_ctx *cx, const char *s, size_t n)
{
    pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect time value: '%.*s%s'", quote_len(n), s,
            quote_more(n));
}

static bool is_datetime_field(uint8_t f) { return f == PL_F_DATETIME || f == PL_F_TIMESTAMP; }

/* MySQL's datetime_precision() / time_precision() of an argument, known
 * at resolution. */
static int arg_fsp(const pl_expr *a)
{
    switch (pl_field_class((pl_field)a->type.field)) {
    case PL_NULL:
    case PL_INT:
        return 0;
    case PL_TEMPORAL:
        return a->type.field == PL_F_DATE ? 0 : min_int(a->type.decimals, PL_TM_FSP_MAX);
    case PL_DOUBLE:
    case PL_DECIMAL:
        return min_int(a->type.decimals, PL_TM_FSP_MAX);
    case PL_STRING:
        if (a->kind == PL_E_CONST)
            return a->value.cls == PL_STRING ? pl_dc_string_fsp(a->value.s, a->value.len) : 0;
        return PL_TM_FSP_MAX;
    }
    return PL_TM_FSP_MAX;
}

/* fsp of a result taken from an argument's decimals (MAKETIME's seconds,
 * SEC_TO_TIME, FROM_UNIXTIME): a string or DOUBLE has 6. */
static int arg_decimals(const pl_expr *a)
{
    switch (pl_field_class((pl_field)a->type.field)) {
    case PL_NULL:
    case PL_INT:
        return 0;
    case PL_STRING:
        return PL_TM_FSP_MAX;
    case PL_TEMPORAL:
        return a->type.field == PL_F_DATE ? 0 : min_int(a->type.decimals, PL_TM_FSP_MAX);
    case PL_DOUBLE:
    case PL_DECIMAL:
        break;
    }
    return min_int(a->type.decimals, PL_TM_FSP_MAX);
}

/* MySQL rounds fractions to the result's fsp unless sql_mode has
 * TIME_TRUNCATE_FRACTIONAL. */
static bool truncates(const pl_eval_ctx *cx)
{
    return (cx->session->sql_mode & PL_MODE_TIME_TRUNCATE_FRACTIONAL) != 0;
}

static void set_temporal(pl_eval_ctx *cx, pl_expr *e, pl_temporal t, pl_value *out)
{
    if (e->type.field == PL_F_DATE) {
        t.kind = PL_TM_DATE;
        t.hour = t.minute = t.second = 0;
        t.microsecond = 0;
    } else if (e->type.field == PL_F_TIME) {
        t.kind = PL_TM_TIME;
        t.year = 0;
        t.month = t.day = 0;
    } else {
        t.kind = PL_TM_DATETIME;
    }
    t.neg = t.kind == PL_TM_TIME && t.neg &&
            (t.hour || t.minute || t.second || t.microsecond);
    pl_dc_round_fsp(&t, e->type.field == PL_F_DATE ? 0 : e->type.decimals, truncates(cx));
    *out = pl_tm(t);
}

/* A string result built into the node's scratch. */
static void set_string(pl_eval_ctx *cx, pl_expr *e, const char *s, size_t n, pl_value *out)
{
    char *buf = pl_expr_scratch(cx, e, n + 1);
    if (!buf) {
        *out = pl_null();
        return;
    }
    memcpy(buf, s, n);
    *out = pl_str(buf, n, e->type.coll);
}

static void set_int(int64_t v, pl_value *out) { *out = pl_int64(v); }

/*
 * How a function treats dates with zero parts (MySQL's TIME_FUZZY_DATE and
 * TIME_NO_ZERO_DATE flags as MariaDB 10.11 applies them):
 *   ZR_ANY     2020-00-10 and 0000-00-00 are fine: YEAR, MONTH, DAY,
 *              QUARTER, MONTHNAME, EXTRACT, DATE_FORMAT
 *   ZR_MODE    fine unless sql_mode has NO_ZERO_IN_DATE / NO_ZERO_DATE:
 *              DATE, TIMESTAMP, LAST_DAY
 *   ZR_STRICT  never: NULL with warning 1292 (DAYOFWEEK, WEEK, TO_DAYS,
 *              DATE_ADD, DATEDIFF, ...)
 */
typedef enum zero_rule { ZR_ANY, ZR_MODE, ZR_STRICT } zero_rule;

static bool zero_ok(pl_eval_ctx *cx, const pl_temporal *t, zero_rule rule)
{
    bool zero_date = !t->year && !t->month && !t->day;
    if (!zero_date && t->month && t->day)
        return true;
    uint32_t mode = cx->session->sql_mode;
    switch (rule) {
    case ZR_ANY:
        return true;
    case ZR_MODE:
        return !(mode & (zero_date ? PL_MODE_NO_ZERO_DATE : PL_MODE_NO_ZERO_IN_DATE));
    case ZR_STRICT:
        return false;
    }
    return false;
}

/* pl_to_temporal without its sql_mode zero-date checks: each function
 * applies its own zero_rule afterwards.  0000-02-29 is refused here, as
 * MySQL's year 0 is not leap. */
static bool to_temporal_fuzzy(pl_eval_ctx *cx, const pl_value *v, const pl_type *t, pl_tm_kind kind,
                              pl_temporal *out)
{
    uint32_t saved = cx->session->sql_mode;
    cx->session->sql_mode &= ~(PL_MODE_NO_ZERO_DATE | PL_MODE_NO_ZERO_IN_DATE);
    bool ok = pl_to_temporal(cx, v, t, kind, out);
    cx->session->sql_mode = saved;
    if (ok && out->kind != PL_TM_TIME && out->year == 0 && out->month == 2 && out->day == 29) {
        warn_incorrect(cx, kind == PL_TM_DATE ? "date" : "datetime", v, t);
        return false;
    }
    return ok;
}

/* Argument a as a DATETIME (a TIME takes the statement's date); false when
 * the result is NULL, after any warning. */
static bool get_datetime(pl_eval_ctx *cx, pl_expr *a, zero_rule rule, pl_temporal *t)
{
    pl_value v;
    pl_eval(a, cx, &v);
    if (pl_is_null(&v) || !to_temporal_fuzzy(cx, &v, &a->type, PL_TM_DATETIME, t))
        return false;
    if (zero_ok(cx, t, rule))
        return true;
    warn_incorrect(cx, "datetime", &v, &a->type);
    return false;
}

static bool get_time(pl_eval_ctx *cx, pl_expr *a, pl_temporal *t)
{
    pl_value v;
    pl_eval(a, cx, &v);
    return !pl_is_null(&v) && pl_to_temporal(cx, &v, &a->type, PL_TM_TIME, t);
}

/* MySQL's get_time() that keeps a date: a DATETIME for datetime values and
 * strings, else a TIME. */
static bool get_time_or_datetime(pl_eval_ctx *cx, pl_expr *a, pl_temporal *t)
{
    pl_value v;
    pl_eval(a, cx, &v);
    if (pl_is_null(&v))
        return false;
    pl_tm_kind kind = PL_TM_TIME;
    if (v.cls == PL_TEMPORAL)
        kind = v.tm.kind == PL_TM_TIME ? PL_TM_TIME : PL_TM_DATETIME;
    else if (v.cls == PL_STRING)
        kind = pl_dc_string_is_datetime(v.s, v.len) ? PL_TM_DATETIME : PL_TM_TIME;
    else if (v.cls == PL_INT || v.cls == PL_DOUBLE || v.cls == PL_DECIMAL)
        kind = pl_to_double(cx, &v) >= 1e10 ? PL_TM_DATETIME : PL_TM_TIME;
    if (!to_temporal_fuzzy(cx, &v, &a->type, kind, t))
        return false;
    if (kind == PL_TM_DATETIME && !zero_ok(cx, t, ZR_STRICT)) {
        warn_incorrect(cx, "datetime", &v, &a->type);
        return false;
    }
    return true;
}

/* Integer argument; false for NULL. */
static bool get_int(pl_eval_ctx *cx, pl_expr *a, int64_t *out, bool *is_unsigned)
{
    pl_value v;
    pl_eval(a, cx, &v);
    if (pl_is_null(&v))
        return false;
    bool u = false;
    *out = pl_to_int(cx, &v, &u);
    if (is_unsigned)
        *is_unsigned = u;
    else if (u && *out < 0)
        *out = INT64_MAX;
    return true;
}

static bool get_decimal(pl_eval_ctx *cx, pl_expr *a, pl_decimal *buf, const pl_decimal **out)
{
    pl_value v;
    pl_eval(a, cx, &v);
    if (pl_is_null(&v))
        return false;
    *out = pl_to_decimal(cx, &v, buf);
    return true;
}

/* A string argument as text (numbers and temporals printed). */
static bool get_text(pl_eval_ctx *cx, pl_expr *a, char *buf, const char **s, size_t *n)
{
    pl_value v;
    pl_eval(a, cx, &v);
    if (pl_is_null(&v))
        return false;
    *s = pl_to_text(&v, &a->type, buf, n);
    return true;
}

static void print_datetime(const pl_temporal *t, bool date_only, int fsp, char *buf, size_t *n)
{
    pl_temporal p = *t;
    p.kind = date_only ? PL_TM_DATE : PL_TM_DATETIME;
    p.fsp = (uint8_t)(date_only ? 0 : fsp);
    if (date_only) {
        p.hour = p.minute = p.second = 0;
        p.microsecond = 0;
    }
    *n = pl_tm_to_string(&p, buf);
}

static pl_type type_string(pl_eval_ctx *cx, uint32_t chars)
{
    return pl_type_string(chars, cx->session->collation_connection);
}

static int resolve_error(pl_eval_ctx *cx, int code, const char *state, const char *msg)
{
    pl_error(cx, code, state, "%s", msg);
    return -1;
}

/* The keyword argument's name, or NULL. */
static const char *keyword_arg(const pl_expr *e, int i)
{
    return e->args[i]->kind == PL_E_KEYWORD ? e->args[i]->name : NULL;
}

/* ---- the clock: NOW() and friends ---- */

#define CLOCK_LOCAL 0
#define CLOCK_UTC 1
#define CLOCK_SYS 2

/* fsp from the optional constant argument; error 1426 above 6. */
static int clock_fsp(pl_expr *e, pl_eval_ctx *cx, const char *name, int *fsp)
{
    *fsp = 0;
    if (e->nargs == 0)
        return 0;
    const pl_expr *a = e->args[0];
    if (a->kind != PL_E_CONST || a->value.cls != PL_INT)
        return resolve_error(cx, 1064, "42000", "You have an error in your SQL syntax");
    if (a->value.i < 0 || a->value.i > PL_TM_FSP_MAX) {
        pl_error(cx, 1426, "42000", "Too-big precision %lld specified for '%s'. Maximum is 6.",
                 (long long)a->value.i, name);
        return -1;
    }
    *fsp = (int)a->value.i;
    return 0;
}

static bool clock_now(pl_eval_ctx *cx, int which, int fsp, pl_temporal *t)
{
    int64_t us = pl_session_now_us(cx);
    if (which == CLOCK_SYS) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        us = (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
    }
    int32_t offset = which == CLOCK_UTC ? 0 : cx->session->time_zone_offset;
    return pl_dc_from_unix_usec(us, offset, fsp, t);
}

static void ev_clock(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    int which = (int)(e->iaux & 3);
    if (!clock_now(cx, which, e->type.decimals, &t)) {
        *out = pl_null();
        return;
    }
    set_temporal(cx, e, t, out);
}

static int resolve_clock(pl_expr *e, pl_eval_ctx *cx, int which, pl_field field, const char *name)
{
    int fsp;
    if (clock_fsp(e, cx, name, &fsp))
        return -1;
    e->type = pl_type_temporal(field, field == PL_F_DATE ? 0 : fsp);
    e->type.flags |= PL_TF_NOT_NULL;
    e->iaux = which;
    e->eval = ev_clock;
    return 0;
}

static int r_now(pl_expr *e, pl_eval_ctx *cx) { return resolve_clock(e, cx, CLOCK_LOCAL, PL_F_DATETIME, "now"); }
static int r_sysdate(pl_expr *e, pl_eval_ctx *cx) { return resolve_clock(e, cx, CLOCK_SYS, PL_F_DATETIME, "sysdate"); }
static int r_curdate(pl_expr *e, pl_eval_ctx *cx) { return resolve_clock(e, cx, CLOCK_LOCAL, PL_F_DATE, "curdate"); }
static int r_curtime(pl_expr *e, pl_eval_ctx *cx) { return resolve_clock(e, cx, CLOCK_LOCAL, PL_F_TIME, "curtime"); }
static int r_utc_timestamp(pl_expr *e, pl_eval_ctx *cx) { return resolve_clock(e, cx, CLOCK_UTC, PL_F_DATETIME, "utc_timestamp"); }
static int r_utc_date(pl_expr *e, pl_eval_ctx *cx) { return resolve_clock(e, cx, CLOCK_UTC, PL_F_DATE, "utc_date"); }
static int r_utc_time(pl_expr *e, pl_eval_ctx *cx) { return resolve_clock(e, cx, CLOCK_UTC, PL_F_TIME, "utc_time"); }

/* ---- Unix time ---- */

static void ev_unix_timestamp(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    *out = pl_null();
    int64_t us;
    if (e->nargs == 0) {
        us = pl_session_now_us(cx);
    } else {
        pl_value v;
        pl_temporal t;
        pl_eval(e->args[0], cx, &v);
        if (pl_is_null(&v) || !to_temporal_fuzzy(cx, &v, &e->args[0]->type, PL_TM_DATETIME, &t))
            return;
        if (!t.year && !t.month && !t.day) /* the zero date: NULL, silently */
            return;
        if (!zero_ok(cx, &t, ZR_STRICT)) {
            warn_incorrect(cx, "datetime", &v, &e->args[0]->type);
            return;
        }
        us = pl_dc_to_unix_usec(&t, cx->session->time_zone_offset);
        /* MySQL: "If you pass an out-of-range date, it returns 0." */
        if (us < 0 || us > UNIX_SECONDS_MAX * PL_DC_USEC_PER_SEC + 999999)
            us = 0;
    }
    int fsp = e->type.field == PL_F_NEWDECIMAL ? e->type.decimals : 0;
    if (fsp == 0) {
        set_int(us / PL_DC_USEC_PER_SEC, out);
        return;
    }
    char buf[48];
    static const int64_t div[7] = { 1000000, 100000, 10000, 1000, 100, 10, 1 };
    int n = snprintf(buf, sizeof buf, "%lld.%0*lld", (long long)(us / PL_DC_USEC_PER_SEC), fsp,
                     (long long)(us % PL_DC_USEC_PER_SEC / div[fsp]));
    pl_dec_parse(buf, (size_t)n, &e->dec);
    *out = pl_dec(&e->dec);
}

static int r_unix_timestamp(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    int fsp = e->nargs ? arg_fsp(e->args[0]) : 0;
    e->type = fsp ? pl_type_decimal(11 + fsp, fsp) : pl_type_int(11, false);
    e->eval = ev_unix_timestamp;
    return 0;
}

/* Seconds since the epoch (an integer, or a decimal rounded to
 * microseconds) as a local DATETIME; false for negative or too large. */
static bool from_unix_arg(pl_eval_ctx *cx, pl_expr *a, int fsp, pl_temporal *t)
{
    pl_value v;
    pl_eval(a, cx, &v);
    if (pl_is_null(&v))
        return false;
    bool neg;
    uint64_t secs;
    uint32_t usec = 0;
    if (v.cls == PL_INT) {
        neg = !(v.flags & PL_VF_UNSIGNED) && v.i < 0;
        secs = v.u;
    } else {
        pl_decimal buf;
        pl_dc_decimal_split(pl_to_decimal(cx, &v, &buf), true, &neg, &secs, &usec);
    }
    if ((neg && (secs || usec)) || secs > (uint64_t)UNIX_SECONDS_MAX)
        return false;
    int64_t us = (int64_t)secs * PL_DC_USEC_PER_SEC + usec;
    if (!pl_dc_from_unix_usec(us, cx->session->time_zone_offset, PL_TM_FSP_MAX, t))
        return false;
    pl_dc_round_fsp(t, fsp, truncates(cx));
    return true;
}

static void ev_from_unixtime(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    *out = pl_null();
    if (e->nargs == 1) {
        if (from_unix_arg(cx, e->args[0], e->type.decimals, &t))
            set_temporal(cx, e, t, out);
        return;
    }
    char fbuf[PL_TEXT_MAX];
    const char *fmt;
    size_t fn;
    if (!from_unix_arg(cx, e->args[0], PL_TM_FSP_MAX, &t) ||
        !get_text(cx, e->args[1], fbuf, &fmt, &fn))
        return;
    size_t cap = fn * PL_DC_FORMAT_EXPANSION + 32;
    char *buf = pl_expr_scratch(cx, e, cap);
    if (!buf)
        return;
    long len = pl_dc_format(&t, false, fmt, fn, buf, cap);
    if (len >= 0)
        *out = pl_str(buf, (size_t)len, e->type.coll);
}

static int r_from_unixtime(pl_expr *e, pl_eval_ctx *cx)
{
    if (e->nargs == 2)
        e->type = type_string(cx, 255);
    else
        e->type = pl_type_temporal(PL_F_DATETIME, arg_decimals(e->args[0]));
    e->eval = ev_from_unixtime;
    return 0;
}

/* ---- CONVERT_TZ with numeric offsets ---- */

static void ev_convert_tz(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    char b1[PL_TEXT_MAX], b2[PL_TEXT_MAX];
    const char *from, *to;
    size_t fn, tn;
    int32_t off_from, off_to;
    *out = pl_null();
    if (!get_datetime(cx, e->args[0], ZR_STRICT, &t) || !get_text(cx, e->args[1], b1, &from, &fn) ||
        !get_text(cx, e->args[2], b2, &to, &tn) || !pl_dc_parse_offset(from, fn, &off_from) ||
        !pl_dc_parse_offset(to, tn, &off_to))
        return;
    int64_t utc = pl_dc_to_unix_usec(&t, off_from);
    /* Outside TIMESTAMP's range the value is returned unconverted. */
    if (utc >= PL_DC_USEC_PER_SEC && utc < (TIMESTAMP_SECONDS_MAX + 1) * PL_DC_USEC_PER_SEC) {
        pl_temporal r;
        if (pl_dc_from_unix_usec(utc, off_to, PL_TM_FSP_MAX, &r))
            t = r;
    }
    set_temporal(cx, e, t, out);
}

static int r_convert_tz(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_temporal(PL_F_DATETIME, arg_fsp(e->args[0]));
    e->eval = ev_convert_tz;
    return 0;
}

/* ---- intervals ---- */

/* Compound units: the first field and how many fields their string has. */
static void unit_fields(int unit, int *first, int *count)
{
    switch (unit) {
    case PL_IU_YEAR_MONTH: *first = PL_DC_IV_YEAR; *count = 2; return;
    case PL_IU_DAY_HOUR: *first = PL_DC_IV_DAY; *count = 2; return;
    case PL_IU_DAY_MINUTE: *first = PL_DC_IV_DAY; *count = 3; return;
    case PL_IU_DAY_SECOND: *first = PL_DC_IV_DAY; *count = 4; return;
    case PL_IU_DAY_MICROSECOND: *first = PL_DC_IV_DAY; *count = 5; return;
    case PL_IU_HOUR_MINUTE: *first = PL_DC_IV_HOUR; *count = 2; return;
    case PL_IU_HOUR_SECOND: *first = PL_DC_IV_HOUR; *count = 3; return;
    case PL_IU_HOUR_MICROSECOND: *first = PL_DC_IV_HOUR; *count = 4; return;
    case PL_IU_MINUTE_SECOND: *first = PL_DC_IV_MINUTE; *count = 2; return;
    case PL_IU_MINUTE_MICROSECOND: *first = PL_DC_IV_MINUTE; *count = 3; return;
    default: *first = PL_DC_IV_SECOND; *count = 2; return; /* SECOND_MICROSECOND */
    }
}

/* MySQL's get_interval_value(): a simple unit takes the integer value (a
 * SECOND with decimals its fraction too); a compound unit reads its fields
 * from the text, any non-digits separating them.  False means NULL. */
static bool get_interval(pl_eval_ctx *cx, pl_expr *a, int unit, pl_dc_interval *iv)
{
    memset(iv, 0, sizeof *iv);
    pl_value v;
    pl_eval(a, cx, &v);
    if (pl_is_null(&v))
        return false;
    if (unit > PL_IU_YEAR) {
        char buf[PL_TEXT_MAX];
        size_t n;
        const char *s = pl_to_text(&v, &a->type, buf, &n);
        int first, count;
        unit_fields(unit, &first, &count);
        return pl_dc_split_interval(s, n, count, unit_has_usec(unit), &iv->f[first], &iv->neg);
    }
    uint64_t mag;
    uint32_t usec = 0;
    if (unit == PL_IU_SECOND && v.cls != PL_INT && a->type.decimals > 0) {
        pl_decimal buf;
        pl_dc_decimal_split(pl_to_decimal(cx, &v, &buf), false, &iv->neg, &mag, &usec);
    } else {
        bool is_unsigned;
        int64_t i = pl_to_int(cx, &v, &is_unsigned);
        iv->neg = !is_unsigned && i < 0;
        mag = iv->neg ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    }
    uint64_t big = UINT64_MAX / 8; /* overflows later, never wraps here */
    switch (unit) {
    case PL_IU_YEAR: iv->f[PL_DC_IV_YEAR] = mag; break;
    case PL_IU_QUARTER: iv->f[PL_DC_IV_MONTH] = mag > big ? big : mag * 3; break;
    case PL_IU_MONTH: iv->f[PL_DC_IV_MONTH] = mag; break;
    case PL_IU_WEEK: iv->f[PL_DC_IV_DAY] = mag > big ? big : mag * 7; break;
    case PL_IU_DAY: iv->f[PL_DC_IV_DAY] = mag; break;
    case PL_IU_HOUR: iv->f[PL_DC_IV_HOUR] = mag; break;
    case PL_IU_MINUTE: iv->f[PL_DC_IV_MINUTE] = mag; break;
    case PL_IU_SECOND: iv->f[PL_DC_IV_SECOND] = mag; iv->f[PL_DC_IV_USEC] = usec; break;
    default: iv->f[PL_DC_IV_USEC] = mag; break;
    }
    return true;
}

/* Add the interval to a DATETIME (MySQL's date_add_interval); false on
 * overflow. */
static bool add_interval(pl_temporal *t, int unit, const pl_dc_interval *iv, bool sub)
{
    if (unit_is_months(unit)) {
        int64_t months;
        return pl_dc_interval_months(iv, sub, &months) && pl_dc_add_months(t, months);
    }
    int64_t us;
    if (!pl_dc_interval_usec(iv, sub, &us))
        return false;
    pl_temporal r = *t;
    if (!pl_dc_from_usec(pl_dc_to_usec(t) + us, &r))
        return false;
    r.fsp = t->fsp;
    *t = r;
    return true;
}

/* DATE_ADD's result, fixed at resolution. */
enum { AR_STRING, AR_DATE, AR_DATETIME, AR_TIME };

/* iaux layout: unit | sub << 8 | result << 9 | date argument << 12. */
#define ADD_UNIT(e) ((int)((e)->iaux & 0xff))
#define ADD_SUB(e) ((((e)->iaux >> 8) & 1) != 0)
#define ADD_RESULT(e) ((int)(((e)->iaux >> 9) & 7))
#define ADD_DATE_ARG(e) ((int)(((e)->iaux >> 12) & 3))

/* Did the string or number given to DATE_ADD name a date without a time? */
static bool value_is_date_only(const pl_value *v)
{
    switch ((pl_vclass)v->cls) {
    case PL_STRING:
        return !pl_dc_string_has_time(v->s, v->len);
    case PL_INT:
        return (v->flags & PL_VF_UNSIGNED) ? v->u <= 99991231u : v->i <= 99991231;
    case PL_DOUBLE:
        return v->d < 100000000.0;
    case PL_DECIMAL:
        return pl_dec_to_double(v->dec) < 100000000.0;
    case PL_TEMPORAL:
        return v->tm.kind == PL_TM_DATE;
    case PL_NULL:
        break;
    }
    return false;
}

static void ev_date_add(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int unit = ADD_UNIT(e), result = ADD_RESULT(e);
    bool sub = ADD_SUB(e);
    pl_expr *d = e->args[ADD_DATE_ARG(e)], *n = e->aux;
    pl_dc_interval iv;
    pl_temporal t;
    *out = pl_null();
    if (result == AR_TIME) {
        int64_t us;
        if (!get_time(cx, d, &t) || !get_interval(cx, n, unit, &iv))
            return;
        if (!pl_dc_interval_usec(&iv, sub, &us) ||
            !pl_dc_time_from_usec(pl_dc_time_to_usec(&t) + us, PL_TM_FSP_MAX, &t)) {
            warn_overflow(cx, "time");
            return;
        }
        set_temporal(cx, e, t, out);
        return;
    }
    pl_value v;
    pl_eval(d, cx, &v);
    if (pl_is_null(&v) || !to_temporal_fuzzy(cx, &v, &d->type, PL_TM_DATETIME, &t))
        return;
    if (!zero_ok(cx, &t, ZR_STRICT)) {
        warn_incorrect(cx, "datetime", &v, &d->type);
        return;
    }
    bool date_only = result == AR_STRING && value_is_date_only(&v) && unit_is_date(unit);
    if (!get_interval(cx, n, unit, &iv))
        return;
    if (!add_interval(&t, unit, &iv, sub)) {
        warn_overflow(cx, "datetime");
        return;
    }
    if (result != AR_STRING) {
        set_temporal(cx, e, t, out);
        return;
    }
    char buf[PL_TM_STR_MAX];
    size_t len;
    print_datetime(&t, date_only, t.microsecond ? PL_TM_FSP_MAX : 0, buf, &len);
    set_string(cx, e, buf, len, out);
}

static int resolve_add(pl_expr *e, pl_eval_ctx *cx, int date_arg, pl_expr *n, int unit, bool sub)
{
    const pl_expr *d = e->args[date_arg];
    int result, fsp = arg_fsp(d);
    int iv_fsp = unit_has_usec(unit) ? PL_TM_FSP_MAX
                 : unit == PL_IU_SECOND && pl_field_class((pl_field)n->type.field) != PL_INT
                     ? min_int(n->type.decimals, PL_TM_FSP_MAX)
                     : 0;
    if (is_datetime_field(d->type.field))
        result = AR_DATETIME;
    else if (d->type.field == PL_F_DATE)
        result = unit_is_date(unit) ? AR_DATE : AR_DATETIME;
    else if (d->type.field == PL_F_TIME)
        result = unit_is_months(unit) ? AR_DATETIME : AR_TIME;
    else
        result = AR_STRING;
    fsp = fsp > iv_fsp ? fsp : iv_fsp;
    switch (result) {
    case AR_DATE: e->type = pl_type_temporal(PL_F_DATE, 0); break;
    case AR_DATETIME: e->type = pl_type_temporal(PL_F_DATETIME, fsp); break;
    case AR_TIME: e->type = pl_type_temporal(PL_F_TIME, fsp); break;
    default: e->type = type_string(cx, DATETIME_TEXT_MAX); break;
    }
    e->aux = n;
    e->iaux = unit | (sub ? 1 << 8 : 0) | result << 9 | date_arg << 12;
    e->eval = ev_date_add;
    return 0;
}

/* DATE_ADD(d, INTERVAL n unit); ADDDATE also takes (d, n days). */
static int resolve_date_add_sub(pl_expr *e, pl_eval_ctx *cx, bool sub, bool days_ok)
{
    pl_expr *iv = e->args[1];
    if (iv->kind == PL_E_INTERVAL)
        return resolve_add(e, cx, 0, iv->args[0], (int)iv->index, sub);
    if (!days_ok)
        return resolve_error(cx, 1064, "42000", "You have an error in your SQL syntax");
    return resolve_add(e, cx, 0, iv, PL_IU_DAY, sub);
}

static int r_date_add(pl_expr *e, pl_eval_ctx *cx) { return resolve_date_add_sub(e, cx, false, false); }
static int r_date_sub(pl_expr *e, pl_eval_ctx *cx) { return resolve_date_add_sub(e, cx, true, false); }
static int r_adddate(pl_expr *e, pl_eval_ctx *cx) { return resolve_date_add_sub(e, cx, false, true); }
static int r_subdate(pl_expr *e, pl_eval_ctx *cx) { return resolve_date_add_sub(e, cx, true, true); }

/* TIMESTAMPADD / TIMESTAMPDIFF units: the simple ones, also spelled
 * SQL_TSI_<unit>. */
static int tsi_unit(const char *name)
{
    if (!name)
        return -1;
    if (strncasecmp(name, "SQL_TSI_", 8) == 0)
        name += 8;
    int u = pl_interval_unit_by_name(name);
    return u >= 0 && u <= PL_IU_YEAR ? u : -1;
}

static int r_timestampadd(pl_expr *e, pl_eval_ctx *cx)
{
    int unit = tsi_unit(keyword_arg(e, 0));
    if (unit < 0)
        return resolve_error(cx, 1064, "42000", "You have an error in your SQL syntax");
    return resolve_add(e, cx, 2, e->args[1], unit, false);
}

/* ---- ADDTIME / SUBTIME / TIMESTAMP(d, t) ---- */

/* t1 +- t2 where t2 is a TIME: a DATETIME stays one (NULL past the
 * calendar), a TIME is clamped to +-838:59:59 with warning 1292. */
static bool add_time(pl_eval_ctx *cx, pl_temporal *t1, const pl_temporal *t2, bool sub)
{
    int64_t d = pl_dc_time_to_usec(t2);
    if (sub)
        d = -d;
    if (t1->kind != PL_TM_TIME) {
        pl_temporal r;
        if (!pl_dc_from_usec(pl_dc_to_usec(t1) + d, &r))
            return false;
        *t1 = r;
        return true;
    }
    int64_t us = pl_dc_time_to_usec(t1) + d;
    if (!pl_dc_time_from_usec(us, PL_TM_FSP_MAX, t1)) {
        char buf[64];
        int64_t a = us < 0 ? -us : us;
        int n = snprintf(buf, sizeof buf, "%s%lld:%02lld:%02lld", us < 0 ? "-" : "",
                         (long long)(a / 3600000000LL), (long long)(a / 60000000 % 60),
                         (long long)(a / 1000000 % 60));
        warn_time_truncated(cx, buf, (size_t)n);
        pl_dc_time_from_usec(us < 0 ? -PL_DC_TIME_USEC_MAX : PL_DC_TIME_USEC_MAX, PL_TM_FSP_MAX, t1);
    }
    return true;
}

static void ev_addtime(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t1, t2;
    bool sub = e->iaux != 0;
    *out = pl_null();
    bool ok = e->type.field == PL_F_DATETIME ? get_datetime(cx, e->args[0], ZR_STRICT, &t1)
              : e->type.field == PL_F_TIME    ? get_time(cx, e->args[0], &t1)
                                              : get_time_or_datetime(cx, e->args[0], &t1);
    if (!ok || !get_time_or_datetime(cx, e->args[1], &t2) || t2.kind != PL_TM_TIME)
        return;
    if (!add_time(cx, &t1, &t2, sub))
        return;
    if (e->type.field != PL_F_VAR_STRING) {
        set_temporal(cx, e, t1, out);
        return;
    }
    char buf[PL_TM_STR_MAX];
    t1.fsp = t1.microsecond ? PL_TM_FSP_MAX : 0;
    size_t n = pl_tm_to_string(&t1, buf);
    set_string(cx, e, buf, n, out);
}

static int resolve_addtime(pl_expr *e, pl_eval_ctx *cx, bool sub)
{
    uint8_t f = e->args[0]->type.field;
    int fsp = arg_fsp(e->args[0]), fsp2 = arg_fsp(e->args[1]);
    fsp = fsp > fsp2 ? fsp : fsp2;
    if (is_datetime_field(f) || f == PL_F_DATE)
        e->type = pl_type_temporal(PL_F_DATETIME, fsp);
    else if (f == PL_F_TIME)
        e->type = pl_type_temporal(PL_F_TIME, fsp);
    else
        e->type = type_string(cx, DATETIME_TEXT_MAX);
    e->iaux = sub;
    e->eval = ev_addtime;
    return 0;
}

static int r_addtime(pl_expr *e, pl_eval_ctx *cx) { return resolve_addtime(e, cx, false); }
static int r_subtime(pl_expr *e, pl_eval_ctx *cx) { return resolve_addtime(e, cx, true); }

/* ---- differences ---- */

static void ev_datediff(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal a, b;
    *out = pl_null();
    if (get_datetime(cx, e->args[0], ZR_STRICT, &a) && get_datetime(cx, e->args[1], ZR_STRICT, &b))
        set_int(pl_dc_daynr(a.year, a.month, a.day) - pl_dc_daynr(b.year, b.month, b.day), out);
}

static int r_datediff(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(7, false);
    e->eval = ev_datediff;
    return 0;
}

static void ev_timestampdiff(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal a, b;
    int unit = (int)e->iaux;
    *out = pl_null();
    if (!get_datetime(cx, e->args[1], ZR_STRICT, &a) || !get_datetime(cx, e->args[2], ZR_STRICT, &b))
        return;
    if (unit_is_months(unit)) {
        int64_t m = pl_dc_months_between(&a, &b);
        set_int(unit == PL_IU_YEAR ? m / 12 : unit == PL_IU_QUARTER ? m / 3 : m, out);
        return;
    }
    static const int64_t per[] = { 1, 1000000, 60000000, 3600000000LL, 86400000000LL,
                                   604800000000LL };
    set_int((pl_dc_to_usec(&b) - pl_dc_to_usec(&a)) / per[unit], out);
}

static int r_timestampdiff(pl_expr *e, pl_eval_ctx *cx)
{
    int unit = tsi_unit(keyword_arg(e, 0));
    if (unit < 0)
        return resolve_error(cx, 1064, "42000", "You have an error in your SQL syntax");
    e->type = pl_type_int(21, false);
    e->iaux = unit;
    e->eval = ev_timestampdiff;
    return 0;
}

static void ev_timediff(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal a, b;
    *out = pl_null();
    if (!get_time_or_datetime(cx, e->args[0], &a) || !get_time_or_datetime(cx, e->args[1], &b) ||
        (a.kind == PL_TM_TIME) != (b.kind == PL_TM_TIME))
        return;
    int64_t us = a.kind == PL_TM_TIME ? pl_dc_time_to_usec(&a) - pl_dc_time_to_usec(&b)
                                      : pl_dc_to_usec(&a) - pl_dc_to_usec(&b);
    pl_temporal r;
    if (!pl_dc_time_from_usec(us, PL_TM_FSP_MAX, &r)) {
        char buf[64];
        int64_t m = us < 0 ? -us : us;
        int n = snprintf(buf, sizeof buf, "%s%lld:%02lld:%02lld", us < 0 ? "-" : "",
                         (long long)(m / 3600000000LL), (long long)(m / 60000000 % 60),
                         (long long)(m / 1000000 % 60));
        warn_time_truncated(cx, buf, (size_t)n);
        pl_dc_time_from_usec(us < 0 ? -PL_DC_TIME_USEC_MAX : PL_DC_TIME_USEC_MAX, PL_TM_FSP_MAX, &r);
    }
    set_temporal(cx, e, r, out);
}

static int r_timediff(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    int f0 = arg_fsp(e->args[0]), f1 = arg_fsp(e->args[1]);
    e->type = pl_type_temporal(PL_F_TIME, f0 > f1 ? f0 : f1);
    e->eval = ev_timediff;
    return 0;
}

/* ---- conversions: DATE, TIME, TIMESTAMP ---- */

/* DATE(x) reads x as a DATE, so a warning about trailing text names a
 * date, as MySQL's does. */
static void ev_date(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    pl_value v;
    *out = pl_null();
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v) || !to_temporal_fuzzy(cx, &v, &e->args[0]->type, PL_TM_DATE, &t))
        return;
    if (!zero_ok(cx, &t, ZR_MODE)) {
        warn_incorrect(cx, "datetime", &v, &e->args[0]->type);
        return;
    }
    set_temporal(cx, e, t, out);
}

static int r_date(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_temporal(PL_F_DATE, 0);
    e->eval = ev_date;
    return 0;
}

static void ev_time(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    *out = pl_null();
    if (get_time(cx, e->args[0], &t))
        set_temporal(cx, e, t, out);
}

static int r_time(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_temporal(PL_F_TIME, arg_fsp(e->args[0]));
    e->eval = ev_time;
    return 0;
}

static void ev_timestamp(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t, t2;
    *out = pl_null();
    if (!get_datetime(cx, e->args[0], ZR_MODE, &t))
        return;
    if (e->nargs == 2) {
        if (!get_time_or_datetime(cx, e->args[1], &t2) || t2.kind != PL_TM_TIME)
            return;
        if (!t.month || !t.day || !add_time(cx, &t, &t2, false))
            return;
    }
    set_temporal(cx, e, t, out);
}

static int r_timestamp(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    int fsp = arg_fsp(e->args[0]);
    if (e->nargs == 2 && arg_fsp(e->args[1]) > fsp)
        fsp = arg_fsp(e->args[1]);
    e->type = pl_type_temporal(PL_F_DATETIME, fsp);
    e->eval = ev_timestamp;
    return 0;
}

/* ---- fields of a date or time ---- */

enum field_fn {
    FF_YEAR, FF_MONTH, FF_DAY, FF_QUARTER, FF_DAYOFYEAR, FF_DAYOFWEEK, FF_WEEKDAY,
    FF_TO_DAYS, FF_TO_SECONDS, FF_HOUR, FF_MINUTE, FF_SECOND, FF_MICROSECOND, FF_TIME_TO_SEC,
};

static void ev_field(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    int which = (int)e->iaux;
    *out = pl_null();
    if (which >= FF_HOUR) {
        if (!get_time(cx, e->args[0], &t))
            return;
        int64_t v;
        switch (which) {
        case FF_HOUR: v = t.hour; break;
        case FF_MINUTE: v = t.minute; break;
        case FF_SECOND: v = t.second; break;
        case FF_MICROSECOND: v = t.microsecond; break;
        default: /* TIME_TO_SEC: whole seconds, as MySQL 8's integer result */
            v = (int64_t)t.hour * 3600 + t.minute * 60 + t.second;
            if (t.neg)
                v = -v;
            break;
        }
        set_int(v, out);
        return;
    }
    zero_rule rule = which <= FF_QUARTER ? ZR_ANY : ZR_STRICT;
    if (!get_datetime(cx, e->args[0], rule, &t))
        return;
    int64_t dn = which >= FF_DAYOFYEAR ? pl_dc_daynr(t.year, t.month, t.day) : 0;
    int64_t v;
    switch (which) {
    case FF_YEAR: v = t.year; break;
    case FF_MONTH: v = t.month; break;
    case FF_DAY: v = t.day; break;
    case FF_QUARTER: v = (t.month + 2) / 3; break;
    case FF_DAYOFYEAR: v = dn - pl_dc_daynr(t.year, 1, 1) + 1; break;
    case FF_DAYOFWEEK: v = pl_dc_weekday(dn, true) + 1; break;
    case FF_WEEKDAY: v = pl_dc_weekday(dn, false); break;
    case FF_TO_DAYS: v = dn; break;
    default: v = dn * 86400 + (int64_t)t.hour * 3600 + t.minute * 60 + t.second; break;
    }
    set_int(v, out);
}

static int resolve_field(pl_expr *e, int which, uint32_t width)
{
    e->type = pl_type_int(width, false);
    e->iaux = which;
    e->eval = ev_field;
    return 0;
}

static int r_year(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_YEAR, 4); }
static int r_month(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_MONTH, 2); }
static int r_day(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_DAY, 2); }
static int r_quarter(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_QUARTER, 1); }
static int r_dayofyear(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_DAYOFYEAR, 3); }
static int r_dayofweek(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_DAYOFWEEK, 1); }
static int r_weekday(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_WEEKDAY, 1); }
static int r_to_days(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_TO_DAYS, 6); }
static int r_to_seconds(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_TO_SECONDS, 12); }
static int r_hour(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_HOUR, 3); }
static int r_minute(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_MINUTE, 2); }
static int r_second(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_SECOND, 2); }
static int r_microsecond(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_MICROSECOND, 6); }
static int r_time_to_sec(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_field(e, FF_TIME_TO_SEC, 10); }

/* WEEK(d[, mode]), WEEKOFYEAR(d) = WEEK(d, 3), YEARWEEK(d[, mode]). */
#define WK_YEARWEEK 0x100
#define WK_FIXED 0x200 /* mode in the low bits, no argument */

static void ev_week(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    int64_t mode = e->iaux & 7;
    *out = pl_null();
    if (!get_datetime(cx, e->args[0], ZR_STRICT, &t))
        return;
    if (!(e->iaux & WK_FIXED) && e->nargs == 2) {
        pl_value m;
        pl_eval(e->args[1], cx, &m);
        mode = pl_is_null(&m) ? 0 : pl_to_int(cx, &m, NULL) & 7; /* WEEK(d, NULL) is mode 0 */
    }
    unsigned year, week = pl_dc_week(t.year, t.month, t.day, (unsigned)mode,
                                     (e->iaux & WK_YEARWEEK) != 0, &year);
    set_int((e->iaux & WK_YEARWEEK) ? (int64_t)year * 100 + week : week, out);
}

static int resolve_week(pl_expr *e, int flags, uint32_t width)
{
    e->type = pl_type_int(width, false);
    e->iaux = flags; /* mode 0: @@default_week_format's default */
    e->eval = ev_week;
    return 0;
}

static int r_week(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_week(e, 0, 2); }
static int r_weekofyear(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_week(e, WK_FIXED | 3, 2); }
static int r_yearweek(pl_expr *e, pl_eval_ctx *cx) { (void)cx; return resolve_week(e, WK_YEARWEEK, 6); }

/* MONTHNAME, DAYNAME. */
static void ev_name(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    bool month = e->iaux != 0;
    *out = pl_null();
    if (!get_datetime(cx, e->args[0], month ? ZR_ANY : ZR_STRICT, &t) || (month && !t.month))
        return;
    const char *s = month ? pl_dc_month_name(t.month)
                          : pl_dc_day_name(pl_dc_weekday(pl_dc_daynr(t.year, t.month, t.day), false));
    *out = pl_str(s, strlen(s), e->type.coll);
}

static int r_monthname(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = type_string(cx, 9);
    e->iaux = 1;
    e->eval = ev_name;
    return 0;
}

static int r_dayname(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = type_string(cx, 9);
    e->iaux = 0;
    e->eval = ev_name;
    return 0;
}

static void ev_extract(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    int unit = (int)e->iaux;
    /* Units with a date part read a date; the others a time. */
    bool date = unit_is_date(unit) || unit == PL_IU_DAY_HOUR || unit == PL_IU_DAY_MINUTE ||
                unit == PL_IU_DAY_SECOND || unit == PL_IU_DAY_MICROSECOND;
    *out = pl_null();
    if (date ? !get_datetime(cx, e->args[1], ZR_ANY, &t) : !get_time(cx, e->args[1], &t))
        return;
    int64_t d = t.day, h = t.hour, mi = t.minute, s = t.second, us = t.microsecond, v;
    unsigned wy;
    switch (unit) {
    case PL_IU_YEAR: v = t.year; break;
    case PL_IU_YEAR_MONTH: v = (int64_t)t.year * 100 + t.month; break;
    case PL_IU_QUARTER: v = (t.month + 2) / 3; break;
    case PL_IU_MONTH: v = t.month; break;
    case PL_IU_WEEK: v = pl_dc_week(t.year, t.month, t.day, 0, false, &wy); break;
    case PL_IU_DAY: v = d; break;
    case PL_IU_DAY_HOUR: v = d * 100 + h; break;
    case PL_IU_DAY_MINUTE: v = (d * 100 + h) * 100 + mi; break;
    case PL_IU_DAY_SECOND: v = ((d * 100 + h) * 100 + mi) * 100 + s; break;
    case PL_IU_DAY_MICROSECOND: v = (((d * 100 + h) * 100 + mi) * 100 + s) * 1000000 + us; break;
    case PL_IU_HOUR: v = h; break;
    case PL_IU_HOUR_MINUTE: v = h * 100 + mi; break;
    case PL_IU_HOUR_SECOND: v = (h * 100 + mi) * 100 + s; break;
    case PL_IU_HOUR_MICROSECOND: v = ((h * 100 + mi) * 100 + s) * 1000000 + us; break;
    case PL_IU_MINUTE: v = mi; break;
    case PL_IU_MINUTE_SECOND: v = mi * 100 + s; break;
    case PL_IU_MINUTE_MICROSECOND: v = (mi * 100 + s) * 1000000 + us; break;
    case PL_IU_SECOND: v = s; break;
    case PL_IU_SECOND_MICROSECOND: v = s * 1000000 + us; break;
    default: v = us; break; /* MICROSECOND */
    }
    set_int(t.neg ? -v : v, out);
}

static int r_extract(pl_expr *e, pl_eval_ctx *cx)
{
    const char *name = keyword_arg(e, 0);
    int unit = name ? pl_interval_unit_by_name(name) : -1;
    if (unit < 0)
        return resolve_error(cx, 1064, "42000", "You have an error in your SQL syntax");
    e->type = pl_type_int(unit_has_usec(unit) ? 20 : 10, false);
    e->iaux = unit;
    e->eval = ev_extract;
    return 0;
}

/* ---- constructing dates and times ---- */

static void ev_last_day(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    *out = pl_null();
    if (!get_datetime(cx, e->args[0], ZR_MODE, &t) || !t.month)
        return;
    t.day = (uint8_t)pl_dc_days_in_month(t.year, t.month);
    set_temporal(cx, e, t, out);
}

static int r_last_day(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_temporal(PL_F_DATE, 0);
    e->eval = ev_last_day;
    return 0;
}

static void set_daynr(pl_eval_ctx *cx, pl_expr *e, int64_t dn, pl_value *out)
{
    pl_temporal t;
    unsigned y, m, d;
    memset(&t, 0, sizeof t);
    if (pl_dc_from_daynr(dn, &y, &m, &d)) {
        t.year = (uint16_t)y;
        t.month = (uint8_t)m;
        t.day = (uint8_t)d;
    }
    t.kind = PL_TM_DATE;
    set_temporal(cx, e, t, out);
}

static void ev_makedate(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int64_t y, doy;
    *out = pl_null();
    if (!get_int(cx, e->args[0], &y, NULL) || !get_int(cx, e->args[1], &doy, NULL) || y < 0 ||
        y > 9999 || doy <= 0)
        return;
    if (y < 100)
        y += y < 70 ? 2000 : 1900;
    if (doy > PL_DC_DAYNR_MAX)
        return;
    int64_t dn = pl_dc_daynr((unsigned)y, 1, 1) + doy - 1;
    if (dn > PL_DC_DAYNR_MAX)
        return;
    set_daynr(cx, e, dn, out);
}

static int r_makedate(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_temporal(PL_F_DATE, 0);
    e->eval = ev_makedate;
    return 0;
}

/* FROM_DAYS: outside 0001-01-01 .. 9999-12-31 the zero date. */
static void ev_from_days(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int64_t n;
    *out = pl_null();
    /* FROM_DAYS(0) is NULL, other days before 0001-01-01 the zero date. */
    if (get_int(cx, e->args[0], &n, NULL) && n != 0)
        set_daynr(cx, e, n, out);
}

static int r_from_days(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_temporal(PL_F_DATE, 0);
    e->eval = ev_from_days;
    return 0;
}

/* A TIME of h hours (any size) and the rest: clamped to 838:59:59 with
 * warning 1292 quoting the unclamped value. */
static void clamp_time_warn(pl_eval_ctx *cx, bool neg, uint64_t h, unsigned m, unsigned s,
                            pl_temporal *t)
{
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%s%llu:%02u:%02u", neg ? "-" : "", (unsigned long long)h, m, s);
    warn_time_truncated(cx, buf, (size_t)n);
    pl_dc_time_from_usec(neg ? -PL_DC_TIME_USEC_MAX : PL_DC_TIME_USEC_MAX, PL_TM_FSP_MAX, t);
}

static void ev_maketime(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int64_t h, m;
    bool h_unsigned;
    pl_decimal buf;
    const pl_decimal *sd;
    *out = pl_null();
    if (!get_int(cx, e->args[0], &h, &h_unsigned) || !get_int(cx, e->args[1], &m, NULL) ||
        !get_decimal(cx, e->args[2], &buf, &sd))
        return;
    bool sneg;
    uint64_t s;
    uint32_t us;
    pl_dc_decimal_split(sd, false, &sneg, &s, &us);
    if (m < 0 || m > 59 || (sneg && (s || us)) || s > 59)
        return;
    bool neg = !h_unsigned && h < 0;
    uint64_t ah = neg ? (uint64_t)0 - (uint64_t)h : (uint64_t)h;
    pl_temporal t;
    if (ah > PL_TM_TIME_HOUR_MAX) {
        clamp_time_warn(cx, neg, ah, (unsigned)m, (unsigned)s, &t);
    } else {
        int64_t v = (((int64_t)ah * 60 + m) * 60 + (int64_t)s) * PL_DC_USEC_PER_SEC + us;
        pl_dc_time_from_usec(neg ? -v : v, PL_TM_FSP_MAX, &t);
    }
    set_temporal(cx, e, t, out);
}

static int r_maketime(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_temporal(PL_F_TIME, arg_decimals(e->args[2]));
    e->eval = ev_maketime;
    return 0;
}

static void ev_sec_to_time(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_decimal buf;
    const pl_decimal *d;
    *out = pl_null();
    if (!get_decimal(cx, e->args[0], &buf, &d))
        return;
    bool neg;
    uint64_t s;
    uint32_t us;
    pl_dc_decimal_split(d, true, &neg, &s, &us);
    pl_temporal t;
    if (s > 3020399 || (s == 3020399 && us > 999999)) {
        char text[PL_DEC_STR_MAX];
        size_t n = pl_dec_to_string(d, text);
        warn_time_truncated(cx, text, n);
        pl_dc_time_from_usec(neg ? -PL_DC_TIME_USEC_MAX : PL_DC_TIME_USEC_MAX, PL_TM_FSP_MAX, &t);
    } else {
        int64_t v = (int64_t)s * PL_DC_USEC_PER_SEC + us;
        pl_dc_time_from_usec(neg ? -v : v, PL_TM_FSP_MAX, &t);
    }
    set_temporal(cx, e, t, out);
}

static int r_sec_to_time(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_temporal(PL_F_TIME, arg_decimals(e->args[0]));
    e->eval = ev_sec_to_time;
    return 0;
}

/* ---- periods: YYMM / YYYYMM ---- */

static void ev_period(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int64_t a, b;
    *out = pl_null();
    if (!get_int(cx, e->args[0], &a, NULL) || !get_int(cx, e->args[1], &b, NULL))
        return;
    set_int(e->iaux ? pl_dc_period_diff(a, b) : pl_dc_period_add(a, b), out);
}

static int r_period_add(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(6, false);
    e->iaux = 0;
    e->eval = ev_period;
    return 0;
}

static int r_period_diff(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(6, false);
    e->iaux = 1;
    e->eval = ev_period;
    return 0;
}

/* ---- DATE_FORMAT, TIME_FORMAT, GET_FORMAT, STR_TO_DATE ---- */

static void ev_date_format(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_temporal t;
    bool time_only = e->iaux != 0;
    char fbuf[PL_TEXT_MAX];
    const char *fmt;
    size_t fn;
    *out = pl_null();
    if (!(time_only ? get_time(cx, e->args[0], &t) : get_datetime(cx, e->args[0], ZR_ANY, &t)) ||
        !get_text(cx, e->args[1], fbuf, &fmt, &fn) || fn == 0) /* an empty format is NULL */
        return;
    size_t cap = fn * PL_DC_FORMAT_EXPANSION + 32;
    char *buf = pl_expr_scratch(cx, e, cap);
    if (!buf)
        return;
    long n = pl_dc_format(&t, time_only, fmt, fn, buf, cap);
    if (n >= 0)
        *out = pl_str(buf, (size_t)n, e->type.coll);
}

static int resolve_format(pl_expr *e, pl_eval_ctx *cx, bool time_only)
{
    const pl_expr *f = e->args[1];
    uint32_t chars = f->kind == PL_E_CONST && f->value.cls == PL_STRING
                         ? f->value.len * PL_DC_FORMAT_EXPANSION
                         : 255;
    e->type = type_string(cx, chars);
    e->iaux = time_only;
    e->eval = ev_date_format;
    return 0;
}

static int r_date_format(pl_expr *e, pl_eval_ctx *cx) { return resolve_format(e, cx, false); }
static int r_time_format(pl_expr *e, pl_eval_ctx *cx) { return resolve_format(e, cx, true); }

static void ev_get_format(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    char buf[PL_TEXT_MAX];
    const char *s, *f;
    size_t n;
    *out = pl_null();
    if (get_text(cx, e->args[1], buf, &s, &n) && (f = pl_dc_get_format((int)e->iaux, s, n)))
        *out = pl_str(f, strlen(f), e->type.coll);
}

static int r_get_format(pl_expr *e, pl_eval_ctx *cx)
{
    const char *k = keyword_arg(e, 0);
    int which = !k                               ? -1
                : strcasecmp(k, "DATE") == 0      ? 0
                : strcasecmp(k, "DATETIME") == 0 || strcasecmp(k, "TIMESTAMP") == 0 ? 1
                : strcasecmp(k, "TIME") == 0      ? 2
                                                  : -1;
    if (which < 0)
        return resolve_error(cx, 1064, "42000", "You have an error in your SQL syntax");
    e->type = type_string(cx, 17);
    e->iaux = which;
    e->eval = ev_get_format;
    return 0;
}

static const char *kind_word(uint8_t field)
{
    return field == PL_F_DATE ? "date" : field == PL_F_TIME ? "time" : "datetime";
}

static void ev_str_to_date(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    char sbuf[PL_TEXT_MAX], fbuf[PL_TEXT_MAX];
    const char *s, *fmt;
    size_t sn, fn;
    pl_temporal t;
    *out = pl_null();
    if (!get_text(cx, e->args[0], sbuf, &s, &sn) || !get_text(cx, e->args[1], fbuf, &fmt, &fn))
        return;
    pl_dc_parse_status st = pl_dc_parse(s, sn, fmt, fn, &t);
    uint8_t field = e->type.field;
    bool bad = st == PL_DC_PARSE_BAD;
    if (!bad && field != PL_F_TIME) {
        /* A real date must exist; zero parts obey sql_mode.  (MySQL
         * returns a day past the month's end, 2004-04-31, when the mode
         * allows it; JimKV's DATE cannot hold one, so it is NULL.) */
        bool zero_date = !t.year && !t.month && !t.day;
        bool zero_part = !t.month || !t.day;
        uint32_t mode = cx->session->sql_mode;
        bad = (t.month && t.day && t.day > pl_dc_days_in_month(t.year, t.month)) ||
              (zero_date && (mode & PL_MODE_NO_ZERO_DATE)) ||
              (!zero_date && zero_part && (mode & PL_MODE_NO_ZERO_IN_DATE));
    }
    if (bad) {
        pl_warn(cx, PL_LEVEL_WARNING, 1411, "Incorrect datetime value: '%.*s%s' for function str_to_date",
                quote_len(sn), s, quote_more(sn));
        return;
    }
    if (st == PL_DC_PARSE_TRAILING)
        pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect %s value: '%.*s%s'", kind_word(field),
                quote_len(sn), s, quote_more(sn));
    if (field == PL_F_TIME) {
        /* The day counts as 24 hours; year and month are dropped. */
        int64_t us = (((int64_t)t.day * 24 + t.hour) * 3600 + t.minute * 60 + t.second) *
                         PL_DC_USEC_PER_SEC + t.microsecond;
        if (!pl_dc_time_from_usec(us, PL_TM_FSP_MAX, &t))
            return;
    }
    set_temporal(cx, e, t, out);
}

/* An expression whose value is fixed for the statement: no columns,
 * parameters, variables or volatile functions. */
static bool is_fixed(const pl_expr *e)
{
    switch ((pl_expr_kind)e->kind) {
    case PL_E_COLUMN:
    case PL_E_PARAM:
    case PL_E_USER_VAR:
        return false;
    case PL_E_FUNC:
        if (e->func->flags & PL_FN_VOLATILE)
            return false;
        break;
    default:
        break;
    }
    for (uint16_t i = 0; i < e->nargs; i++)
        if (e->args[i] && !is_fixed(e->args[i]))
            return false;
    return true;
}

/* The result type comes from the format when it is known now (MySQL's
 * fix_from_format on a constant format, GET_FORMAT(...) included); the
 * warnings of evaluating it early are dropped, evaluation repeats them. */
static int r_str_to_date(pl_expr *e, pl_eval_ctx *cx)
{
    pl_expr *f = e->args[1];
    pl_value fv = pl_null();
    if (is_fixed(f)) {
        uint32_t warnings = cx->session->diag.count;
        pl_eval(f, cx, &fv);
        cx->session->diag.count = warnings;
        if (pl_failed(cx))
            return -1;
    }
    if (fv.cls == PL_STRING) {
        unsigned parts = pl_dc_format_parts(fv.s, fv.len);
        int fsp = parts & PL_DC_PART_FRAC ? PL_TM_FSP_MAX : 0;
        if ((parts & PL_DC_PART_TIME) && (parts & PL_DC_PART_DATE))
            e->type = pl_type_temporal(PL_F_DATETIME, fsp);
        else if (parts & PL_DC_PART_TIME)
            e->type = pl_type_temporal(PL_F_TIME, fsp);
        else
            e->type = pl_type_temporal(PL_F_DATE, 0);
    } else {
        e->type = pl_type_temporal(PL_F_DATETIME, PL_TM_FSP_MAX);
    }
    e->eval = ev_str_to_date;
    return 0;
}

/* ---- the registry ---- */

#define S PL_FN_SESSION
const pl_func pl_funcs_time[] = {
    { "NOW", 0, 1, S, r_now },
    { "CURRENT_TIMESTAMP", 0, 1, S, r_now },
    { "LOCALTIME", 0, 1, S, r_now },
    { "LOCALTIMESTAMP", 0, 1, S, r_now },
    { "SYSDATE", 0, 1, PL_FN_VOLATILE, r_sysdate },
    { "CURDATE", 0, 0, S, r_curdate },
    { "CURRENT_DATE", 0, 0, S, r_curdate },
    { "CURTIME", 0, 1, S, r_curtime },
    { "CURRENT_TIME", 0, 1, S, r_curtime },
    { "UTC_TIMESTAMP", 0, 1, S, r_utc_timestamp },
    { "UTC_DATE", 0, 0, S, r_utc_date },
    { "UTC_TIME", 0, 1, S, r_utc_time },
    { "UNIX_TIMESTAMP", 0, 1, S, r_unix_timestamp },
    { "FROM_UNIXTIME", 1, 2, S, r_from_unixtime },
    { "CONVERT_TZ", 3, 3, 0, r_convert_tz },
    /* Functions that turn a TIME into a DATETIME read the statement's
     * date, so everything taking a date is per statement too. */
    { "DATE_ADD", 2, 2, S, r_date_add },
    { "DATE_SUB", 2, 2, S, r_date_sub },
    { "ADDDATE", 2, 2, S, r_adddate },
    { "SUBDATE", 2, 2, S, r_subdate },
    { "TIMESTAMPADD", 3, 3, S, r_timestampadd },
    { "ADDTIME", 2, 2, S, r_addtime },
    { "SUBTIME", 2, 2, S, r_subtime },
    { "DATEDIFF", 2, 2, S, r_datediff },
    { "TIMEDIFF", 2, 2, S, r_timediff },
    { "TIMESTAMPDIFF", 3, 3, S, r_timestampdiff },
    { "DATE", 1, 1, S, r_date },
    { "TIME", 1, 1, 0, r_time },
    { "TIMESTAMP", 1, 2, S, r_timestamp },
    { "YEAR", 1, 1, S, r_year },
    { "MONTH", 1, 1, S, r_month },
    { "MONTHNAME", 1, 1, S, r_monthname },
    { "DAY", 1, 1, S, r_day },
    { "DAYOFMONTH", 1, 1, S, r_day },
    { "DAYNAME", 1, 1, S, r_dayname },
    { "DAYOFWEEK", 1, 1, S, r_dayofweek },
    { "DAYOFYEAR", 1, 1, S, r_dayofyear },
    { "WEEK", 1, 2, S, r_week },
    { "WEEKDAY", 1, 1, S, r_weekday },
    { "WEEKOFYEAR", 1, 1, S, r_weekofyear },
    { "YEARWEEK", 1, 2, S, r_yearweek },
    { "QUARTER", 1, 1, S, r_quarter },
    { "HOUR", 1, 1, 0, r_hour },
    { "MINUTE", 1, 1, 0, r_minute },
    { "SECOND", 1, 1, 0, r_second },
    { "MICROSECOND", 1, 1, 0, r_microsecond },
    { "LAST_DAY", 1, 1, S, r_last_day },
    { "MAKEDATE", 2, 2, 0, r_makedate },
    { "MAKETIME", 3, 3, 0, r_maketime },
    { "EXTRACT", 2, 2, S, r_extract },
    { "TO_DAYS", 1, 1, S, r_to_days },
    { "FROM_DAYS", 1, 1, 0, r_from_days },
    { "TO_SECONDS", 1, 1, S, r_to_seconds },
    { "SEC_TO_TIME", 1, 1, 0, r_sec_to_time },
    { "TIME_TO_SEC", 1, 1, 0, r_time_to_sec },
    { "PERIOD_ADD", 2, 2, 0, r_period_add },
    { "PERIOD_DIFF", 2, 2, 0, r_period_diff },
    { "DATE_FORMAT", 2, 2, S, r_date_format },
    { "TIME_FORMAT", 2, 2, 0, r_time_format },
    { "GET_FORMAT", 2, 2, 0, r_get_format },
    { "STR_TO_DATE", 2, 2, S, r_str_to_date },
    { NULL, 0, 0, 0, NULL },
};
#undef S
