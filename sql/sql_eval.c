/*
 * Table-less statements: SELECT <exprs> [WHERE], DO, SET.  See sql_eval.h.
 */
#include "sql_eval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ast.h"
#include "charset.h"
#include "jimkv/sql.h"
#include "parse.h"
#include "sql_expr.h"
#include "sql_tok.h"

/* ---- output ---- */

static void put_escaped(jk_buf *out, const char *s, size_t n)
{
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        const char *esc = NULL;
        switch (s[i]) {
        case '\0': esc = "\\0"; break;
        case '\t': esc = "\\t"; break;
        case '\n': esc = "\\n"; break;
        case '\\': esc = "\\\\"; break;
        default: continue;
        }
        jk_buf_append(out, s + start, i - start);
        jk_buf_puts(out, esc);
        start = i + 1;
    }
    jk_buf_append(out, s + start, n - start);
}

static void put_value(jk_buf *out, const pl_value *v, const pl_type *t)
{
    if (pl_is_null(v)) {
        jk_buf_puts(out, "NULL");
        return;
    }
    char buf[PL_TEXT_MAX];
    size_t n;
    const char *s = pl_to_text(v, t, buf, &n);
    put_escaped(out, s, n);
}

static void put_conditions(jk_buf *out, const pl_diag *d, sql_eval_format format)
{
    uint32_t n = d->count < PL_WARN_MAX ? d->count : PL_WARN_MAX;
    for (uint32_t i = 0; i < n; i++) {
        const pl_condition *c = &d->cond[i];
        if (format == SQL_EVAL_GOLDEN) {
            /* One line per condition: the message is escaped like values. */
            jk_buf_printf(out, "%c %u ", c->level == PL_LEVEL_NOTE ? 'N' : c->level == PL_LEVEL_WARNING ? 'W' : 'E',
                          (unsigned)c->code);
            put_escaped(out, c->message, strlen(c->message));
            jk_buf_putc(out, '\n');
        } else
            jk_buf_printf(out, "%s %u %s\n",
                          c->level == PL_LEVEL_NOTE ? "Note" : c->level == PL_LEVEL_WARNING ? "Warning" : "Error",
                          (unsigned)c->code, c->message);
    }
}

static void put_error(jk_buf *out, int code, const char *state, const char *msg, sql_eval_format format)
{
    if (format == SQL_EVAL_GOLDEN) {
        jk_buf_printf(out, "E %d ", code);
        put_escaped(out, msg, strlen(msg));
        jk_buf_putc(out, '\n');
    } else
        jk_buf_printf(out, "ERROR %d (%s): %s\n", code, state, msg);
}

/* ---- SELECT ---- */

/* Where each select item's text lies: the SELECT list is split at
 * top-level commas with the tokenizer, up to the first clause keyword. */
typedef struct text_span {
    uint32_t start, end;
} text_span;

static bool ends_select_list(int type)
{
    switch (type) {
    case TK_FROM: case TK_WHERE: case TK_INTO: case TK_GROUP: case TK_HAVING: case TK_ORDER:
    case TK_LIMIT: case TK_WINDOW: case TK_FOR: case TK_LOCK: case TK_UNION: case TK_SEMI:
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
        if (depth == 0 && (t.type == TK_COMMA || ends_select_list(t.type))) {
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

static int run_select(pl_eval_ctx *cx, const ast *sel, const char *text, size_t text_len,
                      sql_eval_format format, jk_buf *out)
{
    static const int unsupported[] = { AST_K_SEL_WITH, AST_K_SEL_INTO, AST_K_SEL_FROM, AST_K_SEL_GROUP,
                                       AST_K_SEL_HAVING, AST_K_SEL_WINDOW, AST_K_SEL_ORDER,
                                       AST_K_SEL_LIMIT, AST_K_SEL_LOCKING };
    for (size_t i = 0; i < sizeof unsupported / sizeof unsupported[0]; i++)
        if (sel->kid[unsupported[i]]) {
            pl_error(cx, 1235, "42000", "This version of JimKV doesn't yet support 'SELECT with tables'");
            return -1;
        }
    const ast *items = sel->kid[AST_K_SEL_ITEMS];
    uint32_t n = items->n;
    pl_expr **exprs = jk_arena_alloc(cx->arena, sizeof(pl_expr *) * n);
    pl_value *vals = jk_arena_alloc(cx->arena, sizeof(pl_value) * n);
    if (!exprs || !vals) {
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
        if (item->kid[0]->kind == AST_STAR) {
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
    if (row) {
        for (i = 0; i < n; i++) {
            pl_eval(exprs[i], cx, &vals[i]);
            if (pl_failed(cx))
                return -1;
        }
    }
    if (format == SQL_EVAL_BATCH) {
        i = 0;
        for (const ast *item = ast_first(items); item; item = item->next, i++) {
            const char *name;
            size_t len;
            item_name(item, &spans[i], text, &name, &len);
            if (i)
                jk_buf_putc(out, '\t');
            put_escaped(out, name, len);
        }
        jk_buf_putc(out, '\n');
    }
    if (row) {
        if (format == SQL_EVAL_GOLDEN)
            jk_buf_puts(out, "= ");
        for (i = 0; i < n; i++) {
            if (i)
                jk_buf_putc(out, '\t');
            put_value(out, &vals[i], &exprs[i]->type);
        }
        jk_buf_putc(out, '\n');
    }
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

static int parse_time_zone(const char *s, size_t n, int32_t *offset)
{
    if (n == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':') {
        int h = (s[1] - '0') * 10 + (s[2] - '0'), m = (s[4] - '0') * 10 + (s[5] - '0');
        if (h > 14 || m > 59 || (h == 14 && m > 0))
            return -1;
        *offset = (h * 3600 + m * 60) * (s[0] == '-' ? -1 : 1);
        return 0;
    }
    if ((n == 6 && !strncasecmp(s, "SYSTEM", 6)) || (n == 3 && !strncasecmp(s, "UTC", 3))) {
        *offset = 0;
        return 0;
    }
    return -1;
}

static int set_sql_mode(pl_eval_ctx *cx, const char *s, size_t n)
{
    static const struct { const char *name; uint32_t bits; } modes[] = {
        { "STRICT_TRANS_TABLES", PL_MODE_STRICT_TRANS_TABLES },
        { "STRICT_ALL_TABLES", PL_MODE_STRICT_ALL_TABLES },
        { "NO_ZERO_DATE", PL_MODE_NO_ZERO_DATE },
        { "NO_ZERO_IN_DATE", PL_MODE_NO_ZERO_IN_DATE },
        { "ERROR_FOR_DIVISION_BY_ZERO", PL_MODE_ERROR_FOR_DIVISION_BY_ZERO },
        { "PIPES_AS_CONCAT", PL_MODE_PIPES_AS_CONCAT },
        { "ONLY_FULL_GROUP_BY", PL_MODE_ONLY_FULL_GROUP_BY },
        { "NO_UNSIGNED_SUBTRACTION", PL_MODE_NO_UNSIGNED_SUBTRACTION },
        { "HIGH_NOT_PRECEDENCE", PL_MODE_HIGH_NOT_PRECEDENCE },
        { "NO_BACKSLASH_ESCAPES", PL_MODE_NO_BACKSLASH_ESCAPES },
        { "ANSI_QUOTES", PL_MODE_ANSI_QUOTES },
        { "REAL_AS_FLOAT", PL_MODE_REAL_AS_FLOAT },
        { "TIME_TRUNCATE_FRACTIONAL", PL_MODE_TIME_TRUNCATE_FRACTIONAL },
        { "NO_ENGINE_SUBSTITUTION", 0 },
        { "NO_AUTO_VALUE_ON_ZERO", 0 },
        { "NO_DIR_IN_CREATE", 0 },
        { "PAD_CHAR_TO_FULL_LENGTH", 0 },
        { "TRADITIONAL", PL_MODE_STRICT_TRANS_TABLES | PL_MODE_STRICT_ALL_TABLES | PL_MODE_NO_ZERO_DATE |
                             PL_MODE_NO_ZERO_IN_DATE | PL_MODE_ERROR_FOR_DIVISION_BY_ZERO },
        { "ANSI", PL_MODE_REAL_AS_FLOAT | PL_MODE_PIPES_AS_CONCAT | PL_MODE_ANSI_QUOTES |
                      PL_MODE_ONLY_FULL_GROUP_BY },
    };
    uint32_t mode = 0;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ',')
            j++;
        bool found = j == i;
        for (size_t k = 0; k < sizeof modes / sizeof modes[0] && !found; k++)
            if (strlen(modes[k].name) == j - i && !strncasecmp(modes[k].name, s + i, j - i)) {
                mode |= modes[k].bits;
                found = true;
            }
        if (!found) {
            pl_error(cx, 1231, "42000", "Variable 'sql_mode' can't be set to the value of '%.*s'", (int)(j - i), s + i);
            return -1;
        }
        i = j + 1;
    }
    cx->session->sql_mode = mode;
    return 0;
}

static int set_names(pl_eval_ctx *cx, const ast *elem)
{
    if (!elem->str) {
        cx->session->collation_connection = PL_COLL_UTF8MB4_0900_AI_CI;
        return 0;
    }
    const pl_collation *c = elem->str2 ? pl_coll_by_name(elem->str2, strlen(elem->str2))
                                       : pl_coll_default_of_charset(elem->str, strlen(elem->str));
    if (!c) {
        if (elem->str2)
            pl_error(cx, 1273, "HY000", "Unknown collation: '%s'", elem->str2);
        else
            pl_error(cx, 1115, "42000", "Unknown character set: '%s'", elem->str);
        return -1;
    }
    cx->session->collation_connection = c->id;
    return 0;
}

static int set_system_var(pl_eval_ctx *cx, const char *name, const ast *value_node)
{
    pl_session *s = cx->session;
    pl_expr *e = NULL;
    pl_value v = pl_null();
    char buf[PL_TEXT_MAX];
    size_t n = 0;
    const char *text = "";
    if (value_node->kind == AST_DEFAULT) {
        text = NULL;
    } else if (value_node->kind == AST_COLUMN_REF && value_node->kid[2] && !value_node->kid[1]) {
        /* SET sql_mode = TRADITIONAL: a bare word is its name. */
        text = value_node->kid[2]->str;
        n = strlen(text);
    } else {
        e = sql_expr_compile(cx, value_node);
        if (!e)
            return -1;
        pl_eval(e, cx, &v);
        if (pl_failed(cx))
            return -1;
        text = pl_to_text(&v, &e->type, buf, &n);
    }
    if (!strcasecmp(name, "timestamp")) {
        if (!text || pl_is_null(&v) || (e && pl_to_double(cx, &v) == 0)) {
            s->timestamp_us = 0;
            return 0;
        }
        double d = pl_to_double(cx, &v);
        s->timestamp_us = (int64_t)(d * 1e6 + (d >= 0 ? 0.5 : -0.5));
        return 0;
    }
    if (!strcasecmp(name, "time_zone")) {
        int32_t off = 0;
        if (text && parse_time_zone(text, n, &off) != 0) {
            pl_error(cx, 1298, "HY000", "Unknown or incorrect time zone: '%.*s'", (int)n, text);
            return -1;
        }
        s->time_zone_offset = off;
        return 0;
    }
    if (!strcasecmp(name, "sql_mode")) {
        if (!text) {
            s->sql_mode = PL_MODE_ONLY_FULL_GROUP_BY | PL_MODE_STRICT_TRANS_TABLES | PL_MODE_NO_ZERO_IN_DATE |
                          PL_MODE_NO_ZERO_DATE | PL_MODE_ERROR_FOR_DIVISION_BY_ZERO;
            return 0;
        }
        return set_sql_mode(cx, text, n);
    }
    if (!strcasecmp(name, "div_precision_increment")) {
        int64_t x = text ? pl_to_int(cx, &v, NULL) : PL_DEC_DIV_INCREMENT_DEFAULT;
        if (x < 0)
            x = 0;
        if (x > 30)
            x = 30;
        s->div_precision_increment = (int)x;
        return 0;
    }
    if (!strcasecmp(name, "collation_connection")) {
        const pl_collation *c = text ? pl_coll_by_name(text, n) : pl_coll_by_id(PL_COLL_UTF8MB4_0900_AI_CI);
        if (!c) {
            pl_error(cx, 1273, "HY000", "Unknown collation: '%.*s'", (int)n, text);
            return -1;
        }
        s->collation_connection = c->id;
        return 0;
    }
    if (!strcasecmp(name, "character_set_connection")) {
        const pl_collation *c = text ? pl_coll_default_of_charset(text, n)
                                     : pl_coll_by_id(PL_COLL_UTF8MB4_0900_AI_CI);
        if (!c) {
            pl_error(cx, 1115, "42000", "Unknown character set: '%.*s'", (int)n, text);
            return -1;
        }
        s->collation_connection = c->id;
        return 0;
    }
    if (!strcasecmp(name, "max_allowed_packet")) {
        pl_error(cx, 1621, "HY000", "SESSION variable 'max_allowed_packet' is read-only. Use SET GLOBAL to assign the value");
        return -1;
    }
    /* Variables that only matter to other layers are accepted as no-ops
     * here; unknown names are an error. */
    static const char *const accepted[] = { "autocommit", "character_set_client", "character_set_results",
                                            "net_write_timeout", "net_read_timeout", "wait_timeout",
                                            "interactive_timeout", "max_error_count", "sql_safe_updates",
                                            "unique_checks", "foreign_key_checks", "transaction_isolation" };
    for (size_t i = 0; i < sizeof accepted / sizeof accepted[0]; i++)
        if (!strcasecmp(name, accepted[i]))
            return 0;
    pl_error(cx, 1193, "HY000", "Unknown system variable '%s'", name);
    return -1;
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
        if (target->op == SCOPE_GLOBAL || target->op == SCOPE_PERSIST || target->op == SCOPE_PERSIST_ONLY) {
            pl_error(cx, 1227, "42000",
                     "Access denied; you need (at least one of) the SUPER or SYSTEM_VARIABLES_ADMIN privilege(s) for this operation");
            return -1;
        }
        if (set_system_var(cx, target->str, value) != 0)
            return -1;
    }
    return 0;
}

/* ---- statements ---- */

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

static int run_statement(pl_session *session, jk_arena *arena, const ast *stmt, const char *text, size_t len,
                         sql_eval_format format, jk_buf *out)
{
    pl_eval_ctx cx;
    pl_diag_clear(&session->diag);
    pl_eval_ctx_init(&cx, session, arena);
    warn_deprecated_tokens(&cx, text, len);
    int rc;
    switch (stmt->kind) {
    case AST_SELECT:
        rc = run_select(&cx, stmt, text, len, format, out);
        break;
    case AST_DO:
        rc = run_do(&cx, stmt);
        break;
    case AST_SET:
        rc = run_set(&cx, stmt);
        break;
    default:
        pl_error(&cx, 1235, "42000", "This version of JimKV doesn't yet support '%s' here",
                 ast_kinds[stmt->kind].name);
        rc = -1;
        break;
    }
    if (rc != 0 || pl_failed(&cx)) {
        put_error(out, cx.error_code, cx.error_sqlstate, cx.error_message, format);
        return 1;
    }
    put_conditions(out, &session->diag, format);
    return 0;
}

int sql_eval_text(pl_session *session, jk_arena *arena, const char *text, size_t len, sql_eval_format format,
                  jk_buf *out)
{
    int failed = 0;
    size_t off = 0;
    while (off < len) {
        size_t consumed;
        size_t n = sql_split_next(text + off, len - off, &consumed);
        const char *stmt_text = text + off;
        off += consumed ? consumed : len - off;
        ast *stmts = NULL;
        sql_error err;
        if (sql_parse(arena, stmt_text, n, &stmts, &err) != 0) {
            put_error(out, err.code, err.sqlstate, err.message, format);
            failed++;
            continue;
        }
        for (const ast *s = ast_first(stmts); s; s = s->next)
            failed += run_statement(session, arena, s, stmt_text, n, format, out);
    }
    return failed;
}
