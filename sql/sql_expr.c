/*
 * Expression AST -> resolved pl_expr tree.  See sql_expr.h.
 */
#include "sql_expr.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "jimkv/sql.h"
#include "sql_sysvar.h"


static pl_expr *compile(pl_eval_ctx *cx, const ast *node);

/* The columns in scope for the compilation running on this thread; set
 * only for the duration of sql_expr_compile_columns. */
static _Thread_local const sql_columns *columns_in_scope;

static pl_expr *no_memory(pl_eval_ctx *cx)
{
    pl_error(cx, 1041, "HY000", "Out of memory.");
    return NULL;
}

/* Build a node of `kind` whose children are compiled from kids[0..n). */
static pl_expr *node_with(pl_eval_ctx *cx, pl_expr_kind kind, int op, const ast *const *kids, uint16_t n)
{
    pl_expr *e = pl_expr_new(cx->arena, kind, n);
    if (!e)
        return no_memory(cx);
    e->op = (uint8_t)op;
    for (uint16_t i = 0; i < n; i++) {
        e->args[i] = compile(cx, kids[i]);
        if (!e->args[i])
            return NULL;
    }
    return e;
}

static pl_expr *resolved(pl_eval_ctx *cx, pl_expr *e)
{
    if (!e)
        return NULL;
    return pl_resolve(e, cx) == 0 ? e : NULL;
}

static pl_expr *op1(pl_eval_ctx *cx, int op, const ast *a)
{
    const ast *kids[1] = { a };
    return resolved(cx, node_with(cx, PL_E_OP, op, kids, 1));
}

static pl_expr *op2(pl_eval_ctx *cx, int op, const ast *a, const ast *b)
{
    const ast *kids[2] = { a, b };
    return resolved(cx, node_with(cx, PL_E_OP, op, kids, 2));
}

/* ---- literals ---- */

static pl_expr *constant(pl_eval_ctx *cx, pl_value v, pl_type t)
{
    pl_expr *e = pl_expr_const(cx->arena, &v, &t);
    return e ? e : no_memory(cx);
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static pl_expr *hex_or_bit_literal(pl_eval_ctx *cx, const ast *node, uint16_t coll)
{
    const char *d = node->str;
    size_t n = node->n;
    size_t bytes = node->op == LIT_HEX ? (n + 1) / 2 : (n + 7) / 8;
    char *out = jk_arena_alloc(cx->arena, bytes ? bytes : 1);
    if (!out)
        return no_memory(cx);
    memset(out, 0, bytes ? bytes : 1);
    /* Digits fill from the right: an odd hex count or a partial byte of
     * bits is a leading partial byte. */
    if (node->op == LIT_HEX) {
        for (size_t i = 0; i < n; i++) {
            size_t pos = n - 1 - i; /* digit index from the right */
            int v = hex_digit(d[pos]);
            out[bytes - 1 - i / 2] |= (char)(i % 2 ? v << 4 : v);
        }
    } else {
        for (size_t i = 0; i < n; i++) {
            size_t pos = n - 1 - i;
            if (d[pos] == '1')
                out[bytes - 1 - i / 8] |= (char)(1 << (i % 8));
        }
    }
    pl_value v = pl_str(out, bytes, coll);
    v.flags |= PL_VF_HEXNUM;
    pl_type t = pl_type_string((uint32_t)bytes, coll);
    return constant(cx, v, t);
}

static uint16_t charset_collation(const char *name)
{
    const pl_collation *c = pl_coll_default_of_charset(name, strlen(name));
    return c ? c->id : 0;
}

static pl_expr *temporal_literal(pl_eval_ctx *cx, const ast *node)
{
    pl_tm_kind kind = node->op == LIT_DATE ? PL_TM_DATE : node->op == LIT_TIME ? PL_TM_TIME : PL_TM_DATETIME;
    pl_temporal t;
    pl_tm_status st = pl_tm_parse(node->str, node->n, kind, PL_TM_FSP_MAX, &t);
    if (st == PL_TM_OK && kind == PL_TM_DATETIME && !memchr(node->str, ':', node->n)) {
        /* TIMESTAMP'...' must have a time part; only the compact
         * YYYYMMDDhhmmss form has one without a colon. */
        size_t digits = 0;
        for (size_t i = 0; i < node->n; i++)
            digits += node->str[i] >= '0' && node->str[i] <= '9';
        if (digits != node->n || digits < 12)
            st = PL_TM_INVALID;
    }
    if (st != PL_TM_OK) {
        const char *what = kind == PL_TM_DATE ? "DATE" : kind == PL_TM_TIME ? "TIME" : "DATETIME";
        pl_error(cx, 1525, "HY000", "Incorrect %s value: '%.*s'", what, (int)node->n, node->str);
        return NULL;
    }
    /* The literal keeps exactly the fractional digits written. */
    int fsp = 0;
    const char *dot = memchr(node->str, '.', node->n);
    if (dot && kind != PL_TM_DATE) {
        const char *p = dot + 1;
        while (p < node->str + node->n && *p >= '0' && *p <= '9')
            p++, fsp++;
        if (fsp > 6)
            fsp = 6;
    }
    pl_tm_parse(node->str, node->n, kind, fsp, &t);
    pl_field f = kind == PL_TM_DATE ? PL_F_DATE : kind == PL_TM_TIME ? PL_F_TIME : PL_F_DATETIME;
    return constant(cx, pl_tm(t), pl_type_temporal(f, fsp));
}

static pl_expr *number_literal(pl_eval_ctx *cx, const ast *node)
{
    const char *s = node->str;
    if (node->op == LIT_INT) {
        errno = 0;
        char *end;
        unsigned long long u = strtoull(s, &end, 10);
        if (errno == 0) {
            pl_value v = u <= INT64_MAX ? pl_int64((int64_t)u) : pl_uint64(u);
            pl_type t = pl_type_int((uint32_t)node->n, u > INT64_MAX);
            return constant(cx, v, t);
        }
        /* Too big for 64 bits: a DECIMAL, as in MySQL. */
    }
    if (node->op == LIT_INT || node->op == LIT_DECIMAL) {
        pl_decimal d;
        if (pl_dec_parse(s, node->n, &d) == PL_DEC_OK) {
            int digits = 0;
            for (size_t i = 0; i < node->n; i++)
                digits += s[i] >= '0' && s[i] <= '9';
            pl_value v = pl_dec(&d);
            return constant(cx, v, pl_type_decimal(digits, d.scale));
        }
        /* More than 65 digits: MySQL reads it as a DOUBLE. */
    }
    double d = strtod(s, NULL);
    return constant(cx, pl_double(d), pl_type_double(PL_DECIMALS_NOT_FIXED));
}

static pl_expr *literal(pl_eval_ctx *cx, const ast *node)
{
    uint16_t coll = cx->session->collation_connection;
    if (node->kid[0]) {
        /* _charset'...' introducer */
        const char *cs = node->kid[0]->str;
        if (cs[0] == '_')
            cs++;
        uint16_t c = charset_collation(cs);
        if (!c) {
            pl_error(cx, 1115, "42000", "Unknown character set: '%s'", cs);
            return NULL;
        }
        coll = c;
    }
    switch (node->op) {
    case LIT_NULL:
        return constant(cx, pl_null(), pl_type_null());
    case LIT_TRUE:
    case LIT_FALSE: {
        /* The name tells JSON functions a boolean from 1 and 0. */
        pl_expr *e = constant(cx, pl_int64(node->op == LIT_TRUE), pl_type_int(1, false));
        if (e) {
            e->name = node->op == LIT_TRUE ? "TRUE" : "FALSE";
            e->name_len = (uint32_t)strlen(e->name);
        }
        return e;
    }
    case LIT_INT:
    case LIT_DECIMAL:
    case LIT_FLOAT:
        return number_literal(cx, node);
    case LIT_STRING: {
        if (coll != PL_COLL_BINARY && !pl_utf8_valid(node->str, node->n)) {
            pl_error(cx, 1300, "HY000", "Invalid utf8mb4 character string: '%.*s'", (int)(node->n > 64 ? 64 : node->n),
                     node->str);
            return NULL;
        }
        pl_value v = pl_str(node->str, node->n, coll);
        return constant(cx, v, pl_type_string((uint32_t)pl_coll_char_count(coll, node->str, node->n), coll));
    }
    case LIT_HEX:
    case LIT_BIT:
        return hex_or_bit_literal(cx, node, node->kid[0] ? coll : PL_COLL_BINARY);
    case LIT_DATE:
    case LIT_TIME:
    case LIT_TIMESTAMP:
        return temporal_literal(cx, node);
    }
    pl_error(cx, 1064, "42000", "unknown literal");
    return NULL;
}

/* ---- @v := expr ---- */

static void eval_assign(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_eval(e->args[0], cx, out);
    if (!pl_session_set_var(cx->session, e->name, e->name_len, out, &e->type))
        no_memory(cx);
}

static int resolve_assign(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = e->args[0]->type;
    e->eval = eval_assign;
    return 0;
}

static const pl_func assign_func = { ":=", 1, 1, PL_FN_VOLATILE, resolve_assign };

/* ---- calls ---- */

static pl_expr *keyword(pl_eval_ctx *cx, const char *word)
{
    pl_expr *e = pl_expr_new(cx->arena, PL_E_KEYWORD, 0);
    if (!e)
        return no_memory(cx);
    e->name = word;
    e->name_len = (uint32_t)strlen(word);
    pl_resolve(e, cx);
    return e;
}

static pl_expr *interval(pl_eval_ctx *cx, const ast *node)
{
    int unit = pl_interval_unit_by_name(node->str);
    if (unit < 0) {
        pl_error(cx, 1064, "42000", "unknown interval unit %s", node->str);
        return NULL;
    }
    const ast *kids[1] = { node->kid[0] };
    pl_expr *e = node_with(cx, PL_E_INTERVAL, 0, kids, 1);
    if (!e)
        return NULL;
    e->index = (uint32_t)unit;
    e->name = node->str;
    e->name_len = (uint32_t)strlen(node->str);
    e->type = e->args[0]->type;
    pl_resolve(e, cx);
    return e;
}

static pl_expr *type_node(pl_eval_ctx *cx, const ast *node)
{
    pl_expr *e = pl_expr_new(cx->arena, PL_E_TYPE, 0);
    if (!e)
        return no_memory(cx);
    e->name = node->str;
    e->name_len = (uint32_t)strlen(node->str);
    e->iaux = node->kid[AST_K_TYPE_LENGTH] ? strtoll(node->kid[AST_K_TYPE_LENGTH]->str, NULL, 10) : -1;
    e->index = node->kid[AST_K_TYPE_SCALE] ? (uint32_t)strtoul(node->kid[AST_K_TYPE_SCALE]->str, NULL, 10) : 0;
    if (node->str2) {
        uint16_t c = charset_collation(node->str2);
        if (!c) {
            pl_error(cx, 1115, "42000", "Unknown character set: '%s'", node->str2);
            return NULL;
        }
        e->type.coll = c;
    }
    pl_resolve(e, cx);
    return e;
}

/* A call by name with already compiled arguments. */
static pl_expr *call(pl_eval_ctx *cx, const char *name, pl_expr **args, uint16_t n, int64_t iaux)
{
    const pl_func *f = pl_func_lookup(name, strlen(name));
    if (!f) {
        pl_error(cx, 1305, "42000", "FUNCTION %s does not exist", name);
        return NULL;
    }
    pl_expr *e = pl_expr_new(cx->arena, PL_E_FUNC, n);
    if (!e)
        return no_memory(cx);
    e->func = f;
    e->name = f->name;
    e->name_len = (uint32_t)strlen(f->name);
    e->iaux = iaux;
    for (uint16_t i = 0; i < n; i++)
        e->args[i] = args[i];
    return resolved(cx, e);
}

static pl_expr *function_call(pl_eval_ctx *cx, const ast *node)
{
    const ast *args = node->kid[AST_K_FUNC_ARGS];
    if (node->kid[AST_K_FUNC_OVER]) {
        pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support 'window functions here'");
        return NULL;
    }
    uint16_t n = args ? (uint16_t)args->n : 0;
    pl_expr **compiled = n ? jk_arena_alloc(cx->arena, sizeof(pl_expr *) * n) : NULL;
    if (n && !compiled)
        return no_memory(cx);
    uint16_t i = 0;
    for (const ast *a = ast_first(args); a; a = a->next, i++) {
        if (a->kind == AST_KEYWORD)
            compiled[i] = keyword(cx, a->str);
        else if (a->kind == AST_INTERVAL)
            compiled[i] = interval(cx, a);
        else if (a->kind == AST_TYPE)
            compiled[i] = type_node(cx, a);
        else
            compiled[i] = compile(cx, a);
        if (!compiled[i])
            return NULL;
    }
    int64_t iaux = 0;
    if (node->str2) {
        uint16_t c = charset_collation(node->str2);
        if (!c) {
            pl_error(cx, 1115, "42000", "Unknown character set: '%s'", node->str2);
            return NULL;
        }
        iaux = c;
    }
    static const char *const aggregates[] = { "COUNT", "SUM", "AVG", "MIN", "MAX", "GROUP_CONCAT",
                                              "BIT_AND", "BIT_OR", "BIT_XOR", "STD", "STDDEV",
                                              "VARIANCE", "JSON_ARRAYAGG", "JSON_OBJECTAGG" };
    for (size_t k = 0; k < sizeof aggregates / sizeof aggregates[0]; k++)
        if (!strcasecmp(node->str, aggregates[k])) {
            pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support 'aggregate functions'");
            return NULL;
        }
    return call(cx, node->str, compiled, n, iaux);
}

/* d + INTERVAL n unit, INTERVAL n unit + d, d - INTERVAL n unit */
static pl_expr *interval_arith(pl_eval_ctx *cx, const ast *node)
{
    const ast *a = node->kid[0], *b = node->kid[1];
    bool a_is = a->kind == AST_INTERVAL;
    if (node->op == OP_SUB && a_is) {
        pl_error(cx, 1064, "42000", "You have an error in your SQL syntax; INTERVAL cannot be subtracted from");
        return NULL;
    }
    pl_expr *args[2];
    args[0] = compile(cx, a_is ? b : a);
    if (!args[0])
        return NULL;
    args[1] = interval(cx, a_is ? a : b);
    if (!args[1])
        return NULL;
    return call(cx, node->op == OP_SUB ? "DATE_SUB" : "DATE_ADD", args, 2, 0);
}

static int binary_op(int op)
{
    switch (op) {
    case OP_ADD: return PL_OP_ADD;
    case OP_SUB: return PL_OP_SUB;
    case OP_MUL: return PL_OP_MUL;
    case OP_DIV: return PL_OP_DIV;
    case OP_INTDIV: return PL_OP_INTDIV;
    case OP_MOD: return PL_OP_MOD;
    case OP_BITAND: return PL_OP_BITAND;
    case OP_BITOR: return PL_OP_BITOR;
    case OP_BITXOR: return PL_OP_BITXOR;
    case OP_SHL: return PL_OP_SHL;
    case OP_SHR: return PL_OP_SHR;
    case OP_EQ: return PL_OP_EQ;
    case OP_NSEQ: return PL_OP_NSEQ;
    case OP_NE: return PL_OP_NE;
    case OP_LT: return PL_OP_LT;
    case OP_LE: return PL_OP_LE;
    case OP_GT: return PL_OP_GT;
    case OP_GE: return PL_OP_GE;
    case OP_XOR: return PL_OP_XOR;
    case OP_AND: return PL_OP_AND;
    case OP_OR: return PL_OP_OR;
    }
    return -1;
}

static pl_expr *binary(pl_eval_ctx *cx, const ast *node)
{
    if ((node->op == OP_ADD || node->op == OP_SUB) &&
        (node->kid[0]->kind == AST_INTERVAL || node->kid[1]->kind == AST_INTERVAL))
        return interval_arith(cx, node);
    if (node->op == OP_JSON_EXTRACT || node->op == OP_JSON_UNQUOTE) {
        pl_expr *args[2] = { compile(cx, node->kid[0]), NULL };
        if (!args[0] || !(args[1] = compile(cx, node->kid[1])))
            return NULL;
        pl_expr *ex = call(cx, "JSON_EXTRACT", args, 2, 0);
        if (!ex || node->op == OP_JSON_EXTRACT)
            return ex;
        return call(cx, "JSON_UNQUOTE", &ex, 1, 0);
    }
    int op = binary_op(node->op);
    if (op < 0) {
        pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support this operator");
        return NULL;
    }
    return op2(cx, op, node->kid[0], node->kid[1]);
}

static pl_expr *unary(pl_eval_ctx *cx, const ast *node)
{
    const ast *x = node->kid[0];
    switch (node->op) {
    case OP_PLUS:
        return compile(cx, x);
    case OP_NEG:
        /* -9223372036854775808 is the smallest BIGINT, not a DECIMAL. */
        if (x->kind == AST_LITERAL && x->op == LIT_INT && !strcmp(x->str, "9223372036854775808")) {
            pl_type t = pl_type_int(20, false);
            pl_expr *e = constant(cx, pl_int64(INT64_MIN), t);
            if (e)
                e->iaux = PL_CONST_NEGATED_LITERAL;
            return e;
        }
        return op1(cx, PL_OP_NEG, x);
    case OP_BITNOT:
        return op1(cx, PL_OP_BITNOT, x);
    case OP_NOT:
        return op1(cx, PL_OP_NOT, x);
    case OP_BINARY_CAST: {
        pl_warn(cx, PL_LEVEL_WARNING, 1287,
                "'BINARY expr' is deprecated and will be removed in a future release. Please use CAST instead");
        pl_expr *e = pl_expr_new(cx->arena, PL_E_OP, 2);
        if (!e)
            return no_memory(cx);
        e->op = PL_OP_CAST;
        if (!(e->args[0] = compile(cx, x)))
            return NULL;
        pl_expr *t = pl_expr_new(cx->arena, PL_E_TYPE, 0);
        if (!t)
            return no_memory(cx);
        t->name = "BINARY";
        t->name_len = 6;
        t->iaux = -1;
        pl_resolve(t, cx);
        e->args[1] = t;
        return resolved(cx, e);
    }
    }
    pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support this operator");
    return NULL;
}

static pl_expr *list_op(pl_eval_ctx *cx, int op, const ast *first, const ast *list)
{
    uint16_t n = (uint16_t)(1 + (list ? list->n : 0));
    pl_expr *e = pl_expr_new(cx->arena, PL_E_OP, n);
    if (!e)
        return no_memory(cx);
    e->op = (uint8_t)op;
    uint16_t i = 0;
    if (first && !(e->args[i++] = compile(cx, first)))
        return NULL;
    for (const ast *a = ast_first(list); a; a = a->next)
        if (!(e->args[i++] = compile(cx, a)))
            return NULL;
    e->nargs = i;
    return resolved(cx, e);
}

static pl_expr *case_expr(pl_eval_ctx *cx, const ast *node)
{
    const ast *operand = node->kid[0], *whens = node->kid[1], *els = node->kid[2];
    uint16_t n = (uint16_t)((operand ? 1 : 0) + 2 * whens->n + (els ? 1 : 0));
    pl_expr *e = pl_expr_new(cx->arena, PL_E_OP, n);
    if (!e)
        return no_memory(cx);
    e->op = PL_OP_CASE;
    e->iaux = (operand ? 1 : 0) | (els ? 2 : 0);
    uint16_t i = 0;
    if (operand && !(e->args[i++] = compile(cx, operand)))
        return NULL;
    for (const ast *w = ast_first(whens); w; w = w->next) {
        if (!(e->args[i++] = compile(cx, w->kid[0])) || !(e->args[i++] = compile(cx, w->kid[1])))
            return NULL;
    }
    if (els && !(e->args[i++] = compile(cx, els)))
        return NULL;
    return resolved(cx, e);
}

static pl_expr *cast_expr(pl_eval_ctx *cx, const ast *node)
{
    if (node->kid[2] || (node->flags & AST_F_ARRAY)) {
        pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support 'CAST ... %s'",
                 node->kid[2] ? "AT TIME ZONE" : "ARRAY");
        return NULL;
    }
    pl_expr *e = pl_expr_new(cx->arena, PL_E_OP, 2);
    if (!e)
        return no_memory(cx);
    e->op = PL_OP_CAST;
    if (!(e->args[0] = compile(cx, node->kid[0])) || !(e->args[1] = type_node(cx, node->kid[1])))
        return NULL;
    return resolved(cx, e);
}

static pl_expr *collate(pl_eval_ctx *cx, const ast *node, int op)
{
    pl_expr *e = pl_expr_new(cx->arena, PL_E_OP, 1);
    if (!e)
        return no_memory(cx);
    e->op = (uint8_t)op;
    const pl_collation *c = op == PL_OP_COLLATE ? pl_coll_by_name(node->str, strlen(node->str))
                                                : pl_coll_default_of_charset(node->str, strlen(node->str));
    if (!c) {
        static const char *const other_charsets[] = { "latin1_", "latin2_", "ascii_", "utf8mb3_", "utf8_", "ucs2_",
                                                      "utf16_", "utf32_", "cp1250_", "cp1251_", "cp1252_",
                                                      "gbk_", "big5_", "sjis_", "euckr_", "greek_", "hebrew_" };
        for (size_t k = 0; op == PL_OP_COLLATE && k < sizeof other_charsets / sizeof other_charsets[0]; k++)
            if (!strncasecmp(node->str, other_charsets[k], strlen(other_charsets[k]))) {
                pl_error(cx, 1253, "42000", "COLLATION '%s' is not valid for CHARACTER SET 'utf8mb4'", node->str);
                return NULL;
            }
        if (op == PL_OP_COLLATE)
            pl_error(cx, 1273, "HY000", "Unknown collation: '%s'", node->str);
        else
            pl_error(cx, 1115, "42000", "Unknown character set: '%s'", node->str);
        return NULL;
    }
    if (!(e->args[0] = compile(cx, node->kid[0])))
        return NULL;
    e->type.coll = c->id;
    return resolved(cx, e);
}

static pl_expr *trim(pl_eval_ctx *cx, const ast *node)
{
    pl_expr *args[2];
    uint16_t n = 1;
    if (!(args[0] = compile(cx, node->kid[1])))
        return NULL;
    if (node->kid[0]) {
        if (!(args[1] = compile(cx, node->kid[0])))
            return NULL;
        n = 2;
    }
    return call(cx, "TRIM", args, n, node->op);
}

static pl_expr *is_test(pl_eval_ctx *cx, const ast *node)
{
    bool not = node->flags & AST_F_NOT;
    int op;
    switch (node->op) {
    case IS_TRUE: op = not ? PL_OP_IS_NOT_TRUE : PL_OP_IS_TRUE; break;
    case IS_FALSE: op = not ? PL_OP_IS_NOT_FALSE : PL_OP_IS_FALSE; break;
    default: op = not ? PL_OP_IS_NOT_NULL : PL_OP_IS_NULL; break;
    }
    return op1(cx, op, node->kid[0]);
}

static pl_expr *sys_var(pl_eval_ctx *cx, const ast *node)
{
    pl_value v;
    pl_type t;
    int scope = node->op == SCOPE_GLOBAL ? SQL_SCOPE_GLOBAL
                : node->op == SCOPE_SESSION || node->op == SCOPE_LOCAL ? SQL_SCOPE_SESSION
                                                                       : SQL_SCOPE_DEFAULT;
    if (!sql_sysvar_get(cx, node->str, scope, &v, &t))
        return NULL;
    return constant(cx, v, t);
}

static pl_expr *unsupported(pl_eval_ctx *cx, const char *what)
{
    pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support '%s'", what);
    return NULL;
}

static pl_expr *compile(pl_eval_ctx *cx, const ast *node)
{
    switch ((enum ast_kind)node->kind) {
    case AST_LITERAL:
        return literal(cx, node);
    case AST_PARAM: {
        if (node->n >= cx->nparams) {
            /* A ? outside a prepared statement, as MySQL's parser sees it. */
            pl_error(cx, 1064, "42000",
                     "You have an error in your SQL syntax; check the manual that corresponds to your MySQL "
                     "server version for the right syntax to use near '?' at line 1");
            return NULL;
        }
        pl_expr *e = pl_expr_new(cx->arena, PL_E_PARAM, 0);
        if (!e)
            return no_memory(cx);
        e->index = node->n;
        e->type = cx->param_types[node->n];
        return resolved(cx, e);
    }
    case AST_USER_VAR: {
        pl_expr *e = pl_expr_new(cx->arena, PL_E_USER_VAR, 0);
        if (!e)
            return no_memory(cx);
        e->name = node->str;
        e->name_len = (uint32_t)strlen(node->str);
        return resolved(cx, e);
    }
    case AST_SYS_VAR:
        return sys_var(cx, node);
    case AST_COLUMN_REF: {
        const ast *col = node->kid[2];
        const sql_columns *cols = columns_in_scope;
        for (uint32_t i = 0; cols && col && i < cols->n; i++) {
            if (strcasecmp(cols->names[i], col->str) != 0)
                continue;
            pl_expr *e = pl_expr_new(cx->arena, PL_E_COLUMN, 0);
            if (!e)
                return no_memory(cx);
            e->index = i;
            e->type = cols->types[i];
            e->name = cols->names[i];
            e->name_len = (uint32_t)strlen(cols->names[i]);
            return resolved(cx, e);
        }
        pl_error(cx, 1054, "42S22", "Unknown column '%s' in '%s'", col ? col->str : "?",
                 cols && cols->clause ? cols->clause : "field list");
        return NULL;
    }
    case AST_UNARY:
        return unary(cx, node);
    case AST_BINARY:
        return binary(cx, node);
    case AST_LOGIC:
        return list_op(cx, node->op == OP_AND ? PL_OP_AND : PL_OP_OR, NULL, node->kid[0]);
    case AST_IS:
        return is_test(cx, node);
    case AST_BETWEEN: {
        const ast *kids[3] = { node->kid[0], node->kid[1], node->kid[2] };
        int op = (node->flags & AST_F_NOT) ? PL_OP_NOT_BETWEEN : PL_OP_BETWEEN;
        return resolved(cx, node_with(cx, PL_E_OP, op, kids, 3));
    }
    case AST_LIKE: {
        if (node->op != OP_LIKE)
            return unsupported(cx, node->op == OP_REGEXP ? "REGEXP" : "SOUNDS LIKE");
        const ast *kids[3] = { node->kid[0], node->kid[1], node->kid[2] };
        int op = (node->flags & AST_F_NOT) ? PL_OP_NOT_LIKE : PL_OP_LIKE;
        return resolved(cx, node_with(cx, PL_E_OP, op, kids, node->kid[2] ? 3 : 2));
    }
    case AST_IN:
        if (node->kid[1]->kind == AST_SUBQUERY)
            return unsupported(cx, "IN (subquery)");
        return list_op(cx, (node->flags & AST_F_NOT) ? PL_OP_NOT_IN : PL_OP_IN, node->kid[0], node->kid[1]);
    case AST_CASE:
        return case_expr(cx, node);
    case AST_FUNC:
        return function_call(cx, node);
    case AST_CAST:
        return cast_expr(cx, node);
    case AST_CONVERT_USING:
        return collate(cx, node, PL_OP_CONVERT_USING);
    case AST_COLLATE:
        return collate(cx, node, PL_OP_COLLATE);
    case AST_TRIM:
        return trim(cx, node);
    case AST_ASSIGN_VAR: {
        pl_warn(cx, PL_LEVEL_WARNING, 1287,
                "Setting user variables within expressions is deprecated and will be removed in a future release. "
                "Consider alternatives: 'SET variable=expression, ...', or 'SELECT expression(s) INTO variables(s)'.");
        const ast *kids[1] = { node->kid[1] };
        pl_expr *e = node_with(cx, PL_E_FUNC, 0, kids, 1);
        if (!e)
            return NULL;
        e->func = &assign_func;
        e->name = node->kid[0]->str;
        e->name_len = (uint32_t)strlen(e->name);
        return resolved(cx, e);
    }
    case AST_ROW:
        pl_error(cx, 1241, "21000", "Operand should contain 1 column(s)");
        return NULL;
    case AST_SUBQUERY:
    case AST_EXISTS:
    case AST_QUANTIFIED:
        return unsupported(cx, "subqueries");
    case AST_INTERVAL:
        pl_error(cx, 1064, "42000", "You have an error in your SQL syntax; INTERVAL needs a date");
        return NULL;
    default:
        return unsupported(cx, ast_kinds[node->kind].name);
    }
}

pl_expr *sql_expr_compile(pl_eval_ctx *cx, const ast *node)
{
    pl_expr *e = compile(cx, node);
    if (!e && !pl_failed(cx))
        pl_error(cx, 1064, "42000", "expression could not be compiled");
    return e;
}

pl_expr *sql_expr_compile_columns(pl_eval_ctx *cx, const ast *node, const sql_columns *columns)
{
    const sql_columns *saved = columns_in_scope;
    columns_in_scope = columns;
    pl_expr *e = sql_expr_compile(cx, node);
    columns_in_scope = saved;
    return e;
}
