/*
 * Functions that describe a value rather than compute with it: CHARSET(),
 * COLLATION() and COERCIBILITY() of their argument's resolved type.
 *
 * The answers are known at resolution, so each call resolves to a
 * constant-like node; the argument is still evaluated by nobody, as in
 * MySQL (CHARSET(1/0) raises no warning).
 */
#include <string.h>

#include "expr.h"

static void eval_text(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    (void)cx;
    *out = e->value;
}

static int resolve_text(pl_expr *e, const char *text)
{
    e->value = pl_str(text, strlen(text), PL_COLL_UTF8MB4_GENERAL_CI);
    e->type = pl_type_string((uint32_t)strlen(text), PL_COLL_UTF8MB4_GENERAL_CI);
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_text;
    return 0;
}

/* Non-strings are described as the binary strings MySQL turns them into. */
static const pl_collation *collation_of(const pl_expr *arg, pl_eval_ctx *cx)
{
    (void)cx;
    uint16_t coll = pl_field_class((pl_field)arg->type.field) == PL_STRING && arg->type.field != PL_F_NULL
                        ? arg->type.coll
                        : PL_COLL_BINARY;
    const pl_collation *c = pl_coll_by_id(coll);
    return c ? c : pl_coll_by_id(PL_COLL_BINARY);
}

static int resolve_charset(pl_expr *e, pl_eval_ctx *cx)
{
    return resolve_text(e, collation_of(e->args[0], cx)->charset);
}

static int resolve_collation(pl_expr *e, pl_eval_ctx *cx)
{
    return resolve_text(e, collation_of(e->args[0], cx)->name);
}

static void eval_int(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    (void)cx;
    *out = pl_int64(e->iaux);
}

/* MySQL's derivation levels: 0 explicit, 2 implicit (a column), 4
 * coercible (a literal), 5 numeric or temporal, 6 ignorable (NULL). */
static int resolve_coercibility(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    const pl_expr *a = e->args[0];
    if (a->type.field == PL_F_NULL)
        e->iaux = 6;
    else if (a->type.flags & PL_TF_EXPLICIT_COLL)
        e->iaux = 0;
    else if (pl_field_class((pl_field)a->type.field) != PL_STRING)
        e->iaux = 5;
    else if (a->kind == PL_E_COLUMN)
        e->iaux = 2;
    else
        e->iaux = 4;
    e->type = pl_type_int(1, false);
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_int;
    return 0;
}

const pl_func pl_funcs_info[] = {
    { "CHARSET", 1, 1, 0, resolve_charset },
    { "COLLATION", 1, 1, 0, resolve_collation },
    { "COERCIBILITY", 1, 1, 0, resolve_coercibility },
    { NULL, 0, 0, 0, NULL },
};
