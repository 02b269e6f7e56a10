/*
 * pl_json: JSON documents as MySQL 8 sees them -- parsed, built, searched
 * with path expressions and printed in MySQL's normalized text.
 *
 * Purpose.  JSON values travel through the expression engine as text (a
 * string whose type is PL_F_JSON, collation utf8mb4_bin).  The JSON
 * functions parse that text into a document, work on the tree and print
 * the result the way MySQL 8 prints a JSON value:
 *   - `{"a": 1, "b": [1, 2]}`: ", " between elements, ": " after keys;
 *   - object keys sorted by length, then byte by byte; when a key repeats
 *     the last value wins (MySQL 8.0.3+);
 *   - a double always shows that it is one: 1.0, 1e20, -0.0;
 *   - strings escape '"', '\\', \b \f \n \r \t and other control
 *     characters as \u00xx; everything else, UTF-8 included, is kept.
 * Parse errors are reported as MySQL reports them (its RapidJSON texts,
 * "Invalid value." ...) with the byte offset of the error.
 *
 * Paths (MySQL's grammar): `$` then legs `.key`, `."quoted key"`, `.*`,
 * `[n]`, `[last]`, `[last-n]`, `[m to n]`, `[*]`, `**` (not last), with
 * spaces allowed between legs.  A scalar or object is an array of one for
 * [0] / [last] (auto-wrapping).  `**` matches the value and every value
 * under it, pre-order, and a match is reported once.
 *
 * Representation.  A document is an array of nodes addressed by index,
 * plus a byte pool (string contents, keys, decimal text) and an index pool
 * (container children: an array's element indexes, an object's key/value
 * index pairs).  Indexes instead of pointers let the arrays grow by copying,
 * and let one node be shared (a matched value inside the result of
 * JSON_EXTRACT).  All memory comes from an arena; pl_json_reset() empties a
 * document but keeps its capacity, so a node evaluating once per row stops
 * allocating once it has seen its largest document.
 *
 * Limits: nesting depth PL_JSON_DEPTH_MAX (MySQL's 100, error 3157), path
 * legs PL_JSON_PATH_LEGS_MAX.
 *
 * Ownership.  Everything a document returns (nodes, printed text) lives in
 * its arena and stays valid until the next pl_json_reset() of that
 * document; input text is copied where it is kept.  One thread at a time.
 */
#ifndef PL_JSON_H
#define PL_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "jimkv/arena.h"

#define PL_JSON_DEPTH_MAX 100
#define PL_JSON_PATH_LEGS_MAX 64
#define PL_JSON_NONE UINT32_MAX

typedef enum pl_json_type {
    PL_JSON_NULL,
    PL_JSON_TRUE,
    PL_JSON_FALSE,
    PL_JSON_INT,      /* i */
    PL_JSON_UINT,     /* u: only values above INT64_MAX */
    PL_JSON_DOUBLE,   /* d */
    PL_JSON_DECIMAL,  /* text in the pool (from an SQL DECIMAL) */
    PL_JSON_STRING,   /* bytes in the pool */
    PL_JSON_DATE,     /* text in the pool: SQL temporals kept as such */
    PL_JSON_TIME,
    PL_JSON_DATETIME,
    PL_JSON_ARRAY,    /* count elements at idx[first..] */
    PL_JSON_OBJECT,   /* count key/value pairs at idx[first..], keys STRING */
} pl_json_type;

typedef struct pl_json_node {
    uint8_t type; /* pl_json_type */
    union {
        int64_t i;
        uint64_t u;
        double d;
        struct {
            uint32_t off, len; /* pool bytes */
        } text;
        struct {
            uint32_t first, count; /* idx entries */
        } kids;
    };
} pl_json_node;

typedef enum pl_json_status {
    PL_JSON_OK = 0,
    PL_JSON_SYNTAX,   /* error text and position in pl_json_error */
    PL_JSON_TOO_DEEP, /* deeper than PL_JSON_DEPTH_MAX: error 3157 */
    PL_JSON_NOMEM,    /* the arena refused */
} pl_json_status;

typedef struct pl_json_error {
    const char *msg; /* MySQL's text, e.g. "Invalid value." */
    size_t pos;      /* byte offset in the input */
} pl_json_error;

typedef struct pl_json_doc {
    jk_arena *arena;
    pl_json_node *node;
    uint32_t count, cap;
    char *pool;
    uint32_t pool_len, pool_cap;
    uint32_t *idx;     /* children of containers */
    uint32_t idx_len, idx_cap;
    uint32_t *stack;   /* children being collected while parsing/building */
    uint32_t stack_len, stack_cap;
    uint32_t *hits;    /* results of pl_json_seek */
    uint32_t hits_len, hits_cap;
    char *out;         /* text printed by pl_json_print */
    size_t out_len, out_cap;
    bool nomem;        /* an allocation failed since the last reset */
} pl_json_doc;

void pl_json_init(pl_json_doc *d, jk_arena *arena);
void pl_json_reset(pl_json_doc *d);

/* Parses s[0..n) and appends its nodes; *root is the top value. */
pl_json_status pl_json_parse(pl_json_doc *d, const char *s, size_t n, uint32_t *root,
                             pl_json_error *err);

/* Builders; PL_JSON_NONE when out of memory. */
uint32_t pl_json_new(pl_json_doc *d, pl_json_type type);
uint32_t pl_json_new_int(pl_json_doc *d, int64_t v);
uint32_t pl_json_new_uint(pl_json_doc *d, uint64_t v);
uint32_t pl_json_new_double(pl_json_doc *d, double v);
/* STRING, DECIMAL, DATE, TIME or DATETIME with the given text (copied). */
uint32_t pl_json_new_text(pl_json_doc *d, pl_json_type type, const char *s, size_t n);
/* An array of the n nodes in kids; an object of n key/value pairs in kids
 * (2n entries), sorted and with later duplicate keys winning. */
uint32_t pl_json_new_array(pl_json_doc *d, const uint32_t *kids, uint32_t n);
uint32_t pl_json_new_object(pl_json_doc *d, const uint32_t *pairs, uint32_t n);
/* An array of the keys of object node obj, in the object's order. */
uint32_t pl_json_new_keys(pl_json_doc *d, uint32_t obj);

static inline const pl_json_node *pl_json_at(const pl_json_doc *d, uint32_t i) { return &d->node[i]; }
static inline const char *pl_json_text(const pl_json_doc *d, uint32_t i)
{
    return d->pool ? d->pool + d->node[i].text.off : ""; /* "" before any text */
}
/* MySQL's JSON_TYPE name: "OBJECT", "INTEGER", "UNSIGNED INTEGER"... */
const char *pl_json_type_name(pl_json_type t);

/* Prints node i in MySQL's normalized form; the text is d->out[0..*len),
 * valid until the next print or reset.  False when out of memory. */
bool pl_json_print(pl_json_doc *d, uint32_t i, const char **text, size_t *len);
/* Parse s[0..n) and print it normalized (CAST(text AS JSON)): resets d;
 * the text lives in d until its next reset.  On PL_JSON_SYNTAX, err says
 * what MySQL's error 3141 reports. */
pl_json_status pl_json_normalize(pl_json_doc *d, const char *s, size_t n, const char **text,
                                 size_t *len, pl_json_error *err);
/* A JSON string literal for s[0..n) ("..." with escapes), as JSON_QUOTE. */
bool pl_json_quote(pl_json_doc *d, const char *s, size_t n, const char **text, size_t *len);

/* ---- paths ---- */

typedef enum pl_json_leg_kind {
    PL_JP_MEMBER,     /* .key: key in the pool */
    PL_JP_MEMBER_ANY, /* .* */
    PL_JP_INDEX,      /* [n] or [last-n] */
    PL_JP_INDEX_ANY,  /* [*] */
    PL_JP_RANGE,      /* [m to n] */
    PL_JP_ELLIPSIS,   /* ** */
} pl_json_leg_kind;

typedef struct pl_json_leg {
    uint8_t kind;          /* pl_json_leg_kind */
    bool from_last;        /* index counts back from the last element */
    bool to_last;
    uint32_t key_off, key_len;
    uint64_t from, to;     /* index, or range bounds */
} pl_json_leg;

typedef struct pl_json_path {
    pl_json_leg leg[PL_JSON_PATH_LEGS_MAX];
    uint32_t n;
    bool wild; /* has *, ** or a range: may match more than one value */
} pl_json_path;

/* Parses a path; on PL_JSON_SYNTAX *bad_pos is the offset MySQL reports
 * in error 3143. */
pl_json_status pl_json_path_parse(pl_json_doc *d, const char *s, size_t n, pl_json_path *p,
                                  size_t *bad_pos);

/* Appends to d->hits the nodes under root that p matches, in MySQL's
 * order, each once. */
pl_json_status pl_json_seek(pl_json_doc *d, uint32_t root, const pl_json_path *p);

#endif
