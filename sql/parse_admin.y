// Session, transaction and administration statements: spliced into parse.y
// at build time (see gen_keywords.cmake), so this file holds rules only.


// Two-word token the driver forms (see SHOW COUNT(*) below).
%token SHOW_COUNT.

cmd(A) ::= txn_stmt(B).                { A = B; }
cmd(A) ::= set_stmt(B).                { A = B; }
cmd(A) ::= use_stmt(B).                { A = B; }
cmd(A) ::= show_stmt(B).               { A = B; }
cmd(A) ::= explain_stmt(B).            { A = B; }
cmd(A) ::= session_stmt(B).            { A = B; }
cmd(A) ::= lock_stmt(B).               { A = B; }
cmd(A) ::= flush_stmt(B).              { A = B; }
cmd(A) ::= account_stmt(B).            { A = B; }
cmd(A) ::= grant_stmt(B).              { A = B; }
cmd(A) ::= subscribe_stmt(B).          { A = B; }
cmd(A) ::= server_stmt(B).             { A = B; }

//////////////////////////// BEGIN, COMMIT, ROLLBACK, SAVEPOINT ///////////////

txn_stmt(A) ::= BEGIN txn_work.        { A = ast_new_op(p, AST_TXN, TXN_BEGIN); }
txn_stmt(A) ::= START TRANSACTION.     { A = ast_new_op(p, AST_TXN, TXN_START); }
txn_stmt(A) ::= START TRANSACTION txn_start_list(F).
    { A = ast_new_op(p, AST_TXN, TXN_START); A->flags = F; }
txn_stmt(A) ::= COMMIT txn_work txn_chain(C) txn_release(R).
    { A = ast_new_op(p, AST_TXN, TXN_COMMIT); A->flags = C | R; }
txn_stmt(A) ::= ROLLBACK txn_work txn_chain(C) txn_release(R).
    { A = ast_new_op(p, AST_TXN, TXN_ROLLBACK); A->flags = C | R; }
txn_stmt(A) ::= ROLLBACK txn_work TO txn_savepoint_kw ident(N).
    { A = ast_node1(p, AST_TXN, TXN_ROLLBACK_TO, N); }
txn_stmt(A) ::= SAVEPOINT ident(N).    { A = ast_node1(p, AST_TXN, TXN_SAVEPOINT, N); }
txn_stmt(A) ::= RELEASE SAVEPOINT ident(N). { A = ast_node1(p, AST_TXN, TXN_RELEASE_SAVEPOINT, N); }
txn_stmt(A) ::= XA xa_begin xa_xid(X) xa_join(F).
    { A = ast_node1(p, AST_TXN, TXN_XA_START, X); A->flags = F; }
txn_stmt(A) ::= XA END xa_xid(X) xa_suspend(F). { A = ast_node1(p, AST_TXN, TXN_XA_END, X); A->flags = F; }
txn_stmt(A) ::= XA PREPARE xa_xid(X).  { A = ast_node1(p, AST_TXN, TXN_XA_PREPARE, X); }
txn_stmt(A) ::= XA COMMIT xa_xid(X).   { A = ast_node1(p, AST_TXN, TXN_XA_COMMIT, X); }
txn_stmt(A) ::= XA COMMIT xa_xid(X) ONE PHASE.
    { A = ast_node1(p, AST_TXN, TXN_XA_COMMIT, X); A->flags = AST_F_XA_ONE_PHASE; }
txn_stmt(A) ::= XA ROLLBACK xa_xid(X). { A = ast_node1(p, AST_TXN, TXN_XA_ROLLBACK, X); }
txn_stmt(A) ::= XA RECOVER.            { A = ast_new_op(p, AST_TXN, TXN_XA_RECOVER); }
txn_stmt(A) ::= XA RECOVER CONVERT XID.
    { A = ast_new_op(p, AST_TXN, TXN_XA_RECOVER); A->flags = AST_F_XA_CONVERT_XID; }

xa_begin ::= START.
xa_begin ::= BEGIN.
%type xa_join {uint32_t}
xa_join(A) ::= .                       { A = 0; }
xa_join(A) ::= JOIN.                   { A = AST_F_XA_JOIN; }
xa_join(A) ::= RESUME.                 { A = AST_F_XA_RESUME; }
%type xa_suspend {uint32_t}
xa_suspend(A) ::= .                    { A = 0; }
xa_suspend(A) ::= SUSPEND.             { A = AST_F_XA_SUSPEND; }
xa_suspend(A) ::= SUSPEND FOR MIGRATE. { A = AST_F_XA_SUSPEND | AST_F_XA_FOR_MIGRATE; }
// gtrid [, bqual [, formatID]]
xa_xid(A) ::= xa_string(G).            { A = ast_list(p, G); }
xa_xid(A) ::= xa_string(G) COMMA xa_string(B). { A = ast_append(p, ast_list(p, G), B); }
xa_xid(A) ::= xa_string(G) COMMA xa_string(B) COMMA NUM(F).
    { A = ast_append(p, ast_append(p, ast_list(p, G), B), ast_number(p, LIT_INT, F)); }
xa_string(A) ::= TEXT_STRING(S).       { A = ast_string(p, S); }
xa_string(A) ::= HEX_NUM(S).           { A = ast_hex_or_bit(p, S); }
xa_string(A) ::= BIN_NUM(S).           { A = ast_hex_or_bit(p, S); }
xa_string(A) ::= HEX_STRING(S).        { A = ast_hex_or_bit(p, S); }
xa_string(A) ::= BIN_STRING(S).        { A = ast_hex_or_bit(p, S); }

txn_work ::= .
txn_work ::= WORK.
txn_savepoint_kw ::= .
txn_savepoint_kw ::= SAVEPOINT.

%type txn_chain {uint32_t}
txn_chain(A) ::= .                     { A = 0; }
txn_chain(A) ::= AND CHAIN.            { A = AST_F_TXN_CHAIN; }
txn_chain(A) ::= AND NO CHAIN.         { A = AST_F_TXN_NO_CHAIN; }
%type txn_release {uint32_t}
txn_release(A) ::= .                   { A = 0; }
txn_release(A) ::= RELEASE.            { A = AST_F_TXN_RELEASE; }
txn_release(A) ::= NO RELEASE.         { A = AST_F_TXN_NO_RELEASE; }

%type txn_start_list {uint32_t}
txn_start_list(A) ::= txn_start_char(X). { A = X; }
txn_start_list(A) ::= txn_start_list(L) COMMA txn_start_char(X). { A = L | X; }
%type txn_start_char {uint32_t}
txn_start_char(A) ::= WITH CONSISTENT SNAPSHOT. { A = AST_F_TXN_CONSISTENT_SNAPSHOT; }
txn_start_char(A) ::= txn_access(X).   { A = X; }
%type txn_access {uint32_t}
txn_access(A) ::= READ ONLY.           { A = AST_F_TXN_READ_ONLY; }
txn_access(A) ::= READ WRITE.          { A = AST_F_TXN_READ_WRITE; }

// Isolation level and access mode, in either order (SET TRANSACTION).
%type txn_chars {uint32_t}
txn_chars(A) ::= txn_access(X).        { A = X; }
txn_chars(A) ::= txn_access(X) COMMA txn_isolation(Y). { A = X | Y; }
txn_chars(A) ::= txn_isolation(X).     { A = X; }
txn_chars(A) ::= txn_isolation(X) COMMA txn_access(Y). { A = X | Y; }
%type txn_isolation {uint32_t}
txn_isolation(A) ::= ISOLATION LEVEL READ UNCOMMITTED. { A = AST_F_ISO_READ_UNCOMMITTED; }
txn_isolation(A) ::= ISOLATION LEVEL READ COMMITTED. { A = AST_F_ISO_READ_COMMITTED; }
txn_isolation(A) ::= ISOLATION LEVEL REPEATABLE READ. { A = AST_F_ISO_REPEATABLE_READ; }
txn_isolation(A) ::= ISOLATION LEVEL SERIALIZABLE. { A = AST_F_ISO_SERIALIZABLE; }

//////////////////////////// SET //////////////////////////////////////////////

// The grammar of MySQL's sql_yacc.yy (start_option_value_list): a list of
// assignments, or one of the SET TRANSACTION / PASSWORD / ROLE forms.
set_stmt(A) ::= SET set_list(L).       { A = ast_set_stmt(p, L); }
set_stmt(A) ::= SET TRANSACTION txn_chars(F).
    { A = ast_new_op(p, AST_SET_TRANSACTION, SCOPE_NONE); A->flags = F; }
set_stmt(A) ::= SET set_scope(S) TRANSACTION txn_chars(F).
    { A = ast_new_op(p, AST_SET_TRANSACTION, S); A->flags = F; }
set_stmt(A) ::= SET PASSWORD set_password_for(U) set_eq TEXT_STRING(S) set_pw_replace(R) set_pw_retain(K).
    { A = ast_node3(p, AST_SET_PASSWORD, 0, U, ast_string(p, S), R); A->flags = K; }
set_stmt(A) ::= SET PASSWORD set_password_for(U) TO RANDOM set_pw_replace(R) set_pw_retain(K).
    { A = ast_node3(p, AST_SET_PASSWORD, 0, U, NULL, R); A->flags = K | AST_F_AUTH_RANDOM; }
set_stmt(A) ::= SET ROLE set_role_spec(R). { A = ast_account(p, ACCOUNT_SET_ROLE, 0, NULL, NULL, R); }
set_stmt(A) ::= SET DEFAULT ROLE acct_role_spec(R) TO user_list(U).
    { A = ast_account(p, ACCOUNT_SET_DEFAULT_ROLE, 0, U, NULL, R); }

set_list(A) ::= set_elem(X).           { A = ast_list(p, X); }
set_list(A) ::= set_list(L) COMMA set_elem(X). { A = ast_append(p, L, X); }

// The scope of a bare name is settled by ast_set_stmt() once the list is
// complete: it may come from a keyword several elements back.
set_elem(A) ::= set_scope(S) set_name(N) set_eq set_value(V).
    { A = ast_node2(p, AST_SET_ASSIGN, S, N, V); A->flags = AST_F_SET_KEYWORD_SCOPE; }
set_elem(A) ::= set_name(N) set_eq set_value(V).
    { A = ast_node2(p, AST_SET_ASSIGN, 0, N, V); A->flags = AST_F_SET_BARE_NAME; }
set_elem(A) ::= AT_AT set_sysvar_scope(S) set_name(N) set_eq set_value(V).
    { N->op = (uint16_t)S; A = ast_node2(p, AST_SET_ASSIGN, 0, N, V); }
set_elem(A) ::= USERVAR(X) set_eq expr(V). { A = ast_node2(p, AST_SET_ASSIGN, 0, ast_user_var(p, X), V); }
set_elem(A) ::= NAMES charset_name(C) set_collate(L). { A = ast_set_charset(p, SETCS_NAMES, C, L); }
set_elem(A) ::= NAMES DEFAULT.         { A = ast_set_charset(p, SETCS_NAMES, NULL, NULL); }
set_elem(A) ::= adm_charset_kw charset_name(C). { A = ast_set_charset(p, SETCS_CHARSET, C, NULL); }
set_elem(A) ::= adm_charset_kw DEFAULT. { A = ast_set_charset(p, SETCS_CHARSET, NULL, NULL); }

adm_charset_kw ::= CHARACTER SET.
adm_charset_kw ::= CHARSET.

%type set_scope {int}
set_scope(A) ::= GLOBAL.               { A = SCOPE_GLOBAL; }
set_scope(A) ::= SESSION.              { A = SCOPE_SESSION; }
set_scope(A) ::= LOCAL.                { A = SCOPE_LOCAL; }
set_scope(A) ::= PERSIST.              { A = SCOPE_PERSIST; }
set_scope(A) ::= PERSIST_ONLY.         { A = SCOPE_PERSIST_ONLY; }
%type set_sysvar_scope {int}
set_sysvar_scope(A) ::= .              { A = SCOPE_NONE; }
set_sysvar_scope(A) ::= set_scope(S) DOT. { A = S; }

// A system variable, or a component's (validate_password.length) or a
// key cache's (hot_cache.key_buffer_size, DEFAULT.key_buffer_size).
set_name(A) ::= ident(N).              { A = ast_sysvar(p, SCOPE_NONE, NULL, N); }
set_name(A) ::= ident(X) DOT ident(N). { A = ast_sysvar(p, SCOPE_NONE, X, N); }
set_name(A) ::= DEFAULT DOT ident(N).  { A = ast_sysvar(p, SCOPE_NONE, ast_ident_str(p, "DEFAULT", 7), N); }

set_eq ::= EQ.
set_eq ::= SET_VAR.

// MySQL's set_expr_or_default: reserved words a system variable accepts
// as its value besides expressions (SET autocommit = ON).
set_value(A) ::= expr(X).              { A = X; }
set_value(A) ::= DEFAULT.              { A = ast_new(p, AST_DEFAULT); }
set_value(A) ::= ON.                   { A = ast_keyword(p, "ON"); }
set_value(A) ::= ALL.                  { A = ast_keyword(p, "ALL"); }
set_value(A) ::= BINARY.               { A = ast_keyword(p, "BINARY"); }
set_value(A) ::= ROW.                  { A = ast_keyword(p, "ROW"); }
set_value(A) ::= SYSTEM.               { A = ast_keyword(p, "SYSTEM"); }

%type set_collate {const char *}
set_collate(A) ::= .                   { A = NULL; }
set_collate(A) ::= COLLATE charset_name(C). { A = C; }

set_password_for(A) ::= .              { A = NULL; }
set_password_for(A) ::= FOR user(U).   { A = U; }
set_pw_replace(A) ::= .                { A = NULL; }
set_pw_replace(A) ::= REPLACE TEXT_STRING(S). { A = ast_string(p, S); }
%type set_pw_retain {uint32_t}
set_pw_retain(A) ::= .                 { A = 0; }
set_pw_retain(A) ::= RETAIN CURRENT PASSWORD. { A = AST_F_AUTH_RETAIN; }

set_role_spec(A) ::= acct_role_spec(R). { A = R; }
set_role_spec(A) ::= DEFAULT.          { A = ast_account(p, 0, AST_F_ACCT_ROLE_DEFAULT, NULL, NULL, NULL); }
set_role_spec(A) ::= ALL EXCEPT user_list(L). { A = ast_account(p, 0, AST_F_ACCT_ROLE_ALL, NULL, L, NULL); }

//////////////////////////// USE //////////////////////////////////////////////

use_stmt(A) ::= USE ident(D).          { A = ast_node1(p, AST_USE, 0, D); }

//////////////////////////// SHOW /////////////////////////////////////////////

show_stmt(A) ::= SHOW DATABASES show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_DATABASES, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW SCHEMAS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_DATABASES, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW show_tables_kw(M) show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_TABLES, M, NULL, D), F); }
show_stmt(A) ::= SHOW TABLE STATUS show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_TABLE_STATUS, 0, NULL, D), F); }
show_stmt(A) ::= SHOW OPEN TABLES show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_OPEN_TABLES, 0, NULL, D), F); }
show_stmt(A) ::= SHOW show_columns_kw(M) show_from table_ident(T) show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_COLUMNS, M, T, D), F); }
show_stmt(A) ::= SHOW show_index_kw(M) show_from table_ident(T) show_db(D) opt_where(W).
    { A = ast_show(p, SHOW_INDEX, M, T, D); ast_set(p, A, AST_K_SHOW_WHERE, W); }
show_stmt(A) ::= SHOW show_triggers_kw(M) show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_TRIGGERS, M, NULL, D), F); }
show_stmt(A) ::= SHOW EVENTS show_db(D) show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_EVENTS, 0, NULL, D), F); }
show_stmt(A) ::= SHOW FUNCTION STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_FUNCTION_STATUS, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW PROCEDURE STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_PROCEDURE_STATUS, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW CREATE TABLE table_ident(T). { A = ast_show(p, SHOW_CREATE_TABLE, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE VIEW table_ident(T). { A = ast_show(p, SHOW_CREATE_VIEW, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE show_database_kw show_if_not_exists(E) ident(D).
    { A = ast_show(p, SHOW_CREATE_DATABASE, E, D, NULL); }
show_stmt(A) ::= SHOW CREATE USER user(U). { A = ast_show(p, SHOW_CREATE_USER, 0, U, NULL); }
show_stmt(A) ::= SHOW CREATE FUNCTION table_ident(T). { A = ast_show(p, SHOW_CREATE_FUNCTION, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE PROCEDURE table_ident(T). { A = ast_show(p, SHOW_CREATE_PROCEDURE, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE TRIGGER table_ident(T). { A = ast_show(p, SHOW_CREATE_TRIGGER, 0, T, NULL); }
show_stmt(A) ::= SHOW CREATE EVENT table_ident(T). { A = ast_show(p, SHOW_CREATE_EVENT, 0, T, NULL); }
show_stmt(A) ::= SHOW VARIABLES show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_VARIABLES, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW show_var_scope(S) VARIABLES show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_VARIABLES, S, NULL, NULL), F); }
show_stmt(A) ::= SHOW STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_STATUS, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW show_var_scope(S) STATUS show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_STATUS, S, NULL, NULL), F); }
show_stmt(A) ::= SHOW WARNINGS opt_limit_clause(L).
    { A = ast_show(p, SHOW_WARNINGS, 0, NULL, NULL); ast_set(p, A, AST_K_SHOW_LIMIT, L); }
show_stmt(A) ::= SHOW ERRORS opt_limit_clause(L).
    { A = ast_show(p, SHOW_ERRORS, 0, NULL, NULL); ast_set(p, A, AST_K_SHOW_LIMIT, L); }
// SHOW COUNT is one token, formed by the driver (sql_parser_run).
show_stmt(A) ::= SHOW_COUNT LP STAR RP WARNINGS. { A = ast_show(p, SHOW_COUNT_WARNINGS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW_COUNT LP STAR RP ERRORS. { A = ast_show(p, SHOW_COUNT_ERRORS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW PROCESSLIST.     { A = ast_show(p, SHOW_PROCESSLIST, 0, NULL, NULL); }
show_stmt(A) ::= SHOW FULL PROCESSLIST. { A = ast_show(p, SHOW_PROCESSLIST, AST_F_SHOW_FULL, NULL, NULL); }
show_stmt(A) ::= SHOW ENGINES.         { A = ast_show(p, SHOW_ENGINES, 0, NULL, NULL); }
show_stmt(A) ::= SHOW STORAGE ENGINES. { A = ast_show(p, SHOW_ENGINES, 0, NULL, NULL); }
show_stmt(A) ::= SHOW ENGINE show_engine(E) STATUS. { A = ast_show(p, SHOW_ENGINE_STATUS, 0, E, NULL); }
show_stmt(A) ::= SHOW ENGINE show_engine(E) MUTEX. { A = ast_show(p, SHOW_ENGINE_MUTEX, 0, E, NULL); }
show_stmt(A) ::= SHOW adm_charset_kw show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_CHARSET, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW COLLATION show_filter(F).
    { A = ast_show_filter(p, ast_show(p, SHOW_COLLATION, 0, NULL, NULL), F); }
show_stmt(A) ::= SHOW GRANTS.          { A = ast_show(p, SHOW_GRANTS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW GRANTS FOR user(U). { A = ast_show(p, SHOW_GRANTS, 0, U, NULL); }
show_stmt(A) ::= SHOW GRANTS FOR user(U) USING user_list(R).
    { A = ast_show(p, SHOW_GRANTS, 0, U, NULL); ast_set(p, A, AST_K_SHOW_EXTRA, R); }
show_stmt(A) ::= SHOW PRIVILEGES.      { A = ast_show(p, SHOW_PRIVILEGES, 0, NULL, NULL); }
show_stmt(A) ::= SHOW PLUGINS.         { A = ast_show(p, SHOW_PLUGINS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW MASTER STATUS.   { A = ast_show(p, SHOW_MASTER_STATUS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW REPLICA STATUS.  { A = ast_show(p, SHOW_REPLICA_STATUS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW SLAVE STATUS.    { A = ast_show(p, SHOW_REPLICA_STATUS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW REPLICAS.        { A = ast_show(p, SHOW_REPLICAS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW SLAVE HOSTS.     { A = ast_show(p, SHOW_REPLICAS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW BINARY LOGS.     { A = ast_show(p, SHOW_BINARY_LOGS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW MASTER LOGS.     { A = ast_show(p, SHOW_BINARY_LOGS, 0, NULL, NULL); }
show_stmt(A) ::= SHOW PROFILES.        { A = ast_show(p, SHOW_PROFILES, 0, NULL, NULL); }
show_stmt(A) ::= SHOW BINLOG EVENTS show_log_in(I) show_log_from(F) opt_limit_clause(L).
{
    A = ast_show(p, SHOW_BINLOG_EVENTS, 0, I, NULL);
    ast_set(p, A, AST_K_SHOW_EXTRA, F); ast_set(p, A, AST_K_SHOW_LIMIT, L);
}
show_stmt(A) ::= SHOW RELAYLOG EVENTS show_log_in(I) show_log_from(F) opt_limit_clause(L).
{
    A = ast_show(p, SHOW_RELAYLOG_EVENTS, 0, I, NULL);
    ast_set(p, A, AST_K_SHOW_EXTRA, F); ast_set(p, A, AST_K_SHOW_LIMIT, L);
}
show_stmt(A) ::= SHOW PROFILE show_profile_types(T) show_profile_query(Q) opt_limit_clause(L).
{
    A = ast_show(p, SHOW_PROFILE, 0, T, NULL);
    ast_set(p, A, AST_K_SHOW_EXTRA, Q); ast_set(p, A, AST_K_SHOW_LIMIT, L);
}

// [LIKE 'pattern' | WHERE expr], returned in a SHOW node for ast_show_filter().
show_filter(A) ::= .                   { A = NULL; }
show_filter(A) ::= LIKE text_literal(S). { A = ast_set(p, ast_new(p, AST_SHOW), AST_K_SHOW_LIKE, S); }
show_filter(A) ::= WHERE expr(X).      { A = ast_set(p, ast_new(p, AST_SHOW), AST_K_SHOW_WHERE, X); }

show_db(A) ::= .                       { A = NULL; }
show_db(A) ::= show_from ident(D).     { A = D; }
show_from ::= FROM.
show_from ::= IN.

show_columns_word ::= COLUMNS.
show_columns_word ::= FIELDS.
show_index_word ::= INDEX.
show_index_word ::= INDEXES.
show_index_word ::= KEYS.
show_database_kw ::= DATABASE.
show_database_kw ::= SCHEMA.

// [EXTENDED] [FULL] before the word, as flags, with no empty rule: Lemon
// tries a keyword's %fallback to ID before a state's default reduction, so
// in a state that also shifts ID an empty rule would not see TABLES.
%type show_tables_kw {uint32_t}
show_tables_kw(A) ::= TABLES.          { A = 0; }
show_tables_kw(A) ::= show_full(M) TABLES. { A = M; }
%type show_columns_kw {uint32_t}
show_columns_kw(A) ::= show_columns_word. { A = 0; }
show_columns_kw(A) ::= show_full(M) show_columns_word. { A = M; }
%type show_index_kw {uint32_t}
show_index_kw(A) ::= show_index_word.  { A = 0; }
show_index_kw(A) ::= EXTENDED show_index_word. { A = AST_F_SHOW_EXTENDED; }
%type show_triggers_kw {uint32_t}
show_triggers_kw(A) ::= TRIGGERS.      { A = 0; }
show_triggers_kw(A) ::= FULL TRIGGERS. { A = AST_F_SHOW_FULL; }
%type show_full {uint32_t}
show_full(A) ::= FULL.                 { A = AST_F_SHOW_FULL; }
show_full(A) ::= EXTENDED.             { A = AST_F_SHOW_EXTENDED; }
show_full(A) ::= EXTENDED FULL.        { A = AST_F_SHOW_EXTENDED | AST_F_SHOW_FULL; }
%type show_var_scope {uint32_t}
show_var_scope(A) ::= GLOBAL.          { A = AST_F_SHOW_GLOBAL; }
show_var_scope(A) ::= SESSION.         { A = AST_F_SHOW_SESSION; }
show_var_scope(A) ::= LOCAL.           { A = AST_F_SHOW_SESSION; }
%type show_if_not_exists {uint32_t}
show_if_not_exists(A) ::= .            { A = 0; }
show_if_not_exists(A) ::= IF NOT EXISTS. { A = AST_F_SHOW_IF_NOT_EXISTS; }

show_log_in(A) ::= .                   { A = NULL; }
show_log_in(A) ::= IN TEXT_STRING(S).  { A = ast_string(p, S); }
show_log_from(A) ::= .                 { A = NULL; }
show_log_from(A) ::= FROM NUM(N).      { A = ast_number(p, LIT_INT, N); }

show_profile_types(A) ::= .            { A = NULL; }
show_profile_types(A) ::= show_profile_list(L). { A = L; }
show_profile_list(A) ::= show_profile_type(X). { A = ast_list(p, ast_admin_option(p, X, NULL)); }
show_profile_list(A) ::= show_profile_list(L) COMMA show_profile_type(X).
    { A = ast_append(p, L, ast_admin_option(p, X, NULL)); }
%type show_profile_type {int}
show_profile_type(A) ::= ALL.          { A = AOPT_PROFILE_ALL; }
show_profile_type(A) ::= BLOCK IO.     { A = AOPT_PROFILE_BLOCK_IO; }
show_profile_type(A) ::= CONTEXT SWITCHES. { A = AOPT_PROFILE_CONTEXT_SWITCHES; }
show_profile_type(A) ::= CPU.          { A = AOPT_PROFILE_CPU; }
show_profile_type(A) ::= IPC.          { A = AOPT_PROFILE_IPC; }
show_profile_type(A) ::= MEMORY.       { A = AOPT_PROFILE_MEMORY; }
show_profile_type(A) ::= PAGE FAULTS.  { A = AOPT_PROFILE_PAGE_FAULTS; }
show_profile_type(A) ::= SOURCE.       { A = AOPT_PROFILE_SOURCE; }
show_profile_type(A) ::= SWAPS.        { A = AOPT_PROFILE_SWAPS; }
show_profile_query(A) ::= .            { A = NULL; }
show_profile_query(A) ::= FOR QUERY NUM(N). { A = ast_number(p, LIT_INT, N); }

show_engine(A) ::= ident_or_text(E).   { A = E; }
show_engine(A) ::= ALL.                { A = ast_keyword(p, "ALL"); }

//////////////////////////// DESCRIBE and EXPLAIN /////////////////////////////

explain_stmt(A) ::= explain_kw table_ident(T) explain_column(C).
    { A = ast_node2(p, AST_EXPLAIN, EXPLAIN_TABLE, T, C); }
explain_stmt(A) ::= explain_kw explain_format(F) explainable(S).
    { A = ast_explain(p, EXPLAIN_STMT, F, S); }
explain_stmt(A) ::= explain_kw ANALYZE explain_format(F) explainable(S).
    { A = ast_explain(p, EXPLAIN_ANALYZE, F, S); }
explain_stmt(A) ::= explain_kw explain_format(F) FOR CONNECTION expr(X).
    { A = ast_explain(p, EXPLAIN_FOR_CONNECTION, F, X); }

explain_kw ::= EXPLAIN.
explain_kw ::= DESCRIBE.
explain_kw ::= DESC.

%type explain_format {const char *}
explain_format(A) ::= .                { A = NULL; }
explain_format(A) ::= FORMAT EQ ident_or_text(X). { A = ast_upper_copy(p, X); }

explainable(A) ::= select_stmt(S).     { A = S; }
explainable(A) ::= insert_stmt(S).     { A = S; }
explainable(A) ::= update_stmt(S).     { A = S; }
explainable(A) ::= delete_stmt(S).     { A = S; }

explain_column(A) ::= .                { A = NULL; }
explain_column(A) ::= ident(C).        { A = C; }
explain_column(A) ::= TEXT_STRING(S).  { A = ast_string(p, S); }

//////////////////////////// KILL, PREPARE, EXECUTE, DO, HELP /////////////////

session_stmt(A) ::= KILL kill_what(K) expr(X). { A = ast_node1(p, AST_KILL, K, X); }
session_stmt(A) ::= PREPARE ident(N) FROM text_literal(S).
    { A = ast_node2(p, AST_PREPARED, PS_PREPARE, N, S); }
session_stmt(A) ::= PREPARE ident(N) FROM USERVAR(V).
    { A = ast_node2(p, AST_PREPARED, PS_PREPARE, N, ast_user_var(p, V)); }
session_stmt(A) ::= EXECUTE ident(N).  { A = ast_node1(p, AST_PREPARED, PS_EXECUTE, N); }
session_stmt(A) ::= EXECUTE ident(N) USING ps_vars(L). { A = ast_node2(p, AST_PREPARED, PS_EXECUTE, N, L); }
session_stmt(A) ::= DEALLOCATE PREPARE ident(N). { A = ast_node1(p, AST_PREPARED, PS_DEALLOCATE, N); }
session_stmt(A) ::= DROP PREPARE ident(N). { A = ast_node1(p, AST_PREPARED, PS_DEALLOCATE, N); }
session_stmt(A) ::= DO expr_list(L).   { A = ast_node1(p, AST_DO, 0, L); }
session_stmt(A) ::= HELP ident_or_text(T). { A = ast_node1(p, AST_HELP, 0, T); }

%type kill_what {int}
kill_what(A) ::= .                     { A = KILL_CONNECTION; }
kill_what(A) ::= CONNECTION.           { A = KILL_CONNECTION; }
kill_what(A) ::= QUERY.                { A = KILL_QUERY; }

ps_vars(A) ::= USERVAR(V).             { A = ast_list(p, ast_user_var(p, V)); }
ps_vars(A) ::= ps_vars(L) COMMA USERVAR(V). { A = ast_append(p, L, ast_user_var(p, V)); }

//////////////////////////// LOCK and UNLOCK //////////////////////////////////

lock_stmt(A) ::= LOCK lock_tables_kw lock_list(L). { A = ast_node1(p, AST_LOCK_TABLES, LOCK_STMT_TABLES, L); }
lock_stmt(A) ::= UNLOCK lock_tables_kw. { A = ast_new_op(p, AST_LOCK_TABLES, LOCK_STMT_UNLOCK_TABLES); }
lock_stmt(A) ::= LOCK INSTANCE FOR BACKUP. { A = ast_new_op(p, AST_LOCK_TABLES, LOCK_STMT_INSTANCE); }
lock_stmt(A) ::= UNLOCK INSTANCE.      { A = ast_new_op(p, AST_LOCK_TABLES, LOCK_STMT_UNLOCK_INSTANCE); }

lock_tables_kw ::= TABLES.
lock_tables_kw ::= TABLE.
lock_list(A) ::= lock_item(X).         { A = ast_list(p, X); }
lock_list(A) ::= lock_list(L) COMMA lock_item(X). { A = ast_append(p, L, X); }
lock_item(A) ::= table_ident(T) opt_table_alias(N) lock_mode(M). { A = ast_node2(p, AST_LOCK_ITEM, M, T, N); }
%type lock_mode {int}
lock_mode(A) ::= READ.                 { A = LOCK_MODE_READ; }
lock_mode(A) ::= READ LOCAL.           { A = LOCK_MODE_READ_LOCAL; }
lock_mode(A) ::= WRITE.                { A = LOCK_MODE_WRITE; }
lock_mode(A) ::= LOW_PRIORITY WRITE.   { A = LOCK_MODE_LOW_PRIORITY_WRITE; }

//////////////////////////// FLUSH ////////////////////////////////////////////

flush_stmt(A) ::= FLUSH flush_local(L) lock_tables_kw flush_tables(T) flush_lock(K).
    { A = ast_node1(p, AST_FLUSH, FLUSH_TABLES, T); A->flags = L | K; }
flush_stmt(A) ::= FLUSH flush_local(L) flush_options(O).
    { A = ast_node1(p, AST_FLUSH, FLUSH_OPTIONS, O); A->flags = L; }

%type flush_local {uint32_t}
flush_local(A) ::= .                   { A = 0; }
flush_local(A) ::= LOCAL.              { A = AST_F_FLUSH_NO_WRITE_TO_BINLOG; }
flush_local(A) ::= NO_WRITE_TO_BINLOG. { A = AST_F_FLUSH_NO_WRITE_TO_BINLOG; }
flush_tables(A) ::= .                  { A = NULL; }
flush_tables(A) ::= table_ident_list(L). { A = L; }
%type flush_lock {uint32_t}
flush_lock(A) ::= .                    { A = 0; }
flush_lock(A) ::= WITH READ LOCK.      { A = AST_F_FLUSH_WITH_READ_LOCK; }
flush_lock(A) ::= FOR EXPORT.          { A = AST_F_FLUSH_FOR_EXPORT; }

flush_options(A) ::= flush_option(X).  { A = ast_list(p, ast_admin_option(p, X, NULL)); }
flush_options(A) ::= flush_options(L) COMMA flush_option(X).
    { A = ast_append(p, L, ast_admin_option(p, X, NULL)); }
%type flush_option {int}
flush_option(A) ::= PRIVILEGES.        { A = AOPT_FLUSH_PRIVILEGES; }
flush_option(A) ::= LOGS.              { A = AOPT_FLUSH_LOGS; }
flush_option(A) ::= BINARY LOGS.       { A = AOPT_FLUSH_BINARY_LOGS; }
flush_option(A) ::= ENGINE LOGS.       { A = AOPT_FLUSH_ENGINE_LOGS; }
flush_option(A) ::= ERROR LOGS.        { A = AOPT_FLUSH_ERROR_LOGS; }
flush_option(A) ::= GENERAL LOGS.      { A = AOPT_FLUSH_GENERAL_LOGS; }
flush_option(A) ::= RELAY LOGS.        { A = AOPT_FLUSH_RELAY_LOGS; }
flush_option(A) ::= SLOW LOGS.         { A = AOPT_FLUSH_SLOW_LOGS; }
flush_option(A) ::= STATUS.            { A = AOPT_FLUSH_STATUS; }
flush_option(A) ::= HOSTS.             { A = AOPT_FLUSH_HOSTS; }
flush_option(A) ::= OPTIMIZER_COSTS.   { A = AOPT_FLUSH_OPTIMIZER_COSTS; }
flush_option(A) ::= USER_RESOURCES.    { A = AOPT_FLUSH_USER_RESOURCES; }

//////////////////////////// Accounts and roles ///////////////////////////////

// 'u'@'h' arrives as TEXT_STRING then USERVAR "@'h'", u@localhost as ID
// then USERVAR "@localhost": the tokenizer reads @... as a user variable.
user(A) ::= ident_or_text(N).          { A = ast_user(p, N, NULL); }
user(A) ::= ident_or_text(N) USERVAR(H). { A = ast_user(p, N, &H); }
user(A) ::= CURRENT_USER.              { A = ast_new_op(p, AST_USER, USER_CURRENT); }
user(A) ::= CURRENT_USER LP RP.        { A = ast_new_op(p, AST_USER, USER_CURRENT); }
user_list(A) ::= user(U).              { A = ast_list(p, U); }
user_list(A) ::= user_list(L) COMMA user(U). { A = ast_append(p, L, U); }

account_stmt(A) ::= CREATE USER acct_if_not_exists(E) acct_create_list(L) acct_default_roles(R) acct_tail(T).
    { A = ast_account(p, ACCOUNT_CREATE_USER, E, L, R, T); }
account_stmt(A) ::= ALTER USER acct_if_exists(E) acct_alter_list(L) acct_tail(T).
    { A = ast_account(p, ACCOUNT_ALTER_USER, E, L, NULL, T); }
account_stmt(A) ::= ALTER USER acct_if_exists(E) USER LP RP acct_alter_password(X).
    { A = ast_account(p, ACCOUNT_ALTER_USER, E, ast_list(p, ast_node1(p, AST_USER, USER_FUNC, X)), NULL, NULL); }
account_stmt(A) ::= ALTER USER acct_if_exists(E) user(U) DEFAULT ROLE acct_role_spec(R).
    { A = ast_account(p, ACCOUNT_ALTER_USER_DEFAULT_ROLE, E, ast_list(p, U), NULL, R); }
account_stmt(A) ::= DROP USER acct_if_exists(E) user_list(L).
    { A = ast_account(p, ACCOUNT_DROP_USER, E, L, NULL, NULL); }
account_stmt(A) ::= RENAME USER acct_rename_list(L).
    { A = ast_account(p, ACCOUNT_RENAME_USER, 0, L, NULL, NULL); }
account_stmt(A) ::= CREATE ROLE acct_if_not_exists(E) user_list(L).
    { A = ast_account(p, ACCOUNT_CREATE_ROLE, E, L, NULL, NULL); }
account_stmt(A) ::= DROP ROLE acct_if_exists(E) user_list(L).
    { A = ast_account(p, ACCOUNT_DROP_ROLE, E, L, NULL, NULL); }

%type acct_if_not_exists {uint32_t}
acct_if_not_exists(A) ::= .            { A = 0; }
acct_if_not_exists(A) ::= IF NOT EXISTS. { A = AST_F_ACCT_IF_NOT_EXISTS; }
%type acct_if_exists {uint32_t}
acct_if_exists(A) ::= .                { A = 0; }
acct_if_exists(A) ::= IF EXISTS.       { A = AST_F_ACCT_IF_EXISTS; }

acct_rename_list(A) ::= user(F) TO user(T). { A = ast_list(p, ast_set(p, F, 0, T)); }
acct_rename_list(A) ::= acct_rename_list(L) COMMA user(F) TO user(T).
    { A = ast_append(p, L, ast_set(p, F, 0, T)); }

// CREATE and ALTER take different authentication forms (REPLACE and
// RETAIN only in ALTER), hence two lists.
acct_create_list(A) ::= acct_create_spec(U). { A = ast_list(p, U); }
acct_create_list(A) ::= acct_create_list(L) COMMA acct_create_spec(U). { A = ast_append(p, L, U); }
acct_create_spec(A) ::= user(U).       { A = U; }
acct_create_spec(A) ::= user(U) acct_auth_password(X). { A = ast_set(p, U, 0, X); }
acct_create_spec(A) ::= user(U) acct_auth_plugin(X). { A = ast_set(p, U, 0, X); }

acct_alter_list(A) ::= acct_alter_spec(U). { A = ast_list(p, U); }
acct_alter_list(A) ::= acct_alter_list(L) COMMA acct_alter_spec(U). { A = ast_append(p, L, U); }
acct_alter_spec(A) ::= user(U).        { A = U; }
acct_alter_spec(A) ::= user(U) acct_alter_password(X). { A = ast_set(p, U, 0, X); }
acct_alter_spec(A) ::= user(U) acct_auth_plugin(X). { A = ast_set(p, U, 0, X); }
acct_alter_spec(A) ::= user(U) DISCARD OLD PASSWORD. { A = U; A->flags |= AST_F_USER_DISCARD_OLD_PASSWORD; }

acct_alter_password(A) ::= acct_auth_password(X) set_pw_replace(R) set_pw_retain(K).
    { A = ast_set(p, X, 1, R); A->flags |= K; }
acct_auth_password(A) ::= IDENTIFIED BY TEXT_STRING(S).
    { A = ast_auth(p, AUTH_PASSWORD, NULL, ast_string(p, S)); }
acct_auth_password(A) ::= IDENTIFIED BY RANDOM PASSWORD. { A = ast_auth(p, AUTH_RANDOM, NULL, NULL); }
acct_auth_password(A) ::= IDENTIFIED WITH ident_or_text(G) BY TEXT_STRING(S).
    { A = ast_auth(p, AUTH_PASSWORD, G, ast_string(p, S)); }
acct_auth_password(A) ::= IDENTIFIED WITH ident_or_text(G) BY RANDOM PASSWORD.
    { A = ast_auth(p, AUTH_RANDOM, G, NULL); }
acct_auth_plugin(A) ::= IDENTIFIED WITH ident_or_text(G). { A = ast_auth(p, AUTH_PLUGIN, G, NULL); }
acct_auth_plugin(A) ::= IDENTIFIED WITH ident_or_text(G) AS TEXT_STRING(S).
    { A = ast_auth(p, AUTH_HASH, G, ast_string(p, S)); }

acct_default_roles(A) ::= .            { A = NULL; }
acct_default_roles(A) ::= DEFAULT ROLE user_list(L). { A = L; }

// NONE, ALL or a role list, in an ACCOUNT node for ast_account().
acct_role_spec(A) ::= NONE.            { A = ast_account(p, 0, AST_F_ACCT_ROLE_NONE, NULL, NULL, NULL); }
acct_role_spec(A) ::= ALL.             { A = ast_account(p, 0, AST_F_ACCT_ROLE_ALL, NULL, NULL, NULL); }
acct_role_spec(A) ::= user_list(L).    { A = ast_account(p, 0, 0, NULL, L, NULL); }

// REQUIRE, WITH, password and lock options, COMMENT: in this order, as in
// MySQL; returned in an ACCOUNT node for ast_account().
acct_tail(A) ::= acct_options(O).      { A = O; }
acct_tail(A) ::= acct_options(O) COMMENT TEXT_STRING(S).
    { A = ast_set(p, O, AST_K_ACCT_COMMENT, ast_string(p, S)); }
acct_tail(A) ::= acct_options(O) ATTRIBUTE TEXT_STRING(S).
    { A = ast_set(p, O, AST_K_ACCT_COMMENT, ast_string(p, S)); A->flags |= AST_F_ACCT_ATTRIBUTE; }
acct_options(A) ::= acct_require(Q) acct_resources(W) acct_password_options(O).
{
    A = ast_account(p, 0, 0, NULL, NULL, NULL);
    ast_set(p, A, AST_K_ACCT_REQUIRE, Q); ast_set(p, A, AST_K_ACCT_RESOURCES, W);
    ast_set(p, A, AST_K_ACCT_PASSWORD, O);
}

acct_require(A) ::= .                  { A = NULL; }
acct_require(A) ::= REQUIRE NONE.      { A = ast_list(p, ast_admin_option(p, AOPT_REQUIRE_NONE, NULL)); }
acct_require(A) ::= REQUIRE SSL.       { A = ast_list(p, ast_admin_option(p, AOPT_REQUIRE_SSL, NULL)); }
acct_require(A) ::= REQUIRE X509.      { A = ast_list(p, ast_admin_option(p, AOPT_REQUIRE_X509, NULL)); }
acct_require(A) ::= REQUIRE acct_tls_list(L). { A = L; }
acct_tls_list(A) ::= acct_tls(X).      { A = ast_list(p, X); }
acct_tls_list(A) ::= acct_tls_list(L) acct_tls(X). { A = ast_append(p, L, X); }
acct_tls_list(A) ::= acct_tls_list(L) AND acct_tls(X). { A = ast_append(p, L, X); }
acct_tls(A) ::= CIPHER TEXT_STRING(S). { A = ast_admin_option(p, AOPT_REQUIRE_CIPHER, ast_string(p, S)); }
acct_tls(A) ::= ISSUER TEXT_STRING(S). { A = ast_admin_option(p, AOPT_REQUIRE_ISSUER, ast_string(p, S)); }
acct_tls(A) ::= SUBJECT TEXT_STRING(S). { A = ast_admin_option(p, AOPT_REQUIRE_SUBJECT, ast_string(p, S)); }

acct_resources(A) ::= .                { A = NULL; }
acct_resources(A) ::= WITH acct_resource_list(L). { A = L; }
acct_resource_list(A) ::= acct_resource(X). { A = ast_list(p, X); }
acct_resource_list(A) ::= acct_resource_list(L) acct_resource(X). { A = ast_append(p, L, X); }
acct_resource(A) ::= MAX_QUERIES_PER_HOUR NUM(N).
    { A = ast_admin_option(p, AOPT_MAX_QUERIES_PER_HOUR, ast_number(p, LIT_INT, N)); }
acct_resource(A) ::= MAX_UPDATES_PER_HOUR NUM(N).
    { A = ast_admin_option(p, AOPT_MAX_UPDATES_PER_HOUR, ast_number(p, LIT_INT, N)); }
acct_resource(A) ::= MAX_CONNECTIONS_PER_HOUR NUM(N).
    { A = ast_admin_option(p, AOPT_MAX_CONNECTIONS_PER_HOUR, ast_number(p, LIT_INT, N)); }
acct_resource(A) ::= MAX_USER_CONNECTIONS NUM(N).
    { A = ast_admin_option(p, AOPT_MAX_USER_CONNECTIONS, ast_number(p, LIT_INT, N)); }

acct_password_options(A) ::= .        { A = NULL; }
acct_password_options(A) ::= acct_password_options(L) acct_password_option(X).
    { A = L ? ast_append(p, L, X) : ast_list(p, X); }
acct_password_option(A) ::= PASSWORD EXPIRE. { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE, NULL); }
acct_password_option(A) ::= PASSWORD EXPIRE DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD EXPIRE NEVER.
    { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_NEVER, NULL); }
acct_password_option(A) ::= PASSWORD EXPIRE INTERVAL NUM(N) DAY.
    { A = ast_admin_option(p, AOPT_PASSWORD_EXPIRE_INTERVAL, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD HISTORY NUM(N).
    { A = ast_admin_option(p, AOPT_PASSWORD_HISTORY, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD HISTORY DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_HISTORY_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD REUSE INTERVAL NUM(N) DAY.
    { A = ast_admin_option(p, AOPT_PASSWORD_REUSE_INTERVAL, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD REUSE INTERVAL DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_REUSE_INTERVAL_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD REQUIRE CURRENT.
    { A = ast_admin_option(p, AOPT_PASSWORD_REQUIRE_CURRENT, NULL); }
acct_password_option(A) ::= PASSWORD REQUIRE CURRENT DEFAULT.
    { A = ast_admin_option(p, AOPT_PASSWORD_REQUIRE_CURRENT_DEFAULT, NULL); }
acct_password_option(A) ::= PASSWORD REQUIRE CURRENT OPTIONAL.
    { A = ast_admin_option(p, AOPT_PASSWORD_REQUIRE_CURRENT_OPTIONAL, NULL); }
acct_password_option(A) ::= FAILED_LOGIN_ATTEMPTS NUM(N).
    { A = ast_admin_option(p, AOPT_FAILED_LOGIN_ATTEMPTS, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD_LOCK_TIME NUM(N).
    { A = ast_admin_option(p, AOPT_PASSWORD_LOCK_TIME, ast_number(p, LIT_INT, N)); }
acct_password_option(A) ::= PASSWORD_LOCK_TIME UNBOUNDED.
    { A = ast_admin_option(p, AOPT_PASSWORD_LOCK_TIME_UNBOUNDED, NULL); }
acct_password_option(A) ::= ACCOUNT LOCK. { A = ast_admin_option(p, AOPT_ACCOUNT_LOCK, NULL); }
acct_password_option(A) ::= ACCOUNT UNLOCK. { A = ast_admin_option(p, AOPT_ACCOUNT_UNLOCK, NULL); }

//////////////////////////// GRANT and REVOKE /////////////////////////////////

// A name in the privilege list is a dynamic privilege when ON follows and
// a role when TO/FROM does (MySQL's role_or_privilege_list).
grant_stmt(A) ::= GRANT grant_privs(L) ON grant_level(V) TO user_list(U) grant_with(W).
    { A = ast_grant(p, GRANT_PRIVILEGES, L, V, U); A->flags = W; }
grant_stmt(A) ::= GRANT grant_privs(L) ON grant_level(V) TO user_list(U) grant_with(W) AS user(S) grant_as_role(R).
{
    A = ast_grant(p, GRANT_PRIVILEGES, L, V, U); A->flags = W;
    ast_set(p, A, AST_K_GRANT_AS, S); ast_set(p, A, AST_K_GRANT_AS_ROLE, R);
}
grant_stmt(A) ::= GRANT priv_list(L) TO user_list(U) grant_with_admin(W).
    { A = ast_grant(p, GRANT_ROLES, ast_roles_from_privs(p, L), NULL, U); A->flags = W; }
grant_stmt(A) ::= GRANT PROXY ON user(P) TO user_list(U) grant_with(W).
    { A = ast_grant(p, GRANT_PROXY, NULL, P, U); A->flags = W; }
grant_stmt(A) ::= REVOKE grant_if_exists(E) grant_privs(L) ON grant_level(V) FROM user_list(U) grant_ignore(I).
    { A = ast_grant(p, REVOKE_PRIVILEGES, L, V, U); A->flags = E | I; }
grant_stmt(A) ::= REVOKE grant_if_exists(E) ALL grant_privileges_kw COMMA GRANT OPTION FROM user_list(U) grant_ignore(I).
    { A = ast_grant(p, REVOKE_ALL, NULL, NULL, U); A->flags = E | I; }
grant_stmt(A) ::= REVOKE grant_if_exists(E) priv_list(L) FROM user_list(U) grant_ignore(I).
    { A = ast_grant(p, REVOKE_ROLES, ast_roles_from_privs(p, L), NULL, U); A->flags = E | I; }
grant_stmt(A) ::= REVOKE grant_if_exists(E) PROXY ON user(P) FROM user_list(U) grant_ignore(I).
    { A = ast_grant(p, REVOKE_PROXY, NULL, P, U); A->flags = E | I; }

grant_as_role(A) ::= .                 { A = NULL; }
grant_as_role(A) ::= WITH ROLE set_role_spec(R). { A = R; A->op = ACCOUNT_SET_ROLE; }

%type grant_with {uint32_t}
grant_with(A) ::= .                    { A = 0; }
grant_with(A) ::= WITH GRANT OPTION.   { A = AST_F_GRANT_WITH_GRANT_OPTION; }
%type grant_with_admin {uint32_t}
grant_with_admin(A) ::= .              { A = 0; }
grant_with_admin(A) ::= WITH ADMIN OPTION. { A = AST_F_GRANT_WITH_ADMIN_OPTION; }
%type grant_if_exists {uint32_t}
grant_if_exists(A) ::= .               { A = 0; }
grant_if_exists(A) ::= IF EXISTS.      { A = AST_F_GRANT_IF_EXISTS; }
%type grant_ignore {uint32_t}
grant_ignore(A) ::= .                  { A = 0; }
grant_ignore(A) ::= IGNORE UNKNOWN USER. { A = AST_F_GRANT_IGNORE_UNKNOWN_USER; }
grant_privileges_kw ::= .
grant_privileges_kw ::= PRIVILEGES.

grant_privs(A) ::= priv_list(L).       { A = L; }
grant_privs(A) ::= ALL(X) grant_privileges_kw. { A = ast_list(p, ast_priv(p, "ALL", X)); }
priv_list(A) ::= priv(X).              { A = ast_list(p, X); }
priv_list(A) ::= priv_list(L) COMMA priv(X). { A = ast_append(p, L, X); }
priv(A) ::= static_priv(N) priv_columns(C). { A = ast_set(p, N, 0, C); }
priv(A) ::= ident_or_text(N) priv_columns(C). { A = ast_priv_name(p, N, NULL, C); }
priv(A) ::= ident_or_text(N) USERVAR(H). { A = ast_priv_name(p, N, &H, NULL); }
priv_columns(A) ::= .                  { A = NULL; }
priv_columns(A) ::= LP ident_list(L) RP. { A = L; }

static_priv(A) ::= SELECT(X).           { A = ast_priv(p, "SELECT", X); }
static_priv(A) ::= INSERT(X).           { A = ast_priv(p, "INSERT", X); }
static_priv(A) ::= UPDATE(X).           { A = ast_priv(p, "UPDATE", X); }
static_priv(A) ::= DELETE(X).           { A = ast_priv(p, "DELETE", X); }
static_priv(A) ::= CREATE(X).           { A = ast_priv(p, "CREATE", X); }
static_priv(A) ::= DROP(X).             { A = ast_priv(p, "DROP", X); }
static_priv(A) ::= RELOAD(X).           { A = ast_priv(p, "RELOAD", X); }
static_priv(A) ::= SHUTDOWN(X).         { A = ast_priv(p, "SHUTDOWN", X); }
static_priv(A) ::= PROCESS(X).          { A = ast_priv(p, "PROCESS", X); }
static_priv(A) ::= FILE(X).             { A = ast_priv(p, "FILE", X); }
static_priv(A) ::= REFERENCES(X).       { A = ast_priv(p, "REFERENCES", X); }
static_priv(A) ::= INDEX(X).            { A = ast_priv(p, "INDEX", X); }
static_priv(A) ::= ALTER(X).            { A = ast_priv(p, "ALTER", X); }
static_priv(A) ::= SHOW(X) DATABASES.   { A = ast_priv(p, "SHOW DATABASES", X); }
static_priv(A) ::= SUPER(X).            { A = ast_priv(p, "SUPER", X); }
static_priv(A) ::= CREATE(X) TEMPORARY TABLES. { A = ast_priv(p, "CREATE TEMPORARY TABLES", X); }
static_priv(A) ::= LOCK(X) TABLES.      { A = ast_priv(p, "LOCK TABLES", X); }
static_priv(A) ::= EXECUTE(X).          { A = ast_priv(p, "EXECUTE", X); }
static_priv(A) ::= REPLICATION(X) SLAVE. { A = ast_priv(p, "REPLICATION SLAVE", X); }
static_priv(A) ::= REPLICATION(X) CLIENT. { A = ast_priv(p, "REPLICATION CLIENT", X); }
static_priv(A) ::= CREATE(X) VIEW.      { A = ast_priv(p, "CREATE VIEW", X); }
static_priv(A) ::= SHOW(X) VIEW.        { A = ast_priv(p, "SHOW VIEW", X); }
static_priv(A) ::= CREATE(X) ROUTINE.   { A = ast_priv(p, "CREATE ROUTINE", X); }
static_priv(A) ::= ALTER(X) ROUTINE.    { A = ast_priv(p, "ALTER ROUTINE", X); }
static_priv(A) ::= CREATE(X) USER.      { A = ast_priv(p, "CREATE USER", X); }
static_priv(A) ::= EVENT(X).            { A = ast_priv(p, "EVENT", X); }
static_priv(A) ::= TRIGGER(X).          { A = ast_priv(p, "TRIGGER", X); }
static_priv(A) ::= CREATE(X) TABLESPACE. { A = ast_priv(p, "CREATE TABLESPACE", X); }
static_priv(A) ::= CREATE(X) ROLE.      { A = ast_priv(p, "CREATE ROLE", X); }
static_priv(A) ::= DROP(X) ROLE.        { A = ast_priv(p, "DROP ROLE", X); }
static_priv(A) ::= USAGE(X).            { A = ast_priv(p, "USAGE", X); }
static_priv(A) ::= GRANT(X) OPTION.     { A = ast_priv(p, "GRANT OPTION", X); }

// ON [TABLE | FUNCTION | PROCEDURE] {* | *.* | db.* | db.t | t}
grant_level(A) ::= grant_on_type(T) grant_target(G). { A = G; A->op = (uint16_t)T; }
%type grant_on_type {int}
grant_on_type(A) ::= .                 { A = GRANT_ON_ANY; }
grant_on_type(A) ::= TABLE.            { A = GRANT_ON_TABLE; }
grant_on_type(A) ::= FUNCTION.         { A = GRANT_ON_FUNCTION; }
grant_on_type(A) ::= PROCEDURE.        { A = GRANT_ON_PROCEDURE; }
grant_target(A) ::= STAR.              { A = ast_new(p, AST_GRANT_LEVEL); }
grant_target(A) ::= STAR DOT STAR.     { A = ast_new(p, AST_GRANT_LEVEL); A->flags = AST_F_GRANT_QUALIFIED; }
grant_target(A) ::= ident(D) DOT STAR.
    { A = ast_node2(p, AST_GRANT_LEVEL, 0, D, NULL); A->flags = AST_F_GRANT_QUALIFIED; }
grant_target(A) ::= ident(T).          { A = ast_node2(p, AST_GRANT_LEVEL, 0, NULL, T); }
grant_target(A) ::= ident(D) DOT ident(T).
    { A = ast_node2(p, AST_GRANT_LEVEL, 0, D, T); A->flags = AST_F_GRANT_QUALIFIED; }

//////////////////////////// CALL, HANDLER and server administration /////////

server_stmt(A) ::= CALL table_ident(P). { A = ast_node2(p, AST_CALL, 0, P, ast_list(p, NULL)); }
server_stmt(A) ::= CALL table_ident(P) LP RP. { A = ast_node2(p, AST_CALL, 0, P, ast_list(p, NULL)); }
server_stmt(A) ::= CALL table_ident(P) LP expr_list(L) RP. { A = ast_node2(p, AST_CALL, 0, P, L); }

server_stmt(A) ::= HANDLER table_ident(T) OPEN. { A = ast_node1(p, AST_HANDLER, HANDLER_OPEN, T); }
server_stmt(A) ::= HANDLER table_ident(T) OPEN handler_as ident(N).
    { A = ast_node2(p, AST_HANDLER, HANDLER_OPEN, T, N); }
server_stmt(A) ::= HANDLER table_ident(T) CLOSE. { A = ast_node1(p, AST_HANDLER, HANDLER_CLOSE, T); }
server_stmt(A) ::= HANDLER table_ident(T) READ handler_scan(M) opt_where(W) opt_limit_clause(L).
{
    A = ast_node1(p, AST_HANDLER, M, T);
    ast_set(p, A, AST_K_HANDLER_WHERE, W); ast_set(p, A, AST_K_HANDLER_LIMIT, L);
}
server_stmt(A) ::= HANDLER table_ident(T) READ ident(I) handler_dir(M) opt_where(W) opt_limit_clause(L).
{
    A = ast_node2(p, AST_HANDLER, M, T, I);
    ast_set(p, A, AST_K_HANDLER_WHERE, W); ast_set(p, A, AST_K_HANDLER_LIMIT, L);
}
server_stmt(A) ::= HANDLER table_ident(T) READ ident(I) handler_cmp(M) LP expr_list(V) RP opt_where(W) opt_limit_clause(L).
{
    A = ast_node3(p, AST_HANDLER, M, T, I, V);
    ast_set(p, A, AST_K_HANDLER_WHERE, W); ast_set(p, A, AST_K_HANDLER_LIMIT, L);
}
handler_as ::= .
handler_as ::= AS.
%type handler_scan {int}
handler_scan(A) ::= FIRST.             { A = HANDLER_READ_FIRST; }
handler_scan(A) ::= NEXT.              { A = HANDLER_READ_NEXT; }
%type handler_dir {int}
handler_dir(A) ::= handler_scan(X).    { A = X; }
handler_dir(A) ::= PREV.               { A = HANDLER_READ_PREV; }
handler_dir(A) ::= LAST.               { A = HANDLER_READ_LAST; }
%type handler_cmp {int}
handler_cmp(A) ::= EQ.                 { A = HANDLER_READ_EQ; }
handler_cmp(A) ::= GE.                 { A = HANDLER_READ_GE; }
handler_cmp(A) ::= LE.                 { A = HANDLER_READ_LE; }
handler_cmp(A) ::= GT.                 { A = HANDLER_READ_GT; }
handler_cmp(A) ::= LT.                 { A = HANDLER_READ_LT; }

server_stmt(A) ::= RESET MASTER.       { A = ast_new_op(p, AST_ADMIN, ADMIN_RESET_MASTER); }
server_stmt(A) ::= RESET MASTER TO NUM(N).
    { A = ast_node1(p, AST_ADMIN, ADMIN_RESET_MASTER, ast_number(p, LIT_INT, N)); }
server_stmt(A) ::= RESET replica_kw.   { A = ast_new_op(p, AST_ADMIN, ADMIN_RESET_REPLICA); }
server_stmt(A) ::= RESET replica_kw ALL.
    { A = ast_new_op(p, AST_ADMIN, ADMIN_RESET_REPLICA); A->flags = AST_F_ADMIN_ALL; }
server_stmt(A) ::= RESET PERSIST.      { A = ast_new_op(p, AST_ADMIN, ADMIN_RESET_PERSIST); }
server_stmt(A) ::= RESET PERSIST ident(V). { A = ast_node1(p, AST_ADMIN, ADMIN_RESET_PERSIST, V); }
server_stmt(A) ::= RESET PERSIST IF EXISTS ident(V).
    { A = ast_node1(p, AST_ADMIN, ADMIN_RESET_PERSIST, V); A->flags = AST_F_ADMIN_IF_EXISTS; }
server_stmt(A) ::= START replica_kw replica_threads(F).
    { A = ast_new_op(p, AST_ADMIN, ADMIN_START_REPLICA); A->flags = F; }
server_stmt(A) ::= STOP replica_kw replica_threads(F).
    { A = ast_new_op(p, AST_ADMIN, ADMIN_STOP_REPLICA); A->flags = F; }
server_stmt(A) ::= PURGE purge_logs_kw LOGS TO TEXT_STRING(S).
    { A = ast_node1(p, AST_ADMIN, ADMIN_PURGE_LOGS_TO, ast_string(p, S)); }
server_stmt(A) ::= PURGE purge_logs_kw LOGS BEFORE expr(X).
    { A = ast_node1(p, AST_ADMIN, ADMIN_PURGE_LOGS_BEFORE, X); }
server_stmt(A) ::= SHUTDOWN.           { A = ast_new_op(p, AST_ADMIN, ADMIN_SHUTDOWN); }
server_stmt(A) ::= RESTART.            { A = ast_new_op(p, AST_ADMIN, ADMIN_RESTART); }
server_stmt(A) ::= INSTALL PLUGIN ident(N) SONAME TEXT_STRING(S).
    { A = ast_node2(p, AST_ADMIN, ADMIN_INSTALL_PLUGIN, N, ast_string(p, S)); }
server_stmt(A) ::= UNINSTALL PLUGIN ident(N). { A = ast_node1(p, AST_ADMIN, ADMIN_UNINSTALL_PLUGIN, N); }
server_stmt(A) ::= INSTALL COMPONENT server_strings(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_INSTALL_COMPONENT, L); }
server_stmt(A) ::= UNINSTALL COMPONENT server_strings(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_UNINSTALL_COMPONENT, L); }
server_stmt(A) ::= BINLOG TEXT_STRING(S). { A = ast_node1(p, AST_ADMIN, ADMIN_BINLOG, ast_string(p, S)); }
server_stmt(A) ::= ALTER INSTANCE instance_action(X).
    { A = ast_node1(p, AST_ADMIN, ADMIN_ALTER_INSTANCE, ast_admin_option(p, X, NULL)); }
server_stmt(A) ::= CLONE LOCAL DATA DIRECTORY clone_eq TEXT_STRING(S).
    { A = ast_node1(p, AST_ADMIN, ADMIN_CLONE_LOCAL, ast_string(p, S)); }
server_stmt(A) ::= CHANGE REPLICATION SOURCE TO source_options(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_CHANGE_SOURCE, L); }
server_stmt(A) ::= CHANGE MASTER TO source_options(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_CHANGE_SOURCE, L); A->flags = AST_F_ADMIN_MASTER; }
server_stmt(A) ::= CACHE INDEX table_keys_list(L) IN ident(C).
    { A = ast_node2(p, AST_ADMIN, ADMIN_CACHE_INDEX, L, C); }
server_stmt(A) ::= LOAD INDEX INTO CACHE table_keys_list(L).
    { A = ast_node1(p, AST_ADMIN, ADMIN_LOAD_INDEX, L); }

replica_kw ::= REPLICA.
replica_kw ::= SLAVE.
purge_logs_kw ::= BINARY.
purge_logs_kw ::= MASTER.
clone_eq ::= .
clone_eq ::= EQ.
%type replica_threads {uint32_t}
replica_threads(A) ::= .               { A = 0; }
replica_threads(A) ::= replica_thread_list(L). { A = L; }
%type replica_thread_list {uint32_t}
replica_thread_list(A) ::= replica_thread(X). { A = X; }
replica_thread_list(A) ::= replica_thread_list(L) COMMA replica_thread(X). { A = L | X; }
%type replica_thread {uint32_t}
replica_thread(A) ::= IO_THREAD.       { A = AST_F_ADMIN_IO_THREAD; }
replica_thread(A) ::= SQL_THREAD.      { A = AST_F_ADMIN_SQL_THREAD; }
server_strings(A) ::= TEXT_STRING(S).  { A = ast_list(p, ast_string(p, S)); }
server_strings(A) ::= server_strings(L) COMMA TEXT_STRING(S). { A = ast_append(p, L, ast_string(p, S)); }

// INNODB and REDO_LOG are no keywords: they arrive as ID.
%type instance_action {int}
instance_action(A) ::= ROTATE ID(E) MASTER KEY.
    { ast_expect_word(p, E, "INNODB"); A = AOPT_INSTANCE_ROTATE_INNODB_MASTER_KEY; }
instance_action(A) ::= ROTATE BINLOG MASTER KEY. { A = AOPT_INSTANCE_ROTATE_BINLOG_MASTER_KEY; }
instance_action(A) ::= RELOAD TLS.     { A = AOPT_INSTANCE_RELOAD_TLS; }
instance_action(A) ::= RELOAD TLS NO ROLLBACK ON ERROR. { A = AOPT_INSTANCE_RELOAD_TLS_NO_ROLLBACK; }
instance_action(A) ::= ENABLE ID(E) ID(R).
    { ast_expect_word(p, E, "INNODB"); ast_expect_word(p, R, "REDO_LOG"); A = AOPT_INSTANCE_ENABLE_REDO_LOG; }
instance_action(A) ::= DISABLE ID(E) ID(R).
    { ast_expect_word(p, E, "INNODB"); ast_expect_word(p, R, "REDO_LOG"); A = AOPT_INSTANCE_DISABLE_REDO_LOG; }
instance_action(A) ::= RELOAD KEYRING. { A = AOPT_INSTANCE_RELOAD_KEYRING; }

// MySQL knows each option by name; any name = value is kept here and left
// to the statement's execution to check.
source_options(A) ::= source_option(X). { A = ast_list(p, X); }
source_options(A) ::= source_options(L) COMMA source_option(X). { A = ast_append(p, L, X); }
source_option(A) ::= ID(N) EQ expr(X). { A = ast_admin_named(p, N, X); }
source_option(A) ::= ID(N) EQ LP RP.
    { A = ast_admin_named(p, N, ast_node1(p, AST_ROW, 0, ast_list(p, NULL))); }

table_keys_list(A) ::= table_keys(X).  { A = ast_list(p, X); }
table_keys_list(A) ::= table_keys_list(L) COMMA table_keys(X). { A = ast_append(p, L, X); }
table_keys(A) ::= table_ident(T) table_keys_index(K) table_keys_leaves(F).
    { A = ast_node2(p, AST_TABLE_KEYS, 0, T, K); A->flags = F; }
table_keys_index(A) ::= .              { A = NULL; }
table_keys_index(A) ::= key_or_index LP RP. { A = ast_list(p, NULL); }
table_keys_index(A) ::= key_or_index LP ident_list(L) RP. { A = L; }
%type table_keys_leaves {uint32_t}
table_keys_leaves(A) ::= .             { A = 0; }
table_keys_leaves(A) ::= IGNORE LEAVES. { A = AST_F_IGNORE_LEAVES; }

//////////////////////////// SUBSCRIBE (JimKV) ////////////////////////////////

subscribe_stmt(A) ::= SUBSCRIBE subscribe_to table_ident(T) subscribe_as_of(X).
    { A = ast_node2(p, AST_SUBSCRIBE, 0, T, X); }
subscribe_to ::= .
subscribe_to ::= TO.
subscribe_as_of(A) ::= .               { A = NULL; }
// AS OF [TIMESTAMP] as in a table reference (see opt_as_of).
subscribe_as_of(A) ::= as_of expr(X).  { A = X; }
