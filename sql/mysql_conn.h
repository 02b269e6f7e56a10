/*
 * mysql_conn: the protocol front's connection state and the helpers its
 * two halves share -- mysql_server.c (handshake, text commands) and
 * mysql_stmt.c (prepared statements, binary protocol).  Private to sql/.
 */
#ifndef JIMKV_MYSQL_CONN_H
#define JIMKV_MYSQL_CONN_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "expr.h"
#include "jimkv/arena.h"
#include "jimkv/buf.h"
#include "jimkv/net.h"
#include "mysql_auth.h"
#include "mysql_server.h"
#include "sql_sysvar.h"
#include "sql_exec.h"

enum {
    COM_SLEEP = 0, COM_QUIT = 1, COM_INIT_DB = 2, COM_QUERY = 3, COM_FIELD_LIST = 4,
    COM_STATISTICS = 9, COM_PROCESS_INFO = 10, COM_PROCESS_KILL = 12, COM_PING = 14,
    COM_CHANGE_USER = 17, COM_STMT_PREPARE = 22, COM_STMT_EXECUTE = 23, COM_STMT_SEND_LONG_DATA = 24,
    COM_STMT_CLOSE = 25, COM_STMT_RESET = 26, COM_SET_OPTION = 27, COM_STMT_FETCH = 28,
    COM_RESET_CONNECTION = 31,
};

/* Server-wide counters for SHOW STATUS and COM_STATISTICS. */
/* SHOW STATUS's Com_* counters, in name order (see com_names). */
typedef enum com_counter {
    COM_N_ADMIN_COMMANDS, COM_N_ALTER_USER, COM_N_BEGIN, COM_N_CHANGE_DB, COM_N_COMMIT, COM_N_CREATE_USER,
    COM_N_DEALLOC_SQL, COM_N_DO, COM_N_DROP_USER, COM_N_EXECUTE_SQL, COM_N_KILL, COM_N_PREPARE_SQL,
    COM_N_ROLLBACK, COM_N_SELECT, COM_N_SET_OPTION, COM_N_SHOW_DATABASES, COM_N_SHOW_ERRORS,
    COM_N_SHOW_PROCESSLIST, COM_N_SHOW_STATUS, COM_N_SHOW_VARIABLES, COM_N_SHOW_WARNINGS, COM_N_STMT_CLOSE,
    COM_N_STMT_EXECUTE, COM_N_STMT_FETCH, COM_N_STMT_PREPARE, COM_N_STMT_RESET, COM_N_STMT_SEND_LONG_DATA,
    COM_N_COUNT
} com_counter;

typedef struct counters {
    atomic_uint_fast64_t questions, connections, aborted_connects, bytes_received, bytes_sent;
    atomic_uint_fast64_t com[COM_N_COUNT];
} counters;

/* Counts one command or statement in SHOW STATUS. */


struct mysql_server {
    mysql_server_config cfg;
    jk_server *net;
    time_t started;
    counters stat;
    sql_sysvar_globals *globals; /* @@global values from cfg */
};

/* A connection's protocol state; owned by its fiber. */
typedef struct mysql_stmt mysql_stmt;

typedef struct mysql_conn {
    jk_conn *conn;
    mysql_server *server;
    uint32_t caps;            /* negotiated capability flags */
    uint8_t seq;              /* next sequence id */
    uint8_t nonce[MYSQL_NONCE_LEN];
    pl_session session;
    jk_arena arena;           /* one statement's memory */
    jk_buf in;                /* the current command payload */
    jk_buf pkt;               /* a payload being built */
    jk_buf out;               /* framed packets waiting to be written */
    bool more_results;        /* statements follow in this COM_QUERY */
    bool failed;              /* the connection must end (IO error, kill) */
    atomic_bool query_killed; /* KILL QUERY from another connection */
    const sql_column *cols;   /* columns of the result being sent */
    const pl_type **col_types;
    uint32_t ncols;
    bool binary_rows;         /* rows go out in the binary protocol */
    /* Session state tracking (CLIENT_SESSION_TRACK): the schema last
     * reported, and the tracked variables' values before a SET. */
    char tracked_db[65];
    jk_buf vars_before;       /* "name\0value\0"...; empty: no SET running */
    mysql_stmt *stmts;        /* prepared statements, by id */
    uint32_t next_stmt_id;
    /* Read by SHOW PROCESSLIST from other threads, under lock. */
    pthread_mutex_t lock;
    char user[33];
    char host[64];
    char db[65];
    const char *command;      /* "Query", "Sleep", ... (static strings) */
    time_t command_start;
    char info[101];           /* the statement running, cut */
} mysql_conn;


void mc_send_payload(mysql_conn *m);
/* Counts one command or statement in SHOW STATUS (a com_counter). */
void mc_count(mysql_conn *m, int which);
/* Before a SET: remembers the tracked variables, so that the statement's OK
 * reports those it changed. */
void mc_track_before_set(mysql_conn *m);
void mc_flush_out(mysql_conn *m);
void mc_maybe_flush(mysql_conn *m);
uint16_t mc_status_flags(mysql_conn *m);
uint16_t mc_warning_count(const mysql_conn *m);
void mc_send_ok(mysql_conn *m, uint64_t affected, uint64_t insert_id);
void mc_send_err(mysql_conn *m, int code, const char *sqlstate, const char *message);
void mc_send_result_end(mysql_conn *m);
void mc_set_process_command(mysql_conn *m, const char *command, const char *info, size_t info_len);
/* The sink and server operations statements of this connection run with. */
void mc_sink(mysql_conn *m, sql_sink *sink);
void mc_server_ops(mysql_conn *m, sql_server_ops *ops);

/* mysql_stmt.c */
void mysql_stmt_prepare(mysql_conn *m, const char *text, size_t len);
void mysql_stmt_execute(mysql_conn *m, const char *arg, size_t len);
void mysql_stmt_send_long_data(mysql_conn *m, const char *arg, size_t len);
void mysql_stmt_reset(mysql_conn *m, const char *arg, size_t len);
void mysql_stmt_close(mysql_conn *m, const char *arg, size_t len);
void mysql_stmt_fetch(mysql_conn *m, const char *arg, size_t len);
/* Frees every prepared statement of the connection. */
void mysql_stmt_close_all(mysql_conn *m);

#endif
