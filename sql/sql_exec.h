/*
 * sql_exec: run one parsed statement and hand its outcome to a sink.
 *
 * Purpose.  The MySQL protocol, `jimkv-parse --eval` and the differential
 * test all execute statements the same way and differ only in how they
 * present the outcome: result-set packets, `mariadb --batch` text, or the
 * golden-file lines.  A sink receives, for each statement, either an error,
 * or an optional result set (columns, then rows) followed by `done` with the
 * affected-row count and the warning count.
 *
 * What runs today: table-less SELECT (with WHERE and LIMIT), DO, SET (user,
 * session and system variables, NAMES, CHARACTER SET), USE, SHOW WARNINGS /
 * ERRORS / COUNT(*), SHOW VARIABLES / STATUS [LIKE | WHERE], SHOW DATABASES,
 * SHOW PROCESSLIST, KILL; statements that need tables answer with MySQL's
 * error (1046 when no database is selected, 1146 otherwise).
 *
 * Diagnostics.  Every statement but SHOW WARNINGS / ERRORS / COUNT clears
 * the session's warning list first, as MySQL does.
 *
 * Ownership.  Statement memory lives in env->arena; values handed to the
 * sink are valid until the sink returns.
 */
#ifndef JIMKV_SQL_EXEC_H
#define JIMKV_SQL_EXEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"
#include "expr.h"
#include "jimkv/arena.h"

typedef struct sql_column {
    const char *name;     /* as the client shows it */
    uint32_t name_len;
    const char *table;    /* "" for expressions */
    const char *org_name; /* "" for expressions */
    pl_type type;
} sql_column;

typedef struct sql_done {
    uint64_t affected_rows;
    uint64_t last_insert_id;
    uint32_t warnings;     /* conditions of the statement (@@warning_count) */
    bool had_result;       /* a result set was sent */
} sql_done;

typedef struct sql_sink {
    void *ctx;
    void (*columns)(void *ctx, const sql_column *cols, uint32_t n);
    /* One row of n values; cols as sent to columns(). */
    void (*row)(void *ctx, const pl_value *vals, const sql_column *cols, uint32_t n);
    void (*done)(void *ctx, const sql_done *done);
    void (*error)(void *ctx, int code, const char *sqlstate, const char *message);
} sql_sink;

/* What the server around a session provides (NULL members: not available). */
typedef struct sql_server_ops {
    void *ctx;
    /* KILL [QUERY] id: 0, or a MySQL error code (1094 unknown thread). */
    int (*kill)(void *ctx, uint64_t id, bool query_only);
    /* One processlist row per connection: the callback receives the values
     * (Id, User, Host, db, Command, Time, State, Info). */
    void (*processlist)(void *ctx, void (*row)(void *arg, const pl_value *vals), void *arg);
    /* SHOW STATUS: calls put(name, value) for every counter. */
    void (*status)(void *ctx, void (*put)(void *arg, const char *name, const pl_value *v), void *arg);
    /* CREATE USER (exists = false) / ALTER USER (exists = true) with a
     * password and plugin (NULL: the default), or DROP USER (password and
     * plugin NULL, drop = true).  Returns SQL_ACCT_*. */
    int (*account)(void *ctx, const char *user, const char *host, const char *password, const char *plugin,
                   bool exists, bool drop);
} sql_server_ops;

enum { SQL_ACCT_OK, SQL_ACCT_EXISTS, SQL_ACCT_MISSING, SQL_ACCT_BAD_PLUGIN, SQL_ACCT_NO_MEMORY };

typedef struct sql_env {
    pl_session *session;
    jk_arena *arena;
    const sql_server_ops *server; /* may be NULL */
    const pl_value *params;       /* values of ? markers (prepared statements) */
    const pl_type *param_types;
    uint32_t nparams;
} sql_env;

/* Runs stmt (whose text is text[0..len), for column names and deprecation
 * warnings).  Returns 0, or -1 after the sink's error(). */
int sql_exec(sql_env *env, const ast *stmt, const char *text, size_t len, const sql_sink *sink);

/* The result columns stmt will have, without running it (COM_STMT_PREPARE):
 * none for statements without a result set.  -1 with the error when the
 * statement cannot compile (message holds PL_MSG_MAX bytes). */
int sql_describe(sql_env *env, const ast *stmt, const char *text, size_t len, sql_column **cols, uint32_t *ncols,
                 int *error_code, char *sqlstate, char *message);

#endif
