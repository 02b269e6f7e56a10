/*
 * ast: the kind table, the constructors used by the grammar, and
 * structural equality.  See ast.h and ast_build.h.
 */
#include "ast_build.h"

#include <string.h>
#include <strings.h>

#include "jimkv/assert.h"
#include "jimkv/sql.h"
#include "parse.h"

const ast_kind_info ast_kinds[AST_KIND_COUNT] = {
#define AST_KIND_INFO(name, nkid) [AST_##name] = { #name, nkid },
    AST_KINDS(AST_KIND_INFO)
#undef AST_KIND_INFO
};

_Noreturn void ast_fail(sql_parse_ctx *p, enum parse_failure why)
{
    p->failure = why;
    longjmp(*p->bail, 1);
}

_Noreturn void ast_syntax_error_at(sql_parse_ctx *p, size_t pos)
{
    p->error_pos = pos;
    ast_fail(p, PARSE_SYNTAX);
}

static void *alloc_or_fail(sql_parse_ctx *p, size_t size)
{
    void *mem = jk_arena_alloc(p->arena, size);
    if (!mem) ast_fail(p, PARSE_NO_MEMORY);
    return mem;
}

ast *ast_new(sql_parse_ctx *p, int kind)
{
    JK_ASSERT(kind >= 0 && kind < AST_KIND_COUNT);
    uint16_t nkid = ast_kinds[kind].nkid;
    size_t size = sizeof(ast) + nkid * sizeof(ast *);
    ast *node = alloc_or_fail(p, size);
    memset(node, 0, size);
    node->kind = (uint16_t)kind;
    node->nkid = nkid;
    node->depth = 1;
    return node;
}

ast *ast_new_op(sql_parse_ctx *p, int kind, int op)
{
    ast *node = ast_new(p, kind);
    node->op = (uint16_t)op;
    return node;
}

static void raise_depth(sql_parse_ctx *p, ast *node, const ast *kid)
{
    if (kid && kid->depth >= node->depth) {
        if (kid->depth >= AST_DEPTH_MAX) ast_fail(p, PARSE_TOO_DEEP);
        node->depth = (uint16_t)(kid->depth + 1);
    }
}

ast *ast_set(sql_parse_ctx *p, ast *node, int i, ast *kid)
{
    JK_ASSERT(i >= 0 && i < node->nkid);
    JK_ASSERT(node->kind != AST_LIST && node->kind != AST_STMT_LIST);
    node->kid[i] = kid;
    raise_depth(p, node, kid);
    return node;
}

ast *ast_node1(sql_parse_ctx *p, int kind, int op, ast *k0)
{
    ast *node = ast_new_op(p, kind, op);
    return ast_set(p, node, 0, k0);
}

ast *ast_node2(sql_parse_ctx *p, int kind, int op, ast *k0, ast *k1)
{
    ast *node = ast_node1(p, kind, op, k0);
    return ast_set(p, node, 1, k1);
}

ast *ast_node3(sql_parse_ctx *p, int kind, int op, ast *k0, ast *k1, ast *k2)
{
    ast *node = ast_node2(p, kind, op, k0, k1);
    return ast_set(p, node, 2, k2);
}

ast *ast_list(sql_parse_ctx *p, ast *e)
{
    ast *list = ast_new(p, AST_LIST);
    return e ? ast_append(p, list, e) : list;
}

ast *ast_append(sql_parse_ctx *p, ast *list, ast *e)
{
    JK_ASSERT(list->kind == AST_LIST || list->kind == AST_STMT_LIST);
    JK_ASSERT(e && !e->next);
    if (list->kid[1]) list->kid[1]->next = e;
    else list->kid[0] = e;
    list->kid[1] = e;
    list->n++;
    raise_depth(p, list, e);
    return list;
}

ast *ast_prepend(sql_parse_ctx *p, ast *list, ast *e)
{
    JK_ASSERT(list->kind == AST_LIST);
    JK_ASSERT(e && !e->next);
    e->next = list->kid[0];
    list->kid[0] = e;
    if (!list->kid[1]) list->kid[1] = e;
    list->n++;
    raise_depth(p, list, e);
    return list;
}

ast *ast_logic(sql_parse_ctx *p, int op, ast *a, ast *b)
{
    JK_ASSERT(op == OP_AND || op == OP_OR);
    /* a AND b AND c arrives as (a AND b) AND c: extend the existing list so a
     * thousand-term OR from an ORM stays one flat node, not a deep tree. */
    ast *node;
    if (a->kind == AST_LOGIC && a->op == op) {
        node = a;
    } else {
        node = ast_node1(p, AST_LOGIC, op, ast_list(p, a));
    }
    if (b->kind == AST_LOGIC && b->op == op) {
        for (ast *e = ast_first(b->kid[0]); e;) {
            ast *next = e->next;
            e->next = NULL;
            ast_append(p, node->kid[0], e);
            e = next;
        }
    } else {
        ast_append(p, node->kid[0], b);
    }
    raise_depth(p, node, node->kid[0]);
    return node;
}

const char *ast_token_text(sql_parse_ctx *p, sql_token t)
{
    char *s = jk_arena_strndup(p->arena, t.z, t.n);
    if (!s) ast_fail(p, PARSE_NO_MEMORY);
    return s;
}

const char *ast_token_upper(sql_parse_ctx *p, sql_token t)
{
    char *s = (char *)ast_token_text(p, t);
    for (char *c = s; *c; c++)
        if (*c >= 'a' && *c <= 'z') *c -= 32;
    return s;
}

ast *ast_ident_str(sql_parse_ctx *p, const char *s, size_t n)
{
    ast *node = ast_new(p, AST_IDENT);
    node->str = jk_arena_strndup(p->arena, s, n);
    if (!node->str) ast_fail(p, PARSE_NO_MEMORY);
    node->n = (uint32_t)n;
    return node;
}

ast *ast_ident(sql_parse_ctx *p, sql_token t)
{
    ast *node = ast_new(p, AST_IDENT);
    node->pos = (uint32_t)(t.z - p->sql);
    if (t.n >= 2 && t.z[0] == '`') {
        char *out = alloc_or_fail(p, t.n);
        size_t k = 0;
        for (size_t i = 1; i + 1 < t.n; i++) {
            out[k++] = t.z[i];
            if (t.z[i] == '`') i++;     /* `` is one back-quote */
        }
        out[k] = '\0';
        node->str = out;
        node->n = (uint32_t)k;
    } else {
        node->str = ast_token_text(p, t);
        node->n = t.n;
    }
    return node;
}

ast *ast_ident_from_string(sql_parse_ctx *p, sql_token t)
{
    ast *s = ast_string(p, t);
    if (!sql_valid_name(s->str, s->n)) {
        ast_syntax_error_at(p, (size_t)(t.z - p->sql));
    }
    ast *id = ast_ident_str(p, s->str, s->n);
    id->pos = s->pos;
    return id;
}

ast *ast_keyword(sql_parse_ctx *p, const char *s)
{
    ast *node = ast_new(p, AST_KEYWORD);
    node->str = s;
    node->n = (uint32_t)strlen(s);
    return node;
}

ast *ast_number(sql_parse_ctx *p, int lit, sql_token t)
{
    ast *node = ast_new_op(p, AST_LITERAL, lit);
    node->pos = (uint32_t)(t.z - p->sql);
    node->str = ast_token_text(p, t);
    node->n = t.n;
    return node;
}

/* Decode a quoted string token body (MySQL 8.0 manual, "String Literals",
 * Table 9.1): \0 \' \" \b \n \r \t \Z \\ are escapes; \% and \_ keep their
 * backslash (they matter to LIKE); any other \x is x; a doubled quote is
 * one quote. */
static char *decode_string(sql_parse_ctx *p, const char *z, size_t n, size_t *out_len)
{
    char q = z[0];
    char *out = alloc_or_fail(p, n + 1);
    size_t k = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        char c = z[i];
        if (c == '\\' && i + 2 < n) {
            char e = z[++i];
            switch (e) {
            case '0': out[k++] = '\0'; break;
            case 'b': out[k++] = '\b'; break;
            case 'n': out[k++] = '\n'; break;
            case 'r': out[k++] = '\r'; break;
            case 't': out[k++] = '\t'; break;
            case 'Z': out[k++] = '\032'; break;
            case '%':
            case '_': out[k++] = '\\'; out[k++] = e; break;
            default: out[k++] = e; break;
            }
            continue;
        }
        if (c == q) i++;               /* doubled quote */
        out[k++] = c;
    }
    out[k] = '\0';
    *out_len = k;
    return out;
}

ast *ast_string(sql_parse_ctx *p, sql_token t)
{
    ast *node = ast_new_op(p, AST_LITERAL, LIT_STRING);
    node->pos = (uint32_t)(t.z - p->sql);
    const char *z = t.z;
    size_t n = t.n;
    if (z[0] == 'N' || z[0] == 'n') {
        node->flags |= AST_F_NATIONAL;
        z++, n--;
    }
    size_t len;
    node->str = decode_string(p, z, n, &len);
    node->n = (uint32_t)len;
    return node;
}

ast *ast_string_concat(sql_parse_ctx *p, ast *s, sql_token t)
{
    size_t len;
    const char *more = decode_string(p, t.z, t.n, &len);
    char *joined = alloc_or_fail(p, (size_t)s->n + len + 1);
    memcpy(joined, s->str, s->n);
    memcpy(joined + s->n, more, len);
    joined[s->n + len] = '\0';
    s->str = joined;
    s->n += (uint32_t)len;
    return s;
}

ast *ast_hex_or_bit(sql_parse_ctx *p, sql_token t)
{
    /* 0x1F and X'1F' are the same literal; keep only the digits. */
    bool hex = t.type == TK_HEX_NUM || t.type == TK_HEX_STRING;
    size_t skip = 2, tail = (t.type == TK_HEX_STRING || t.type == TK_BIN_STRING) ? 1 : 0;
    ast *node = ast_new_op(p, AST_LITERAL, hex ? LIT_HEX : LIT_BIT);
    node->pos = (uint32_t)(t.z - p->sql);
    node->str = jk_arena_strndup(p->arena, t.z + skip, t.n - skip - tail);
    if (!node->str) ast_fail(p, PARSE_NO_MEMORY);
    node->n = (uint32_t)(t.n - skip - tail);
    return node;
}

ast *ast_literal_kw(sql_parse_ctx *p, int lit)
{
    return ast_new_op(p, AST_LITERAL, lit);
}

ast *ast_user_var(sql_parse_ctx *p, sql_token t)
{
    ast *node = ast_new(p, AST_USER_VAR);
    node->pos = (uint32_t)(t.z - p->sql);
    if (t.n >= 3 && (t.z[1] == '\'' || t.z[1] == '"' || t.z[1] == '`')) {
        size_t len;
        if (t.z[1] == '`') {
            sql_token inner = { t.z + 1, t.n - 1, TK_ID };
            ast *id = ast_ident(p, inner);
            node->str = id->str;
            node->n = id->n;
            return node;
        }
        node->str = decode_string(p, t.z + 1, t.n - 1, &len);
        node->n = (uint32_t)len;
        return node;
    }
    node->str = jk_arena_strndup(p->arena, t.z + 1, t.n - 1);
    if (!node->str) ast_fail(p, PARSE_NO_MEMORY);
    node->n = t.n - 1;
    return node;
}

ast *ast_param(sql_parse_ctx *p, sql_token t)
{
    ast *node = ast_new(p, AST_PARAM);
    node->pos = (uint32_t)(t.z - p->sql);
    node->n = p->param_count++;
    return node;
}

ast *ast_odbc_escape(sql_parse_ctx *p, const ast *word, ast *expr)
{
    (void)p;
    if (expr->kind != AST_LITERAL || expr->op != LIT_STRING || expr->kid[0]) return expr;
    if (strcasecmp(word->str, "d") == 0) expr->op = LIT_DATE;
    else if (strcasecmp(word->str, "t") == 0) expr->op = LIT_TIME;
    else if (strcasecmp(word->str, "ts") == 0) expr->op = LIT_TIMESTAMP;
    return expr;
}

const char *ast_func_name(sql_parse_ctx *p, sql_token t)
{
    char *name = (char *)ast_ident(p, t)->str;
    for (char *c = name; *c; c++)
        if (*c >= 'a' && *c <= 'z') *c -= 32;
    return name;
}

ast *ast_func(sql_parse_ctx *p, const char *name, ast *args)
{
    ast *node = ast_new(p, AST_FUNC);
    node->str = name;
    node->n = (uint32_t)strlen(name);
    return ast_set(p, node, AST_K_FUNC_ARGS, args ? args : ast_list(p, NULL));
}

enum call_class { CALL_PLAIN, CALL_AGGREGATE, CALL_WINDOW };

/* MySQL 8.0's set functions and window functions, which its grammar names. */
static const struct { const char *name; uint8_t cls; bool distinct; bool needs_args; } known_calls[] = {
    { "AVG", CALL_AGGREGATE, true, true }, { "BIT_AND", CALL_AGGREGATE, false, true },
    { "BIT_OR", CALL_AGGREGATE, false, true }, { "BIT_XOR", CALL_AGGREGATE, false, true },
    { "COUNT", CALL_AGGREGATE, true, true }, { "GROUP_CONCAT", CALL_AGGREGATE, true, true },
    { "JSON_ARRAYAGG", CALL_AGGREGATE, false, true }, { "JSON_OBJECTAGG", CALL_AGGREGATE, false, true },
    { "MAX", CALL_AGGREGATE, true, true }, { "MIN", CALL_AGGREGATE, true, true },
    { "STD", CALL_AGGREGATE, false, true }, { "STDDEV", CALL_AGGREGATE, false, true },
    { "STDDEV_POP", CALL_AGGREGATE, false, true }, { "STDDEV_SAMP", CALL_AGGREGATE, false, true },
    { "SUM", CALL_AGGREGATE, true, true }, { "VARIANCE", CALL_AGGREGATE, false, true },
    { "VAR_POP", CALL_AGGREGATE, false, true }, { "VAR_SAMP", CALL_AGGREGATE, false, true },
    { "CUME_DIST", CALL_WINDOW, false, false }, { "DENSE_RANK", CALL_WINDOW, false, false },
    { "FIRST_VALUE", CALL_WINDOW, false, true }, { "LAG", CALL_WINDOW, false, true },
    { "LAST_VALUE", CALL_WINDOW, false, true }, { "LEAD", CALL_WINDOW, false, true },
    { "NTILE", CALL_WINDOW, false, true }, { "PERCENT_RANK", CALL_WINDOW, false, false },
    { "RANK", CALL_WINDOW, false, false }, { "ROW_NUMBER", CALL_WINDOW, false, false },
};


void ast_check_call(sql_parse_ctx *p, const ast *call, const char *rp, const char *quantifier)
{
    int cls = CALL_PLAIN;
    bool distinct = false, needs_args = false;
    for (size_t i = 0; i < sizeof(known_calls) / sizeof(known_calls[0]); i++) {
        if (strcmp(call->str, known_calls[i].name) == 0) {
            cls = known_calls[i].cls;
            distinct = known_calls[i].distinct;
            needs_args = known_calls[i].needs_args;
            break;
        }
    }
    bool group_concat = strcmp(call->str, "GROUP_CONCAT") == 0;
    size_t q = quantifier ? (size_t)(quantifier - p->sql) : 0;
    if (rp && needs_args) ast_syntax_error_at(p, (size_t)(rp - p->sql));
    if ((call->flags & AST_F_COUNT_STAR) && strcmp(call->str, "COUNT") != 0) ast_syntax_error_at(p, q);
    if ((call->flags & AST_F_DISTINCT) && !distinct) ast_syntax_error_at(p, q);
    if ((call->flags & AST_F_ALL_ARGS) && cls != CALL_AGGREGATE) ast_syntax_error_at(p, q);
    if (call->kid[AST_K_FUNC_ORDER] && !group_concat) ast_syntax_error_at(p, call->kid[AST_K_FUNC_ORDER]->pos);
    if (call->kid[AST_K_FUNC_SEPARATOR] && !group_concat) ast_syntax_error_at(p, call->kid[AST_K_FUNC_SEPARATOR]->pos);
    const ast *over = call->kid[AST_K_FUNC_OVER];
    if (over && (cls == CALL_PLAIN || group_concat)) ast_syntax_error_at(p, over->pos);
    if (!over && cls == CALL_WINDOW) ast_syntax_error_at(p, p->token_pos);
}

ast *ast_column_ref(sql_parse_ctx *p, ast *a, ast *b, ast *c)
{
    /* a, a.b, a.b.c arrive left to right; store as schema, table, column. */
    if (!b) return ast_node3(p, AST_COLUMN_REF, 0, NULL, NULL, a);
    if (!c) return ast_node3(p, AST_COLUMN_REF, 0, NULL, a, b);
    return ast_node3(p, AST_COLUMN_REF, 0, a, b, c);
}

ast *ast_table_name(sql_parse_ctx *p, ast *a, ast *b)
{
    if (!b) return ast_node2(p, AST_TABLE_NAME, 0, NULL, a);
    return ast_node2(p, AST_TABLE_NAME, 0, a, b);
}

/* Where a query kind keeps its WITH, ORDER BY, LIMIT and locking clause. */
static bool query_slots(const ast *q, int *with, int *order, int *limit, int *locking)
{
    switch (q->kind) {
    case AST_SELECT:
        *with = AST_K_SEL_WITH, *order = AST_K_SEL_ORDER, *limit = AST_K_SEL_LIMIT;
        *locking = AST_K_SEL_LOCKING;
        return true;
    case AST_SETOP:
        *with = AST_K_SETOP_WITH, *order = AST_K_SETOP_ORDER, *limit = AST_K_SETOP_LIMIT;
        *locking = AST_K_SETOP_LOCKING;
        return true;
    case AST_VALUES:
    case AST_TABLE_STMT:
    case AST_PAREN_QUERY:
        *with = AST_K_Q_WITH, *order = AST_K_Q_ORDER, *limit = AST_K_Q_LIMIT;
        *locking = AST_K_Q_LOCKING;
        return true;
    default:
        return false;
    }
}

ast *ast_query_finish(sql_parse_ctx *p, ast *with, ast *body, ast *order, ast *limit)
{
    int w, o, l, k;
    if (!with && !order && !limit) return body;
    if (!JK_ALWAYS(query_slots(body, &w, &o, &l, &k))) return body;
    /* (SELECT ... LIMIT 1) LIMIT 2 keeps both: the inner query goes in parens. */
    if ((with && body->kid[w]) || (order && (body->kid[o] || body->kid[l])) ||
        (limit && body->kid[l]) || body->kid[k]) {
        body = ast_node2(p, AST_PAREN_QUERY, 0, NULL, body);
        query_slots(body, &w, &o, &l, &k);
    }
    if (with) ast_set(p, body, w, with);
    if (order) ast_set(p, body, o, order);
    if (limit) ast_set(p, body, l, limit);
    return body;
}

ast *ast_query_lock(sql_parse_ctx *p, ast *query, ast *locking)
{
    int w, o, l, k;
    if (!locking) return query;
    if (!JK_ALWAYS(query_slots(query, &w, &o, &l, &k))) return query;
    if (query->kid[k]) query = ast_node2(p, AST_PAREN_QUERY, 0, NULL, query);
    return ast_set(p, query, query->kind == AST_SETOP ? AST_K_SETOP_LOCKING : k, locking);
}

ast *ast_setop(sql_parse_ctx *p, int op, uint32_t flags, ast *left, ast *right)
{
    /* (a UNION b) UNION c, written a UNION b UNION c, extends a's node when
     * nothing but the operands sets it apart. */
    ast *node;
    if (left->kind == AST_SETOP && left->op == op && left->flags == flags &&
        !left->kid[AST_K_SETOP_WITH] && !left->kid[AST_K_SETOP_ORDER] &&
        !left->kid[AST_K_SETOP_LIMIT] && !left->kid[AST_K_SETOP_LOCKING] &&
        !left->kid[AST_K_SETOP_INTO]) {
        node = left;
        ast_append(p, node->kid[AST_K_SETOP_OPERANDS], right);
        ast_set(p, node, AST_K_SETOP_OPERANDS, node->kid[AST_K_SETOP_OPERANDS]);
    } else {
        node = ast_new_op(p, AST_SETOP, op);
        node->flags = flags;
        ast_set(p, node, AST_K_SETOP_OPERANDS, ast_append(p, ast_list(p, left), right));
    }
    if (right->kind == AST_SELECT && right->kid[AST_K_SEL_INTO]) {
        ast_set(p, node, AST_K_SETOP_INTO, right->kid[AST_K_SEL_INTO]);
        right->kid[AST_K_SEL_INTO] = NULL;
    }
    return node;
}

ast *ast_query_into(sql_parse_ctx *p, ast *query, ast *into)
{
    int slot = query->kind == AST_SELECT ? AST_K_SEL_INTO
             : query->kind == AST_SETOP ? AST_K_SETOP_INTO : -1;
    if (slot < 0 || query->kid[slot]) {
        /* INTO twice, or after a VALUES or TABLE statement. */
        ast_syntax_error_at(p, p->token_pos);
    }
    return ast_set(p, query, slot, into);
}

void ast_add_statement(sql_parse_ctx *p, ast *stmt)
{
    p->param_count = 0;
    ast_append(p, p->stmts, stmt);
}

/* ------------------------------------------------------------- equality */

bool sql_ast_equal(const ast *a, const ast *b)
{
    if (a == b) return true;
    if (!a || !b) return false;
    if (a->kind != b->kind || a->op != b->op || a->flags != b->flags || a->n != b->n ||
        a->nkid != b->nkid)
        return false;
    if ((a->str == NULL) != (b->str == NULL)) return false;
    /* Names and literals carry their length in n (they may hold NUL bytes);
     * kinds whose str is a keyword or type name leave n at 0. */
    if (a->str && (a->n ? memcmp(a->str, b->str, a->n) : strcmp(a->str, b->str)) != 0) return false;
    if ((a->str2 == NULL) != (b->str2 == NULL)) return false;
    if (a->str2 && strcmp(a->str2, b->str2) != 0) return false;
    if (a->kind == AST_LIST || a->kind == AST_STMT_LIST) {
        const ast *x = a->kid[0], *y = b->kid[0];
        for (; x && y; x = x->next, y = y->next)
            if (!sql_ast_equal(x, y)) return false;
        return x == NULL && y == NULL;
    }
    for (int i = 0; i < a->nkid; i++)
        if (!sql_ast_equal(a->kid[i], b->kid[i])) return false;
    return true;
}
