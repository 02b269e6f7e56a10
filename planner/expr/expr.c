/*
 * The expression engine's plumbing: diagnostics, session state, user
 * variables, node construction, result buffers, the function registry,
 * type constructors and constant folding.
 */
#include "expr.h"
#include "type_agg.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* ---- diagnostics ---- */

void pl_diag_clear(pl_diag *d)
{
    free(d->cond);
    *d = (pl_diag){ 0 };
}

/* A slot for the next condition, or NULL when the list is full (or memory
 * is short: the condition is then counted but not kept). */
static pl_condition *diag_slot(pl_diag *d)
{
    if (d->stored == PL_WARN_MAX)
        return NULL;
    if (d->stored == d->capacity) {
        uint32_t cap = d->capacity ? d->capacity * 2 : 4;
        pl_condition *grown = realloc(d->cond, cap * sizeof *grown);
        if (!grown)
            return NULL;
        d->cond = grown;
        d->capacity = cap;
    }
    return &d->cond[d->stored++];
}

static void diag_add(pl_diag *d, pl_level level, int code, const char *fmt, va_list ap)
{
    pl_condition *c = diag_slot(d);
    if (c) {
        c->level = (uint8_t)level;
        c->code = (uint16_t)code;
        vsnprintf(c->message, sizeof c->message, fmt, ap);
    }
    d->count++;
}

void pl_diag_add(pl_diag *d, pl_level level, int code, const char *message)
{
    pl_condition *c = diag_slot(d);
    if (c) {
        c->level = (uint8_t)level;
        c->code = (uint16_t)code;
        snprintf(c->message, sizeof c->message, "%s", message);
    }
    d->count++;
}

void pl_warn(pl_eval_ctx *cx, pl_level level, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_add(&cx->session->diag, level, code, fmt, ap);
    va_end(ap);
}

void pl_error(pl_eval_ctx *cx, int code, const char *sqlstate, const char *fmt, ...)
{
    if (cx->error_code)
        return;
    cx->error_code = code;
    snprintf(cx->error_sqlstate, sizeof cx->error_sqlstate, "%s", sqlstate);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cx->error_message, sizeof cx->error_message, fmt, ap);
    va_end(ap);
}

/* ---- session ---- */

struct pl_user_var {
    pl_user_var *next;
    char *name;      /* lower case: user variable names are case-insensitive */
    pl_value value;  /* strings and decimals point into bytes / dec */
    pl_type type;
    char *bytes;
    pl_decimal dec;
};

void pl_session_init(pl_session *s, uint16_t collation_connection)
{
    memset(s, 0, sizeof *s);
    s->sql_mode = PL_MODE_ONLY_FULL_GROUP_BY | PL_MODE_STRICT_TRANS_TABLES | PL_MODE_NO_ZERO_IN_DATE |
                  PL_MODE_NO_ZERO_DATE | PL_MODE_ERROR_FOR_DIVISION_BY_ZERO | PL_MODE_NO_ENGINE_SUBSTITUTION;
    s->div_precision_increment = PL_DEC_DIV_INCREMENT_DEFAULT;
    s->collation_connection = collation_connection;
    s->max_allowed_packet = 64u << 20;
    s->connection_id = 1;
    s->rand_seed1 = 0x2d5a7e1bu % 0x3FFFFFFFu;
    s->rand_seed2 = 0x5f3c0a97u % 0x3FFFFFFFu;
}

void pl_session_free(pl_session *s)
{
    pl_user_var *v = s->vars;
    while (v) {
        pl_user_var *next = v->next;
        free(v->name);
        free(v->bytes);
        free(v);
        v = next;
    }
    s->vars = NULL;
    pl_diag_clear(&s->diag);
}

static pl_user_var *find_var(const pl_session *s, const char *name, size_t n)
{
    for (pl_user_var *v = s->vars; v; v = v->next)
        if (strlen(v->name) == n && strncasecmp(v->name, name, n) == 0)
            return v;
    return NULL;
}

bool pl_session_set_var(pl_session *s, const char *name, size_t n, const pl_value *val,
                        const pl_type *t)
{
    pl_user_var *v = find_var(s, name, n);
    if (!v) {
        v = calloc(1, sizeof *v);
        if (!v)
            return false;
        v->name = malloc(n + 1);
        if (!v->name) {
            free(v);
            return false;
        }
        for (size_t i = 0; i < n; i++)
            v->name[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
        v->name[n] = '\0';
        v->next = s->vars;
        s->vars = v;
    }
    char *bytes = NULL;
    if (val->cls == PL_STRING) {
        bytes = malloc(val->len + 1u);
        if (!bytes)
            return false;
        memcpy(bytes, val->s, val->len);
        bytes[val->len] = '\0';
    }
    free(v->bytes);
    v->bytes = bytes;
    v->value = *val;
    v->type = *t;
    if (val->cls == PL_STRING)
        v->value.s = bytes;
    if (val->cls == PL_DECIMAL) {
        v->dec = *val->dec;
        v->value.dec = &v->dec;
    }
    return true;
}

bool pl_session_get_var(const pl_session *s, const char *name, size_t n, pl_value *val, pl_type *t)
{
    const pl_user_var *v = find_var(s, name, n);
    if (!v) {
        *val = pl_null();
        *t = pl_type_string(0, PL_COLL_BINARY);
        t->field = PL_F_VAR_STRING;
        return false;
    }
    *val = v->value;
    *t = v->type;
    /* MySQL types a DECIMAL variable as DECIMAL(65,30) in expressions but
     * shows its value as stored: "not fixed" decimals do both. */
    if (pl_field_class((pl_field)t->field) == PL_DECIMAL)
        t->decimals = PL_DECIMALS_NOT_FIXED;
    return true;
}

static int64_t clock_now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int64_t pl_session_now_us(const pl_eval_ctx *cx) { return cx->stmt_time_us; }

void pl_eval_ctx_init(pl_eval_ctx *cx, pl_session *s, jk_arena *arena)
{
    memset(cx, 0, sizeof *cx);
    cx->session = s;
    cx->arena = arena;
    cx->stmt_time_us = s->timestamp_us ? s->timestamp_us : clock_now_us();
}

/* ---- nodes ---- */

pl_expr *pl_expr_new(jk_arena *arena, pl_expr_kind kind, uint16_t nargs)
{
    pl_expr *e = jk_arena_zalloc(arena, sizeof *e);
    if (!e)
        return NULL;
    e->kind = (uint8_t)kind;
    e->nargs = nargs;
    if (nargs) {
        e->args = jk_arena_zalloc(arena, sizeof(pl_expr *) * nargs);
        if (!e->args)
            return NULL;
    }
    return e;
}

static void eval_const(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    (void)cx;
    *out = e->value;
}

pl_expr *pl_expr_const(jk_arena *arena, const pl_value *v, const pl_type *t)
{
    pl_expr *e = pl_expr_new(arena, PL_E_CONST, 0);
    if (!e)
        return NULL;
    e->value = *v;
    e->type = *t;
    e->eval = eval_const;
    /* A constant owns its bytes: the value may come from a node's scratch. */
    if (v->cls == PL_STRING && v->len) {
        char *copy = jk_arena_alloc(arena, v->len);
        if (!copy)
            return NULL;
        memcpy(copy, v->s, v->len);
        e->value.s = copy;
    } else if (v->cls == PL_DECIMAL) {
        e->dec = *v->dec;
        e->value.dec = &e->dec;
    }
    if (v->cls == PL_NULL)
        e->type.flags &= (uint8_t)~PL_TF_NOT_NULL;
    else
        e->type.flags |= PL_TF_NOT_NULL;
    return e;
}

char *pl_expr_scratch(pl_eval_ctx *cx, pl_expr *e, size_t need)
{
    if (need <= e->scratch_cap)
        return e->scratch;
    size_t cap = e->scratch_cap ? e->scratch_cap : 32;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = jk_arena_alloc(cx->arena, cap);
    if (!p) {
        pl_error(cx, 1041, "HY000", "Out of memory; check if mysqld or some other process uses all "
                                    "available memory; if not, you may have to use 'ulimit' to allow "
                                    "mysqld to use more memory or you can add more swap space");
        return NULL;
    }
    if (e->scratch_cap)
        memcpy(p, e->scratch, e->scratch_cap);
    e->scratch = p;
    e->scratch_cap = cap;
    return p;
}

/* ---- function registry ---- */

const pl_func *pl_func_lookup(const char *name, size_t n)
{
    static const pl_func *const families[] = { pl_funcs_math, pl_funcs_string, pl_funcs_time,
                                               pl_funcs_json, pl_funcs_misc, pl_funcs_info };
    for (size_t f = 0; f < sizeof families / sizeof families[0]; f++)
        for (const pl_func *fn = families[f]; fn->name; fn++)
            if (strlen(fn->name) == n && strncasecmp(fn->name, name, n) == 0)
                return fn;
    return NULL;
}

/* ---- types ---- */

pl_type pl_type_int(uint32_t length, bool is_unsigned)
{
    return (pl_type){ .field = PL_F_LONGLONG, .decimals = 0, .coll = PL_COLL_BINARY,
                      .length = length, .flags = is_unsigned ? PL_TF_UNSIGNED : 0 };
}

pl_type pl_type_double(int decimals)
{
    return (pl_type){ .field = PL_F_DOUBLE, .decimals = (uint8_t)decimals, .coll = PL_COLL_BINARY,
                      .length = 22 };
}

pl_type pl_type_decimal(int precision, int scale)
{
    if (precision > PL_DEC_PRECISION_MAX)
        precision = PL_DEC_PRECISION_MAX;
    if (scale > PL_DEC_SCALE_MAX)
        scale = PL_DEC_SCALE_MAX;
    if (precision < scale)
        precision = scale;
    /* Display length: digits, the point when there is a scale, the sign. */
    uint32_t len = (uint32_t)precision + (scale > 0) + 1;
    return (pl_type){ .field = PL_F_NEWDECIMAL, .decimals = (uint8_t)scale, .coll = PL_COLL_BINARY,
                      .length = len };
}

pl_type pl_type_string(uint32_t chars, uint16_t coll)
{
    return (pl_type){ .field = PL_F_VAR_STRING, .decimals = PL_DECIMALS_NOT_FIXED, .coll = coll,
                      .length = chars };
}

pl_type pl_type_temporal(pl_field field, int fsp)
{
    uint32_t len = field == PL_F_DATE ? 10 : field == PL_F_TIME ? 10 : 19;
    if (fsp > 0)
        len += (uint32_t)fsp + 1;
    return (pl_type){ .field = (uint8_t)field, .decimals = (uint8_t)fsp, .coll = PL_COLL_BINARY,
                      .length = len };
}

pl_type pl_type_null(void)
{
    return (pl_type){ .field = PL_F_NULL, .decimals = 0, .coll = PL_COLL_BINARY, .length = 0 };
}

/* ---- constant folding ---- */

pl_expr *pl_fold_constants(pl_expr *e, pl_eval_ctx *cx)
{
    if (e->kind == PL_E_CONST || e->kind == PL_E_KEYWORD || e->kind == PL_E_TYPE)
        return e;
    if (pl_expr_is_const(e) && e->kind != PL_E_INTERVAL) {
        pl_value v;
        pl_eval(e, cx, &v);
        if (pl_failed(cx))
            return e;
        pl_expr *c = pl_expr_const(cx->arena, &v, &e->type);
        return c ? c : e;
    }
    /* A volatile function's arguments are evaluated as often as it says
     * (BENCHMARK runs its argument N times), so they stay as written. */
    if (e->kind == PL_E_FUNC && (e->func->flags & PL_FN_VOLATILE))
        return e;
    for (uint16_t i = 0; i < e->nargs; i++)
        if (e->args[i])
            e->args[i] = pl_fold_constants(e->args[i], cx);
    return e;
}

/* TEMPORARY (lead): until func_time.c defines the unit names. */
__attribute__((weak)) int pl_interval_unit_by_name(const char *name)
{
    (void)name;
    return -1;
}
