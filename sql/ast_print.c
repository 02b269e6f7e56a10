/*
 * ast_print: expressions, queries and data-change statements.  See
 * ast_print.h for the normal form.
 */
#include "ast_print.h"

#include <string.h>

#include "jimkv/assert.h"
#include "jimkv/sql.h"
#include "parse.h"
#include "sql_tok.h"

void pr_str(printer *pr, const char *s) { jk_buf_puts(&pr->out, s); }
void pr_char(printer *pr, char c) { jk_buf_putc(&pr->out, c); }

void pr_ident(printer *pr, const char *name, size_t n)
{
    pr_char(pr, '`');
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '`') pr_char(pr, '`');
        pr_char(pr, name[i]);
    }
    pr_char(pr, '`');
}

/* @@[SCOPE.][component.]name */
void pr_sysvar(printer *pr, const ast *v)
{
    static const char *const scope[] = {
        [SCOPE_NONE] = "", [SCOPE_GLOBAL] = "GLOBAL.", [SCOPE_SESSION] = "SESSION.",
        [SCOPE_LOCAL] = "LOCAL.", [SCOPE_PERSIST] = "PERSIST.", [SCOPE_PERSIST_ONLY] = "PERSIST_ONLY.",
    };
    JK_ASSERT(v->kind == AST_SYS_VAR && v->op <= SCOPE_PERSIST_ONLY);
    pr_str(pr, "@@");
    pr_str(pr, scope[v->op]);
    if (v->str2) {
        pr_ident(pr, v->str2, strlen(v->str2));
        pr_char(pr, '.');
    }
    pr_ident(pr, v->str, v->n);
}

void pr_ident_node(printer *pr, const ast *id)
{
    JK_ASSERT(id);
    pr_ident(pr, id->str, id->n);
}

void pr_string(printer *pr, const char *s, size_t n)
{
    pr_char(pr, '\'');
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        switch (c) {
        case '\0': pr_str(pr, "\\0"); break;
        case '\'': pr_str(pr, "\\'"); break;
        case '\\': pr_str(pr, "\\\\"); break;
        case '\n': pr_str(pr, "\\n"); break;
        case '\r': pr_str(pr, "\\r"); break;
        case '\032': pr_str(pr, "\\Z"); break;
        default: pr_char(pr, c); break;
        }
    }
    pr_char(pr, '\'');
}

void pr_list(printer *pr, const ast *list, const char *sep)
{
    int i = 0;
    for (const ast *e = ast_first(list); e; e = e->next, i++) {
        if (i) pr_str(pr, sep);
        pr_node(pr, e);
    }
}

void pr_expr_list(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *e = ast_first(list); e; e = e->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_expr(pr, e, PREC_TOP);
    }
}

void pr_ident_list(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *e = ast_first(list); e; e = e->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_ident_node(pr, e);
    }
}

void pr_table_name(printer *pr, const ast *name)
{
    JK_ASSERT(name && name->kind == AST_TABLE_NAME);
    if (name->kid[0]) {
        pr_ident_node(pr, name->kid[0]);
        pr_char(pr, '.');
    }
    pr_ident_node(pr, name->kid[1]);
}

/* ------------------------------------------------------------ expressions */

static const char *const binary_op_text[OP_COUNT] = {
    [OP_XOR] = "XOR", [OP_EQ] = "=", [OP_NSEQ] = "<=>", [OP_NE] = "<>", [OP_LT] = "<",
    [OP_LE] = "<=", [OP_GT] = ">", [OP_GE] = ">=", [OP_BITOR] = "|", [OP_BITAND] = "&",
    [OP_SHL] = "<<", [OP_SHR] = ">>", [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*",
    [OP_DIV] = "/", [OP_INTDIV] = "DIV", [OP_MOD] = "%", [OP_BITXOR] = "^",
    [OP_JSON_EXTRACT] = "->", [OP_JSON_UNQUOTE] = "->>",
};

static int binary_prec(int op)
{
    switch (op) {
    case OP_XOR: return PREC_XOR;
    case OP_EQ: case OP_NSEQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
        return PREC_BOOL_PRI;
    case OP_BITOR: return PREC_BITOR;
    case OP_BITAND: return PREC_BITAND;
    case OP_SHL: case OP_SHR: return PREC_SHIFT;
    case OP_ADD: case OP_SUB: return PREC_ADD;
    case OP_MUL: case OP_DIV: case OP_INTDIV: case OP_MOD: return PREC_MUL;
    case OP_BITXOR: return PREC_BITXOR;
    default: return PREC_SIMPLE;   /* -> and ->> */
    }
}

static int expr_prec(const ast *e)
{
    switch (e->kind) {
    case AST_LOGIC: return e->op == OP_OR ? PREC_OR : PREC_AND;
    case AST_BINARY: return binary_prec(e->op);
    case AST_UNARY:
        if (e->op == OP_NOT) return PREC_NOT;
        if (e->op == OP_BINARY_CAST) return PREC_BINARY;
        return PREC_UNARY;
    case AST_IS: return e->op == IS_NULL ? PREC_BOOL_PRI : PREC_IS_BOOL;
    case AST_QUANTIFIED: return PREC_BOOL_PRI;
    case AST_IN: case AST_BETWEEN: case AST_LIKE: case AST_MEMBER_OF: return PREC_PREDICATE;
    case AST_COLLATE: return PREC_COLLATE;
    case AST_ASSIGN_VAR: return PREC_TOP;   /* its right side is a whole expression */
    case AST_INTERVAL: return PREC_SIMPLE;  /* never parenthesized: (INTERVAL 1 DAY) is invalid */
    default: return PREC_SIMPLE;
    }
}

static const char *const lit_prefix[] = {
    [LIT_DATE] = "DATE ", [LIT_TIME] = "TIME ", [LIT_TIMESTAMP] = "TIMESTAMP ",
};

static void pr_literal(printer *pr, const ast *e)
{
    if (e->kid[0]) {
        pr_str(pr, "_");
        pr_str(pr, e->kid[0]->str + 1);  /* the introducer keeps its spelling */
        pr_char(pr, ' ');
    }
    switch (e->op) {
    case LIT_NULL: pr_str(pr, "NULL"); return;
    case LIT_TRUE: pr_str(pr, "TRUE"); return;
    case LIT_FALSE: pr_str(pr, "FALSE"); return;
    case LIT_INT: case LIT_DECIMAL: case LIT_FLOAT: pr_str(pr, e->str); return;
    case LIT_HEX:
        if (e->n == 0) pr_str(pr, "X''");
        else pr_str(pr, "0x"), pr_str(pr, e->str);
        return;
    case LIT_BIT:
        if (e->n == 0) pr_str(pr, "B''");
        else pr_str(pr, "0b"), pr_str(pr, e->str);
        return;
    case LIT_DATE: case LIT_TIME: case LIT_TIMESTAMP:
        pr_str(pr, lit_prefix[e->op]);
        pr_string(pr, e->str, e->n);
        return;
    case LIT_STRING:
        if (e->flags & AST_F_NATIONAL) pr_char(pr, 'N');
        pr_string(pr, e->str, e->n);
        return;
    }
    JK_ASSERT(0);
}

static void pr_order_list(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *e = ast_first(list); e; e = e->next, i++) {
        if (i) pr_str(pr, ", ");
        JK_ASSERT(e->kind == AST_ORDER_ITEM);
        pr_expr(pr, e->kid[0], PREC_TOP);
        if (e->flags & AST_F_DESC) pr_str(pr, " DESC");
    }
}

static void pr_window_spec(printer *pr, const ast *w);

static void pr_frame_bound(printer *pr, const ast *b)
{
    static const char *const text[] = {
        [BOUND_UNBOUNDED_PRECEDING] = "UNBOUNDED PRECEDING", [BOUND_PRECEDING] = " PRECEDING",
        [BOUND_CURRENT_ROW] = "CURRENT ROW", [BOUND_FOLLOWING] = " FOLLOWING",
        [BOUND_UNBOUNDED_FOLLOWING] = "UNBOUNDED FOLLOWING",
    };
    if (b->kid[0]) pr_expr(pr, b->kid[0], PREC_BITOR);
    pr_str(pr, text[b->op]);
}

static void pr_window_spec(printer *pr, const ast *w)
{
    static const char *const units[] = { "ROWS", "RANGE", "GROUPS" };
    bool space = false;
    if (w->kid[AST_K_WSPEC_BASE]) {
        pr_ident_node(pr, w->kid[AST_K_WSPEC_BASE]);
        space = true;
    }
    if (w->kid[AST_K_WSPEC_PARTITION]) {
        pr_str(pr, space ? " PARTITION BY " : "PARTITION BY ");
        pr_expr_list(pr, w->kid[AST_K_WSPEC_PARTITION]);
        space = true;
    }
    if (w->kid[AST_K_WSPEC_ORDER]) {
        pr_str(pr, space ? " ORDER BY " : "ORDER BY ");
        pr_order_list(pr, w->kid[AST_K_WSPEC_ORDER]);
        space = true;
    }
    const ast *f = w->kid[AST_K_WSPEC_FRAME];
    static const char *const exclusion[] = {
        [EXCLUDE_NONE] = "", [EXCLUDE_CURRENT_ROW] = " EXCLUDE CURRENT ROW",
        [EXCLUDE_GROUP] = " EXCLUDE GROUP", [EXCLUDE_TIES] = " EXCLUDE TIES",
        [EXCLUDE_NO_OTHERS] = " EXCLUDE NO OTHERS",
    };
    if (f) {
        if (space) pr_char(pr, ' ');
        pr_str(pr, units[f->op]);
        if (f->kid[1]) {
            pr_str(pr, " BETWEEN ");
            pr_frame_bound(pr, f->kid[0]);
            pr_str(pr, " AND ");
            pr_frame_bound(pr, f->kid[1]);
        } else {
            pr_char(pr, ' ');
            pr_frame_bound(pr, f->kid[0]);
        }
        pr_str(pr, exclusion[f->flags]);
    }
}

/*
 * Whether NAME( reads back as this call.  Most names are no keyword and
 * do; a keyword name does only where the grammar has a rule for it that
 * builds this same shape.  Any other call (`cast`(x), written with a space
 * or quotes) gets its name back-quoted, which always reads as a plain call.
 */
static bool call_name_reads_back(const ast *e)
{
    /* Only a word of letters, digits, _ and $ that starts with a letter or _
     * is certain to lex as one word (a name like `my fn` or `1e5` is not). */
    if (e->n == 0 || !((e->str[0] >= 'A' && e->str[0] <= 'Z') || e->str[0] == '_')) return false;
    for (uint32_t i = 0; i < e->n; i++) {
        char c = e->str[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$')) return false;
    }
    const ast *args = e->kid[AST_K_FUNC_ARGS];
    const ast *a0 = ast_first(args);
    uint32_t n = args ? args->n : 0;
    bool keyword_first = a0 && a0->kind == AST_KEYWORD;
    switch (sql_keyword_code(e->str, e->n, true)) {
    case TK_ID:
    case TK_DATE: case TK_TIME: case TK_TIMESTAMP:
    case TK_IF: case TK_LEFT: case TK_RIGHT: case TK_REPLACE: case TK_INSERT: case TK_REPEAT:
    case TK_MOD: case TK_DATABASE: case TK_SCHEMA: case TK_CURRENT_USER: case TK_CURRENT_DATE:
    case TK_CURRENT_TIME: case TK_CURRENT_TIMESTAMP: case TK_LOCALTIME: case TK_LOCALTIMESTAMP:
    case TK_UTC_DATE: case TK_UTC_TIME: case TK_UTC_TIMESTAMP: case TK_ROW_NUMBER: case TK_RANK:
    case TK_DENSE_RANK: case TK_CUME_DIST: case TK_PERCENT_RANK: case TK_NTILE: case TK_LAG:
    case TK_LEAD: case TK_FIRST_VALUE: case TK_LAST_VALUE: case TK_GROUPING:
        return !keyword_first;
    case TK_SUBSTRING: case TK_SUBSTR: return (n == 2 || n == 3) && !e->flags;
    case TK_CHAR: case TK_WEIGHT_STRING: return n >= 1 && !e->flags && !keyword_first;
    case TK_INTERVAL: return n >= 2 && !e->flags;
    case TK_NTH_VALUE: return n == 2 && e->kid[AST_K_FUNC_OVER];
    case TK_EXTRACT: case TK_GET_FORMAT: return n == 2 && keyword_first;
    case TK_TIMESTAMPADD: case TK_TIMESTAMPDIFF: return n == 3 && keyword_first;
    case TK_POSITION: return n == 2 && !keyword_first;
    case TK_DEFAULT: case TK_VALUES: return n == 1 && a0->kind == AST_COLUMN_REF;
    default: return false;
    }
}

static void pr_func(printer *pr, const ast *e)
{
    const char *name = e->str;
    const ast *args = e->kid[AST_K_FUNC_ARGS];
    if (e->kid[AST_K_FUNC_SCHEMA]) {
        pr_ident_node(pr, e->kid[AST_K_FUNC_SCHEMA]);
        pr_char(pr, '.');
        pr_ident(pr, name, e->n);
    }
    /* The special forms below are printed only for calls whose bare name
     * reads back as the same call; a quoted name is a plain call. */
    bool bare = !e->kid[AST_K_FUNC_SCHEMA] && call_name_reads_back(e);
    if (bare) pr_str(pr, name);
    else if (!e->kid[AST_K_FUNC_SCHEMA]) pr_ident(pr, name, e->n);
    pr_char(pr, '(');
    const ast *a0 = ast_first(args);
    if (bare && !strcmp(name, "EXTRACT")) {
        pr_str(pr, a0->str);
        pr_str(pr, " FROM ");
        pr_expr(pr, a0->next, PREC_TOP);
    } else if (bare && !strcmp(name, "WEIGHT_STRING") && a0->next && a0->next->kind == AST_TYPE) {
        pr_expr(pr, a0, PREC_TOP);
        pr_str(pr, " AS ");
        pr_type(pr, a0->next);
    } else if (bare && !strcmp(name, "POSITION")) {
        pr_expr(pr, a0, PREC_BITOR);
        pr_str(pr, " IN ");
        pr_expr(pr, a0->next, PREC_TOP);
    } else {
        if (e->flags & AST_F_COUNT_STAR) pr_char(pr, '*');
        if (e->flags & AST_F_DISTINCT) pr_str(pr, "DISTINCT ");
        pr_expr_list(pr, args);
        if (e->kid[AST_K_FUNC_ORDER]) {
            pr_str(pr, " ORDER BY ");
            pr_order_list(pr, e->kid[AST_K_FUNC_ORDER]);
        }
        if (e->kid[AST_K_FUNC_SEPARATOR]) {
            pr_str(pr, " SEPARATOR ");
            pr_literal(pr, e->kid[AST_K_FUNC_SEPARATOR]);
        }
        if (e->str2) {
            pr_str(pr, " USING ");
            pr_ident(pr, e->str2, strlen(e->str2));
        }
    }
    pr_char(pr, ')');
    if (e->flags & AST_F_FROM_LAST) pr_str(pr, " FROM LAST");
    const ast *over = e->kid[AST_K_FUNC_OVER];
    if (over) {
        if (over->flags & AST_F_IGNORE_NULLS) pr_str(pr, " IGNORE NULLS");
        pr_str(pr, " OVER ");
        if (over->kind == AST_IDENT) {
            pr_ident_node(pr, over);
        } else {
            pr_char(pr, '(');
            pr_window_spec(pr, over);
            pr_char(pr, ')');
        }
    }
}

void pr_type(printer *pr, const ast *t)
{
    JK_ASSERT(t->kind == AST_TYPE);
    pr_str(pr, t->str);
    if (t->kid[AST_K_TYPE_LENGTH]) {
        pr_char(pr, '(');
        pr_node(pr, t->kid[AST_K_TYPE_LENGTH]);
        if (t->kid[AST_K_TYPE_SCALE]) {
            pr_char(pr, ',');
            pr_node(pr, t->kid[AST_K_TYPE_SCALE]);
        }
        pr_char(pr, ')');
    }
    if (t->kid[AST_K_TYPE_VALUES]) {
        pr_char(pr, '(');
        pr_list(pr, t->kid[AST_K_TYPE_VALUES], ",");
        pr_char(pr, ')');
    }
    if (t->flags & AST_F_SIGNED) pr_str(pr, " SIGNED");
    if (t->flags & AST_F_UNSIGNED) pr_str(pr, " UNSIGNED");
    if (t->flags & AST_F_ZEROFILL) pr_str(pr, " ZEROFILL");
    if (t->flags & AST_F_BINARY_ATTR) pr_str(pr, " BINARY");
    if (t->str2) {
        pr_str(pr, " CHARACTER SET ");
        pr_ident(pr, t->str2, strlen(t->str2));
    }
}

static void pr_json_on(printer *pr, const ast *o, const char *when)
{
    static const char *const on[] = { " NULL", " ERROR", " DEFAULT " };
    if (!o) return;
    pr_str(pr, on[o->op]);
    if (o->kid[0]) pr_expr(pr, o->kid[0], PREC_SIMPLE);
    pr_str(pr, when);
}

static void pr_subquery(printer *pr, const ast *q)
{
    pr_char(pr, '(');
    pr_query(pr, q);
    pr_char(pr, ')');
}

/* The operand of an operator, parenthesized when its binding is weaker
 * than the position needs. */
void pr_expr(printer *pr, const ast *e, int min_prec)
{
    JK_ASSERT(e);
    int prec = expr_prec(e);
    bool parens = prec < min_prec;
    if (parens) pr_char(pr, '(');
    switch (e->kind) {
    case AST_LITERAL: pr_literal(pr, e); break;
    case AST_PARAM: pr_char(pr, '?'); break;
    case AST_USER_VAR: pr_char(pr, '@'); pr_ident(pr, e->str, e->n); break;
    case AST_SYS_VAR: pr_sysvar(pr, e); break;
    case AST_COLUMN_REF:
        for (int i = 0; i < 3; i++) {
            if (!e->kid[i]) continue;
            pr_ident_node(pr, e->kid[i]);
            if (i < 2) pr_char(pr, '.');
        }
        break;
    case AST_DEFAULT: pr_str(pr, "DEFAULT"); break;
    case AST_KEYWORD: pr_str(pr, e->str); break;
    case AST_UNARY:
        switch (e->op) {
        case OP_NOT: pr_str(pr, "NOT "); pr_expr(pr, e->kid[0], PREC_NOT); break;
        case OP_BINARY_CAST: pr_str(pr, "BINARY "); pr_expr(pr, e->kid[0], PREC_BINARY); break;
        default: {
            const ast *k = e->kid[0];
            pr_char(pr, e->op == OP_NEG ? '-' : e->op == OP_PLUS ? '+' : '~');
            /* "- -1", not "--1", which other tools read as a comment. */
            if (k->kind == AST_UNARY && k->op != OP_NOT && k->op != OP_BINARY_CAST) pr_char(pr, ' ');
            pr_expr(pr, k, PREC_UNARY);
            break;
        }
        }
        break;
    case AST_BINARY:
        if (e->op == OP_JSON_EXTRACT || e->op == OP_JSON_UNQUOTE) {
            pr_expr(pr, e->kid[0], PREC_SIMPLE);
            pr_str(pr, binary_op_text[e->op]);
            pr_literal(pr, e->kid[1]);
            break;
        }
        if (e->kid[0]->kind == AST_INTERVAL) {
            /* INTERVAL 1 DAY + x: the right side is a simple_expr */
            pr_expr(pr, e->kid[0], PREC_TOP);
            pr_str(pr, " + ");
            pr_expr(pr, e->kid[1], PREC_SIMPLE);
            break;
        }
        pr_expr(pr, e->kid[0], prec);
        pr_char(pr, ' ');
        pr_str(pr, binary_op_text[e->op]);
        pr_char(pr, ' ');
        pr_expr(pr, e->kid[1], prec == PREC_BOOL_PRI ? PREC_PREDICATE : prec + 1);
        break;
    case AST_LOGIC: {
        int i = 0;
        for (const ast *k = ast_first(e->kid[0]); k; k = k->next, i++) {
            if (i) pr_str(pr, e->op == OP_OR ? " OR " : " AND ");
            pr_expr(pr, k, prec + 1);
        }
        break;
    }
    case AST_IS: {
        static const char *const what[] = { "NULL", "TRUE", "FALSE", "UNKNOWN" };
        pr_expr(pr, e->kid[0], PREC_BOOL_PRI);
        pr_str(pr, e->flags & AST_F_NOT ? " IS NOT " : " IS ");
        pr_str(pr, what[e->op]);
        break;
    }
    case AST_BETWEEN:
        pr_expr(pr, e->kid[0], PREC_BITOR);
        pr_str(pr, e->flags & AST_F_NOT ? " NOT BETWEEN " : " BETWEEN ");
        pr_expr(pr, e->kid[1], PREC_BITOR);
        pr_str(pr, " AND ");
        pr_expr(pr, e->kid[2], PREC_PREDICATE);
        break;
    case AST_LIKE:
        pr_expr(pr, e->kid[0], PREC_BITOR);
        if (e->op == OP_SOUNDS_LIKE) {
            pr_str(pr, " SOUNDS LIKE ");
            pr_expr(pr, e->kid[1], PREC_BITOR);
            break;
        }
        if (e->flags & AST_F_NOT) pr_str(pr, " NOT");
        if (e->op == OP_REGEXP) {
            pr_str(pr, " REGEXP ");
            pr_expr(pr, e->kid[1], PREC_BITOR);
            break;
        }
        pr_str(pr, " LIKE ");
        pr_expr(pr, e->kid[1], PREC_SIMPLE);
        if (e->kid[2]) {
            pr_str(pr, " ESCAPE ");
            pr_expr(pr, e->kid[2], PREC_SIMPLE);
        }
        break;
    case AST_IN:
        pr_expr(pr, e->kid[0], PREC_BITOR);
        pr_str(pr, e->flags & AST_F_NOT ? " NOT IN " : " IN ");
        if (e->kid[1]->kind == AST_SUBQUERY) {
            pr_subquery(pr, e->kid[1]->kid[0]);
        } else {
            pr_char(pr, '(');
            pr_expr_list(pr, e->kid[1]);
            pr_char(pr, ')');
        }
        break;
    case AST_MEMBER_OF:
        pr_expr(pr, e->kid[0], PREC_BITOR);
        pr_str(pr, " MEMBER OF (");
        pr_expr(pr, e->kid[1], PREC_SIMPLE);
        pr_char(pr, ')');
        break;
    case AST_QUANTIFIED:
        pr_expr(pr, e->kid[0], PREC_BOOL_PRI);
        pr_char(pr, ' ');
        pr_str(pr, binary_op_text[e->op]);
        pr_str(pr, e->flags & AST_F_ALL ? " ALL " : " ANY ");
        pr_subquery(pr, e->kid[1]->kid[0]);
        break;
    case AST_EXISTS:
        pr_str(pr, "EXISTS ");
        pr_subquery(pr, e->kid[0]->kid[0]);
        break;
    case AST_SUBQUERY: pr_subquery(pr, e->kid[0]); break;
    case AST_ROW:
        if (e->flags & AST_F_ROW_KEYWORD) pr_str(pr, "ROW");
        pr_char(pr, '(');
        pr_expr_list(pr, e->kid[0]);
        pr_char(pr, ')');
        break;
    case AST_CASE:
        pr_str(pr, "CASE");
        if (e->kid[0]) {
            pr_char(pr, ' ');
            pr_expr(pr, e->kid[0], PREC_TOP);
        }
        for (const ast *w = ast_first(e->kid[1]); w; w = w->next) {
            pr_str(pr, " WHEN ");
            pr_expr(pr, w->kid[0], PREC_TOP);
            pr_str(pr, " THEN ");
            pr_expr(pr, w->kid[1], PREC_TOP);
        }
        if (e->kid[2]) {
            pr_str(pr, " ELSE ");
            pr_expr(pr, e->kid[2], PREC_TOP);
        }
        pr_str(pr, " END");
        break;
    case AST_FUNC: pr_func(pr, e); break;
    case AST_CAST:
        pr_str(pr, "CAST(");
        pr_expr(pr, e->kid[0], PREC_TOP);
        if (e->kid[2]) {
            pr_str(pr, e->flags & AST_F_TZ_INTERVAL ? " AT TIME ZONE INTERVAL " : " AT TIME ZONE ");
            pr_literal(pr, e->kid[2]);
        }
        pr_str(pr, " AS ");
        pr_type(pr, e->kid[1]);
        if (e->flags & AST_F_ARRAY) pr_str(pr, " ARRAY");
        pr_char(pr, ')');
        break;
    case AST_JSON_VALUE:
        pr_str(pr, "JSON_VALUE(");
        pr_expr(pr, e->kid[0], PREC_TOP);
        pr_str(pr, ", ");
        pr_expr(pr, e->kid[1], PREC_TOP);
        if (e->kid[2]) {
            pr_str(pr, " RETURNING ");
            pr_type(pr, e->kid[2]);
        }
        pr_json_on(pr, e->kid[3], " ON EMPTY");
        pr_json_on(pr, e->kid[4], " ON ERROR");
        pr_char(pr, ')');
        break;
    case AST_CONVERT_USING:
        pr_str(pr, "CONVERT(");
        pr_expr(pr, e->kid[0], PREC_TOP);
        pr_str(pr, " USING ");
        pr_ident(pr, e->str, e->n);
        pr_char(pr, ')');
        break;
    case AST_COLLATE:
        pr_expr(pr, e->kid[0], PREC_COLLATE);
        pr_str(pr, " COLLATE ");
        pr_ident(pr, e->str, e->n);
        break;
    case AST_INTERVAL:
        pr_str(pr, "INTERVAL ");
        pr_expr(pr, e->kid[0], PREC_TOP);
        pr_char(pr, ' ');
        pr_str(pr, e->str);
        break;
    case AST_TRIM: {
        static const char *const where[] = { "", "BOTH ", "LEADING ", "TRAILING " };
        pr_str(pr, "TRIM(");
        pr_str(pr, where[e->op]);
        if (e->kid[0]) {
            pr_expr(pr, e->kid[0], PREC_TOP);
            pr_char(pr, ' ');
        }
        if (e->kid[0] || e->op != TRIM_DEFAULT) pr_str(pr, "FROM ");
        pr_expr(pr, e->kid[1], PREC_TOP);
        pr_char(pr, ')');
        break;
    }
    case AST_MATCH: {
        static const char *const mode[] = {
            "", " IN NATURAL LANGUAGE MODE", " IN NATURAL LANGUAGE MODE WITH QUERY EXPANSION",
            " IN BOOLEAN MODE", " WITH QUERY EXPANSION",
        };
        pr_str(pr, "MATCH (");
        pr_expr_list(pr, e->kid[0]);
        pr_str(pr, ") AGAINST (");
        pr_expr(pr, e->kid[1], PREC_BITOR);
        pr_str(pr, mode[e->op]);
        pr_char(pr, ')');
        break;
    }
    case AST_ASSIGN_VAR:
        pr_expr(pr, e->kid[0], PREC_SIMPLE);
        pr_str(pr, " := ");
        pr_expr(pr, e->kid[1], PREC_TOP);
        break;
    default:
        pr_node(pr, e);
        break;
    }
    if (parens) pr_char(pr, ')');
}

/* ---------------------------------------------------------------- queries */

static void pr_with(printer *pr, const ast *with)
{
    pr_str(pr, with->flags & AST_F_RECURSIVE ? "WITH RECURSIVE " : "WITH ");
    int i = 0;
    for (const ast *c = ast_first(with->kid[0]); c; c = c->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_ident(pr, c->str, c->n);
        if (c->kid[0]) {
            pr_str(pr, " (");
            pr_ident_list(pr, c->kid[0]);
            pr_char(pr, ')');
        }
        pr_str(pr, " AS ");
        pr_subquery(pr, c->kid[1]);
    }
    pr_char(pr, ' ');
}

void pr_limit(printer *pr, const ast *limit)
{
    pr_str(pr, " LIMIT ");
    /* The written order matters when the values are ? placeholders. */
    if (limit->flags & AST_F_OFFSET_FIRST) {
        pr_expr(pr, limit->kid[1], PREC_SIMPLE);
        pr_str(pr, ", ");
        pr_expr(pr, limit->kid[0], PREC_SIMPLE);
        return;
    }
    pr_expr(pr, limit->kid[0], PREC_SIMPLE);
    if (limit->kid[1]) {
        pr_str(pr, " OFFSET ");
        pr_expr(pr, limit->kid[1], PREC_SIMPLE);
    }
}

static void pr_locking(printer *pr, const ast *list)
{
    for (const ast *l = ast_first(list); l; l = l->next) {
        switch (l->op) {
        case LOCK_FOR_UPDATE: pr_str(pr, " FOR UPDATE"); break;
        case LOCK_FOR_SHARE: pr_str(pr, " FOR SHARE"); break;
        default: pr_str(pr, " LOCK IN SHARE MODE"); break;
        }
        if (l->kid[0]) {
            pr_str(pr, " OF ");
            pr_list(pr, l->kid[0], ", ");
        }
        if (l->flags & AST_F_NOWAIT) pr_str(pr, " NOWAIT");
        if (l->flags & AST_F_SKIP_LOCKED) pr_str(pr, " SKIP LOCKED");
    }
}

static void pr_query_tail(printer *pr, const ast *order, const ast *limit, const ast *locking)
{
    if (order) {
        pr_str(pr, " ORDER BY ");
        pr_order_list(pr, order);
    }
    if (limit) pr_limit(pr, limit);
    if (locking) pr_locking(pr, locking);
}

static void pr_table_refs(printer *pr, const ast *list);

static void pr_jt_columns(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *c = ast_first(list); c; c = c->next, i++) {
        if (i) pr_str(pr, ", ");
        if (c->op == JT_NESTED) {
            pr_str(pr, "NESTED PATH ");
            pr_literal(pr, c->kid[1]);
            pr_str(pr, " COLUMNS (");
            pr_jt_columns(pr, c->kid[4]);
            pr_char(pr, ')');
            continue;
        }
        pr_ident(pr, c->str, c->n);
        if (c->op == JT_ORDINALITY) {
            pr_str(pr, " FOR ORDINALITY");
            continue;
        }
        pr_char(pr, ' ');
        pr_type(pr, c->kid[0]);
        pr_str(pr, c->op == JT_EXISTS ? " EXISTS PATH " : " PATH ");
        pr_literal(pr, c->kid[1]);
        pr_json_on(pr, c->kid[2], " ON EMPTY");
        pr_json_on(pr, c->kid[3], " ON ERROR");
    }
}

void pr_file_options(printer *pr, const ast *list)
{
    static const char *const text[] = {
        [FOPT_FIELDS_TERMINATED] = " TERMINATED BY ", [FOPT_FIELDS_ENCLOSED] = " ENCLOSED BY ",
        [FOPT_FIELDS_ESCAPED] = " ESCAPED BY ", [FOPT_LINES_STARTING] = " STARTING BY ",
        [FOPT_LINES_TERMINATED] = " TERMINATED BY ",
    };
    bool fields = false, lines = false;
    for (const ast *o = ast_first(list); o; o = o->next) {
        bool is_line = o->op == FOPT_LINES_STARTING || o->op == FOPT_LINES_TERMINATED;
        if (!is_line && !fields) pr_str(pr, " FIELDS"), fields = true;
        if (is_line && !lines) pr_str(pr, " LINES"), lines = true;
        if (o->flags & AST_F_OPTIONALLY) pr_str(pr, " OPTIONALLY");
        pr_str(pr, text[o->op]);
        pr_literal(pr, o->kid[0]);
    }
}

static void pr_table_ref(printer *pr, const ast *t, bool right_operand)
{
    switch (t->kind) {
    case AST_TABLE_REF:
        pr_table_name(pr, t->kid[AST_K_TREF_NAME]);
        if (t->kid[AST_K_TREF_PARTITIONS]) {
            pr_str(pr, " PARTITION (");
            pr_ident_list(pr, t->kid[AST_K_TREF_PARTITIONS]);
            pr_char(pr, ')');
        }
        if (t->kid[AST_K_TREF_ASOF]) {
            const ast *when = t->kid[AST_K_TREF_ASOF];
            pr_str(pr, t->op == ASOF_SYSTEM_TIME ? " FOR SYSTEM_TIME AS OF " : " AS OF ");
            /* A TIMESTAMP literal already says TIMESTAMP.  Anything else gets
             * the keyword and parentheses: AS OF TIMESTAMP '...' + x would
             * read back as a TIMESTAMP literal. */
            if (when->kind == AST_LITERAL && when->op == LIT_TIMESTAMP) {
                pr_expr(pr, when, PREC_BITOR);
            } else {
                pr_str(pr, "TIMESTAMP (");
                pr_expr(pr, when, PREC_TOP);
                pr_char(pr, ')');
            }
        }
        if (t->kid[AST_K_TREF_ALIAS]) {
            pr_str(pr, " AS ");
            pr_ident_node(pr, t->kid[AST_K_TREF_ALIAS]);
        }
        for (const ast *h = ast_first(t->kid[AST_K_TREF_HINTS]); h; h = h->next) {
            static const char *const type[] = { " USE INDEX", " FORCE INDEX", " IGNORE INDEX" };
            pr_str(pr, type[h->op]);
            if (h->flags & AST_F_HINT_FOR_JOIN) pr_str(pr, " FOR JOIN");
            if (h->flags & AST_F_HINT_FOR_ORDER_BY) pr_str(pr, " FOR ORDER BY");
            if (h->flags & AST_F_HINT_FOR_GROUP_BY) pr_str(pr, " FOR GROUP BY");
            pr_str(pr, " (");
            pr_ident_list(pr, h->kid[0]);
            pr_char(pr, ')');
        }
        break;
    case AST_DERIVED:
        if (t->flags & AST_F_LATERAL) pr_str(pr, "LATERAL ");
        pr_subquery(pr, t->kid[0]->kid[0]);
        if (t->kid[1]) {
            pr_str(pr, " AS ");
            pr_ident_node(pr, t->kid[1]);
        }
        if (t->kid[2]) {
            pr_str(pr, " (");
            pr_ident_list(pr, t->kid[2]);
            pr_char(pr, ')');
        }
        break;
    case AST_TABLE_LIST:
        pr_char(pr, '(');
        pr_table_refs(pr, t->kid[0]);
        pr_char(pr, ')');
        break;
    case AST_JSON_TABLE:
        pr_str(pr, "JSON_TABLE(");
        pr_expr(pr, t->kid[0], PREC_TOP);
        pr_str(pr, ", ");
        pr_literal(pr, t->kid[1]);
        pr_str(pr, " COLUMNS (");
        pr_jt_columns(pr, t->kid[2]);
        pr_str(pr, "))");
        if (t->kid[3]) {
            pr_str(pr, " AS ");
            pr_ident_node(pr, t->kid[3]);
        }
        break;
    case AST_JOIN: {
        static const char *const join[] = {
            [JOIN_COMMA] = ", ", [JOIN_INNER] = " JOIN ", [JOIN_CROSS] = " CROSS JOIN ",
            [JOIN_STRAIGHT] = " STRAIGHT_JOIN ", [JOIN_LEFT] = " LEFT JOIN ",
            [JOIN_RIGHT] = " RIGHT JOIN ",
        };
        if (right_operand) pr_char(pr, '(');
        pr_table_ref(pr, t->kid[AST_K_JOIN_LEFT], false);
        if (t->flags & AST_F_NATURAL) pr_str(pr, " NATURAL");
        pr_str(pr, join[t->op]);
        pr_table_ref(pr, t->kid[AST_K_JOIN_RIGHT], true);
        if (t->kid[AST_K_JOIN_ON]) {
            pr_str(pr, " ON ");
            pr_expr(pr, t->kid[AST_K_JOIN_ON], PREC_TOP);
        }
        if (t->kid[AST_K_JOIN_USING]) {
            pr_str(pr, " USING (");
            pr_ident_list(pr, t->kid[AST_K_JOIN_USING]);
            pr_char(pr, ')');
        }
        if (right_operand) pr_char(pr, ')');
        break;
    }
    default:
        JK_ASSERT(0);
    }
}

static void pr_table_refs(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *t = ast_first(list); t; t = t->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_table_ref(pr, t, false);
    }
}

static void pr_into(printer *pr, const ast *into)
{
    pr_str(pr, " INTO ");
    if (into->op == INTO_VARS) {
        int k = 0;
        for (const ast *v = ast_first(into->kid[0]); v; v = v->next, k++) {
            if (k) pr_str(pr, ", ");
            if (v->kind == AST_USER_VAR) pr_expr(pr, v, PREC_TOP);
            else pr_ident_node(pr, v);
        }
        return;
    }
    pr_str(pr, into->op == INTO_OUTFILE ? "OUTFILE " : "DUMPFILE ");
    pr_literal(pr, into->kid[0]);
    if (into->str2) {
        pr_str(pr, " CHARACTER SET ");
        pr_ident(pr, into->str2, strlen(into->str2));
    }
    pr_file_options(pr, into->kid[1]);
}

static void pr_select(printer *pr, const ast *s)
{
    static const struct { uint32_t flag; const char *text; } options[] = {
        { AST_F_SELECT_DISTINCT, " DISTINCT" }, { AST_F_HIGH_PRIORITY, " HIGH_PRIORITY" },
        { AST_F_STRAIGHT_JOIN, " STRAIGHT_JOIN" }, { AST_F_SQL_SMALL_RESULT, " SQL_SMALL_RESULT" },
        { AST_F_SQL_BIG_RESULT, " SQL_BIG_RESULT" }, { AST_F_SQL_BUFFER_RESULT, " SQL_BUFFER_RESULT" },
        { AST_F_SQL_NO_CACHE, " SQL_NO_CACHE" }, { AST_F_SQL_CALC_FOUND_ROWS, " SQL_CALC_FOUND_ROWS" },
    };
    pr_str(pr, "SELECT");
    for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++)
        if (s->flags & options[i].flag) pr_str(pr, options[i].text);
    pr_char(pr, ' ');
    int i = 0;
    for (const ast *item = ast_first(s->kid[AST_K_SEL_ITEMS]); item; item = item->next, i++) {
        if (i) pr_str(pr, ", ");
        if (item->kind == AST_STAR) {
            pr_node(pr, item);
            continue;
        }
        pr_expr(pr, item->kid[0], PREC_TOP);
        if (item->kid[1]) {
            pr_str(pr, " AS ");
            pr_ident_node(pr, item->kid[1]);
        }
    }
    if (s->kid[AST_K_SEL_INTO]) pr_into(pr, s->kid[AST_K_SEL_INTO]);
    if (s->kid[AST_K_SEL_FROM]) {
        pr_str(pr, " FROM ");
        pr_table_refs(pr, s->kid[AST_K_SEL_FROM]);
    }
    if (s->kid[AST_K_SEL_WHERE]) {
        pr_str(pr, " WHERE ");
        pr_expr(pr, s->kid[AST_K_SEL_WHERE], PREC_TOP);
    }
    const ast *group = s->kid[AST_K_SEL_GROUP];
    if (group) {
        pr_str(pr, " GROUP BY ");
        pr_expr_list(pr, group->kid[0]);
        if (group->flags & AST_F_ROLLUP) pr_str(pr, " WITH ROLLUP");
    }
    if (s->kid[AST_K_SEL_HAVING]) {
        pr_str(pr, " HAVING ");
        pr_expr(pr, s->kid[AST_K_SEL_HAVING], PREC_TOP);
    }
    if (s->kid[AST_K_SEL_WINDOW]) {
        pr_str(pr, " WINDOW ");
        int k = 0;
        for (const ast *w = ast_first(s->kid[AST_K_SEL_WINDOW]); w; w = w->next, k++) {
            if (k) pr_str(pr, ", ");
            pr_ident(pr, w->str, w->n);
            pr_str(pr, " AS (");
            pr_window_spec(pr, w->kid[0]);
            pr_char(pr, ')');
        }
    }
}

/* Whether a set operand must be parenthesized to come back as the same
 * tree.  A set operation as a later operand always must; as the first
 * operand only when it binds looser (or keeps clauses of its own). */
static bool setop_operand_needs_parens(const ast *parent, const ast *q, bool first)
{
    int w, o, l, k;
    switch (q->kind) {
    case AST_SELECT: w = AST_K_SEL_WITH, o = AST_K_SEL_ORDER, l = AST_K_SEL_LIMIT, k = AST_K_SEL_LOCKING; break;
    case AST_SETOP:
        if (!first || q->kid[AST_K_SETOP_INTO]) return true;
        /* INTERSECT binds tighter than UNION and EXCEPT. */
        if (parent->op == SETOP_INTERSECT && q->op != SETOP_INTERSECT) return true;
        w = AST_K_SETOP_WITH, o = AST_K_SETOP_ORDER, l = AST_K_SETOP_LIMIT, k = AST_K_SETOP_LOCKING;
        break;
    case AST_PAREN_QUERY: return true;
    default: w = AST_K_Q_WITH, o = AST_K_Q_ORDER, l = AST_K_Q_LIMIT, k = AST_K_Q_LOCKING; break;
    }
    if (q->kind == AST_SELECT && q->kid[AST_K_SEL_INTO]) return true;
    return q->kid[w] || q->kid[o] || q->kid[l] || q->kid[k];
}

static void pr_setop_operand(printer *pr, const ast *parent, const ast *q, bool first)
{
    if (setop_operand_needs_parens(parent, q, first)) pr_subquery(pr, q);
    else pr_query(pr, q);
}

void pr_query(printer *pr, const ast *q)
{
    switch (q->kind) {
    case AST_SELECT:
        if (q->kid[AST_K_SEL_WITH]) pr_with(pr, q->kid[AST_K_SEL_WITH]);
        pr_select(pr, q);
        pr_query_tail(pr, q->kid[AST_K_SEL_ORDER], q->kid[AST_K_SEL_LIMIT], q->kid[AST_K_SEL_LOCKING]);
        return;
    case AST_SETOP: {
        static const char *const op[] = { " UNION ", " EXCEPT ", " INTERSECT " };
        if (q->kid[AST_K_SETOP_WITH]) pr_with(pr, q->kid[AST_K_SETOP_WITH]);
        for (const ast *e = ast_first(q->kid[AST_K_SETOP_OPERANDS]); e; e = e->next) {
            bool first = e == ast_first(q->kid[AST_K_SETOP_OPERANDS]);
            if (!first) {
                pr_str(pr, op[q->op]);
                if (q->flags & AST_F_SETOP_ALL) pr_str(pr, "ALL ");
                if (q->flags & AST_F_SETOP_DISTINCT) pr_str(pr, "DISTINCT ");
            }
            pr_setop_operand(pr, q, e, first);
        }
        pr_query_tail(pr, q->kid[AST_K_SETOP_ORDER], q->kid[AST_K_SETOP_LIMIT], NULL);
        /* INTO ends the set operation (before its locking clause), so it
         * reads back as the whole result's, not the last SELECT's. */
        if (q->kid[AST_K_SETOP_INTO]) pr_into(pr, q->kid[AST_K_SETOP_INTO]);
        pr_query_tail(pr, NULL, NULL, q->kid[AST_K_SETOP_LOCKING]);
        return;
    }
    case AST_VALUES:
    case AST_TABLE_STMT:
    case AST_PAREN_QUERY:
        if (q->kid[AST_K_Q_WITH]) pr_with(pr, q->kid[AST_K_Q_WITH]);
        if (q->kind == AST_VALUES) {
            pr_str(pr, "VALUES ");
            pr_list(pr, q->kid[AST_K_Q_BODY], ", ");
        } else if (q->kind == AST_TABLE_STMT) {
            pr_str(pr, "TABLE ");
            pr_table_name(pr, q->kid[AST_K_Q_BODY]);
        } else {
            pr_subquery(pr, q->kid[AST_K_Q_BODY]);
        }
        pr_query_tail(pr, q->kid[AST_K_Q_ORDER], q->kid[AST_K_Q_LIMIT], q->kid[AST_K_Q_LOCKING]);
        return;
    default:
        JK_ASSERT(0);
    }
}

/* ----------------------------------------------------------- data changes */

static void pr_assign_list(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *a = ast_first(list); a; a = a->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_expr(pr, a->kid[0], PREC_SIMPLE);
        pr_str(pr, " = ");
        pr_expr(pr, a->kid[1], PREC_TOP);
    }
}

static void pr_insert(printer *pr, const ast *s)
{
    pr_str(pr, s->flags & AST_F_REPLACE ? "REPLACE" : "INSERT");
    if (s->flags & AST_F_LOW_PRIORITY) pr_str(pr, " LOW_PRIORITY");
    if (s->flags & AST_F_DELAYED) pr_str(pr, " DELAYED");
    if (s->flags & AST_F_INSERT_HIGH_PRIORITY) pr_str(pr, " HIGH_PRIORITY");
    if (s->flags & AST_F_IGNORE) pr_str(pr, " IGNORE");
    pr_str(pr, " INTO ");
    pr_table_name(pr, s->kid[AST_K_INS_TABLE]);
    if (s->kid[AST_K_INS_PARTITIONS]) {
        pr_str(pr, " PARTITION (");
        pr_ident_list(pr, s->kid[AST_K_INS_PARTITIONS]);
        pr_char(pr, ')');
    }
    if (s->kid[AST_K_INS_COLUMNS]) {
        pr_str(pr, " (");
        pr_expr_list(pr, s->kid[AST_K_INS_COLUMNS]);
        pr_char(pr, ')');
    }
    const ast *src = s->kid[AST_K_INS_SOURCE];
    switch (s->op) {
    case INSERT_VALUES: pr_str(pr, " VALUES "); pr_list(pr, src, ", "); break;
    case INSERT_SET: pr_str(pr, " SET "); pr_assign_list(pr, src); break;
    default: pr_char(pr, ' '); pr_query(pr, src); break;
    }
    if (s->kid[AST_K_INS_ALIAS]) {
        pr_str(pr, " AS ");
        pr_ident_node(pr, s->kid[AST_K_INS_ALIAS]);
        if (s->kid[AST_K_INS_ALIAS_COLUMNS]) {
            pr_str(pr, " (");
            pr_ident_list(pr, s->kid[AST_K_INS_ALIAS_COLUMNS]);
            pr_char(pr, ')');
        }
    }
    if (s->kid[AST_K_INS_ON_DUP]) {
        pr_str(pr, " ON DUPLICATE KEY UPDATE ");
        pr_assign_list(pr, s->kid[AST_K_INS_ON_DUP]);
    }
}

static void pr_tail_where_order_limit(printer *pr, const ast *where, const ast *order, const ast *limit)
{
    if (where) {
        pr_str(pr, " WHERE ");
        pr_expr(pr, where, PREC_TOP);
    }
    pr_query_tail(pr, order, limit, NULL);
}

static void pr_update(printer *pr, const ast *s)
{
    if (s->kid[AST_K_UPD_WITH]) pr_with(pr, s->kid[AST_K_UPD_WITH]);
    pr_str(pr, "UPDATE ");
    if (s->flags & AST_F_LOW_PRIORITY) pr_str(pr, "LOW_PRIORITY ");
    if (s->flags & AST_F_IGNORE) pr_str(pr, "IGNORE ");
    pr_table_refs(pr, s->kid[AST_K_UPD_TABLES]);
    pr_str(pr, " SET ");
    pr_assign_list(pr, s->kid[AST_K_UPD_SET]);
    pr_tail_where_order_limit(pr, s->kid[AST_K_UPD_WHERE], s->kid[AST_K_UPD_ORDER], s->kid[AST_K_UPD_LIMIT]);
}

static void pr_delete(printer *pr, const ast *s)
{
    if (s->kid[AST_K_DEL_WITH]) pr_with(pr, s->kid[AST_K_DEL_WITH]);
    pr_str(pr, "DELETE ");
    if (s->flags & AST_F_LOW_PRIORITY) pr_str(pr, "LOW_PRIORITY ");
    if (s->flags & AST_F_QUICK) pr_str(pr, "QUICK ");
    if (s->flags & AST_F_IGNORE) pr_str(pr, "IGNORE ");
    switch (s->op) {
    case DELETE_SINGLE:
        pr_str(pr, "FROM ");
        pr_table_name(pr, ast_first(s->kid[AST_K_DEL_TARGETS]));
        if (s->kid[AST_K_DEL_ALIAS]) {
            pr_str(pr, " AS ");
            pr_ident_node(pr, s->kid[AST_K_DEL_ALIAS]);
        }
        if (s->kid[AST_K_DEL_PARTITIONS]) {
            pr_str(pr, " PARTITION (");
            pr_ident_list(pr, s->kid[AST_K_DEL_PARTITIONS]);
            pr_char(pr, ')');
        }
        break;
    case DELETE_MULTI_FROM:
        pr_list(pr, s->kid[AST_K_DEL_TARGETS], ", ");
        pr_str(pr, " FROM ");
        pr_table_refs(pr, s->kid[AST_K_DEL_TABLES]);
        break;
    default:
        pr_str(pr, "FROM ");
        pr_list(pr, s->kid[AST_K_DEL_TARGETS], ", ");
        pr_str(pr, " USING ");
        pr_table_refs(pr, s->kid[AST_K_DEL_TABLES]);
        break;
    }
    pr_tail_where_order_limit(pr, s->kid[AST_K_DEL_WHERE], s->kid[AST_K_DEL_ORDER], s->kid[AST_K_DEL_LIMIT]);
}

static void pr_load_data(printer *pr, const ast *s)
{
    pr_str(pr, "LOAD DATA");
    if (s->flags & AST_F_LOW_PRIORITY) pr_str(pr, " LOW_PRIORITY");
    if (s->flags & AST_F_CONCURRENT) pr_str(pr, " CONCURRENT");
    if (s->flags & AST_F_LOCAL) pr_str(pr, " LOCAL");
    pr_str(pr, " INFILE ");
    pr_literal(pr, s->kid[AST_K_LOAD_FILE]);
    if (s->flags & AST_F_REPLACE) pr_str(pr, " REPLACE");
    if (s->flags & AST_F_IGNORE) pr_str(pr, " IGNORE");
    pr_str(pr, " INTO TABLE ");
    pr_table_name(pr, s->kid[AST_K_LOAD_TABLE]);
    if (s->kid[AST_K_LOAD_PARTITIONS]) {
        pr_str(pr, " PARTITION (");
        pr_ident_list(pr, s->kid[AST_K_LOAD_PARTITIONS]);
        pr_char(pr, ')');
    }
    if (s->str2) {
        pr_str(pr, " CHARACTER SET ");
        pr_ident(pr, s->str2, strlen(s->str2));
    }
    pr_file_options(pr, s->kid[AST_K_LOAD_OPTIONS]);
    if (s->kid[AST_K_LOAD_IGNORE_LINES]) {
        pr_str(pr, " IGNORE ");
        pr_literal(pr, s->kid[AST_K_LOAD_IGNORE_LINES]);
        pr_str(pr, " LINES");
    }
    if (s->kid[AST_K_LOAD_COLUMNS]) {
        pr_str(pr, " (");
        pr_expr_list(pr, s->kid[AST_K_LOAD_COLUMNS]);
        pr_char(pr, ')');
    }
    if (s->kid[AST_K_LOAD_SET]) {
        pr_str(pr, " SET ");
        pr_assign_list(pr, s->kid[AST_K_LOAD_SET]);
    }
}

/* ------------------------------------------------------------- dispatch */

void pr_node(printer *pr, const ast *node)
{
    JK_ASSERT(node);
    switch (node->kind) {
    case AST_IDENT: pr_ident_node(pr, node); return;
    case AST_TABLE_NAME: pr_table_name(pr, node); return;
    case AST_TYPE: pr_type(pr, node); return;
    case AST_STAR:
        for (int i = 0; i < 2; i++) {
            if (!node->kid[i]) continue;
            pr_ident_node(pr, node->kid[i]);
            pr_char(pr, '.');
        }
        pr_char(pr, '*');
        return;
    case AST_SELECT: case AST_SETOP: case AST_VALUES: case AST_TABLE_STMT: case AST_PAREN_QUERY:
        pr_query(pr, node);
        return;
    case AST_INSERT: pr_insert(pr, node); return;
    case AST_UPDATE: pr_update(pr, node); return;
    case AST_DELETE: pr_delete(pr, node); return;
    case AST_LOAD_DATA: pr_load_data(pr, node); return;
    case AST_TABLE_REF: case AST_DERIVED: case AST_JOIN: case AST_TABLE_LIST: case AST_JSON_TABLE:
        pr_table_ref(pr, node, false);
        return;
    case AST_LIST: pr_list(pr, node, ", "); return;
    case AST_STMT_LIST: pr_list(pr, node, ";\n"); return;
    default:
        if (node->kind < AST_INSERT && node->kind != AST_LIST) {
            pr_expr(pr, node, PREC_TOP);
            return;
        }
        if (pr_ddl_node(pr, node) || pr_admin_node(pr, node)) return;
        JK_ASSERT(!"a kind without a printer");
        pr_str(pr, "/* unprintable */");
    }
}

char *sql_ast_print(jk_arena *arena, const ast *node, size_t *len_out)
{
    printer pr;
    jk_buf_init(&pr.out, 0);
    pr_node(&pr, node);
    char *text = NULL;
    if (!jk_buf_failed(&pr.out)) text = jk_arena_strndup(arena, jk_buf_cstr(&pr.out), pr.out.len);
    if (len_out) *len_out = text ? pr.out.len : 0;
    jk_buf_free(&pr.out);
    return text;
}
