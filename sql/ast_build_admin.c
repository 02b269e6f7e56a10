/*
 * ast_build_admin: constructors for the session, transaction and
 * administration statements (see ast_admin_kinds.h), where a grammar
 * action would need more than a line or two.  Same contract as ast.c:
 * they never return NULL and longjmp on failure.
 */
#include <string.h>

#include "ast_build.h"
#include "jimkv/assert.h"

void ast_expect_word(sql_parse_ctx *p, sql_token t, const char *w)
{
    size_t n = strlen(w);
    bool same = t.n == n;
    for (size_t i = 0; same && i < n; i++) {
        char c = t.z[i];
        if (c >= 'a' && c <= 'z') c = (char)(c - 32);
        same = c == w[i];
    }
    if (!same) ast_syntax_error_at(p, (size_t)(t.z - p->sql));
}

ast *ast_user(sql_parse_ctx *p, ast *name, const sql_token *host)
{
    JK_ASSERT(name && name->kind == AST_IDENT);
    ast *u = ast_new_op(p, AST_USER, USER_NAMED);
    u->pos = name->pos;
    u->str = name->str;
    u->n = name->n;
    u->str2 = host ? ast_user_var(p, *host)->str : "%";
    return u;
}

ast *ast_sysvar(sql_parse_ctx *p, int scope, ast *prefix, ast *name)
{
    JK_ASSERT(name && name->kind == AST_IDENT);
    ast *v = ast_new_op(p, AST_SYS_VAR, scope);
    v->pos = prefix ? prefix->pos : name->pos;
    v->str = name->str;
    v->n = name->n;
    v->str2 = prefix ? prefix->str : NULL;
    return v;
}

ast *ast_set_stmt(sql_parse_ctx *p, ast *list)
{
    JK_ASSERT(list && list->kind == AST_LIST && list->n > 0);
    /* SET GLOBAL a = 1, b = 2 sets both globally, while SET @@GLOBAL.a = 1,
     * b = 2 sets b for the session: a keyword sticks, an @@ prefix not
     * (MySQL keeps the keyword in lex->option_type for the bare names that
     * follow: PT_option_value_no_option_type_internal, parse_tree_nodes.cc). */
    int scope = SCOPE_NONE;
    for (ast *e = ast_first(list); e; e = e->next) {
        if (e->kind != AST_SET_ASSIGN) continue;
        ast *target = e->kid[0];
        if (e->flags & AST_F_SET_KEYWORD_SCOPE) {
            scope = e->op;
            target->op = (uint16_t)scope;
        } else if (e->flags & AST_F_SET_BARE_NAME) {
            JK_ASSERT(target->kind == AST_SYS_VAR);
            target->op = (uint16_t)scope;
        }
        e->op = 0;
        e->flags = 0;
    }
    return ast_node1(p, AST_SET, 0, list);
}

ast *ast_set_charset(sql_parse_ctx *p, int op, const char *charset, const char *collation)
{
    JK_ASSERT(op == SETCS_NAMES || op == SETCS_CHARSET);
    JK_ASSERT(charset || !collation);
    ast *node = ast_new_op(p, AST_SET_CHARSET, op);
    node->str = charset;
    node->n = charset ? (uint32_t)strlen(charset) : 0;
    node->str2 = collation;
    return node;
}

ast *ast_show(sql_parse_ctx *p, int op, uint32_t flags, ast *object, ast *db)
{
    JK_ASSERT(op >= 0 && op < SHOW_OP_COUNT);
    ast *show = ast_new_op(p, AST_SHOW, op);
    show->flags = flags;
    /* SHOW COLUMNS FROM t FROM db is SHOW COLUMNS FROM db.t; the second
     * FROM wins over a database written in the first (as in MySQL). */
    if (db && object && object->kind == AST_TABLE_NAME) {
        ast_set(p, object, 0, db);
        db = NULL;
    }
    ast_set(p, show, AST_K_SHOW_OBJECT, object);
    return ast_set(p, show, AST_K_SHOW_DB, db);
}

ast *ast_show_filter(sql_parse_ctx *p, ast *show, ast *filter)
{
    JK_ASSERT(show->kind == AST_SHOW);
    if (!filter) return show;
    JK_ASSERT(filter->kind == AST_SHOW);
    ast_set(p, show, AST_K_SHOW_LIKE, filter->kid[AST_K_SHOW_LIKE]);
    return ast_set(p, show, AST_K_SHOW_WHERE, filter->kid[AST_K_SHOW_WHERE]);
}

ast *ast_explain(sql_parse_ctx *p, int op, const char *format, ast *target)
{
    JK_ASSERT(op != EXPLAIN_TABLE && target);
    ast *node = ast_node1(p, AST_EXPLAIN, op, target);
    node->str = format;
    node->n = format ? (uint32_t)strlen(format) : 0;
    return node;
}

ast *ast_auth(sql_parse_ctx *p, int op, ast *plugin, ast *string)
{
    JK_ASSERT(op != AUTH_PLUGIN || plugin);
    JK_ASSERT((op == AUTH_PASSWORD || op == AUTH_HASH) == (string != NULL));
    ast *auth = ast_node1(p, AST_AUTH, op, string);
    if (plugin) {
        auth->str = plugin->str;
        auth->n = plugin->n;
    }
    return auth;
}

ast *ast_priv(sql_parse_ctx *p, const char *name, sql_token at)
{
    JK_ASSERT(name);
    ast *priv = ast_new(p, AST_PRIV);
    priv->pos = (uint32_t)(at.z - p->sql);
    priv->str = name;
    priv->n = (uint32_t)strlen(name);
    return priv;
}

ast *ast_priv_name(sql_parse_ctx *p, ast *name, const sql_token *host, ast *columns)
{
    JK_ASSERT(name && name->kind == AST_IDENT);
    ast *priv = ast_node1(p, AST_PRIV, 0, columns);
    priv->flags = AST_F_PRIV_DYNAMIC;
    priv->pos = name->pos;
    priv->str = name->str;
    priv->n = name->n;
    if (host) priv->str2 = ast_user_var(p, *host)->str;
    return priv;
}

ast *ast_roles_from_privs(sql_parse_ctx *p, ast *privs)
{
    JK_ASSERT(privs && privs->kind == AST_LIST);
    ast *roles = ast_list(p, NULL);
    for (ast *e = ast_first(privs); e; e = e->next) {
        if (!(e->flags & AST_F_PRIV_DYNAMIC) || e->kid[0]) ast_syntax_error_at(p, e->pos);
        ast *role = ast_new_op(p, AST_USER, USER_NAMED);
        role->pos = e->pos;
        role->str = e->str;
        role->n = e->n;
        role->str2 = e->str2 ? e->str2 : "%";
        ast_append(p, roles, role);
    }
    return roles;
}

ast *ast_grant(sql_parse_ctx *p, int op, ast *what, ast *on, ast *users)
{
    JK_ASSERT(users && (what || op != GRANT_PRIVILEGES));
    if (op == GRANT_PRIVILEGES || op == REVOKE_PRIVILEGES) {
        /* A name@host is a role; privileges have no host. */
        for (const ast *e = ast_first(what); e; e = e->next)
            if (e->str2) ast_syntax_error_at(p, e->pos);
    }
    ast *grant = ast_node2(p, AST_GRANT, op, what, on);
    return ast_set(p, grant, AST_K_GRANT_USERS, users);
}

ast *ast_admin_named(sql_parse_ctx *p, sql_token name, ast *value)
{
    /* The printer writes the name bare, as MySQL's keywords for these
     * options are: a quoted name would not read back the same. */
    if (name.n == 0 || name.z[0] == '`') ast_syntax_error_at(p, (size_t)(name.z - p->sql));
    ast *opt = ast_admin_option(p, AOPT_NAMED, value);
    opt->pos = (uint32_t)(name.z - p->sql);
    opt->str = ast_token_upper(p, name);
    opt->n = name.n;
    return opt;
}

ast *ast_admin_option(sql_parse_ctx *p, int op, ast *value)
{
    JK_ASSERT(op >= 0 && op < AOPT_COUNT);
    return ast_node1(p, AST_ADMIN_OPTION, op, value);
}

ast *ast_account(sql_parse_ctx *p, int op, uint32_t flags, ast *users, ast *roles, ast *tail)
{
    JK_ASSERT(!users || users->kind == AST_LIST);
    JK_ASSERT(!roles || roles->kind == AST_LIST);
    ast *acct = tail ? tail : ast_new(p, AST_ACCOUNT);
    JK_ASSERT(acct->kind == AST_ACCOUNT);
    acct->op = (uint16_t)op;
    acct->flags |= flags;
    if (users) ast_set(p, acct, AST_K_ACCT_USERS, users);
    if (roles) ast_set(p, acct, AST_K_ACCT_ROLES, roles);
    return acct;
}

const char *ast_upper_copy(sql_parse_ctx *p, const ast *name)
{
    JK_ASSERT(name && name->str);
    char *s = jk_arena_strndup(p->arena, name->str, name->n);
    if (!s) ast_fail(p, PARSE_NO_MEMORY);
    for (char *c = s; *c; c++)
        if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 32);
    return s;
}
