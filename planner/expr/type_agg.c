/*
 * MySQL's type aggregation and the helpers the function families share.
 * The rules are listed in type_agg.h; this file only says why where the
 * code is not obvious.
 */
#include "type_agg.h"

#include <stdio.h>
#include <string.h>

#include "jimkv/assert.h"

/* Integer kinds by width: MySQL's merge keeps the widest. */
static int int_rank(uint8_t field)
{
    switch (field) {
    case PL_F_TINY: return 1;
    case PL_F_SHORT: return 2;
    case PL_F_INT24: return 3;
    case PL_F_LONG: return 4;
    case PL_F_LONGLONG: return 5;
    default: return 0;
    }
}

static uint8_t int_of_rank(int r)
{
    static const uint8_t f[] = { PL_F_LONGLONG, PL_F_TINY, PL_F_SHORT, PL_F_INT24, PL_F_LONG,
                                 PL_F_LONGLONG };
    return f[r < 0 || r > 5 ? 0 : r];
}

static bool is_int_field(uint8_t f) { return int_rank(f) > 0; }
static bool is_string_field(uint8_t f)
{
    return pl_field_class((pl_field)f) == PL_STRING && f != PL_F_BIT && f != PL_F_JSON;
}
static bool is_temporal_field(uint8_t f) { return pl_field_class((pl_field)f) == PL_TEMPORAL; }

/* Field::field_type_merge() for two non-NULL fields, on the classes JimKV
 * produces.  VAR_STRING stands for MySQL's VARCHAR result. */
static uint8_t merge_field(uint8_t a, uint8_t b)
{
    if (a == b)
        return a == PL_F_ENUM || a == PL_F_SET ? PL_F_VAR_STRING : a;
    if (a == PL_F_YEAR && (is_int_field(b) || pl_field_class((pl_field)b) == PL_DOUBLE ||
                           b == PL_F_NEWDECIMAL))
        return b;
    if (b == PL_F_YEAR && (is_int_field(a) || pl_field_class((pl_field)a) == PL_DOUBLE ||
                           a == PL_F_NEWDECIMAL))
        return a;
    if (is_string_field(a) || is_string_field(b) || a == PL_F_BIT || b == PL_F_BIT ||
        a == PL_F_JSON || b == PL_F_JSON || a == PL_F_YEAR || b == PL_F_YEAR)
        return PL_F_VAR_STRING;
    if (is_temporal_field(a) || is_temporal_field(b)) {
        if (!is_temporal_field(a) || !is_temporal_field(b))
            return PL_F_VAR_STRING; /* a temporal with a number */
        return PL_F_DATETIME;       /* TIME, DATE, DATETIME, TIMESTAMP mixed */
    }
    /* Both numeric. */
    if (a == PL_F_DOUBLE || b == PL_F_DOUBLE || a == PL_F_FLOAT || b == PL_F_FLOAT) {
        /* FLOAT survives only with small integers; a FLOAT with anything
         * else is DOUBLE, which prints every FLOAT value's digits. */
        return PL_F_DOUBLE;
    }
    if (a == PL_F_NEWDECIMAL || b == PL_F_NEWDECIMAL || a == PL_F_DECIMAL || b == PL_F_DECIMAL)
        return PL_F_NEWDECIMAL;
    return int_of_rank(int_rank(a) > int_rank(b) ? int_rank(a) : int_rank(b));
}

void pl_agg_init(pl_agg *a, uint16_t default_coll)
{
    memset(a, 0, sizeof *a);
    a->field = PL_F_NULL;
    a->default_coll = default_coll;
}

/* Integer digits a numeric type can hold (MySQL's decimal_int_part()). */
static uint32_t int_digits_of(const pl_type *t)
{
    pl_vclass c = pl_field_class((pl_field)t->field);
    if (c == PL_INT)
        return t->length > 20 ? 20 : t->length;
    if (c == PL_DECIMAL) {
        int p = (int)t->length - 1 - (t->decimals > 0);
        int d = p - (int)t->decimals;
        return d > 0 ? (uint32_t)d : 1;
    }
    if (c == PL_TEMPORAL)
        return 14;
    return 0;
}

void pl_agg_add(pl_agg *a, const pl_type *t)
{
    if (t->field == PL_F_NULL)
        return;
    bool first = a->count == 0;
    a->count++;
    uint8_t before = a->field;
    a->field = first ? t->field : merge_field(a->field, t->field);
    if (is_int_field(t->field) || t->field == PL_F_YEAR) {
        bool uns = (t->flags & PL_TF_UNSIGNED) || t->field == PL_F_YEAR;
        if (uns) {
            a->any_unsigned = true;
            /* Signs mix harmlessly unless the unsigned one is the widest. */
            if (int_rank(t->field) >= int_rank(first ? t->field : before))
                a->unsigned_widest = true;
        } else {
            a->any_signed = true;
            if (!first && int_rank(t->field) > int_rank(before))
                a->unsigned_widest = false;
        }
    } else if (t->field == PL_F_NEWDECIMAL) {
        if (!(t->flags & PL_TF_UNSIGNED))
            a->any_signed = true;
    } else if (pl_field_class((pl_field)t->field) == PL_DOUBLE) {
        a->any_signed = true;
    }
    uint8_t dec = t->decimals;
    pl_vclass c = pl_field_class((pl_field)t->field);
    if (c == PL_INT)
        dec = 0;
    if (c == PL_STRING)
        dec = PL_DECIMALS_NOT_FIXED;
    if (dec > a->decimals)
        a->decimals = dec > PL_DECIMALS_NOT_FIXED ? PL_DECIMALS_NOT_FIXED : dec;
    if (c == PL_DECIMAL && t->decimals <= PL_DEC_SCALE_MAX && t->decimals > a->scale)
        a->scale = t->decimals;
    uint32_t id = int_digits_of(t);
    if (id > a->int_digits)
        a->int_digits = id;
    if (t->length > a->length)
        a->length = t->length;
    if (c == PL_STRING) {
        if (!a->coll) {
            a->coll = t->coll;
        } else {
            pl_type cur = pl_type_string(0, a->coll);
            a->coll = pl_coll_aggregate(&cur, t);
        }
    }
}

pl_type pl_agg_result(const pl_agg *a)
{
    if (a->count == 0) {
        /* All NULL: MySQL gives a binary string of length 0. */
        pl_type t = pl_type_string(0, PL_COLL_BINARY);
        t.field = PL_F_NULL;
        return t;
    }
    uint8_t f = a->field;
    bool mixed = a->any_unsigned && a->any_signed;
    if (is_int_field(f) && mixed && a->unsigned_widest) {
        int r = int_rank(f);
        f = r == 5 ? PL_F_NEWDECIMAL : int_of_rank(r + 1);
    }
    pl_type t;
    switch (pl_field_class((pl_field)f)) {
    case PL_INT:
        t = pl_type_int(a->length ? a->length : 1, a->any_unsigned && !a->any_signed);
        if (f != PL_F_YEAR) {
            t.field = f;
        } else {
            t.field = PL_F_YEAR;
            t.flags |= PL_TF_UNSIGNED;
        }
        return t;
    case PL_DOUBLE:
        t = pl_type_double(a->decimals);
        t.field = f;
        return t;
    case PL_DECIMAL: {
        int digits = (int)a->int_digits + a->scale;
        t = pl_type_decimal(digits < 1 ? 1 : digits, a->scale);
        if (!a->any_signed)
            t.flags |= PL_TF_UNSIGNED;
        return t;
    }
    case PL_TEMPORAL: {
        int fsp = f == PL_F_DATE ? 0 : a->decimals > PL_TM_FSP_MAX ? PL_TM_FSP_MAX : a->decimals;
        return pl_type_temporal((pl_field)f, fsp);
    }
    case PL_STRING:
    case PL_NULL:
        break;
    }
    if (f == PL_F_JSON) {
        t = pl_type_string(a->length, PL_COLL_UTF8MB4_BIN);
        t.field = PL_F_JSON;
        return t;
    }
    t = pl_type_string(a->length, a->coll ? a->coll : a->default_coll);
    if (f == PL_F_BIT)
        t.field = PL_F_BIT;
    return t;
}

pl_type pl_agg_args(pl_expr *const *args, size_t n, uint16_t default_coll)
{
    pl_agg a;
    pl_agg_init(&a, default_coll);
    for (size_t i = 0; i < n; i++)
        if (args[i])
            pl_agg_add(&a, &args[i]->type);
    return pl_agg_result(&a);
}

pl_type pl_type_aggregate(const pl_type *types, int n, uint16_t coll_connection)
{
    pl_agg a;
    pl_agg_init(&a, coll_connection);
    for (int i = 0; i < n; i++)
        pl_agg_add(&a, &types[i]);
    return pl_agg_result(&a);
}

pl_vclass pl_numeric_class(const pl_type *t)
{
    pl_vclass c = pl_field_class((pl_field)t->field);
    switch (c) {
    case PL_INT:
    case PL_DECIMAL:
    case PL_DOUBLE:
        return c;
    case PL_TEMPORAL:
        return t->decimals > 0 && t->decimals <= PL_TM_FSP_MAX ? PL_DECIMAL : PL_INT;
    case PL_STRING:
        /* BIT values are numbers in a numeric context. */
        return t->field == PL_F_BIT ? PL_INT : PL_DOUBLE;
    case PL_NULL:
        break;
    }
    return PL_DOUBLE;
}

static pl_tm_kind kind_of_field(uint8_t f)
{
    return f == PL_F_DATE ? PL_TM_DATE : f == PL_F_TIME ? PL_TM_TIME : PL_TM_DATETIME;
}

void pl_coerce(pl_eval_ctx *cx, pl_expr *e, const pl_value *in, const pl_type *in_type,
               pl_value *out)
{
    JK_ASSERT(in != out);
    if (pl_is_null(in)) {
        *out = pl_null();
        return;
    }
    switch (pl_field_class((pl_field)e->type.field)) {
    case PL_INT:
        if (in->cls == PL_INT) {
            *out = *in;
        } else {
            bool uns = false;
            int64_t v = pl_to_int(cx, in, &uns);
            *out = uns ? pl_uint64((uint64_t)v) : pl_int64(v);
        }
        return;
    case PL_DOUBLE:
        *out = pl_double(in->cls == PL_DOUBLE ? in->d : pl_to_double(cx, in));
        return;
    case PL_DECIMAL: {
        pl_decimal d;
        d = *pl_to_decimal(cx, in, &d);
        int scale = e->type.decimals > PL_DEC_SCALE_MAX ? PL_DEC_SCALE_MAX : e->type.decimals;
        /* Widen to the result's scale so every row prints alike. */
        if (d.scale < scale)
            pl_dec_round(&d, scale, &e->dec);
        else
            e->dec = d;
        *out = pl_dec(&e->dec);
        return;
    }
    case PL_TEMPORAL: {
        pl_temporal tm;
        if (!pl_to_temporal(cx, in, in_type, kind_of_field(e->type.field), &tm)) {
            *out = pl_null();
            return;
        }
        if (tm.kind != PL_TM_DATE && e->type.decimals <= PL_TM_FSP_MAX && tm.fsp < e->type.decimals)
            tm.fsp = e->type.decimals;
        *out = pl_tm(tm);
        return;
    }
    case PL_STRING:
    case PL_NULL:
        break;
    }
    if (in->cls == PL_STRING) {
        *out = *in;
        if (e->type.field != PL_F_NULL)
            out->coll = e->type.coll;
        return;
    }
    char buf[PL_TEXT_MAX];
    size_t len;
    const char *s = pl_to_text(in, in_type, buf, &len);
    char *dst = pl_expr_scratch(cx, e, len ? len : 1);
    if (!dst) {
        *out = pl_null();
        return;
    }
    memcpy(dst, s, len);
    *out = pl_str(dst, len, e->type.coll);
}

bool pl_expr_is_const(const pl_expr *e)
{
    switch ((pl_expr_kind)e->kind) {
    case PL_E_CONST:
    case PL_E_KEYWORD:
    case PL_E_TYPE:
        return true;
    case PL_E_COLUMN:
    case PL_E_PARAM:
    case PL_E_USER_VAR:
        return false;
    case PL_E_FUNC:
        if (e->func && (e->func->flags & PL_FN_VOLATILE))
            return false;
        break;
    case PL_E_OP:
    case PL_E_INTERVAL:
        break;
    }
    for (uint16_t i = 0; i < e->nargs; i++)
        if (e->args[i] && !pl_expr_is_const(e->args[i]))
            return false;
    return true;
}

/* ---- expression text for error messages ---- */

typedef struct sql_out {
    char *buf;
    size_t cap, len;
} sql_out;

static void out_put(sql_out *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n && o->len + 1 < o->cap; i++)
        o->buf[o->len++] = s[i];
    o->buf[o->len] = '\0';
}

static void out_str(sql_out *o, const char *s) { out_put(o, s, strlen(s)); }

static const char *op_text(int op)
{
    switch ((pl_op)op) {
    case PL_OP_NEG: return "-";
    case PL_OP_BITNOT: return "~";
    case PL_OP_NOT: return "not";
    case PL_OP_ADD: return "+";
    case PL_OP_SUB: return "-";
    case PL_OP_MUL: return "*";
    case PL_OP_DIV: return "/";
    case PL_OP_INTDIV: return "DIV";
    case PL_OP_MOD: return "%";
    case PL_OP_BITAND: return "&";
    case PL_OP_BITOR: return "|";
    case PL_OP_BITXOR: return "^";
    case PL_OP_SHL: return "<<";
    case PL_OP_SHR: return ">>";
    case PL_OP_EQ: return "=";
    case PL_OP_NSEQ: return "<=>";
    case PL_OP_NE: return "<>";
    case PL_OP_LT: return "<";
    case PL_OP_LE: return "<=";
    case PL_OP_GT: return ">";
    case PL_OP_GE: return ">=";
    case PL_OP_AND: return "and";
    case PL_OP_OR: return "or";
    case PL_OP_XOR: return "xor";
    default: return "?";
    }
}

/* MySQL prints function names in lower case, some under another name. */
static void out_func_name(sql_out *o, const char *name)
{
    static const char *const alias[][2] = {
        { "CEIL", "ceiling" }, { "POWER", "pow" }, { "ATAN2", "atan" }, { "SCHEMA", "database" },
    };
    for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
        if (strcmp(name, alias[i][0]) == 0) {
            out_str(o, alias[i][1]);
            return;
        }
    for (const char *p = name; *p; p++) {
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        out_put(o, &c, 1);
    }
}

static void print_expr(sql_out *o, const pl_expr *e, int depth)
{
    if (depth > 32) {
        out_str(o, "...");
        return;
    }
    switch ((pl_expr_kind)e->kind) {
    case PL_E_CONST: {
        char buf[PL_TEXT_MAX];
        size_t len;
        if (e->value.cls == PL_NULL) {
            out_str(o, "NULL");
            break;
        }
        const char *s = pl_to_text(&e->value, &e->type, buf, &len);
        if (e->value.cls == PL_STRING) {
            out_put(o, "'", 1);
            for (size_t i = 0; i < len; i++) {
                if (s[i] == '\'')
                    out_put(o, "'", 1);
                out_put(o, s + i, 1);
            }
            out_put(o, "'", 1);
        } else {
            out_put(o, s, len);
        }
        break;
    }
    case PL_E_OP:
        if (e->nargs == 2) {
            out_str(o, "(");
            print_expr(o, e->args[0], depth + 1);
            out_str(o, " ");
            out_str(o, op_text(e->op));
            out_str(o, " ");
            print_expr(o, e->args[1], depth + 1);
            out_str(o, ")");
        } else if (e->nargs == 1 && e->op == PL_OP_NEG && e->args[0]->kind == PL_E_CONST &&
                   e->args[0]->value.cls == PL_INT && (e->args[0]->value.flags & PL_VF_UNSIGNED) &&
                   e->args[0]->value.u == (uint64_t)1 << 63) {
            /* MySQL's parser makes -9223372036854775808 one literal. */
            out_str(o, "-9223372036854775808");
        } else if (e->nargs == 1) {
            out_str(o, op_text(e->op));
            out_str(o, "(");
            print_expr(o, e->args[0], depth + 1);
            out_str(o, ")");
        } else {
            out_str(o, "?");
        }
        break;
    case PL_E_FUNC:
        out_func_name(o, e->name ? e->name : "?");
        out_str(o, "(");
        for (uint16_t i = 0; i < e->nargs; i++) {
            if (i)
                out_str(o, ",");
            if (e->args[i])
                print_expr(o, e->args[i], depth + 1);
        }
        out_str(o, ")");
        break;
    case PL_E_USER_VAR:
        out_str(o, "@");
        out_str(o, e->name ? e->name : "");
        break;
    case PL_E_PARAM:
        out_str(o, "?");
        break;
    default:
        out_str(o, e->name ? e->name : "?");
        break;
    }
}

size_t pl_expr_sql(const pl_expr *e, char *buf, size_t cap)
{
    JK_ASSERT(cap > 0);
    sql_out o = { buf, cap, 0 };
    buf[0] = '\0';
    print_expr(&o, e, 0);
    return o.len;
}

void pl_out_of_range(pl_eval_ctx *cx, const pl_expr *e, const char *what, pl_value *out)
{
    char text[256];
    pl_expr_sql(e, text, sizeof text);
    pl_error(cx, 1690, "22003", "%s value is out of range in '%s'", what, text);
    *out = pl_null();
}
