/*
 * ast_print_admin: session, transaction and administration statements
 * back to SQL (kinds in ast_admin_kinds.h).
 *
 * Synonyms print in one spelling: SCHEMAS as DATABASES, FIELDS as
 * COLUMNS, KEYS/INDEXES as INDEX, CHARSET as CHARACTER SET, DESC as
 * DESCRIBE or EXPLAIN, := as =, DROP PREPARE as DEALLOCATE PREPARE, SLAVE
 * as REPLICA, a bare or keyword-scoped SET target as @@scope.name (its
 * scope was settled by the parser), an account without a host as 'u'@'%'.
 */
#include <string.h>

#include "ast_print.h"
#include "jimkv/assert.h"

static const char *const scope_text[] = {
    [SCOPE_NONE] = "", [SCOPE_GLOBAL] = "GLOBAL", [SCOPE_SESSION] = "SESSION",
    [SCOPE_LOCAL] = "LOCAL", [SCOPE_PERSIST] = "PERSIST", [SCOPE_PERSIST_ONLY] = "PERSIST_ONLY",
};

static const struct {
    const char *before;
    const char *after;
} option_text[AOPT_COUNT] = {
#define AST_ADMIN_OPTION_TEXT(name, before, after) [AOPT_##name] = { before, after },
    AST_ADMIN_OPTIONS(AST_ADMIN_OPTION_TEXT)
#undef AST_ADMIN_OPTION_TEXT
};

static void pr_lit_string(printer *pr, const ast *lit)
{
    JK_ASSERT(lit && lit->kind == AST_LITERAL);
    pr_string(pr, lit->str, lit->n);
}

void pr_user(printer *pr, const ast *u)
{
    JK_ASSERT(u && u->kind == AST_USER);
    switch (u->op) {
    case USER_CURRENT: pr_str(pr, "CURRENT_USER"); return;
    case USER_FUNC: pr_str(pr, "USER()"); return;
    default: break;
    }
    pr_string(pr, u->str, u->n);
    pr_char(pr, '@');
    pr_string(pr, u->str2, strlen(u->str2));
}

static void pr_user_list(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *u = ast_first(list); u; u = u->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_user(pr, u);
    }
}

static void pr_option(printer *pr, const ast *o)
{
    JK_ASSERT(o->kind == AST_ADMIN_OPTION && o->op < AOPT_COUNT);
    if (o->op == AOPT_NAMED) {
        pr_str(pr, o->str);
        pr_str(pr, " = ");
        pr_expr(pr, o->kid[0], PREC_TOP);
        return;
    }
    pr_str(pr, option_text[o->op].before);
    if (o->kid[0]) {
        pr_char(pr, ' ');
        pr_expr(pr, o->kid[0], PREC_SIMPLE);
    }
    if (option_text[o->op].after) {
        pr_char(pr, ' ');
        pr_str(pr, option_text[o->op].after);
    }
}

static void pr_option_list(printer *pr, const ast *list, const char *sep)
{
    int i = 0;
    for (const ast *o = ast_first(list); o; o = o->next, i++) {
        if (i) pr_str(pr, sep);
        pr_option(pr, o);
    }
}

/* ------------------------------------------------------- transactions */

/* READ ONLY / READ WRITE, comma-separated from what precedes them. */
static void pr_txn_access(printer *pr, uint32_t flags, bool comma)
{
    if (flags & AST_F_TXN_READ_ONLY) {
        pr_str(pr, comma ? ", READ ONLY" : " READ ONLY");
        comma = true;
    }
    if (flags & AST_F_TXN_READ_WRITE) pr_str(pr, comma ? ", READ WRITE" : " READ WRITE");
}

static void pr_xa(printer *pr, const ast *t)
{
    static const char *const verb[] = {
        [TXN_XA_START] = "XA START ", [TXN_XA_END] = "XA END ", [TXN_XA_PREPARE] = "XA PREPARE ",
        [TXN_XA_COMMIT] = "XA COMMIT ", [TXN_XA_ROLLBACK] = "XA ROLLBACK ",
        [TXN_XA_RECOVER] = "XA RECOVER",
    };
    pr_str(pr, verb[t->op]);
    if (t->kid[0]) pr_expr_list(pr, t->kid[0]);
    if (t->flags & AST_F_XA_JOIN) pr_str(pr, " JOIN");
    if (t->flags & AST_F_XA_RESUME) pr_str(pr, " RESUME");
    if (t->flags & AST_F_XA_SUSPEND) pr_str(pr, " SUSPEND");
    if (t->flags & AST_F_XA_FOR_MIGRATE) pr_str(pr, " FOR MIGRATE");
    if (t->flags & AST_F_XA_ONE_PHASE) pr_str(pr, " ONE PHASE");
    if (t->flags & AST_F_XA_CONVERT_XID) pr_str(pr, " CONVERT XID");
}

static void pr_txn(printer *pr, const ast *t)
{
    uint32_t f = t->flags;
    if (t->op >= TXN_XA_START) {
        pr_xa(pr, t);
        return;
    }
    switch (t->op) {
    case TXN_BEGIN: pr_str(pr, "BEGIN"); return;
    case TXN_START:
        pr_str(pr, "START TRANSACTION");
        if (f & AST_F_TXN_CONSISTENT_SNAPSHOT) pr_str(pr, " WITH CONSISTENT SNAPSHOT");
        pr_txn_access(pr, f, (f & AST_F_TXN_CONSISTENT_SNAPSHOT) != 0);
        return;
    case TXN_COMMIT:
    case TXN_ROLLBACK:
        pr_str(pr, t->op == TXN_COMMIT ? "COMMIT" : "ROLLBACK");
        if (f & AST_F_TXN_CHAIN) pr_str(pr, " AND CHAIN");
        if (f & AST_F_TXN_NO_CHAIN) pr_str(pr, " AND NO CHAIN");
        if (f & AST_F_TXN_RELEASE) pr_str(pr, " RELEASE");
        if (f & AST_F_TXN_NO_RELEASE) pr_str(pr, " NO RELEASE");
        return;
    case TXN_SAVEPOINT: pr_str(pr, "SAVEPOINT "); break;
    case TXN_ROLLBACK_TO: pr_str(pr, "ROLLBACK TO SAVEPOINT "); break;
    default: pr_str(pr, "RELEASE SAVEPOINT "); break;
    }
    pr_ident_node(pr, t->kid[0]);
}

/* ------------------------------------------------------------------ SET */

static void pr_set_charset(printer *pr, const ast *c)
{
    pr_str(pr, c->op == SETCS_NAMES ? "NAMES " : "CHARACTER SET ");
    if (!c->str) {
        pr_str(pr, "DEFAULT");
        return;
    }
    pr_ident(pr, c->str, c->n);
    if (c->str2) {
        pr_str(pr, " COLLATE ");
        pr_ident(pr, c->str2, strlen(c->str2));
    }
}

static void pr_set(printer *pr, const ast *s)
{
    pr_str(pr, "SET ");
    int i = 0;
    for (const ast *e = ast_first(s->kid[0]); e; e = e->next, i++) {
        if (i) pr_str(pr, ", ");
        if (e->kind == AST_SET_CHARSET) {
            pr_set_charset(pr, e);
            continue;
        }
        JK_ASSERT(e->kind == AST_SET_ASSIGN);
        if (e->kid[0]->kind == AST_SYS_VAR) pr_sysvar(pr, e->kid[0]);
        else pr_expr(pr, e->kid[0], PREC_SIMPLE);
        pr_str(pr, " = ");
        pr_expr(pr, e->kid[1], PREC_TOP);
    }
}

static void pr_set_transaction(printer *pr, const ast *s)
{
    static const struct { uint32_t flag; const char *text; } levels[] = {
        { AST_F_ISO_READ_UNCOMMITTED, "READ UNCOMMITTED" },
        { AST_F_ISO_READ_COMMITTED, "READ COMMITTED" },
        { AST_F_ISO_REPEATABLE_READ, "REPEATABLE READ" },
        { AST_F_ISO_SERIALIZABLE, "SERIALIZABLE" },
    };
    pr_str(pr, "SET ");
    if (s->op != SCOPE_NONE) {
        pr_str(pr, scope_text[s->op]);
        pr_char(pr, ' ');
    }
    pr_str(pr, "TRANSACTION");
    bool level = false;
    for (size_t i = 0; i < sizeof(levels) / sizeof(levels[0]); i++) {
        if (!(s->flags & levels[i].flag)) continue;
        pr_str(pr, " ISOLATION LEVEL ");
        pr_str(pr, levels[i].text);
        level = true;
    }
    pr_txn_access(pr, s->flags, level);
}

static void pr_password_tail(printer *pr, const ast *replace, uint32_t flags)
{
    if (replace) {
        pr_str(pr, " REPLACE ");
        pr_lit_string(pr, replace);
    }
    if (flags & AST_F_AUTH_RETAIN) pr_str(pr, " RETAIN CURRENT PASSWORD");
}

static void pr_set_password(printer *pr, const ast *s)
{
    pr_str(pr, "SET PASSWORD");
    if (s->kid[0]) {
        pr_str(pr, " FOR ");
        pr_user(pr, s->kid[0]);
    }
    if (s->flags & AST_F_AUTH_RANDOM) {
        pr_str(pr, " TO RANDOM");
    } else {
        pr_str(pr, " = ");
        pr_lit_string(pr, s->kid[1]);
    }
    pr_password_tail(pr, s->kid[2], s->flags);
}

/* ----------------------------------------------------------------- SHOW */

/* The words after SHOW and its modifiers, per op. */
static const char *const show_text[SHOW_OP_COUNT] = {
    [SHOW_DATABASES] = "DATABASES", [SHOW_TABLES] = "TABLES",
    [SHOW_TABLE_STATUS] = "TABLE STATUS", [SHOW_OPEN_TABLES] = "OPEN TABLES",
    [SHOW_COLUMNS] = "COLUMNS FROM ", [SHOW_INDEX] = "INDEX FROM ",
    [SHOW_TRIGGERS] = "TRIGGERS", [SHOW_EVENTS] = "EVENTS",
    [SHOW_FUNCTION_STATUS] = "FUNCTION STATUS", [SHOW_PROCEDURE_STATUS] = "PROCEDURE STATUS",
    [SHOW_CREATE_TABLE] = "CREATE TABLE ", [SHOW_CREATE_VIEW] = "CREATE VIEW ",
    [SHOW_CREATE_DATABASE] = "CREATE DATABASE ", [SHOW_CREATE_USER] = "CREATE USER ",
    [SHOW_CREATE_FUNCTION] = "CREATE FUNCTION ", [SHOW_CREATE_PROCEDURE] = "CREATE PROCEDURE ",
    [SHOW_CREATE_TRIGGER] = "CREATE TRIGGER ", [SHOW_CREATE_EVENT] = "CREATE EVENT ",
    [SHOW_VARIABLES] = "VARIABLES", [SHOW_STATUS] = "STATUS", [SHOW_WARNINGS] = "WARNINGS",
    [SHOW_ERRORS] = "ERRORS", [SHOW_COUNT_WARNINGS] = "COUNT(*) WARNINGS",
    [SHOW_COUNT_ERRORS] = "COUNT(*) ERRORS", [SHOW_PROCESSLIST] = "PROCESSLIST",
    [SHOW_ENGINES] = "ENGINES", [SHOW_ENGINE_STATUS] = "ENGINE ", [SHOW_ENGINE_MUTEX] = "ENGINE ",
    [SHOW_CHARSET] = "CHARACTER SET", [SHOW_COLLATION] = "COLLATION", [SHOW_GRANTS] = "GRANTS",
    [SHOW_PRIVILEGES] = "PRIVILEGES", [SHOW_PLUGINS] = "PLUGINS",
    [SHOW_MASTER_STATUS] = "MASTER STATUS", [SHOW_REPLICA_STATUS] = "REPLICA STATUS",
    [SHOW_REPLICAS] = "REPLICAS", [SHOW_BINARY_LOGS] = "BINARY LOGS",
    [SHOW_BINLOG_EVENTS] = "BINLOG EVENTS", [SHOW_RELAYLOG_EVENTS] = "RELAYLOG EVENTS",
    [SHOW_PROFILES] = "PROFILES", [SHOW_PROFILE] = "PROFILE",
};

static void pr_show(printer *pr, const ast *s)
{
    JK_ASSERT(s->op < SHOW_OP_COUNT && show_text[s->op]);
    const ast *object = s->kid[AST_K_SHOW_OBJECT];
    const ast *extra = s->kid[AST_K_SHOW_EXTRA];
    pr_str(pr, "SHOW ");
    if (s->flags & AST_F_SHOW_EXTENDED) pr_str(pr, "EXTENDED ");
    if (s->flags & AST_F_SHOW_FULL) pr_str(pr, "FULL ");
    if (s->flags & AST_F_SHOW_GLOBAL) pr_str(pr, "GLOBAL ");
    if (s->flags & AST_F_SHOW_SESSION) pr_str(pr, "SESSION ");
    pr_str(pr, show_text[s->op]);
    if (s->flags & AST_F_SHOW_IF_NOT_EXISTS) pr_str(pr, "IF NOT EXISTS ");
    if (object) {
        switch (s->op) {
        case SHOW_GRANTS: pr_str(pr, " FOR "); break;
        case SHOW_BINLOG_EVENTS: case SHOW_RELAYLOG_EVENTS: pr_str(pr, " IN "); break;
        case SHOW_PROFILE: pr_char(pr, ' '); break;
        default: break;
        }
        if (object->kind == AST_USER) pr_user(pr, object);
        else if (object->kind == AST_LIST) pr_option_list(pr, object, ", ");
        else pr_node(pr, object);
    }
    if (s->op == SHOW_ENGINE_STATUS) pr_str(pr, " STATUS");
    if (s->op == SHOW_ENGINE_MUTEX) pr_str(pr, " MUTEX");
    if (s->kid[AST_K_SHOW_DB]) {
        pr_str(pr, " FROM ");
        pr_ident_node(pr, s->kid[AST_K_SHOW_DB]);
    }
    if (s->kid[AST_K_SHOW_LIKE]) {
        pr_str(pr, " LIKE ");
        pr_expr(pr, s->kid[AST_K_SHOW_LIKE], PREC_SIMPLE);
    }
    if (s->kid[AST_K_SHOW_WHERE]) {
        pr_str(pr, " WHERE ");
        pr_expr(pr, s->kid[AST_K_SHOW_WHERE], PREC_TOP);
    }
    if (extra && s->op == SHOW_GRANTS) {
        pr_str(pr, " USING ");
        pr_user_list(pr, extra);
    } else if (extra) {
        pr_str(pr, s->op == SHOW_PROFILE ? " FOR QUERY " : " FROM ");
        pr_expr(pr, extra, PREC_SIMPLE);
    }
    if (s->kid[AST_K_SHOW_LIMIT]) pr_limit(pr, s->kid[AST_K_SHOW_LIMIT]);
}

/* ------------------------------------------------- EXPLAIN and session */

static void pr_explain(printer *pr, const ast *e)
{
    if (e->op == EXPLAIN_TABLE) {
        pr_str(pr, "DESCRIBE ");
        pr_table_name(pr, e->kid[0]);
        if (e->kid[1]) {
            pr_char(pr, ' ');
            if (e->kid[1]->kind == AST_IDENT) pr_ident_node(pr, e->kid[1]);
            else pr_lit_string(pr, e->kid[1]);
        }
        return;
    }
    pr_str(pr, e->op == EXPLAIN_ANALYZE ? "EXPLAIN ANALYZE " : "EXPLAIN ");
    if (e->str) {
        pr_str(pr, "FORMAT = ");
        /* The three names MySQL knows print bare; anything else quoted, so
         * that it reads back as the same name whatever it is. */
        if (!strcmp(e->str, "TRADITIONAL") || !strcmp(e->str, "TREE") || !strcmp(e->str, "JSON"))
            pr_str(pr, e->str);
        else
            pr_ident(pr, e->str, e->n);
        pr_char(pr, ' ');
    }
    if (e->op == EXPLAIN_FOR_CONNECTION) {
        pr_str(pr, "FOR CONNECTION ");
        pr_expr(pr, e->kid[0], PREC_TOP);
        return;
    }
    pr_node(pr, e->kid[0]);
}

static void pr_prepared(printer *pr, const ast *s)
{
    static const char *const verb[] = {
        [PS_PREPARE] = "PREPARE ", [PS_EXECUTE] = "EXECUTE ",
        [PS_DEALLOCATE] = "DEALLOCATE PREPARE ",
    };
    pr_str(pr, verb[s->op]);
    pr_ident_node(pr, s->kid[0]);
    if (!s->kid[1]) return;
    if (s->op == PS_PREPARE) {
        pr_str(pr, " FROM ");
        pr_expr(pr, s->kid[1], PREC_SIMPLE);
    } else {
        pr_str(pr, " USING ");
        pr_expr_list(pr, s->kid[1]);
    }
}

static void pr_lock_tables(printer *pr, const ast *s)
{
    static const char *const mode[] = {
        [LOCK_MODE_READ] = " READ", [LOCK_MODE_READ_LOCAL] = " READ LOCAL",
        [LOCK_MODE_WRITE] = " WRITE", [LOCK_MODE_LOW_PRIORITY_WRITE] = " LOW_PRIORITY WRITE",
    };
    switch (s->op) {
    case LOCK_STMT_UNLOCK_TABLES: pr_str(pr, "UNLOCK TABLES"); return;
    case LOCK_STMT_INSTANCE: pr_str(pr, "LOCK INSTANCE FOR BACKUP"); return;
    case LOCK_STMT_UNLOCK_INSTANCE: pr_str(pr, "UNLOCK INSTANCE"); return;
    default: break;
    }
    pr_str(pr, "LOCK TABLES ");
    int i = 0;
    for (const ast *t = ast_first(s->kid[0]); t; t = t->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_table_name(pr, t->kid[0]);
        if (t->kid[1]) {
            pr_str(pr, " AS ");
            pr_ident_node(pr, t->kid[1]);
        }
        pr_str(pr, mode[t->op]);
    }
}

static void pr_flush(printer *pr, const ast *s)
{
    pr_str(pr, "FLUSH ");
    if (s->flags & AST_F_FLUSH_NO_WRITE_TO_BINLOG) pr_str(pr, "NO_WRITE_TO_BINLOG ");
    if (s->op == FLUSH_OPTIONS) {
        pr_option_list(pr, s->kid[0], ", ");
        return;
    }
    pr_str(pr, "TABLES");
    if (s->kid[0]) {
        pr_char(pr, ' ');
        pr_list(pr, s->kid[0], ", ");
    }
    if (s->flags & AST_F_FLUSH_WITH_READ_LOCK) pr_str(pr, " WITH READ LOCK");
    if (s->flags & AST_F_FLUSH_FOR_EXPORT) pr_str(pr, " FOR EXPORT");
}

/* ---------------------------------------------------- accounts, grants */

static void pr_auth(printer *pr, const ast *a)
{
    JK_ASSERT(a->kind == AST_AUTH);
    pr_str(pr, " IDENTIFIED");
    if (a->str) {
        pr_str(pr, " WITH ");
        pr_ident(pr, a->str, a->n);
    }
    switch (a->op) {
    case AUTH_PASSWORD: pr_str(pr, " BY "); pr_lit_string(pr, a->kid[0]); break;
    case AUTH_RANDOM: pr_str(pr, " BY RANDOM PASSWORD"); break;
    case AUTH_HASH: pr_str(pr, " AS "); pr_lit_string(pr, a->kid[0]); break;
    default: break;
    }
    pr_password_tail(pr, a->kid[1], a->flags);
}

/* Users with what follows each: authentication, or RENAME USER's new name. */
static void pr_account_users(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *u = ast_first(list); u; u = u->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_user(pr, u);
        const ast *k = u->kid[0];
        if (k && k->kind == AST_AUTH) pr_auth(pr, k);
        if (k && k->kind == AST_USER) {
            pr_str(pr, " TO ");
            pr_user(pr, k);
        }
        if (u->flags & AST_F_USER_DISCARD_OLD_PASSWORD) pr_str(pr, " DISCARD OLD PASSWORD");
    }
}

static void pr_role_spec(printer *pr, const ast *a)
{
    if (a->flags & AST_F_ACCT_ROLE_DEFAULT) pr_str(pr, "DEFAULT");
    if (a->flags & AST_F_ACCT_ROLE_NONE) pr_str(pr, "NONE");
    if (a->flags & AST_F_ACCT_ROLE_ALL)
        pr_str(pr, a->kid[AST_K_ACCT_ROLES] ? "ALL EXCEPT " : "ALL");
    if (a->kid[AST_K_ACCT_ROLES]) pr_user_list(pr, a->kid[AST_K_ACCT_ROLES]);
}

static void pr_account_tail(printer *pr, const ast *a)
{
    if (a->kid[AST_K_ACCT_REQUIRE]) {
        pr_str(pr, " REQUIRE ");
        pr_option_list(pr, a->kid[AST_K_ACCT_REQUIRE], " AND ");
    }
    if (a->kid[AST_K_ACCT_RESOURCES]) {
        pr_str(pr, " WITH ");
        pr_option_list(pr, a->kid[AST_K_ACCT_RESOURCES], " ");
    }
    if (a->kid[AST_K_ACCT_PASSWORD]) {
        pr_char(pr, ' ');
        pr_option_list(pr, a->kid[AST_K_ACCT_PASSWORD], " ");
    }
    if (a->kid[AST_K_ACCT_COMMENT]) {
        pr_str(pr, a->flags & AST_F_ACCT_ATTRIBUTE ? " ATTRIBUTE " : " COMMENT ");
        pr_lit_string(pr, a->kid[AST_K_ACCT_COMMENT]);
    }
}

static void pr_account(printer *pr, const ast *a)
{
    static const char *const verb[] = {
        [ACCOUNT_CREATE_USER] = "CREATE USER ", [ACCOUNT_ALTER_USER] = "ALTER USER ",
        [ACCOUNT_ALTER_USER_DEFAULT_ROLE] = "ALTER USER ", [ACCOUNT_DROP_USER] = "DROP USER ",
        [ACCOUNT_RENAME_USER] = "RENAME USER ", [ACCOUNT_CREATE_ROLE] = "CREATE ROLE ",
        [ACCOUNT_DROP_ROLE] = "DROP ROLE ", [ACCOUNT_SET_DEFAULT_ROLE] = "SET DEFAULT ROLE ",
        [ACCOUNT_SET_ROLE] = "SET ROLE ",
    };
    pr_str(pr, verb[a->op]);
    if (a->flags & AST_F_ACCT_IF_NOT_EXISTS) pr_str(pr, "IF NOT EXISTS ");
    if (a->flags & AST_F_ACCT_IF_EXISTS) pr_str(pr, "IF EXISTS ");
    switch (a->op) {
    case ACCOUNT_SET_ROLE:
        pr_role_spec(pr, a);
        return;
    case ACCOUNT_SET_DEFAULT_ROLE:
        pr_role_spec(pr, a);
        pr_str(pr, " TO ");
        pr_user_list(pr, a->kid[AST_K_ACCT_USERS]);
        return;
    case ACCOUNT_ALTER_USER_DEFAULT_ROLE:
        pr_user_list(pr, a->kid[AST_K_ACCT_USERS]);
        pr_str(pr, " DEFAULT ROLE ");
        pr_role_spec(pr, a);
        return;
    default:
        break;
    }
    pr_account_users(pr, a->kid[AST_K_ACCT_USERS]);
    if (a->op == ACCOUNT_CREATE_USER && a->kid[AST_K_ACCT_ROLES]) {
        pr_str(pr, " DEFAULT ROLE ");
        pr_user_list(pr, a->kid[AST_K_ACCT_ROLES]);
    }
    pr_account_tail(pr, a);
}

static void pr_priv_list(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *e = ast_first(list); e; e = e->next, i++) {
        if (i) pr_str(pr, ", ");
        if (e->flags & AST_F_PRIV_DYNAMIC) pr_ident(pr, e->str, e->n);
        else pr_str(pr, strcmp(e->str, "ALL") ? e->str : "ALL PRIVILEGES");
        if (e->kid[0]) {
            pr_str(pr, " (");
            pr_ident_list(pr, e->kid[0]);
            pr_char(pr, ')');
        }
    }
}

static void pr_grant_level(printer *pr, const ast *g)
{
    static const char *const type[] = {
        [GRANT_ON_ANY] = "", [GRANT_ON_TABLE] = "TABLE ", [GRANT_ON_FUNCTION] = "FUNCTION ",
        [GRANT_ON_PROCEDURE] = "PROCEDURE ",
    };
    pr_str(pr, type[g->op]);
    if (g->flags & AST_F_GRANT_QUALIFIED) {
        if (g->kid[0]) pr_ident_node(pr, g->kid[0]);
        else pr_char(pr, '*');
        pr_char(pr, '.');
    }
    if (g->kid[1]) pr_ident_node(pr, g->kid[1]);
    else pr_char(pr, '*');
}

static void pr_grant(printer *pr, const ast *g)
{
    bool revoke = g->op >= REVOKE_PRIVILEGES;
    const ast *what = g->kid[AST_K_GRANT_WHAT], *on = g->kid[AST_K_GRANT_ON];
    pr_str(pr, revoke ? "REVOKE " : "GRANT ");
    if (g->flags & AST_F_GRANT_IF_EXISTS) pr_str(pr, "IF EXISTS ");
    switch (g->op) {
    case GRANT_PRIVILEGES:
    case REVOKE_PRIVILEGES:
        pr_priv_list(pr, what);
        pr_str(pr, " ON ");
        pr_grant_level(pr, on);
        break;
    case GRANT_ROLES:
    case REVOKE_ROLES:
        pr_user_list(pr, what);
        break;
    case GRANT_PROXY:
    case REVOKE_PROXY:
        pr_str(pr, "PROXY ON ");
        pr_user(pr, on);
        break;
    default:
        pr_str(pr, "ALL PRIVILEGES, GRANT OPTION");
        break;
    }
    pr_str(pr, revoke ? " FROM " : " TO ");
    pr_user_list(pr, g->kid[AST_K_GRANT_USERS]);
    if (g->flags & AST_F_GRANT_WITH_GRANT_OPTION) pr_str(pr, " WITH GRANT OPTION");
    if (g->flags & AST_F_GRANT_WITH_ADMIN_OPTION) pr_str(pr, " WITH ADMIN OPTION");
    if (g->kid[AST_K_GRANT_AS]) {
        pr_str(pr, " AS ");
        pr_user(pr, g->kid[AST_K_GRANT_AS]);
    }
    if (g->kid[AST_K_GRANT_AS_ROLE]) {
        pr_str(pr, " WITH ROLE ");
        pr_role_spec(pr, g->kid[AST_K_GRANT_AS_ROLE]);
    }
    if (g->flags & AST_F_GRANT_IGNORE_UNKNOWN_USER) pr_str(pr, " IGNORE UNKNOWN USER");
}

/* ---------------------------------------- CALL, HANDLER, administration */

static void pr_handler(printer *pr, const ast *h)
{
    static const char *const read[] = {
        [HANDLER_READ_FIRST] = " FIRST", [HANDLER_READ_NEXT] = " NEXT",
        [HANDLER_READ_PREV] = " PREV",
        [HANDLER_READ_LAST] = " LAST", [HANDLER_READ_EQ] = " = ", [HANDLER_READ_GE] = " >= ",
        [HANDLER_READ_LE] = " <= ", [HANDLER_READ_GT] = " > ", [HANDLER_READ_LT] = " < ",
    };
    const ast *name = h->kid[AST_K_HANDLER_NAME];
    pr_str(pr, "HANDLER ");
    pr_table_name(pr, h->kid[AST_K_HANDLER_TABLE]);
    if (h->op == HANDLER_OPEN || h->op == HANDLER_CLOSE) {
        pr_str(pr, h->op == HANDLER_OPEN ? " OPEN" : " CLOSE");
        if (name) {
            pr_str(pr, " AS ");
            pr_ident_node(pr, name);
        }
        return;
    }
    pr_str(pr, " READ");
    if (name) {
        pr_char(pr, ' ');
        pr_ident_node(pr, name);
    }
    pr_str(pr, read[h->op]);
    if (h->kid[AST_K_HANDLER_VALUES]) {
        pr_char(pr, '(');
        pr_expr_list(pr, h->kid[AST_K_HANDLER_VALUES]);
        pr_char(pr, ')');
    }
    if (h->kid[AST_K_HANDLER_WHERE]) {
        pr_str(pr, " WHERE ");
        pr_expr(pr, h->kid[AST_K_HANDLER_WHERE], PREC_TOP);
    }
    if (h->kid[AST_K_HANDLER_LIMIT]) pr_limit(pr, h->kid[AST_K_HANDLER_LIMIT]);
}

static void pr_table_keys(printer *pr, const ast *list)
{
    int i = 0;
    for (const ast *t = ast_first(list); t; t = t->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_table_name(pr, t->kid[0]);
        if (t->kid[1]) {
            pr_str(pr, " INDEX (");
            pr_ident_list(pr, t->kid[1]);
            pr_char(pr, ')');
        }
        if (t->flags & AST_F_IGNORE_LEAVES) pr_str(pr, " IGNORE LEAVES");
    }
}

static void pr_admin(printer *pr, const ast *a)
{
    static const char *const verb[] = {
        [ADMIN_RESET_MASTER] = "RESET MASTER", [ADMIN_RESET_REPLICA] = "RESET REPLICA",
        [ADMIN_RESET_PERSIST] = "RESET PERSIST", [ADMIN_START_REPLICA] = "START REPLICA",
        [ADMIN_STOP_REPLICA] = "STOP REPLICA", [ADMIN_PURGE_LOGS_TO] = "PURGE BINARY LOGS TO ",
        [ADMIN_PURGE_LOGS_BEFORE] = "PURGE BINARY LOGS BEFORE ", [ADMIN_SHUTDOWN] = "SHUTDOWN",
        [ADMIN_RESTART] = "RESTART", [ADMIN_INSTALL_PLUGIN] = "INSTALL PLUGIN ",
        [ADMIN_UNINSTALL_PLUGIN] = "UNINSTALL PLUGIN ",
        [ADMIN_INSTALL_COMPONENT] = "INSTALL COMPONENT ",
        [ADMIN_UNINSTALL_COMPONENT] = "UNINSTALL COMPONENT ", [ADMIN_BINLOG] = "BINLOG ",
        [ADMIN_ALTER_INSTANCE] = "ALTER INSTANCE ",
        [ADMIN_CLONE_LOCAL] = "CLONE LOCAL DATA DIRECTORY = ",
        [ADMIN_CHANGE_SOURCE] = "CHANGE REPLICATION SOURCE TO ",
        [ADMIN_CACHE_INDEX] = "CACHE INDEX ",
        [ADMIN_LOAD_INDEX] = "LOAD INDEX INTO CACHE ",
    };
    const ast *k0 = a->kid[0];
    bool master = a->op == ADMIN_CHANGE_SOURCE && (a->flags & AST_F_ADMIN_MASTER);
    pr_str(pr, master ? "CHANGE MASTER TO " : verb[a->op]);
    switch (a->op) {
    case ADMIN_RESET_MASTER:
        if (k0) {
            pr_str(pr, " TO ");
            pr_expr(pr, k0, PREC_SIMPLE);
        }
        break;
    case ADMIN_RESET_REPLICA:
        if (a->flags & AST_F_ADMIN_ALL) pr_str(pr, " ALL");
        break;
    case ADMIN_RESET_PERSIST:
        if (a->flags & AST_F_ADMIN_IF_EXISTS) pr_str(pr, " IF EXISTS");
        if (k0) {
            pr_char(pr, ' ');
            pr_ident_node(pr, k0);
        }
        break;
    case ADMIN_START_REPLICA:
    case ADMIN_STOP_REPLICA:
        if (a->flags & AST_F_ADMIN_IO_THREAD) pr_str(pr, " IO_THREAD");
        if (a->flags & AST_F_ADMIN_SQL_THREAD)
            pr_str(pr, a->flags & AST_F_ADMIN_IO_THREAD ? ", SQL_THREAD" : " SQL_THREAD");
        break;
    case ADMIN_INSTALL_PLUGIN:
        pr_ident_node(pr, k0);
        pr_str(pr, " SONAME ");
        pr_lit_string(pr, a->kid[1]);
        break;
    case ADMIN_UNINSTALL_PLUGIN: pr_ident_node(pr, k0); break;
    case ADMIN_ALTER_INSTANCE: pr_option(pr, k0); break;
    case ADMIN_CHANGE_SOURCE: pr_option_list(pr, k0, ", "); break;
    case ADMIN_CACHE_INDEX:
        pr_table_keys(pr, k0);
        pr_str(pr, " IN ");
        pr_ident_node(pr, a->kid[1]);
        break;
    case ADMIN_LOAD_INDEX: pr_table_keys(pr, k0); break;
    case ADMIN_PURGE_LOGS_BEFORE: pr_expr(pr, k0, PREC_TOP); break;
    default:
        /* the rest: nothing, one string, or a list of strings */
        if (k0 && k0->kind == AST_LIST) pr_expr_list(pr, k0);
        else if (k0) pr_expr(pr, k0, PREC_TOP);
        break;
    }
}

/* ------------------------------------------------------------- dispatch */

bool pr_admin_node(printer *pr, const ast *node)
{
    switch (node->kind) {
    case AST_TXN: pr_txn(pr, node); return true;
    case AST_SET: pr_set(pr, node); return true;
    case AST_SET_TRANSACTION: pr_set_transaction(pr, node); return true;
    case AST_SET_PASSWORD: pr_set_password(pr, node); return true;
    case AST_USE:
        pr_str(pr, "USE ");
        pr_ident_node(pr, node->kid[0]);
        return true;
    case AST_SHOW: pr_show(pr, node); return true;
    case AST_EXPLAIN: pr_explain(pr, node); return true;
    case AST_KILL:
        pr_str(pr, node->op == KILL_QUERY ? "KILL QUERY " : "KILL CONNECTION ");
        pr_expr(pr, node->kid[0], PREC_TOP);
        return true;
    case AST_PREPARED: pr_prepared(pr, node); return true;
    case AST_DO:
        pr_str(pr, "DO ");
        pr_expr_list(pr, node->kid[0]);
        return true;
    case AST_HELP:
        pr_str(pr, "HELP ");
        pr_string(pr, node->kid[0]->str, node->kid[0]->n);
        return true;
    case AST_LOCK_TABLES: pr_lock_tables(pr, node); return true;
    case AST_FLUSH: pr_flush(pr, node); return true;
    case AST_ADMIN_OPTION: pr_option(pr, node); return true;
    case AST_USER: pr_user(pr, node); return true;
    case AST_ACCOUNT: pr_account(pr, node); return true;
    case AST_GRANT: pr_grant(pr, node); return true;
    case AST_CALL:
        pr_str(pr, "CALL ");
        pr_table_name(pr, node->kid[0]);
        pr_char(pr, '(');
        pr_expr_list(pr, node->kid[1]);
        pr_char(pr, ')');
        return true;
    case AST_HANDLER: pr_handler(pr, node); return true;
    case AST_ADMIN: pr_admin(pr, node); return true;
    case AST_SUBSCRIBE:
        pr_str(pr, "SUBSCRIBE TO ");
        pr_table_name(pr, node->kid[0]);
        if (node->kid[1]) {
            pr_str(pr, " AS OF ");
            pr_expr(pr, node->kid[1], PREC_TOP);
        }
        return true;
    default:
        return false;
    }
}
