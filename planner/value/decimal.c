/*
 * MySQL DECIMAL arithmetic (see decimal.h for the rules and representation).
 *
 * Every operation widens its operands into a `wide` scratch number (one
 * decimal digit per byte, enough for a 65-digit value shifted by the largest
 * exponent any operation needs), computes exactly, and narrows with fit(),
 * the one place that rounds to the result scale and detects overflow.
 */
#include "decimal.h"

#include <math.h>
#include <stdlib.h>

#include "value.h"

#include <string.h>

#include <jimkv/assert.h>

/* div needs 65 digits shifted by up to 30 + 1 + 30 places. */
#define PL_DEC_WIDE 200

typedef struct wide {
    uint8_t d[PL_DEC_WIDE]; /* least significant first */
} wide;

const char *pl_dec_status_name(pl_dec_status st)
{
    switch (st) {
    case PL_DEC_OK: return "OK";
    case PL_DEC_TRUNCATED: return "TRUNCATED";
    case PL_DEC_OVERFLOW: return "OVERFLOW";
    case PL_DEC_BAD: return "BAD";
    case PL_DEC_DIV_ZERO: return "DIV_ZERO";
    }
    return "?";
}

bool pl_dec_valid(const pl_decimal *x)
{
    bool zero = true;
    if (x->scale > PL_DEC_SCALE_MAX)
        return false;
    for (int i = 0; i < PL_DEC_DIGITS_MAX; i++) {
        if (x->digit[i] > 9)
            return false;
        if (x->digit[i])
            zero = false;
    }
    return !(zero && x->neg);
}

static int wide_len(const wide *w)
{
    int n = PL_DEC_WIDE;
    while (n > 0 && w->d[n - 1] == 0)
        n--;
    return n;
}

static void widen(const pl_decimal *x, int shift, wide *w)
{
    JK_ASSERT(shift >= 0 && shift + PL_DEC_DIGITS_MAX <= PL_DEC_WIDE);
    memset(w, 0, sizeof *w);
    memcpy(w->d + shift, x->digit, PL_DEC_DIGITS_MAX);
}

static int wide_cmp(const wide *a, const wide *b)
{
    for (int i = PL_DEC_WIDE - 1; i >= 0; i--)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* a += b.  Callers keep values far below 10^PL_DEC_WIDE, so no carry is lost. */
static void wide_add(wide *a, const wide *b)
{
    int carry = 0;
    for (int i = 0; i < PL_DEC_WIDE; i++) {
        int s = a->d[i] + b->d[i] + carry;
        carry = s >= 10;
        a->d[i] = (uint8_t)(s - 10 * carry);
    }
    JK_ASSERT(carry == 0);
}

/* a -= b, requires a >= b. */
static void wide_sub(wide *a, const wide *b)
{
    int borrow = 0;
    for (int i = 0; i < PL_DEC_WIDE; i++) {
        int s = a->d[i] - b->d[i] - borrow;
        borrow = s < 0;
        a->d[i] = (uint8_t)(s + 10 * borrow);
    }
    JK_ASSERT(borrow == 0);
}

/* Drop the k low digits, rounding half away from zero when `round` is set
 * (magnitudes only, so "half up" on the magnitude is "away from zero"). */
static void wide_drop(wide *w, int k, bool round)
{
    JK_ASSERT(k >= 0 && k <= PL_DEC_WIDE);
    if (k == 0)
        return;
    bool up = round && w->d[k - 1] >= 5;
    memmove(w->d, w->d + k, (size_t)(PL_DEC_WIDE - k));
    memset(w->d + PL_DEC_WIDE - k, 0, (size_t)k);
    for (int i = 0; up && i < PL_DEC_WIDE; i++) {
        up = w->d[i] == 9;
        w->d[i] = up ? 0 : (uint8_t)(w->d[i] + 1);
    }
}

static void wide_shift_up(wide *w, int k)
{
    JK_ASSERT(k >= 0 && wide_len(w) + k <= PL_DEC_WIDE);
    memmove(w->d + k, w->d, (size_t)(PL_DEC_WIDE - k));
    memset(w->d, 0, (size_t)k);
}

/* Narrow w * 10^-scale to out: round (or truncate) to at most 30
 * fractional digits; a result needing more than 65 digits in all is an
 * overflow (MySQL error 1690), never silently shortened. */
static pl_dec_status fit(wide *w, int scale, bool neg, bool round, pl_decimal *out)
{
    JK_ASSERT(scale >= 0);
    if (scale > PL_DEC_SCALE_MAX) {
        wide_drop(w, scale - PL_DEC_SCALE_MAX, round);
        scale = PL_DEC_SCALE_MAX;
    }
    if (wide_len(w) > PL_DEC_DIGITS_MAX) {
        memset(out, 0, sizeof *out);
        return PL_DEC_OVERFLOW;
    }
    memcpy(out->digit, w->d, PL_DEC_DIGITS_MAX);
    out->scale = (uint8_t)scale;
    out->neg = neg && wide_len(w) > 0;
    JK_ASSERT(pl_dec_valid(out));
    return PL_DEC_OK;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static void set_max(int prec, int scale, bool neg, pl_decimal *out)
{
    memset(out, 0, sizeof *out);
    memset(out->digit, 9, (size_t)prec);
    out->scale = (uint8_t)scale;
    out->neg = neg;
}

pl_dec_status pl_dec_parse(const char *s, size_t n, pl_decimal *out)
{
    JK_ASSERT(s != NULL || n == 0);
    const char *p = s, *end = s + n;
    wide w;
    memset(&w, 0, sizeof w);
    memset(out, 0, sizeof *out);
    while (p < end && is_space(*p))
        p++;
    bool neg = false;
    if (p < end && (*p == '-' || *p == '+'))
        neg = *p++ == '-';

    /* Collect significant digits most significant first into a small
     * buffer; leading zeros carry no information. */
    uint8_t sig[PL_DEC_WIDE];
    int nsig = 0, frac = 0, ndig = 0;
    for (; p < end && is_digit(*p); p++, ndig++) {
        if (nsig == 0 && *p == '0')
            continue;
        if (nsig < PL_DEC_WIDE / 2)
            sig[nsig++] = (uint8_t)(*p - '0');
        else
            return set_max(PL_DEC_DIGITS_MAX, 0, neg, out), PL_DEC_OVERFLOW;
    }
    if (p < end && *p == '.') {
        p++;
        for (; p < end && is_digit(*p); p++, ndig++) {
            if (nsig < PL_DEC_WIDE / 2) {
                sig[nsig++] = (uint8_t)(*p - '0'); /* zeros here are significant */
                frac++;
            }
            /* Digits past 100 fractional places cannot affect a value
             * rounded to 30 places, except as a rounding tie-break that
             * MySQL's 81-digit buffer ignores as well. */
        }
    }
    if (ndig == 0)
        return PL_DEC_BAD;
    long exp = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        bool eneg = false;
        if (q < end && (*q == '-' || *q == '+'))
            eneg = *q++ == '-';
        if (q < end && is_digit(*q)) {
            for (; q < end && is_digit(*q); q++)
                if (exp < 100000)
                    exp = exp * 10 + (*q - '0');
            exp = eneg ? -exp : exp;
            p = q;
        }
    }
    while (p < end && is_space(*p))
        p++;
    bool trailing = p < end;

    /* value = sig * 10^(exp - frac).  Leading zeros of sig (from the
     * fraction) do not count toward the integer part. */
    int lead = 0;
    while (lead < nsig && sig[lead] == 0)
        lead++;
    long scale = (long)frac - exp;
    long intd = (long)(nsig - lead) - scale; /* integer digits of the value */
    if (lead < nsig && intd > PL_DEC_DIGITS_MAX)
        return set_max(PL_DEC_DIGITS_MAX, 0, neg, out), PL_DEC_OVERFLOW;
    if (scale < 0) {
        /* 1e3: append zeros so the scale is 0. */
        for (long i = 0; i < -scale && nsig < PL_DEC_WIDE; i++)
            sig[nsig++] = 0;
        scale = 0;
    }
    if (scale > PL_DEC_WIDE / 2) {
        /* So small that even rounding to 30 places gives 0. */
        nsig = 0;
        scale = 0;
    }
    for (int i = lead; i < nsig; i++)
        w.d[nsig - 1 - i] = sig[i];
    pl_dec_status st = fit(&w, (int)scale, neg, true, out);
    if (st != PL_DEC_OK)
        return set_max(PL_DEC_DIGITS_MAX, 0, neg, out), st;
    return trailing ? PL_DEC_TRUNCATED : PL_DEC_OK;
}

size_t pl_dec_to_string(const pl_decimal *x, char *buf)
{
    JK_ASSERT(pl_dec_valid(x));
    char *p = buf;
    int n = PL_DEC_DIGITS_MAX;
    while (n > 0 && x->digit[n - 1] == 0)
        n--;
    if (x->neg)
        *p++ = '-';
    if (n <= x->scale)
        *p++ = '0';
    for (int i = n - 1; i >= x->scale; i--)
        *p++ = (char)('0' + x->digit[i]);
    if (x->scale > 0) {
        *p++ = '.';
        for (int i = x->scale - 1; i >= 0; i--)
            *p++ = (char)('0' + x->digit[i]);
    }
    *p = '\0';
    JK_ASSERT((size_t)(p - buf) < PL_DEC_STR_MAX);
    return (size_t)(p - buf);
}

void pl_dec_from_uint64(uint64_t v, pl_decimal *out)
{
    memset(out, 0, sizeof *out);
    for (int i = 0; v != 0; i++, v /= 10)
        out->digit[i] = (uint8_t)(v % 10);
    JK_ASSERT(pl_dec_valid(out));
}

void pl_dec_from_int64(int64_t v, pl_decimal *out)
{
    /* Negate in unsigned arithmetic: -INT64_MIN does not fit int64_t. */
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    pl_dec_from_uint64(mag, out);
    out->neg = v < 0;
    JK_ASSERT(pl_dec_valid(out));
}

pl_dec_status pl_dec_to_int64(const pl_decimal *x, int64_t *out)
{
    JK_ASSERT(pl_dec_valid(x));
    wide w;
    widen(x, 0, &w);
    wide_drop(&w, x->scale, true);
    uint64_t limit = x->neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    uint64_t mag = 0;
    for (int i = wide_len(&w) - 1; i >= 0; i--) {
        if (mag > (limit - w.d[i]) / 10) {
            *out = x->neg ? INT64_MIN : INT64_MAX;
            return PL_DEC_OVERFLOW;
        }
        mag = mag * 10 + w.d[i];
    }
    *out = x->neg ? (int64_t)(0 - mag) : (int64_t)mag;
    return PL_DEC_OK;
}

static int mag_cmp_aligned(const pl_decimal *a, const pl_decimal *b, wide *wa, wide *wb)
{
    int s = a->scale > b->scale ? a->scale : b->scale;
    widen(a, s - a->scale, wa);
    widen(b, s - b->scale, wb);
    return wide_cmp(wa, wb);
}

int pl_dec_cmp(const pl_decimal *a, const pl_decimal *b)
{
    JK_ASSERT(pl_dec_valid(a) && pl_dec_valid(b));
    wide wa, wb;
    if (a->neg != b->neg)
        return a->neg ? -1 : 1; /* zero is never negative, so this is exact */
    int c = mag_cmp_aligned(a, b, &wa, &wb);
    return a->neg ? -c : c;
}

/* The fast path of + and -: most DECIMAL columns hold at most 18 digits,
 * whose coefficient fits an int64, so a SUM over them need not go through
 * the 200-digit working buffers.  FAST_DIGITS keeps every aligned operand
 * and the sum below 10^18 < 2^63. */
#define FAST_DIGITS 17

static const int64_t pow10_table[FAST_DIGITS + 1] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
    10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
    1000000000000000, 10000000000000000, 100000000000000000,
};

/* The signed coefficient of x when it has at most FAST_DIGITS digits. */
static bool small_coefficient(const pl_decimal *x, int64_t *out)
{
    static const uint8_t zeros[PL_DEC_DIGITS_MAX - FAST_DIGITS];
    if (memcmp(x->digit + FAST_DIGITS, zeros, sizeof zeros) != 0)
        return false;
    int64_t c = 0;
    for (int i = FAST_DIGITS - 1; i >= 0; i--)
        c = c * 10 + x->digit[i];
    *out = x->neg ? -c : c;
    return true;
}

static bool add_small(const pl_decimal *a, const pl_decimal *b, bool bneg, pl_decimal *out)
{
    int64_t x, y;
    if (!small_coefficient(a, &x) || !small_coefficient(b, &y))
        return false;
    if (b->neg != bneg)
        y = -y;
    int s = a->scale > b->scale ? a->scale : b->scale;
    int da = s - a->scale, db = s - b->scale;
    /* Aligning must keep each operand below 10^FAST_DIGITS. */
    if (da > FAST_DIGITS || db > FAST_DIGITS)
        return false;
    int64_t lim_a = pow10_table[FAST_DIGITS - da], lim_b = pow10_table[FAST_DIGITS - db];
    if (x >= lim_a || -x >= lim_a || y >= lim_b || -y >= lim_b)
        return false;
    int64_t r = x * pow10_table[da] + y * pow10_table[db];
    uint64_t m = r < 0 ? (uint64_t)-r : (uint64_t)r;
    memset(out, 0, sizeof *out);
    for (int i = 0; m != 0; i++, m /= 10)
        out->digit[i] = (uint8_t)(m % 10);
    out->scale = (uint8_t)s;
    out->neg = r < 0;
    JK_ASSERT(pl_dec_valid(out));
    return true;
}

static pl_dec_status add_signed(const pl_decimal *a, const pl_decimal *b, bool bneg,
                                pl_decimal *out)
{
    JK_ASSERT(pl_dec_valid(a) && pl_dec_valid(b));
    if (add_small(a, b, bneg, out))
        return PL_DEC_OK;
    wide wa, wb;
    int s = a->scale > b->scale ? a->scale : b->scale;
    int c = mag_cmp_aligned(a, b, &wa, &wb);
    bool neg;
    if (a->neg == bneg) {
        wide_add(&wa, &wb);
        neg = a->neg;
    } else if (c >= 0) {
        wide_sub(&wa, &wb);
        neg = a->neg;
    } else {
        wide_sub(&wb, &wa);
        wa = wb;
        neg = bneg;
    }
    return fit(&wa, s, neg, true, out);
}

pl_dec_status pl_dec_add(const pl_decimal *a, const pl_decimal *b, pl_decimal *out)
{
    return add_signed(a, b, b->neg, out);
}

pl_dec_status pl_dec_sub(const pl_decimal *a, const pl_decimal *b, pl_decimal *out)
{
    bool zero = true;
    for (int i = 0; i < PL_DEC_DIGITS_MAX; i++)
        zero = zero && b->digit[i] == 0;
    return add_signed(a, b, zero ? false : !b->neg, out);
}

pl_dec_status pl_dec_mul(const pl_decimal *a, const pl_decimal *b, pl_decimal *out)
{
    JK_ASSERT(pl_dec_valid(a) && pl_dec_valid(b));
    int acc[PL_DEC_WIDE] = {0};
    for (int i = 0; i < PL_DEC_DIGITS_MAX; i++)
        for (int j = 0; j < PL_DEC_DIGITS_MAX; j++)
            acc[i + j] += a->digit[i] * b->digit[j];
    wide w;
    int carry = 0;
    for (int i = 0; i < PL_DEC_WIDE; i++) {
        int v = acc[i] + carry;
        w.d[i] = (uint8_t)(v % 10);
        carry = v / 10;
    }
    JK_ASSERT(carry == 0);
    return fit(&w, a->scale + b->scale, a->neg != b->neg, true, out);
}

/* Integer long division of magnitudes: q = n / d, r = n % d; d != 0. */
static void wide_divmod(const wide *n, const wide *d, wide *q, wide *r)
{
    JK_ASSERT(wide_len(d) > 0);
    memset(q, 0, sizeof *q);
    memset(r, 0, sizeof *r);
    for (int i = wide_len(n) - 1; i >= 0; i--) {
        wide_shift_up(r, 1);
        r->d[0] = n->d[i];
        int k = 0;
        while (wide_cmp(r, d) >= 0) {
            wide_sub(r, d);
            k++;
        }
        JK_ASSERT(k <= 9);
        q->d[i] = (uint8_t)k;
    }
}

bool pl_dec_is_zero(const pl_decimal *x)
{
    for (int i = 0; i < PL_DEC_DIGITS_MAX; i++)
        if (x->digit[i])
            return false;
    return true;
}

static bool dec_is_zero(const pl_decimal *x) { return pl_dec_is_zero(x); }

pl_dec_status pl_dec_to_uint64(const pl_decimal *x, uint64_t *out)
{
    JK_ASSERT(pl_dec_valid(x));
    wide w;
    widen(x, 0, &w);
    wide_drop(&w, x->scale, true);
    uint64_t mag = 0;
    for (int i = wide_len(&w) - 1; i >= 0; i--) {
        if (mag > (UINT64_MAX - w.d[i]) / 10) {
            *out = x->neg ? 0 : UINT64_MAX;
            return PL_DEC_OVERFLOW;
        }
        mag = mag * 10 + w.d[i];
    }
    if (x->neg && mag != 0) {
        *out = 0;
        return PL_DEC_OVERFLOW;
    }
    *out = mag;
    return PL_DEC_OK;
}

double pl_dec_to_double(const pl_decimal *x)
{
    char buf[PL_DEC_STR_MAX];
    pl_dec_to_string(x, buf);
    return strtod(buf, NULL);
}

pl_dec_status pl_dec_from_double(double v, pl_decimal *out)
{
    /* MySQL converts through the shortest digits that read back as v, so
     * 0.1e0 becomes 0.1, not 0.1000000000000000055511151231257827. */
    char buf[PL_DOUBLE_STR_MAX];
    if (isnan(v) || isinf(v)) {
        memset(out, 0, sizeof *out);
        return PL_DEC_BAD;
    }
    size_t n = pl_double_to_string(v, PL_DECIMALS_NOT_FIXED, false, buf);
    return pl_dec_parse(buf, n, out);
}

static pl_dec_status divide(const pl_decimal *a, const pl_decimal *b, int div_increment, bool whole_words,
                            pl_decimal *out)
{
    JK_ASSERT(pl_dec_valid(a) && pl_dec_valid(b));
    JK_ASSERT(div_increment >= 0 && div_increment <= PL_DEC_SCALE_MAX);
    if (dec_is_zero(b)) {
        memset(out, 0, sizeof *out);
        return PL_DEC_DIV_ZERO;
    }
    int rs = a->scale + div_increment;
    if (rs > PL_DEC_SCALE_MAX)
        rs = PL_DEC_SCALE_MAX;
    /* MySQL's do_div_mod() works in 9-digit words: the operands' scales
     * are rounded up to whole words, the increment is reduced by that
     * slack, and the quotient is computed, truncated, to a whole number of
     * words before Item_func_div rounds it to rs.  So 1.00000/7 is
     * 0.142857142 (9 digits computed, nothing left to round) while 1/3 is
     * 0.3333 (9 digits computed, rounded to 4). */
    int f1 = (a->scale + 8) / 9 * 9, f2 = (b->scale + 8) / 9 * 9;
    int incr = div_increment - (f1 - a->scale) - (f2 - b->scale);
    if (incr < 0)
        incr = 0;
    int computed = (f1 + f2 + incr + 8) / 9 * 9;
    JK_ASSERT(computed >= rs);
    if (whole_words)
        rs = computed < PL_DEC_SCALE_MAX ? computed : PL_DEC_SCALE_MAX;
    int e = b->scale - a->scale + computed; /* a/b = (A/B) * 10^(sb-sa) */
    JK_ASSERT(e >= 0 && e + PL_DEC_DIGITS_MAX < PL_DEC_WIDE);
    wide n, d, q, r;
    widen(a, e, &n);
    widen(b, 0, &d);
    wide_divmod(&n, &d, &q, &r);
    wide_drop(&q, computed - rs, true);
    return fit(&q, rs, a->neg != b->neg, true, out);
}

pl_dec_status pl_dec_div(const pl_decimal *a, const pl_decimal *b, int div_increment,
                         pl_decimal *out)
{
    return divide(a, b, div_increment, false, out);
}

pl_dec_status pl_dec_div_words(const pl_decimal *a, const pl_decimal *b, int div_increment,
                               pl_decimal *out)
{
    return divide(a, b, div_increment, true, out);
}

pl_dec_status pl_dec_mod(const pl_decimal *a, const pl_decimal *b, pl_decimal *out)
{
    JK_ASSERT(pl_dec_valid(a) && pl_dec_valid(b));
    if (dec_is_zero(b)) {
        memset(out, 0, sizeof *out);
        return PL_DEC_DIV_ZERO;
    }
    wide wa, wb, q, r;
    int s = a->scale > b->scale ? a->scale : b->scale;
    mag_cmp_aligned(a, b, &wa, &wb);
    wide_divmod(&wa, &wb, &q, &r);
    return fit(&r, s, a->neg, true, out);
}

void pl_dec_neg(const pl_decimal *x, pl_decimal *out)
{
    JK_ASSERT(pl_dec_valid(x));
    *out = *x;
    out->neg = !x->neg && !dec_is_zero(x);
}

static pl_dec_status round_trunc(const pl_decimal *x, int d, bool round, pl_decimal *out)
{
    JK_ASSERT(pl_dec_valid(x));
    if (d > PL_DEC_SCALE_MAX)
        d = PL_DEC_SCALE_MAX;
    if (d < -PL_DEC_DIGITS_MAX - 1)
        d = -PL_DEC_DIGITS_MAX - 1; /* every digit goes; the result is 0 */
    wide w;
    bool neg = x->neg;
    if (d >= x->scale) {
        widen(x, d - x->scale, &w);
        return fit(&w, d, neg, round, out);
    }
    widen(x, 0, &w);
    wide_drop(&w, x->scale - d, round);
    if (d >= 0)
        return fit(&w, d, neg, round, out);
    wide_shift_up(&w, -d);
    return fit(&w, 0, neg, round, out);
}

pl_dec_status pl_dec_round(const pl_decimal *x, int d, pl_decimal *out)
{
    return round_trunc(x, d, true, out);
}

pl_dec_status pl_dec_truncate(const pl_decimal *x, int d, pl_decimal *out)
{
    return round_trunc(x, d, false, out);
}

pl_dec_status pl_dec_cast(const pl_decimal *x, int prec, int scale, pl_decimal *out)
{
    JK_ASSERT(prec >= 1 && prec <= PL_DEC_DIGITS_MAX);
    JK_ASSERT(scale >= 0 && scale <= PL_DEC_SCALE_MAX && scale <= prec);
    bool neg = x->neg;
    pl_dec_status st = pl_dec_round(x, scale, out);
    if (st == PL_DEC_OK) {
        int n = PL_DEC_DIGITS_MAX;
        while (n > 0 && out->digit[n - 1] == 0)
            n--;
        if (n <= prec)
            return PL_DEC_OK;
    }
    set_max(prec, scale, neg, out);
    return PL_DEC_OVERFLOW;
}
