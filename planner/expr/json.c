/*
 * JSON documents: parser, builders, printer and path search (see json.h).
 *
 * The parser follows RFC 8259 as MySQL's RapidJSON-based parser applies
 * it, with MySQL's error texts: numbers without leading zeros, no trailing
 * commas, strings of valid UTF-8 with no raw control characters, \u
 * escapes with surrogate pairs.  An integer literal that fits int64 is
 * INTEGER, one that fits uint64 UNSIGNED INTEGER, anything else DOUBLE.
 */
#include "json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jimkv/assert.h"
#include "value.h"

/* ---- growable arrays in the arena ---- */

/* Grows *buf (elem bytes each) to hold need elements; the old block stays
 * in the arena (freed with it), so growth costs at most twice the final
 * size. */
static bool grow(pl_json_doc *d, void **buf, uint32_t *cap, size_t elem, size_t need)
{
    if (need == 0)
        need = 1; /* so the buffer exists: d->idx + 0 must be a valid pointer */
    if (need <= *cap)
        return true;
    if (need > UINT32_MAX / 2) {
        d->nomem = true;
        return false;
    }
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need)
        ncap *= 2;
    void *p = jk_arena_alloc(d->arena, ncap * elem);
    if (!p) {
        d->nomem = true;
        return false;
    }
    if (*cap)
        memcpy(p, *buf, (size_t)*cap * elem);
    *buf = p;
    *cap = (uint32_t)ncap;
    return true;
}

void pl_json_init(pl_json_doc *d, jk_arena *arena)
{
    memset(d, 0, sizeof *d);
    d->arena = arena;
}

void pl_json_reset(pl_json_doc *d)
{
    d->count = 0;
    d->pool_len = 0;
    d->idx_len = 0;
    d->stack_len = 0;
    d->hits_len = 0;
    d->out_len = 0;
    d->nomem = false;
}

uint32_t pl_json_new(pl_json_doc *d, pl_json_type type)
{
    if (!grow(d, (void **)&d->node, &d->cap, sizeof *d->node, (size_t)d->count + 1))
        return PL_JSON_NONE;
    pl_json_node *n = &d->node[d->count];
    memset(n, 0, sizeof *n);
    n->type = (uint8_t)type;
    return d->count++;
}

uint32_t pl_json_new_int(pl_json_doc *d, int64_t v)
{
    uint32_t i = pl_json_new(d, PL_JSON_INT);
    if (i != PL_JSON_NONE)
        d->node[i].i = v;
    return i;
}

uint32_t pl_json_new_uint(pl_json_doc *d, uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX)
        return pl_json_new_int(d, (int64_t)v);
    uint32_t i = pl_json_new(d, PL_JSON_UINT);
    if (i != PL_JSON_NONE)
        d->node[i].u = v;
    return i;
}

uint32_t pl_json_new_double(pl_json_doc *d, double v)
{
    uint32_t i = pl_json_new(d, PL_JSON_DOUBLE);
    if (i != PL_JSON_NONE)
        d->node[i].d = v;
    return i;
}

static bool pool_put(pl_json_doc *d, const char *s, size_t n, uint32_t *off)
{
    if (!grow(d, (void **)&d->pool, &d->pool_cap, 1, (size_t)d->pool_len + n + 1))
        return false;
    *off = d->pool_len;
    if (n)
        memcpy(d->pool + d->pool_len, s, n);
    d->pool_len += (uint32_t)n;
    return true;
}

uint32_t pl_json_new_text(pl_json_doc *d, pl_json_type type, const char *s, size_t n)
{
    uint32_t off;
    if (!pool_put(d, s, n, &off))
        return PL_JSON_NONE;
    uint32_t i = pl_json_new(d, type);
    if (i != PL_JSON_NONE) {
        d->node[i].text.off = off;
        d->node[i].text.len = (uint32_t)n;
    }
    return i;
}

static bool idx_put(pl_json_doc *d, const uint32_t *v, uint32_t n, uint32_t *first)
{
    if (!grow(d, (void **)&d->idx, &d->idx_cap, sizeof *d->idx, (size_t)d->idx_len + n))
        return false;
    *first = d->idx_len;
    if (n)
        memcpy(d->idx + d->idx_len, v, (size_t)n * sizeof *v);
    d->idx_len += n;
    return true;
}

uint32_t pl_json_new_array(pl_json_doc *d, const uint32_t *kids, uint32_t n)
{
    uint32_t first;
    if (!idx_put(d, kids, n, &first))
        return PL_JSON_NONE;
    uint32_t i = pl_json_new(d, PL_JSON_ARRAY);
    if (i != PL_JSON_NONE) {
        d->node[i].kids.first = first;
        d->node[i].kids.count = n;
    }
    return i;
}

/* MySQL 8's key order: shorter keys first, equal lengths by bytes. */
static int key_cmp(const pl_json_doc *d, uint32_t a, uint32_t b)
{
    const pl_json_node *x = &d->node[a], *y = &d->node[b];
    if (x->text.len != y->text.len)
        return x->text.len < y->text.len ? -1 : 1;
    return x->text.len ? memcmp(d->pool + x->text.off, d->pool + y->text.off, x->text.len) : 0;
}

uint32_t pl_json_new_object(pl_json_doc *d, const uint32_t *pairs, uint32_t n)
{
    uint32_t first;
    if (!idx_put(d, pairs, 2 * n, &first))
        return PL_JSON_NONE;
    uint32_t *p = d->idx + first;
    /* Stable insertion sort by key: a later duplicate lands after the
     * earlier one, then replaces it below.  Objects are small; a big one
     * costs n^2 compares but no memory. */
    for (uint32_t i = 1; i < n; i++) {
        uint32_t k = p[2 * i], v = p[2 * i + 1], j = i;
        while (j > 0 && key_cmp(d, p[2 * (j - 1)], k) > 0) {
            p[2 * j] = p[2 * (j - 1)];
            p[2 * j + 1] = p[2 * (j - 1) + 1];
            j--;
        }
        p[2 * j] = k;
        p[2 * j + 1] = v;
    }
    uint32_t out = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (out > 0 && key_cmp(d, p[2 * (out - 1)], p[2 * i]) == 0) {
            p[2 * (out - 1) + 1] = p[2 * i + 1]; /* the later value wins */
            continue;
        }
        p[2 * out] = p[2 * i];
        p[2 * out + 1] = p[2 * i + 1];
        out++;
    }
    uint32_t i = pl_json_new(d, PL_JSON_OBJECT);
    if (i != PL_JSON_NONE) {
        d->node[i].kids.first = first;
        d->node[i].kids.count = out;
    }
    return i;
}

uint32_t pl_json_new_keys(pl_json_doc *d, uint32_t obj)
{
    JK_ASSERT(d->node[obj].type == PL_JSON_OBJECT);
    uint32_t count = d->node[obj].kids.count;
    if (!grow(d, (void **)&d->idx, &d->idx_cap, sizeof *d->idx, (size_t)d->idx_len + count))
        return PL_JSON_NONE;
    /* Read the pairs after growing: grow() may have moved idx. */
    uint32_t first = d->node[obj].kids.first, start = d->idx_len;
    for (uint32_t k = 0; k < count; k++)
        d->idx[start + k] = d->idx[first + 2 * k];
    d->idx_len += count;
    uint32_t i = pl_json_new(d, PL_JSON_ARRAY);
    if (i != PL_JSON_NONE) {
        d->node[i].kids.first = start;
        d->node[i].kids.count = count;
    }
    return i;
}

/* ---- parser ---- */

typedef struct parser {
    pl_json_doc *d;
    const char *s;
    size_t n, pos;
    pl_json_error *err;
    pl_json_status st;
} parser;

static bool fail(parser *p, const char *msg, size_t pos)
{
    if (p->st == PL_JSON_OK) {
        p->st = PL_JSON_SYNTAX;
        p->err->msg = msg;
        p->err->pos = pos;
    }
    return false;
}

static bool nomem(parser *p)
{
    if (p->st == PL_JSON_OK)
        p->st = PL_JSON_NOMEM;
    return false;
}

static void skip_ws(parser *p)
{
    while (p->pos < p->n && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' || p->s[p->pos] == '\n' ||
                             p->s[p->pos] == '\r'))
        p->pos++;
}

static bool stack_push(parser *p, uint32_t v)
{
    pl_json_doc *d = p->d;
    if (!grow(d, (void **)&d->stack, &d->stack_cap, sizeof *d->stack, (size_t)d->stack_len + 1))
        return nomem(p);
    d->stack[d->stack_len++] = v;
    return true;
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

static bool read_hex4(parser *p, size_t at, uint32_t *cp)
{
    if (at + 4 > p->n)
        return false;
    uint32_t v = 0;
    for (size_t i = 0; i < 4; i++) {
        int h = hex_digit(p->s[at + i]);
        if (h < 0)
            return false;
        v = v * 16 + (uint32_t)h;
    }
    *cp = v;
    return true;
}

/* Bytes of the valid UTF-8 sequence at s[0..n), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return 1;
    size_t len = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 && s[0] < 0xE0 ? 2 : 0;
    if (!len || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    /* Overlongs, surrogates and values above U+10FFFF. */
    if (len == 3 && ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0)))
        return 0;
    if (len == 4 && ((s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90)))
        return 0;
    return len;
}

/* Parses the string starting at the opening quote into the pool. */
static bool parse_string(parser *p, uint32_t *off, uint32_t *len)
{
    pl_json_doc *d = p->d;
    JK_ASSERT(p->s[p->pos] == '"');
    p->pos++;
    *off = d->pool_len;
    for (;;) {
        if (p->pos >= p->n)
            return fail(p, "Missing a closing quotation mark in string.", p->pos);
        unsigned char c = (unsigned char)p->s[p->pos];
        if (c == '"') {
            p->pos++;
            *len = d->pool_len - *off;
            return true;
        }
        char buf[4];
        size_t bn;
        if (c == '\\') {
            size_t esc = p->pos;
            if (p->pos + 1 >= p->n)
                return fail(p, "Invalid escape character in string.", esc);
            char e = p->s[p->pos + 1];
            p->pos += 2;
            bn = 1;
            switch (e) {
            case '"': buf[0] = '"'; break;
            case '\\': buf[0] = '\\'; break;
            case '/': buf[0] = '/'; break;
            case 'b': buf[0] = '\b'; break;
            case 'f': buf[0] = '\f'; break;
            case 'n': buf[0] = '\n'; break;
            case 'r': buf[0] = '\r'; break;
            case 't': buf[0] = '\t'; break;
            case 'u': {
                uint32_t cp;
                if (!read_hex4(p, p->pos, &cp))
                    return fail(p, "Incorrect hex digit after \\u escape in string.", esc);
                p->pos += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    uint32_t lo;
                    if (p->pos + 1 >= p->n || p->s[p->pos] != '\\' || p->s[p->pos + 1] != 'u' ||
                        !read_hex4(p, p->pos + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                        return fail(p, "The surrogate pair in string is invalid.", esc);
                    p->pos += 6;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail(p, "The surrogate pair in string is invalid.", esc);
                }
                /* UTF-8 encoding of cp. */
                if (cp < 0x80) {
                    buf[0] = (char)cp;
                    bn = 1;
                } else if (cp < 0x800) {
                    buf[0] = (char)(0xC0 | cp >> 6);
                    buf[1] = (char)(0x80 | (cp & 0x3F));
                    bn = 2;
                } else if (cp < 0x10000) {
                    buf[0] = (char)(0xE0 | cp >> 12);
                    buf[1] = (char)(0x80 | (cp >> 6 & 0x3F));
                    buf[2] = (char)(0x80 | (cp & 0x3F));
                    bn = 3;
                } else {
                    buf[0] = (char)(0xF0 | cp >> 18);
                    buf[1] = (char)(0x80 | (cp >> 12 & 0x3F));
                    buf[2] = (char)(0x80 | (cp >> 6 & 0x3F));
                    buf[3] = (char)(0x80 | (cp & 0x3F));
                    bn = 4;
                }
                break;
            }
            default:
                return fail(p, "Invalid escape character in string.", esc);
            }
            uint32_t ignored;
            if (!pool_put(d, buf, bn, &ignored))
                return nomem(p);
            continue;
        }
        if (c < 0x20)
            return fail(p, "Invalid encoding in string.", p->pos);
        size_t run = p->pos;
        /* Copy a run of plain characters at once. */
        while (run < p->n) {
            unsigned char r = (unsigned char)p->s[run];
            if (r == '"' || r == '\\' || r < 0x20)
                break;
            size_t k = utf8_len((const unsigned char *)p->s + run, p->n - run);
            if (!k)
                return fail(p, "Invalid encoding in string.", run);
            run += k;
        }
        uint32_t ignored;
        if (!pool_put(d, p->s + p->pos, run - p->pos, &ignored))
            return nomem(p);
        p->pos = run;
    }
}

static bool parse_number(parser *p, uint32_t *out)
{
    size_t start = p->pos, i = p->pos;
    const char *s = p->s;
    bool neg = false, is_int = true;
    if (i < p->n && s[i] == '-') {
        neg = true;
        i++;
    }
    if (i >= p->n || s[i] < '0' || s[i] > '9')
        return fail(p, "Invalid value.", start);
    if (s[i] == '0')
        i++;
    else
        while (i < p->n && s[i] >= '0' && s[i] <= '9')
            i++;
    if (i < p->n && s[i] == '.') {
        is_int = false;
        i++;
        if (i >= p->n || s[i] < '0' || s[i] > '9')
            return fail(p, "Miss fraction part in number.", i);
        while (i < p->n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    if (i < p->n && (s[i] == 'e' || s[i] == 'E')) {
        is_int = false;
        i++;
        if (i < p->n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= p->n || s[i] < '0' || s[i] > '9')
            return fail(p, "Miss exponent in number.", i);
        while (i < p->n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    p->pos = i;
    if (is_int) {
        uint64_t v = 0;
        bool over = false;
        for (size_t k = start + neg; k < i; k++) {
            uint64_t dgt = (uint64_t)(s[k] - '0');
            if (v > (UINT64_MAX - dgt) / 10)
                over = true;
            else
                v = v * 10 + dgt;
        }
        if (!over && !neg) {
            *out = pl_json_new_uint(p->d, v);
            return *out != PL_JSON_NONE || nomem(p);
        }
        if (!over && neg && v <= (uint64_t)1 << 63) {
            *out = pl_json_new_int(p->d, (int64_t)((uint64_t)0 - v));
            return *out != PL_JSON_NONE || nomem(p);
        }
        /* Too big for 64 bits: a double, as MySQL does. */
    }
    /* strtod needs a terminated copy; numbers are short, long ones rare. */
    size_t len = i - start;
    char small[64];
    char *buf = small;
    if (len >= sizeof small) {
        buf = jk_arena_alloc(p->d->arena, len + 1);
        if (!buf)
            return nomem(p);
    }
    memcpy(buf, s + start, len);
    buf[len] = '\0';
    double v = strtod(buf, NULL);
    if (isinf(v))
        return fail(p, "Number too big to be stored in double.", start);
    *out = pl_json_new_double(p->d, v);
    return *out != PL_JSON_NONE || nomem(p);
}

static bool parse_literal(parser *p, const char *word, pl_json_type type, uint32_t *out)
{
    size_t k = 0;
    while (word[k]) {
        if (p->pos >= p->n || p->s[p->pos] != word[k])
            return fail(p, "Invalid value.", p->pos);
        p->pos++;
        k++;
    }
    *out = pl_json_new(p->d, type);
    return *out != PL_JSON_NONE || nomem(p);
}

static bool parse_value(parser *p, int depth, uint32_t *out);

static bool parse_array(parser *p, int depth, uint32_t *out)
{
    pl_json_doc *d = p->d;
    p->pos++; /* [ */
    uint32_t base = d->stack_len;
    skip_ws(p);
    if (p->pos < p->n && p->s[p->pos] == ']') {
        p->pos++;
    } else {
        for (;;) {
            uint32_t v;
            if (!parse_value(p, depth + 1, &v) || !stack_push(p, v))
                return false;
            skip_ws(p);
            if (p->pos < p->n && p->s[p->pos] == ',') {
                p->pos++;
                skip_ws(p);
                continue;
            }
            if (p->pos < p->n && p->s[p->pos] == ']') {
                p->pos++;
                break;
            }
            return fail(p, "Missing a comma or ']' after an array element.", p->pos);
        }
    }
    /* An empty container may come before any stack exists. */
    *out = pl_json_new_array(d, d->stack ? d->stack + base : NULL, d->stack_len - base);
    d->stack_len = base;
    return *out != PL_JSON_NONE || nomem(p);
}

static bool parse_object(parser *p, int depth, uint32_t *out)
{
    pl_json_doc *d = p->d;
    p->pos++; /* { */
    uint32_t base = d->stack_len;
    skip_ws(p);
    if (p->pos < p->n && p->s[p->pos] == '}') {
        p->pos++;
    } else {
        for (;;) {
            if (p->pos >= p->n || p->s[p->pos] != '"')
                return fail(p, "Missing a name for object member.", p->pos);
            uint32_t off, len;
            if (!parse_string(p, &off, &len))
                return false;
            uint32_t k = pl_json_new(d, PL_JSON_STRING);
            if (k == PL_JSON_NONE)
                return nomem(p);
            d->node[k].text.off = off;
            d->node[k].text.len = len;
            skip_ws(p);
            if (p->pos >= p->n || p->s[p->pos] != ':')
                return fail(p, "Missing a colon after a name of object member.", p->pos);
            p->pos++;
            skip_ws(p);
            uint32_t v;
            if (!parse_value(p, depth + 1, &v) || !stack_push(p, k) || !stack_push(p, v))
                return false;
            skip_ws(p);
            if (p->pos < p->n && p->s[p->pos] == ',') {
                p->pos++;
                skip_ws(p);
                continue;
            }
            if (p->pos < p->n && p->s[p->pos] == '}') {
                p->pos++;
                break;
            }
            return fail(p, "Missing a comma or '}' after an object member.", p->pos);
        }
    }
    *out = pl_json_new_object(d, d->stack ? d->stack + base : NULL, (d->stack_len - base) / 2);
    d->stack_len = base;
    return *out != PL_JSON_NONE || nomem(p);
}

static bool parse_value(parser *p, int depth, uint32_t *out)
{
    if (depth > PL_JSON_DEPTH_MAX) {
        if (p->st == PL_JSON_OK)
            p->st = PL_JSON_TOO_DEEP;
        return false;
    }
    if (p->pos >= p->n)
        return fail(p, "Invalid value.", p->pos);
    switch (p->s[p->pos]) {
    case '{': return parse_object(p, depth, out);
    case '[': return parse_array(p, depth, out);
    case '"': {
        uint32_t off, len;
        if (!parse_string(p, &off, &len))
            return false;
        *out = pl_json_new(p->d, PL_JSON_STRING);
        if (*out == PL_JSON_NONE)
            return nomem(p);
        p->d->node[*out].text.off = off;
        p->d->node[*out].text.len = len;
        return true;
    }
    case 't': return parse_literal(p, "true", PL_JSON_TRUE, out);
    case 'f': return parse_literal(p, "false", PL_JSON_FALSE, out);
    case 'n': return parse_literal(p, "null", PL_JSON_NULL, out);
    default: return parse_number(p, out);
    }
}

pl_json_status pl_json_parse(pl_json_doc *d, const char *s, size_t n, uint32_t *root, pl_json_error *err)
{
    parser p = { d, s, n, 0, err, PL_JSON_OK };
    err->msg = NULL;
    err->pos = 0;
    uint32_t stack_base = d->stack_len;
    skip_ws(&p);
    if (p.pos >= n) {
        fail(&p, "The document is empty.", p.pos);
    } else if (parse_value(&p, 1, root)) {
        skip_ws(&p);
        if (p.pos < n)
            fail(&p, "The document root must not be followed by other values.", p.pos);
    }
    d->stack_len = stack_base;
    if (d->nomem && p.st == PL_JSON_OK)
        p.st = PL_JSON_NOMEM;
    return p.st;
}

/* ---- printer ---- */

static bool out_put(pl_json_doc *d, const char *s, size_t n)
{
    if (d->out_len + n > d->out_cap) {
        size_t cap = d->out_cap ? d->out_cap : 64;
        while (cap < d->out_len + n)
            cap *= 2;
        char *p = jk_arena_alloc(d->arena, cap);
        if (!p) {
            d->nomem = true;
            return false;
        }
        if (d->out_len)
            memcpy(p, d->out, d->out_len);
        d->out = p;
        d->out_cap = cap;
    }
    memcpy(d->out + d->out_len, s, n);
    d->out_len += n;
    return true;
}

static bool put_quoted(pl_json_doc *d, const char *s, size_t n)
{
    if (!out_put(d, "\"", 1))
        return false;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char ubuf[8];
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default:
            if (c < 0x20) {
                snprintf(ubuf, sizeof ubuf, "\\u%04x", c);
                esc = ubuf;
            }
            break;
        }
        if (!esc)
            continue;
        if (!out_put(d, s + run, i - run) || !out_put(d, esc, strlen(esc)))
            return false;
        run = i + 1;
    }
    return out_put(d, s + run, n - run) && out_put(d, "\"", 1);
}

static bool put_double(pl_json_doc *d, double v)
{
    char buf[PL_DOUBLE_STR_MAX + 4];
    size_t n;
    if (v == 0 && signbit(v)) {
        n = (size_t)snprintf(buf, sizeof buf, "-0");
    } else {
        n = pl_double_to_string(v, PL_DECIMALS_NOT_FIXED, false, buf);
    }
    /* A double keeps looking like one: 1 prints as 1.0. */
    if (!memchr(buf, '.', n) && !memchr(buf, 'e', n)) {
        buf[n++] = '.';
        buf[n++] = '0';
    }
    return out_put(d, buf, n);
}

static bool print_node(pl_json_doc *d, uint32_t i, int depth)
{
    if (depth > PL_JSON_DEPTH_MAX + 2)
        return false;
    const pl_json_node *n = &d->node[i];
    char buf[32];
    switch ((pl_json_type)n->type) {
    case PL_JSON_NULL: return out_put(d, "null", 4);
    case PL_JSON_TRUE: return out_put(d, "true", 4);
    case PL_JSON_FALSE: return out_put(d, "false", 5);
    case PL_JSON_INT: return out_put(d, buf, (size_t)snprintf(buf, sizeof buf, "%lld", (long long)n->i));
    case PL_JSON_UINT:
        return out_put(d, buf, (size_t)snprintf(buf, sizeof buf, "%llu", (unsigned long long)n->u));
    case PL_JSON_DOUBLE: return put_double(d, n->d);
    case PL_JSON_DECIMAL: return out_put(d, pl_json_text(d, i), n->text.len);
    case PL_JSON_STRING:
    case PL_JSON_DATE:
    case PL_JSON_TIME:
    case PL_JSON_DATETIME:
        return put_quoted(d, pl_json_text(d, i), n->text.len);
    case PL_JSON_ARRAY: {
        if (!out_put(d, "[", 1))
            return false;
        for (uint32_t k = 0; k < n->kids.count; k++) {
            if (k && !out_put(d, ", ", 2))
                return false;
            /* Re-read: printing never moves nodes, but idx is stable too. */
            if (!print_node(d, d->idx[d->node[i].kids.first + k], depth + 1))
                return false;
        }
        return out_put(d, "]", 1);
    }
    case PL_JSON_OBJECT: {
        if (!out_put(d, "{", 1))
            return false;
        for (uint32_t k = 0; k < n->kids.count; k++) {
            uint32_t key = d->idx[n->kids.first + 2 * k], val = d->idx[n->kids.first + 2 * k + 1];
            if (k && !out_put(d, ", ", 2))
                return false;
            if (!put_quoted(d, pl_json_text(d, key), d->node[key].text.len) ||
                !out_put(d, ": ", 2) || !print_node(d, val, depth + 1))
                return false;
        }
        return out_put(d, "}", 1);
    }
    }
    return false;
}

bool pl_json_print(pl_json_doc *d, uint32_t i, const char **text, size_t *len)
{
    d->out_len = 0;
    if (!print_node(d, i, 0))
        return false;
    *text = d->out ? d->out : "";
    *len = d->out_len;
    return true;
}

pl_json_status pl_json_normalize(pl_json_doc *d, const char *s, size_t n, const char **text,
                                 size_t *len, pl_json_error *err)
{
    uint32_t root;
    pl_json_reset(d);
    pl_json_status st = pl_json_parse(d, s, n, &root, err);
    if (st != PL_JSON_OK)
        return st;
    return pl_json_print(d, root, text, len) ? PL_JSON_OK : PL_JSON_NOMEM;
}

bool pl_json_quote(pl_json_doc *d, const char *s, size_t n, const char **text, size_t *len)
{
    d->out_len = 0;
    if (!put_quoted(d, s, n))
        return false;
    *text = d->out;
    *len = d->out_len;
    return true;
}

const char *pl_json_type_name(pl_json_type t)
{
    switch (t) {
    case PL_JSON_NULL: return "NULL";
    case PL_JSON_TRUE:
    case PL_JSON_FALSE: return "BOOLEAN";
    case PL_JSON_INT: return "INTEGER";
    case PL_JSON_UINT: return "UNSIGNED INTEGER";
    case PL_JSON_DOUBLE: return "DOUBLE";
    case PL_JSON_DECIMAL: return "DECIMAL";
    case PL_JSON_STRING: return "STRING";
    case PL_JSON_DATE: return "DATE";
    case PL_JSON_TIME: return "TIME";
    case PL_JSON_DATETIME: return "DATETIME";
    case PL_JSON_ARRAY: return "ARRAY";
    case PL_JSON_OBJECT: return "OBJECT";
    }
    return "?";
}

/* ---- paths ---- */

typedef struct path_parser {
    pl_json_doc *d;
    const char *s;
    size_t n, pos;
} path_parser;

static void path_ws(path_parser *pp)
{
    while (pp->pos < pp->n && (pp->s[pp->pos] == ' ' || pp->s[pp->pos] == '\t' ||
                               pp->s[pp->pos] == '\n' || pp->s[pp->pos] == '\r'))
        pp->pos++;
}

/* An unquoted key is an ECMAScript identifier: letters, digits, '_' and
 * '$', not starting with a digit; any non-ASCII byte is accepted as part of
 * a letter. */
static bool ident_char(unsigned char c, bool first)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80)
        return true;
    return !first && c >= '0' && c <= '9';
}

static bool path_number(path_parser *pp, uint64_t *v)
{
    size_t start = pp->pos;
    uint64_t x = 0;
    while (pp->pos < pp->n && pp->s[pp->pos] >= '0' && pp->s[pp->pos] <= '9') {
        uint64_t dgt = (uint64_t)(pp->s[pp->pos] - '0');
        if (x > (UINT32_MAX - dgt) / 10)
            return false; /* MySQL's array indexes are 32-bit */
        x = x * 10 + dgt;
        pp->pos++;
    }
    *v = x;
    return pp->pos > start;
}

/* One array position: n, last, or last - n. */
static bool path_index(path_parser *pp, uint64_t *v, bool *from_last)
{
    *from_last = false;
    *v = 0;
    if (pp->n - pp->pos >= 4 && memcmp(pp->s + pp->pos, "last", 4) == 0) {
        pp->pos += 4;
        *from_last = true;
        path_ws(pp);
        if (pp->pos < pp->n && pp->s[pp->pos] == '-') {
            pp->pos++;
            path_ws(pp);
            return path_number(pp, v);
        }
        return true;
    }
    return path_number(pp, v);
}

pl_json_status pl_json_path_parse(pl_json_doc *d, const char *s, size_t n, pl_json_path *p, size_t *bad_pos)
{
    path_parser pp = { d, s, n, 0 };
    p->n = 0;
    p->wild = false;
    path_ws(&pp);
    if (pp.pos >= n || s[pp.pos] != '$') {
        *bad_pos = pp.pos;
        return PL_JSON_SYNTAX;
    }
    pp.pos++;
    for (;;) {
        path_ws(&pp);
        if (pp.pos >= n)
            break;
        if (p->n == PL_JSON_PATH_LEGS_MAX) {
            *bad_pos = pp.pos;
            return PL_JSON_SYNTAX;
        }
        pl_json_leg *leg = &p->leg[p->n];
        memset(leg, 0, sizeof *leg);
        size_t leg_start = pp.pos;
        char c = s[pp.pos];
        if (c == '.') {
            pp.pos++;
            path_ws(&pp);
            if (pp.pos < n && s[pp.pos] == '*') {
                pp.pos++;
                leg->kind = PL_JP_MEMBER_ANY;
                p->wild = true;
            } else if (pp.pos < n && s[pp.pos] == '"') {
                /* A quoted key: a JSON string. */
                size_t q = pp.pos + 1;
                while (q < n && s[q] != '"')
                    q += s[q] == '\\' ? 2 : 1;
                if (q >= n) {
                    *bad_pos = pp.pos;
                    return PL_JSON_SYNTAX;
                }
                uint32_t root;
                pl_json_error err;
                uint32_t saved = d->count;
                if (pl_json_parse(d, s + pp.pos, q + 1 - pp.pos, &root, &err) != PL_JSON_OK) {
                    *bad_pos = pp.pos;
                    return d->nomem ? PL_JSON_NOMEM : PL_JSON_SYNTAX;
                }
                leg->kind = PL_JP_MEMBER;
                leg->key_off = d->node[root].text.off;
                leg->key_len = d->node[root].text.len;
                d->count = saved; /* keep the key text, drop the node */
                pp.pos = q + 1;
            } else {
                size_t k = pp.pos;
                while (k < n && ident_char((unsigned char)s[k], k == pp.pos))
                    k++;
                if (k == pp.pos) {
                    *bad_pos = pp.pos;
                    return PL_JSON_SYNTAX;
                }
                if (!pool_put(d, s + pp.pos, k - pp.pos, &leg->key_off))
                    return PL_JSON_NOMEM;
                leg->kind = PL_JP_MEMBER;
                leg->key_len = (uint32_t)(k - pp.pos);
                pp.pos = k;
            }
        } else if (c == '[') {
            pp.pos++;
            path_ws(&pp);
            if (pp.pos < n && s[pp.pos] == '*') {
                pp.pos++;
                leg->kind = PL_JP_INDEX_ANY;
                p->wild = true;
            } else {
                if (!path_index(&pp, &leg->from, &leg->from_last)) {
                    *bad_pos = pp.pos;
                    return PL_JSON_SYNTAX;
                }
                leg->kind = PL_JP_INDEX;
                path_ws(&pp);
                if (n - pp.pos >= 2 && memcmp(s + pp.pos, "to", 2) == 0) {
                    pp.pos += 2;
                    path_ws(&pp);
                    if (!path_index(&pp, &leg->to, &leg->to_last)) {
                        *bad_pos = pp.pos;
                        return PL_JSON_SYNTAX;
                    }
                    /* A range must not run backwards when both count the
                     * same way. */
                    if (leg->from_last == leg->to_last &&
                        (leg->from_last ? leg->to > leg->from : leg->to < leg->from)) {
                        *bad_pos = pp.pos;
                        return PL_JSON_SYNTAX;
                    }
                    leg->kind = PL_JP_RANGE;
                    p->wild = true;
                }
            }
            path_ws(&pp);
            if (pp.pos >= n || s[pp.pos] != ']') {
                *bad_pos = pp.pos;
                return PL_JSON_SYNTAX;
            }
            pp.pos++;
        } else if (c == '*' && pp.pos + 1 < n && s[pp.pos + 1] == '*') {
            pp.pos += 2;
            leg->kind = PL_JP_ELLIPSIS;
            p->wild = true;
        } else {
            *bad_pos = leg_start;
            return PL_JSON_SYNTAX;
        }
        p->n++;
    }
    /* "$**" cannot end a path. */
    if (p->n && p->leg[p->n - 1].kind == PL_JP_ELLIPSIS) {
        *bad_pos = n;
        return PL_JSON_SYNTAX;
    }
    return PL_JSON_OK;
}

static bool hit(pl_json_doc *d, uint32_t node, bool dedupe)
{
    if (dedupe)
        for (uint32_t k = 0; k < d->hits_len; k++)
            if (d->hits[k] == node)
                return true;
    if (!grow(d, (void **)&d->hits, &d->hits_cap, sizeof *d->hits, (size_t)d->hits_len + 1))
        return false;
    d->hits[d->hits_len++] = node;
    return true;
}

/* Resolves [n] / [last-n] against an array of `count` elements; false when
 * it points before the start. */
static bool resolve_index(uint64_t v, bool from_last, uint32_t count, uint64_t *out)
{
    if (!from_last) {
        *out = v;
        return true;
    }
    if (count == 0 || v > (uint64_t)count - 1)
        return false;
    *out = (uint64_t)count - 1 - v;
    return true;
}

static bool seek(pl_json_doc *d, uint32_t node, const pl_json_path *p, uint32_t li, bool dedupe, int depth);

/* `**`: the value itself and everything under it, pre-order. */
static bool seek_all(pl_json_doc *d, uint32_t node, const pl_json_path *p, uint32_t li, int depth)
{
    if (depth > PL_JSON_DEPTH_MAX + 2)
        return true;
    if (!seek(d, node, p, li, true, depth + 1))
        return false;
    const pl_json_node *n = &d->node[node];
    if (n->type == PL_JSON_ARRAY) {
        for (uint32_t k = 0; k < n->kids.count; k++)
            if (!seek_all(d, d->idx[n->kids.first + k], p, li, depth + 1))
                return false;
    } else if (n->type == PL_JSON_OBJECT) {
        for (uint32_t k = 0; k < n->kids.count; k++)
            if (!seek_all(d, d->idx[n->kids.first + 2 * k + 1], p, li, depth + 1))
                return false;
    }
    return true;
}

static bool seek(pl_json_doc *d, uint32_t node, const pl_json_path *p, uint32_t li, bool dedupe, int depth)
{
    if (li == p->n)
        return hit(d, node, dedupe);
    const pl_json_leg *leg = &p->leg[li];
    const pl_json_node *n = &d->node[node];
    switch ((pl_json_leg_kind)leg->kind) {
    case PL_JP_MEMBER:
        if (n->type != PL_JSON_OBJECT)
            return true;
        for (uint32_t k = 0; k < n->kids.count; k++) {
            const pl_json_node *key = &d->node[d->idx[n->kids.first + 2 * k]];
            if (key->text.len == leg->key_len &&
                (leg->key_len == 0 || memcmp(d->pool + key->text.off, d->pool + leg->key_off, leg->key_len) == 0))
                return seek(d, d->idx[n->kids.first + 2 * k + 1], p, li + 1, dedupe, depth + 1);
        }
        return true;
    case PL_JP_MEMBER_ANY:
        if (n->type != PL_JSON_OBJECT)
            return true;
        for (uint32_t k = 0; k < n->kids.count; k++)
            if (!seek(d, d->idx[n->kids.first + 2 * k + 1], p, li + 1, dedupe, depth + 1))
                return false;
        return true;
    case PL_JP_INDEX: {
        uint32_t count = n->type == PL_JSON_ARRAY ? n->kids.count : 1;
        uint64_t at;
        if (!resolve_index(leg->from, leg->from_last, count, &at) || at >= count)
            return true;
        if (n->type != PL_JSON_ARRAY)
            return seek(d, node, p, li + 1, dedupe, depth + 1); /* auto-wrap */
        return seek(d, d->idx[n->kids.first + at], p, li + 1, dedupe, depth + 1);
    }
    case PL_JP_INDEX_ANY:
        if (n->type != PL_JSON_ARRAY)
            return true;
        for (uint32_t k = 0; k < n->kids.count; k++)
            if (!seek(d, d->idx[n->kids.first + k], p, li + 1, dedupe, depth + 1))
                return false;
        return true;
    case PL_JP_RANGE: {
        uint32_t count = n->type == PL_JSON_ARRAY ? n->kids.count : 1;
        uint64_t from, to;
        bool from_ok = resolve_index(leg->from, leg->from_last, count, &from);
        bool to_ok = resolve_index(leg->to, leg->to_last, count, &to);
        if (!to_ok)
            return true;
        if (!from_ok)
            from = 0;
        if (to >= count)
            to = count - 1;
        for (uint64_t k = from; k <= to && count; k++) {
            uint32_t child = n->type == PL_JSON_ARRAY ? d->idx[n->kids.first + k] : node;
            if (!seek(d, child, p, li + 1, dedupe, depth + 1))
                return false;
        }
        return true;
    }
    case PL_JP_ELLIPSIS:
        return seek_all(d, node, p, li + 1, depth);
    }
    return true;
}

pl_json_status pl_json_seek(pl_json_doc *d, uint32_t root, const pl_json_path *p)
{
    bool dedupe = false;
    for (uint32_t i = 0; i < p->n; i++)
        dedupe |= p->leg[i].kind == PL_JP_ELLIPSIS;
    if (!seek(d, root, p, 0, dedupe, 0))
        return PL_JSON_NOMEM;
    return PL_JSON_OK;
}
