/*
 * Statement execution for the statements that need no tables.  See
 * sql_exec.h.
 */
#include "sql_exec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "jimkv/sql.h"
#include "parse.h"
#include "sql_expr.h"
#include "sql_exec_internal.h"
#include "sql_sysvar.h"
#include "sql_tok.h"

/* Before the catalog exists no table does: MySQL's 1046 when the name
 * needs the current database and there is none, else 1146. */
static int needs_tables(pl_eval_ctx *cx, const ast *from)
{
    const ast *ref = from && from->kind == AST_LIST ? ast_first(from) : from;
    while (ref && ref->kind == AST_JOIN)
        ref = ref->kid[AST_K_JOIN_LEFT];
    const ast *name = ref && ref->kind == AST_TABLE_REF ? ref->kid[AST_K_TREF_NAME] : NULL;
    if (ref && ref->kind == AST_TABLE_NAME)
        name = ref;
    const char *schema = name && name->kid[0] ? name->kid[0]->str : cx->session->database;
    const char *table = name && name->kid[1] ? name->kid[1]->str : "?";
    if (!schema[0])
        pl_error(cx, 1046, "3D000", "No database selected");
    else
        pl_error(cx, 1146, "42S02", "Table '%s.%s' doesn't exist", schema, table);
    return -1;
}

/* LIMIT's count and offset: integer literals or ? parameters. */
int sql_limit_values(pl_eval_ctx *cx, const ast *limit, int64_t *count, int64_t *offset)
{
    const ast *kids[2] = { limit->kid[0], limit->kid[1] };
    int64_t *outs[2] = { count, offset };
    *offset = 0;
    for (int k = 0; k < 2; k++) {
        if (!kids[k])
            continue;
        pl_expr *e = sql_expr_compile(cx, kids[k]);
        if (!e)
            return -1;
        pl_value v;
        pl_eval(e, cx, &v);
        if (pl_failed(cx))
            return -1;
        if (v.cls != PL_INT) {
            pl_error(cx, 1210, "HY000", "Incorrect arguments to LIMIT");
            return -1;
        }
        *outs[k] = v.i;
    }
    return 0;
}

/* Where each select item's text lies: the SELECT list is split at
 * top-level commas with the tokenizer, up to the first clause keyword. */
typedef struct text_span {
    uint32_t start, end;
} text_span;

static bool ends_select_list(int type)
{
    switch (type) {
    case TK_FROM: case TK_WHERE: case TK_INTO: case TK_GROUP: case TK_HAVING: case TK_ORDER:
    case TK_LIMIT: case TK_WINDOW: case TK_FOR: case TK_LOCK: case TK_UNION: case TK_INTERSECT:
    case TK_EXCEPT: case TK_SEMI:
        return true;
    }
    return false;
}

static bool is_select_option(int type)
{
    switch (type) {
    case TK_DISTINCT: case TK_ALL: case TK_DISTINCTROW: case TK_SQL_CALC_FOUND_ROWS:
    case TK_HIGH_PRIORITY: case TK_STRAIGHT_JOIN: case TK_SQL_SMALL_RESULT: case TK_SQL_BIG_RESULT:
    case TK_SQL_BUFFER_RESULT: case TK_SQL_NO_CACHE:
        return true;
    }
    return false;
}

static void item_spans(const char *text, size_t len, text_span *spans, uint32_t n)
{
    memset(spans, 0, sizeof *spans * n);
    sql_lexer lx;
    sql_lexer_init(&lx, text, len);
    sql_token t;
    do
        t = sql_lex(&lx);
    while (t.type && t.type != TK_SELECT);
    t = sql_lex(&lx);
    while (t.type && is_select_option(t.type))
        t = sql_lex(&lx);
    uint32_t i = 0;
    int depth = 0;
    bool open = false;
    for (; t.type && i < n; t = sql_lex(&lx)) {
        /* A ')' at depth 0 closes a parenthesized query: (SELECT 1) UNION ... */
        if (depth == 0 && (t.type == TK_COMMA || t.type == TK_RP || ends_select_list(t.type))) {
            if (t.type != TK_COMMA)
                break;
            i++;
            open = false;
            continue;
        }
        if (t.type == TK_LP)
            depth++;
        else if (t.type == TK_RP && depth > 0)
            depth--;
        uint32_t at = (uint32_t)(t.z - text);
        if (!open) {
            spans[i].start = at;
            open = true;
        }
        spans[i].end = at + t.n;
    }
}

/* The column name MySQL gives an item: its alias, a string literal's value,
 * else the text as written (at most 256 bytes). */
static void item_name(const ast *item, const text_span *span, const char *text, const char **name,
                      size_t *len)
{
    const ast *alias = item->kid[1], *x = item->kid[0];
    if (alias) {
        *name = alias->str;
        *len = strlen(alias->str);
        return;
    }
    if (x->kind == AST_LITERAL && x->op == LIT_STRING && !x->kid[0]) {
        *name = x->str;
        *len = x->n;
        return;
    }
    *name = text + span->start;
    *len = span->end - span->start;
    if (*len > 256)
        *len = 256;
}

/* Compiles and folds the select list; the item spans give column names. */
static int compile_items(pl_eval_ctx *cx, const ast *sel, const char *text, size_t text_len, pl_expr ***exprs_out,
                         text_span **spans_out)
{
    const ast *items = sel->kid[AST_K_SEL_ITEMS];
    uint32_t n = items->n;
    pl_expr **exprs = jk_arena_alloc(cx->arena, sizeof(pl_expr *) * n);
    if (!exprs) {
        pl_error(cx, 1041, "HY000", "Out of memory.");
        return -1;
    }
    text_span *spans = jk_arena_alloc(cx->arena, sizeof *spans * n);
    if (!spans) {
        pl_error(cx, 1041, "HY000", "Out of memory.");
        return -1;
    }
    item_spans(text, text_len, spans, n);
    uint32_t i = 0;
    for (const ast *item = ast_first(items); item; item = item->next, i++) {
        if (item->kind == AST_STAR) {
            /* SELECT * names no table; SELECT t.* one that is not there. */
            if (item->kid[1])
                pl_error(cx, 1051, "42S02", "Unknown table '%s'", item->kid[1]->str);
            else
                pl_error(cx, 1096, "HY000", "No tables used");
            return -1;
        }
        exprs[i] = sql_expr_compile(cx, item->kid[0]);
        if (!exprs[i])
            return -1;
        /* A CAST's out-of-range warning names the column as written. */
        if (exprs[i]->kind == PL_E_OP && exprs[i]->op == PL_OP_CAST && !item->kid[1])
            exprs[i]->name = jk_arena_strndup(cx->arena, text + spans[i].start, spans[i].end - spans[i].start);
    }
    /* Constant subtrees are computed once, before any row. */
    for (i = 0; i < n; i++) {
        exprs[i] = pl_fold_constants(exprs[i], cx);
        if (pl_failed(cx))
            return -1;
    }
    *exprs_out = exprs;
    *spans_out = spans;
    return 0;
}

/* The result columns of a select list, from its compiled items. */
static sql_column *item_columns(pl_eval_ctx *cx, const ast *items, pl_expr **exprs, const text_span *spans,
                                const char *text)
{
    sql_column *cols = jk_arena_alloc(cx->arena, sizeof *cols * items->n);
    if (!cols) {
        pl_error(cx, 1041, "HY000", "Out of memory.");
        return NULL;
    }
    uint32_t i = 0;
    for (const ast *item = ast_first(items); item; item = item->next, i++) {
        const char *name;
        size_t len;
        item_name(item, &spans[i], text, &name, &len);
        cols[i] = (sql_column){ name, (uint32_t)len, "", "", exprs[i]->type };
    }
    return cols;
}

int sql_select_row(pl_eval_ctx *cx, const ast *sel, const char *text, size_t text_len, sql_column **cols_out,
                   pl_value **vals_out, bool *has_row)
{
    if (sel->kid[AST_K_SEL_FROM])
        return needs_tables(cx, sel->kid[AST_K_SEL_FROM]);
    static const int unsupported[] = { AST_K_SEL_WITH, AST_K_SEL_INTO, AST_K_SEL_GROUP, AST_K_SEL_HAVING,
                                       AST_K_SEL_WINDOW, AST_K_SEL_LOCKING };
    for (size_t i = 0; i < sizeof unsupported / sizeof unsupported[0]; i++)
        if (sel->kid[unsupported[i]]) {
            pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support this clause without tables");
            return -1;
        }
    const ast *items = sel->kid[AST_K_SEL_ITEMS];
    uint32_t n = items->n, i;
    pl_expr **exprs;
    text_span *spans;
    if (compile_items(cx, sel, text, text_len, &exprs, &spans) != 0)
        return -1;
    pl_value *vals = jk_arena_alloc(cx->arena, sizeof(pl_value) * n);
    if (!vals) {
        pl_error(cx, 1041, "HY000", "Out of memory.");
        return -1;
    }
    bool row = true;
    if (sel->kid[AST_K_SEL_WHERE]) {
        pl_expr *w = sql_expr_compile(cx, sel->kid[AST_K_SEL_WHERE]);
        if (!w)
            return -1;
        pl_value wv;
        pl_eval(w, cx, &wv);
        if (pl_failed(cx))
            return -1;
        row = pl_to_bool(cx, &wv) == 1;
    }
    if (row && sel->kid[AST_K_SEL_LIMIT]) {
        /* One row at most: LIMIT 0 or an OFFSET past it leaves none. */
        int64_t count, offset;
        if (sql_limit_values(cx, sel->kid[AST_K_SEL_LIMIT], &count, &offset) != 0)
            return -1;
        row = count > 0 && offset == 0;
    }
    sql_column *cols = item_columns(cx, items, exprs, spans, text);
    if (!cols)
        return -1;
    if (row) {
        for (i = 0; i < n; i++) {
            pl_eval(exprs[i], cx, &vals[i]);
            if (pl_failed(cx))
                return -1;
        }
    }
    *cols_out = cols;
    *vals_out = vals;
    *has_row = row;
    return 0;
}

static int run_select(pl_eval_ctx *cx, const ast *sel, const char *text, size_t text_len, const sql_sink *sink,
                      sql_done *done)
{
    sql_column *cols;
    pl_value *vals;
    bool row;
    if (sql_select_row(cx, sel, text, text_len, &cols, &vals, &row) != 0)
        return -1;
    uint32_t n = sel->kid[AST_K_SEL_ITEMS]->n;
    sink->columns(sink->ctx, cols, n);
    if (row)
        sink->row(sink->ctx, vals, cols, n);
    done->had_result = true;
    return 0;
}

/* ---- DO ---- */

static int run_do(pl_eval_ctx *cx, const ast *stmt)
{
    for (const ast *x = ast_first(stmt->kid[0]); x; x = x->next) {
        pl_expr *e = sql_expr_compile(cx, x);
        if (!e)
            return -1;
        pl_value v;
        pl_eval(e, cx, &v);
        if (pl_failed(cx))
            return -1;
    }
    return 0;
}

/* ---- SET ---- */

static int set_charset_var(pl_eval_ctx *cx, const char *name, const char *value)
{
    pl_value v = pl_str(value, strlen(value), PL_COLL_UTF8MB4_GENERAL_CI);
    pl_type t = pl_type_string((uint32_t)v.len, PL_COLL_UTF8MB4_GENERAL_CI);
    return sql_sysvar_set(cx, name, SQL_SCOPE_SESSION, &v, &t);
}

/* SET NAMES cs [COLLATE c] sets the client, connection and results
 * character sets together; SET CHARACTER SET cs sets the client and results
 * ones and makes the connection use the database's. */
static int set_names(pl_eval_ctx *cx, const ast *elem)
{
    const char *cs = elem->str ? elem->str : "utf8mb4";
    const pl_collation *c = elem->str2 ? pl_coll_by_name(elem->str2, strlen(elem->str2))
                                       : pl_coll_default_of_charset(cs, strlen(cs));
    if (!c) {
        if (elem->str2)
            pl_error(cx, 1273, "HY000", "Unknown collation: '%s'", elem->str2);
        else
            pl_error(cx, 1115, "42000", "Unknown character set: '%s'", cs);
        return -1;
    }
    if (elem->str2 && strcasecmp(c->charset, cs) != 0 && !(strcasecmp(cs, "utf8") == 0 || strcasecmp(cs, "utf8mb3") == 0)) {
        pl_error(cx, 1253, "42000", "COLLATION '%s' is not valid for CHARACTER SET '%s'", c->name, cs);
        return -1;
    }
    if (set_charset_var(cx, "character_set_client", c->charset) != 0 ||
        set_charset_var(cx, "character_set_results", c->charset) != 0)
        return -1;
    if (elem->op == SETCS_NAMES)
        cx->session->collation_connection = c->id;
    else
        cx->session->collation_connection = PL_COLL_UTF8MB4_0900_AI_CI;
    return 0;
}

static int set_system_var(pl_eval_ctx *cx, const ast *target, const ast *value_node)
{
    int scope = target->op == SCOPE_GLOBAL || target->op == SCOPE_PERSIST || target->op == SCOPE_PERSIST_ONLY
                    ? SQL_SCOPE_GLOBAL
                    : SQL_SCOPE_SESSION;
    if (value_node->kind == AST_DEFAULT)
        return sql_sysvar_set(cx, target->str, scope, NULL, NULL);
    pl_value v;
    pl_type t;
    if ((value_node->kind == AST_COLUMN_REF && value_node->kid[2] && !value_node->kid[1]) ||
        value_node->kind == AST_KEYWORD) {
        /* A bare word is its own name: SET sql_mode = TRADITIONAL, SET
         * autocommit = ON. */
        const char *word = value_node->kind == AST_KEYWORD ? value_node->str : value_node->kid[2]->str;
        v = pl_str(word, strlen(word), PL_COLL_UTF8MB4_GENERAL_CI);
        t = pl_type_string((uint32_t)v.len, PL_COLL_UTF8MB4_GENERAL_CI);
    } else {
        pl_expr *e = sql_expr_compile(cx, value_node);
        if (!e)
            return -1;
        pl_eval(e, cx, &v);
        if (pl_failed(cx))
            return -1;
        t = e->type;
    }
    return sql_sysvar_set(cx, target->str, scope, &v, &t);
}

static int run_set(pl_eval_ctx *cx, const ast *stmt)
{
    for (const ast *elem = ast_first(stmt->kid[0]); elem; elem = elem->next) {
        if (elem->kind == AST_SET_CHARSET) {
            if (set_names(cx, elem) != 0)
                return -1;
            continue;
        }
        const ast *target = elem->kid[0], *value = elem->kid[1];
        if (target->kind == AST_USER_VAR) {
            pl_expr *e = sql_expr_compile(cx, value);
            if (!e)
                return -1;
            pl_value v;
            pl_eval(e, cx, &v);
            if (pl_failed(cx))
                return -1;
            if (!pl_session_set_var(cx->session, target->str, strlen(target->str), &v, &e->type)) {
                pl_error(cx, 1041, "HY000", "Out of memory.");
                return -1;
            }
            continue;
        }
        if (set_system_var(cx, target, value) != 0)
            return -1;
    }
    return 0;
}

/* ---- SHOW ---- */

/* A result set built row by row: all columns are strings unless given. */
typedef struct table_out {
    pl_eval_ctx *cx;
    const sql_sink *sink;
    sql_column *cols;
    uint32_t ncols;
    pl_expr *like;       /* LIKE pattern on the first column, or NULL */
    uint16_t like_coll;
    pl_expr *where;      /* WHERE condition over the columns, or NULL */
} table_out;

static int show_like(table_out *t, const ast *show);

/* Starts the result set; a SHOW's LIKE or WHERE (show may be NULL) is
 * compiled first, so that an error in it is the only answer. */
static int table_begin(table_out *t, pl_eval_ctx *cx, const sql_sink *sink, const char *const *names,
                       const pl_type *types, uint32_t n, const ast *show)
{
    t->cx = cx;
    t->sink = sink;
    t->ncols = n;
    t->like = NULL;
    t->where = NULL;
    t->cols = jk_arena_alloc(cx->arena, sizeof *t->cols * n);
    if (!t->cols) {
        pl_error(cx, 1041, "HY000", "Out of memory.");
        return -1;
    }
    for (uint32_t i = 0; i < n; i++) {
        pl_type ty = types ? types[i] : pl_type_string(64, PL_COLL_UTF8MB4_GENERAL_CI);
        t->cols[i] = (sql_column){ names[i], (uint32_t)strlen(names[i]), "", names[i], ty };
    }
    if (show && show_like(t, show) != 0)
        return -1;
    sink->columns(sink->ctx, t->cols, n);
    return 0;
}

static void table_row(table_out *t, const pl_value *vals)
{
    if (t->like && vals[0].cls == PL_STRING) {
        pl_value p;
        pl_eval(t->like, t->cx, &p);
        if (p.cls == PL_STRING && !pl_coll_like(t->like_coll, vals[0].s, vals[0].len, p.s, p.len, '\\'))
            return;
    }
    if (t->where) {
        if (pl_failed(t->cx))
            return; /* an earlier row's condition failed: the statement is over */
        const pl_value *saved = t->cx->row;
        t->cx->row = vals;
        pl_value w;
        pl_eval(t->where, t->cx, &w);
        t->cx->row = saved;
        if (pl_failed(t->cx) || pl_to_bool(t->cx, &w) != 1)
            return;
    }
    t->sink->row(t->sink->ctx, vals, t->cols, t->ncols);
}

static int show_like(table_out *t, const ast *show)
{
    const ast *like = show->kid[AST_K_SHOW_LIKE];
    if (show->kid[AST_K_SHOW_WHERE]) {
        /* The condition names the result's columns (Variable_name, Value). */
        const char **names = jk_arena_alloc(t->cx->arena, sizeof *names * t->ncols);
        pl_type *types = jk_arena_alloc(t->cx->arena, sizeof *types * t->ncols);
        if (!names || !types) {
            pl_error(t->cx, 1041, "HY000", "Out of memory.");
            return -1;
        }
        for (uint32_t i = 0; i < t->ncols; i++) {
            names[i] = t->cols[i].name;
            types[i] = t->cols[i].type;
        }
        sql_columns cols = { t->ncols, names, types, "where clause" };
        t->where = sql_expr_compile_columns(t->cx, show->kid[AST_K_SHOW_WHERE], &cols);
        return t->where ? 0 : -1;
    }
    if (!like)
        return 0;
    t->like = sql_expr_compile(t->cx, like);
    t->like_coll = PL_COLL_UTF8MB4_GENERAL_CI;
    return t->like ? 0 : -1;
}

static void put_variable(void *arg, const char *name, const char *text, size_t len)
{
    table_out *t = arg;
    pl_value vals[2] = { pl_str(name, strlen(name), PL_COLL_UTF8MB4_GENERAL_CI),
                         pl_str(text, len, PL_COLL_UTF8MB4_GENERAL_CI) };
    table_row(t, vals);
}

static void put_status(void *arg, const char *name, const pl_value *v)
{
    table_out *t = arg;
    char buf[PL_TEXT_MAX];
    size_t len;
    const char *text = pl_to_text(v, NULL, buf, &len);
    put_variable(arg, name, text, len);
    (void)t;
}

static void put_process(void *arg, const pl_value *vals) { table_row(arg, vals); }

static int show_conditions(pl_eval_ctx *cx, const ast *show, const sql_sink *sink, sql_done *done)
{
    const pl_diag *d = &cx->session->diag;
    bool errors_only = show->op == SHOW_ERRORS || show->op == SHOW_COUNT_ERRORS;
    uint32_t shown = d->stored;
    if (show->op == SHOW_COUNT_WARNINGS || show->op == SHOW_COUNT_ERRORS) {
        uint64_t n = d->count;
        if (errors_only) {
            n = 0;
            for (uint32_t i = 0; i < shown; i++)
                n += d->cond[i].level == PL_LEVEL_ERROR;
        }
        static const char *const name_w[] = { "@@session.warning_count" }, *const name_e[] = { "@@session.error_count" };
        pl_type ty = pl_type_int(21, true);
        table_out t;
        if (table_begin(&t, cx, sink, errors_only ? name_e : name_w, &ty, 1, NULL) != 0)
            return -1;
        pl_value v = pl_uint64(n);
        table_row(&t, &v);
        done->had_result = true;
        return 0;
    }
    static const char *const names[] = { "Level", "Code", "Message" };
    pl_type types[3] = { pl_type_string(7, PL_COLL_UTF8MB4_GENERAL_CI), pl_type_int(4, true),
                         pl_type_string(512, PL_COLL_UTF8MB4_GENERAL_CI) };
    table_out t;
    if (table_begin(&t, cx, sink, names, types, 3, NULL) != 0)
        return -1;
    for (uint32_t i = 0; i < shown; i++) {
        const pl_condition *c = &d->cond[i];
        if (errors_only && c->level != PL_LEVEL_ERROR)
            continue;
        const char *level = c->level == PL_LEVEL_NOTE ? "Note" : c->level == PL_LEVEL_WARNING ? "Warning" : "Error";
        pl_value vals[3] = { pl_str(level, strlen(level), PL_COLL_UTF8MB4_GENERAL_CI), pl_uint64(c->code),
                             pl_str(c->message, strlen(c->message), PL_COLL_UTF8MB4_GENERAL_CI) };
        table_row(&t, vals);
    }
    done->had_result = true;
    return 0;
}

/* The databases that exist before the catalog does. */
static const char *const builtin_databases[] = { "information_schema", "mysql", "performance_schema", "sys" };

static bool database_exists(const char *name)
{
    for (size_t i = 0; i < sizeof builtin_databases / sizeof builtin_databases[0]; i++)
        if (!strcmp(builtin_databases[i], name))
            return true;
    return false;
}

int sql_use_database(pl_eval_ctx *cx, const char *name)
{
    if (!database_exists(name)) {
        pl_error(cx, 1049, "42000", "Unknown database '%s'", name);
        return -1;
    }
    snprintf(cx->session->database, sizeof cx->session->database, "%s", name);
    return 0;
}

static int run_show(sql_env *env, pl_eval_ctx *cx, const ast *show, const sql_sink *sink, sql_done *done)
{
    table_out t;
    switch (show->op) {
    case SHOW_WARNINGS:
    case SHOW_ERRORS:
    case SHOW_COUNT_WARNINGS:
    case SHOW_COUNT_ERRORS:
        return show_conditions(cx, show, sink, done);
    case SHOW_VARIABLES:
    case SHOW_STATUS: {
        static const char *const names[] = { "Variable_name", "Value" };
        if (table_begin(&t, cx, sink, names, NULL, 2, show) != 0)
            return -1;
        if (show->op == SHOW_VARIABLES)
            sql_sysvar_foreach(cx, show->flags & AST_F_SHOW_GLOBAL, put_variable, &t);
        else if (env->server && env->server->status)
            env->server->status(env->server->ctx, put_status, &t);
        done->had_result = true;
        return 0;
    }
    case SHOW_DATABASES: {
        static const char *const names[] = { "Database" };
        if (table_begin(&t, cx, sink, names, NULL, 1, show) != 0)
            return -1;
        for (size_t i = 0; i < sizeof builtin_databases / sizeof builtin_databases[0]; i++) {
            pl_value v = pl_str(builtin_databases[i], strlen(builtin_databases[i]), PL_COLL_UTF8MB4_GENERAL_CI);
            table_row(&t, &v);
        }
        done->had_result = true;
        return 0;
    }
    case SHOW_PROCESSLIST: {
        static const char *const names[] = { "Id", "User", "Host", "db", "Command", "Time", "State", "Info" };
        pl_type types[8];
        for (int i = 0; i < 8; i++)
            types[i] = pl_type_string(64, PL_COLL_UTF8MB4_GENERAL_CI);
        types[0] = pl_type_int(21, true);
        types[5] = pl_type_int(7, false);
        if (table_begin(&t, cx, sink, names, types, 8, NULL) != 0)
            return -1;
        if (env->server && env->server->processlist)
            env->server->processlist(env->server->ctx, put_process, &t);
        done->had_result = true;
        return 0;
    }
    case SHOW_TABLES:
    case SHOW_TABLE_STATUS:
    case SHOW_COLUMNS:
    case SHOW_INDEX:
    case SHOW_CREATE_TABLE:
        if (!cx->session->database[0] && !show->kid[AST_K_SHOW_DB] &&
            (show->op == SHOW_TABLES || show->op == SHOW_TABLE_STATUS)) {
            pl_error(cx, 1046, "3D000", "No database selected");
            return -1;
        }
        break;
    }
    pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support this SHOW statement");
    return -1;
}

/* BEGIN / START TRANSACTION / COMMIT / ROLLBACK.  Until tables exist a
 * transaction has nothing to keep, so these only track the session's
 * IN_TRANS state that drivers and ORMs read from the OK packet.
 * Savepoints, RELEASE and XA wait for the transaction layer. */
static int run_txn(pl_eval_ctx *cx, const ast *stmt)
{
    switch (stmt->op) {
    case TXN_BEGIN:
    case TXN_START:
        cx->session->in_transaction = true;
        return 0;
    case TXN_COMMIT:
    case TXN_ROLLBACK:
        if (!(stmt->flags & AST_F_TXN_RELEASE)) {
            cx->session->in_transaction = (stmt->flags & AST_F_TXN_CHAIN) != 0;
            return 0;
        }
        pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support '%s'", "COMMIT/ROLLBACK RELEASE");
        return -1;
    default:
        pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support '%s'",
                 stmt->op <= TXN_RELEASE_SAVEPOINT ? "SAVEPOINT" : "XA transactions");
        return -1;
    }
}

static int run_kill(sql_env *env, pl_eval_ctx *cx, const ast *stmt)
{
    pl_expr *e = sql_expr_compile(cx, stmt->kid[0]);
    if (!e)
        return -1;
    pl_value v;
    pl_eval(e, cx, &v);
    if (pl_failed(cx))
        return -1;
    uint64_t id = (uint64_t)pl_to_int(cx, &v, NULL);
    int code = env->server && env->server->kill ? env->server->kill(env->server->ctx, id, stmt->op == KILL_QUERY)
                                                : 1094;
    if (code) {
        pl_error(cx, 1094, "HY000", "Unknown thread id: %llu", (unsigned long long)id);
        return -1;
    }
    return 0;
}

/* MySQL 8 warns about deprecated operator spellings while it parses, so
 * these come before any warning the statement raises when it runs. */
static void warn_deprecated_tokens(pl_eval_ctx *cx, const char *text, size_t len)
{
    sql_lexer lx;
    sql_lexer_init(&lx, text, len);
    for (sql_token t = sql_lex(&lx); t.type; t = sql_lex(&lx)) {
        if (t.type == TK_AND_AND)
            pl_warn(cx, PL_LEVEL_WARNING, 1287,
                    "'&&' is deprecated and will be removed in a future release. Please use AND instead");
        else if (t.type == TK_OR_OR)
            pl_warn(cx, PL_LEVEL_WARNING, 1287,
                    "'|| as a synonym for OR' is deprecated and will be removed in a future release. Please use OR instead");
        else if (t.type == TK_BANG)
            pl_warn(cx, PL_LEVEL_WARNING, 1287,
                    "'!' is deprecated and will be removed in a future release. Please use NOT instead");
    }
}

/* ---- CREATE / ALTER / DROP USER ---- */

static int run_account(sql_env *env, pl_eval_ctx *cx, const ast *stmt)
{
    static const char *const verbs[] = { [ACCOUNT_CREATE_USER] = "CREATE USER", [ACCOUNT_ALTER_USER] = "ALTER USER",
                                         [ACCOUNT_DROP_USER] = "DROP USER" };
    if (stmt->op != ACCOUNT_CREATE_USER && stmt->op != ACCOUNT_ALTER_USER && stmt->op != ACCOUNT_DROP_USER) {
        pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support roles");
        return -1;
    }
    if (!env->server || !env->server->account) {
        pl_error(cx, 1227, "42000", "Access denied; you need (at least one of) the CREATE USER privilege(s) for this operation");
        return -1;
    }
    for (const ast *u = ast_first(stmt->kid[AST_K_ACCT_USERS]); u; u = u->next) {
        if (u->op != USER_NAMED) {
            pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support CURRENT_USER here");
            return -1;
        }
        const ast *auth = u->kid[0];
        const char *password = NULL, *plugin = NULL;
        if (auth && auth->kind == AST_AUTH) {
            if (auth->op == AUTH_RANDOM || auth->op == AUTH_HASH) {
                pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support this IDENTIFIED clause");
                return -1;
            }
            plugin = auth->str;
            password = auth->kid[0] ? auth->kid[0]->str : "";
        }
        bool drop = stmt->op == ACCOUNT_DROP_USER;
        int rc = env->server->account(env->server->ctx, u->str, u->str2, password, plugin,
                                      stmt->op == ACCOUNT_ALTER_USER, drop);
        if (rc == SQL_ACCT_EXISTS && (stmt->flags & AST_F_ACCT_IF_NOT_EXISTS)) {
            pl_warn(cx, PL_LEVEL_NOTE, 3163, "Authorization ID '%s'@'%s' already exists.", u->str, u->str2);
            continue;
        }
        if (rc == SQL_ACCT_MISSING && (stmt->flags & AST_F_ACCT_IF_EXISTS)) {
            pl_warn(cx, PL_LEVEL_NOTE, 3162, "Authorization ID '%s'@'%s' does not exist.", u->str, u->str2);
            continue;
        }
        if (rc == SQL_ACCT_BAD_PLUGIN) {
            pl_error(cx, 1524, "HY000", "Plugin '%s' is not loaded", plugin);
            return -1;
        }
        if (rc == SQL_ACCT_NO_MEMORY) {
            pl_error(cx, 1041, "HY000", "Out of memory.");
            return -1;
        }
        if (rc != SQL_ACCT_OK) {
            pl_error(cx, 1396, "HY000", "Operation %s failed for '%s'@'%s'", verbs[stmt->op], u->str, u->str2);
            return -1;
        }
    }
    return 0;
}

/* ---- PREPARE / EXECUTE / DEALLOCATE PREPARE ---- */

/* SQL-level prepared statements keep their text in the session's variable
 * store under "?ps:name" (no user variable can be named so); EXECUTE parses
 * it again with the USING variables as parameters. */
static void ps_key(const char *name, char *key, size_t cap) { snprintf(key, cap, "?ps:%s", name); }

static int ps_count_params(const ast *node)
{
    if (!node)
        return 0;
    int most = node->kind == AST_PARAM ? (int)node->n + 1 : 0;
    if (node->kind == AST_LIST) {
        for (const ast *e = ast_first(node); e; e = e->next) {
            int k = ps_count_params(e);
            most = k > most ? k : most;
        }
        return most;
    }
    for (uint16_t i = 0; i < node->nkid; i++) {
        int k = ps_count_params(node->kid[i]);
        most = k > most ? k : most;
    }
    return most;
}

static int run_prepared(sql_env *env, pl_eval_ctx *cx, const ast *stmt, const sql_sink *sink, int depth)
{
    char key[128];
    ps_key(stmt->kid[0]->str, key, sizeof key);
    pl_session *session = cx->session;
    if (stmt->op == PS_PREPARE) {
        pl_value text;
        pl_type t;
        const ast *src = stmt->kid[1];
        if (src->kind == AST_USER_VAR) {
            pl_session_get_var(session, src->str, strlen(src->str), &text, &t);
            if (text.cls != PL_STRING) {
                char buf[PL_TEXT_MAX];
                size_t n;
                const char *s2 = pl_to_text(&text, &t, buf, &n);
                text = pl_is_null(&text) ? pl_str("NULL", 4, PL_COLL_UTF8MB4_GENERAL_CI)
                                         : pl_str(jk_arena_strndup(cx->arena, s2, n), n, PL_COLL_UTF8MB4_GENERAL_CI);
            }
        } else {
            text = pl_str(src->str, src->n, PL_COLL_UTF8MB4_GENERAL_CI);
        }
        ast *parsed;
        sql_error err;
        if (sql_parse(cx->arena, text.s, text.len, &parsed, &err) != 0) {
            pl_error(cx, err.code, err.sqlstate, "%s", err.message);
            return -1;
        }
        if (parsed->n != 1) {
            pl_error(cx, 1064, "42000", "You have an error in your SQL syntax; check the manual that corresponds "
                                        "to your MySQL server version for the right syntax to use near '' at line 1");
            return -1;
        }
        t = pl_type_string((uint32_t)text.len, PL_COLL_UTF8MB4_GENERAL_CI);
        if (!pl_session_set_var(session, key, strlen(key), &text, &t)) {
            pl_error(cx, 1041, "HY000", "Out of memory.");
            return -1;
        }
        return 0;
    }
    pl_value text;
    pl_type t;
    if (!pl_session_get_var(session, key, strlen(key), &text, &t) || text.cls != PL_STRING) {
        pl_error(cx, 1243, "HY000", "Unknown prepared statement handler (%s) given to %s", stmt->kid[0]->str,
                 stmt->op == PS_EXECUTE ? "EXECUTE" : "DEALLOCATE PREPARE");
        return -1;
    }
    if (stmt->op == PS_DEALLOCATE) {
        pl_value null = pl_null();
        pl_type nt = pl_type_null();
        pl_session_set_var(session, key, strlen(key), &null, &nt);
        return 0;
    }
    if (depth > 0) {
        pl_error(cx, 1295, "HY000", "This command is not supported in the prepared statement protocol yet");
        return -1;
    }
    char *copy = jk_arena_strndup(cx->arena, text.s, text.len);
    ast *parsed;
    sql_error err;
    if (!copy || sql_parse(cx->arena, copy, text.len, &parsed, &err) != 0) {
        pl_error(cx, 1064, "42000", "%s", copy ? err.message : "Out of memory.");
        return -1;
    }
    const ast *inner = ast_first(parsed);
    int want = ps_count_params(inner);
    int given = stmt->kid[1] ? (int)stmt->kid[1]->n : 0;
    if (want != given) {
        pl_error(cx, 1210, "HY000", "Incorrect arguments to EXECUTE");
        return -1;
    }
    pl_value *vals = want ? jk_arena_alloc(cx->arena, sizeof *vals * (size_t)want) : NULL;
    pl_type *types = want ? jk_arena_alloc(cx->arena, sizeof *types * (size_t)want) : NULL;
    if (want && (!vals || !types)) {
        pl_error(cx, 1041, "HY000", "Out of memory.");
        return -1;
    }
    int i = 0;
    for (const ast *v = ast_first(stmt->kid[1]); v; v = v->next, i++) {
        pl_session_get_var(session, v->str, strlen(v->str), &vals[i], &types[i]);
        /* A parameter is typed by its value: 2.5 is DECIMAL(2,1). */
        if (vals[i].cls == PL_DECIMAL)
            types[i].decimals = vals[i].dec->scale;
    }
    sql_env inner_env = *env;
    inner_env.params = vals;
    inner_env.param_types = types;
    inner_env.nparams = (uint32_t)want;
    /* The inner statement reports through the same sink; its own outcome
     * replaces this one's. */
    return sql_exec(&inner_env, inner, copy, text.len, sink) == 0 ? 1 : 2;
}

static const ast *table_of(const ast *stmt)
{
    switch (stmt->kind) {
    case AST_INSERT: return stmt->kid[AST_K_INS_TABLE];
    case AST_UPDATE: return stmt->kid[AST_K_UPD_TABLES];
    case AST_DELETE: return stmt->kid[AST_K_DEL_TABLES] ? stmt->kid[AST_K_DEL_TABLES] : stmt->kid[AST_K_DEL_TARGETS];
    case AST_LOAD_DATA: return stmt->kid[AST_K_LOAD_TABLE];
    case AST_TABLE_STMT: return stmt->kid[AST_K_Q_BODY];
    default: return NULL;
    }
}

/* Statements JimKV parses but cannot run before tables exist. */
static bool needs_a_table(const ast *stmt)
{
    switch (stmt->kind) {
    case AST_INSERT:
    case AST_UPDATE:
    case AST_DELETE:
    case AST_LOAD_DATA:
    case AST_TABLE_STMT:
        return true;
    default:
        return false;
    }
}

int sql_exec(sql_env *env, const ast *stmt, const char *text, size_t len, const sql_sink *sink)
{
    pl_session *session = env->session;
    bool keeps_diag = stmt->kind == AST_SHOW &&
                      (stmt->op == SHOW_WARNINGS || stmt->op == SHOW_ERRORS || stmt->op == SHOW_COUNT_WARNINGS ||
                       stmt->op == SHOW_COUNT_ERRORS);
    if (!keeps_diag)
        pl_diag_clear(&session->diag);
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, session, env->arena);
    cx.params = env->params;
    cx.param_types = env->param_types;
    cx.nparams = env->nparams;
    warn_deprecated_tokens(&cx, text, len);
    sql_done done = { 0 };
    int rc;
    switch (stmt->kind) {
    case AST_SELECT:
        rc = run_select(&cx, stmt, text, len, sink, &done);
        break;
    case AST_SETOP:
    case AST_PAREN_QUERY:
        rc = sql_run_query(&cx, stmt, text, len, sink, &done);
        break;
    case AST_DO:
        rc = run_do(&cx, stmt);
        break;
    case AST_SET:
        rc = run_set(&cx, stmt);
        break;
    case AST_USE:
        rc = sql_use_database(&cx, stmt->kid[0]->str);
        break;
    case AST_SHOW:
        rc = run_show(env, &cx, stmt, sink, &done);
        break;
    case AST_TXN:
        rc = run_txn(&cx, stmt);
        break;
    case AST_KILL:
        rc = run_kill(env, &cx, stmt);
        break;
    case AST_ACCOUNT:
        rc = run_account(env, &cx, stmt);
        break;
    case AST_PREPARED:
        rc = run_prepared(env, &cx, stmt, sink, env->nparams ? 1 : 0);
        if (rc > 0)
            return rc == 1 ? 0 : -1; /* EXECUTE: the inner statement answered */
        break;
    default:
        rc = needs_a_table(stmt) ? needs_tables(&cx, table_of(stmt)) : -1;
        if (!pl_failed(&cx))
            pl_error(&cx, 1235, "42000", "This version of JimKV doesn't yet support '%s'", ast_kinds[stmt->kind].name);
        break;
    }
    if (rc != 0 || pl_failed(&cx)) {
        if (!keeps_diag) {
            /* The error is also the statement's condition (SHOW ERRORS). */
            pl_diag_clear(&session->diag);
            pl_warn(&cx, PL_LEVEL_ERROR, cx.error_code, "%s", cx.error_message);
        }
        sink->error(sink->ctx, cx.error_code, cx.error_sqlstate, cx.error_message);
        return -1;
    }
    done.warnings = session->diag.count;
    done.last_insert_id = 0;
    sink->done(sink->ctx, &done);
    return 0;
}

int sql_describe(sql_env *env, const ast *stmt, const char *text, size_t len, sql_column **cols, uint32_t *ncols,
                 int *error_code, char *sqlstate, char *message)
{
    *cols = NULL;
    *ncols = 0;
    if (stmt->kind != AST_SELECT || stmt->kid[AST_K_SEL_FROM])
        return 0;
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, env->session, env->arena);
    cx.params = env->params;
    cx.param_types = env->param_types;
    cx.nparams = env->nparams;
    pl_expr **exprs;
    text_span *spans;
    if (compile_items(&cx, stmt, text, len, &exprs, &spans) == 0)
        *cols = item_columns(&cx, stmt->kid[AST_K_SEL_ITEMS], exprs, spans, text);
    if (pl_failed(&cx)) {
        *error_code = cx.error_code;
        memcpy(sqlstate, cx.error_sqlstate, 6);
        snprintf(message, PL_MSG_MAX, "%s", cx.error_message);
        return -1;
    }
    *ncols = stmt->kid[AST_K_SEL_ITEMS]->n;
    return 0;
}
