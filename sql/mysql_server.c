/*
 * The MySQL protocol front.  See mysql_server.h.
 *
 * Each connection is one fiber running mysql_connection(): handshake, then
 * a loop reading one command packet and answering it.  The code reads like
 * blocking code; jk_conn_* yield the fiber when the socket is not ready.
 *
 * Output is framed into the connection's `out` buffer and handed to the
 * network layer per command (and whenever it grows past FLUSH_BYTES), so a
 * result set of many rows is sent in large writes.
 */
#include "mysql_server.h"

#include "mysql_conn.h"

#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "ast.h"
#include "jimkv/buf.h"
#include "jimkv/sql.h"
#include "jimkv/version.h"
#include "mysql_wire.h"
#include "sql_exec.h"
#include "sql_exec_internal.h"
#include "sql_sysvar.h"

#define FLUSH_BYTES (64u * 1024u)
#define STMT_ARENA_MAX (256u << 20)

/* ---- output ---- */

void mc_send_payload(mysql_conn *m)
{
    mysql_frame(&m->out, &m->seq, m->pkt.data ? m->pkt.data : "", m->pkt.len);
}

static int64_t write_timeout_ms(const mysql_conn *m) { return (int64_t)m->server->cfg.net_write_timeout_s * 1000; }

void mc_flush_out(mysql_conn *m)
{
    if (m->failed || m->out.len == 0)
        return;
    if (jk_buf_failed(&m->out)) {
        m->failed = true;
        return;
    }
    ssize_t w = jk_conn_write(m->conn, m->out.data, m->out.len, write_timeout_ms(m));
    if (w >= 0)
        w = jk_conn_flush(m->conn, write_timeout_ms(m));
    atomic_fetch_add(&m->server->stat.bytes_sent, m->out.len);
    jk_buf_clear(&m->out);
    if (w < 0)
        m->failed = true;
}

void mc_maybe_flush(mysql_conn *m)
{
    if (m->out.len >= FLUSH_BYTES)
        mc_flush_out(m);
}

uint16_t mc_status_flags(mysql_conn *m)
{
    uint16_t st = 0;
    if (!m->session.autocommit_off)
        st |= SERVER_STATUS_AUTOCOMMIT;
    if (m->session.in_transaction)
        st |= SERVER_STATUS_IN_TRANS;
    if (m->more_results)
        st |= SERVER_MORE_RESULTS_EXISTS;
    if (m->session.sql_mode & PL_MODE_NO_BACKSLASH_ESCAPES)
        st |= SERVER_STATUS_NO_BACKSLASH_ESCAPES;
    return st;
}

uint16_t mc_warning_count(const mysql_conn *m)
{
    return m->session.diag.count > 0xFFFF ? 0xFFFF : (uint16_t)m->session.diag.count;
}

/* ---- session state tracking ---- */

static bool track_setting_on(pl_eval_ctx *cx, const char *name)
{
    char buf[64];
    const char *text;
    size_t len;
    return sql_sysvar_show_text(cx, name, buf, sizeof buf, &text, &len) && len == 2 && !strncmp(text, "ON", 2);
}

/* Appends "name\0value\0" for each variable in session_track_system_variables. */
static void snapshot_tracked_vars(pl_eval_ctx *cx, jk_buf *out)
{
    char list_buf[512], name[65], val_buf[512];
    const char *list, *val;
    size_t list_len, val_len;
    jk_buf_clear(out);
    if (!sql_sysvar_show_text(cx, "session_track_system_variables", list_buf, sizeof list_buf, &list, &list_len))
        return;
    for (size_t i = 0; i < list_len;) {
        size_t j = i;
        while (j < list_len && list[j] != ',')
            j++;
        snprintf(name, sizeof name, "%.*s", (int)(j - i < 64 ? j - i : 64), list + i);
        if (sql_sysvar_show_text(cx, name, val_buf, sizeof val_buf, &val, &val_len)) {
            jk_buf_append(out, name, strlen(name) + 1);
            jk_buf_append(out, val, val_len);
            jk_buf_putc(out, '\0');
        }
        i = j + 1;
    }
}

void mc_track_before_set(mysql_conn *m)
{
    if (!(m->caps & CLIENT_SESSION_TRACK))
        return;
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, &m->session, &m->arena);
    snapshot_tracked_vars(&cx, &m->vars_before);
}

/* The state changes to report in the next OK packet, into `state`. */
static void collect_state_changes(mysql_conn *m, jk_buf *state)
{
    jk_buf_clear(state);
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, &m->session, &m->arena);
    if (m->vars_before.len) {
        jk_buf now;
        jk_buf_init(&now, 0);
        snapshot_tracked_vars(&cx, &now);
        /* Both lists name the same variables in the same order unless the
         * SET changed the list itself; then every value is reported. */
        const char *a = m->vars_before.data, *a_end = a + m->vars_before.len;
        const char *b = now.data, *b_end = b + now.len;
        while (b && b < b_end) {
            const char *name = b, *value = b + strlen(b) + 1;
            size_t value_len = strlen(value);
            bool same = false;
            if (a && a < a_end) {
                const char *old_value = a + strlen(a) + 1;
                same = !strcmp(a, name) && !strcmp(old_value, value);
                a = old_value + strlen(old_value) + 1;
            }
            if (!same)
                mysql_track_variable(state, name, value, value_len);
            b = value + value_len + 1;
        }
        jk_buf_free(&now);
        jk_buf_clear(&m->vars_before);
    }
    if (strcmp(m->tracked_db, m->session.database) != 0) {
        snprintf(m->tracked_db, sizeof m->tracked_db, "%s", m->session.database);
        if (track_setting_on(&cx, "session_track_schema"))
            mysql_track_schema(state, m->session.database);
    }
}

void mc_send_ok(mysql_conn *m, uint64_t affected, uint64_t insert_id)
{
    if (!(m->caps & CLIENT_SESSION_TRACK)) {
        mysql_ok_payload(&m->pkt, 0x00, affected, insert_id, mc_status_flags(m), mc_warning_count(m), m->caps);
    } else {
        jk_buf state;
        jk_buf_init(&state, 0);
        collect_state_changes(m, &state);
        mysql_ok_payload_state(&m->pkt, 0x00, affected, insert_id, mc_status_flags(m), mc_warning_count(m),
                               m->caps, state.data, state.len);
        jk_buf_free(&state);
    }
    mc_send_payload(m);
}

void mc_send_err(mysql_conn *m, int code, const char *sqlstate, const char *message)
{
    mysql_err_payload(&m->pkt, code, sqlstate, message);
    mc_send_payload(m);
}

/* The end of a result set: EOF, or OK with header 0xFE under DEPRECATE_EOF. */
void mc_send_result_end(mysql_conn *m)
{
    if (m->caps & CLIENT_DEPRECATE_EOF)
        mysql_ok_payload(&m->pkt, 0xFE, 0, 0, mc_status_flags(m), mc_warning_count(m), m->caps);
    else
        mysql_eof_payload(&m->pkt, mc_warning_count(m), mc_status_flags(m));
    mc_send_payload(m);
}

/* ---- the sink sql_exec writes to ---- */

static void sink_columns(void *ctx, const sql_column *cols, uint32_t n)
{
    mysql_conn *m = ctx;
    m->cols = cols;
    m->ncols = n;
    m->col_types = jk_arena_alloc(&m->arena, sizeof *m->col_types * (n ? n : 1));
    for (uint32_t i = 0; m->col_types && i < n; i++)
        m->col_types[i] = &cols[i].type;
    jk_buf_clear(&m->pkt);
    mysql_put_lenenc(&m->pkt, n);
    mc_send_payload(m);
    for (uint32_t i = 0; i < n; i++) {
        const char *schema = cols[i].table[0] ? m->session.database : "";
        mysql_column_payload(&m->pkt, schema, cols[i].table, cols[i].table, cols[i].name, cols[i].name_len,
                             cols[i].org_name, &cols[i].type);
        mc_send_payload(m);
    }
    if (!(m->caps & CLIENT_DEPRECATE_EOF)) {
        mysql_eof_payload(&m->pkt, 0, mc_status_flags(m));
        mc_send_payload(m);
    }
}

static void sink_row(void *ctx, const pl_value *vals, const sql_column *cols, uint32_t n)
{
    mysql_conn *m = ctx;
    (void)cols;
    if (!m->col_types)
        return;
    if (m->binary_rows)
        mysql_binary_row_payload(&m->pkt, vals, m->col_types, n);
    else
        mysql_text_row_payload(&m->pkt, vals, m->col_types, n);
    mc_send_payload(m);
    mc_maybe_flush(m);
}

static void sink_done(void *ctx, const sql_done *done)
{
    mysql_conn *m = ctx;
    if (done->had_result)
        mc_send_result_end(m);
    else
        mc_send_ok(m, done->affected_rows, done->last_insert_id);
}

static void sink_error(void *ctx, int code, const char *sqlstate, const char *message)
{
    mc_send_err(ctx, code, sqlstate, message);
}

/* ---- server operations for statements ---- */

typedef struct kill_query {
    uint64_t id;
    bool found;
} kill_query;

static void mark_query_killed(jk_conn *c, void *arg)
{
    kill_query *k = arg;
    mysql_conn *m = jk_conn_data(c);
    if (jk_conn_id(c) != k->id || !m)
        return;
    atomic_store(&m->query_killed, true);
    jk_conn_unpark(c); /* a statement parked in SLEEP() wakes now */
    k->found = true;
}

static int op_kill(void *ctx, uint64_t id, bool query_only)
{
    mysql_server *s = ctx;
    if (!query_only)
        return jk_server_kill(s->net, id) ? 0 : 1094;
    /* KILL QUERY: the statement notices at its next wait (SLEEP) or check. */
    kill_query k = { id, false };
    jk_server_foreach(s->net, mark_query_killed, &k);
    return k.found ? 0 : 1094;
}

typedef struct process_visit {
    void (*row)(void *arg, const pl_value *vals);
    void *arg;
} process_visit;

static void visit_process(jk_conn *c, void *arg)
{
    process_visit *pv = arg;
    mysql_conn *m = jk_conn_data(c);
    if (!m)
        return;
    char user[33], host[64], db[65], info[101];
    const char *command;
    time_t start;
    pthread_mutex_lock(&m->lock);
    memcpy(user, m->user, sizeof user);
    memcpy(host, m->host, sizeof host);
    memcpy(db, m->db, sizeof db);
    memcpy(info, m->info, sizeof info);
    command = m->command;
    start = m->command_start;
    pthread_mutex_unlock(&m->lock);
    uint16_t coll = PL_COLL_UTF8MB4_GENERAL_CI;
    pl_value vals[8] = {
        pl_uint64(jk_conn_id(c)), pl_str(user, strlen(user), coll), pl_str(host, strlen(host), coll),
        db[0] ? pl_str(db, strlen(db), coll) : pl_null(), pl_str(command, strlen(command), coll),
        pl_int64((int64_t)(time(NULL) - start)), pl_str("", 0, coll),
        info[0] ? pl_str(info, strlen(info), coll) : pl_null(),
    };
    pv->row(pv->arg, vals);
}

static void op_processlist(void *ctx, void (*row)(void *arg, const pl_value *vals), void *arg)
{
    mysql_server *s = ctx;
    process_visit pv = { row, arg };
    jk_server_foreach(s->net, visit_process, &pv);
}

static const char *const com_names[COM_N_COUNT] = {
    "Com_admin_commands", "Com_alter_user", "Com_begin", "Com_change_db", "Com_commit", "Com_create_user",
    "Com_dealloc_sql", "Com_do", "Com_drop_user", "Com_execute_sql", "Com_kill", "Com_prepare_sql",
    "Com_rollback", "Com_select", "Com_set_option", "Com_show_databases", "Com_show_errors",
    "Com_show_processlist", "Com_show_status", "Com_show_variables", "Com_show_warnings", "Com_stmt_close",
    "Com_stmt_execute", "Com_stmt_fetch", "Com_stmt_prepare", "Com_stmt_reset", "Com_stmt_send_long_data",
};

/* The Com_* counter of a statement, or COM_N_COUNT for none. */
static com_counter com_of(const ast *s)
{
    switch (s->kind) {
    case AST_SELECT:
    case AST_SETOP:
    case AST_PAREN_QUERY:
        return COM_N_SELECT;
    case AST_SET:
        return COM_N_SET_OPTION;
    case AST_USE:
        return COM_N_CHANGE_DB;
    case AST_DO:
        return COM_N_DO;
    case AST_KILL:
        return COM_N_KILL;
    case AST_TXN:
        return s->op == TXN_BEGIN || s->op == TXN_START ? COM_N_BEGIN
               : s->op == TXN_COMMIT                    ? COM_N_COMMIT
               : s->op == TXN_ROLLBACK                  ? COM_N_ROLLBACK
                                                        : COM_N_COUNT;
    case AST_PREPARED:
        return s->op == PS_PREPARE ? COM_N_PREPARE_SQL : s->op == PS_EXECUTE ? COM_N_EXECUTE_SQL : COM_N_DEALLOC_SQL;
    case AST_ACCOUNT:
        return s->op == ACCOUNT_CREATE_USER ? COM_N_CREATE_USER
               : s->op == ACCOUNT_DROP_USER ? COM_N_DROP_USER
               : s->op == ACCOUNT_ALTER_USER ? COM_N_ALTER_USER
                                             : COM_N_COUNT;
    case AST_SHOW:
        switch (s->op) {
        case SHOW_DATABASES: return COM_N_SHOW_DATABASES;
        case SHOW_ERRORS: case SHOW_COUNT_ERRORS: return COM_N_SHOW_ERRORS;
        case SHOW_WARNINGS: case SHOW_COUNT_WARNINGS: return COM_N_SHOW_WARNINGS;
        case SHOW_PROCESSLIST: return COM_N_SHOW_PROCESSLIST;
        case SHOW_STATUS: return COM_N_SHOW_STATUS;
        case SHOW_VARIABLES: return COM_N_SHOW_VARIABLES;
        default: return COM_N_COUNT;
        }
    default:
        return COM_N_COUNT;
    }
}

void mc_count(mysql_conn *m, int which)
{
    if (which >= 0 && which < COM_N_COUNT)
        atomic_fetch_add_explicit(&m->server->stat.com[which], 1, memory_order_relaxed);
}

static void op_status(void *ctx, void (*put)(void *arg, const char *name, const pl_value *v), void *arg)
{
    mysql_server *s = ctx;
    /* In name order, as MySQL lists them. */
    struct { const char *name; uint64_t v; } head[] = {
        { "Aborted_connects", atomic_load(&s->stat.aborted_connects) },
        { "Bytes_received", atomic_load(&s->stat.bytes_received) },
        { "Bytes_sent", atomic_load(&s->stat.bytes_sent) },
    }, tail[] = {
        { "Connections", atomic_load(&s->stat.connections) },
        { "Max_used_connections", jk_server_connection_count(s->net) },
        { "Queries", atomic_load(&s->stat.questions) },
        { "Questions", atomic_load(&s->stat.questions) },
        { "Threads_connected", jk_server_connection_count(s->net) },
        { "Threads_running", 1 },
        { "Uptime", (uint64_t)(time(NULL) - s->started) },
    };
    for (size_t i = 0; i < sizeof head / sizeof head[0]; i++) {
        pl_value v = pl_uint64(head[i].v);
        put(arg, head[i].name, &v);
    }
    for (size_t i = 0; i < COM_N_COUNT; i++) {
        pl_value v = pl_uint64(atomic_load(&s->stat.com[i]));
        put(arg, com_names[i], &v);
    }
    for (size_t i = 0; i < sizeof tail / sizeof tail[0]; i++) {
        pl_value v = pl_uint64(tail[i].v);
        put(arg, tail[i].name, &v);
    }
}

/* ---- reading packets ---- */

static int64_t read_timeout_ms(const mysql_conn *m) { return (int64_t)m->server->cfg.net_read_timeout_s * 1000; }

#define DRAIN_MAX_BYTES (64u << 20)
#define IDLE_BUF_KEEP_BYTES 4096u

static void shrink_buf(jk_buf *b)
{
    if (b->cap > IDLE_BUF_KEEP_BYTES) {
        size_t limit = b->limit;
        jk_buf_free(b);
        jk_buf_init(b, limit);
    }
}

/* What an idle connection keeps: its state, the arena's first chunk and
 * small buffers. */
static void trim_idle(mysql_conn *m)
{
    jk_arena_trim(&m->arena);
    shrink_buf(&m->in);
    shrink_buf(&m->pkt);
    shrink_buf(&m->out);
}

/* Discards the rest of a packet whose current piece has `len` bytes to
 * come, following 16 MB continuation pieces, up to DRAIN_MAX_BYTES. */
static void drain_packet(mysql_conn *m, uint32_t len)
{
    char sink[4096];
    uint64_t drained = 0;
    for (;;) {
        for (uint32_t left = len; left > 0;) {
            uint32_t n = left < sizeof sink ? left : (uint32_t)sizeof sink;
            if (drained + n > DRAIN_MAX_BYTES || jk_conn_read_full(m->conn, sink, n, read_timeout_ms(m)) < 0)
                return;
            left -= n;
            drained += n;
        }
        if (len < MYSQL_MAX_PAYLOAD)
            return;
        unsigned char hdr[4];
        if (jk_conn_read_full(m->conn, hdr, 4, read_timeout_ms(m)) < 0)
            return;
        len = hdr[0] | (uint32_t)hdr[1] << 8 | (uint32_t)hdr[2] << 16;
        m->seq = (uint8_t)(hdr[3] + 1);
    }
}

/* Reads one logical packet (joining 16 MB pieces) into m->in.  Returns 0,
 * 1 when the idle timeout expired before it began, or -1 (connection over:
 * closed, killed, malformed or too big -- the error is already sent). */
static int read_packet(mysql_conn *m, int64_t first_timeout_ms)
{
    jk_buf_clear(&m->in);
    uint64_t limit = m->server->cfg.max_allowed_packet;
    bool first = true;
    for (;;) {
        unsigned char hdr[4];
        ssize_t r;
        if (first) {
            r = jk_conn_read(m->conn, hdr, 4, 0);
            if (r == JK_NET_TIMEOUT) {
                /* The client is thinking: give back what the last command
                 * grew before waiting, perhaps for hours. */
                trim_idle(m);
                r = jk_conn_read(m->conn, hdr, 4, first_timeout_ms);
                if (r == JK_NET_TIMEOUT)
                    return 1;
            }
            if (r > 0 && r < 4)
                r = jk_conn_read_full(m->conn, hdr + r, 4 - (size_t)r, read_timeout_ms(m));
        } else {
            r = jk_conn_read_full(m->conn, hdr, 4, read_timeout_ms(m));
        }
        if (r < 0)
            return -1;
        uint32_t len = hdr[0] | (uint32_t)hdr[1] << 8 | (uint32_t)hdr[2] << 16;
        if (hdr[3] != m->seq) {
            mc_send_err(m, 1156, "08S01", "Got packets out of order");
            mc_flush_out(m);
            return -1;
        }
        m->seq++;
        if (m->in.len + len > limit) {
            /* Read what the client is still sending before answering, or
             * closing on unread data would reset the connection and the
             * client would never see the error. */
            drain_packet(m, len);
            mc_send_err(m, 1153, "08S01", "Got a packet bigger than 'max_allowed_packet' bytes");
            mc_flush_out(m);
            return -1;
        }
        size_t at = m->in.len;
        jk_buf_reserve(&m->in, at + len);
        if (jk_buf_failed(&m->in))
            return -1;
        if (len && jk_conn_read_full(m->conn, m->in.data + at, len, read_timeout_ms(m)) < 0)
            return -1;
        m->in.len = at + len;
        atomic_fetch_add(&m->server->stat.bytes_received, (uint64_t)len + 4);
        first = false;
        if (len < MYSQL_MAX_PAYLOAD)
            return 0;
    }
}

/* ---- handshake ---- */

#define SERVER_CAPS                                                                                        \
    (CLIENT_LONG_PASSWORD | CLIENT_FOUND_ROWS | CLIENT_LONG_FLAG | CLIENT_CONNECT_WITH_DB | CLIENT_NO_SCHEMA | \
     CLIENT_ODBC | CLIENT_IGNORE_SPACE | CLIENT_PROTOCOL_41 | CLIENT_INTERACTIVE | CLIENT_IGNORE_SIGPIPE |     \
     CLIENT_TRANSACTIONS | CLIENT_RESERVED | CLIENT_SECURE_CONNECTION | CLIENT_MULTI_STATEMENTS |               \
     CLIENT_MULTI_RESULTS | CLIENT_PS_MULTI_RESULTS | CLIENT_PLUGIN_AUTH | CLIENT_CONNECT_ATTRS |               \
     CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA | CLIENT_CAN_HANDLE_EXPIRED_PASSWORDS | CLIENT_SESSION_TRACK |       \
     CLIENT_DEPRECATE_EOF)


static void send_handshake(mysql_conn *m)
{
    uint32_t caps = SERVER_CAPS | (m->server->cfg.tls ? CLIENT_SSL : 0);
    jk_buf *b = &m->pkt;
    jk_buf_clear(b);
    mysql_put_u8(b, 10);
    mysql_put_cstr(b, JIMKV_SERVER_VERSION);
    mysql_put_u32(b, (uint32_t)jk_conn_id(m->conn));
    jk_buf_append(b, m->nonce, 8);
    mysql_put_u8(b, 0);
    mysql_put_u16(b, (uint16_t)caps);
    mysql_put_u8(b, PL_COLL_UTF8MB4_0900_AI_CI);
    mysql_put_u16(b, SERVER_STATUS_AUTOCOMMIT);
    mysql_put_u16(b, (uint16_t)(caps >> 16));
    mysql_put_u8(b, MYSQL_NONCE_LEN + 1);
    jk_buf_append(b, "\0\0\0\0\0\0\0\0\0\0", 10);
    jk_buf_append(b, m->nonce + 8, MYSQL_NONCE_LEN - 8);
    mysql_put_u8(b, 0);
    mysql_put_cstr(b, mysql_native_plugin);
    mc_send_payload(m);
    mc_flush_out(m);
}

static void set_process_user(mysql_conn *m, const char *user, size_t n)
{
    pthread_mutex_lock(&m->lock);
    snprintf(m->user, sizeof m->user, "%.*s", (int)n, user);
    pthread_mutex_unlock(&m->lock);
}

static void set_process_db(mysql_conn *m)
{
    pthread_mutex_lock(&m->lock);
    snprintf(m->db, sizeof m->db, "%s", m->session.database);
    pthread_mutex_unlock(&m->lock);
}

static void peer_ip(const mysql_conn *m, char *ip, size_t cap)
{
    const char *peer = jk_conn_peer(m->conn);
    const char *colon = strrchr(peer, ':');
    size_t n = colon ? (size_t)(colon - peer) : strlen(peer);
    if (n && peer[0] == '[')
        peer++, n -= 2;
    snprintf(ip, cap, "%.*s", (int)n, peer);
}

/* Sends a request of the authentication exchange and reads the answer
 * into m->in; false when the connection failed. */
static bool auth_exchange(mysql_conn *m)
{
    mc_send_payload(m);
    mc_flush_out(m);
    return !m->failed && read_packet(m, (int64_t)m->server->cfg.connect_timeout_s * 1000) == 0;
}

/* AuthMoreData: 0x01 and the plugin's data. */
static void put_more_data(mysql_conn *m, const void *data, size_t n)
{
    jk_buf_clear(&m->pkt);
    mysql_put_u8(&m->pkt, 0x01);
    jk_buf_append(&m->pkt, data, n);
}

/* caching_sha2_password after the client's scramble: the fast path when
 * the account is cached, else the full exchange -- the clear password over
 * TLS, or over plain TCP encrypted with the server's RSA key, which the
 * client may ask for first. */
static bool sha2_login(mysql_conn *m, const mysql_account *acct, const char *answer, size_t answer_len)
{
    mysql_accounts *accts = m->server->cfg.accounts;
    if (mysql_sha2_fast_check(accts, acct, m->nonce, answer, answer_len)) {
        const uint8_t fast_ok = 0x03;
        put_more_data(m, &fast_ok, 1);
        mc_send_payload(m);
        return true;
    }
    if (acct->empty_password)
        return false;
    const uint8_t full = 0x04;
    put_more_data(m, &full, 1);
    if (!auth_exchange(m))
        return false;
    if (jk_conn_is_tls(m->conn)) {
        size_t n = strnlen(m->in.data ? m->in.data : "", m->in.len);
        return mysql_sha2_full_check(accts, acct, m->in.data, n);
    }
    const mysql_tls *tls = m->server->cfg.tls;
    if (!tls)
        return false;
    if (m->in.len == 1 && m->in.data[0] == 0x02) {
        size_t pem_len;
        const char *pem = mysql_tls_public_key_pem(tls, &pem_len);
        put_more_data(m, pem, pem_len);
        if (!auth_exchange(m))
            return false;
    }
    unsigned char plain[1024];
    int n = mysql_tls_rsa_decrypt(tls, m->in.data, m->in.len, plain, sizeof plain);
    if (n <= 0)
        return false;
    /* The client XORed the password (with its NUL) with the nonce. */
    for (int i = 0; i < n; i++)
        plain[i] ^= m->nonce[i % MYSQL_NONCE_LEN];
    size_t len = strnlen((const char *)plain, (size_t)n);
    return mysql_sha2_full_check(accts, acct, (const char *)plain, len);
}

/* Checks user and answer; on failure sends 1045 and returns false.  When
 * the client answered for another plugin than the account's, asks it to
 * switch first. */
static bool authenticate(mysql_conn *m, const char *user, size_t user_len, const char *plugin, size_t plugin_len,
                         const char *answer, size_t answer_len)
{
    char ip[64];
    peer_ip(m, ip, sizeof ip);
    mysql_account acct;
    bool found = mysql_accounts_find(m->server->cfg.accounts, user, user_len, ip, &acct);
    bool ok = false;
    if (found) {
        bool same = plugin_len == strlen(acct.plugin) && !memcmp(plugin, acct.plugin, plugin_len);
        if (plugin_len && !same) {
            /* AuthSwitchRequest: the account's plugin with a fresh nonce. */
            mysql_auth_nonce(m->nonce);
            jk_buf_clear(&m->pkt);
            mysql_put_u8(&m->pkt, 0xFE);
            mysql_put_cstr(&m->pkt, acct.plugin);
            jk_buf_append(&m->pkt, m->nonce, MYSQL_NONCE_LEN);
            mysql_put_u8(&m->pkt, 0);
            if (!auth_exchange(m))
                return false;
            answer = m->in.data ? m->in.data : "";
            answer_len = m->in.len;
        }
        if (!strcmp(acct.plugin, mysql_native_plugin))
            ok = mysql_native_check(&acct, m->nonce, answer, answer_len);
        else
            ok = sha2_login(m, &acct, answer, answer_len);
    }
    if (!ok) {
        if (m->failed)
            return false;
        char msg[256];
        snprintf(msg, sizeof msg, "Access denied for user '%.*s'@'%s' (using password: %s)", (int)user_len, user,
                 ip[0] ? ip : "localhost", answer_len ? "YES" : "NO");
        mc_send_err(m, 1045, "28000", msg);
        mc_flush_out(m);
        atomic_fetch_add(&m->server->stat.aborted_connects, 1);
        return false;
    }
    set_process_user(m, user, user_len);
    snprintf(m->session.user, sizeof m->session.user, "%.*s@%s", (int)user_len, user, ip[0] ? ip : "localhost");
    snprintf(m->session.current_user, sizeof m->session.current_user, "%s@%.*s", acct.user,
             (int)(sizeof m->session.current_user - sizeof acct.user - 1), acct.host);
    return true;
}

static bool handshake(mysql_conn *m)
{
    int64_t timeout = (int64_t)m->server->cfg.connect_timeout_s * 1000;
    mysql_auth_nonce(m->nonce);
    send_handshake(m);
    if (m->failed || read_packet(m, timeout) != 0)
        return false;
    mysql_reader r;
    mysql_reader_init(&r, m->in.data, m->in.len);
    uint32_t client = mysql_get_u32(&r);
    if (r.bad || !(client & CLIENT_PROTOCOL_41)) {
        mc_send_err(m, 1043, "08S01", "Bad handshake");
        mc_flush_out(m);
        return false;
    }
    if ((client & CLIENT_SSL) && m->in.len == 32) {
        if (!m->server->cfg.tls || jk_conn_start_tls(m->conn, mysql_tls_ctx(m->server->cfg.tls), timeout) != 0)
            return false;
        if (read_packet(m, timeout) != 0)
            return false;
        mysql_reader_init(&r, m->in.data, m->in.len);
        client = mysql_get_u32(&r);
    } else if (m->server->cfg.require_secure_transport) {
        mc_send_err(m, 3159, "HY000", "Connections using insecure transport are prohibited while --require_secure_transport=ON.");
        mc_flush_out(m);
        return false;
    }
    m->caps = client & (SERVER_CAPS | (m->server->cfg.tls ? CLIENT_SSL : 0));
    mysql_get_u32(&r); /* max packet size: the server's own limit applies */
    uint8_t charset = mysql_get_u8(&r);
    mysql_get_bytes(&r, 23);
    size_t user_len, answer_len = 0, db_len = 0, plugin_len = 0;
    const char *user = mysql_get_cstr(&r, &user_len);
    const char *answer;
    if (m->caps & CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA) {
        answer = mysql_get_lenenc_str(&r, &answer_len);
    } else if (m->caps & CLIENT_SECURE_CONNECTION) {
        answer_len = mysql_get_u8(&r);
        answer = mysql_get_bytes(&r, answer_len);
    } else {
        answer = mysql_get_cstr(&r, &answer_len);
    }
    const char *db = "";
    if ((m->caps & CLIENT_CONNECT_WITH_DB) && mysql_left(&r))
        db = mysql_get_cstr(&r, &db_len);
    const char *plugin = "";
    if ((m->caps & CLIENT_PLUGIN_AUTH) && mysql_left(&r))
        plugin = mysql_get_cstr(&r, &plugin_len);
    /* Connection attributes (CLIENT_CONNECT_ATTRS) are not used yet. */
    if (r.bad || !answer) {
        mc_send_err(m, 1043, "08S01", "Bad handshake");
        mc_flush_out(m);
        return false;
    }
    /* Copy what the AuthSwitch exchange would overwrite in m->in. */
    char user_copy[64], db_copy[65];
    snprintf(user_copy, sizeof user_copy, "%.*s", (int)(user_len < 63 ? user_len : 63), user);
    snprintf(db_copy, sizeof db_copy, "%.*s", (int)(db_len < 64 ? db_len : 64), db);
    char answer_copy[64];
    size_t acopy = answer_len < sizeof answer_copy ? answer_len : sizeof answer_copy;
    memcpy(answer_copy, answer, acopy);
    if (!authenticate(m, user_copy, strlen(user_copy), plugin, plugin_len, answer_copy, acopy))
        return false;
    const pl_collation *c = pl_coll_by_id(charset);
    if (c)
        m->session.collation_connection = c->id;
    if (db_copy[0]) {
        pl_eval_ctx cx;
        pl_eval_ctx_init(&cx, &m->session, &m->arena);
        if (sql_use_database(&cx, db_copy) != 0) {
            mc_send_err(m, cx.error_code, cx.error_sqlstate, cx.error_message);
            mc_flush_out(m);
            return false;
        }
        set_process_db(m);
    }
    /* The login's schema is the starting point, not a change to report. */
    snprintf(m->tracked_db, sizeof m->tracked_db, "%s", m->session.database);
    mc_send_ok(m, 0, 0);
    mc_flush_out(m);
    return !m->failed;
}

/* ---- commands ---- */

void mc_set_process_command(mysql_conn *m, const char *command, const char *info, size_t info_len)
{
    pthread_mutex_lock(&m->lock);
    m->command = command;
    m->command_start = time(NULL);
    /* Every command passes here twice: a copy, not a formatted print. */
    size_t n = info ? (info_len < sizeof m->info - 1 ? info_len : sizeof m->info - 1) : 0;
    if (n)
        memcpy(m->info, info, n);
    m->info[n] = '\0';
    pthread_mutex_unlock(&m->lock);
}

void mc_sink(mysql_conn *m, sql_sink *sink) { *sink = (sql_sink){ m, sink_columns, sink_row, sink_done, sink_error }; }

static int op_account(void *ctx, const char *user, const char *host, const char *password, const char *plugin,
                      bool exists, bool drop)
{
    mysql_server *s = ctx;
    /* The lookup is by exact name and host, as account names are. */
    bool found = false;
    pthread_mutex_lock(&s->cfg.accounts->lock);
    for (size_t i = 0; i < s->cfg.accounts->count && !found; i++)
        found = !strcmp(s->cfg.accounts->list[i].user, user) && !strcasecmp(s->cfg.accounts->list[i].host, host);
    pthread_mutex_unlock(&s->cfg.accounts->lock);
    if (drop)
        return mysql_accounts_remove(s->cfg.accounts, user, host) ? SQL_ACCT_OK : SQL_ACCT_MISSING;
    if (found != exists)
        return found ? SQL_ACCT_EXISTS : SQL_ACCT_MISSING;
    if (plugin && strcmp(plugin, mysql_native_plugin) != 0 && strcmp(plugin, mysql_sha2_plugin) != 0)
        return SQL_ACCT_BAD_PLUGIN;
    return mysql_accounts_add(s->cfg.accounts, user, host, password, plugin) ? SQL_ACCT_OK : SQL_ACCT_NO_MEMORY;
}

void mc_server_ops(mysql_conn *m, sql_server_ops *ops)
{
    *ops = (sql_server_ops){ m->server, op_kill, op_processlist, op_status, op_account };
}

/* A statement that failed to parse is the condition SHOW ERRORS reports. */
static void send_parse_error(mysql_conn *m, const sql_error *err)
{
    pl_diag_clear(&m->session.diag);
    pl_diag_add(&m->session.diag, PL_LEVEL_ERROR, err->code, err->message);
    mc_send_err(m, err->code, err->sqlstate, err->message);
}

/* Runs each statement of a COM_QUERY in turn, one result per statement
 * (MORE_RESULTS_EXISTS on all but the last), and stops at the first
 * error, as MySQL does. */
static void com_query(mysql_conn *m, const char *text, size_t len)
{
    sql_server_ops ops;
    mc_server_ops(m, &ops);
    sql_env env = { .session = &m->session, .arena = &m->arena, .server = &ops };
    sql_sink sink;
    mc_sink(m, &sink);
    mc_set_process_command(m, "Query", text, len);
    sql_error err;
    size_t off = sql_statement_start(text, len);
    if (off == len) {
        mc_send_err(m, 1065, "42000", "Query was empty");
        return;
    }
    if (!(m->caps & CLIENT_MULTI_STATEMENTS)) {
        /* Without the flag the whole text is one statement, so a second
         * one is a syntax error and nothing runs. */
        size_t second = sql_text_after_first(text, len);
        if (second < len) {
            sql_syntax_error_at(text, len, second, &err);
            send_parse_error(m, &err);
            return;
        }
    }
    while (off < len) {
        size_t consumed;
        const char *stmt_text = text + off;
        size_t n = sql_split_next(stmt_text, len - off, &consumed);
        ast *stmts = NULL;
        jk_arena_reset(&m->arena);
        if (sql_parse(&m->arena, stmt_text, n, &stmts, &err) != 0) {
            /* MySQL's parser sees the rest of the buffer, so its "near"
             * text runs on into the statements after this one. */
            ast *all;
            sql_error whole;
            jk_arena_reset(&m->arena);
            if (err.code == 1064 && sql_parse(&m->arena, stmt_text, len - off, &all, &whole) != 0 && whole.code == 1064)
                err = whole;
            send_parse_error(m, &err);
            return;
        }
        off += consumed ? consumed : len - off;
        off += sql_statement_start(text + off, len - off);
        bool last = off == len;
        for (const ast *s = ast_first(stmts); s; s = s->next) {
            m->more_results = !last || s->next;
            if (s->kind == AST_SET)
                mc_track_before_set(m);
            atomic_fetch_add(&m->server->stat.questions, 1);
            mc_count(m, com_of(s));
            int rc = sql_exec(&env, s, stmt_text, n, &sink);
            m->more_results = false;
            if (rc != 0 || m->failed)
                return;
            mc_maybe_flush(m);
        }
        set_process_db(m);
    }
}

static void com_init_db(mysql_conn *m, const char *name, size_t len)
{
    char db[65];
    snprintf(db, sizeof db, "%.*s", (int)(len < 64 ? len : 64), name);
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, &m->session, &m->arena);
    if (sql_use_database(&cx, db) != 0) {
        mc_send_err(m, cx.error_code, cx.error_sqlstate, cx.error_message);
        return;
    }
    set_process_db(m);
    snprintf(m->tracked_db, sizeof m->tracked_db, "%s", m->session.database);
    mc_send_ok(m, 0, 0);
}

static void com_statistics(mysql_conn *m)
{
    mysql_server *s = m->server;
    uint64_t up = (uint64_t)(time(NULL) - s->started), q = atomic_load(&s->stat.questions);
    jk_buf_clear(&m->pkt);
    jk_buf_printf(&m->pkt,
                  "Uptime: %llu  Threads: %u  Questions: %llu  Slow queries: 0  Opens: 0  Flush tables: 0  "
                  "Open tables: 0  Queries per second avg: %.3f",
                  (unsigned long long)up, jk_server_connection_count(s->net), (unsigned long long)q,
                  up ? (double)q / (double)up : 0.0);
    mc_send_payload(m);
}

/* SLEEP() in a statement: the fiber parks, and KILL QUERY (which unparks
 * it) or KILL ends the wait early. */
static bool fiber_sleep(void *host, int64_t ms)
{
    mysql_conn *m = host;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t deadline = (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000 + ms;
    for (;;) {
        if (atomic_exchange(&m->query_killed, false))
            return false;
        clock_gettime(CLOCK_MONOTONIC, &now);
        int64_t left = deadline - ((int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000);
        if (left <= 0)
            return true;
        int rc = jk_conn_park(m->conn, left);
        if (rc == JK_NET_KILLED) {
            m->failed = true;
            return false;
        }
    }
}

static void reset_session(mysql_conn *m)
{
    /* The login survives a reset: who is connected, and to which database. */
    char db[65], user[97], current_user[97];
    snprintf(db, sizeof db, "%s", m->session.database);
    snprintf(user, sizeof user, "%s", m->session.user);
    snprintf(current_user, sizeof current_user, "%s", m->session.current_user);
    uint16_t coll = m->session.collation_connection;
    pl_session_free(&m->session);
    pl_session_init(&m->session, coll);
    snprintf(m->session.user, sizeof m->session.user, "%s", user);
    snprintf(m->session.current_user, sizeof m->session.current_user, "%s", current_user);
    m->session.connection_id = jk_conn_id(m->conn);
    m->session.max_allowed_packet = m->server->cfg.max_allowed_packet;
    m->session.host_sleep = fiber_sleep;
    m->session.host = m;
    m->session.sysvar_globals = m->server->globals;
    snprintf(m->session.database, sizeof m->session.database, "%s", db);
}

static void com_change_user(mysql_conn *m)
{
    mysql_reader r;
    mysql_reader_init(&r, m->in.data + 1, m->in.len - 1);
    size_t user_len, answer_len, db_len = 0, plugin_len = 0;
    const char *user = mysql_get_cstr(&r, &user_len);
    const char *answer;
    if (m->caps & CLIENT_SECURE_CONNECTION) {
        answer_len = mysql_get_u8(&r);
        answer = mysql_get_bytes(&r, answer_len);
    } else {
        answer = mysql_get_cstr(&r, &answer_len);
    }
    const char *db = mysql_get_cstr(&r, &db_len);
    if (mysql_left(&r) >= 2)
        mysql_get_u16(&r);
    const char *plugin = "";
    if ((m->caps & CLIENT_PLUGIN_AUTH) && mysql_left(&r))
        plugin = mysql_get_cstr(&r, &plugin_len);
    if (r.bad || !answer) {
        mc_send_err(m, 1043, "08S01", "Bad handshake");
        m->failed = true;
        return;
    }
    char user_copy[64], db_copy[65], answer_copy[64];
    snprintf(user_copy, sizeof user_copy, "%.*s", (int)(user_len < 63 ? user_len : 63), user);
    snprintf(db_copy, sizeof db_copy, "%.*s", (int)(db_len < 64 ? db_len : 64), db);
    size_t acopy = answer_len < sizeof answer_copy ? answer_len : sizeof answer_copy;
    memcpy(answer_copy, answer, acopy);
    if (!authenticate(m, user_copy, strlen(user_copy), plugin, plugin_len, answer_copy, acopy)) {
        m->failed = true;
        return;
    }
    m->session.database[0] = '\0';
    mysql_stmt_close_all(m);
    reset_session(m);
    if (db_copy[0]) {
        pl_eval_ctx cx;
        pl_eval_ctx_init(&cx, &m->session, &m->arena);
        if (sql_use_database(&cx, db_copy) != 0) {
            mc_send_err(m, cx.error_code, cx.error_sqlstate, cx.error_message);
            return;
        }
    }
    set_process_db(m);
    snprintf(m->tracked_db, sizeof m->tracked_db, "%s", m->session.database);
    mc_send_ok(m, 0, 0);
}

/* Answers one command; false when the connection is to end. */
static bool dispatch(mysql_conn *m)
{
    if (m->in.len == 0) {
        mc_send_err(m, 1047, "08S01", "Unknown command");
        return true;
    }
    uint8_t cmd = (uint8_t)m->in.data[0];
    /* A KILL QUERY that found the connection idle is not for this command. */
    atomic_store(&m->query_killed, false);
    const char *arg = m->in.data + 1;
    size_t arg_len = m->in.len - 1;
    pl_diag *diag = &m->session.diag;
    switch (cmd) {
    case COM_QUIT:
        return false;
    case COM_QUERY:
        com_query(m, arg, arg_len);
        break;
    case COM_INIT_DB:
        mc_count(m, COM_N_CHANGE_DB);
        pl_diag_clear(diag);
        com_init_db(m, arg, arg_len);
        break;
    case COM_PING:
        mc_count(m, COM_N_ADMIN_COMMANDS);
        mc_send_ok(m, 0, 0);
        break;
    case COM_STATISTICS:
        mc_count(m, COM_N_SHOW_STATUS);
        com_statistics(m);
        break;
    case COM_PROCESS_KILL: {
        mc_count(m, COM_N_KILL);
        mysql_reader r;
        mysql_reader_init(&r, arg, arg_len);
        uint32_t id = mysql_get_u32(&r);
        if (!r.bad && jk_server_kill(m->server->net, id)) {
            mc_send_ok(m, 0, 0);
        } else {
            char msg[64];
            snprintf(msg, sizeof msg, "Unknown thread id: %u", id);
            mc_send_err(m, 1094, "HY000", msg);
        }
        break;
    }
    case COM_RESET_CONNECTION:
        mc_count(m, COM_N_ADMIN_COMMANDS);
        mysql_stmt_close_all(m);
        reset_session(m);
        mc_send_ok(m, 0, 0);
        break;
    case COM_CHANGE_USER:
        mc_count(m, COM_N_ADMIN_COMMANDS);
        com_change_user(m);
        break;
    case COM_SET_OPTION: {
        mysql_reader r;
        mysql_reader_init(&r, arg, arg_len);
        uint16_t option = mysql_get_u16(&r);
        mc_count(m, COM_N_SET_OPTION);
        if (r.bad || option > 1) {
            mc_send_err(m, 1047, "08S01", "Unknown command");
            break;
        }
        if (option == 0)
            m->caps |= CLIENT_MULTI_STATEMENTS;
        else
            m->caps &= ~CLIENT_MULTI_STATEMENTS;
        if (m->caps & CLIENT_DEPRECATE_EOF)
            mc_send_ok(m, 0, 0);
        else {
            mysql_eof_payload(&m->pkt, 0, mc_status_flags(m));
            mc_send_payload(m);
        }
        break;
    }
    case COM_FIELD_LIST: {
        char table[65];
        size_t n = strnlen(arg, arg_len);
        snprintf(table, sizeof table, "%.*s", (int)(n < 64 ? n : 64), arg);
        if (!m->session.database[0]) {
            mc_send_err(m, 1046, "3D000", "No database selected");
        } else {
            char msg[200];
            snprintf(msg, sizeof msg, "Table '%s.%s' doesn't exist", m->session.database, table);
            mc_send_err(m, 1146, "42S02", msg);
        }
        break;
    }
    case COM_STMT_PREPARE:
        pl_diag_clear(diag);
        mc_count(m, COM_N_STMT_PREPARE);
        mysql_stmt_prepare(m, arg, arg_len);
        break;
    case COM_STMT_EXECUTE:
        mc_count(m, COM_N_STMT_EXECUTE);
        mysql_stmt_execute(m, arg, arg_len);
        break;
    case COM_STMT_SEND_LONG_DATA:
        mc_count(m, COM_N_STMT_SEND_LONG_DATA);
        mysql_stmt_send_long_data(m, arg, arg_len);
        break;
    case COM_STMT_RESET:
        mc_count(m, COM_N_STMT_RESET);
        mysql_stmt_reset(m, arg, arg_len);
        break;
    case COM_STMT_FETCH:
        mc_count(m, COM_N_STMT_FETCH);
        mysql_stmt_fetch(m, arg, arg_len);
        break;
    case COM_STMT_CLOSE:
        /* No answer is sent to COM_STMT_CLOSE. */
        mc_count(m, COM_N_STMT_CLOSE);
        mysql_stmt_close(m, arg, arg_len);
        break;
    default:
        mc_send_err(m, 1047, "08S01", "Unknown command");
        break;
    }
    return !m->failed;
}

/* An interactive client's session starts with wait_timeout =
 * interactive_timeout, as in MySQL. */
static void init_wait_timeout(mysql_conn *m)
{
    if (!(m->caps & CLIENT_INTERACTIVE))
        return;
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, &m->session, &m->arena);
    pl_value v;
    pl_type t;
    if (sql_sysvar_get(&cx, "interactive_timeout", SQL_SCOPE_GLOBAL, &v, &t))
        sql_sysvar_set(&cx, "wait_timeout", SQL_SCOPE_SESSION, &v, &t);
}

/* The session's wait_timeout (SET SESSION wait_timeout changes it). */
static int64_t idle_timeout_ms(mysql_conn *m)
{
    pl_eval_ctx cx;
    pl_eval_ctx_init(&cx, &m->session, &m->arena);
    pl_value v;
    pl_type t;
    if (!sql_sysvar_get(&cx, "wait_timeout", SQL_SCOPE_SESSION, &v, &t) || v.cls != PL_INT)
        return (int64_t)m->server->cfg.wait_timeout_s * 1000;
    return v.u > INT64_MAX / 1000 ? INT64_MAX : (int64_t)v.u * 1000;
}

static void command_loop(mysql_conn *m)
{
    init_wait_timeout(m);
    for (;;) {
        mc_set_process_command(m, "Sleep", NULL, 0);
        m->seq = 0;
        int rc = read_packet(m, idle_timeout_ms(m));
        if (rc == 1) {
            m->seq = 0;
            mc_send_err(m, 4031, "HY000",
                     "The client was disconnected by the server because of inactivity. See wait_timeout and "
                     "interactive_timeout for configuring this behavior.");
            mc_flush_out(m);
            return;
        }
        if (rc != 0)
            return;
        uint8_t cmd = m->in.len ? (uint8_t)m->in.data[0] : 0;
        bool go_on = dispatch(m);
        mc_flush_out(m);
        jk_arena_reset(&m->arena);
        if (!go_on || m->failed)
            return;
        if (cmd == COM_RESET_CONNECTION || cmd == COM_CHANGE_USER)
            init_wait_timeout(m);
    }
}

static void mysql_connection(jk_conn *conn, void *arg)
{
    mysql_server *s = arg;
    atomic_fetch_add(&s->stat.connections, 1);
    mysql_conn *m = calloc(1, sizeof *m);
    if (!m)
        return;
    m->conn = conn;
    m->server = s;
    pthread_mutex_init(&m->lock, NULL);
    m->command = "Connect";
    m->command_start = time(NULL);
    pl_session_init(&m->session, PL_COLL_UTF8MB4_0900_AI_CI);
    m->session.connection_id = jk_conn_id(conn);
    m->session.max_allowed_packet = s->cfg.max_allowed_packet;
    m->session.host_sleep = fiber_sleep;
    m->session.host = m;
    m->session.sysvar_globals = s->globals;
    jk_arena_init(&m->arena, NULL, STMT_ARENA_MAX);
    jk_buf_init(&m->in, 0);
    jk_buf_init(&m->pkt, 0);
    jk_buf_init(&m->out, 0);
    jk_buf_init(&m->vars_before, 0);
    peer_ip(m, m->host, sizeof m->host);
    jk_conn_set_data(conn, m);
    if (jk_conn_over_limit(conn)) {
        mc_send_err(m, 1040, "08004", "Too many connections");
        mc_flush_out(m);
    } else if (handshake(m)) {
        command_loop(m);
    }
    mysql_stmt_close_all(m);
    /* Unhook from the process list before the state goes away. */
    jk_conn_set_data(conn, NULL);
    jk_buf_free(&m->in);
    jk_buf_free(&m->pkt);
    jk_buf_free(&m->out);
    jk_buf_free(&m->vars_before);
    jk_arena_free(&m->arena);
    pl_session_free(&m->session);
    pthread_mutex_destroy(&m->lock);
    free(m);
}

/* ---- the server ---- */

void mysql_server_config_defaults(mysql_server_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->bind_addr = "127.0.0.1";
    cfg->port = 3306;
    cfg->max_connections = 151;
    cfg->max_allowed_packet = 64u << 20;
    cfg->connect_timeout_s = 10;
    cfg->wait_timeout_s = 28800;
    cfg->interactive_timeout_s = 28800;
    cfg->net_read_timeout_s = 30;
    cfg->net_write_timeout_s = 60;
}

/* What @@global.x shows for the settings that come from flags. */
static sql_sysvar_globals *make_globals(const mysql_server_config *cfg)
{
    sql_sysvar_globals *g = sql_sysvar_globals_new();
    if (!g)
        return NULL;
    struct { const char *name; unsigned long long v; } nums[] = {
        { "max_connections", (unsigned long long)cfg->max_connections },
        { "max_allowed_packet", (unsigned long long)cfg->max_allowed_packet },
        { "connect_timeout", (unsigned long long)cfg->connect_timeout_s },
        { "wait_timeout", (unsigned long long)cfg->wait_timeout_s },
        { "interactive_timeout", (unsigned long long)cfg->interactive_timeout_s },
        { "net_read_timeout", (unsigned long long)cfg->net_read_timeout_s },
        { "net_write_timeout", (unsigned long long)cfg->net_write_timeout_s },
        { "require_secure_transport", cfg->require_secure_transport ? 1ull : 0ull },
    };
    bool ok = true;
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        char text[24];
        snprintf(text, sizeof text, "%llu", nums[i].v);
        ok = ok && sql_sysvar_globals_set(g, nums[i].name, text);
    }
    if (!cfg->tls)
        ok = ok && sql_sysvar_globals_set(g, "have_ssl", "DISABLED") && sql_sysvar_globals_set(g, "have_openssl", "DISABLED");
    char host[256];
    if (gethostname(host, sizeof host) == 0) {
        host[sizeof host - 1] = '\0';
        ok = ok && sql_sysvar_globals_set(g, "hostname", host);
    }
    if (cfg->bind_addr)
        ok = ok && sql_sysvar_globals_set(g, "bind_address", cfg->bind_addr);
    if (cfg->data_dir) {
        /* MySQL shows the absolute path with a trailing slash. */
        char *abs = realpath(cfg->data_dir, NULL);
        char dir[PATH_MAX + 2];
        snprintf(dir, sizeof dir, "%s/", abs ? abs : cfg->data_dir);
        free(abs);
        ok = ok && sql_sysvar_globals_set(g, "datadir", dir);
    }
    if (!ok) {
        sql_sysvar_globals_free(g);
        return NULL;
    }
    return g;
}

/* The listener is bound and no connection runs yet: @@port can be the real
 * port, also when the configuration asked for any free one. */
static void bound(int port, void *arg)
{
    mysql_server *s = arg;
    char text[16];
    snprintf(text, sizeof text, "%d", port);
    sql_sysvar_globals_set(s->globals, "port", text);
}

int mysql_server_start(const mysql_server_config *cfg, mysql_server **out, char *err, size_t errlen)
{
    mysql_server *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    s->cfg = *cfg;
    s->started = time(NULL);
    s->globals = make_globals(cfg);
    if (!s->globals) {
        snprintf(err, errlen, "out of memory");
        free(s);
        return -1;
    }
    jk_server_config net = { .bind_addr = cfg->bind_addr,
                             .port = cfg->port,
                             .threads = cfg->threads,
                             .max_connections = cfg->max_connections,
                             .handler = mysql_connection,
                             .handler_arg = s,
                             .bound = bound };
    if (jk_server_start(&net, &s->net, err, errlen) != 0) {
        sql_sysvar_globals_free(s->globals);
        free(s);
        return -1;
    }
    *out = s;
    return 0;
}

int mysql_server_port(const mysql_server *s) { return jk_server_port(s->net); }

void mysql_server_stop(mysql_server *s)
{
    jk_server_stop(s->net);
    sql_sysvar_globals_free(s->globals);
    free(s);
}
