/*
 * MySQL's string functions (the manual's "String Functions and Operators").
 *
 * Types.  A string result is VAR_STRING in the collation aggregated from the
 * string arguments that make it up (binary as soon as one is binary, an
 * explicit COLLATE winning); numbers and temporals take part as text in the
 * connection's collation.  Functions whose result is ASCII text made here
 * (HEX, MD5, FORMAT...) use the connection's collation, as MySQL 8's
 * default_charset().  Counts and positions are LONGLONG.
 *
 * Characters.  Positions and lengths count characters of the result's
 * collation: bytes when it is binary, so CHAR_LENGTH(_binary 'é') is 2.
 * TRIM, REPLACE and SUBSTRING_INDEX match bytes exactly (case-sensitive,
 * as the manual says) at character boundaries; LOCATE, INSTR, POSITION,
 * FIND_IN_SET, FIELD and STRCMP compare by the collation.
 *
 * Results longer than @@max_allowed_packet are NULL with warning 1301, in
 * the functions where MySQL checks it (CONCAT, CONCAT_WS, REPEAT, LPAD,
 * RPAD, SPACE, INSERT, REPLACE, EXPORT_SET, TO_BASE64).
 *
 * Evaluation order.  Arguments are evaluated in MySQL's order, and those
 * MySQL evaluates before testing for NULL are evaluated here too, so the
 * same conversion warnings appear in the same order: SUBSTRING, LEFT,
 * RIGHT, INSERT, SUBSTRING_INDEX, STRCMP and FIND_IN_SET evaluate all their
 * arguments; LPAD/RPAD and REPEAT read the count first; LOCATE reads the
 * position only when both strings are non-NULL; REPLACE reads its third
 * argument only when needed (see eval_replace).
 *
 * Memory.  A result is either a slice of an argument's value (SUBSTRING,
 * TRIM...: valid as long as that argument's value, see expr.h) or built in
 * the node's scratch; nothing is allocated per row otherwise.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>

#include "expr.h"
#include "jimkv/assert.h"
#include "type_agg.h"

/* MySQL keeps string positions and lengths in 32 bits (INT_MAX32). */
#define POS_MAX ((int64_t)2147483647)

/* ---- arguments ---- */

/* An argument's text: a string's own bytes, or a number or temporal
 * printed into buf.  Never copied by value (s may point into buf). */
typedef struct text_arg {
    const char *s;
    size_t n;
    char buf[PL_TEXT_MAX];
} text_arg;

/* Evaluates args[i] as text; false when it is NULL. */
static bool arg_text(pl_expr *e, pl_eval_ctx *cx, int i, text_arg *t)
{
    pl_value v;
    pl_eval(e->args[i], cx, &v);
    if (pl_is_null(&v))
        return false;
    t->s = pl_to_text(&v, &e->args[i]->type, t->buf, &t->n);
    return true;
}

/* An integer argument with MySQL's unsigned flag. */
typedef struct int_arg {
    int64_t v;
    bool uns;
} int_arg;

static bool arg_int(pl_expr *e, pl_eval_ctx *cx, int i, int_arg *a)
{
    pl_value v;
    pl_eval(e->args[i], cx, &v);
    if (pl_is_null(&v))
        return false;
    a->v = pl_to_int(cx, &v, &a->uns);
    return true;
}

/* True for a huge unsigned value (above INT64_MAX): a "very large" count. */
static bool huge(const int_arg *a) { return a->uns && a->v < 0; }

/* MySQL's resolve_type() of SUBSTRING, LEFT, RIGHT, REPEAT, LPAD, RPAD,
 * SPACE, FORMAT and SHA2 reads a constant count argument once to size the
 * result, so a bad one ('3x') warns at resolution and again per row.  This
 * does the same; *v gets the value when the argument is a constant. */
static bool probe_const_int(pl_expr *e, pl_eval_ctx *cx, int i, int_arg *v)
{
    if (!pl_expr_is_const(e->args[i]))
        return false;
    return arg_int(e, cx, i, v);
}

static bool is_str_type(const pl_type *t)
{
    return pl_field_class((pl_field)t->field) == PL_STRING;
}

/* ---- result types ---- */

/* The collation of a result made of args first, first + step, ... before
 * last: MySQL's DTCollation aggregation over the string arguments (numbers
 * and temporals do not take part); the connection's collation when none is
 * a string.  Sets *explicit_coll when the winner came from COLLATE. */
static uint16_t agg_args(pl_eval_ctx *cx, const pl_expr *e, int first, int last, int step,
                         bool *explicit_coll)
{
    pl_type acc = { 0 };
    bool have = false;
    for (int i = first; i < last; i += step) {
        const pl_type *t = &e->args[i]->type;
        if (!is_str_type(t) || t->field == PL_F_NULL)
            continue;
        if (!have) {
            acc = *t;
            have = true;
        } else {
            acc.coll = pl_coll_aggregate(&acc, t);
            acc.flags |= t->flags & PL_TF_EXPLICIT_COLL;
        }
    }
    *explicit_coll = have && (acc.flags & PL_TF_EXPLICIT_COLL);
    return have ? acc.coll : cx->session->collation_connection;
}

static uint16_t agg_range(pl_eval_ctx *cx, const pl_expr *e, int first, int last, bool *explicit_coll)
{
    return agg_args(cx, e, first, last, 1, explicit_coll);
}

static uint32_t clamp_len(uint64_t chars) { return chars > UINT32_MAX ? UINT32_MAX : (uint32_t)chars; }

static void set_string_type(pl_expr *e, uint64_t chars, uint16_t coll, bool explicit_coll)
{
    e->type = pl_type_string(clamp_len(chars), coll);
    if (explicit_coll)
        e->type.flags |= PL_TF_EXPLICIT_COLL;
}

/* Display length of an argument as text. */
static uint64_t arg_chars(const pl_expr *e, int i) { return e->args[i]->type.length; }

/* ---- results ---- */

/* The result s[0..n) copied into the node's scratch (s may be anywhere,
 * including a stack buffer). */
static void out_copy(pl_expr *e, pl_eval_ctx *cx, const char *s, size_t n, pl_value *out)
{
    char *p = pl_expr_scratch(cx, e, n ? n : 1);
    if (!p) {
        *out = pl_null();
        return;
    }
    memmove(p, s, n);
    *out = pl_str(p, n, e->type.coll);
}

/* A slice of an argument's text: passed through when it is the argument's
 * own value, copied when the text was printed into t->buf. */
static void out_slice(pl_expr *e, pl_eval_ctx *cx, const text_arg *t, size_t off, size_t n,
                      pl_value *out)
{
    JK_ASSERT(off <= t->n && n <= t->n - off);
    if (t->s == t->buf)
        out_copy(e, cx, t->s + off, n, out);
    else
        *out = pl_str(t->s + off, n, e->type.coll);
}

/* MySQL's check of a result's size against @@max_allowed_packet: true (and
 * warning 1301) when `bytes` is too long, and the result must be NULL. */
static bool too_big(pl_eval_ctx *cx, uint64_t bytes, const char *fn)
{
    uint64_t max = cx->session->max_allowed_packet;
    if (bytes <= max)
        return false;
    pl_warn(cx, PL_LEVEL_WARNING, 1301,
            "Result of %s() was larger than max_allowed_packet (%llu) - truncated", fn,
            (unsigned long long)max);
    return true;
}

/* ---- character helpers ---- */

/* True when byte offset p of s[0..n) starts a character (or is the end). */
static bool at_boundary(uint16_t coll, const char *s, size_t n, size_t p)
{
    if (coll == PL_COLL_BINARY || p == 0 || p >= n)
        return true;
    /* Back up to the lead byte at most 3 bytes before p. */
    size_t q = p;
    while (q > 0 && p - q < 3 && ((unsigned char)s[q] & 0xC0) == 0x80)
        q--;
    if (q == p)
        return true;
    size_t len = pl_coll_char_len(coll, s + q, n - q);
    return q + len <= p;
}

/* Equality without padding: MySQL's strnncoll, used by FIND_IN_SET and
 * LOCATE.  For the PAD SPACE collations (one weight per character) it is
 * the padded comparison plus equal character counts. */
static bool equal_nopad(uint16_t coll, const char *a, size_t an, const char *b, size_t bn)
{
    if (coll == PL_COLL_BINARY)
        return an == bn && memcmp(a, b, an) == 0;
    if (pl_coll_compare(coll, a, an, b, bn) != 0)
        return false;
    const pl_collation *c = pl_coll_by_id(coll);
    return !c || !c->pad_space || pl_coll_char_count(coll, a, an) == pl_coll_char_count(coll, b, bn);
}

/* Byte offset of the first exact occurrence of needle at or after `from`
 * that starts on a character boundary, or -1. */
static int64_t find_bytes(uint16_t coll, const char *s, size_t n, size_t from, const char *needle,
                          size_t nn)
{
    if (nn == 0 || nn > n)
        return -1;
    for (size_t i = from; i + nn <= n; i++) {
        if (s[i] == needle[0] && memcmp(s + i, needle, nn) == 0 && at_boundary(coll, s, n, i))
            return (int64_t)i;
    }
    return -1;
}

/* ---- CONCAT, CONCAT_WS ---- */

static void eval_concat(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    size_t len = 0;
    for (int i = 0; i < e->nargs; i++) {
        text_arg t;
        if (!arg_text(e, cx, i, &t)) {
            *out = pl_null();
            return;
        }
        if (too_big(cx, (uint64_t)len + t.n, "concat")) {
            *out = pl_null();
            return;
        }
        char *p = pl_expr_scratch(cx, e, len + t.n + 1);
        if (!p) {
            *out = pl_null();
            return;
        }
        memcpy(p + len, t.s, t.n);
        len += t.n;
    }
    *out = pl_str(e->scratch, len, e->type.coll);
}

static int resolve_concat(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, e->nargs, &ex);
    uint64_t chars = 0;
    for (int i = 0; i < e->nargs; i++)
        chars += arg_chars(e, i);
    set_string_type(e, chars, coll, ex);
    e->eval = eval_concat;
    return 0;
}

/* CONCAT_WS skips NULL arguments but keeps empty strings. */
static void eval_concat_ws(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg sep;
    if (!arg_text(e, cx, 0, &sep)) {
        *out = pl_null();
        return;
    }
    /* The separator may be a printed number: keep it in scratch first. */
    char *p = pl_expr_scratch(cx, e, sep.n + 1);
    if (!p) {
        *out = pl_null();
        return;
    }
    memcpy(p, sep.s, sep.n);
    size_t sn = sep.n, len = sn;
    bool first = true;
    for (int i = 1; i < e->nargs; i++) {
        text_arg t;
        if (!arg_text(e, cx, i, &t))
            continue;
        size_t add = t.n + (first ? 0 : sn);
        if (too_big(cx, (uint64_t)(len - sn) + add, "concat_ws")) {
            *out = pl_null();
            return;
        }
        p = pl_expr_scratch(cx, e, len + add + 1);
        if (!p) {
            *out = pl_null();
            return;
        }
        if (!first) {
            memcpy(p + len, p, sn);
            len += sn;
        }
        memcpy(p + len, t.s, t.n);
        len += t.n;
        first = false;
    }
    *out = pl_str(e->scratch + sn, len - sn, e->type.coll);
}

static int resolve_concat_ws(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, e->nargs, &ex);
    uint64_t chars = 0;
    for (int i = 1; i < e->nargs; i++)
        chars += arg_chars(e, i) + (i > 1 ? arg_chars(e, 0) : 0);
    set_string_type(e, chars, coll, ex);
    e->eval = eval_concat_ws;
    return 0;
}

/* ---- lengths and codes ---- */

enum { LEN_BYTES, LEN_BITS, LEN_CHARS };

static void eval_length(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t;
    if (!arg_text(e, cx, 0, &t)) {
        *out = pl_null();
        return;
    }
    switch (e->iaux) {
    case LEN_BITS:
        *out = pl_int64((int64_t)t.n * 8);
        break;
    case LEN_CHARS: {
        const pl_type *at = &e->args[0]->type;
        uint16_t coll = is_str_type(at) ? at->coll : cx->session->collation_connection;
        *out = pl_int64((int64_t)pl_coll_char_count(coll, t.s, t.n));
        break;
    }
    default:
        *out = pl_int64((int64_t)t.n);
    }
}

static int resolve_len_kind(pl_expr *e, int kind)
{
    e->type = pl_type_int(10, false);
    e->iaux = kind;
    e->eval = eval_length;
    return 0;
}

static int resolve_length(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    return resolve_len_kind(e, LEN_BYTES);
}

static int resolve_bit_length(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    return resolve_len_kind(e, LEN_BITS);
}

static int resolve_char_length(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    return resolve_len_kind(e, LEN_CHARS);
}

/* ASCII: the first byte.  ORD: the first character's bytes as a big-endian
 * number (0xC3A9 for 'é'), the byte itself for a binary string. */
static void eval_ascii_ord(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t;
    if (!arg_text(e, cx, 0, &t)) {
        *out = pl_null();
        return;
    }
    if (t.n == 0) {
        *out = pl_int64(0);
        return;
    }
    size_t k = 1;
    if (e->iaux) {
        const pl_type *at = &e->args[0]->type;
        uint16_t coll = is_str_type(at) ? at->coll : cx->session->collation_connection;
        k = pl_coll_char_len(coll, t.s, t.n);
    }
    int64_t v = 0;
    for (size_t i = 0; i < k; i++)
        v = v << 8 | (unsigned char)t.s[i];
    *out = pl_int64(v);
}

static int resolve_ascii(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(3, false);
    e->iaux = 0;
    e->eval = eval_ascii_ord;
    return 0;
}

static int resolve_ord(pl_expr *e, pl_eval_ctx *cx)
{
    (void)cx;
    e->type = pl_type_int(21, false);
    e->iaux = 1;
    e->eval = eval_ascii_ord;
    return 0;
}

/* ---- UPPER, LOWER, REVERSE ---- */

static void eval_case(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t;
    if (!arg_text(e, cx, 0, &t)) {
        *out = pl_null();
        return;
    }
    uint16_t coll = e->type.coll;
    if (coll == PL_COLL_BINARY) {
        /* MySQL: UPPER and LOWER do nothing to binary strings. */
        out_slice(e, cx, &t, 0, t.n, out);
        return;
    }
    size_t (*map)(uint16_t, const char *, size_t, char *, size_t) =
        e->iaux ? pl_coll_upper : pl_coll_lower;
    /* The mapped text can be longer or shorter than the original (ⱥ is 3
     * bytes, Ⱥ 2): map into what the scratch has, grow it if that was not
     * enough, and map again. */
    size_t had = e->scratch_cap;
    size_t need = map(coll, t.s, t.n, e->scratch, had);
    char *p = pl_expr_scratch(cx, e, need ? need : 1);
    if (!p) {
        *out = pl_null();
        return;
    }
    if (need > had)
        map(coll, t.s, t.n, p, e->scratch_cap);
    *out = pl_str(p, need, coll);
}

static int resolve_case_map(pl_expr *e, pl_eval_ctx *cx, bool upper)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 1, &ex);
    set_string_type(e, arg_chars(e, 0), coll, ex);
    e->iaux = upper;
    e->eval = eval_case;
    return 0;
}

static int resolve_upper(pl_expr *e, pl_eval_ctx *cx) { return resolve_case_map(e, cx, true); }
static int resolve_lower(pl_expr *e, pl_eval_ctx *cx) { return resolve_case_map(e, cx, false); }

static void eval_reverse(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t;
    if (!arg_text(e, cx, 0, &t)) {
        *out = pl_null();
        return;
    }
    char *p = pl_expr_scratch(cx, e, t.n + 1);
    if (!p) {
        *out = pl_null();
        return;
    }
    uint16_t coll = e->type.coll;
    size_t i = 0;
    while (i < t.n) {
        size_t k = pl_coll_char_len(coll, t.s + i, t.n - i);
        memcpy(p + t.n - i - k, t.s + i, k);
        i += k;
    }
    *out = pl_str(p, t.n, coll);
}

static int resolve_reverse(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 1, &ex);
    set_string_type(e, arg_chars(e, 0), coll, ex);
    e->eval = eval_reverse;
    return 0;
}

/* ---- SUBSTRING, LEFT, RIGHT ---- */

static void eval_substr(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t;
    int_arg pos, len = { POS_MAX, false };
    bool have_t = arg_text(e, cx, 0, &t), have_pos = arg_int(e, cx, 1, &pos);
    bool have_len = e->nargs < 3 || arg_int(e, cx, 2, &len);
    if (!have_t || !have_pos || !have_len) {
        *out = pl_null();
        return;
    }
    uint16_t coll = e->type.coll;
    /* A zero or negative length is empty; a huge unsigned one is "all". */
    if (e->nargs == 3 && len.v <= 0 && (len.v == 0 || !len.uns)) {
        *out = pl_str("", 0, coll);
        return;
    }
    if (len.v <= 0 || len.v > POS_MAX)
        len.v = POS_MAX;
    if (huge(&pos) || pos.v < -POS_MAX - 1 || pos.v > POS_MAX) {
        *out = pl_str("", 0, coll);
        return;
    }
    /* Positions count from 1; a negative one counts from the end. */
    int64_t start = pos.v < 0 ? (int64_t)pl_coll_char_count(coll, t.s, t.n) + pos.v : pos.v - 1;
    if (start < 0) {
        *out = pl_str("", 0, coll);
        return;
    }
    size_t off = pl_coll_char_offset(coll, t.s, t.n, (size_t)start);
    if (off >= t.n) {
        *out = pl_str("", 0, coll);
        return;
    }
    size_t n = pl_coll_char_offset(coll, t.s + off, t.n - off, (size_t)len.v);
    JK_ASSERT(len.v > 0 && n > 0);
    out_slice(e, cx, &t, off, n, out);
}

static int resolve_substr(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 1, &ex);
    int_arg v;
    uint64_t chars = arg_chars(e, 0);
    probe_const_int(e, cx, 1, &v);
    if (e->nargs == 3 && probe_const_int(e, cx, 2, &v) && !huge(&v) && v.v >= 0 && (uint64_t)v.v < chars)
        chars = (uint64_t)v.v;
    set_string_type(e, chars, coll, ex);
    e->eval = eval_substr;
    return 0;
}

static void eval_left_right(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t;
    int_arg len;
    bool have_t = arg_text(e, cx, 0, &t), have_len = arg_int(e, cx, 1, &len);
    if (!have_t || !have_len) {
        *out = pl_null();
        return;
    }
    uint16_t coll = e->type.coll;
    if (len.v <= 0 && !len.uns) {
        *out = pl_str("", 0, coll);
        return;
    }
    if (huge(&len) || (uint64_t)len.v >= t.n) {
        out_slice(e, cx, &t, 0, t.n, out);
        return;
    }
    if (e->iaux == 0) { /* LEFT */
        out_slice(e, cx, &t, 0, pl_coll_char_offset(coll, t.s, t.n, (size_t)len.v), out);
        return;
    }
    size_t chars = pl_coll_char_count(coll, t.s, t.n);
    if ((uint64_t)len.v >= chars) {
        out_slice(e, cx, &t, 0, t.n, out);
        return;
    }
    size_t off = pl_coll_char_offset(coll, t.s, t.n, chars - (size_t)len.v);
    out_slice(e, cx, &t, off, t.n - off, out);
}

static int resolve_left_right(pl_expr *e, pl_eval_ctx *cx, int right)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 1, &ex);
    int_arg v;
    uint64_t chars = arg_chars(e, 0);
    if (probe_const_int(e, cx, 1, &v) && !huge(&v) && (uint64_t)(v.v < 0 ? 0 : v.v) < chars)
        chars = v.v < 0 ? 0 : (uint64_t)v.v;
    set_string_type(e, chars, coll, ex);
    e->iaux = right;
    e->eval = eval_left_right;
    return 0;
}

static int resolve_left(pl_expr *e, pl_eval_ctx *cx) { return resolve_left_right(e, cx, 0); }
static int resolve_right(pl_expr *e, pl_eval_ctx *cx) { return resolve_left_right(e, cx, 1); }

/* ---- TRIM, LTRIM, RTRIM ---- */

#define TRIM_LEADING 0x1
#define TRIM_TRAILING 0x2

static void eval_trim(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t, r;
    if (!arg_text(e, cx, 0, &t)) {
        *out = pl_null();
        return;
    }
    const char *rs = " ";
    size_t rn = 1;
    if (e->nargs == 2) {
        if (!arg_text(e, cx, 1, &r)) {
            *out = pl_null();
            return;
        }
        rs = r.s;
        rn = r.n;
    }
    uint16_t coll = e->type.coll;
    size_t lo = 0, hi = t.n;
    if (rn > 0) {
        if (e->iaux & TRIM_LEADING)
            while (hi - lo >= rn && memcmp(t.s + lo, rs, rn) == 0)
                lo += rn;
        if (e->iaux & TRIM_TRAILING)
            while (hi - lo >= rn && memcmp(t.s + hi - rn, rs, rn) == 0 &&
                   at_boundary(coll, t.s, t.n, hi - rn))
                hi -= rn;
    }
    JK_ASSERT(lo <= hi && hi <= t.n);
    out_slice(e, cx, &t, lo, hi - lo, out);
}

static int resolve_trim_mode(pl_expr *e, pl_eval_ctx *cx, int mode)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, e->nargs, &ex);
    set_string_type(e, arg_chars(e, 0), coll, ex);
    e->iaux = mode;
    e->eval = eval_trim;
    return 0;
}

/* The compiler passes TRIM's form in iaux: 0 plain, 1 BOTH, 2 LEADING,
 * 3 TRAILING. */
static int resolve_trim(pl_expr *e, pl_eval_ctx *cx)
{
    int mode = e->iaux == 2 ? TRIM_LEADING : e->iaux == 3 ? TRIM_TRAILING : TRIM_LEADING | TRIM_TRAILING;
    return resolve_trim_mode(e, cx, mode);
}

static int resolve_ltrim(pl_expr *e, pl_eval_ctx *cx) { return resolve_trim_mode(e, cx, TRIM_LEADING); }
static int resolve_rtrim(pl_expr *e, pl_eval_ctx *cx) { return resolve_trim_mode(e, cx, TRIM_TRAILING); }

/* ---- REPLACE ---- */

static void eval_replace(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t, from, to;
    if (!arg_text(e, cx, 0, &t) || !arg_text(e, cx, 1, &from)) {
        *out = pl_null();
        return;
    }
    uint16_t coll = e->type.coll;
    if (from.n == 0) {
        out_slice(e, cx, &t, 0, t.n, out);
        return;
    }
    /* MySQL looks for `from` before reading the replacement only in the
     * collations that sort by bytes (binary, _bin): there a NULL
     * replacement of a string that does not occur is not NULL. */
    bool binsort = coll == PL_COLL_BINARY || coll == PL_COLL_UTF8MB4_BIN;
    int64_t at = find_bytes(coll, t.s, t.n, 0, from.s, from.n);
    if (binsort && at < 0) {
        out_slice(e, cx, &t, 0, t.n, out);
        return;
    }
    if (!arg_text(e, cx, 2, &to)) {
        *out = pl_null();
        return;
    }
    if (at < 0) {
        out_slice(e, cx, &t, 0, t.n, out);
        return;
    }
    size_t len = 0, i = 0;
    while (at >= 0) {
        size_t keep = (size_t)at - i;
        if (too_big(cx, (uint64_t)len + keep + to.n, "replace")) {
            *out = pl_null();
            return;
        }
        char *p = pl_expr_scratch(cx, e, len + keep + to.n + 1);
        if (!p) {
            *out = pl_null();
            return;
        }
        memcpy(p + len, t.s + i, keep);
        memcpy(p + len + keep, to.s, to.n);
        len += keep + to.n;
        i = (size_t)at + from.n;
        at = find_bytes(coll, t.s, t.n, i, from.s, from.n);
    }
    size_t rest = t.n - i;
    if (too_big(cx, (uint64_t)len + rest, "replace")) {
        *out = pl_null();
        return;
    }
    char *p = pl_expr_scratch(cx, e, len + rest + 1);
    if (!p) {
        *out = pl_null();
        return;
    }
    memcpy(p + len, t.s + i, rest);
    *out = pl_str(p, len + rest, coll);
}

static int resolve_replace(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 3, &ex);
    /* As MySQL: every possible occurrence of `from` grows by the length
     * difference. */
    uint64_t chars = arg_chars(e, 0), from = arg_chars(e, 1), to = arg_chars(e, 2);
    if (to > from && from > 0)
        chars += chars / from * (to - from);
    set_string_type(e, chars, coll, ex);
    e->eval = eval_replace;
    return 0;
}

/* ---- LOCATE, INSTR, POSITION ---- */

/* Comparison functions keep their collation in iaux above the low byte. */
#define IAUX_COLL(e) ((uint16_t)((e)->iaux >> 8))

/* MySQL's LOCATE: the 1-based character position of needle in hay at or
 * after character `from` (0-based).  The collation's instr() compares a
 * window of the needle's byte length at each character, without padding.
 * An empty needle is found at once, and MySQL answers its byte offset + 1. */
static int64_t locate(uint16_t coll, const char *hay, size_t hn, const char *nd, size_t nn,
                      int64_t from)
{
    size_t start = pl_coll_char_offset(coll, hay, hn, (size_t)from);
    if (start == hn && from > 0 && pl_coll_char_count(coll, hay, hn) < (size_t)from)
        return 0;
    if (start + nn > hn)
        return 0;
    if (nn == 0)
        return (int64_t)start + 1;
    JK_ASSERT(nn > 0 && start <= hn);
    int64_t chars = 0;
    for (size_t i = start; i + nn <= hn; chars++) {
        if (equal_nopad(coll, hay + i, nn, nd, nn))
            return from + chars + 1;
        i += pl_coll_char_len(coll, hay + i, hn - i);
    }
    return 0;
}

static void eval_locate(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    /* Low bit of iaux: the haystack comes first (INSTR). */
    bool hay_first = e->iaux & 1;
    text_arg hay, nd;
    bool have_hay = arg_text(e, cx, hay_first ? 0 : 1, &hay);
    bool have_nd = arg_text(e, cx, hay_first ? 1 : 0, &nd);
    if (!have_hay || !have_nd) {
        *out = pl_null();
        return;
    }
    int64_t from = 0;
    if (e->nargs == 3) {
        int_arg pos;
        if (!arg_int(e, cx, 2, &pos)) {
            *out = pl_null();
            return;
        }
        /* MySQL bounds the character position by the byte length. */
        if (pos.v <= 0 || huge(&pos) || (uint64_t)pos.v > hay.n) {
            *out = pl_int64(0);
            return;
        }
        from = pos.v - 1;
    }
    *out = pl_int64(locate(IAUX_COLL(e), hay.s, hay.n, nd.s, nd.n, from));
}

static int resolve_locate_kind(pl_expr *e, pl_eval_ctx *cx, bool hay_first)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 2, &ex);
    e->type = pl_type_int(11, false);
    e->iaux = (int64_t)hay_first | (int64_t)coll << 8;
    e->eval = eval_locate;
    return 0;
}

static int resolve_locate(pl_expr *e, pl_eval_ctx *cx) { return resolve_locate_kind(e, cx, false); }
static int resolve_instr(pl_expr *e, pl_eval_ctx *cx) { return resolve_locate_kind(e, cx, true); }

/* ---- LPAD, RPAD, REPEAT, SPACE ---- */

static void eval_pad(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t, pad;
    int_arg len;
    bool have_len = arg_int(e, cx, 1, &len), have_t = arg_text(e, cx, 0, &t);
    bool have_pad = arg_text(e, cx, 2, &pad);
    if (!have_len || !have_t || !have_pad) {
        *out = pl_null();
        return;
    }
    bool left = e->iaux;
    uint16_t coll = e->type.coll;
    if (len.v < 0 && !len.uns) {
        *out = pl_null();
        return;
    }
    uint64_t want = huge(&len) || len.v > POS_MAX ? (uint64_t)POS_MAX : (uint64_t)len.v;
    size_t chars = pl_coll_char_count(coll, t.s, t.n);
    if (want <= chars) {
        out_slice(e, cx, &t, 0, pl_coll_char_offset(coll, t.s, t.n, (size_t)want), out);
        return;
    }
    /* MySQL checks the longest result the length allows: want characters
     * of the collation's widest size. */
    const pl_collation *c = pl_coll_by_id(coll);
    if (too_big(cx, want * (c ? c->mbmaxlen : 1), left ? "lpad" : "rpad")) {
        *out = pl_null();
        return;
    }
    size_t pad_chars = pl_coll_char_count(coll, pad.s, pad.n);
    if (pad_chars == 0) {
        *out = pl_null();
        return;
    }
    /* Whole copies of pad, then the first characters of one more. */
    size_t fill = (size_t)want - chars, whole = fill / pad_chars, part = fill % pad_chars;
    size_t part_bytes = pl_coll_char_offset(coll, pad.s, pad.n, part);
    JK_ASSERT(part < pad_chars && part_bytes <= pad.n);
    size_t fill_bytes = whole * pad.n + part_bytes;
    char *p = pl_expr_scratch(cx, e, t.n + fill_bytes + 1);
    if (!p) {
        *out = pl_null();
        return;
    }
    char *f = left ? p : p + t.n;
    for (size_t i = 0; i < whole; i++)
        memcpy(f + i * pad.n, pad.s, pad.n);
    memcpy(f + whole * pad.n, pad.s, part_bytes);
    memcpy(left ? p + fill_bytes : p, t.s, t.n);
    *out = pl_str(p, t.n + fill_bytes, coll);
}

static int resolve_pad(pl_expr *e, pl_eval_ctx *cx, bool left)
{
    bool ex;
    uint16_t coll = agg_args(cx, e, 0, 3, 2, &ex); /* str and padstr */
    uint64_t chars = arg_chars(e, 0);
    int_arg v;
    if (probe_const_int(e, cx, 1, &v) && !huge(&v) && v.v >= 0)
        chars = (uint64_t)v.v;
    set_string_type(e, chars, coll, ex);
    e->iaux = left;
    e->eval = eval_pad;
    return 0;
}

static int resolve_lpad(pl_expr *e, pl_eval_ctx *cx) { return resolve_pad(e, cx, true); }
static int resolve_rpad(pl_expr *e, pl_eval_ctx *cx) { return resolve_pad(e, cx, false); }

/* REPEAT(str, count) and SPACE(count) (iaux = 1: str is ' '). */
static void eval_repeat(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t;
    int_arg count;
    bool space = e->iaux;
    bool have_count = arg_int(e, cx, space ? 0 : 1, &count), have_t = true;
    if (space) {
        t.s = " ";
        t.n = 1;
    } else {
        have_t = arg_text(e, cx, 0, &t);
    }
    if (!have_count || !have_t) {
        *out = pl_null();
        return;
    }
    if ((count.v <= 0 && !count.uns) || t.n == 0) {
        *out = pl_str("", 0, e->type.coll);
        return;
    }
    uint64_t times = huge(&count) ? UINT64_MAX : (uint64_t)count.v;
    uint64_t bytes = times > UINT64_MAX / t.n ? UINT64_MAX : times * t.n;
    if (too_big(cx, bytes, space ? "space" : "repeat")) {
        *out = pl_null();
        return;
    }
    size_t n = (size_t)times * t.n;
    char *p = pl_expr_scratch(cx, e, n);
    if (!p) {
        *out = pl_null();
        return;
    }
    if (t.n == 1) {
        memset(p, t.s[0], n);
    } else {
        /* Doubling copies: log2(times) memcpy calls. */
        memcpy(p, t.s, t.n);
        size_t have = t.n;
        while (have < n) {
            size_t k = have <= n - have ? have : n - have;
            memcpy(p + have, p, k);
            have += k;
        }
        JK_ASSERT(have == n);
    }
    *out = pl_str(p, n, e->type.coll);
}

/* A constant count argument (probed as MySQL does), or dflt. */
static uint64_t const_count(pl_expr *e, pl_eval_ctx *cx, int i, uint64_t dflt)
{
    int_arg v;
    if (!probe_const_int(e, cx, i, &v))
        return dflt;
    if (huge(&v))
        return dflt;
    return v.v < 0 ? 0 : (uint64_t)v.v;
}

static int resolve_repeat(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 1, &ex);
    uint64_t c = const_count(e, cx, 1, 1u << 24);
    set_string_type(e, arg_chars(e, 0) * (c > (1u << 24) ? (1u << 24) : c), coll, ex);
    e->iaux = 0;
    e->eval = eval_repeat;
    return 0;
}

static int resolve_space(pl_expr *e, pl_eval_ctx *cx)
{
    set_string_type(e, const_count(e, cx, 0, 1u << 24), cx->session->collation_connection, false);
    e->iaux = 1;
    e->eval = eval_repeat;
    return 0;
}

/* ---- FIELD, FIND_IN_SET, ELT, STRCMP ---- */

/* FIELD compares by MySQL's item_cmp_type over all arguments: strings when
 * all are strings (temporals count as strings), integers when all are
 * integers, DECIMAL for integers and decimals, else DOUBLE. */
static void eval_field(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    pl_cmp_type how = (pl_cmp_type)(e->iaux & 0xFF);
    uint16_t coll = IAUX_COLL(e);
    pl_value x;
    pl_eval(e->args[0], cx, &x);
    *out = pl_int64(0);
    if (pl_is_null(&x))
        return;
    text_arg xt;
    int64_t xi = 0;
    double xd = 0;
    pl_decimal xdec_buf;
    const pl_decimal *xdec = NULL;
    if (how == PL_CMP_STRING)
        xt.s = pl_to_text(&x, &e->args[0]->type, xt.buf, &xt.n);
    else if (how == PL_CMP_INT)
        xi = pl_to_int(cx, &x, NULL);
    else if (how == PL_CMP_DECIMAL)
        xdec = pl_to_decimal(cx, &x, &xdec_buf);
    else
        xd = pl_to_double(cx, &x);
    for (int i = 1; i < e->nargs; i++) {
        pl_value v;
        pl_eval(e->args[i], cx, &v);
        if (pl_is_null(&v))
            continue;
        bool eq;
        if (how == PL_CMP_STRING) {
            char vb[PL_TEXT_MAX];
            size_t vn;
            const char *vs = pl_to_text(&v, &e->args[i]->type, vb, &vn);
            eq = pl_coll_compare(coll, xt.s, xt.n, vs, vn) == 0;
        } else if (how == PL_CMP_INT) {
            eq = pl_to_int(cx, &v, NULL) == xi;
        } else if (how == PL_CMP_DECIMAL) {
            pl_decimal vb;
            eq = pl_dec_cmp(xdec, pl_to_decimal(cx, &v, &vb)) == 0;
        } else {
            eq = pl_to_double(cx, &v) == xd;
        }
        if (eq) {
            *out = pl_int64(i);
            return;
        }
    }
}

static int resolve_field(pl_expr *e, pl_eval_ctx *cx)
{
    bool all_str = true, all_int = true, exact = true;
    for (int i = 0; i < e->nargs; i++) {
        pl_vclass c = pl_field_class((pl_field)e->args[i]->type.field);
        if (c == PL_NULL || c == PL_TEMPORAL)
            c = PL_STRING; /* MySQL's result_type() of NULL and temporals */
        all_str = all_str && c == PL_STRING;
        all_int = all_int && c == PL_INT;
        exact = exact && (c == PL_INT || c == PL_DECIMAL);
    }
    pl_cmp_type how = all_str ? PL_CMP_STRING : all_int ? PL_CMP_INT : exact ? PL_CMP_DECIMAL : PL_CMP_DOUBLE;
    bool ex;
    uint16_t coll = all_str ? agg_range(cx, e, 0, e->nargs, &ex) : PL_COLL_BINARY;
    e->type = pl_type_int(3, false);
    e->type.flags |= PL_TF_NOT_NULL;
    e->iaux = (int64_t)how | (int64_t)coll << 8;
    e->eval = eval_field;
    return 0;
}

/* FIND_IN_SET: the 1-based index of str in the comma-separated list, by the
 * collation without padding; 0 when absent, when str holds a comma, or
 * when the list is empty. */
static void eval_find_in_set(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg s, list;
    bool have_s = arg_text(e, cx, 0, &s), have_list = arg_text(e, cx, 1, &list);
    if (!have_s || !have_list) {
        *out = pl_null();
        return;
    }
    *out = pl_int64(0);
    if (list.n == 0 || memchr(s.s, ',', s.n))
        return;
    uint16_t coll = IAUX_COLL(e);
    int64_t k = 1;
    for (size_t i = 0;; k++) {
        const char *comma = memchr(list.s + i, ',', list.n - i);
        size_t end = comma ? (size_t)(comma - list.s) : list.n;
        if (equal_nopad(coll, list.s + i, end - i, s.s, s.n)) {
            *out = pl_int64(k);
            return;
        }
        if (!comma)
            return;
        i = end + 1;
    }
}

static int resolve_find_in_set(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 2, &ex);
    e->type = pl_type_int(3, false);
    e->iaux = (int64_t)coll << 8;
    e->eval = eval_find_in_set;
    return 0;
}

static void eval_elt(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int_arg k;
    text_arg t;
    if (!arg_int(e, cx, 0, &k) || k.v < 1 || huge(&k) || k.v >= e->nargs ||
        !arg_text(e, cx, (int)k.v, &t)) {
        *out = pl_null();
        return;
    }
    out_slice(e, cx, &t, 0, t.n, out);
}

static int resolve_elt(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 1, e->nargs, &ex);
    uint64_t chars = 0;
    for (int i = 1; i < e->nargs; i++)
        chars = arg_chars(e, i) > chars ? arg_chars(e, i) : chars;
    set_string_type(e, chars, coll, ex);
    e->eval = eval_elt;
    return 0;
}

static void eval_strcmp(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg a, b;
    bool have_a = arg_text(e, cx, 0, &a), have_b = arg_text(e, cx, 1, &b);
    if (!have_a || !have_b) {
        *out = pl_null();
        return;
    }
    int c = pl_coll_compare(IAUX_COLL(e), a.s, a.n, b.s, b.n);
    *out = pl_int64(c < 0 ? -1 : c > 0);
}

static int resolve_strcmp(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 2, &ex);
    e->type = pl_type_int(2, false);
    e->iaux = (int64_t)coll << 8;
    e->eval = eval_strcmp;
    return 0;
}

/* ---- INSERT, SUBSTRING_INDEX, QUOTE ---- */

/* INSERT(str, pos, len, newstr): a position outside the string leaves it
 * as it is; a negative or too long length replaces the rest. */
static void eval_insert(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t, nw;
    int_arg pos, len;
    /* MySQL's order: str, newstr, pos, len. */
    bool have_t = arg_text(e, cx, 0, &t), have_nw = arg_text(e, cx, 3, &nw);
    bool have_pos = arg_int(e, cx, 1, &pos), have_len = arg_int(e, cx, 2, &len);
    if (!have_t || !have_nw || !have_pos || !have_len) {
        *out = pl_null();
        return;
    }
    uint16_t coll = e->type.coll;
    uint64_t chars = pl_coll_char_count(coll, t.s, t.n);
    if (pos.v < 1 || huge(&pos) || (uint64_t)pos.v > chars) {
        out_slice(e, cx, &t, 0, t.n, out);
        return;
    }
    uint64_t start = (uint64_t)pos.v - 1, cut = len.v < 0 || (uint64_t)len.v > chars ? chars : (uint64_t)len.v;
    if (cut > chars - start)
        cut = chars - start;
    size_t b0 = pl_coll_char_offset(coll, t.s, t.n, (size_t)start);
    size_t b1 = b0 + pl_coll_char_offset(coll, t.s + b0, t.n - b0, (size_t)cut);
    JK_ASSERT(b0 <= b1 && b1 <= t.n);
    size_t n = b0 + nw.n + (t.n - b1);
    if (too_big(cx, n, "insert")) {
        *out = pl_null();
        return;
    }
    char *p = pl_expr_scratch(cx, e, n + 1);
    if (!p) {
        *out = pl_null();
        return;
    }
    memcpy(p, t.s, b0);
    memcpy(p + b0, nw.s, nw.n);
    memcpy(p + b0 + nw.n, t.s + b1, t.n - b1);
    *out = pl_str(p, n, coll);
}

static int resolve_insert(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_args(cx, e, 0, 4, 3, &ex); /* str and newstr */
    set_string_type(e, arg_chars(e, 0) + arg_chars(e, 3), coll, ex);
    e->eval = eval_insert;
    return 0;
}

/* The last exact occurrence of needle ending at or before `end`, or -1
 * (bytes: binary strings only). */
static int64_t rfind_bytes(const char *s, size_t end, const char *needle, size_t nn)
{
    if (nn == 0 || nn > end)
        return -1;
    for (size_t i = end - nn + 1; i-- > 0;)
        if (s[i] == needle[0] && memcmp(s + i, needle, nn) == 0)
            return (int64_t)i;
    return -1;
}

/*
 * SUBSTRING_INDEX(str, delim, count).  As in MySQL the count is used as a
 * 32-bit int (4294967295 is -1), and the search depends on the character
 * set: in a multibyte string the occurrences are counted left to right
 * without overlap, and a negative count picks occurrence n + count + 1 of
 * the n there are; in a binary string a negative count searches from the
 * right, so SUBSTRING_INDEX(_binary 'aaa', 'aa', -1) is '' but 'a' for
 * utf8mb4.
 */
static void eval_substring_index(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t, d;
    int_arg count;
    bool have_t = arg_text(e, cx, 0, &t), have_d = arg_text(e, cx, 1, &d);
    bool have_count = arg_int(e, cx, 2, &count);
    if (!have_t || !have_d || !have_count) {
        *out = pl_null();
        return;
    }
    uint16_t coll = e->type.coll;
    int32_t c = (int32_t)(uint32_t)(uint64_t)count.v;
    if (d.n == 0 || c == 0 || t.n == 0) {
        *out = pl_str("", 0, coll);
        return;
    }
    if (coll == PL_COLL_BINARY && c < 0) {
        size_t end = t.n;
        for (;;) {
            int64_t at = rfind_bytes(t.s, end, d.s, d.n);
            if (at < 0)
                break;
            if (++c == 0) {
                size_t off = (size_t)at + d.n;
                out_slice(e, cx, &t, off, t.n - off, out);
                return;
            }
            end = (size_t)at;
        }
        out_slice(e, cx, &t, 0, t.n, out);
        return;
    }
    int64_t want = c; /* the occurrence wanted, counted from the left */
    if (c < 0) {
        int64_t n = 0;
        for (int64_t at = find_bytes(coll, t.s, t.n, 0, d.s, d.n); at >= 0;
             at = find_bytes(coll, t.s, t.n, (size_t)at + d.n, d.s, d.n))
            n++;
        want = n + c + 1;
        if (want <= 0) {
            out_slice(e, cx, &t, 0, t.n, out);
            return;
        }
    }
    for (int64_t at = find_bytes(coll, t.s, t.n, 0, d.s, d.n); at >= 0;
         at = find_bytes(coll, t.s, t.n, (size_t)at + d.n, d.s, d.n)) {
        if (--want > 0)
            continue;
        if (c > 0) {
            out_slice(e, cx, &t, 0, (size_t)at, out);
        } else {
            size_t off = (size_t)at + d.n;
            out_slice(e, cx, &t, off, t.n - off, out);
        }
        return;
    }
    out_slice(e, cx, &t, 0, t.n, out);
}

static int resolve_substring_index(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 2, &ex);
    set_string_type(e, arg_chars(e, 0), coll, ex);
    e->eval = eval_substring_index;
    return 0;
}

/* QUOTE: the text as a SQL string literal, with \, ', NUL and Ctrl-Z
 * escaped; the word NULL (unquoted) for NULL. */
static void eval_quote(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    text_arg t;
    if (!arg_text(e, cx, 0, &t)) {
        out_copy(e, cx, "NULL", 4, out);
        return;
    }
    char *p = pl_expr_scratch(cx, e, 2 * t.n + 3);
    if (!p) {
        *out = pl_null();
        return;
    }
    size_t o = 0;
    p[o++] = '\'';
    for (size_t i = 0; i < t.n; i++) {
        char c = t.s[i];
        if (c == '\\' || c == '\'') {
            p[o++] = '\\';
            p[o++] = c;
        } else if (c == '\0') {
            p[o++] = '\\';
            p[o++] = '0';
        } else if (c == '\032') {
            p[o++] = '\\';
            p[o++] = 'Z';
        } else {
            p[o++] = c;
        }
    }
    p[o++] = '\'';
    *out = pl_str(p, o, e->type.coll);
}

static int resolve_quote(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 0, 1, &ex);
    set_string_type(e, 2 * arg_chars(e, 0) + 2, coll, ex);
    e->type.flags |= PL_TF_NOT_NULL;
    e->eval = eval_quote;
    return 0;
}

/* ---- MAKE_SET, EXPORT_SET ---- */

/* Appends s[0..n) to the node's scratch at *len, with sep before it unless
 * it is the first piece; false (result NULL) on overflow or no memory. */
static bool append(pl_expr *e, pl_eval_ctx *cx, size_t *len, const char *sep, size_t sn, bool first,
                   const char *s, size_t n, const char *fn)
{
    size_t add = (first ? 0 : sn) + n;
    if (too_big(cx, (uint64_t)*len + add, fn))
        return false;
    char *p = pl_expr_scratch(cx, e, *len + add + 1);
    if (!p)
        return false;
    if (!first) {
        memcpy(p + *len, sep, sn);
        *len += sn;
    }
    memcpy(p + *len, s, n);
    *len += n;
    return true;
}

static void eval_make_set(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int_arg bits;
    if (!arg_int(e, cx, 0, &bits)) {
        *out = pl_null();
        return;
    }
    size_t len = 0;
    bool first = true;
    if (!pl_expr_scratch(cx, e, 1)) {
        *out = pl_null();
        return;
    }
    for (int i = 1; i < e->nargs && i <= 64; i++) {
        if (!((uint64_t)bits.v >> (i - 1) & 1))
            continue;
        text_arg t;
        if (!arg_text(e, cx, i, &t))
            continue;
        if (!append(e, cx, &len, ",", 1, first, t.s, t.n, "make_set")) {
            *out = pl_null();
            return;
        }
        first = false;
    }
    *out = pl_str(e->scratch, len, e->type.coll);
}

static int resolve_make_set(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 1, e->nargs, &ex);
    uint64_t chars = 0;
    for (int i = 1; i < e->nargs; i++)
        chars += arg_chars(e, i) + 1;
    set_string_type(e, chars, coll, ex);
    e->eval = eval_make_set;
    return 0;
}

/* EXPORT_SET(bits, on, off[, separator[, number_of_bits]]): number_of_bits
 * outside 0..64 means 64. */
static void eval_export_set(pl_expr *e, pl_eval_ctx *cx, pl_value *out)
{
    int_arg bits, nbits = { 64, false };
    text_arg on, off, sep;
    /* MySQL's order: bits, on, off, then number_of_bits before separator. */
    bool have_bits = arg_int(e, cx, 0, &bits), have_on = arg_text(e, cx, 1, &on);
    bool have_off = arg_text(e, cx, 2, &off);
    if (!have_bits || !have_on || !have_off || (e->nargs > 4 && !arg_int(e, cx, 4, &nbits)) ||
        (e->nargs > 3 && !arg_text(e, cx, 3, &sep))) {
        *out = pl_null();
        return;
    }
    if (e->nargs <= 3) {
        sep.s = ",";
        sep.n = 1;
    }
    /* number_of_bits is read as a 32-bit unsigned count, at most 64. */
    if ((uint32_t)nbits.v > 64)
        nbits.v = 64;
    else
        nbits.v = (uint32_t)nbits.v;
    size_t len = 0;
    if (!pl_expr_scratch(cx, e, 1)) {
        *out = pl_null();
        return;
    }
    for (int i = 0; i < nbits.v; i++) {
        const text_arg *t = ((uint64_t)bits.v >> i & 1) ? &on : &off;
        if (!append(e, cx, &len, sep.s, sep.n, i == 0, t->s, t->n, "export_set")) {
            *out = pl_null();
            return;
        }
    }
    *out = pl_str(e->scratch, len, e->type.coll);
}

static int resolve_export_set(pl_expr *e, pl_eval_ctx *cx)
{
    bool ex;
    uint16_t coll = agg_range(cx, e, 1, e->nargs < 4 ? e->nargs : 4, &ex);
    uint64_t piece = arg_chars(e, 1) > arg_chars(e, 2) ? arg_chars(e, 1) : arg_chars(e, 2);
    uint64_t sep = e->nargs > 3 ? arg_chars(e, 3) : 1;
    set_string_type(e, 64 * piece + 63 * sep, coll, ex);
    e->eval = eval_export_set;
    return 0;
}

/* ---- encodings, digests, FORMAT ---- */

#include "func_string_codec.c"

/* ---- the registry ---- */

/* Sorted by name.  TRIM gets its form in iaux from the compiler, POSITION
 * arrives as POSITION(substr, str), SUBSTRING(x FROM y FOR z) as
 * SUBSTRING(x, y, z), CHAR(... USING cs) with iaux = the collation. */
const pl_func pl_funcs_string[] = {
    { "ASCII", 1, 1, 0, resolve_ascii },
    { "BIN", 1, 1, 0, resolve_bin },
    { "BIT_LENGTH", 1, 1, 0, resolve_bit_length },
    { "CHAR", 1, -1, 0, resolve_char },
    { "CHARACTER_LENGTH", 1, 1, 0, resolve_char_length },
    { "CHAR_LENGTH", 1, 1, 0, resolve_char_length },
    { "CONCAT", 1, -1, 0, resolve_concat },
    { "CONCAT_WS", 2, -1, 0, resolve_concat_ws },
    { "CRC32", 1, 1, 0, resolve_crc32 },
    { "ELT", 2, -1, 0, resolve_elt },
    { "EXPORT_SET", 3, 5, 0, resolve_export_set },
    { "FIELD", 2, -1, 0, resolve_field },
    { "FIND_IN_SET", 2, 2, 0, resolve_find_in_set },
    { "FORMAT", 2, 3, 0, resolve_format },
    { "FROM_BASE64", 1, 1, 0, resolve_from_base64 },
    { "HEX", 1, 1, 0, resolve_hex },
    { "INSERT", 4, 4, 0, resolve_insert },
    { "INSTR", 2, 2, 0, resolve_instr },
    { "LCASE", 1, 1, 0, resolve_lower },
    { "LEFT", 2, 2, 0, resolve_left },
    { "LENGTH", 1, 1, 0, resolve_length },
    { "LOCATE", 2, 3, 0, resolve_locate },
    { "LOWER", 1, 1, 0, resolve_lower },
    { "LPAD", 3, 3, 0, resolve_lpad },
    { "LTRIM", 1, 1, 0, resolve_ltrim },
    { "MAKE_SET", 2, -1, 0, resolve_make_set },
    { "MD5", 1, 1, 0, resolve_md5 },
    { "MID", 2, 3, 0, resolve_substr },
    { "OCT", 1, 1, 0, resolve_oct },
    { "OCTET_LENGTH", 1, 1, 0, resolve_length },
    { "ORD", 1, 1, 0, resolve_ord },
    { "POSITION", 2, 2, 0, resolve_locate },
    { "QUOTE", 1, 1, 0, resolve_quote },
    { "REPEAT", 2, 2, 0, resolve_repeat },
    { "REPLACE", 3, 3, 0, resolve_replace },
    { "REVERSE", 1, 1, 0, resolve_reverse },
    { "RIGHT", 2, 2, 0, resolve_right },
    { "RPAD", 3, 3, 0, resolve_rpad },
    { "RTRIM", 1, 1, 0, resolve_rtrim },
    { "SHA", 1, 1, 0, resolve_sha1 },
    { "SHA1", 1, 1, 0, resolve_sha1 },
    { "SHA2", 2, 2, 0, resolve_sha2 },
    { "SOUNDEX", 1, 1, 0, resolve_soundex },
    { "SPACE", 1, 1, 0, resolve_space },
    { "STRCMP", 2, 2, 0, resolve_strcmp },
    { "SUBSTR", 2, 3, 0, resolve_substr },
    { "SUBSTRING", 2, 3, 0, resolve_substr },
    { "SUBSTRING_INDEX", 3, 3, 0, resolve_substring_index },
    { "TO_BASE64", 1, 1, 0, resolve_to_base64 },
    { "TRIM", 1, 2, 0, resolve_trim },
    { "UCASE", 1, 1, 0, resolve_upper },
    { "UNHEX", 1, 1, 0, resolve_unhex },
    { "UPPER", 1, 1, 0, resolve_upper },
    { NULL, 0, 0, 0, NULL },
};
