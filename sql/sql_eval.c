/*
 * Text sinks for sql_exec: `mariadb --batch` output and the golden lines of
 * the differential test.  See sql_eval.h.
 */
#include "sql_eval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ast.h"
#include "charset.h"
#include "jimkv/sql.h"
#include "sql_exec.h"

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
    uint32_t n = d->stored;
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

/* ---- the sink ---- */

typedef struct text_sink {
    jk_buf *out;
    sql_eval_format format;
    pl_session *session;
} text_sink;

static void text_columns(void *ctx, const sql_column *cols, uint32_t n)
{
    text_sink *t = ctx;
    if (t->format != SQL_EVAL_BATCH)
        return;
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            jk_buf_putc(t->out, '\t');
        put_escaped(t->out, cols[i].name, cols[i].name_len);
    }
    jk_buf_putc(t->out, '\n');
}

static void text_row(void *ctx, const pl_value *vals, const sql_column *cols, uint32_t n)
{
    text_sink *t = ctx;
    if (t->format == SQL_EVAL_GOLDEN)
        jk_buf_puts(t->out, "= ");
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            jk_buf_putc(t->out, '\t');
        put_value(t->out, &vals[i], &cols[i].type);
    }
    jk_buf_putc(t->out, '\n');
}

static void text_done(void *ctx, const sql_done *done)
{
    text_sink *t = ctx;
    (void)done;
    put_conditions(t->out, &t->session->diag, t->format);
}

static void text_error(void *ctx, int code, const char *sqlstate, const char *message)
{
    text_sink *t = ctx;
    put_error(t->out, code, sqlstate, message, t->format);
}

int sql_eval_text(pl_session *session, jk_arena *arena, const char *text, size_t len, sql_eval_format format,
                  jk_buf *out)
{
    text_sink ts = { out, format, session };
    sql_sink sink = { &ts, text_columns, text_row, text_done, text_error };
    sql_env env = { .session = session, .arena = arena };
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
            failed += sql_exec(&env, s, stmt_text, n, &sink) != 0;
    }
    return failed;
}
