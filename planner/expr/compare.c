/*
 * Comparison of two values of possibly different types, by MySQL's rules
 * (the manual's "Type Conversion in Expression Evaluation" and
 * Arg_comparator):
 *   - two strings compare as strings in the aggregated collation;
 *   - a temporal against a temporal or a string compares as DATETIME (TIME
 *     against TIME as TIME); a temporal against a number compares as a
 *     number;
 *   - two integers compare as integers (signed against unsigned exactly);
 *   - a DECIMAL against an integer or DECIMAL compares as DECIMAL;
 *   - everything else -- a string against a number included -- compares
 *     as DOUBLE.
 * JSON values compare as their text for now.
 */
#include <limits.h>
#include <string.h>

#include "expr.h"

static bool is_string(const pl_type *t) { return pl_field_class((pl_field)t->field) == PL_STRING; }
static bool is_temporal(const pl_type *t)
{
    return pl_field_class((pl_field)t->field) == PL_TEMPORAL;
}

/* Collation of a comparison or concatenation of two strings: an explicit
 * COLLATE wins, then binary, then the first operand's. */
uint16_t pl_coll_aggregate(const pl_type *a, const pl_type *b)
{
    bool a_str = is_string(a) && a->field != PL_F_NULL, b_str = is_string(b) && b->field != PL_F_NULL;
    if (!a_str && !b_str)
        return PL_COLL_BINARY;
    if (!a_str)
        return b->coll;
    if (!b_str)
        return a->coll;
    if ((a->flags & PL_TF_EXPLICIT_COLL) && !(b->flags & PL_TF_EXPLICIT_COLL))
        return a->coll;
    if ((b->flags & PL_TF_EXPLICIT_COLL) && !(a->flags & PL_TF_EXPLICIT_COLL))
        return b->coll;
    if (a->coll == PL_COLL_BINARY || b->coll == PL_COLL_BINARY)
        return PL_COLL_BINARY;
    if (a->coll == PL_COLL_UTF8MB4_BIN || b->coll == PL_COLL_UTF8MB4_BIN)
        return PL_COLL_UTF8MB4_BIN;
    return a->coll;
}

pl_cmp_type pl_cmp_type_of(const pl_type *a, const pl_type *b, uint16_t *coll)
{
    *coll = PL_COLL_BINARY;
    pl_vclass ca = pl_field_class((pl_field)a->field), cb = pl_field_class((pl_field)b->field);
    if (a->field == PL_F_JSON || b->field == PL_F_JSON) {
        *coll = PL_COLL_UTF8MB4_BIN;
        return PL_CMP_STRING;
    }
    if (ca == PL_NULL)
        ca = cb;
    if (cb == PL_NULL)
        cb = ca;
    if (ca == PL_STRING && cb == PL_STRING) {
        *coll = pl_coll_aggregate(a, b);
        return PL_CMP_STRING;
    }
    if (is_temporal(a) || is_temporal(b)) {
        if (a->field == PL_F_TIME && b->field == PL_F_TIME)
            return PL_CMP_TIME;
        if ((ca == PL_TEMPORAL || ca == PL_STRING) && (cb == PL_TEMPORAL || cb == PL_STRING))
            return (a->field == PL_F_TIME && cb == PL_STRING) || (b->field == PL_F_TIME && ca == PL_STRING)
                       ? PL_CMP_TIME
                       : PL_CMP_TEMPORAL;
        /* A temporal against a number: as numbers, exact when both allow. */
        pl_vclass other = ca == PL_TEMPORAL ? cb : ca;
        return other == PL_DOUBLE ? PL_CMP_DOUBLE : PL_CMP_DECIMAL;
    }
    if (ca == PL_INT && cb == PL_INT)
        return ((a->flags ^ b->flags) & PL_TF_UNSIGNED) ? PL_CMP_UINT_MIXED : PL_CMP_INT;
    if ((ca == PL_DECIMAL || ca == PL_INT) && (cb == PL_DECIMAL || cb == PL_INT))
        return PL_CMP_DECIMAL;
    return PL_CMP_DOUBLE;
}

static int sign3(int c) { return (c > 0) - (c < 0); }

/* A comparable key: DATETIME as microseconds from year 0 (month-aware, no
 * calendar needed since only order matters), TIME as signed microseconds. */
static int64_t temporal_key(const pl_temporal *t)
{
    if (t->kind == PL_TM_TIME) {
        int64_t us = (((int64_t)t->hour * 60 + t->minute) * 60 + t->second) * 1000000 + t->microsecond;
        return t->neg ? -us : us;
    }
    int64_t days = ((int64_t)t->year * 13 + t->month) * 32 + t->day;
    return ((days * 24 + t->hour) * 3600 + t->minute * 60 + t->second) * 1000000 + t->microsecond;
}

/* A string compared with a temporal: an unreadable string warns and counts
 * as the zero date (MySQL compares it rather than returning NULL); the
 * warning names the other side's kind. */
static void string_for_compare(pl_eval_ctx *cx, const pl_value *v, pl_tm_kind kind, bool other_is_date,
                               pl_temporal *out)
{
    pl_tm_status st = pl_tm_parse(v->s, v->len, kind, PL_TM_FSP_MAX, out);
    int n = (int)(v->len > 128 ? 128 : v->len);
    const char *word = kind == PL_TM_TIME ? "time" : other_is_date ? "date" : "datetime";
    if (st == PL_TM_INVALID) {
        pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect %s value: '%.*s'",
                kind == PL_TM_TIME ? "time" : "datetime", n, v->s);
        *out = (pl_temporal){ .kind = (uint8_t)kind };
    } else if (st != PL_TM_OK) {
        pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect %s value: '%.*s'", word, n, v->s);
    }
}

static bool temporal_operand(pl_eval_ctx *cx, const pl_value *v, const pl_type *t, pl_tm_kind kind,
                             const pl_type *other, pl_temporal *out)
{
    if (v->cls == PL_STRING)
        return string_for_compare(cx, v, kind, other->field == PL_F_DATE, out), true;
    return pl_to_temporal(cx, v, t, kind, out);
}

int pl_compare(pl_eval_ctx *cx, pl_cmp_type how, uint16_t coll, const pl_value *a, const pl_type *at,
               const pl_value *b, const pl_type *bt)
{
    switch (how) {
    case PL_CMP_INT:
    case PL_CMP_UINT_MIXED: {
        bool au, bu;
        int64_t x = pl_to_int(cx, a, &au), y = pl_to_int(cx, b, &bu);
        if (au && !bu) {
            if (y < 0)
                return 1;
            return sign3(((uint64_t)x > (uint64_t)y) - ((uint64_t)x < (uint64_t)y));
        }
        if (!au && bu) {
            if (x < 0)
                return -1;
            return sign3(((uint64_t)x > (uint64_t)y) - ((uint64_t)x < (uint64_t)y));
        }
        if (au && bu)
            return ((uint64_t)x > (uint64_t)y) - ((uint64_t)x < (uint64_t)y);
        return (x > y) - (x < y);
    }
    case PL_CMP_DOUBLE: {
        double x = pl_to_double(cx, a), y = pl_to_double(cx, b);
        return (x > y) - (x < y);
    }
    case PL_CMP_DECIMAL: {
        pl_decimal xd, yd;
        const pl_decimal *x = pl_to_decimal(cx, a, &xd), *y = pl_to_decimal(cx, b, &yd);
        return pl_dec_cmp(x, y);
    }
    case PL_CMP_STRING:
    case PL_CMP_JSON: {
        char abuf[PL_TEXT_MAX], bbuf[PL_TEXT_MAX];
        size_t an, bn;
        const char *x = pl_to_text(a, at, abuf, &an), *y = pl_to_text(b, bt, bbuf, &bn);
        return sign3(pl_coll_compare(coll, x, an, y, bn));
    }
    case PL_CMP_TEMPORAL:
    case PL_CMP_TIME: {
        pl_tm_kind kind = how == PL_CMP_TIME ? PL_TM_TIME : PL_TM_DATETIME;
        pl_temporal x, y;
        if (!temporal_operand(cx, a, at, kind, bt, &x) || !temporal_operand(cx, b, bt, kind, at, &y))
            return PL_CMP_RESULT_NULL;
        int64_t kx = temporal_key(&x), ky = temporal_key(&y);
        return (kx > ky) - (kx < ky);
    }
    }
    return 0;
}
