/*
 * MySQL string-to-number conversion and BIGINT arithmetic (see numeric.h for
 * the rules).
 *
 * Doubles: the numeric prefix is scanned here, rewritten as "<digits>e<exp>"
 * in a bounded stack buffer and handed to strtod, which rounds correctly as
 * MySQL's dtoa does.  Integers: each operation turns its operands into sign +
 * magnitude, computes the exact result (with a flag when the magnitude
 * passes 2^64) and narrows it with fit(), the one place that checks range.
 */
#include "numeric.h"

#include <errno.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>

#include <jimkv/assert.h>

const char *pl_num_status_name(pl_num_status st)
{
    switch (st) {
    case PL_NUM_OK: return "OK";
    case PL_NUM_TRUNCATED: return "TRUNCATED";
    case PL_NUM_CLAMPED: return "CLAMPED";
    case PL_NUM_WRAPPED: return "WRAPPED";
    case PL_NUM_OVERFLOW: return "OVERFLOW";
    case PL_NUM_DIV_ZERO: return "DIV_ZERO";
    }
    return "?";
}

/* MySQL's my_isspace for the C locale / ASCII. */
static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Only spaces from i to n: the number ended cleanly. */
static bool rest_is_space(const char *s, size_t i, size_t n)
{
    while (i < n && is_space(s[i]))
        i++;
    return i == n;
}

/* Scanned double prefix: significant digits, exponent adjustment, sign. */
typedef struct dbl_scan {
    char digit[PL_NUM_DIGITS_MAX + 2]; /* + sticky digit + NUL */
    size_t ndigit;
    long exp10; /* value = digits * 10^exp10 */
    bool neg;
    bool any; /* at least one mantissa digit */
    size_t end; /* index just past the number */
} dbl_scan;

static void scan_add_digit(dbl_scan *sc, char c, bool fraction)
{
    if (sc->ndigit == 0 && c == '0') {
        /* Leading zeros carry no significance, only place value. */
        if (fraction)
            sc->exp10--;
        return;
    }
    if (sc->ndigit < PL_NUM_DIGITS_MAX) {
        sc->digit[sc->ndigit++] = c;
        if (fraction)
            sc->exp10--;
        return;
    }
    /* Dropped digits: an integer digit still scales the value by 10; any
     * non-zero one sets the sticky digit so ties round the right way. */
    if (!fraction)
        sc->exp10++;
    if (c != '0')
        sc->digit[PL_NUM_DIGITS_MAX] = '1';
}

static void scan_double(const char *s, size_t n, dbl_scan *sc)
{
    size_t i = 0;
    while (i < n && is_space(s[i]))
        i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        sc->neg = s[i++] == '-';
    for (; i < n && is_digit(s[i]); i++) {
        scan_add_digit(sc, s[i], false);
        sc->any = true;
    }
    if (i < n && s[i] == '.') {
        size_t j = i + 1;
        for (; j < n && is_digit(s[j]); j++) {
            scan_add_digit(sc, s[j], true);
            sc->any = true;
        }
        /* A lone "." is no number; "1." is 1. */
        if (sc->any)
            i = j;
    }
    if (!sc->any)
        return;
    sc->end = i;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        bool eneg = false;
        long e = 0;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            eneg = s[j++] == '-';
        if (j < n && is_digit(s[j])) {
            for (; j < n && is_digit(s[j]); j++)
                if (e < PL_NUM_EXP_MAX)
                    e = e * 10 + (s[j] - '0');
            sc->exp10 += eneg ? -e : e;
            sc->end = j;
        }
    }
}

pl_num_status pl_num_str_to_double(const char *s, size_t n, double *out)
{
    JK_ASSERT(s != NULL || n == 0);
    JK_ASSERT(out != NULL);
    dbl_scan sc = {0};
    scan_double(s, n, &sc);
    if (!sc.any) {
        *out = 0.0;
        return PL_NUM_TRUNCATED;
    }
    pl_num_status st = rest_is_space(s, sc.end, n) ? PL_NUM_OK : PL_NUM_TRUNCATED;
    if (sc.ndigit == 0) {
        *out = 0.0;
        return st;
    }
    if (sc.digit[PL_NUM_DIGITS_MAX] == '1') {
        /* The sticky digit sits one place below the last kept digit. */
        sc.digit[sc.ndigit++] = '1';
        sc.exp10--;
    }
    sc.digit[sc.ndigit] = '\0';
    if (sc.exp10 > PL_NUM_EXP_MAX)
        sc.exp10 = PL_NUM_EXP_MAX;
    if (sc.exp10 < -PL_NUM_EXP_MAX)
        sc.exp10 = -PL_NUM_EXP_MAX;
    char text[PL_NUM_DIGITS_MAX + 32];
    snprintf(text, sizeof text, "%s%se%ld", sc.neg ? "-" : "", sc.digit, sc.exp10);
    errno = 0;
    double v = strtod(text, NULL);
    if (errno == ERANGE && (v > 1.0 || v < -1.0)) {
        *out = sc.neg ? -DBL_MAX : DBL_MAX;
        return PL_NUM_CLAMPED;
    }
    /* Underflow keeps strtod's denormal or zero, as MySQL does silently;
     * "-1e-400" must not print as -0. */
    *out = v == 0.0 ? 0.0 : v;
    return st;
}

pl_num_status pl_num_str_to_int(const char *s, size_t n, int64_t *out)
{
    JK_ASSERT(s != NULL || n == 0);
    JK_ASSERT(out != NULL);
    size_t i = 0;
    bool neg = false, any = false, big = false;
    uint64_t mag = 0;
    while (i < n && is_space(s[i]))
        i++;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    for (; i < n && is_digit(s[i]); i++) {
        unsigned d = (unsigned)(s[i] - '0');
        any = true;
        if (mag > (UINT64_MAX - d) / 10)
            big = true;
        else
            mag = mag * 10 + d;
    }
    if (!any) {
        *out = 0;
        return PL_NUM_TRUNCATED;
    }
    pl_num_status st = rest_is_space(s, i, n) ? PL_NUM_OK : PL_NUM_TRUNCATED;
    /* my_strtoll10 limits: a negative value stops at INT64_MIN, a positive
     * one at UINT64_MAX; both are warning 1292. */
    if (neg) {
        if (big || mag > (uint64_t)INT64_MAX + 1) {
            *out = INT64_MIN;
            return PL_NUM_TRUNCATED;
        }
        *out = mag == 0 ? 0 : (int64_t)(0 - mag);
        return st;
    }
    if (big) {
        *out = -1; /* UINT64_MAX's bits */
        return PL_NUM_TRUNCATED;
    }
    *out = (int64_t)mag; /* implementation-defined wrap; gcc/clang keep bits */
    if (mag > (uint64_t)INT64_MAX && st == PL_NUM_OK)
        return PL_NUM_WRAPPED;
    return st;
}

pl_int pl_int_signed(int64_t v)
{
    pl_int x = {(uint64_t)v, false};
    return x;
}

pl_int pl_int_unsigned(uint64_t v)
{
    pl_int x = {v, true};
    return x;
}

/* Exact value: sign + magnitude, `big` when |value| >= 2^64. */
typedef struct sm {
    uint64_t mag;
    bool neg;
    bool big;
} sm;

static sm to_sm(pl_int x)
{
    sm r = {x.bits, false, false};
    if (!x.is_unsigned && (int64_t)x.bits < 0) {
        r.neg = true;
        r.mag = 0 - x.bits;
    }
    return r;
}

/* Narrow an exact result to the result type: the one range check. */
static pl_num_status fit(sm r, bool is_unsigned, pl_int *out)
{
    out->is_unsigned = is_unsigned;
    out->bits = 0;
    if (r.big)
        return PL_NUM_OVERFLOW;
    if (r.mag == 0)
        return PL_NUM_OK;
    if (is_unsigned) {
        if (r.neg)
            return PL_NUM_OVERFLOW;
        out->bits = r.mag;
        return PL_NUM_OK;
    }
    if (r.neg ? r.mag > (uint64_t)INT64_MAX + 1 : r.mag > (uint64_t)INT64_MAX)
        return PL_NUM_OVERFLOW;
    out->bits = r.neg ? 0 - r.mag : r.mag;
    return PL_NUM_OK;
}

static sm sm_add(sm a, sm b)
{
    sm r = {0, a.neg, false};
    if (a.neg == b.neg) {
        r.mag = a.mag + b.mag;
        r.big = r.mag < a.mag;
    } else if (a.mag >= b.mag) {
        r.mag = a.mag - b.mag;
    } else {
        r.mag = b.mag - a.mag;
        r.neg = b.neg;
    }
    return r;
}

pl_num_status pl_int_add(pl_int a, pl_int b, pl_int *out)
{
    JK_ASSERT(out != NULL);
    return fit(sm_add(to_sm(a), to_sm(b)), a.is_unsigned || b.is_unsigned, out);
}

pl_num_status pl_int_sub(pl_int a, pl_int b, pl_int *out)
{
    JK_ASSERT(out != NULL);
    sm nb = to_sm(b);
    nb.neg = !nb.neg;
    return fit(sm_add(to_sm(a), nb), a.is_unsigned || b.is_unsigned, out);
}

pl_num_status pl_int_mul(pl_int a, pl_int b, pl_int *out)
{
    JK_ASSERT(out != NULL);
    sm x = to_sm(a), y = to_sm(b), r = {0, x.neg != y.neg, false};
    r.big = __builtin_mul_overflow(x.mag, y.mag, &r.mag);
    return fit(r, a.is_unsigned || b.is_unsigned, out);
}

pl_num_status pl_int_div(pl_int a, pl_int b, pl_int *out)
{
    JK_ASSERT(out != NULL);
    bool u = a.is_unsigned || b.is_unsigned;
    sm x = to_sm(a), y = to_sm(b);
    if (y.mag == 0) {
        fit(y, u, out);
        return PL_NUM_DIV_ZERO;
    }
    sm r = {x.mag / y.mag, x.neg != y.neg, false}; /* C truncates toward zero */
    return fit(r, u, out);
}

pl_num_status pl_int_mod(pl_int a, pl_int b, pl_int *out)
{
    JK_ASSERT(out != NULL);
    sm x = to_sm(a), y = to_sm(b);
    if (y.mag == 0) {
        fit(y, a.is_unsigned, out);
        return PL_NUM_DIV_ZERO;
    }
    sm r = {x.mag % y.mag, x.neg, false};
    pl_num_status st = fit(r, a.is_unsigned, out);
    JK_ASSERT(st == PL_NUM_OK); /* |remainder| < |dividend| always fits */
    return st;
}

pl_num_status pl_int_neg(pl_int a, pl_int *out)
{
    JK_ASSERT(out != NULL);
    sm r = to_sm(a);
    r.neg = !r.neg;
    return fit(r, false, out);
}

size_t pl_int_to_string(pl_int x, char *buf)
{
    JK_ASSERT(buf != NULL);
    int n;
    if (x.is_unsigned)
        n = snprintf(buf, PL_INT_STR_MAX, "%llu", (unsigned long long)x.bits);
    else
        n = snprintf(buf, PL_INT_STR_MAX, "%lld", (long long)(int64_t)x.bits);
    JK_ASSERT(n > 0 && n < PL_INT_STR_MAX);
    return (size_t)n;
}
