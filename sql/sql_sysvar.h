/*
 * sql_sysvar: MySQL 8's system variables as a session sees them.
 *
 * Purpose.  Drivers and tools read and set a few dozen variables when they
 * connect (autocommit, sql_mode, character sets, time_zone,
 * transaction_isolation, max_allowed_packet, version_comment, ...) and
 * refuse to work if one is missing or malformed.  One table lists every
 * variable JimKV knows with MySQL 8's name, type, scope and default; SELECT
 * @@x, SET x = ... and SHOW VARIABLES all go through it.
 *
 * Values.  Variables the expression engine uses (sql_mode, time_zone,
 * timestamp, collation_connection, div_precision_increment, ...) live in
 * pl_session fields; the others keep a per-session override of the default
 * in the session's variable store under the key "@@name" (user variable
 * names cannot start with '@', so the two never meet).  GLOBAL values are
 * read-only for now: SET GLOBAL is error 1227 until privileges exist.
 *
 * Types as MySQL shows them: booleans are 1/0 in SELECT @@x and ON/OFF in
 * SHOW VARIABLES; integers are BIGINT (UNSIGNED where MySQL's are).
 */
#ifndef JIMKV_SQL_SYSVAR_H
#define JIMKV_SQL_SYSVAR_H

#include <stdbool.h>
#include <stddef.h>

#include "expr.h"

enum { SQL_SCOPE_DEFAULT, SQL_SCOPE_SESSION, SQL_SCOPE_GLOBAL };

/* @@name: false after error 1193 (unknown) or 1238 (wrong scope) in cx. */
bool sql_sysvar_get(pl_eval_ctx *cx, const char *name, int scope, pl_value *v, pl_type *t);

/* SET [scope] name = value; value NULL means DEFAULT.  A bare word (SET
 * sql_mode = TRADITIONAL) arrives as a string.  0, or -1 with the error in cx
 * (1193 unknown, 1231 bad value, 1232 wrong type, 1238 read-only, 1227
 * GLOBAL, 1621 session read-only). */
int sql_sysvar_set(pl_eval_ctx *cx, const char *name, int scope, const pl_value *value, const pl_type *type);

/* Every variable in name order with its text as SHOW VARIABLES prints it. */
void sql_sysvar_foreach(pl_eval_ctx *cx, bool global,
                        void (*fn)(void *arg, const char *name, const char *text, size_t len), void *arg);

/* The session's value of one variable as SHOW VARIABLES prints it (ON/OFF
 * for booleans); *text points into buf or static storage.  false when the
 * name is unknown. */
bool sql_sysvar_show_text(pl_eval_ctx *cx, const char *name, char *buf, size_t cap, const char **text, size_t *len);

/*
 * The server's global values (its flags and config file: max_connections,
 * wait_timeout, ...), which @@global.x shows and sessions start from.
 * Filled before the server takes connections and read-only afterwards, so
 * sessions read it without a lock; a session points at it through
 * pl_session.sysvar_globals.
 */
typedef struct sql_sysvar_globals sql_sysvar_globals;
sql_sysvar_globals *sql_sysvar_globals_new(void);
/* false for an unknown name or no memory. */
bool sql_sysvar_globals_set(sql_sysvar_globals *g, const char *name, const char *text);
void sql_sysvar_globals_free(sql_sysvar_globals *g);

#endif
