/*
 * Prepared statements and the binary protocol: COM_STMT_PREPARE, EXECUTE,
 * SEND_LONG_DATA, RESET, CLOSE and FETCH.
 *
 * A prepared statement keeps its text; EXECUTE parses and compiles it again
 * with the parameters' types of that execution (they may change between
 * executions when the client re-binds), runs it through sql_exec and sends
 * rows in the binary protocol.  A plan cache will take the re-parse away;
 * for the statements that need no tables it costs about a microsecond.
 *
 * Cursors.  With CURSOR_TYPE_READ_ONLY, EXECUTE sends only the column
 * definitions (status SERVER_STATUS_CURSOR_EXISTS) and keeps the encoded
 * rows; each COM_STMT_FETCH sends the next ones, and the last batch carries
 * SERVER_STATUS_LAST_ROW_SENT.
 *
 * Long data.  COM_STMT_SEND_LONG_DATA appends to a parameter's buffer; the
 * next EXECUTE takes the parameter's value from it (the execute packet then
 * carries no value for it) and RESET or EXECUTE clears it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jimkv/sql.h"
#include "mysql_conn.h"
#include "mysql_wire.h"

#define SERVER_STATUS_CURSOR_EXISTS 0x0040u
#define SERVER_STATUS_LAST_ROW_SENT 0x0080u
#define CURSOR_TYPE_READ_ONLY 0x01u
#define STMT_MAX_PARAMS 65535

struct mysql_stmt {
    mysql_stmt *next;
    uint32_t id;
    char *text;              /* the statement, owned */
    size_t len;
    jk_arena ast_arena;      /* holds stmt: parsed once, at PREPARE */
    const ast *stmt;
    uint16_t nparams;
    uint16_t ncolumns;
    uint8_t *types;          /* 2 bytes per parameter, as last bound */
    bool types_bound;
    jk_buf *long_data;       /* per parameter */
    bool *has_long_data;
    bool long_data_error;    /* a SEND_LONG_DATA named a parameter it lacks */
    /* An open cursor: rows already encoded as payloads, each prefixed by
     * its 4-byte length. */
    bool cursor_open;
    jk_buf cursor_rows;
    size_t cursor_pos;
};

static mysql_stmt *find_stmt(mysql_conn *m, uint32_t id)
{
    for (mysql_stmt *s = m->stmts; s; s = s->next)
        if (s->id == id)
            return s;
    return NULL;
}

static void free_stmt(mysql_stmt *s)
{
    for (uint16_t i = 0; s->long_data && i < s->nparams; i++)
        jk_buf_free(&s->long_data[i]);
    jk_buf_free(&s->cursor_rows);
    free(s->long_data);
    free(s->has_long_data);
    free(s->types);
    free(s->text);
    jk_arena_free(&s->ast_arena);
    free(s);
}

void mysql_stmt_close_all(mysql_conn *m)
{
    while (m->stmts) {
        mysql_stmt *next = m->stmts->next;
        free_stmt(m->stmts);
        m->stmts = next;
    }
}

static void unknown_stmt(mysql_conn *m, uint32_t id, const char *command)
{
    char msg[128];
    snprintf(msg, sizeof msg, "Unknown prepared statement handler (%u) given to %s", id, command);
    mc_send_err(m, 1243, "HY000", msg);
}

/* The number of ? markers: the parser numbers them from 0 in text order. */
static uint32_t count_params(const ast *node)
{
    if (!node)
        return 0;
    uint32_t most = node->kind == AST_PARAM ? node->n + 1 : 0;
    if (node->kind == AST_LIST) {
        for (const ast *e = ast_first(node); e; e = e->next) {
            uint32_t k = count_params(e);
            most = k > most ? k : most;
        }
        return most;
    }
    for (uint16_t i = 0; i < node->nkid; i++) {
        uint32_t k = count_params(node->kid[i]);
        most = k > most ? k : most;
    }
    return most;
}

static void send_param_definitions(mysql_conn *m, uint16_t n)
{
    pl_type t = pl_type_string(0, PL_COLL_BINARY);
    for (uint16_t i = 0; i < n; i++) {
        mysql_column_payload(&m->pkt, "", "", "", "?", 1, "", &t);
        mc_send_payload(m);
    }
    if (n && !(m->caps & CLIENT_DEPRECATE_EOF)) {
        mysql_eof_payload(&m->pkt, 0, mc_status_flags(m));
        mc_send_payload(m);
    }
}

/* Prepares into a new statement whose tree lives in ast_arena; false
 * (the error sent) leaves the arena to the caller. */
static bool prepare(mysql_conn *m, const char *text, size_t len, jk_arena *ast_arena)
{
    ast *stmts = NULL;
    sql_error err;
    if (sql_parse_tree(ast_arena, &m->arena, text, len, &stmts, &err) != 0) {
        mc_send_err(m, err.code, err.sqlstate, err.message);
        return false;
    }
    if (stmts->n != 1) {
        if (stmts->n == 0) {
            mc_send_err(m, 1065, "42000", "Query was empty");
        } else {
            /* One statement only, as without MULTI_STATEMENTS. */
            sql_syntax_error_at(text, len, sql_text_after_first(text, len), &err);
            mc_send_err(m, err.code, err.sqlstate, err.message);
        }
        return false;
    }
    const ast *stmt = ast_first(stmts);
    uint32_t nparams = count_params(stmt);
    if (nparams > STMT_MAX_PARAMS) {
        mc_send_err(m, 1390, "HY000", "Prepared statement contains too many placeholders");
        return false;
    }
    /* Describe the result with the parameters as strings: their real types
     * only arrive with EXECUTE. */
    pl_type *ptypes = nparams ? jk_arena_alloc(&m->arena, sizeof *ptypes * nparams) : NULL;
    pl_value *pvals = nparams ? jk_arena_alloc(&m->arena, sizeof *pvals * nparams) : NULL;
    if (nparams && (!ptypes || !pvals)) {
        mc_send_err(m, 1041, "HY000", "Out of memory.");
        return false;
    }
    for (uint32_t i = 0; i < nparams; i++) {
        ptypes[i] = pl_type_string(0, m->session.collation_connection);
        pvals[i] = pl_null();
    }
    sql_server_ops ops;
    mc_server_ops(m, &ops);
    sql_env env = { .session = &m->session, .arena = &m->arena, .server = &ops, .params = pvals,
                    .param_types = ptypes, .nparams = nparams };
    sql_column *cols;
    uint32_t ncols;
    int code;
    char state[6], msg[PL_MSG_MAX];
    pl_diag_clear(&m->session.diag);
    if (sql_describe(&env, stmt, text, len, &cols, &ncols, &code, state, msg) != 0) {
        mc_send_err(m, code, state, msg);
        return false;
    }
    mysql_stmt *s = calloc(1, sizeof *s);
    if (!s || !(s->text = malloc(len + 1)) ||
        (nparams && (!(s->types = calloc(nparams, 2)) || !(s->long_data = calloc(nparams, sizeof(jk_buf))) ||
                     !(s->has_long_data = calloc(nparams, sizeof(bool)))))) {
        if (s)
            free_stmt(s);
        mc_send_err(m, 1041, "HY000", "Out of memory.");
        return false;
    }
    memcpy(s->text, text, len);
    s->text[len] = '\0';
    s->len = len;
    s->ast_arena = *ast_arena;
    s->stmt = stmt;
    s->nparams = (uint16_t)nparams;
    s->ncolumns = (uint16_t)ncols;
    for (uint16_t i = 0; i < s->nparams; i++)
        jk_buf_init(&s->long_data[i], m->server->cfg.max_allowed_packet);
    jk_buf_init(&s->cursor_rows, 0);
    s->id = ++m->next_stmt_id;
    s->next = m->stmts;
    m->stmts = s;

    jk_buf_clear(&m->pkt);
    mysql_put_u8(&m->pkt, 0x00);
    mysql_put_u32(&m->pkt, s->id);
    mysql_put_u16(&m->pkt, s->ncolumns);
    mysql_put_u16(&m->pkt, s->nparams);
    mysql_put_u8(&m->pkt, 0);
    mysql_put_u16(&m->pkt, mc_warning_count(m));
    mc_send_payload(m);
    send_param_definitions(m, s->nparams);
    if (ncols) {
        for (uint32_t i = 0; i < ncols; i++) {
            mysql_column_payload(&m->pkt, "", cols[i].table, cols[i].table, cols[i].name, cols[i].name_len,
                                 cols[i].org_name, &cols[i].type);
            mc_send_payload(m);
        }
        if (!(m->caps & CLIENT_DEPRECATE_EOF)) {
            mysql_eof_payload(&m->pkt, 0, mc_status_flags(m));
            mc_send_payload(m);
        }
    }
    return true;
}

void mysql_stmt_prepare(mysql_conn *m, const char *text, size_t len)
{
    jk_arena ast_arena;
    jk_arena_init(&ast_arena, NULL, SQL_PARSE_ARENA_MAX);
    if (!prepare(m, text, len, &ast_arena))
        jk_arena_free(&ast_arena);
}

/* ---- execute ---- */

/* Reads the parameter values of an execute packet into vals/types. */
static bool read_params(mysql_conn *m, mysql_stmt *s, mysql_reader *r, pl_value *vals, pl_type *types,
                        pl_decimal *decs)
{
    uint16_t n = s->nparams;
    const char *nulls = mysql_get_bytes(r, ((size_t)n + 7) / 8);
    uint8_t bound = mysql_get_u8(r);
    if (r->bad)
        return false;
    if (bound) {
        const char *t = mysql_get_bytes(r, (size_t)n * 2);
        if (!t)
            return false;
        memcpy(s->types, t, (size_t)n * 2);
        s->types_bound = true;
    } else if (!s->types_bound) {
        return false;
    }
    for (uint16_t i = 0; i < n; i++) {
        uint8_t type = s->types[2 * i];
        bool is_unsigned = (s->types[2 * i + 1] & 0x80) != 0;
        if (nulls[i / 8] & (1 << (i % 8))) {
            vals[i] = pl_null();
            types[i] = pl_type_null();
            continue;
        }
        if (s->has_long_data[i]) {
            /* Long data replaces the value, which the packet omits. */
            bool binary = type >= PL_F_TINY_BLOB && type <= PL_F_BLOB;
            uint16_t coll = binary ? PL_COLL_BINARY : m->session.collation_connection;
            jk_buf *ld = &s->long_data[i];
            vals[i] = pl_str(ld->data ? ld->data : "", ld->len, coll);
            types[i] = pl_type_string((uint32_t)ld->len, coll);
            continue;
        }
        if (!mysql_decode_param(r, type, is_unsigned, m->session.collation_connection, &decs[i], &vals[i], &types[i]))
            return false;
    }
    return true;
}

/* Result rows of a cursor go to the statement instead of the client. */
typedef struct cursor_sink {
    mysql_conn *m;
    mysql_stmt *s;
    const pl_type **types;
    bool had_result;
} cursor_sink;

static void cursor_columns(void *ctx, const sql_column *cols, uint32_t n)
{
    cursor_sink *cs = ctx;
    mysql_conn *m = cs->m;
    cs->types = jk_arena_alloc(&m->arena, sizeof *cs->types * (n ? n : 1));
    for (uint32_t i = 0; cs->types && i < n; i++)
        cs->types[i] = &cols[i].type;
    jk_buf_clear(&m->pkt);
    mysql_put_lenenc(&m->pkt, n);
    mc_send_payload(m);
    for (uint32_t i = 0; i < n; i++) {
        mysql_column_payload(&m->pkt, "", cols[i].table, cols[i].table, cols[i].name, cols[i].name_len,
                             cols[i].org_name, &cols[i].type);
        mc_send_payload(m);
    }
    /* The client needs the status to learn that a cursor is open, so the
     * EOF is sent even under DEPRECATE_EOF, as MySQL does. */
    mysql_eof_payload(&m->pkt, 0, mc_status_flags(m) | SERVER_STATUS_CURSOR_EXISTS);
    mc_send_payload(m);
    cs->had_result = true;
}

static void cursor_row(void *ctx, const pl_value *vals, const sql_column *cols, uint32_t n)
{
    cursor_sink *cs = ctx;
    (void)cols;
    if (!cs->types)
        return;
    mysql_binary_row_payload(&cs->m->pkt, vals, cs->types, n);
    mysql_put_u32(&cs->s->cursor_rows, (uint32_t)cs->m->pkt.len);
    jk_buf_append(&cs->s->cursor_rows, cs->m->pkt.data, cs->m->pkt.len);
}

static void cursor_done(void *ctx, const sql_done *done)
{
    cursor_sink *cs = ctx;
    if (!done->had_result)
        mc_send_ok(cs->m, done->affected_rows, done->last_insert_id);
}

static void cursor_error(void *ctx, int code, const char *sqlstate, const char *message)
{
    cursor_sink *cs = ctx;
    mc_send_err(cs->m, code, sqlstate, message);
}

void mysql_stmt_execute(mysql_conn *m, const char *arg, size_t len)
{
    mysql_reader r;
    mysql_reader_init(&r, arg, len);
    uint32_t id = mysql_get_u32(&r);
    uint8_t flags = mysql_get_u8(&r);
    mysql_get_u32(&r); /* iteration count: always 1 */
    mysql_stmt *s = r.bad ? NULL : find_stmt(m, id);
    if (!s) {
        unknown_stmt(m, id, "mysqld_stmt_execute");
        return;
    }
    if (s->long_data_error) {
        s->long_data_error = false;
        mc_send_err(m, 1210, "HY000", "Incorrect arguments to mysqld_stmt_execute");
        return;
    }
    uint16_t n = s->nparams;
    pl_value *vals = n ? jk_arena_alloc(&m->arena, sizeof *vals * n) : NULL;
    pl_type *types = n ? jk_arena_alloc(&m->arena, sizeof *types * n) : NULL;
    pl_decimal *decs = n ? jk_arena_alloc(&m->arena, sizeof *decs * n) : NULL;
    if (n && (!vals || !types || !decs)) {
        mc_send_err(m, 1041, "HY000", "Out of memory.");
        return;
    }
    if (n && !read_params(m, s, &r, vals, types, decs)) {
        mc_send_err(m, 1210, "HY000", "Incorrect arguments to mysqld_stmt_execute");
        return;
    }
    mc_set_process_command(m, "Execute", s->text, s->len);
    sql_server_ops ops;
    mc_server_ops(m, &ops);
    sql_env env = { .session = &m->session, .arena = &m->arena, .server = &ops, .params = vals,
                    .param_types = types, .nparams = n };
    jk_buf_clear(&s->cursor_rows);
    s->cursor_pos = 0;
    s->cursor_open = false;
    atomic_fetch_add(&m->server->stat.questions, 1);
    if ((flags & CURSOR_TYPE_READ_ONLY) && s->ncolumns) {
        cursor_sink cs = { m, s, NULL, false };
        sql_sink sink = { &cs, cursor_columns, cursor_row, cursor_done, cursor_error };
        if (sql_exec(&env, s->stmt, s->text, s->len, &sink) == 0 && cs.had_result)
            s->cursor_open = true;
    } else {
        sql_sink sink;
        mc_sink(m, &sink);
        m->binary_rows = true;
        sql_exec(&env, s->stmt, s->text, s->len, &sink);
        m->binary_rows = false;
    }
    for (uint16_t i = 0; i < n; i++) {
        jk_buf_clear(&s->long_data[i]);
        s->has_long_data[i] = false;
    }
}

void mysql_stmt_fetch(mysql_conn *m, const char *arg, size_t len)
{
    mysql_reader r;
    mysql_reader_init(&r, arg, len);
    uint32_t id = mysql_get_u32(&r);
    uint32_t want = mysql_get_u32(&r);
    mysql_stmt *s = r.bad ? NULL : find_stmt(m, id);
    if (!s) {
        unknown_stmt(m, id, "mysqld_stmt_fetch");
        return;
    }
    if (!s->cursor_open) {
        mc_send_err(m, 1421, "HY000", "The statement (0) has no open cursor.");
        return;
    }
    for (uint32_t sent = 0; sent < want && s->cursor_pos < s->cursor_rows.len; sent++) {
        mysql_reader rr;
        mysql_reader_init(&rr, s->cursor_rows.data + s->cursor_pos, s->cursor_rows.len - s->cursor_pos);
        uint32_t plen = mysql_get_u32(&rr);
        jk_buf_clear(&m->pkt);
        jk_buf_append(&m->pkt, s->cursor_rows.data + s->cursor_pos + 4, plen);
        mc_send_payload(m);
        s->cursor_pos += 4 + (size_t)plen;
        mc_maybe_flush(m);
    }
    uint16_t status = mc_status_flags(m) | SERVER_STATUS_CURSOR_EXISTS;
    if (s->cursor_pos >= s->cursor_rows.len) {
        status |= SERVER_STATUS_LAST_ROW_SENT;
        status &= (uint16_t)~SERVER_STATUS_CURSOR_EXISTS;
        s->cursor_open = false;
    }
    if (m->caps & CLIENT_DEPRECATE_EOF)
        mysql_ok_payload(&m->pkt, 0xFE, 0, 0, status, mc_warning_count(m), m->caps);
    else
        mysql_eof_payload(&m->pkt, mc_warning_count(m), status);
    mc_send_payload(m);
}

void mysql_stmt_send_long_data(mysql_conn *m, const char *arg, size_t len)
{
    /* No answer is sent, even for errors: they surface at EXECUTE. */
    mysql_reader r;
    mysql_reader_init(&r, arg, len);
    uint32_t id = mysql_get_u32(&r);
    uint16_t param = mysql_get_u16(&r);
    size_t n;
    const char *data = mysql_get_rest(&r, &n);
    mysql_stmt *s = r.bad ? NULL : find_stmt(m, id);
    if (!s)
        return;
    if (param >= s->nparams) {
        s->long_data_error = true;
        return;
    }
    jk_buf_append(&s->long_data[param], data, n);
    if (jk_buf_failed(&s->long_data[param]))
        s->long_data_error = true;
    s->has_long_data[param] = true;
}

void mysql_stmt_reset(mysql_conn *m, const char *arg, size_t len)
{
    mysql_reader r;
    mysql_reader_init(&r, arg, len);
    uint32_t id = mysql_get_u32(&r);
    mysql_stmt *s = r.bad ? NULL : find_stmt(m, id);
    if (!s) {
        unknown_stmt(m, id, "mysqld_stmt_reset");
        return;
    }
    for (uint16_t i = 0; i < s->nparams; i++) {
        jk_buf_free(&s->long_data[i]);
        jk_buf_init(&s->long_data[i], m->server->cfg.max_allowed_packet);
        s->has_long_data[i] = false;
    }
    s->long_data_error = false;
    jk_buf_clear(&s->cursor_rows);
    s->cursor_open = false;
    mc_send_ok(m, 0, 0);
}

void mysql_stmt_close(mysql_conn *m, const char *arg, size_t len)
{
    mysql_reader r;
    mysql_reader_init(&r, arg, len);
    uint32_t id = mysql_get_u32(&r);
    for (mysql_stmt **p = &m->stmts; !r.bad && *p; p = &(*p)->next) {
        if ((*p)->id == id) {
            mysql_stmt *s = *p;
            *p = s->next;
            free_stmt(s);
            return;
        }
    }
}
