/*
 * AST kinds of the session, transaction and administration statements
 * (SET, SHOW, BEGIN, GRANT, ...).  Included by ast.h; same X(kind,
 * children) convention.
 *
 * A few general kinds carry an op rather than one kind per statement:
 * TXN holds BEGIN/COMMIT/ROLLBACK/SAVEPOINT and XA, SHOW every SHOW,
 * ACCOUNT every CREATE/ALTER/DROP/RENAME USER and role statement, GRANT
 * both GRANT and REVOKE, ADMIN the server's own (RESET, PURGE, SHUTDOWN,
 * INSTALL PLUGIN, CHANGE REPLICATION SOURCE, ...).  Options that are only a keyword and maybe one value
 * (FLUSH PRIVILEGES, REQUIRE SSL, MAX_USER_CONNECTIONS 10, PASSWORD
 * EXPIRE INTERVAL 90 DAY) are ADMIN_OPTION nodes whose op indexes the
 * AST_ADMIN_OPTIONS table, so the printer and later layers share one list.
 */
#ifndef JIMKV_SQL_AST_ADMIN_KINDS_H
#define JIMKV_SQL_AST_ADMIN_KINDS_H

#define AST_ADMIN_KINDS(X)                                                              \
    /* ---- transactions and session ---- */                                           \
    X(TXN, 1)             /* savepoint IDENT, or XA xid (list of 1-3 LITERALs);      */ \
                          /* op = TXN_*, flags TXN_* and XA_*                          */ \
    X(SET, 1)             /* list of SET_ASSIGN and SET_CHARSET                         */ \
    X(SET_ASSIGN, 2)      /* target USER_VAR or SYS_VAR, value: expr, DEFAULT or      */ \
                          /* KEYWORD (ON ALL BINARY ROW SYSTEM); SYS_VAR op is the     */ \
                          /* scope in effect, str2 its prefix (comp.var)               */ \
    X(SET_CHARSET, 0)     /* op = SETCS_*; str = charset (NULL: DEFAULT),              */ \
                          /* str2 = COLLATE                                            */ \
    X(SET_TRANSACTION, 0) /* op = SCOPE_*; flags ISO_* and TXN_READ_ONLY|READ_WRITE    */ \
    X(SET_PASSWORD, 3)    /* USER (NULL: current user), password, REPLACE (LITERALs); */ \
                          /* flags AUTH_RANDOM, AUTH_RETAIN                            */ \
    X(USE, 1)             /* database IDENT                                            */ \
    X(SHOW, 6)            /* object, database IDENT, LIKE pattern, WHERE expr, LIMIT, */ \
                          /* extra: roles (GRANTS ... USING), FROM position (BINLOG     */ \
                          /* EVENTS), query number (PROFILE); op = SHOW_*, flags SHOW_* */ \
    X(EXPLAIN, 2)         /* target, column IDENT or pattern LITERAL; op = EXPLAIN_*,  */ \
                          /* str = FORMAT (upper case)                                 */ \
    X(KILL, 1)            /* connection id expr; op = KILL_*                           */ \
    X(PREPARED, 2)        /* name IDENT, text LITERAL or USER_VAR (PREPARE) or USING   */ \
                          /* list of USER_VAR (EXECUTE); op = PS_*                      */ \
    X(DO, 1)              /* expression list                                           */ \
    X(HELP, 1)            /* topic LITERAL                                             */ \
    X(LOCK_TABLES, 1)     /* list of LOCK_ITEM (LOCK TABLES only); op = LOCK_STMT_*    */ \
    X(LOCK_ITEM, 2)       /* TABLE_NAME, alias IDENT; op = LOCK_MODE_*                 */ \
    X(FLUSH, 1)           /* TABLES: list of TABLE_NAME or NULL; otherwise list of     */ \
                          /* ADMIN_OPTION; op = FLUSH_*, flags FLUSH_*                 */ \
    X(ADMIN_OPTION, 1)    /* value LITERAL or NULL; op = AOPT_*; str = the name of an */ \
                          /* AOPT_NAMED option (CHANGE REPLICATION SOURCE TO ...)       */ \
    X(CALL, 2)            /* procedure TABLE_NAME, argument list                       */ \
    X(HANDLER, 5)         /* TABLE_NAME, alias (OPEN) or index (READ) IDENT, key       */ \
                          /* values list, WHERE expr, LIMIT; op = HANDLER_*             */ \
    X(ADMIN, 2)           /* server administration; op = ADMIN_* (its kids there)      */ \
    X(TABLE_KEYS, 2)      /* TABLE_NAME, index IDENT list (CACHE INDEX, LOAD INDEX);  */ \
                          /* flags IGNORE_LEAVES                                        */ \
    /* ---- accounts and privileges ---- */                                            \
    X(USER, 1)            /* AUTH, or the new name (RENAME USER); str = user,          */ \
                          /* str2 = host ("%" when not written); op = USER_*           */ \
    X(AUTH, 2)            /* auth string, REPLACE string (LITERALs); op = AUTH_*,      */ \
                          /* str = plugin (IDENTIFIED WITH), flags AUTH_RETAIN          */ \
    X(ACCOUNT, 6)         /* users, roles, REQUIRE list, WITH list, password and lock */ \
                          /* list (ADMIN_OPTIONs), COMMENT or ATTRIBUTE LITERAL;       */ \
                          /* op = ACCOUNT_*, flags ACCT_*                              */ \
    X(GRANT, 5)           /* PRIV list (or USER list of roles), GRANT_LEVEL (or the    */ \
                          /* proxied USER), USER list, AS USER, WITH ROLE (an ACCOUNT   */ \
                          /* of op SET_ROLE); op = GRANT_*, flags GRANT_*               */ \
    X(PRIV, 1)            /* column list; str = privilege, str2 = host of a role;      */ \
                          /* flags PRIV_DYNAMIC when written as a name                 */ \
    X(GRANT_LEVEL, 2)     /* database IDENT, table IDENT (NULL: *); op = GRANT_ON_*,   */ \
                          /* flags GRANT_QUALIFIED when a database part was written    */ \
    /* ---- JimKV ---- */                                                              \
    X(SUBSCRIBE, 2)       /* TABLE_NAME, AS OF [TIMESTAMP] expr                        */

/* TXN op and flags */
enum { TXN_BEGIN, TXN_START, TXN_COMMIT, TXN_ROLLBACK, TXN_SAVEPOINT, TXN_ROLLBACK_TO,
       TXN_RELEASE_SAVEPOINT, TXN_XA_START, TXN_XA_END, TXN_XA_PREPARE, TXN_XA_COMMIT,
       TXN_XA_ROLLBACK, TXN_XA_RECOVER };
#define AST_F_TXN_CONSISTENT_SNAPSHOT 0x1u
#define AST_F_TXN_READ_ONLY 0x2u
#define AST_F_TXN_READ_WRITE 0x4u
#define AST_F_TXN_CHAIN 0x8u
#define AST_F_TXN_NO_CHAIN 0x10u
#define AST_F_TXN_RELEASE 0x20u
#define AST_F_TXN_NO_RELEASE 0x40u
#define AST_F_XA_JOIN 0x1000u
#define AST_F_XA_RESUME 0x2000u
#define AST_F_XA_SUSPEND 0x4000u
#define AST_F_XA_FOR_MIGRATE 0x8000u
#define AST_F_XA_ONE_PHASE 0x10000u
#define AST_F_XA_CONVERT_XID 0x20000u
/* SET_TRANSACTION flags: the isolation level, beside TXN_READ_ONLY/WRITE */
#define AST_F_ISO_READ_UNCOMMITTED 0x100u
#define AST_F_ISO_READ_COMMITTED 0x200u
#define AST_F_ISO_REPEATABLE_READ 0x400u
#define AST_F_ISO_SERIALIZABLE 0x800u
/* SET_ASSIGN flags while the statement is being built (cleared by
 * ast_set_stmt): how the target was written, which decides its scope. */
#define AST_F_SET_KEYWORD_SCOPE 0x1u   /* SET GLOBAL x = ...: op holds the scope */
#define AST_F_SET_BARE_NAME 0x2u       /* SET x = ...: inherits the last keyword */
/* SET_CHARSET op */
enum { SETCS_NAMES, SETCS_CHARSET };
/* SET_PASSWORD and AUTH flags */
#define AST_F_AUTH_RANDOM 0x1u         /* ... RANDOM PASSWORD */
#define AST_F_AUTH_RETAIN 0x2u         /* RETAIN CURRENT PASSWORD */

/* SHOW op */
enum {
    SHOW_DATABASES, SHOW_TABLES, SHOW_TABLE_STATUS, SHOW_OPEN_TABLES, SHOW_COLUMNS,
    SHOW_INDEX, SHOW_TRIGGERS, SHOW_EVENTS, SHOW_FUNCTION_STATUS, SHOW_PROCEDURE_STATUS,
    SHOW_CREATE_TABLE, SHOW_CREATE_VIEW, SHOW_CREATE_DATABASE, SHOW_CREATE_USER,
    SHOW_CREATE_FUNCTION, SHOW_CREATE_PROCEDURE, SHOW_CREATE_TRIGGER, SHOW_CREATE_EVENT,
    SHOW_VARIABLES, SHOW_STATUS, SHOW_WARNINGS, SHOW_ERRORS, SHOW_COUNT_WARNINGS,
    SHOW_COUNT_ERRORS, SHOW_PROCESSLIST, SHOW_ENGINES, SHOW_ENGINE_STATUS, SHOW_ENGINE_MUTEX,
    SHOW_CHARSET, SHOW_COLLATION, SHOW_GRANTS, SHOW_PRIVILEGES, SHOW_PLUGINS,
    SHOW_MASTER_STATUS, SHOW_REPLICA_STATUS, SHOW_REPLICAS, SHOW_BINARY_LOGS, SHOW_BINLOG_EVENTS,
    SHOW_RELAYLOG_EVENTS, SHOW_PROFILES, SHOW_PROFILE,
    SHOW_OP_COUNT
};
/* SHOW flags */
#define AST_F_SHOW_FULL 0x1u
#define AST_F_SHOW_EXTENDED 0x2u
#define AST_F_SHOW_GLOBAL 0x4u
#define AST_F_SHOW_SESSION 0x8u
#define AST_F_SHOW_IF_NOT_EXISTS 0x10u
enum { AST_K_SHOW_OBJECT, AST_K_SHOW_DB, AST_K_SHOW_LIKE, AST_K_SHOW_WHERE, AST_K_SHOW_LIMIT,
       AST_K_SHOW_EXTRA };

/* EXPLAIN op: DESCRIBE t [col], EXPLAIN [FORMAT=f] stmt, EXPLAIN ANALYZE stmt,
 * EXPLAIN FOR CONNECTION n */
enum { EXPLAIN_TABLE, EXPLAIN_STMT, EXPLAIN_ANALYZE, EXPLAIN_FOR_CONNECTION };
/* KILL op */
enum { KILL_CONNECTION, KILL_QUERY };
/* PREPARED op */
enum { PS_PREPARE, PS_EXECUTE, PS_DEALLOCATE };
/* LOCK_TABLES op, LOCK_ITEM op */
enum { LOCK_STMT_TABLES, LOCK_STMT_UNLOCK_TABLES, LOCK_STMT_INSTANCE, LOCK_STMT_UNLOCK_INSTANCE };
enum { LOCK_MODE_READ, LOCK_MODE_READ_LOCAL, LOCK_MODE_WRITE, LOCK_MODE_LOW_PRIORITY_WRITE };
/* FLUSH op and flags */
enum { FLUSH_TABLES, FLUSH_OPTIONS };
#define AST_F_FLUSH_NO_WRITE_TO_BINLOG 0x1u   /* also written LOCAL */
#define AST_F_FLUSH_WITH_READ_LOCK 0x2u
#define AST_F_FLUSH_FOR_EXPORT 0x4u

/*
 * ADMIN_OPTION op: X(name, text before the value, text after it).  An
 * option with a value has one; the grammar says which do.
 */
#define AST_ADMIN_OPTIONS(X)                                                          \
    X(FLUSH_PRIVILEGES, "PRIVILEGES", NULL)                                           \
    X(FLUSH_LOGS, "LOGS", NULL)                                                       \
    X(FLUSH_BINARY_LOGS, "BINARY LOGS", NULL)                                         \
    X(FLUSH_ENGINE_LOGS, "ENGINE LOGS", NULL)                                         \
    X(FLUSH_ERROR_LOGS, "ERROR LOGS", NULL)                                           \
    X(FLUSH_GENERAL_LOGS, "GENERAL LOGS", NULL)                                       \
    X(FLUSH_RELAY_LOGS, "RELAY LOGS", NULL)                                           \
    X(FLUSH_SLOW_LOGS, "SLOW LOGS", NULL)                                             \
    X(FLUSH_STATUS, "STATUS", NULL)                                                   \
    X(FLUSH_HOSTS, "HOSTS", NULL)                                                     \
    X(FLUSH_OPTIMIZER_COSTS, "OPTIMIZER_COSTS", NULL)                                 \
    X(FLUSH_USER_RESOURCES, "USER_RESOURCES", NULL)                                   \
    X(REQUIRE_NONE, "NONE", NULL)                                                     \
    X(REQUIRE_SSL, "SSL", NULL)                                                       \
    X(REQUIRE_X509, "X509", NULL)                                                     \
    X(REQUIRE_CIPHER, "CIPHER", NULL)                                                 \
    X(REQUIRE_ISSUER, "ISSUER", NULL)                                                 \
    X(REQUIRE_SUBJECT, "SUBJECT", NULL)                                               \
    X(MAX_QUERIES_PER_HOUR, "MAX_QUERIES_PER_HOUR", NULL)                             \
    X(MAX_UPDATES_PER_HOUR, "MAX_UPDATES_PER_HOUR", NULL)                             \
    X(MAX_CONNECTIONS_PER_HOUR, "MAX_CONNECTIONS_PER_HOUR", NULL)                     \
    X(MAX_USER_CONNECTIONS, "MAX_USER_CONNECTIONS", NULL)                             \
    X(PASSWORD_EXPIRE, "PASSWORD EXPIRE", NULL)                                       \
    X(PASSWORD_EXPIRE_DEFAULT, "PASSWORD EXPIRE DEFAULT", NULL)                       \
    X(PASSWORD_EXPIRE_NEVER, "PASSWORD EXPIRE NEVER", NULL)                           \
    X(PASSWORD_EXPIRE_INTERVAL, "PASSWORD EXPIRE INTERVAL", "DAY")                    \
    X(PASSWORD_HISTORY, "PASSWORD HISTORY", NULL)                                     \
    X(PASSWORD_HISTORY_DEFAULT, "PASSWORD HISTORY DEFAULT", NULL)                     \
    X(PASSWORD_REUSE_INTERVAL, "PASSWORD REUSE INTERVAL", "DAY")                      \
    X(PASSWORD_REUSE_INTERVAL_DEFAULT, "PASSWORD REUSE INTERVAL DEFAULT", NULL)       \
    X(PASSWORD_REQUIRE_CURRENT, "PASSWORD REQUIRE CURRENT", NULL)                     \
    X(PASSWORD_REQUIRE_CURRENT_DEFAULT, "PASSWORD REQUIRE CURRENT DEFAULT", NULL)     \
    X(PASSWORD_REQUIRE_CURRENT_OPTIONAL, "PASSWORD REQUIRE CURRENT OPTIONAL", NULL)   \
    X(FAILED_LOGIN_ATTEMPTS, "FAILED_LOGIN_ATTEMPTS", NULL)                           \
    X(PASSWORD_LOCK_TIME, "PASSWORD_LOCK_TIME", NULL)                                 \
    X(PASSWORD_LOCK_TIME_UNBOUNDED, "PASSWORD_LOCK_TIME UNBOUNDED", NULL)             \
    X(ACCOUNT_LOCK, "ACCOUNT LOCK", NULL)                                             \
    X(ACCOUNT_UNLOCK, "ACCOUNT UNLOCK", NULL)                                         \
    X(PROFILE_ALL, "ALL", NULL)                                                       \
    X(PROFILE_BLOCK_IO, "BLOCK IO", NULL)                                             \
    X(PROFILE_CONTEXT_SWITCHES, "CONTEXT SWITCHES", NULL)                             \
    X(PROFILE_CPU, "CPU", NULL)                                                       \
    X(PROFILE_IPC, "IPC", NULL)                                                       \
    X(PROFILE_MEMORY, "MEMORY", NULL)                                                 \
    X(PROFILE_PAGE_FAULTS, "PAGE FAULTS", NULL)                                       \
    X(PROFILE_SOURCE, "SOURCE", NULL)                                                 \
    X(PROFILE_SWAPS, "SWAPS", NULL)                                                   \
    X(INSTANCE_ROTATE_INNODB_MASTER_KEY, "ROTATE INNODB MASTER KEY", NULL)             \
    X(INSTANCE_ROTATE_BINLOG_MASTER_KEY, "ROTATE BINLOG MASTER KEY", NULL)             \
    X(INSTANCE_RELOAD_TLS, "RELOAD TLS", NULL)                                        \
    X(INSTANCE_RELOAD_TLS_NO_ROLLBACK, "RELOAD TLS NO ROLLBACK ON ERROR", NULL)       \
    X(INSTANCE_ENABLE_REDO_LOG, "ENABLE INNODB REDO_LOG", NULL)                       \
    X(INSTANCE_DISABLE_REDO_LOG, "DISABLE INNODB REDO_LOG", NULL)                     \
    X(INSTANCE_RELOAD_KEYRING, "RELOAD KEYRING", NULL)                                \
    X(NAMED, NULL, NULL)  /* name = value, str = the name (CHANGE REPLICATION SOURCE TO) */

enum {
#define AST_ADMIN_OPTION_ENUM(name, before, after) AOPT_##name,
    AST_ADMIN_OPTIONS(AST_ADMIN_OPTION_ENUM)
#undef AST_ADMIN_OPTION_ENUM
    AOPT_COUNT
};

/* HANDLER op: OPEN, CLOSE, READ [index] FIRST/NEXT/PREV/LAST, READ index op (values) */
enum { HANDLER_OPEN, HANDLER_CLOSE, HANDLER_READ_FIRST, HANDLER_READ_NEXT, HANDLER_READ_PREV,
       HANDLER_READ_LAST, HANDLER_READ_EQ, HANDLER_READ_GE, HANDLER_READ_LE, HANDLER_READ_GT,
       HANDLER_READ_LT };
enum { AST_K_HANDLER_TABLE, AST_K_HANDLER_NAME, AST_K_HANDLER_VALUES, AST_K_HANDLER_WHERE,
       AST_K_HANDLER_LIMIT };

/*
 * ADMIN op, and what its two kids hold:
 *   RESET_MASTER        TO number LITERAL
 *   RESET_REPLICA       -; flags ADMIN_ALL
 *   RESET_PERSIST       variable IDENT; flags ADMIN_IF_EXISTS
 *   START/STOP_REPLICA  -; flags ADMIN_IO_THREAD, ADMIN_SQL_THREAD
 *   PURGE_LOGS_TO       log name LITERAL
 *   PURGE_LOGS_BEFORE   time expr
 *   SHUTDOWN, RESTART   -
 *   INSTALL_PLUGIN      name IDENT, library LITERAL
 *   UNINSTALL_PLUGIN    name IDENT
 *   INSTALL_COMPONENT, UNINSTALL_COMPONENT   list of URN LITERALs
 *   BINLOG              event LITERAL
 *   ALTER_INSTANCE      the action, an ADMIN_OPTION
 *   CLONE_LOCAL         directory LITERAL
 *   CHANGE_SOURCE       list of AOPT_NAMED ADMIN_OPTIONs; flags ADMIN_MASTER
 *                       when written CHANGE MASTER TO
 *   CACHE_INDEX         list of TABLE_KEYS, key cache IDENT
 *   LOAD_INDEX          list of TABLE_KEYS
 */
enum { ADMIN_RESET_MASTER, ADMIN_RESET_REPLICA, ADMIN_RESET_PERSIST, ADMIN_START_REPLICA,
       ADMIN_STOP_REPLICA, ADMIN_PURGE_LOGS_TO, ADMIN_PURGE_LOGS_BEFORE, ADMIN_SHUTDOWN,
       ADMIN_RESTART, ADMIN_INSTALL_PLUGIN, ADMIN_UNINSTALL_PLUGIN, ADMIN_INSTALL_COMPONENT,
       ADMIN_UNINSTALL_COMPONENT, ADMIN_BINLOG, ADMIN_ALTER_INSTANCE, ADMIN_CLONE_LOCAL,
       ADMIN_CHANGE_SOURCE, ADMIN_CACHE_INDEX, ADMIN_LOAD_INDEX };
#define AST_F_ADMIN_ALL 0x1u
#define AST_F_ADMIN_IF_EXISTS 0x2u
#define AST_F_ADMIN_IO_THREAD 0x4u
#define AST_F_ADMIN_SQL_THREAD 0x8u
#define AST_F_ADMIN_MASTER 0x10u
/* TABLE_KEYS flags */
#define AST_F_IGNORE_LEAVES 0x1u

/* USER op: a name, CURRENT_USER [()], or USER() (ALTER USER USER() ...) */
enum { USER_NAMED, USER_CURRENT, USER_FUNC };
/* USER flags */
#define AST_F_USER_DISCARD_OLD_PASSWORD 0x1u
/* AUTH op: IDENTIFIED [WITH plugin] BY 'pw' | BY RANDOM PASSWORD | AS 'hash',
 * or IDENTIFIED WITH plugin alone */
enum { AUTH_PASSWORD, AUTH_RANDOM, AUTH_HASH, AUTH_PLUGIN };

/* ACCOUNT op */
enum { ACCOUNT_CREATE_USER, ACCOUNT_ALTER_USER, ACCOUNT_ALTER_USER_DEFAULT_ROLE,
       ACCOUNT_DROP_USER, ACCOUNT_RENAME_USER, ACCOUNT_CREATE_ROLE, ACCOUNT_DROP_ROLE,
       ACCOUNT_SET_DEFAULT_ROLE, ACCOUNT_SET_ROLE };
/* ACCOUNT flags */
#define AST_F_ACCT_IF_NOT_EXISTS 0x1u
#define AST_F_ACCT_IF_EXISTS 0x2u
#define AST_F_ACCT_ATTRIBUTE 0x4u      /* the last kid is ATTRIBUTE, not COMMENT */
#define AST_F_ACCT_ROLE_NONE 0x8u      /* DEFAULT ROLE NONE, SET ROLE NONE */
#define AST_F_ACCT_ROLE_ALL 0x10u      /* DEFAULT ROLE ALL, SET ROLE ALL [EXCEPT roles] */
#define AST_F_ACCT_ROLE_DEFAULT 0x20u  /* SET ROLE DEFAULT */
enum { AST_K_ACCT_USERS, AST_K_ACCT_ROLES, AST_K_ACCT_REQUIRE, AST_K_ACCT_RESOURCES,
       AST_K_ACCT_PASSWORD, AST_K_ACCT_COMMENT };

/* GRANT op */
enum { GRANT_PRIVILEGES, GRANT_ROLES, GRANT_PROXY, REVOKE_PRIVILEGES, REVOKE_ROLES,
       REVOKE_PROXY, REVOKE_ALL };
/* GRANT flags */
#define AST_F_GRANT_WITH_GRANT_OPTION 0x1u
#define AST_F_GRANT_WITH_ADMIN_OPTION 0x2u
#define AST_F_GRANT_IF_EXISTS 0x4u
#define AST_F_GRANT_IGNORE_UNKNOWN_USER 0x8u
enum { AST_K_GRANT_WHAT, AST_K_GRANT_ON, AST_K_GRANT_USERS, AST_K_GRANT_AS, AST_K_GRANT_AS_ROLE };
/* PRIV flags */
#define AST_F_PRIV_DYNAMIC 0x1u
/* GRANT_LEVEL op and flags */
enum { GRANT_ON_ANY, GRANT_ON_TABLE, GRANT_ON_FUNCTION, GRANT_ON_PROCEDURE };
#define AST_F_GRANT_QUALIFIED 0x1u

#endif
