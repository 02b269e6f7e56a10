/*
 * Implicit conversions between storage classes: MySQL's val_int(),
 * val_real(), val_decimal(), val_str() and get_date() of any value.
 *
 * Each conversion that loses information warns as MySQL does (1292
 * "Truncated incorrect <TYPE> value: '<text>'"), quoting the source text;
 * the text is cut at TEXT_QUOTE_MAX bytes as MySQL's ErrConvString cuts it.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "expr.h"
#include "numeric.h"

#define TEXT_QUOTE_MAX 128

static int quote_len(size_t n) { return (int)(n > TEXT_QUOTE_MAX ? TEXT_QUOTE_MAX : n); }

static void warn_truncated(pl_eval_ctx *cx, const char *what, const char *s, size_t n)
{
    if (cx->quiet)
        return;
    pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect %s value: '%.*s'", what, quote_len(n), s);
}

/* Temporal values as numbers: YYYYMMDD, YYYYMMDDhhmmss, [-]hhmmss. */
static uint64_t temporal_digits(const pl_temporal *t)
{
    uint64_t date = (uint64_t)t->year * 10000 + (uint64_t)t->month * 100 + t->day;
    uint64_t time = (uint64_t)t->hour * 10000 + (uint64_t)t->minute * 100 + t->second;
    switch (t->kind) {
    case PL_TM_DATE:
        return date;
    case PL_TM_TIME:
        return time;
    default:
        return date * 1000000 + time;
    }
}

/* A hex or bit literal's bytes as an unsigned big-endian number; more than
 * 8 significant bytes saturate, as MySQL's Item_hex_string::val_int. */
static uint64_t hexnum_value(const pl_value *v)
{
    size_t i = 0;
    while (i < v->len && v->s[i] == 0)
        i++;
    if (v->len - i > 8)
        return UINT64_MAX;
    uint64_t r = 0;
    for (; i < v->len; i++)
        r = r << 8 | (unsigned char)v->s[i];
    return r;
}

static int64_t double_to_int(pl_eval_ctx *cx, double d, bool *is_unsigned)
{
    double r = rint(d);
    if (r >= 9223372036854775808.0 || r < -9223372036854775808.0 || isnan(r)) {
        char buf[PL_DOUBLE_STR_MAX];
        size_t n = pl_double_to_string(d, PL_DECIMALS_NOT_FIXED, false, buf);
        warn_truncated(cx, "INTEGER", buf, n);
        return r < 0 ? INT64_MIN : INT64_MAX;
    }
    if (is_unsigned)
        *is_unsigned = false;
    return (int64_t)r;
}

static int64_t to_int(pl_eval_ctx *cx, const pl_value *v, bool *is_unsigned);
static double to_double(pl_eval_ctx *cx, const pl_value *v);
static const pl_decimal *to_decimal(pl_eval_ctx *cx, const pl_value *v, pl_decimal *out);

/* The public conversions silence warnings for PL_VF_QUIET values. */
int64_t pl_to_int(pl_eval_ctx *cx, const pl_value *v, bool *is_unsigned)
{
    bool was = cx->quiet;
    cx->quiet = was || (v->flags & PL_VF_QUIET);
    int64_t r = to_int(cx, v, is_unsigned);
    cx->quiet = was;
    return r;
}

double pl_to_double(pl_eval_ctx *cx, const pl_value *v)
{
    bool was = cx->quiet;
    cx->quiet = was || (v->flags & PL_VF_QUIET);
    double r = to_double(cx, v);
    cx->quiet = was;
    return r;
}

const pl_decimal *pl_to_decimal(pl_eval_ctx *cx, const pl_value *v, pl_decimal *out)
{
    bool was = cx->quiet;
    cx->quiet = was || (v->flags & PL_VF_QUIET);
    const pl_decimal *r = to_decimal(cx, v, out);
    cx->quiet = was;
    return r;
}

static int64_t to_int(pl_eval_ctx *cx, const pl_value *v, bool *is_unsigned)
{
    if (is_unsigned)
        *is_unsigned = false;
    switch ((pl_vclass)v->cls) {
    case PL_NULL:
        return 0;
    case PL_INT:
        if (is_unsigned)
            *is_unsigned = (v->flags & PL_VF_UNSIGNED) != 0;
        return v->i;
    case PL_DOUBLE:
        return double_to_int(cx, v->d, is_unsigned);
    case PL_DECIMAL: {
        int64_t r;
        if (pl_dec_to_int64(v->dec, &r) != PL_DEC_OK) {
            char buf[PL_DEC_STR_MAX];
            size_t n = pl_dec_to_string(v->dec, buf);
            warn_truncated(cx, "INTEGER", buf, n);
        }
        return r;
    }
    case PL_STRING: {
        if (v->flags & PL_VF_HEXNUM) {
            if (is_unsigned)
                *is_unsigned = true;
            return (int64_t)hexnum_value(v);
        }
        int64_t r;
        pl_num_status st = pl_num_str_to_int(v->s, v->len, &r);
        if (st == PL_NUM_TRUNCATED || st == PL_NUM_OVERFLOW || st == PL_NUM_CLAMPED)
            warn_truncated(cx, "INTEGER", v->s, v->len);
        else if (st == PL_NUM_WRAPPED && is_unsigned)
            *is_unsigned = true;
        return r;
    }
    case PL_TEMPORAL: {
        pl_temporal t = v->tm;
        /* MySQL 8 rounds the fraction away when a temporal becomes an integer. */
        if (t.microsecond >= 500000 && t.kind != PL_TM_DATE) {
            pl_temporal r;
            char buf[PL_TM_STR_MAX];
            t.fsp = 6;
            size_t n = pl_tm_to_string(&t, buf);
            if (pl_tm_parse(buf, n, (pl_tm_kind)t.kind, 0, &r) != PL_TM_INVALID)
                t = r;
        }
        int64_t d = (int64_t)temporal_digits(&t);
        return t.neg ? -d : d;
    }
    }
    return 0;
}

static double to_double(pl_eval_ctx *cx, const pl_value *v)
{
    switch ((pl_vclass)v->cls) {
    case PL_NULL:
        return 0;
    case PL_INT:
        return (v->flags & PL_VF_UNSIGNED) ? (double)v->u : (double)v->i;
    case PL_DOUBLE:
        return v->d;
    case PL_DECIMAL:
        return pl_dec_to_double(v->dec);
    case PL_STRING: {
        if (v->flags & PL_VF_HEXNUM)
            return (double)hexnum_value(v);
        double d;
        pl_num_status st = pl_num_str_to_double(v->s, v->len, &d);
        if (st == PL_NUM_TRUNCATED || st == PL_NUM_CLAMPED)
            warn_truncated(cx, "DOUBLE", v->s, v->len);
        return d;
    }
    case PL_TEMPORAL: {
        double d = (double)temporal_digits(&v->tm) + v->tm.microsecond / 1e6;
        return v->tm.neg ? -d : d;
    }
    }
    return 0;
}

static const pl_decimal *to_decimal(pl_eval_ctx *cx, const pl_value *v, pl_decimal *out)
{
    switch ((pl_vclass)v->cls) {
    case PL_NULL:
        pl_dec_from_int64(0, out);
        break;
    case PL_INT:
        if (v->flags & PL_VF_UNSIGNED)
            pl_dec_from_uint64(v->u, out);
        else
            pl_dec_from_int64(v->i, out);
        break;
    case PL_DOUBLE:
        if (pl_dec_from_double(v->d, out) != PL_DEC_OK) {
            char buf[PL_DOUBLE_STR_MAX];
            size_t n = pl_double_to_string(v->d, PL_DECIMALS_NOT_FIXED, false, buf);
            warn_truncated(cx, "DECIMAL", buf, n);
        }
        break;
    case PL_DECIMAL:
        return v->dec;
    case PL_STRING: {
        if (v->flags & PL_VF_HEXNUM) {
            pl_dec_from_uint64(hexnum_value(v), out);
            break;
        }
        pl_dec_status st = pl_dec_parse(v->s, v->len, out);
        if (st != PL_DEC_OK)
            warn_truncated(cx, "DECIMAL", v->s, v->len);
        break;
    }
    case PL_TEMPORAL: {
        char buf[48];
        int n = snprintf(buf, sizeof buf, "%s%llu", v->tm.neg ? "-" : "",
                         (unsigned long long)temporal_digits(&v->tm));
        if (v->tm.fsp > 0 && v->tm.kind != PL_TM_DATE) {
            char frac[8];
            snprintf(frac, sizeof frac, "%06u", (unsigned)v->tm.microsecond);
            n += snprintf(buf + n, sizeof buf - (size_t)n, ".%.*s", (int)v->tm.fsp, frac);
        }
        pl_dec_parse(buf, (size_t)n, out);
        break;
    }
    }
    return out;
}

const char *pl_to_text(const pl_value *v, const pl_type *t, char *buf, size_t *len)
{
    switch ((pl_vclass)v->cls) {
    case PL_NULL:
        *len = 0;
        buf[0] = '\0';
        return buf;
    case PL_INT:
        if (t && t->field == PL_F_YEAR) {
            *len = (size_t)snprintf(buf, PL_TEXT_MAX, "%04lld", (long long)v->i);
            return buf;
        }
        *len = pl_int_to_string((pl_int){ v->u, (v->flags & PL_VF_UNSIGNED) != 0 }, buf);
        return buf;
    case PL_DOUBLE:
        *len = pl_double_to_string(v->d, t ? t->decimals : PL_DECIMALS_NOT_FIXED,
                                   t && t->field == PL_F_FLOAT, buf);
        return buf;
    case PL_DECIMAL:
        /* Values carry more digits between operators than their type shows
         * (1/3 is 0.333333333 inside, 0.3333 outside): show the type's. */
        if (t && pl_field_class((pl_field)t->field) == PL_DECIMAL && t->decimals <= PL_DEC_SCALE_MAX &&
            t->decimals != v->dec->scale) {
            pl_decimal r;
            if (pl_dec_round(v->dec, t->decimals, &r) == PL_DEC_OK) {
                *len = pl_dec_to_string(&r, buf);
                return buf;
            }
        }
        *len = pl_dec_to_string(v->dec, buf);
        return buf;
    case PL_STRING:
        *len = v->len;
        return v->s;
    case PL_TEMPORAL:
        *len = pl_tm_to_string(&v->tm, buf);
        return buf;
    }
    *len = 0;
    return buf;
}

/* MySQL names DATE and DATETIME failures "datetime" alike. */
static const char *kind_word(pl_tm_kind kind) { return kind == PL_TM_TIME ? "time" : "datetime"; }

/* Broken-down date of the statement time, for TIME -> DATETIME. */
static void statement_date(pl_eval_ctx *cx, pl_temporal *t)
{
    int64_t secs = cx->stmt_time_us / 1000000 + cx->session->time_zone_offset;
    int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    /* Civil date from days since 1970-01-01 (Howard Hinnant's algorithm). */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    t->year = (uint16_t)(y + (m <= 2));
    t->month = (uint8_t)m;
    t->day = (uint8_t)d;
}

static bool days_in_range(unsigned y, unsigned m) { return y <= 9999 && m <= 12; }

/* TIME plus the statement's date, with the hours carried into days. */
static bool time_to_datetime(pl_eval_ctx *cx, const pl_temporal *tm, pl_temporal *out)
{
    pl_temporal d = { 0 };
    statement_date(cx, &d);
    /* Seconds relative to midnight of today, possibly negative or > 1 day. */
    int64_t us = ((int64_t)tm->hour * 3600 + tm->minute * 60 + tm->second) * 1000000 + tm->microsecond;
    if (tm->neg)
        us = -us;
    int64_t day_us = 86400LL * 1000000;
    int64_t day_shift = us >= 0 ? us / day_us : -((-us + day_us - 1) / day_us);
    us -= day_shift * day_us;
    /* Shift the civil date by day_shift days through the same algorithm. */
    int64_t y = d.year, m = d.month, dd = d.day;
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + dd - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    int64_t days = era * 146097 + doe - 719468 + day_shift;
    pl_eval_ctx shifted = *cx;
    shifted.stmt_time_us = days * 86400 * 1000000 - (int64_t)cx->session->time_zone_offset * 1000000;
    statement_date(&shifted, &d);
    if (!days_in_range(d.year, d.month))
        return false;
    *out = (pl_temporal){ .kind = PL_TM_DATETIME, .fsp = tm->fsp, .year = d.year, .month = d.month,
                          .day = d.day };
    out->hour = (uint16_t)(us / 3600000000LL);
    out->minute = (uint8_t)(us / 60000000 % 60);
    out->second = (uint8_t)(us / 1000000 % 60);
    out->microsecond = (uint32_t)(us % 1000000);
    return true;
}

static bool from_temporal(pl_eval_ctx *cx, const pl_temporal *in, pl_tm_kind kind, pl_temporal *out)
{
    *out = *in;
    if (in->kind == kind)
        return true;
    switch (kind) {
    case PL_TM_DATE:
        if (in->kind == PL_TM_TIME) {
            pl_temporal dt;
            if (!time_to_datetime(cx, in, &dt))
                return false;
            *out = dt;
        }
        out->kind = PL_TM_DATE;
        out->hour = out->minute = out->second = 0;
        out->microsecond = 0;
        out->fsp = 0;
        return true;
    case PL_TM_DATETIME:
        if (in->kind == PL_TM_TIME)
            return time_to_datetime(cx, in, out);
        out->kind = PL_TM_DATETIME;
        return true;
    case PL_TM_TIME:
        out->kind = PL_TM_TIME;
        out->neg = false;
        out->year = 0;
        out->month = 0;
        out->day = 0;
        return true;
    }
    return false;
}

/* sql_mode NO_ZERO_DATE refuses 0000-00-00 and NO_ZERO_IN_DATE a zero
 * month or day, turning the conversion into NULL with a warning. */
static bool zero_date_refused(pl_eval_ctx *cx, const pl_temporal *t, pl_tm_kind kind)
{
    if (kind == PL_TM_TIME)
        return false;
    uint32_t mode = cx->session->sql_mode;
    bool all_zero = t->year == 0 && t->month == 0 && t->day == 0;
    if (all_zero)
        return (mode & PL_MODE_NO_ZERO_DATE) != 0;
    return (mode & PL_MODE_NO_ZERO_IN_DATE) && (t->month == 0 || t->day == 0);
}

static bool number_to_temporal(pl_eval_ctx *cx, const pl_value *v, pl_tm_kind kind, pl_temporal *out)
{
    /* Integer part by the number rules, fraction as microseconds. */
    char buf[PL_TEXT_MAX];
    size_t n;
    const char *text = pl_to_text(v, NULL, buf, &n);
    int64_t whole;
    uint32_t usec = 0;
    bool neg = false;
    if (v->cls == PL_INT) {
        whole = v->i;
        if ((v->flags & PL_VF_UNSIGNED) && v->i < 0)
            whole = INT64_MAX;
    } else {
        double d = v->cls == PL_DOUBLE ? v->d : pl_dec_to_double(v->dec);
        neg = d < 0;
        double a = fabs(d);
        if (a >= 1e19) {
            pl_warn(cx, PL_LEVEL_WARNING, 1292, "Incorrect %s value: '%.*s'", kind_word(kind),
                    quote_len(n), text);
            return false;
        }
        double ip = floor(a);
        whole = (int64_t)ip;
        usec = (uint32_t)llround((a - ip) * 1e6);
        if (usec >= 1000000) {
            usec = 0;
            whole++;
        }
        if (neg)
            whole = -whole;
    }
    pl_tm_status st = pl_tm_from_int64(whole, kind, out);
    if (st == PL_TM_INVALID || zero_date_refused(cx, out, kind)) {
        pl_warn(cx, PL_LEVEL_WARNING, 1292, "Incorrect %s value: '%.*s'", kind_word(kind),
                quote_len(n), text);
        return false;
    }
    if (usec && kind != PL_TM_DATE) {
        out->microsecond = usec;
        out->fsp = 6;
    }
    if (st != PL_TM_OK)
        pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect %s value: '%.*s'", kind_word(kind),
                quote_len(n), text);
    return true;
}

bool pl_to_temporal(pl_eval_ctx *cx, const pl_value *v, const pl_type *t, pl_tm_kind kind,
                    pl_temporal *out)
{
    (void)t;
    switch ((pl_vclass)v->cls) {
    case PL_NULL:
        return false;
    case PL_TEMPORAL:
        return from_temporal(cx, &v->tm, kind, out);
    case PL_INT:
    case PL_DOUBLE:
    case PL_DECIMAL:
        return number_to_temporal(cx, v, kind, out);
    case PL_STRING: {
        pl_tm_status st = pl_tm_parse(v->s, v->len, kind, PL_TM_FSP_MAX, out);
        if (st == PL_TM_INVALID || zero_date_refused(cx, out, kind)) {
            pl_warn(cx, PL_LEVEL_WARNING, 1292, "Incorrect %s value: '%.*s'", kind_word(kind),
                    quote_len(v->len), v->s);
            return false;
        }
        if (st != PL_TM_OK)
            pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect %s value: '%.*s'",
                    kind == PL_TM_DATE ? "date" : kind_word(kind), quote_len(v->len), v->s);
        /* The fsp of a parsed string is the digits it has (at most 6). */
        return true;
    }
    }
    return false;
}

int pl_to_bool(pl_eval_ctx *cx, const pl_value *v)
{
    switch ((pl_vclass)v->cls) {
    case PL_NULL:
        return -1;
    case PL_INT:
        return v->i != 0;
    case PL_DOUBLE:
        return v->d != 0;
    case PL_DECIMAL:
        return !pl_dec_is_zero(v->dec);
    case PL_STRING:
        return pl_to_double(cx, v) != 0;
    case PL_TEMPORAL:
        return temporal_digits(&v->tm) != 0 || v->tm.microsecond != 0;
    }
    return 0;
}
