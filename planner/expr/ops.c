/*
 * Operators: arithmetic, bit operations, comparisons, logic, IS, BETWEEN,
 * IN, LIKE, CASE, CAST, COLLATE and CONVERT ... USING, with MySQL's result
 * types (resolution) and values (evaluation).
 *
 * Arithmetic types (Item_num_op::find_num_type): DOUBLE if an operand is a
 * DOUBLE or a string, else DECIMAL if one is a DECIMAL or a temporal with
 * fractional seconds, else BIGINT (UNSIGNED when an operand is, for + - *
 * DIV).  '/' is never BIGINT: integers divide as DECIMAL with
 * div_precision_increment more digits.  Integer overflow and a DOUBLE that
 * leaves the finite range are error 1690; a zero divisor is NULL with
 * warning 1365 under ERROR_FOR_DIVISION_BY_ZERO.
 *
 * Logic is three-valued: AND is 0 if any operand is 0, else NULL if any is
 * NULL, else 1; OR dually; NOT NULL is NULL.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "expr.h"
#include "numeric.h"
#include "json.h"
#include "type_agg.h"

/* ---- shared helpers ---- */

static pl_vclass class_of(const pl_expr *e) { return pl_field_class((pl_field)e->type.field); }

/* How a numeric operator computes. */
typedef enum num_kind { NUM_INT, NUM_DECIMAL, NUM_DOUBLE } num_kind;

static bool is_hex_literal(const pl_expr *e)
{
    return e->kind == PL_E_CONST && e->value.cls == PL_STRING && (e->value.flags & PL_VF_HEXNUM);
}

static num_kind operand_kind(const pl_expr *e)
{
    if (is_hex_literal(e))
        return NUM_INT;
    switch (class_of(e)) {
    case PL_INT:
    case PL_NULL:
        return NUM_INT;
    case PL_DECIMAL:
        return NUM_DECIMAL;
    case PL_TEMPORAL:
        return e->type.decimals > 0 && e->type.decimals != PL_DECIMALS_NOT_FIXED ? NUM_DECIMAL : NUM_INT;
    case PL_DOUBLE:
    case PL_STRING:
        break;
    }
    return NUM_DOUBLE;
}

static num_kind arith_kind(const pl_expr *a, const pl_expr *b)
{
    num_kind x = operand_kind(a), y = b ? operand_kind(b) : NUM_INT;
    return x > y ? x : y;
}

/* Digits before the point and scale of a numeric operand, for the
 * precision of DECIMAL results. */
static int op_scale(const pl_expr *e)
{
    if (class_of(e) == PL_INT || class_of(e) == PL_NULL)
        return 0;
    int d = e->type.decimals;
    /* A DECIMAL of unknown scale (a user variable) counts as the most. */
    if (class_of(e) == PL_DECIMAL && d == PL_DECIMALS_NOT_FIXED)
        return PL_DEC_SCALE_MAX;
    return d == PL_DECIMALS_NOT_FIXED ? 0 : d > PL_DEC_SCALE_MAX ? PL_DEC_SCALE_MAX : d;
}

static int op_int_digits(const pl_expr *e)
{
    if (class_of(e) == PL_INT || class_of(e) == PL_NULL)
        return e->type.length > 20 ? 20 : (int)e->type.length;
    if (class_of(e) == PL_DECIMAL) {
        int p = (int)e->type.length - 1 - (e->type.decimals > 0);
        return p - e->type.decimals > 0 ? p - e->type.decimals : 1;
    }
    if (class_of(e) == PL_TEMPORAL)
        return 14;
    return 17;
}

static const char *op_symbol(int op)
{
    static const char *const sym[PL_OP_COUNT] = {
        [PL_OP_NEG] = "-", [PL_OP_BITNOT] = "~", [PL_OP_NOT] = "not",
        [PL_OP_ADD] = "+", [PL_OP_SUB] = "-", [PL_OP_MUL] = "*", [PL_OP_DIV] = "/",
        [PL_OP_INTDIV] = "DIV", [PL_OP_MOD] = "%", [PL_OP_BITAND] = "&", [PL_OP_BITOR] = "|",
        [PL_OP_BITXOR] = "^", [PL_OP_SHL] = "<<", [PL_OP_SHR] = ">>",
        [PL_OP_EQ] = "=", [PL_OP_NSEQ] = "<=>", [PL_OP_NE] = "<>", [PL_OP_LT] = "<",
        [PL_OP_LE] = "<=", [PL_OP_GT] = ">", [PL_OP_GE] = ">=",
        [PL_OP_AND] = "and", [PL_OP_OR] = "or", [PL_OP_XOR] = "xor",
    };
    return op < PL_OP_COUNT && sym[op] ? sym[op] : "?";
}

static void out_of_range(pl_eval_ctx *cx, pl_expr *e, const char *type)
{
    char text[256];
    pl_expr_sql(e, text, sizeof text);
    pl_error(cx, 1690, "22003", "%s value is out of range in '%s'", type, text);
}

static void division_by_zero(pl_eval_ctx *cx)
{
    if (cx->session->sql_mode & PL_MODE_ERROR_FOR_DIVISION_BY_ZERO)
        pl_warn(cx, PL_LEVEL_WARNING, 1365, "Division by 0");
}

/* Both operands of a binary operator; false (with *out NULL) when one is
 * NULL -- the second is not evaluated after a NULL first, as in MySQL, so
 * 1/0 + 1/0 warns once. */
static bool eval_operands(pl_expr *e, pl_eval_ctx *cx, pl_value *a, pl_value *b, pl_value *out)
{
    pl_eval(e->args[0], cx, a);
    if (!pl_is_null(a))
        pl_eval(e->args[1], cx, b);
    if (pl_is_null(a) || pl_is_null(b)) {
        *out = pl_null();
        return false;
    }
    return true;
}

/* ---- arithmetic ---- */

static void eval_arith_int(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a, b;
    if (!eval_operands(e, cx, &a, &b, out))
        return;
    bool au, bu;
    int64_t x = pl_to_int(cx, &a, &au), y = pl_to_int(cx, &b, &bu);
    if (e->iaux == 1) {
        /* NO_UNSIGNED_SUBTRACTION: both operands are read as signed. */
        if ((au && x < 0) || (bu && y < 0)) {
            out_of_range(cx, e, "BIGINT");
            *out = pl_null();
            return;
        }
        au = bu = false;
    }
    pl_int r, ia = { (uint64_t)x, au }, ib = { (uint64_t)y, bu };
    pl_num_status st;
    switch (e->op) {
    case PL_OP_ADD: st = pl_int_add(ia, ib, &r); break;
    case PL_OP_SUB: st = pl_int_sub(ia, ib, &r); break;
    case PL_OP_MUL: st = pl_int_mul(ia, ib, &r); break;
    case PL_OP_INTDIV: st = pl_int_div(ia, ib, &r); break;
    default: st = pl_int_mod(ia, ib, &r); break;
    }
    if (st == PL_NUM_DIV_ZERO) {
        division_by_zero(cx);
        *out = pl_null();
        return;
    }
    if (st == PL_NUM_OVERFLOW) {
        out_of_range(cx, e, r.is_unsigned ? "BIGINT UNSIGNED" : "BIGINT");
        *out = pl_null();
        return;
    }
    *out = r.is_unsigned ? pl_uint64(r.bits) : pl_int64((int64_t)r.bits);
}

static void eval_arith_decimal(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a, b;
    if (!eval_operands(e, cx, &a, &b, out))
        return;
    pl_decimal xd, yd;
    const pl_decimal *x = pl_to_decimal(cx, &a, &xd), *y = pl_to_decimal(cx, &b, &yd);
    pl_dec_status st;
    switch (e->op) {
    case PL_OP_ADD: st = pl_dec_add(x, y, &e->dec); break;
    case PL_OP_SUB: st = pl_dec_sub(x, y, &e->dec); break;
    case PL_OP_MUL: st = pl_dec_mul(x, y, &e->dec); break;
    case PL_OP_DIV: st = pl_dec_div_words(x, y, cx->session->div_precision_increment, &e->dec); break;
    default: st = pl_dec_mod(x, y, &e->dec); break;
    }
    if (st == PL_DEC_DIV_ZERO) {
        division_by_zero(cx);
        *out = pl_null();
        return;
    }
    if (st == PL_DEC_OVERFLOW) {
        out_of_range(cx, e, "DECIMAL");
        *out = pl_null();
        return;
    }
    *out = pl_dec(&e->dec);
}

static void eval_arith_double(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a, b;
    if (!eval_operands(e, cx, &a, &b, out))
        return;
    double x = pl_to_double(cx, &a), y = pl_to_double(cx, &b), r;
    switch (e->op) {
    case PL_OP_ADD: r = x + y; break;
    case PL_OP_SUB: r = x - y; break;
    case PL_OP_MUL: r = x * y; break;
    case PL_OP_DIV:
        if (y == 0) {
            division_by_zero(cx);
            *out = pl_null();
            return;
        }
        r = x / y;
        break;
    default:
        if (y == 0) {
            division_by_zero(cx);
            *out = pl_null();
            return;
        }
        r = fmod(x, y);
        break;
    }
    if (!isfinite(r)) {
        out_of_range(cx, e, "DOUBLE");
        *out = pl_null();
        return;
    }
    *out = pl_double(r);
}

/* x DIV y with a non-integer operand: an exact DECIMAL quotient truncated
 * to an integer, as MySQL does. */
static void eval_intdiv_decimal(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a, b;
    if (!eval_operands(e, cx, &a, &b, out))
        return;
    pl_decimal xd, yd, q, t;
    const pl_decimal *x = pl_to_decimal(cx, &a, &xd), *y = pl_to_decimal(cx, &b, &yd);
    pl_dec_status st = pl_dec_div(x, y, 30, &q);
    if (st == PL_DEC_DIV_ZERO) {
        division_by_zero(cx);
        *out = pl_null();
        return;
    }
    pl_dec_truncate(&q, 0, &t);
    int64_t r;
    uint64_t ur;
    bool is_unsigned = e->type.flags & PL_TF_UNSIGNED;
    if (st == PL_DEC_OVERFLOW ||
        (is_unsigned ? pl_dec_to_uint64(&t, &ur) : pl_dec_to_int64(&t, &r)) != PL_DEC_OK) {
        out_of_range(cx, e, is_unsigned ? "BIGINT UNSIGNED" : "BIGINT");
        *out = pl_null();
        return;
    }
    *out = is_unsigned ? pl_uint64(ur) : pl_int64(r);
}

static void eval_neg(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a;
    pl_eval(e->args[0], cx, &a);
    if (pl_is_null(&a)) {
        *out = pl_null();
        return;
    }
    switch (class_of(e) == PL_INT ? NUM_INT : class_of(e) == PL_DECIMAL ? NUM_DECIMAL : NUM_DOUBLE) {
    case NUM_INT: {
        bool au;
        int64_t x = pl_to_int(cx, &a, &au);
        pl_int r;
        if (pl_int_neg((pl_int){ (uint64_t)x, au }, &r) != PL_NUM_OK) {
            out_of_range(cx, e, "BIGINT");
            *out = pl_null();
            return;
        }
        *out = pl_int64((int64_t)r.bits);
        return;
    }
    case NUM_DECIMAL: {
        pl_decimal xd;
        pl_dec_neg(pl_to_decimal(cx, &a, &xd), &e->dec);
        *out = pl_dec(&e->dec);
        return;
    }
    case NUM_DOUBLE:
        *out = pl_double(-pl_to_double(cx, &a));
        return;
    }
}

static int resolve_arith(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    pl_expr *a = e->args[0], *b = e->nargs > 1 ? e->args[1] : NULL;
    num_kind k = arith_kind(a, b);
    bool any_unsigned = (a->type.flags & PL_TF_UNSIGNED) || (b && (b->type.flags & PL_TF_UNSIGNED)) ||
                        is_hex_literal(a) || (b && is_hex_literal(b));
    if (e->op == PL_OP_NEG) {
        /* MySQL's Item_func_neg: a constant integer whose negation does not
         * fit BIGINT (an UNSIGNED beyond 2^63, or -(-9223372036854775808))
         * makes the negation DECIMAL instead of an overflow. */
        if (k == NUM_INT && class_of(a) == PL_INT && pl_expr_is_const(a)) {
            pl_value v;
            pl_eval(a, cx, &v);
            bool u = v.cls == PL_INT && (v.flags & PL_VF_UNSIGNED);
            if (v.cls == PL_INT && v.u >= (1ull << 63) && (u || (v.u == (1ull << 63) && (a->kind != PL_E_CONST || a->iaux == PL_CONST_NEGATED_LITERAL))))
                k = NUM_DECIMAL;
        }
        if (k == NUM_INT)
            e->type = pl_type_int(a->type.length + 1, false);
        else if (k == NUM_DECIMAL)
            e->type = pl_type_decimal(op_int_digits(a) + op_scale(a), op_scale(a));
        else
            e->type = pl_type_double(class_of(a) == PL_DOUBLE ? a->type.decimals : PL_DECIMALS_NOT_FIXED);
        e->eval = eval_neg;
        return 0;
    }
    if (e->op == PL_OP_DIV && k == NUM_INT)
        k = NUM_DECIMAL;
    int sa = op_scale(a), sb = op_scale(b);
    int ia = op_int_digits(a), ib = op_int_digits(b);
    switch (k) {
    case NUM_INT:
        if (e->op == PL_OP_SUB && (cx->session->sql_mode & PL_MODE_NO_UNSIGNED_SUBTRACTION))
            any_unsigned = false, e->iaux = 1;
        e->type = pl_type_int(21, any_unsigned && e->op != PL_OP_MOD ? true
                                  : e->op == PL_OP_MOD ? (a->type.flags & PL_TF_UNSIGNED) != 0
                                                       : false);
        e->eval = eval_arith_int;
        break;
    case NUM_DECIMAL:
        if (e->op == PL_OP_INTDIV) {
            e->type = pl_type_int(21, any_unsigned);
            e->eval = eval_intdiv_decimal;
            break;
        }
        switch (e->op) {
        case PL_OP_MUL:
            e->type = pl_type_decimal(ia + ib + sa + sb, sa + sb);
            break;
        case PL_OP_DIV: {
            int scale = sa + cx->session->div_precision_increment;
            e->type = pl_type_decimal(ia + sb + scale, scale);
            break;
        }
        default: {
            int scale = sa > sb ? sa : sb;
            e->type = pl_type_decimal((ia > ib ? ia : ib) + 1 + scale, scale);
            break;
        }
        }
        e->eval = eval_arith_decimal;
        break;
    case NUM_DOUBLE:
        if (e->op == PL_OP_INTDIV) {
            e->type = pl_type_int(21, any_unsigned);
            e->eval = eval_intdiv_decimal;
            break;
        }
        {
            /* A DOUBLE keeps fixed decimals through arithmetic (PI() * 2
             * shows 6), and '/' adds div_precision_increment to them. */
            int da = a->type.decimals, db = b->type.decimals;
            if (class_of(a) == PL_INT || is_hex_literal(a))
                da = 0;
            if (class_of(b) == PL_INT || is_hex_literal(b))
                db = 0;
            int d = da > db ? da : db;
            if (e->op == PL_OP_DIV && d < PL_DECIMALS_NOT_FIXED)
                d += cx->session->div_precision_increment;
            e->type = pl_type_double(d > PL_DEC_SCALE_MAX ? PL_DECIMALS_NOT_FIXED : d);
        }
        e->eval = eval_arith_double;
        break;
    }
    return 0;
}

/* ---- bit operations: 64-bit unsigned ---- */

static uint64_t bit_operand(pl_eval_ctx *cx, const pl_value *v)
{
    if (v->cls == PL_DOUBLE || v->cls == PL_DECIMAL || v->cls == PL_STRING) {
        /* MySQL rounds a non-integer operand to the nearest integer and
         * clamps it to the unsigned range. */
        double d = v->cls == PL_DOUBLE ? v->d : pl_to_double(cx, v);
        if (v->cls == PL_DECIMAL) {
            pl_decimal t;
            uint64_t u;
            int64_t s;
            pl_dec_round(v->dec, 0, &t);
            if (!t.neg && pl_dec_to_uint64(&t, &u) == PL_DEC_OK)
                return u;
            if (pl_dec_to_int64(&t, &s) == PL_DEC_OK)
                return (uint64_t)s;
            return t.neg ? (uint64_t)INT64_MIN : UINT64_MAX;
        }
        d = rint(d);
        if (d >= 18446744073709551615.0)
            return UINT64_MAX;
        if (d <= -9223372036854775808.0)
            return (uint64_t)INT64_MIN;
        return d < 0 ? (uint64_t)(int64_t)d : (uint64_t)d;
    }
    return (uint64_t)pl_to_int(cx, v, NULL);
}

static void eval_bit(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a, b;
    pl_eval(e->args[0], cx, &a);
    if (e->op == PL_OP_BITNOT) {
        *out = pl_is_null(&a) ? pl_null() : pl_uint64(~bit_operand(cx, &a));
        return;
    }
    pl_eval(e->args[1], cx, &b);
    if (pl_is_null(&a) || pl_is_null(&b)) {
        *out = pl_null();
        return;
    }
    uint64_t x = bit_operand(cx, &a), y = bit_operand(cx, &b), r;
    switch (e->op) {
    case PL_OP_BITAND: r = x & y; break;
    case PL_OP_BITOR: r = x | y; break;
    case PL_OP_BITXOR: r = x ^ y; break;
    case PL_OP_SHL: r = y >= 64 ? 0 : x << y; break;
    default: r = y >= 64 ? 0 : x >> y; break;
    }
    *out = pl_uint64(r);
}

static int resolve_bit(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(21, true);
    e->eval = eval_bit;
    return 0;
}

/* ---- comparison ---- */

/* Comparison type and collation are kept in iaux: type | coll << 8. */
static void set_cmp(pl_expr *e, const pl_type *a, const pl_type *b)
{
    uint16_t coll;
    pl_cmp_type how = pl_cmp_type_of(a, b, &coll);
    e->iaux = (int64_t)how | (int64_t)coll << 8;
}

static int compare_args(pl_expr *e, pl_eval_ctx *cx, int64_t how, const pl_value *a, const pl_expr *ae,
                        const pl_value *b, const pl_expr *be)
{
    return pl_compare(cx, (pl_cmp_type)(how & 0xff), (uint16_t)(how >> 8), a, &ae->type, b, &be->type);
    (void)e;
}

static bool cmp_holds(int op, int c)
{
    switch (op) {
    case PL_OP_EQ: case PL_OP_NSEQ: return c == 0;
    case PL_OP_NE: return c != 0;
    case PL_OP_LT: return c < 0;
    case PL_OP_LE: return c <= 0;
    case PL_OP_GT: return c > 0;
    default: return c >= 0;
    }
}

static void eval_cmp(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value a, b;
    pl_eval(e->args[0], cx, &a);
    pl_eval(e->args[1], cx, &b);
    if (pl_is_null(&a) || pl_is_null(&b)) {
        if (e->op == PL_OP_NSEQ)
            *out = pl_int64(pl_is_null(&a) && pl_is_null(&b));
        else
            *out = pl_null();
        return;
    }
    int c = compare_args(e, cx, e->iaux, &a, e->args[0], &b, e->args[1]);
    if (c == PL_CMP_RESULT_NULL) {
        *out = e->op == PL_OP_NSEQ ? pl_int64(0) : pl_null();
        return;
    }
    *out = pl_int64(cmp_holds(e->op, c));
}

static int resolve_cmp(pl_expr *e, pl_eval_ctx *cx)
{
    const pl_type *a = &e->args[0]->type, *b = &e->args[1]->type;
    if ((a->flags & PL_TF_EXPLICIT_COLL) && (b->flags & PL_TF_EXPLICIT_COLL) && a->coll != b->coll) {
        const pl_collation *ca = pl_coll_by_id(a->coll), *cb = pl_coll_by_id(b->coll);
        pl_error(cx, 1267, "HY000", "Illegal mix of collations (%s,EXPLICIT) and (%s,EXPLICIT) for operation '%s'",
                 ca ? ca->name : "?", cb ? cb->name : "?", op_symbol(e->op));
        return -1;
    }
    set_cmp(e, &e->args[0]->type, &e->args[1]->type);
    e->type = pl_type_int(1, false);
    e->eval = eval_cmp;
    return 0;
}

/* ---- logic ---- */

static void eval_and_or(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    bool is_and = e->op == PL_OP_AND, saw_null = false;
    for (uint16_t i = 0; i < e->nargs; i++) {
        pl_value v;
        pl_eval(e->args[i], cx, &v);
        int b = pl_to_bool(cx, &v);
        if (b < 0)
            saw_null = true;
        else if (b == !is_and) {
            *out = pl_int64(!is_and);
            return;
        }
    }
    *out = saw_null ? pl_null() : pl_int64(is_and);
}

static void eval_xor(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int r = 0;
    for (uint16_t i = 0; i < e->nargs; i++) {
        pl_value v;
        pl_eval(e->args[i], cx, &v);
        int b = pl_to_bool(cx, &v);
        if (b < 0) {
            *out = pl_null();
            return;
        }
        r ^= b;
    }
    *out = pl_int64(r);
}

static void eval_not(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    int b = pl_to_bool(cx, &v);
    *out = b < 0 ? pl_null() : pl_int64(!b);
}

static void eval_is(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (e->op == PL_OP_IS_NULL || e->op == PL_OP_IS_NOT_NULL) {
        *out = pl_int64(pl_is_null(&v) == (e->op == PL_OP_IS_NULL));
        return;
    }
    int b = pl_to_bool(cx, &v);
    int r;
    switch (e->op) {
    case PL_OP_IS_NULL: r = b < 0; break;
    case PL_OP_IS_NOT_NULL: r = b >= 0; break;
    case PL_OP_IS_TRUE: r = b == 1; break;
    case PL_OP_IS_NOT_TRUE: r = b != 1; break;
    case PL_OP_IS_FALSE: r = b == 0; break;
    default: r = b != 0; break;
    }
    *out = pl_int64(r);
}

static int resolve_logic(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(1, false);
    switch (e->op) {
    case PL_OP_AND: case PL_OP_OR: e->eval = eval_and_or; break;
    case PL_OP_XOR: e->eval = eval_xor; break;
    case PL_OP_NOT: e->eval = eval_not; break;
    default:
        e->eval = eval_is;
        e->type.flags |= PL_TF_NOT_NULL;
        break;
    }
    return 0;
}

/* ---- BETWEEN and IN ---- */

typedef struct pair_cmp {
    int64_t how; /* per list element: comparison type | coll << 8 */
} pair_cmp;

static void eval_between(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    const pair_cmp *pc = e->aux;
    pl_value x, lo, hi;
    pl_eval(e->args[0], cx, &x);
    pl_eval(e->args[1], cx, &lo);
    pl_eval(e->args[2], cx, &hi);
    if (pl_is_null(&x)) {
        *out = pl_null();
        return;
    }
    /* A string tested against numbers is converted (and warned about) once. */
    if (x.cls == PL_STRING && (pc[0].how & 0xff) == PL_CMP_DOUBLE && (pc[1].how & 0xff) == PL_CMP_DOUBLE)
        x = pl_double(pl_to_double(cx, &x));
    /* x >= lo AND x <= hi, three-valued. */
    int ge = -1, le = -1;
    if (!pl_is_null(&lo)) {
        int c = compare_args(e, cx, pc[0].how, &x, e->args[0], &lo, e->args[1]);
        ge = c == PL_CMP_RESULT_NULL ? -1 : c >= 0;
    }
    if (!pl_is_null(&hi)) {
        int c = compare_args(e, cx, pc[1].how, &x, e->args[0], &hi, e->args[2]);
        le = c == PL_CMP_RESULT_NULL ? -1 : c <= 0;
    }
    int r = (ge == 0 || le == 0) ? 0 : (ge < 0 || le < 0) ? -1 : 1;
    if (r >= 0 && e->op == PL_OP_NOT_BETWEEN)
        r = !r;
    *out = r < 0 ? pl_null() : pl_int64(r);
}

static void eval_in(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    const pair_cmp *pc = e->aux;
    pl_value x;
    pl_eval(e->args[0], cx, &x);
    if (pl_is_null(&x)) {
        *out = pl_null();
        return;
    }
    if (x.cls == PL_STRING && e->iaux == PL_CMP_DOUBLE)
        x = pl_double(pl_to_double(cx, &x));
    bool saw_null = false;
    for (uint16_t i = 1; i < e->nargs; i++) {
        pl_value v;
        pl_eval(e->args[i], cx, &v);
        if (pl_is_null(&v)) {
            saw_null = true;
            continue;
        }
        int c = compare_args(e, cx, pc[i - 1].how, &x, e->args[0], &v, e->args[i]);
        if (c == PL_CMP_RESULT_NULL) {
            saw_null = true;
            continue;
        }
        if (c == 0) {
            *out = pl_int64(e->op == PL_OP_IN);
            return;
        }
    }
    *out = saw_null ? pl_null() : pl_int64(e->op != PL_OP_IN);
}

static int resolve_list_cmp(pl_expr *e, pl_eval_ctx *cx)
{
    pair_cmp *pc = jk_arena_alloc(cx->arena, sizeof *pc * e->nargs);
    if (!pc) {
        pl_error(cx, 1041, "HY000", "Out of memory");
        return -1;
    }
    /* iaux: the comparison type shared by every element, or -1. */
    e->iaux = -2;
    for (uint16_t i = 1; i < e->nargs; i++) {
        uint16_t coll;
        pl_cmp_type how = pl_cmp_type_of(&e->args[0]->type, &e->args[i]->type, &coll);
        pc[i - 1].how = (int64_t)how | (int64_t)coll << 8;
        if (e->args[i]->type.field == PL_F_NULL)
            continue;
        e->iaux = e->iaux == -2 || e->iaux == (int64_t)how ? (int64_t)how : -1;
    }
    e->aux = pc;
    e->type = pl_type_int(1, false);
    e->eval = (e->op == PL_OP_BETWEEN || e->op == PL_OP_NOT_BETWEEN) ? eval_between : eval_in;
    return 0;
}

/* ---- LIKE ---- */

static void eval_like(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value x, p;
    pl_eval(e->args[0], cx, &x);
    pl_eval(e->args[1], cx, &p);
    if (pl_is_null(&x) || pl_is_null(&p)) {
        *out = pl_null();
        return;
    }
    uint32_t escape = '\\';
    if (e->nargs > 2) {
        pl_value ev;
        pl_eval(e->args[2], cx, &ev);
        char eb[PL_TEXT_MAX];
        size_t en;
        const char *es = pl_to_text(&ev, &e->args[2]->type, eb, &en);
        if (pl_is_null(&ev) || en == 0) {
            escape = '\\';
        } else {
            int32_t cp;
            pl_utf8_decode(es, en, &cp);
            escape = cp < 0 ? (unsigned char)es[0] : (uint32_t)cp;
        }
    }
    char xb[PL_TEXT_MAX], pb[PL_TEXT_MAX];
    size_t xn, pn;
    const char *xs = pl_to_text(&x, &e->args[0]->type, xb, &xn);
    const char *ps = pl_to_text(&p, &e->args[1]->type, pb, &pn);
    bool m = pl_coll_like((uint16_t)e->iaux, xs, xn, ps, pn, escape);
    *out = pl_int64(m == (e->op == PL_OP_LIKE));
}

static int resolve_like(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    pl_type a = e->args[0]->type, b = e->args[1]->type;
    /* Numbers match as their text, in the connection's collation. */
    if (pl_field_class((pl_field)a.field) != PL_STRING)
        a.coll = cx->session->collation_connection, a.field = PL_F_VAR_STRING;
    if (pl_field_class((pl_field)b.field) != PL_STRING)
        b.coll = cx->session->collation_connection, b.field = PL_F_VAR_STRING;
    e->iaux = pl_coll_aggregate(&a, &b);
    e->type = pl_type_int(1, false);
    e->eval = eval_like;
    return 0;
}

/* ---- CASE ---- */

#define CASE_HAS_OPERAND 0x1
#define CASE_HAS_ELSE 0x2

typedef struct case_state {
    int64_t how;     /* operand comparisons (simple CASE), per WHEN */
    int64_t *when_how;
} case_state;

static void convert_to_type(pl_expr *e, pl_eval_ctx *cx, const pl_value *in, pl_value *out);

static void eval_case(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int flags = (int)e->iaux;
    uint16_t i = 0, end = e->nargs;
    const case_state *cs = e->aux;
    pl_value operand = pl_null();
    if (flags & CASE_HAS_OPERAND)
        pl_eval(e->args[i++], cx, &operand);
    if (flags & CASE_HAS_ELSE)
        end--;
    for (uint16_t w = 0; i + 1 < end + 1 && i < end; i += 2, w++) {
        pl_value cond;
        pl_eval(e->args[i], cx, &cond);
        bool hit;
        if (flags & CASE_HAS_OPERAND) {
            hit = !pl_is_null(&operand) && !pl_is_null(&cond) &&
                  compare_args(e, cx, cs->when_how[w], &operand, e->args[0], &cond, e->args[i]) == 0;
        } else {
            hit = pl_to_bool(cx, &cond) == 1;
        }
        if (hit) {
            pl_value v;
            pl_eval(e->args[i + 1], cx, &v);
            convert_to_type(e, cx, &v, out);
            return;
        }
    }
    if (flags & CASE_HAS_ELSE) {
        pl_value v;
        pl_eval(e->args[e->nargs - 1], cx, &v);
        convert_to_type(e, cx, &v, out);
        return;
    }
    *out = pl_null();
}

static int resolve_case(pl_expr *e, pl_eval_ctx *cx)
{
    int flags = (int)e->iaux;
    uint16_t first = (flags & CASE_HAS_OPERAND) ? 1 : 0;
    uint16_t end = (flags & CASE_HAS_ELSE) ? e->nargs - 1 : e->nargs;
    case_state *cs = jk_arena_zalloc(cx->arena, sizeof *cs);
    if (!cs)
        return pl_error(cx, 1041, "HY000", "Out of memory"), -1;
    cs->when_how = jk_arena_alloc(cx->arena, sizeof(int64_t) * e->nargs);
    if (!cs->when_how)
        return pl_error(cx, 1041, "HY000", "Out of memory"), -1;
    pl_agg agg;
    pl_agg_init(&agg, cx->session->collation_connection);
    for (uint16_t i = first, w = 0; i + 1 < end + 1 && i < end; i += 2, w++) {
        if (first) {
            uint16_t coll;
            pl_cmp_type how = pl_cmp_type_of(&e->args[0]->type, &e->args[i]->type, &coll);
            cs->when_how[w] = (int64_t)how | (int64_t)coll << 8;
        }
        pl_agg_add(&agg, &e->args[i + 1]->type);
    }
    if (flags & CASE_HAS_ELSE)
        pl_agg_add(&agg, &e->args[e->nargs - 1]->type);
    e->type = pl_agg_result(&agg);
    e->type.flags &= (uint8_t)~PL_TF_NOT_NULL;
    e->aux = cs;
    e->eval = eval_case;
    return 0;
}

/* ---- CAST ---- */

static void set_fsp(pl_temporal *t, int fsp)
{
    if (t->fsp == fsp && (fsp == 6 || t->microsecond % 10 == 0))
        return;
    char buf[PL_TM_STR_MAX];
    pl_temporal full = *t;
    full.fsp = 6;
    size_t n = pl_tm_to_string(&full, buf);
    pl_temporal r;
    if (pl_tm_parse(buf, n, (pl_tm_kind)t->kind, fsp, &r) != PL_TM_INVALID)
        *t = r;
    else
        t->fsp = (uint8_t)fsp;
}

/* Truncate a string to at most `chars` characters, warning as CAST does. */
static size_t cut_chars(pl_eval_ctx *cx, const pl_expr *e, const char *s, size_t n, uint16_t coll,
                        uint32_t chars, const char *what)
{
    size_t off = pl_coll_char_offset(coll, s, n, chars);
    if (off < n)
        pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect %s(%u) value: '%.*s'", what,
                (unsigned)chars, (int)(n > 128 ? 128 : n), s);
    (void)e;
    return off;
}

static void cast_to_string(pl_expr *e, pl_eval_ctx *cx, const pl_value *v, const pl_type *vt, pl_value *out)
{
    char buf[PL_TEXT_MAX];
    size_t n;
    const char *s = pl_to_text(v, vt, buf, &n);
    uint16_t coll = e->type.coll;
    bool binary = coll == PL_COLL_BINARY;
    if (e->iaux >= 0) {
        uint32_t want = (uint32_t)e->iaux;
        n = cut_chars(cx, e, s, n, coll, want, binary ? "BINARY" : "CHAR");
        if (binary && n < want) {
            /* BINARY(n) pads with zero bytes to n. */
            char *p = pl_expr_scratch(cx, e, want);
            if (!p) {
                *out = pl_null();
                return;
            }
            memmove(p, s, n);
            memset(p + n, 0, want - n);
            *out = pl_str(p, want, coll);
            return;
        }
    }
    if (s == buf) {
        char *p = pl_expr_scratch(cx, e, n ? n : 1);
        if (!p) {
            *out = pl_null();
            return;
        }
        memcpy(p, s, n);
        s = p;
    }
    *out = pl_str(s, n, coll);
}

static void cast_to_int(pl_expr *e, pl_eval_ctx *cx, const pl_value *v, pl_value *out)
{
    bool want_unsigned = e->type.flags & PL_TF_UNSIGNED;
    if (v->cls == PL_DOUBLE || v->cls == PL_DECIMAL) {
        if (want_unsigned) {
            pl_decimal d, r;
            const pl_decimal *x = pl_to_decimal(cx, v, &d);
            pl_dec_round(x, 0, &r);
            uint64_t u;
            if (pl_dec_to_uint64(&r, &u) == PL_DEC_OK) {
                *out = pl_uint64(u);
                return;
            }
            int64_t s;
            if (r.neg && pl_dec_to_int64(&r, &s) == PL_DEC_OK) {
                pl_warn(cx, PL_LEVEL_NOTE, 1105,
                        "Cast to unsigned converted negative integer to it's positive complement");
                *out = pl_uint64((uint64_t)s);
                return;
            }
            char buf[PL_TEXT_MAX];
            size_t n;
            const char *t = pl_to_text(v, NULL, buf, &n);
            pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect INTEGER value: '%.*s'", (int)n, t);
            *out = pl_uint64(r.neg ? (uint64_t)INT64_MIN : UINT64_MAX);
            return;
        }
        bool u;
        *out = pl_int64(pl_to_int(cx, v, &u));
        return;
    }
    bool is_unsigned;
    int64_t x = pl_to_int(cx, v, &is_unsigned);
    /* Integers keep their bits silently; a string that does not fit the
     * target's sign is warned about, as MySQL 8 does. */
    if (v->cls == PL_STRING && !(v->flags & PL_VF_HEXNUM)) {
        size_t k = 0;
        while (k < v->len && (v->s[k] == ' ' || v->s[k] == '\t'))
            k++;
        bool written_negative = k < v->len && v->s[k] == '-';
        if (want_unsigned && written_negative && x < 0)
            pl_warn(cx, PL_LEVEL_WARNING, 1105,
                    "Cast to unsigned converted negative integer to it's positive complement");
        else if (!want_unsigned && is_unsigned && x < 0)
            pl_warn(cx, PL_LEVEL_WARNING, 1105,
                    "Cast to signed converted positive out-of-range integer to it's negative complement");
    }
    *out = want_unsigned ? pl_uint64((uint64_t)x) : pl_int64(x);
}

static void cast_to_year(pl_expr *e, pl_eval_ctx *cx, const pl_value *v, pl_value *out)
{
    (void)e;
    int64_t y;
    if (v->cls == PL_TEMPORAL) {
        pl_temporal t;
        if (!pl_to_temporal(cx, v, NULL, PL_TM_DATETIME, &t)) {
            *out = pl_null();
            return;
        }
        y = t.year;
    } else {
        y = pl_to_int(cx, v, NULL);
        bool from_string = v->cls == PL_STRING;
        if (y == 0 && from_string)
            y = 2000;
        else if (y > 0 && y < 70)
            y += 2000;
        else if (y >= 70 && y < 100)
            y += 1900;
    }
    if (y != 0 && (y < 1901 || y > 2155)) {
        char buf[PL_TEXT_MAX];
        size_t n;
        const char *t = pl_to_text(v, NULL, buf, &n);
        pl_warn(cx, PL_LEVEL_WARNING, 1292, "Truncated incorrect YEAR value: '%.*s'", (int)n, t);
        *out = pl_null();
        return;
    }
    *out = pl_int64(y);
}

/* CAST(x AS JSON): a string is parsed and printed in MySQL's normal form;
 * a number is a JSON number and a temporal a JSON string of its text. */
static void cast_to_json(pl_expr *e, pl_eval_ctx *cx, const pl_value *v, const pl_type *vt, pl_value *out)
{
    pl_json_doc *doc = e->aux;
    if (!doc) {
        doc = e->aux = jk_arena_alloc(cx->arena, sizeof *doc);
        if (!doc) {
            pl_error(cx, 1041, "HY000", "Out of memory");
            *out = pl_null();
            return;
        }
        pl_json_init(doc, cx->arena);
    }
    const char *text;
    size_t len;
    if (v->cls == PL_STRING && vt->field != PL_F_JSON && vt->coll == PL_COLL_BINARY) {
        pl_error(cx, 3144, "22032", "Cannot create a JSON value from a string with CHARACTER SET 'binary'.");
        *out = pl_null();
        return;
    }
    if (v->cls == PL_STRING) {
        pl_json_error err = { 0 };
        pl_json_status st = pl_json_normalize(doc, v->s, v->len, &text, &len, &err);
        if (st == PL_JSON_SYNTAX) {
            pl_error(cx, 3141, "22032", "Invalid JSON text in argument 1 to function cast_as_json: \"%s\" at position %zu.",
                     err.msg, err.pos);
            *out = pl_null();
            return;
        }
        if (st != PL_JSON_OK) {
            pl_error(cx, st == PL_JSON_TOO_DEEP ? 3157 : 1041, "22032",
                     st == PL_JSON_TOO_DEEP ? "The JSON document exceeds the maximum depth." : "Out of memory");
            *out = pl_null();
            return;
        }
    } else {
        char buf[PL_TEXT_MAX];
        size_t n;
        pl_type plain = *vt;
        const char *t = pl_to_text(v, &plain, buf, &n);
        pl_json_reset(doc);
        uint32_t node;
        if (v->cls == PL_TEMPORAL)
            node = pl_json_new_text(doc, v->tm.kind == PL_TM_DATE ? PL_JSON_DATE
                                         : v->tm.kind == PL_TM_TIME ? PL_JSON_TIME : PL_JSON_DATETIME, t, n);
        else if (v->cls == PL_DECIMAL)
            node = pl_json_new_text(doc, PL_JSON_DECIMAL, t, n);
        else if (v->cls == PL_DOUBLE)
            node = pl_json_new_double(doc, v->d);
        else
            node = (v->flags & PL_VF_UNSIGNED) ? pl_json_new_uint(doc, v->u) : pl_json_new_int(doc, v->i);
        if (node == PL_JSON_NONE || !pl_json_print(doc, node, &text, &len)) {
            pl_error(cx, 1041, "HY000", "Out of memory");
            *out = pl_null();
            return;
        }
    }
    *out = pl_str(text, len, PL_COLL_UTF8MB4_BIN);
}

static void eval_cast(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return;
    }
    const pl_type *vt = &e->args[0]->type;
    switch ((pl_field)e->type.field) {
    case PL_F_LONGLONG:
        cast_to_int(e, cx, &v, out);
        return;
    case PL_F_YEAR:
        cast_to_year(e, cx, &v, out);
        return;
    case PL_F_NEWDECIMAL: {
        pl_decimal d;
        const pl_decimal *x = pl_to_decimal(cx, &v, &d);
        int scale = e->type.decimals;
        int prec = (int)e->type.length - 1 - (scale > 0);
        if (pl_dec_cast(x, prec, scale, &e->dec) == PL_DEC_OVERFLOW) {
            char text[256];
            if (e->name) {
                pl_warn(cx, PL_LEVEL_WARNING, 1264, "Out of range value for column '%s' at row 1", e->name);
            } else {
                pl_expr_sql(e->args[0], text, sizeof text);
                pl_warn(cx, PL_LEVEL_WARNING, 1264,
                        "Out of range value for column 'cast(%s as decimal(%d,%d))' at row 1", text, prec, scale);
            }
        }
        *out = pl_dec(&e->dec);
        return;
    }
    case PL_F_DOUBLE:
    case PL_F_FLOAT: {
        double d = pl_to_double(cx, &v);
        *out = pl_double(e->type.field == PL_F_FLOAT ? (double)(float)d : d);
        return;
    }
    case PL_F_DATE:
    case PL_F_TIME:
    case PL_F_DATETIME: {
        pl_tm_kind kind = e->type.field == PL_F_DATE ? PL_TM_DATE
                          : e->type.field == PL_F_TIME ? PL_TM_TIME : PL_TM_DATETIME;
        pl_temporal t;
        if (!pl_to_temporal(cx, &v, vt, kind, &t)) {
            *out = pl_null();
            return;
        }
        set_fsp(&t, kind == PL_TM_DATE ? 0 : e->type.decimals);
        *out = pl_tm(t);
        return;
    }
    case PL_F_JSON:
        cast_to_json(e, cx, &v, vt, out);
        return;
    default:
        cast_to_string(e, cx, &v, vt, out);
        return;
    }
}

static int type_number(const pl_expr *t, int which, int dflt)
{
    /* The compiler stores CAST lengths in the TYPE node: iaux = length or
     * -1, index = scale or 0, and which = 0 / 1 selects. */
    if (which == 0)
        return t->iaux >= 0 ? (int)t->iaux : dflt;
    return (int)t->index;
}

static int resolve_cast(pl_expr *e, pl_eval_ctx *cx)
{
    const pl_expr *t = e->args[1];
    const char *name = t->name;
    e->iaux = -1;
    if (!strcmp(name, "SIGNED") || !strcmp(name, "UNSIGNED")) {
        e->type = pl_type_int(21, name[0] == 'U');
    } else if (!strcmp(name, "DECIMAL")) {
        int prec = type_number(t, 0, 10), scale = type_number(t, 1, 0);
        if (prec > PL_DEC_PRECISION_MAX)
            return pl_error(cx, 1426, "42000",
                            "Too-big precision %d specified for 'cast(...)'. Maximum is 65.", prec), -1;
        if (scale > PL_DEC_SCALE_MAX)
            return pl_error(cx, 1425, "42000", "Too big scale %d specified for 'cast(...)'. Maximum is 30.",
                            scale), -1;
        if (scale > prec)
            return pl_error(cx, 1427, "42000",
                            "For float(M,D), double(M,D) or decimal(M,D), M must be >= D (column '')."), -1;
        e->type = pl_type_decimal(prec ? prec : 10, scale);
    } else if (!strcmp(name, "DOUBLE") || !strcmp(name, "REAL")) {
        e->type = pl_type_double(PL_DECIMALS_NOT_FIXED);
    } else if (!strcmp(name, "FLOAT")) {
        int p = type_number(t, 0, 0);
        e->type = pl_type_double(PL_DECIMALS_NOT_FIXED);
        if (p <= 24)
            e->type.field = PL_F_FLOAT, e->type.length = 12;
    } else if (!strcmp(name, "DATE")) {
        e->type = pl_type_temporal(PL_F_DATE, 0);
    } else if (!strcmp(name, "TIME") || !strcmp(name, "DATETIME")) {
        int fsp = type_number(t, 0, 0);
        if (fsp > 6)
            return pl_error(cx, 1426, "42000",
                            "Too-big precision %d specified for 'cast(...)'. Maximum is 6.", fsp), -1;
        e->type = pl_type_temporal(name[1] == 'I' ? PL_F_TIME : PL_F_DATETIME, fsp);
    } else if (!strcmp(name, "YEAR")) {
        e->type = pl_type_int(4, true);
        e->type.field = PL_F_YEAR;
        e->type.flags = 0;
    } else if (!strcmp(name, "JSON")) {
        e->type = pl_type_string(0, PL_COLL_UTF8MB4_BIN);
        e->type.field = PL_F_JSON;
    } else {
        /* CHAR(n) [charset], NCHAR(n), BINARY(n). */
        bool binary = !strcmp(name, "BINARY");
        uint16_t coll = binary ? PL_COLL_BINARY : t->type.coll ? t->type.coll : cx->session->collation_connection;
        e->iaux = t->iaux;
        e->type = pl_type_string(e->iaux >= 0 ? (uint32_t)e->iaux : e->args[0]->type.length, coll);
    }
    e->eval = eval_cast;
    return 0;
}

/* ---- COLLATE and CONVERT USING ---- */

static void eval_passthrough(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return;
    }
    if (v.cls != PL_STRING) {
        char buf[PL_TEXT_MAX];
        size_t n;
        const char *s = pl_to_text(&v, &e->args[0]->type, buf, &n);
        char *p = pl_expr_scratch(cx, e, n ? n : 1);
        if (!p) {
            *out = pl_null();
            return;
        }
        memcpy(p, s, n);
        v = pl_str(p, n, e->type.coll);
    }
    v.coll = e->type.coll;
    *out = v;
}

static int resolve_collate(pl_expr *e, pl_eval_ctx *cx)
{
    /* The compiler put the requested collation in type.coll; it must belong
     * to the operand's character set. */
    uint16_t want = e->type.coll;
    const pl_type *a = &e->args[0]->type;
    const pl_collation *wc = pl_coll_by_id(want);
    uint16_t have = pl_field_class((pl_field)a->field) == PL_STRING ? a->coll : cx->session->collation_connection;
    const pl_collation *hc = pl_coll_by_id(have);
    if (e->op == PL_OP_COLLATE && wc && hc && strcmp(wc->charset, hc->charset) != 0)
        return pl_error(cx, 1253, "42000", "COLLATION '%s' is not valid for CHARACTER SET '%s'", wc->name,
                        hc->charset), -1;
    e->type = pl_type_string(a->length, want);
    if (e->op == PL_OP_COLLATE)
        e->type.flags |= PL_TF_EXPLICIT_COLL;
    e->eval = eval_passthrough;
    return 0;
}

/* ---- conversions of a result to the node's own type (CASE) ---- */

static void convert_to_type(pl_expr *e, pl_eval_ctx *cx, const pl_value *in, pl_value *out)
{
    if (pl_is_null(in)) {
        *out = pl_null();
        return;
    }
    switch (pl_field_class((pl_field)e->type.field)) {
    case PL_INT:
        if (in->cls == PL_INT) {
            *out = *in;
        } else {
            bool u;
            int64_t x = pl_to_int(cx, in, &u);
            *out = u ? pl_uint64((uint64_t)x) : pl_int64(x);
        }
        return;
    case PL_DOUBLE:
        *out = pl_double(pl_to_double(cx, in));
        return;
    case PL_DECIMAL: {
        pl_decimal d;
        const pl_decimal *x = pl_to_decimal(cx, in, &d);
        pl_dec_round(x, e->type.decimals, &e->dec);
        *out = pl_dec(&e->dec);
        return;
    }
    case PL_TEMPORAL: {
        pl_tm_kind kind = e->type.field == PL_F_DATE ? PL_TM_DATE
                          : e->type.field == PL_F_TIME ? PL_TM_TIME : PL_TM_DATETIME;
        pl_temporal t;
        if (!pl_to_temporal(cx, in, NULL, kind, &t)) {
            *out = pl_null();
            return;
        }
        if (kind != PL_TM_DATE)
            set_fsp(&t, e->type.decimals == PL_DECIMALS_NOT_FIXED ? 0 : e->type.decimals);
        *out = pl_tm(t);
        return;
    }
    case PL_STRING:
    case PL_NULL:
        if (in->cls == PL_STRING) {
            *out = *in;
            out->coll = e->type.coll;
            return;
        }
        {
            char buf[PL_TEXT_MAX];
            size_t n;
            pl_type t = { 0 };
            t.decimals = PL_DECIMALS_NOT_FIXED;
            const char *s = pl_to_text(in, &t, buf, &n);
            char *p = pl_expr_scratch(cx, e, n ? n : 1);
            if (!p) {
                *out = pl_null();
                return;
            }
            memcpy(p, s, n);
            *out = pl_str(p, n, e->type.coll);
        }
        return;
    }
}

void pl_convert_result(pl_expr *e, pl_eval_ctx *cx, const pl_value *in, pl_value *out)
{
    convert_to_type(e, cx, in, out);
}

/* ---- dispatch ---- */

static void eval_column(pl_expr *e, pl_eval_ctx *cx, pl_value *out) { *out = cx->row[e->index]; }
static void eval_param(pl_expr *e, pl_eval_ctx *cx, pl_value *out) { *out = cx->params[e->index]; }

static void eval_user_var(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_type t;
    pl_session_get_var(cx->session, e->name, e->name_len, out, &t);
    /* MySQL converts a user variable's string without warnings. */
    out->flags |= PL_VF_QUIET;
}

static void eval_never(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    (void)e;
    pl_error(cx, 1064, "42000", "You have an error in your SQL syntax");
    *out = pl_null();
}

int pl_resolve(pl_expr *e, pl_eval_ctx *cx)
{
    switch ((pl_expr_kind)e->kind) {
    case PL_E_CONST:
        return 0;
    case PL_E_COLUMN:
        e->eval = eval_column;
        return 0;
    case PL_E_PARAM:
        e->eval = eval_param;
        return 0;
    case PL_E_USER_VAR: {
        pl_value v;
        pl_session_get_var(cx->session, e->name, e->name_len, &v, &e->type);
        e->eval = eval_user_var;
        return 0;
    }
    case PL_E_KEYWORD:
    case PL_E_TYPE:
    case PL_E_INTERVAL:
        /* Only meaningful to the function that takes them. */
        if (!e->eval)
            e->eval = eval_never;
        return 0;
    case PL_E_FUNC: {
        const pl_func *f = e->func;
        if (e->nargs < f->min_args || (f->max_args >= 0 && e->nargs > f->max_args))
            return pl_error(cx, 1582, "42000", "Incorrect parameter count in the call to native function '%s'",
                            e->name), -1;
        return f->resolve(e, cx);
    }
    case PL_E_OP:
        break;
    }
    switch ((pl_op)e->op) {
    case PL_OP_NEG: case PL_OP_ADD: case PL_OP_SUB: case PL_OP_MUL: case PL_OP_DIV:
    case PL_OP_INTDIV: case PL_OP_MOD:
        return resolve_arith(e, cx);
    case PL_OP_BITNOT: case PL_OP_BITAND: case PL_OP_BITOR: case PL_OP_BITXOR: case PL_OP_SHL:
    case PL_OP_SHR:
        return resolve_bit(e, cx);
    case PL_OP_EQ: case PL_OP_NSEQ: case PL_OP_NE: case PL_OP_LT: case PL_OP_LE: case PL_OP_GT:
    case PL_OP_GE:
        return resolve_cmp(e, cx);
    case PL_OP_NOT: case PL_OP_AND: case PL_OP_OR: case PL_OP_XOR:
    case PL_OP_IS_NULL: case PL_OP_IS_NOT_NULL: case PL_OP_IS_TRUE: case PL_OP_IS_NOT_TRUE:
    case PL_OP_IS_FALSE: case PL_OP_IS_NOT_FALSE:
        return resolve_logic(e, cx);
    case PL_OP_BETWEEN: case PL_OP_NOT_BETWEEN: case PL_OP_IN: case PL_OP_NOT_IN:
        return resolve_list_cmp(e, cx);
    case PL_OP_LIKE: case PL_OP_NOT_LIKE:
        return resolve_like(e, cx);
    case PL_OP_CASE:
        return resolve_case(e, cx);
    case PL_OP_CAST:
        return resolve_cast(e, cx);
    case PL_OP_COLLATE: case PL_OP_CONVERT_USING:
        return resolve_collate(e, cx);
    case PL_OP_COUNT:
        break;
    }
    return pl_error(cx, 1064, "42000", "unknown operator"), -1;
}
