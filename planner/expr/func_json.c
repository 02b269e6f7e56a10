/*
 * pl_funcs_json: MySQL 8's JSON functions over JSON text.
 *
 * A JSON value is a string of type PL_F_JSON in utf8mb4_bin holding MySQL's
 * normalized text (json.h).  A document argument -- JSON_EXTRACT's first,
 * JSON_TYPE's... -- must be JSON or a character string holding JSON text:
 *   - invalid text is error 3141 "Invalid JSON text in argument 1 to
 *     function json_extract: "Invalid value." at position 0.";
 *   - a number or temporal is error 3146, a binary string error 3144;
 *   - an invalid path is error 3143 with the offset where it went wrong,
 *     a wildcard where one value is needed error 3149.
 * A value argument (JSON_ARRAY's, JSON_OBJECT's values) becomes JSON by its
 * SQL type: a string is a JSON string (never parsed), a JSON argument is
 * embedded, integers/doubles/decimals are numbers, a comparison or logical
 * operator is true/false, a DATETIME or TIME prints with six fractional
 * digits as MySQL's JSON does.
 *
 * JSON_EXTRACT(doc, path) with one path without wildcards returns the match
 * itself; several paths or wildcards return an array of all matches; no
 * match is NULL.  `a -> p` arrives here as JSON_EXTRACT(a, p) and `a ->> p`
 * as JSON_UNQUOTE(JSON_EXTRACT(a, p)).
 *
 * Ownership.  Each node owns a pl_json_doc in the statement arena, reset on
 * every evaluation; the printed result lives in it until the node is
 * evaluated again.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "expr.h"
#include "jimkv/assert.h"
#include "json.h"
#include "type_agg.h"

#define JSON_TEXT_MAX_LENGTH 0xFFFFFFFFu /* LONGTEXT: what MySQL announces */

/* ---- shared plumbing ---- */

/* A node's state: its document, and room for one child per argument. */
typedef struct json_state {
    pl_json_doc doc;
    uint32_t kids[];
} json_state;

static pl_json_doc *doc_of(pl_expr *e)
{
    json_state *st = e->aux;
    pl_json_reset(&st->doc);
    return &st->doc;
}

static uint32_t *kids_of(pl_expr *e) { return ((json_state *)e->aux)->kids; }

static int attach_doc(pl_expr *e, pl_eval_ctx *cx)
{
    json_state *st = jk_arena_alloc(cx->arena, sizeof *st + sizeof(uint32_t) * e->nargs);
    if (!st)
        return pl_error(cx, 1041, "HY000", "Out of memory"), -1;
    pl_json_init(&st->doc, cx->arena);
    e->aux = st;
    return 0;
}

static void no_memory(pl_eval_ctx *cx, pl_value *out)
{
    pl_error(cx, 1041, "HY000", "Out of memory");
    *out = pl_null();
}

/* The function's name as MySQL writes it in messages. */
static void lower_name(const pl_expr *e, char *buf, size_t cap)
{
    size_t i = 0;
    for (const char *p = e->name ? e->name : "?"; *p && i + 1 < cap; p++)
        buf[i++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    buf[i] = '\0';
}

static bool is_text_type(const pl_type *t)
{
    return pl_field_class((pl_field)t->field) == PL_STRING && t->field != PL_F_BIT;
}

/* Reports a failed parse of argument i (1-based in the message). */
static void parse_error(pl_expr *e, pl_eval_ctx *cx, int i, pl_json_status st, const pl_json_error *err)
{
    char fname[32];
    lower_name(e, fname, sizeof fname);
    if (st == PL_JSON_TOO_DEEP)
        pl_error(cx, 3157, "22032", "The JSON document exceeds the maximum depth.");
    else if (st == PL_JSON_NOMEM)
        pl_error(cx, 1041, "HY000", "Out of memory");
    else
        pl_error(cx, 3141, "22032", "Invalid JSON text in argument %d to function %s: \"%s\" at position %zu.",
                 i + 1, fname, err->msg, err->pos);
}

/* Argument i as a document: 1 with *root set, 0 when it is NULL, -1 after
 * an error. */
static int doc_arg(pl_expr *e, pl_eval_ctx *cx, pl_json_doc *d, int i, uint32_t *root)
{
    pl_value v;
    const pl_type *t = &e->args[i]->type;
    pl_eval(e->args[i], cx, &v);
    if (pl_is_null(&v))
        return 0;
    char fname[32];
    lower_name(e, fname, sizeof fname);
    if (v.cls != PL_STRING || !is_text_type(t)) {
        pl_error(cx, 3146, "22032",
                 "Invalid data type for JSON data in argument %d to function %s; a JSON string or "
                 "JSON type is required.",
                 i + 1, fname);
        return -1;
    }
    if (t->field != PL_F_JSON && v.coll == PL_COLL_BINARY) {
        pl_error(cx, 3144, "22032", "Cannot create a JSON value from a string with CHARACTER SET 'binary'.");
        return -1;
    }
    pl_json_error err;
    pl_json_status st = pl_json_parse(d, v.s, v.len, root, &err);
    if (st != PL_JSON_OK) {
        parse_error(e, cx, i, st, &err);
        return -1;
    }
    return 1;
}

/* Argument i as a path: 1 parsed, 0 NULL, -1 error. */
static int path_arg(pl_expr *e, pl_eval_ctx *cx, pl_json_doc *d, int i, pl_json_path *p, bool no_wild)
{
    pl_value v;
    pl_eval(e->args[i], cx, &v);
    if (pl_is_null(&v))
        return 0;
    char buf[PL_TEXT_MAX];
    size_t len;
    const char *s = pl_to_text(&v, &e->args[i]->type, buf, &len);
    size_t bad = 0;
    pl_json_status st = pl_json_path_parse(d, s, len, p, &bad);
    if (st == PL_JSON_NOMEM) {
        pl_error(cx, 1041, "HY000", "Out of memory");
        return -1;
    }
    if (st != PL_JSON_OK) {
        pl_error(cx, 3143, "42000", "Invalid JSON path expression. The error is around character position %zu.",
                 bad);
        return -1;
    }
    if (no_wild && p->wild) {
        pl_error(cx, 3149, "42000",
                 "In this situation, path expressions may not contain the * and ** tokens or an array range.");
        return -1;
    }
    return 1;
}

static void json_result(pl_expr *e, pl_eval_ctx *cx, pl_json_doc *d, uint32_t node, pl_value *out)
{
    (void)e;
    const char *text;
    size_t len;
    if (node == PL_JSON_NONE || !pl_json_print(d, node, &text, &len)) {
        no_memory(cx, out);
        return;
    }
    *out = pl_str(text, len, PL_COLL_UTF8MB4_BIN);
}

static pl_type json_type(void)
{
    pl_type t = pl_type_string(JSON_TEXT_MAX_LENGTH / 4, PL_COLL_UTF8MB4_BIN);
    t.field = PL_F_JSON;
    return t;
}

static pl_type text_type(uint32_t chars)
{
    return pl_type_string(chars, PL_COLL_UTF8MB4_BIN);
}

/* Operators whose value MySQL treats as a boolean (is_bool_func()). */
static bool is_boolean(const pl_expr *a)
{
    if (a->kind == PL_E_CONST && a->name &&
        (strcasecmp(a->name, "TRUE") == 0 || strcasecmp(a->name, "FALSE") == 0))
        return true;
    if (a->kind != PL_E_OP)
        return false;
    switch ((pl_op)a->op) {
    case PL_OP_NOT: case PL_OP_EQ: case PL_OP_NSEQ: case PL_OP_NE: case PL_OP_LT: case PL_OP_LE:
    case PL_OP_GT: case PL_OP_GE: case PL_OP_AND: case PL_OP_OR: case PL_OP_XOR:
    case PL_OP_IS_NULL: case PL_OP_IS_NOT_NULL: case PL_OP_IS_TRUE: case PL_OP_IS_NOT_TRUE:
    case PL_OP_IS_FALSE: case PL_OP_IS_NOT_FALSE: case PL_OP_BETWEEN: case PL_OP_NOT_BETWEEN:
    case PL_OP_IN: case PL_OP_NOT_IN: case PL_OP_LIKE: case PL_OP_NOT_LIKE:
        return true;
    default:
        return false;
    }
}

/* Argument i as a JSON value (JSON_ARRAY / JSON_OBJECT values). */
static bool value_arg(pl_expr *e, pl_eval_ctx *cx, pl_json_doc *d, int i, uint32_t *node)
{
    pl_expr *a = e->args[i];
    pl_value v;
    pl_eval(a, cx, &v);
    *node = PL_JSON_NONE;
    switch ((pl_vclass)v.cls) {
    case PL_NULL:
        *node = pl_json_new(d, PL_JSON_NULL);
        break;
    case PL_INT:
        if (is_boolean(a))
            *node = pl_json_new(d, v.i ? PL_JSON_TRUE : PL_JSON_FALSE);
        else if (v.flags & PL_VF_UNSIGNED)
            *node = pl_json_new_uint(d, v.u);
        else
            *node = pl_json_new_int(d, v.i);
        break;
    case PL_DOUBLE:
        *node = pl_json_new_double(d, v.d);
        break;
    case PL_DECIMAL: {
        char buf[PL_DEC_STR_MAX];
        size_t n = pl_dec_to_string(v.dec, buf);
        *node = pl_json_new_text(d, PL_JSON_DECIMAL, buf, n);
        break;
    }
    case PL_TEMPORAL: {
        /* MySQL's JSON prints DATETIME and TIME with microseconds. */
        pl_temporal tm = v.tm;
        if (tm.kind != PL_TM_DATE)
            tm.fsp = PL_TM_FSP_MAX;
        char buf[PL_TM_STR_MAX];
        size_t n = pl_tm_to_string(&tm, buf);
        pl_json_type jt = tm.kind == PL_TM_DATE ? PL_JSON_DATE : tm.kind == PL_TM_TIME ? PL_JSON_TIME
                                                                                        : PL_JSON_DATETIME;
        *node = pl_json_new_text(d, jt, buf, n);
        break;
    }
    case PL_STRING:
        if (a->type.field == PL_F_JSON) {
            pl_json_error err;
            pl_json_status st = pl_json_parse(d, v.s, v.len, node, &err);
            if (st != PL_JSON_OK) {
                parse_error(e, cx, i, st, &err);
                return false;
            }
        } else {
            *node = pl_json_new_text(d, PL_JSON_STRING, v.s, v.len);
        }
        break;
    }
    if (*node == PL_JSON_NONE) {
        pl_error(cx, 1041, "HY000", "Out of memory");
        return false;
    }
    return true;
}

/* ---- JSON_EXTRACT ---- */

static void eval_extract(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    uint32_t root;
    int r = doc_arg(e, cx, d, 0, &root);
    if (r <= 0) {
        *out = pl_null();
        return;
    }
    bool wild = e->nargs > 2;
    for (uint16_t i = 1; i < e->nargs; i++) {
        pl_json_path p;
        r = path_arg(e, cx, d, i, &p, false);
        if (r <= 0) {
            *out = pl_null();
            return;
        }
        wild |= p.wild;
        if (pl_json_seek(d, root, &p) != PL_JSON_OK) {
            no_memory(cx, out);
            return;
        }
    }
    if (d->hits_len == 0) {
        *out = pl_null();
        return;
    }
    uint32_t res = wild ? pl_json_new_array(d, d->hits, d->hits_len) : d->hits[0];
    json_result(e, cx, d, res, out);
}

static int resolve_extract(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = json_type();
    e->eval = eval_extract;
    return attach_doc(e, cx);
}

/* ---- JSON_UNQUOTE ---- */

static void eval_unquote(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return;
    }
    char buf[PL_TEXT_MAX];
    size_t len;
    const char *s = pl_to_text(&v, &e->args[0]->type, buf, &len);
    bool is_json = e->args[0]->type.field == PL_F_JSON;
    /* Text not in double quotes is returned as it is (MySQL). */
    if (!is_json && (len < 2 || s[0] != '"' || s[len - 1] != '"')) {
        if (s == buf) {
            char *dst = pl_expr_scratch(cx, e, len ? len : 1);
            if (!dst) {
                *out = pl_null();
                return;
            }
            memcpy(dst, buf, len);
            s = dst;
        }
        *out = pl_str(s, len, e->type.coll);
        return;
    }
    uint32_t root;
    pl_json_error err;
    pl_json_status st = pl_json_parse(d, s, len, &root, &err);
    if (st != PL_JSON_OK) {
        parse_error(e, cx, 0, st, &err);
        *out = pl_null();
        return;
    }
    const pl_json_node *n = pl_json_at(d, root);
    if (n->type == PL_JSON_STRING) {
        *out = pl_str(pl_json_text(d, root), n->text.len, e->type.coll);
        return;
    }
    /* Any other JSON value unquotes to its text. */
    json_result(e, cx, d, root, out);
    out->coll = e->type.coll;
}

static int resolve_unquote(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = text_type(e->args[0]->type.length);
    e->eval = eval_unquote;
    return attach_doc(e, cx);
}

/* ---- JSON_ARRAY, JSON_OBJECT ---- */

static void eval_array(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    uint32_t *k = kids_of(e);
    for (uint16_t i = 0; i < e->nargs; i++)
        if (!value_arg(e, cx, d, i, &k[i])) {
            *out = pl_null();
            return;
        }
    json_result(e, cx, d, pl_json_new_array(d, k, e->nargs), out);
}

static int resolve_array(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = json_type();
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_array;
    return attach_doc(e, cx);
}

static void eval_object(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    uint32_t *k = kids_of(e);
    for (uint16_t i = 0; i + 1 < e->nargs; i += 2) {
        pl_value kv;
        pl_eval(e->args[i], cx, &kv);
        if (pl_is_null(&kv)) {
            pl_error(cx, 3158, "22032", "JSON documents may not contain NULL member names.");
            *out = pl_null();
            return;
        }
        char buf[PL_TEXT_MAX];
        size_t len;
        const char *s = pl_to_text(&kv, &e->args[i]->type, buf, &len);
        k[i] = pl_json_new_text(d, PL_JSON_STRING, s, len);
        if (k[i] == PL_JSON_NONE) {
            no_memory(cx, out);
            return;
        }
        if (!value_arg(e, cx, d, i + 1, &k[i + 1])) {
            *out = pl_null();
            return;
        }
    }
    json_result(e, cx, d, pl_json_new_object(d, k, e->nargs / 2), out);
}

static int resolve_object(pl_expr *e, pl_eval_ctx *cx)
{
    if (e->nargs % 2)
        return pl_error(cx, 1582, "42000", "Incorrect parameter count in the call to native function '%s'",
                        e->name),
               -1;
    e->type = json_type();
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_object;
    return attach_doc(e, cx);
}

/* ---- JSON_VALID, JSON_QUOTE, JSON_TYPE ---- */

static void eval_valid(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return;
    }
    /* MySQL 8: only a string or JSON can be valid JSON; 1 is not. */
    if (v.cls != PL_STRING || !is_text_type(&e->args[0]->type)) {
        *out = pl_int64(0);
        return;
    }
    uint32_t root;
    pl_json_error err;
    pl_json_status st = pl_json_parse(d, v.s, v.len, &root, &err);
    if (st == PL_JSON_NOMEM) {
        no_memory(cx, out);
        return;
    }
    *out = pl_int64(st == PL_JSON_OK);
}

static int resolve_valid(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = pl_type_int(1, false);
    e->eval = eval_valid;
    return attach_doc(e, cx);
}

static void eval_quote(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    pl_value v;
    pl_eval(e->args[0], cx, &v);
    if (pl_is_null(&v)) {
        *out = pl_null();
        return;
    }
    if (v.cls != PL_STRING || !is_text_type(&e->args[0]->type)) {
        pl_error(cx, 3064, "HY000", "Incorrect type for argument 1 in function json_quote.");
        *out = pl_null();
        return;
    }
    const char *text;
    size_t len;
    if (!pl_json_quote(d, v.s, v.len, &text, &len)) {
        no_memory(cx, out);
        return;
    }
    *out = pl_str(text, len, e->type.coll);
}

static int resolve_quote(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = text_type(e->args[0]->type.length * 6 + 2);
    e->eval = eval_quote;
    return attach_doc(e, cx);
}

static void eval_type(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    uint32_t root;
    if (doc_arg(e, cx, d, 0, &root) <= 0) {
        *out = pl_null();
        return;
    }
    const char *name = pl_json_type_name((pl_json_type)pl_json_at(d, root)->type);
    *out = pl_str(name, strlen(name), e->type.coll);
}

static int resolve_type(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = text_type(16);
    e->eval = eval_type;
    return attach_doc(e, cx);
}

/* ---- JSON_CONTAINS_PATH, JSON_LENGTH, JSON_KEYS ---- */

static void eval_contains_path(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    uint32_t root;
    int r = doc_arg(e, cx, d, 0, &root);
    pl_value mode;
    pl_eval(e->args[1], cx, &mode);
    if (r <= 0 || pl_is_null(&mode)) {
        *out = pl_null();
        return;
    }
    char buf[PL_TEXT_MAX];
    size_t len;
    const char *m = pl_to_text(&mode, &e->args[1]->type, buf, &len);
    bool all;
    if (len == 3 && strncasecmp(m, "one", 3) == 0)
        all = false;
    else if (len == 3 && strncasecmp(m, "all", 3) == 0)
        all = true;
    else {
        pl_error(cx, 3154, "42000",
                 "The oneOrAll argument to json_contains_path may take these values: 'one' or 'all'.");
        *out = pl_null();
        return;
    }
    bool any = false, every = true;
    for (uint16_t i = 2; i < e->nargs; i++) {
        pl_json_path p;
        r = path_arg(e, cx, d, i, &p, false);
        if (r <= 0) {
            *out = pl_null();
            return;
        }
        d->hits_len = 0;
        if (pl_json_seek(d, root, &p) != PL_JSON_OK) {
            no_memory(cx, out);
            return;
        }
        any |= d->hits_len > 0;
        every &= d->hits_len > 0;
    }
    *out = pl_int64(all ? every : any);
}

static int resolve_contains_path(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = pl_type_int(1, false);
    e->eval = eval_contains_path;
    return attach_doc(e, cx);
}

/* The value JSON_LENGTH / JSON_KEYS look at: the document or the match of
 * the optional path.  PL_JSON_NONE with *out set when the answer is NULL. */
static uint32_t target(pl_expr *e, pl_eval_ctx *cx, pl_json_doc *d, pl_value *out)
{
    uint32_t root;
    if (doc_arg(e, cx, d, 0, &root) <= 0) {
        *out = pl_null();
        return PL_JSON_NONE;
    }
    if (e->nargs < 2)
        return root;
    pl_json_path p;
    if (path_arg(e, cx, d, 1, &p, true) <= 0) {
        *out = pl_null();
        return PL_JSON_NONE;
    }
    if (pl_json_seek(d, root, &p) != PL_JSON_OK) {
        no_memory(cx, out);
        return PL_JSON_NONE;
    }
    if (d->hits_len == 0) {
        *out = pl_null();
        return PL_JSON_NONE;
    }
    return d->hits[0];
}

static void eval_length(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    uint32_t t = target(e, cx, d, out);
    if (t == PL_JSON_NONE)
        return;
    const pl_json_node *n = pl_json_at(d, t);
    bool container = n->type == PL_JSON_ARRAY || n->type == PL_JSON_OBJECT;
    *out = pl_int64(container ? n->kids.count : 1);
}

static int resolve_length(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = pl_type_int(10, false);
    e->eval = eval_length;
    return attach_doc(e, cx);
}

static void eval_keys(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_json_doc *d = doc_of(e);
    uint32_t t = target(e, cx, d, out);
    if (t == PL_JSON_NONE)
        return;
    const pl_json_node *n = pl_json_at(d, t);
    if (n->type != PL_JSON_OBJECT) {
        *out = pl_null();
        return;
    }
    json_result(e, cx, d, pl_json_new_keys(d, t), out);
}

static int resolve_keys(pl_expr *e, pl_eval_ctx *cx)
{
    e->type = json_type();
    e->eval = eval_keys;
    return attach_doc(e, cx);
}

const pl_func pl_funcs_json[] = {
    { "JSON_ARRAY", 0, -1, 0, resolve_array },
    { "JSON_CONTAINS_PATH", 3, -1, 0, resolve_contains_path },
    { "JSON_EXTRACT", 2, -1, 0, resolve_extract },
    { "JSON_KEYS", 1, 2, 0, resolve_keys },
    { "JSON_LENGTH", 1, 2, 0, resolve_length },
    { "JSON_OBJECT", 0, -1, 0, resolve_object },
    { "JSON_QUOTE", 1, 1, 0, resolve_quote },
    { "JSON_TYPE", 1, 1, 0, resolve_type },
    { "JSON_UNQUOTE", 1, 1, 0, resolve_unquote },
    { "JSON_VALID", 1, 1, 0, resolve_valid },
    { NULL, 0, 0, 0, NULL },
};
