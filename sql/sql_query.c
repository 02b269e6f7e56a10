/*
 * Set operations over SELECTs without tables: UNION, INTERSECT and EXCEPT
 * (each DISTINCT or ALL), parenthesized queries, and their ORDER BY and
 * LIMIT.  Declared in sql_exec_internal.h.
 *
 * Each operand yields its rows; the result's column types are aggregated
 * over all operands as MySQL does for UNION (1 UNION 2.5 is DECIMAL(2,1)),
 * its names are the first operand's, and every value is converted to its
 * column's type before rows are compared, so duplicates are found by the
 * column's comparison rules and collation ('a' UNION 'A' is one row).
 *
 * Duplicates are found through a hash of each row (strings hashed by their
 * collation, so equal strings hash equal), comparing only rows whose
 * hashes match: an ORM's UNION of thousands of constant rows stays linear.
 * ORDER BY is an insertion sort, fine for constant rows; set operations
 * over tables belong to the executor.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ast.h"
#include "charset.h"
#include "sql_exec_internal.h"
#include "type_agg.h"

typedef struct row_set {
    sql_column *cols;
    uint32_t ncols;
    pl_value **rows;
    uint32_t nrows, cap;
} row_set;

static int no_memory(pl_eval_ctx *cx)
{
    pl_error(cx, 1041, "HY000", "Out of memory.");
    return -1;
}

/* Keeps a copy of vals: they may point into scratch that the next
 * evaluation or conversion reuses. */
static int add_row(pl_eval_ctx *cx, row_set *rs, const pl_value *vals, const sql_column *cols)
{
    if (rs->nrows == rs->cap) {
        uint32_t cap = rs->cap ? rs->cap * 2 : 8;
        pl_value **grown = jk_arena_alloc(cx->arena, sizeof *grown * cap);
        if (!grown)
            return no_memory(cx);
        if (rs->nrows)
            memcpy(grown, rs->rows, sizeof *grown * rs->nrows);
        rs->rows = grown;
        rs->cap = cap;
    }
    pl_value *row = jk_arena_alloc(cx->arena, sizeof *row * (rs->ncols ? rs->ncols : 1));
    if (!row)
        return no_memory(cx);
    for (uint32_t i = 0; i < rs->ncols; i++) {
        pl_expr *copy = pl_expr_const(cx->arena, &vals[i], &cols[i].type);
        if (!copy)
            return no_memory(cx);
        row[i] = copy->value;
    }
    rs->rows[rs->nrows++] = row;
    return 0;
}

/* ---- comparing rows ---- */

static int compare_value(pl_eval_ctx *cx, const pl_value *a, const pl_value *b, const pl_type *t)
{
    bool an = pl_is_null(a), bn = pl_is_null(b);
    if (an || bn)
        return an && bn ? 0 : an ? -1 : 1; /* NULL first, and NULL equals NULL */
    uint16_t coll;
    pl_cmp_type how = pl_cmp_type_of(t, t, &coll);
    int c = pl_compare(cx, how, coll, a, t, b, t);
    return c == PL_CMP_RESULT_NULL ? 0 : c;
}

static bool same_row(pl_eval_ctx *cx, const row_set *rs, const pl_value *a, const pl_value *b)
{
    for (uint32_t i = 0; i < rs->ncols; i++)
        if (compare_value(cx, &a[i], &b[i], &rs->cols[i].type) != 0)
            return false;
    return true;
}

/* ---- finding equal rows ---- */

static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

static uint64_t bytes_hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return h;
}

/* Rows equal by compare_value hash equal: all values of a column have its
 * type, strings hash by the column's collation and everything else by its
 * text in that type (1.0 and 1.00 cannot both occur in a DECIMAL(3,1)). */
static uint64_t row_hash(const row_set *rs, const pl_value *row)
{
    uint64_t h = 0;
    for (uint32_t i = 0; i < rs->ncols; i++) {
        const pl_value *v = &row[i];
        const pl_type *t = &rs->cols[i].type;
        if (pl_is_null(v)) {
            h = mix(h, 0x5bd1e995u);
        } else if (v->cls == PL_STRING) {
            uint16_t coll;
            pl_cmp_type how = pl_cmp_type_of(t, t, &coll);
            h = mix(h, how == PL_CMP_STRING ? pl_coll_hash(coll, v->s, v->len) : bytes_hash(v->s, v->len));
        } else if (v->cls == PL_DOUBLE) {
            double d = v->d == 0 ? 0 : v->d; /* -0 equals 0 */
            uint64_t bits;
            memcpy(&bits, &d, sizeof bits);
            h = mix(h, bits);
        } else {
            char buf[PL_TEXT_MAX];
            size_t len;
            const char *text = pl_to_text(v, t, buf, &len);
            h = mix(h, bytes_hash(text, len));
        }
    }
    return h;
}

/* An open-addressing table of a row set's rows by hash. */
typedef struct row_index {
    const row_set *rs;
    uint64_t *hashes; /* per row */
    int64_t *slots;   /* row number, -1 empty */
    uint64_t mask;
} row_index;

static int index_init(pl_eval_ctx *cx, row_index *ix, const row_set *rs, uint32_t capacity)
{
    uint64_t nslots = 16;
    while (nslots < (uint64_t)capacity * 2)
        nslots *= 2;
    ix->rs = rs;
    ix->mask = nslots - 1;
    ix->hashes = jk_arena_alloc(cx->arena, sizeof *ix->hashes * (capacity ? capacity : 1));
    ix->slots = jk_arena_alloc(cx->arena, sizeof *ix->slots * nslots);
    if (!ix->hashes || !ix->slots)
        return no_memory(cx);
    for (uint64_t i = 0; i < nslots; i++)
        ix->slots[i] = -1;
    return 0;
}

static void index_add(row_index *ix, uint32_t r, uint64_t hash)
{
    ix->hashes[r] = hash;
    uint64_t at = hash & ix->mask;
    while (ix->slots[at] >= 0)
        at = (at + 1) & ix->mask;
    ix->slots[at] = r;
}

/* The first indexed row equal to row and not yet used, or -1. */
static int64_t index_find(pl_eval_ctx *cx, const row_index *ix, const pl_value *row, uint64_t hash,
                          const bool *used)
{
    for (uint64_t at = hash & ix->mask; ix->slots[at] >= 0; at = (at + 1) & ix->mask) {
        int64_t r = ix->slots[at];
        if (ix->hashes[r] == hash && (!used || !used[r]) && same_row(cx, ix->rs, ix->rs->rows[r], row))
            return r;
    }
    return -1;
}

static int distinct(pl_eval_ctx *cx, row_set *rs)
{
    row_index ix;
    if (index_init(cx, &ix, rs, rs->nrows) != 0)
        return -1;
    uint32_t kept = 0;
    for (uint32_t i = 0; i < rs->nrows; i++) {
        uint64_t h = row_hash(rs, rs->rows[i]);
        /* The index holds the kept rows, which are rows[0, kept). */
        if (index_find(cx, &ix, rs->rows[i], h, NULL) >= 0)
            continue;
        rs->rows[kept] = rs->rows[i];
        index_add(&ix, kept++, h);
    }
    rs->nrows = kept;
    return 0;
}

/* ---- operands ---- */

static int query_rows(pl_eval_ctx *cx, const ast *q, const char *text, size_t len, row_set *out);

static int select_rows(pl_eval_ctx *cx, const ast *sel, const char *text, size_t len, row_set *out)
{
    pl_value *vals;
    bool has_row;
    if (sql_select_row(cx, sel, text, len, &out->cols, &vals, &has_row) != 0)
        return -1;
    out->ncols = sel->kid[AST_K_SEL_ITEMS]->n;
    return has_row ? add_row(cx, out, vals, out->cols) : 0;
}

/* The column an ORDER BY item names: a position (ORDER BY 2) or a result
 * column's name. */
static int order_column(pl_eval_ctx *cx, const row_set *rs, const ast *expr, uint32_t *col)
{
    if (expr->kind == AST_LITERAL && expr->op == LIT_INT) {
        uint64_t pos = strtoull(expr->str, NULL, 10);
        if (pos >= 1 && pos <= rs->ncols) {
            *col = (uint32_t)(pos - 1);
            return 0;
        }
        pl_error(cx, 1054, "42S22", "Unknown column '%s' in 'order clause'", expr->str);
        return -1;
    }
    if (expr->kind == AST_COLUMN_REF && !expr->kid[0] && !expr->kid[1] && expr->kid[2]) {
        const char *name = expr->kid[2]->str;
        for (uint32_t i = 0; i < rs->ncols; i++)
            if (rs->cols[i].name_len == strlen(name) && !strncasecmp(rs->cols[i].name, name, rs->cols[i].name_len)) {
                *col = i;
                return 0;
            }
        pl_error(cx, 1054, "42S22", "Unknown column '%s' in 'order clause'", name);
        return -1;
    }
    pl_error(cx, 1235, "42000",
             "This version of JimKV doesn't yet support '%s'", "ORDER BY an expression of a set operation");
    return -1;
}

static int order_and_limit(pl_eval_ctx *cx, row_set *rs, const ast *order, const ast *limit)
{
    if (order) {
        uint32_t nkeys = order->n, k = 0;
        uint32_t *cols = jk_arena_alloc(cx->arena, sizeof *cols * (nkeys ? nkeys : 1));
        bool *desc = jk_arena_alloc(cx->arena, sizeof *desc * (nkeys ? nkeys : 1));
        if (!cols || !desc)
            return no_memory(cx);
        for (const ast *item = ast_first(order); item; item = item->next, k++) {
            if (order_column(cx, rs, item->kid[0], &cols[k]) != 0)
                return -1;
            desc[k] = (item->flags & AST_F_DESC) != 0;
        }
        /* Insertion sort: stable, and the rows are few. */
        for (uint32_t i = 1; i < rs->nrows; i++) {
            pl_value *row = rs->rows[i];
            uint32_t j = i;
            for (; j > 0; j--) {
                int c = 0;
                for (k = 0; k < nkeys && c == 0; k++) {
                    c = compare_value(cx, &rs->rows[j - 1][cols[k]], &row[cols[k]], &rs->cols[cols[k]].type);
                    if (desc[k])
                        c = -c;
                }
                if (c <= 0)
                    break;
                rs->rows[j] = rs->rows[j - 1];
            }
            rs->rows[j] = row;
        }
    }
    if (limit) {
        int64_t count, offset;
        if (sql_limit_values(cx, limit, &count, &offset) != 0)
            return -1;
        uint64_t from = (uint64_t)offset < rs->nrows ? (uint64_t)offset : rs->nrows;
        uint64_t n = rs->nrows - from < (uint64_t)count ? rs->nrows - from : (uint64_t)count;
        memmove(rs->rows, rs->rows + from, sizeof *rs->rows * n);
        rs->nrows = (uint32_t)n;
    }
    return 0;
}

/* Converts every operand's rows to the aggregated column types. */
static int unify(pl_eval_ctx *cx, row_set *parts, uint32_t nparts, row_set *out)
{
    uint32_t ncols = parts[0].ncols;
    for (uint32_t p = 1; p < nparts; p++)
        if (parts[p].ncols != ncols) {
            pl_error(cx, 1222, "21000", "The used SELECT statements have a different number of columns");
            return -1;
        }
    out->ncols = ncols;
    out->cols = jk_arena_alloc(cx->arena, sizeof *out->cols * (ncols ? ncols : 1));
    pl_type *types = jk_arena_alloc(cx->arena, sizeof *types * (nparts ? nparts : 1));
    pl_expr **hosts = jk_arena_alloc(cx->arena, sizeof *hosts * (ncols ? ncols : 1));
    if (!out->cols || !types || !hosts)
        return no_memory(cx);
    for (uint32_t c = 0; c < ncols; c++) {
        bool not_null = true;
        for (uint32_t p = 0; p < nparts; p++) {
            types[p] = parts[p].cols[c].type;
            not_null = not_null && (types[p].flags & PL_TF_NOT_NULL);
        }
        out->cols[c] = parts[0].cols[c];
        out->cols[c].type = pl_type_aggregate(types, (int)nparts, cx->session->collation_connection);
        if (not_null)
            out->cols[c].type.flags |= PL_TF_NOT_NULL;
        else
            out->cols[c].type.flags &= (uint8_t)~PL_TF_NOT_NULL;
        /* pl_coerce converts into a node's type and scratch. */
        hosts[c] = pl_expr_new(cx->arena, PL_E_CONST, 0);
        if (!hosts[c])
            return no_memory(cx);
        hosts[c]->type = out->cols[c].type;
    }
    pl_value *conv = jk_arena_alloc(cx->arena, sizeof *conv * (ncols ? ncols : 1));
    if (!conv)
        return no_memory(cx);
    for (uint32_t p = 0; p < nparts; p++) {
        row_set converted = { .cols = out->cols, .ncols = ncols };
        for (uint32_t r = 0; r < parts[p].nrows; r++) {
            for (uint32_t c = 0; c < ncols; c++) {
                pl_coerce(cx, hosts[c], &parts[p].rows[r][c], &parts[p].cols[c].type, &conv[c]);
                if (pl_failed(cx))
                    return -1;
            }
            if (add_row(cx, &converted, conv, out->cols) != 0)
                return -1;
        }
        parts[p] = converted;
    }
    return 0;
}

static int setop_rows(pl_eval_ctx *cx, const ast *q, const char *text, size_t len, row_set *out)
{
    const ast *operands = q->kid[AST_K_SETOP_OPERANDS];
    if (q->kid[AST_K_SETOP_WITH] || q->kid[AST_K_SETOP_INTO] || q->kid[AST_K_SETOP_LOCKING]) {
        pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support this clause without tables");
        return -1;
    }
    uint32_t nparts = operands->n, p = 0;
    row_set *parts = jk_arena_zalloc(cx->arena, sizeof *parts * (nparts ? nparts : 1));
    if (!parts)
        return no_memory(cx);
    for (const ast *x = ast_first(operands); x; x = x->next, p++)
        if (query_rows(cx, x, text, len, &parts[p]) != 0)
            return -1;
    if (unify(cx, parts, nparts, out) != 0)
        return -1;
    bool all = (q->flags & AST_F_SETOP_ALL) != 0;
    *out = (row_set){ .cols = out->cols, .ncols = out->ncols };
    row_set *left = &parts[0];
    if (q->op == SETOP_UNION) {
        for (p = 0; p < nparts; p++)
            for (uint32_t r = 0; r < parts[p].nrows; r++)
                if (add_row(cx, out, parts[p].rows[r], out->cols) != 0)
                    return -1;
        if (!all && distinct(cx, out) != 0)
            return -1;
        return order_and_limit(cx, out, q->kid[AST_K_SETOP_ORDER], q->kid[AST_K_SETOP_LIMIT]);
    }
    /* INTERSECT and EXCEPT fold left to right: ((a op b) op c). */
    if (!all && distinct(cx, left) != 0)
        return -1;
    for (p = 1; p < nparts; p++) {
        row_set *right = &parts[p];
        bool *used = jk_arena_zalloc(cx->arena, sizeof *used * (right->nrows ? right->nrows : 1));
        row_index ix;
        if (!used || index_init(cx, &ix, right, right->nrows) != 0)
            return no_memory(cx);
        for (uint32_t r = 0; r < right->nrows; r++)
            index_add(&ix, r, row_hash(right, right->rows[r]));
        uint32_t kept = 0;
        for (uint32_t r = 0; r < left->nrows; r++) {
            /* ALL matches rows one to one (multiset semantics). */
            int64_t match = index_find(cx, &ix, left->rows[r], row_hash(left, left->rows[r]), all ? used : NULL);
            if (match >= 0 && all)
                used[match] = true;
            if ((match >= 0) == (q->op == SETOP_INTERSECT))
                left->rows[kept++] = left->rows[r];
        }
        left->nrows = kept;
    }
    *out = *left;
    out->cols = parts[0].cols;
    return order_and_limit(cx, out, q->kid[AST_K_SETOP_ORDER], q->kid[AST_K_SETOP_LIMIT]);
}

static int query_rows(pl_eval_ctx *cx, const ast *q, const char *text, size_t len, row_set *out)
{
    *out = (row_set){ 0 };
    switch (q->kind) {
    case AST_SELECT:
        return select_rows(cx, q, text, len, out);
    case AST_SETOP:
        return setop_rows(cx, q, text, len, out);
    case AST_PAREN_QUERY:
        if (q->kid[AST_K_Q_WITH] || q->kid[AST_K_Q_LOCKING]) {
            pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support this clause without tables");
            return -1;
        }
        if (query_rows(cx, q->kid[AST_K_Q_BODY], text, len, out) != 0)
            return -1;
        return order_and_limit(cx, out, q->kid[AST_K_Q_ORDER], q->kid[AST_K_Q_LIMIT]);
    default:
        pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support '%s'", ast_kinds[q->kind].name);
        return -1;
    }
}

int sql_run_query(pl_eval_ctx *cx, const ast *query, const char *text, size_t text_len, const sql_sink *sink,
                  sql_done *done)
{
    row_set rs;
    if (query_rows(cx, query, text, text_len, &rs) != 0)
        return -1;
    sink->columns(sink->ctx, rs.cols, rs.ncols);
    for (uint32_t r = 0; r < rs.nrows; r++)
        sink->row(sink->ctx, rs.rows[r], rs.cols, rs.ncols);
    done->had_result = true;
    return 0;
}
