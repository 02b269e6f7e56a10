/*
 * pl_funcs_math: MySQL 8's numeric functions.
 *
 * Result types (Item_func_num1, Item_func_int_val, Item_func_round,
 * Item_dec_func): a function of one number keeps the class its argument is
 * computed in (pl_numeric_class: strings compute as DOUBLE):
 *   ABS            INT (UNSIGNED kept), DECIMAL(p, s) of the argument, DOUBLE
 *   CEIL, FLOOR    INT; a DECIMAL gives BIGINT while its integer part is
 *                  short enough (display length - scale < 20), else
 *                  DECIMAL(p, 0); a DOUBLE stays DOUBLE printed with 0
 *                  decimals (FLOOR(1e20) is 100000000000000000000)
 *   ROUND, TRUNCATE  INT stays INT; DECIMAL gets scale d (clamped to
 *                  0..30, d constant) and one more integer digit for a
 *                  carry; DOUBLE is printed with d decimals (ROUND(1e0, 2)
 *                  is 1.00) and rounds half to even, as rint() does
 *   SIGN           BIGINT
 *   everything else DOUBLE printed in its shortest form; PI() with 6
 *                  decimals.
 * A DOUBLE result that is not finite is error 1690 "DOUBLE value is out of
 * range in 'pow(1e308,2)'" (MySQL's check_float_overflow); a math domain
 * error (SQRT(-1), ACOS(2)) is NULL, and LN/LOG/LOG2/LOG10 of a
 * non-positive number is NULL with warning 3020.
 *
 * RAND is MySQL's documented generator (my_rnd): two 30-bit states,
 *   s1 = (3 s1 + s2) mod (2^30 - 1);  s2 = (s1 + s2 + 33) mod (2^30 - 1)
 * returning s1 / (2^30 - 1); RAND(n) starts from s1 = n * 0x10001 +
 * 55555555, s2 = n * 0x10000001 (32-bit wrap, then mod 2^30 - 1).  A
 * constant seed starts the sequence once per statement, any other seed on
 * every row; RAND() continues the session's sequence.
 *
 * GREATEST and LEAST (MySQL 8.0.4+, bug #83895) compare in the aggregated
 * type of their arguments, so a mix of numbers and strings compares as
 * strings; any NULL argument makes the result NULL.
 *
 * Ownership.  DECIMAL results live in the node's dec slot, CONV's text in
 * its scratch; per-node state (RAND's seed) in the statement arena.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expr.h"
#include "jimkv/assert.h"
#include "type_agg.h"

#define MATH_RAND_MAX 0x3FFFFFFFu /* my_rnd's modulus, 2^30 - 1 */
#define MATH_CONV_BASE_MAX 36
/* pi as the nearest double (M_PI is POSIX, not C11). */
#define MATH_PI 3.14159265358979323846
#define MATH_LN2 0.69314718055994530942

/* ---- helpers ---- */

static pl_vclass result_class(const pl_expr *e) { return pl_field_class((pl_field)e->type.field); }

/* Evaluate a constant argument at resolution time without leaving its
 * warnings behind: they are raised again when the row is evaluated. */
static bool const_int(pl_expr *a, pl_eval_ctx *cx, int64_t *v, bool *uns)
{
    if (!pl_expr_is_const(a))
        return false;
    uint32_t warnings = cx->session->diag.count;
    pl_value x;
    pl_eval(a, cx, &x);
    bool ok = !pl_is_null(&x) && !pl_failed(cx);
    *uns = false;
    *v = ok ? pl_to_int(cx, &x, uns) : 0;
    cx->session->diag.count = warnings;
    return ok;
}

static void check_double(pl_expr *e, pl_eval_ctx *cx, double d, pl_value *out)
{
    if (isfinite(d))
        *out = pl_double(d);
    else
        pl_out_of_range(cx, e, "DOUBLE", out);
}

static pl_type double_type(void) { return pl_type_double(PL_DECIMALS_NOT_FIXED); }

/* Evaluates argument i as a double; false (and *out NULL) when it is NULL. */
static bool arg_double(pl_expr *e, pl_eval_ctx *cx, int i, double *d, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[i], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return false;
    }
    *d = pl_to_double(cx, &v);
    return true;
}

/* ---- ABS, SIGN ---- */

static void eval_abs(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return;
    }
    switch (result_class(e)) {
    case PL_INT: {
        bool uns = false;
        int64_t i = pl_to_int(cx, &v, &uns);
        if (uns || (e->type.flags & PL_TF_UNSIGNED))
            *out = pl_uint64((uint64_t)i);
        else if (i == INT64_MIN)
            pl_out_of_range(cx, e, "BIGINT", out);
        else
            *out = pl_int64(i < 0 ? -i : i);
        return;
    }
    case PL_DECIMAL: {
        pl_decimal d;
        e->dec = *pl_to_decimal(cx, &v, &d);
        e->dec.neg = false;
        *out = pl_dec(&e->dec);
        return;
    }
    default:
        *out = pl_double(fabs(pl_to_double(cx, &v)));
        return;
    }
}

static int resolve_abs(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    const pl_type *t = &e->args[0]->type;
    switch (pl_numeric_class(t)) {
    case PL_INT:
        e->type = pl_type_int(t->length ? t->length : 1, (t->flags & PL_TF_UNSIGNED) != 0);
        break;
    case PL_DECIMAL:
        if (pl_field_class((pl_field)t->field) == PL_DECIMAL) {
            e->type = *t;
            e->type.flags &= (uint8_t)~PL_TF_NOT_NULL;
        } else {
            e->type = pl_type_decimal(14 + t->decimals, t->decimals);
        }
        break;
    default:
        e->type = double_type();
        break;
    }
    e->eval = eval_abs;
    return 0;
}

static void eval_sign(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return;
    }
    int s;
    if (v.cls == PL_INT)
        s = (v.flags & PL_VF_UNSIGNED) ? v.u != 0 : (v.i > 0) - (v.i < 0);
    else if (v.cls == PL_DECIMAL)
        s = pl_dec_is_zero(v.dec) ? 0 : v.dec->neg ? -1 : 1;
    else {
        double d = pl_to_double(cx, &v);
        s = (d > 0) - (d < 0);
    }
    *out = pl_int64(s);
}

static int resolve_sign(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(2, false);
    e->eval = eval_sign;
    return 0;
}

/* ---- CEIL, FLOOR ---- */

/* e->iaux: 1 for CEIL, 0 for FLOOR. */
static void dec_ceil_floor(const pl_decimal *x, bool ceil_, pl_decimal *out)
{
    pl_decimal t;
    pl_dec_truncate(x, 0, &t);
    if (pl_dec_cmp(&t, x) != 0 && x->neg != ceil_) {
        /* The fraction moves the value away from zero in this direction. */
        pl_decimal one;
        pl_dec_from_int64(ceil_ ? 1 : -1, &one);
        pl_dec_add(&t, &one, &t);
    }
    *out = t;
}

static void eval_ceil_floor(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return;
    }
    bool ceil_ = e->iaux != 0;
    pl_vclass in = pl_numeric_class(&e->args[0]->type);
    if (in == PL_DECIMAL) {
        pl_decimal d, r;
        dec_ceil_floor(pl_to_decimal(cx, &v, &d), ceil_, &r);
        if (result_class(e) == PL_INT) {
            int64_t i;
            if (pl_dec_to_int64(&r, &i) != PL_DEC_OK)
                pl_out_of_range(cx, e, "BIGINT", out);
            else
                *out = pl_int64(i);
        } else {
            e->dec = r;
            *out = pl_dec(&e->dec);
        }
        return;
    }
    if (result_class(e) == PL_INT) {
        bool uns = false;
        int64_t i = pl_to_int(cx, &v, &uns);
        *out = uns ? pl_uint64((uint64_t)i) : pl_int64(i);
        return;
    }
    double d = pl_to_double(cx, &v);
    /* + 0.0 turns -0 into 0: CEIL(-0.5e0) prints 0, as MySQL and MariaDB
     * print it. */
    *out = pl_double((ceil_ ? ceil(d) : floor(d)) + 0.0);
}

static int resolve_ceil_floor(pl_expr *e, pl_eval_ctx *cx, bool ceil_)
{
    (void)cx;
    const pl_type *t = &e->args[0]->type;
    e->iaux = ceil_;
    switch (pl_numeric_class(t)) {
    case PL_INT:
        e->type = pl_type_int(t->length ? t->length : 1, (t->flags & PL_TF_UNSIGNED) != 0);
        break;
    case PL_DECIMAL: {
        int scale = t->decimals > PL_DEC_SCALE_MAX ? 0 : t->decimals;
        int len = (int)t->length;
        if (pl_field_class((pl_field)t->field) == PL_TEMPORAL)
            len = 14 + 2 + scale;
        /* Item_func_int_val: BIGINT while the integer part stays short. */
        if (len - scale >= 20) {
            int prec = len - 1 - (scale > 0) - scale + 1;
            e->type = pl_type_decimal(prec > PL_DEC_DIGITS_MAX ? PL_DEC_DIGITS_MAX : prec, 0);
        } else {
            e->type = pl_type_int((uint32_t)(len - scale), false);
        }
        break;
    }
    default:
        e->type = pl_type_double(0);
        break;
    }
    e->eval = eval_ceil_floor;
    return 0;
}

static int resolve_ceil(pl_expr *e, pl_eval_ctx *cx) { return resolve_ceil_floor(e, cx, true); }
static int resolve_floor(pl_expr *e, pl_eval_ctx *cx) { return resolve_ceil_floor(e, cx, false); }

/* ---- ROUND, TRUNCATE ---- */

/* 10^n for n <= 22 is exact in a double. */
static double pow10_exact(uint64_t n)
{
    static const double p[] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    if (n < sizeof p / sizeof p[0])
        return p[n];
    if (n > 400)
        return HUGE_VAL;
    /* The correctly rounded double nearest 10^n, as a literal 1eN gives. */
    char buf[16];
    snprintf(buf, sizeof buf, "1e%u", (unsigned)n);
    return strtod(buf, NULL);
}

/* ROUND/TRUNCATE of a double to d decimals (d < 0: to tens, hundreds...).
 * Rounding is rint()'s, half to even, as in MySQL. */
static double round_double(double v, int64_t d, bool d_unsigned, bool trunc)
{
    bool neg_d = d < 0 && !d_unsigned;
    uint64_t ad = neg_d ? (uint64_t)0 - (uint64_t)d : (uint64_t)d;
    double p = pow10_exact(ad);
    if (neg_d && isinf(p))
        return 0.0;
    double mul = v * p, div = v / p;
    if (!neg_d && isinf(mul))
        return v; /* so many decimals that nothing changes */
    if (trunc) {
        if (v >= 0)
            return neg_d ? floor(div) * p : floor(mul) / p;
        return neg_d ? ceil(div) * p : ceil(mul) / p;
    }
    return neg_d ? rint(div) * p : rint(mul) / p;
}

/* ROUND/TRUNCATE of an integer to d < 0 digits: MySQL's int_op.  Returns
 * false when the rounded value does not fit the type. */
static bool round_int(uint64_t bits, bool uns, int64_t d, bool trunc, uint64_t *res)
{
    uint64_t ad = (uint64_t)0 - (uint64_t)d;
    if (ad >= 20) {
        *res = 0;
        return true;
    }
    uint64_t p = 1;
    for (uint64_t i = 0; i < ad; i++)
        p *= 10;
    bool neg = !uns && (int64_t)bits < 0;
    uint64_t mag = neg ? (uint64_t)0 - bits : bits;
    uint64_t t = mag / p * p;
    if (!trunc && mag - t >= p / 2 + (p & 1)) {
        if (t > UINT64_MAX - p)
            return false;
        t += p;
    }
    if (uns) {
        *res = t;
        return true;
    }
    if (neg) {
        if (t > (uint64_t)1 << 63)
            return false;
        *res = (uint64_t)0 - t;
        return true;
    }
    if (t > (uint64_t)INT64_MAX)
        return false;
    *res = t;
    return true;
}

static void eval_round(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    bool trunc = e->iaux != 0;
    pl_value x, dv;
    pl_eval(e->args[0], cx, &x);
    int64_t d = 0;
    bool d_uns = false, d_null = false;
    if (e->nargs > 1) {
        pl_eval(e->args[1], cx, &dv);
        d_null = pl_is_null(&dv);
        if (!d_null)
            d = pl_to_int(cx, &dv, &d_uns);
    }
    if (pl_is_null(&x) || d_null) {
        *out = pl_null();
        return;
    }
    if (d_uns && d < 0)
        d = INT64_MAX; /* a huge unsigned count of decimals */
    switch (result_class(e)) {
    case PL_INT: {
        bool uns = false;
        int64_t i = pl_to_int(cx, &x, &uns);
        uns = uns || (e->type.flags & PL_TF_UNSIGNED);
        uint64_t r = (uint64_t)i;
        if (d < 0 && !round_int((uint64_t)i, uns, d, trunc, &r)) {
            pl_out_of_range(cx, e, uns ? "BIGINT UNSIGNED" : "BIGINT", out);
            return;
        }
        *out = uns ? pl_uint64(r) : pl_int64((int64_t)r);
        return;
    }
    case PL_DECIMAL: {
        pl_decimal tmp;
        const pl_decimal *a = pl_to_decimal(cx, &x, &tmp);
        int dd = d > PL_DEC_SCALE_MAX ? PL_DEC_SCALE_MAX : d < -(PL_DEC_DIGITS_MAX + 1) ? -(PL_DEC_DIGITS_MAX + 1) : (int)d;
        pl_dec_status st = trunc ? pl_dec_truncate(a, dd, &e->dec) : pl_dec_round(a, dd, &e->dec);
        if (st == PL_DEC_OVERFLOW && dd >= a->scale) {
            /* More decimals than 65 digits leave room for: the value does
             * not change, only the padding is cut. */
            e->dec = *a;
        } else if (st == PL_DEC_OVERFLOW) {
            pl_out_of_range(cx, e, "DECIMAL", out);
            return;
        }
        *out = pl_dec(&e->dec);
        return;
    }
    default:
        *out = pl_double(round_double(pl_to_double(cx, &x), d, d_uns, trunc) + 0.0); /* no -0 */
        return;
    }
}

static int resolve_round_trunc(pl_expr *e, pl_eval_ctx *cx, bool trunc)
{
    const pl_type *t = &e->args[0]->type;
    e->iaux = trunc;
    e->eval = eval_round;
    int64_t d = 0;
    bool d_uns = false, d_const = true;
    if (e->nargs > 1)
        d_const = const_int(e->args[1], cx, &d, &d_uns);
    if (pl_failed(cx))
        return -1;
    /* decimals_to_set: the constant count of decimals, clamped to 0..30. */
    int dts = !d_const ? 0 : (d_uns && d < 0) || d > PL_DEC_SCALE_MAX ? PL_DEC_SCALE_MAX : d < 0 ? 0 : (int)d;
    switch (pl_numeric_class(t)) {
    case PL_INT:
        /* An integer stays an integer; rounding to tens may add a digit. */
        e->type = pl_type_int(t->length + (!trunc && d_const && d < 0 && !d_uns), (t->flags & PL_TF_UNSIGNED) != 0);
        return 0;
    case PL_DECIMAL: {
        int s0 = t->decimals > PL_DEC_SCALE_MAX ? 0 : t->decimals;
        int p0 = (int)t->length - 1 - (s0 > 0);
        if (pl_field_class((pl_field)t->field) == PL_TEMPORAL)
            p0 = 14 + s0;
        if (!d_const) {
            e->type = pl_type_decimal(p0, s0);
            return 0;
        }
        int delta = s0 - dts;
        int grow = (delta <= 0 || trunc) ? 0 : 1;
        int prec = p0 - (delta - grow);
        e->type = pl_type_decimal(prec < 1 ? 1 : prec, dts);
        if (t->flags & PL_TF_UNSIGNED)
            e->type.flags |= PL_TF_UNSIGNED;
        return 0;
    }
    default:
        /* A DOUBLE takes the count itself: 31 or more is "not fixed" and
         * prints the shortest form (ROUND(1.5e300, 31) is 1.5e300). */
        e->type = pl_type_double(!d_const || d_uns || d >= PL_DECIMALS_NOT_FIXED ? PL_DECIMALS_NOT_FIXED
                                 : d < 0 ? 0 : (int)d);
        return 0;
    }
}

static int resolve_round(pl_expr *e, pl_eval_ctx *cx) { return resolve_round_trunc(e, cx, false); }
static int resolve_truncate(pl_expr *e, pl_eval_ctx *cx) { return resolve_round_trunc(e, cx, true); }

/* ---- MOD: the % operator under another name ---- */

static int resolve_mod(pl_expr *e, pl_eval_ctx *cx)
{
    /* MySQL parses MOD(a, b) as a % b (Item_func_mod), so it is that
     * operator in every respect, error texts included. */
    e->kind = PL_E_OP;
    e->op = PL_OP_MOD;
    e->func = NULL;
    return pl_resolve(e, cx);
}

/* ---- functions of doubles ---- */

typedef enum math_fn {
    MF_SQRT, MF_EXP, MF_LN, MF_LOG2, MF_LOG10, MF_SIN, MF_COS, MF_TAN, MF_ASIN, MF_ACOS,
    MF_ATAN, MF_COT, MF_DEGREES, MF_RADIANS,
} math_fn;

static void log_domain(pl_eval_ctx *cx, pl_value *out)
{
    pl_warn(cx, PL_LEVEL_WARNING, 3020, "Invalid argument for logarithm");
    *out = pl_null();
}

static void eval_unary(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    double x;
    if (!arg_double(e, cx, 0, &x, out))
        return;
    double r = 0;
    switch ((math_fn)e->iaux) {
    case MF_SQRT:
        if (x < 0) {
            *out = pl_null();
            return;
        }
        r = sqrt(x);
        break;
    case MF_EXP: r = exp(x); break;
    case MF_LN:
    case MF_LOG2:
    case MF_LOG10:
        if (x <= 0) {
            log_domain(cx, out);
            return;
        }
        /* LOG2 is ln(x) / ln(2) as in MySQL, which is not always log2(x)'s
         * correctly rounded answer: LOG2(10) is 3.3219280948873626. */
        r = e->iaux == MF_LN ? log(x) : e->iaux == MF_LOG2 ? log(x) / MATH_LN2 : log10(x);
        break;
    case MF_SIN: r = sin(x); break;
    case MF_COS: r = cos(x); break;
    case MF_TAN: r = tan(x); break;
    case MF_ASIN:
    case MF_ACOS:
        if (x < -1.0 || x > 1.0) {
            *out = pl_null();
            return;
        }
        r = e->iaux == MF_ASIN ? asin(x) : acos(x);
        break;
    case MF_ATAN: r = atan(x); break;
    case MF_COT: r = 1.0 / tan(x); break;
    case MF_DEGREES: r = x * (180.0 / MATH_PI); break;
    case MF_RADIANS: r = x * (MATH_PI / 180.0); break;
    }
    check_double(e, cx, r, out);
}

static int resolve_unary(pl_expr *e, math_fn fn)
{
    e->iaux = fn;
    e->type = double_type();
    e->eval = eval_unary;
    return 0;
}

#define UNARY(fname, fn)                                                   \
    static int fname(pl_expr *e, pl_eval_ctx *cx)                          \
    {                                                                      \
        (void)cx;                                                          \
        return resolve_unary(e, fn);                                       \
    }
UNARY(resolve_sqrt, MF_SQRT)
UNARY(resolve_exp, MF_EXP)
UNARY(resolve_ln, MF_LN)
UNARY(resolve_log2, MF_LOG2)
UNARY(resolve_log10, MF_LOG10)
UNARY(resolve_sin, MF_SIN)
UNARY(resolve_cos, MF_COS)
UNARY(resolve_tan, MF_TAN)
UNARY(resolve_asin, MF_ASIN)
UNARY(resolve_acos, MF_ACOS)
UNARY(resolve_cot, MF_COT)
UNARY(resolve_degrees, MF_DEGREES)
UNARY(resolve_radians, MF_RADIANS)

/* LOG(x) is LN(x); LOG(b, x) is ln(x) / ln(b), NULL with warning 3020 when
 * x <= 0, b <= 0 or b = 1 (MySQL checks the base first). */
static void eval_log(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    double b;
    if (!arg_double(e, cx, 0, &b, out))
        return;
    if (e->nargs == 1) {
        if (b <= 0) {
            log_domain(cx, out);
            return;
        }
        check_double(e, cx, log(b), out);
        return;
    }
    if (b <= 0) {
        log_domain(cx, out);
        return;
    }
    double x;
    if (!arg_double(e, cx, 1, &x, out))
        return;
    if (x <= 0 || b == 1.0) {
        log_domain(cx, out);
        return;
    }
    check_double(e, cx, log(x) / log(b), out);
}

static int resolve_log(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = double_type();
    e->eval = eval_log;
    return 0;
}

/* ATAN(y, x) and ATAN2(y, x); ATAN(x) is one-argument. */
static void eval_atan2(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    double y, x;
    if (!arg_double(e, cx, 0, &y, out))
        return;
    if (!arg_double(e, cx, 1, &x, out))
        return;
    check_double(e, cx, atan2(y, x), out);
}

static int resolve_atan(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    if (e->nargs == 1)
        return resolve_unary(e, MF_ATAN);
    e->type = double_type();
    e->eval = eval_atan2;
    return 0;
}

static void eval_pow(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a, b;
    pl_eval(e->args[0], cx, &a);
    pl_eval(e->args[1], cx, &b);
    if (pl_is_null(&a) || pl_is_null(&b)) {
        *out = pl_null();
        return;
    }
    double x = pl_to_double(cx, &a), y = pl_to_double(cx, &b);
    check_double(e, cx, pow(x, y), out);
}

static int resolve_pow(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = double_type();
    e->eval = eval_pow;
    return 0;
}

static void eval_pi(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    (void)e;
    (void)cx;
    *out = pl_double(MATH_PI);
}

static int resolve_pi(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    /* MySQL shows six decimals: PI() prints 3.141593, PI() + 0e0 all. */
    e->type = pl_type_double(6);
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_pi;
    return 0;
}

/* ---- RAND ---- */

typedef struct rand_state {
    bool seeded;      /* a constant seed was applied this statement */
    uint64_t s1, s2;
} rand_state;

static void rand_seed(uint64_t n, uint64_t *s1, uint64_t *s2)
{
    uint32_t a = (uint32_t)(n * 0x10001u + 55555555u);
    uint32_t b = (uint32_t)(n * 0x10000001u);
    *s1 = a % MATH_RAND_MAX;
    *s2 = b % MATH_RAND_MAX;
}

static double rand_next(uint64_t *s1, uint64_t *s2)
{
    *s1 = (*s1 * 3 + *s2) % MATH_RAND_MAX;
    *s2 = (*s1 + *s2 + 33) % MATH_RAND_MAX;
    return (double)*s1 / (double)MATH_RAND_MAX;
}

static void eval_rand(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    rand_state *rs = e->aux;
    if (e->nargs == 0) {
        *out = pl_double(rand_next(&cx->session->rand_seed1, &cx->session->rand_seed2));
        return;
    }
    if (!rs->seeded) {
        pl_value v;
        pl_eval(e->args[0], cx, &v);
        uint64_t n = pl_is_null(&v) ? 0 : (uint64_t)pl_to_int(cx, &v, NULL);
        rand_seed(n, &rs->s1, &rs->s2);
        /* Only a constant seed keeps its sequence across rows. */
        rs->seeded = e->iaux != 0;
    }
    *out = pl_double(rand_next(&rs->s1, &rs->s2));
}

static int resolve_rand(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = double_type();
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_rand;
    if (e->nargs == 1) {
        rand_state *rs = jk_arena_zalloc(cx->arena, sizeof *rs);
        if (!rs)
            return pl_error(cx, 1041, "HY000", "Out of memory"), -1;
        e->aux = rs;
        e->iaux = pl_expr_is_const(e->args[0]);
    }
    return 0;
}

/* ---- GREATEST, LEAST ---- */

/* e->iaux: +1 for GREATEST, -1 for LEAST. */
static void eval_min_max(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_vclass rc = result_class(e);
    pl_cmp_type how = rc == PL_INT ? PL_CMP_UINT_MIXED
                      : rc == PL_DOUBLE ? PL_CMP_DOUBLE
                      : rc == PL_DECIMAL ? PL_CMP_DECIMAL
                      : rc == PL_TEMPORAL ? (e->type.field == PL_F_TIME ? PL_CMP_TIME : PL_CMP_TEMPORAL)
                                          : PL_CMP_STRING;
    pl_tm_kind kind = e->type.field == PL_F_DATE   ? PL_TM_DATE
                      : e->type.field == PL_F_TIME ? PL_TM_TIME
                                                   : PL_TM_DATETIME;
    pl_decimal dec[2];
    char text[2][PL_TEXT_MAX];
    int cur = 0; /* the slot (dec, text) the candidate uses; best has the other */
    pl_value best = pl_null();
    for (uint16_t i = 0; i < e->nargs; i++) {
        pl_value v, c;
        pl_eval(e->args[i], cx, &v);
        if (pl_is_null(&v)) {
            *out = pl_null();
            return;
        }
        /* Convert once, so a string argument warns once. */
        switch (rc) {
        case PL_INT: {
            bool uns = false;
            int64_t x = v.cls == PL_INT ? v.i : pl_to_int(cx, &v, &uns);
            c = v.cls == PL_INT ? v : uns ? pl_uint64((uint64_t)x) : pl_int64(x);
            break;
        }
        case PL_DOUBLE:
            c = pl_double(pl_to_double(cx, &v));
            break;
        case PL_DECIMAL:
            dec[cur] = *pl_to_decimal(cx, &v, &dec[cur]);
            c = pl_dec(&dec[cur]);
            break;
        case PL_TEMPORAL: {
            pl_temporal tm;
            if (!pl_to_temporal(cx, &v, &e->args[i]->type, kind, &tm)) {
                *out = pl_null();
                return;
            }
            c = pl_tm(tm);
            break;
        }
        default: {
            size_t len;
            const char *s = pl_to_text(&v, &e->args[i]->type, text[cur], &len);
            c = pl_str(s, len, e->type.coll);
            break;
        }
        }
        if (i == 0) {
            best = c;
            cur ^= 1;
            continue;
        }
        int r = pl_compare(cx, how, e->type.coll, &c, &e->type, &best, &e->type);
        if (r != PL_CMP_RESULT_NULL && r * (int)e->iaux > 0) {
            best = c;
            cur ^= 1;
        }
    }
    switch (rc) {
    case PL_DECIMAL: {
        int scale = e->type.decimals > PL_DEC_SCALE_MAX ? PL_DEC_SCALE_MAX : e->type.decimals;
        if (best.dec->scale < scale)
            pl_dec_round(best.dec, scale, &e->dec);
        else
            e->dec = *best.dec;
        *out = pl_dec(&e->dec);
        return;
    }
    case PL_TEMPORAL:
        if (best.tm.kind != PL_TM_DATE && e->type.decimals <= PL_TM_FSP_MAX && best.tm.fsp < e->type.decimals)
            best.tm.fsp = e->type.decimals;
        *out = best;
        return;
    case PL_STRING: {
        /* Text printed into a local buffer must outlive this call. */
        if (best.s == text[0] || best.s == text[1]) {
            char *dst = pl_expr_scratch(cx, e, best.len ? best.len : 1);
            if (!dst) {
                *out = pl_null();
                return;
            }
            memcpy(dst, best.s, best.len);
            best.s = dst;
        }
        *out = best;
        return;
    }
    default:
        *out = best;
        return;
    }
}

static int resolve_min_max(pl_expr *e, pl_eval_ctx *cx, int dir)
{
    e->type = pl_agg_args(e->args, e->nargs, cx->session->collation_connection);
    if (e->type.field == PL_F_NULL)
        e->type = pl_type_string(0, PL_COLL_BINARY);
    e->type.flags &= (uint8_t)~PL_TF_NOT_NULL;
    e->iaux = dir;
    e->eval = eval_min_max;
    return 0;
}

static int resolve_greatest(pl_expr *e, pl_eval_ctx *cx) { return resolve_min_max(e, cx, 1); }
static int resolve_least(pl_expr *e, pl_eval_ctx *cx) { return resolve_min_max(e, cx, -1); }

/* ---- CONV ---- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* The longest prefix of s that is a number in `base` (after spaces and a
 * sign), as MySQL's my_strntoull (unsigned: "-1" wraps to 2^64 - 1, too
 * many digits give 2^64 - 1) or my_strntoll (signed: clamped). */
static uint64_t conv_parse(const char *s, size_t n, int base, bool is_signed)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' ||
                     s[i] == '\f'))
        i++;
    bool neg = false;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        neg = s[i++] == '-';
    uint64_t v = 0;
    bool overflow = false;
    for (; i < n; i++) {
        int d = digit_value(s[i]);
        if (d >= base)
            break;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            overflow = true;
        else
            v = v * (uint64_t)base + (uint64_t)d;
    }
    if (!is_signed) {
        if (overflow)
            return UINT64_MAX;
        return neg ? (uint64_t)0 - v : v;
    }
    if (neg) {
        if (overflow || v > (uint64_t)1 << 63)
            return (uint64_t)INT64_MIN;
        return (uint64_t)0 - v;
    }
    if (overflow || v > (uint64_t)INT64_MAX)
        return (uint64_t)INT64_MAX;
    return v;
}

static void eval_conv(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value n, f, t;
    pl_eval(e->args[0], cx, &n);
    pl_eval(e->args[1], cx, &f);
    pl_eval(e->args[2], cx, &t);
    if (pl_is_null(&n) || pl_is_null(&f) || pl_is_null(&t)) {
        *out = pl_null();
        return;
    }
    int64_t from = pl_to_int(cx, &f, NULL), to = pl_to_int(cx, &t, NULL);
    /* MySQL reads the bases as 32-bit ints. */
    int32_t from32 = (int32_t)from, to32 = (int32_t)to;
    int64_t af = from32 < 0 ? -(int64_t)from32 : from32, at = to32 < 0 ? -(int64_t)to32 : to32;
    if (af < 2 || af > MATH_CONV_BASE_MAX || at < 2 || at > MATH_CONV_BASE_MAX) {
        *out = pl_null();
        return;
    }
    uint64_t v;
    if (n.cls == PL_INT && e->args[0]->type.field == PL_F_BIT) {
        v = n.u;
    } else {
        char buf[PL_TEXT_MAX];
        size_t len;
        const char *s = pl_to_text(&n, &e->args[0]->type, buf, &len);
        if (len == 0) {
            *out = pl_null();
            return;
        }
        v = conv_parse(s, len, (int)af, from32 < 0);
    }
    char digits[72];
    int k = 0;
    bool neg = to32 < 0 && (int64_t)v < 0;
    uint64_t mag = neg ? (uint64_t)0 - v : v;
    do {
        digits[k++] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[mag % (uint64_t)at];
        mag /= (uint64_t)at;
    } while (mag);
    char *dst = pl_expr_scratch(cx, e, (size_t)k + 1);
    if (!dst) {
        *out = pl_null();
        return;
    }
    size_t len = 0;
    if (neg)
        dst[len++] = '-';
    while (k)
        dst[len++] = digits[--k];
    *out = pl_str(dst, len, e->type.coll);
}

static int resolve_conv(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = pl_type_string(64, cx->session->collation_connection);
    e->eval = eval_conv;
    return 0;
}

const pl_func pl_funcs_math[] = {
    { "ABS", 1, 1, 0, resolve_abs },
    { "ACOS", 1, 1, 0, resolve_acos },
    { "ASIN", 1, 1, 0, resolve_asin },
    { "ATAN", 1, 2, 0, resolve_atan },
    { "ATAN2", 2, 2, 0, resolve_atan },
    { "CEIL", 1, 1, 0, resolve_ceil },
    { "CEILING", 1, 1, 0, resolve_ceil },
    { "CONV", 3, 3, 0, resolve_conv },
    { "COS", 1, 1, 0, resolve_cos },
    { "COT", 1, 1, 0, resolve_cot },
    { "DEGREES", 1, 1, 0, resolve_degrees },
    { "EXP", 1, 1, 0, resolve_exp },
    { "FLOOR", 1, 1, 0, resolve_floor },
    { "GREATEST", 2, -1, 0, resolve_greatest },
    { "LEAST", 2, -1, 0, resolve_least },
    { "LN", 1, 1, 0, resolve_ln },
    { "LOG", 1, 2, 0, resolve_log },
    { "LOG10", 1, 1, 0, resolve_log10 },
    { "LOG2", 1, 1, 0, resolve_log2 },
    { "MOD", 2, 2, 0, resolve_mod },
    { "PI", 0, 0, 0, resolve_pi },
    { "POW", 2, 2, 0, resolve_pow },
    { "POWER", 2, 2, 0, resolve_pow },
    { "RADIANS", 1, 1, 0, resolve_radians },
    { "RAND", 0, 1, PL_FN_VOLATILE, resolve_rand },
    { "ROUND", 1, 2, 0, resolve_round },
    { "SIGN", 1, 1, 0, resolve_sign },
    { "SIN", 1, 1, 0, resolve_sin },
    { "SQRT", 1, 1, 0, resolve_sqrt },
    { "TAN", 1, 1, 0, resolve_tan },
    { "TRUNCATE", 2, 2, 0, resolve_truncate },
    { NULL, 0, 0, 0, NULL },
};
