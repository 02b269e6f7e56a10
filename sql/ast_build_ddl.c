/*
 * ast_build_ddl: constructors for the data-definition grammar (see
 * ast_ddl_kinds.h for the shapes they build, ast_build.h for the contract:
 * they never return NULL and leave through ast_fail()).
 *
 * Two column attributes cannot be parsed where they belong with one token
 * of lookahead: "[NOT] ENFORCED" after an inline CHECK (NOT could start NOT
 * NULL) and "ON DELETE/UPDATE action" after an inline REFERENCES (ON UPDATE
 * could start ON UPDATE CURRENT_TIMESTAMP).  The grammar reads them as
 * attributes of their own and the helpers here attach them to the
 * attribute they follow, rejecting them anywhere else as MySQL does.
 */
#include "ast_build.h"

#include <string.h>

#include "jimkv/assert.h"

ast *ast_list_concat(sql_parse_ctx *p, ast *a, ast *b)
{
    JK_ASSERT(a && a->kind == AST_LIST);
    JK_ASSERT(b && b->kind == AST_LIST);
    for (ast *e = ast_first(b); e;) {
        ast *next = e->next;
        e->next = NULL;
        ast_append(p, a, e);
        e = next;
    }
    return a;
}

ast *ast_keyword_of(sql_parse_ctx *p, const ast *id)
{
    JK_ASSERT(id && id->str);
    char *s = jk_arena_strndup(p->arena, id->str, id->n);
    if (!s) ast_fail(p, PARSE_NO_MEMORY);
    for (char *c = s; *c; c++)
        if (*c >= 'a' && *c <= 'z') *c -= 32;
    return ast_keyword(p, s);
}

ast *ast_ddl_type(sql_parse_ctx *p, const char *name, ast *length, ast *scale)
{
    JK_ASSERT(name);
    ast *t = ast_node2(p, AST_TYPE, 0, length, scale);
    t->str = name;
    t->n = (uint32_t)strlen(name);
    return t;
}

ast *ast_ddl_type_precision(sql_parse_ctx *p, const char *name, const ast *precision)
{
    /* opt_precision hands (M) or (M,D) over as a TYPE whose kids are the numbers. */
    JK_ASSERT(!precision || precision->kind == AST_TYPE);
    if (!precision) return ast_ddl_type(p, name, NULL, NULL);
    return ast_ddl_type(p, name, precision->kid[AST_K_TYPE_LENGTH], precision->kid[AST_K_TYPE_SCALE]);
}

ast *ast_ddl_charset(sql_parse_ctx *p, uint32_t flags, const char *charset)
{
    JK_ASSERT(flags || charset);
    ast *carrier = ast_new(p, AST_TYPE);
    carrier->flags = flags;
    carrier->str2 = charset;
    return carrier;
}

ast *ast_ddl_type_charset(ast *type, const ast *charset)
{
    JK_ASSERT(type && type->kind == AST_TYPE);
    if (charset) {
        type->flags |= charset->flags;
        type->str2 = charset->str2;
    }
    return type;
}

ast *ast_ddl_attr(sql_parse_ctx *p, int op, ast *value)
{
    JK_ASSERT(op >= 0 && op < ATTR_COUNT);
    return ast_node1(p, AST_COLUMN_ATTR, op, value);
}

ast *ast_ddl_attr_enforced(sql_parse_ctx *p, ast *attrs, uint32_t flag, sql_token at)
{
    JK_ASSERT(flag == AST_F_DDL_ENFORCED || flag == AST_F_DDL_NOT_ENFORCED);
    const ast *last = attrs->kid[1];
    if (!last || last->op != ATTR_CHECK) ast_syntax_error_at(p, (size_t)(at.z - p->sql));
    ast *check = last->kid[0];
    if (check->flags & (AST_F_DDL_ENFORCED | AST_F_DDL_NOT_ENFORCED)) ast_syntax_error_at(p, (size_t)(at.z - p->sql));
    check->flags |= flag;
    return attrs;
}

ast *ast_ddl_attr_ref_action(sql_parse_ctx *p, ast *attrs, bool on_update, int action, sql_token at)
{
    JK_ASSERT(action > REF_ACTION_NONE && action <= REF_SET_DEFAULT);
    const ast *last = attrs->kid[1];
    if (!last || last->op != ATTR_REFERENCES) ast_syntax_error_at(p, (size_t)(at.z - p->sql));
    ast *ref = last->kid[0];
    uint32_t del = AST_REF_ON_DELETE(ref->flags), upd = AST_REF_ON_UPDATE(ref->flags);
    /* Each action once; ON DELETE may follow ON UPDATE, as MySQL allows. */
    if (on_update ? upd != REF_ACTION_NONE : del != REF_ACTION_NONE) ast_syntax_error_at(p, (size_t)(at.z - p->sql));
    if (on_update) upd = (uint32_t)action;
    else del = (uint32_t)action;
    ref->flags = AST_REF_FLAGS(del, upd);
    return attrs;
}

ast *ast_ddl_option(sql_parse_ctx *p, int op, ast *value)
{
    JK_ASSERT(op >= 0 && op < TOPT_COUNT);
    return ast_node1(p, AST_TABLE_OPTION, op, value);
}

ast *ast_ddl_index(sql_parse_ctx *p, int op, ast *name, ast *using, ast *parts, ast *options)
{
    JK_ASSERT(parts && parts->kind == AST_LIST);
    /* KEY k USING HASH (a) and KEY k (a) USING HASH are one index; the
     * type written first goes first among the options. */
    if (using) options = options ? ast_prepend(p, options, using) : ast_list(p, using);
    ast *idx = ast_new_op(p, AST_INDEX_DEF, op);
    ast_set(p, idx, AST_K_IDX_NAME, name);
    ast_set(p, idx, AST_K_IDX_PARTS, parts);
    return ast_set(p, idx, AST_K_IDX_OPTIONS, options);
}

ast *ast_ddl_constraint_name(sql_parse_ctx *p, ast *constraint, ast *name)
{
    JK_ASSERT(constraint->kind == AST_INDEX_DEF || constraint->kind == AST_FOREIGN_KEY ||
              constraint->kind == AST_CHECK_CONSTRAINT);
    /* Every constraint kind keeps its CONSTRAINT name in kid 0. */
    return ast_set(p, constraint, 0, name);
}

ast *ast_ddl_alter(sql_parse_ctx *p, int op, ast *k0, ast *k1)
{
    JK_ASSERT(op >= 0 && op < ALTER_COUNT);
    return ast_node2(p, AST_ALTER_CMD, op, k0, k1);
}

ast *ast_ddl_place(sql_parse_ctx *p, ast *cmd, ast *place)
{
    JK_ASSERT(cmd->kind == AST_ALTER_CMD);
    if (!place) return cmd;
    /* opt_place gives the KEYWORD FIRST or the IDENT of AFTER. */
    if (place->kind == AST_KEYWORD) {
        cmd->flags |= AST_F_DDL_FIRST;
        return cmd;
    }
    return ast_set(p, cmd, AST_K_ALTER_AFTER, place);
}

ast *ast_ddl_attr_key(sql_parse_ctx *p, ast *attrs)
{
    /* The KEY attribute alone means PRIMARY KEY, but right after UNIQUE it
     * completes UNIQUE KEY; the grammar cannot tell with one token of
     * lookahead, so the list decides. */
    ast *last = attrs ? attrs->kid[1] : NULL;
    if (last && last->op == ATTR_UNIQUE && !(last->flags & AST_F_DDL_UNIQUE_KEY)) {
        last->flags |= AST_F_DDL_UNIQUE_KEY;
        return attrs;
    }
    ast *pk = ast_ddl_attr(p, ATTR_PRIMARY_KEY, NULL);
    return attrs ? ast_append(p, attrs, pk) : ast_list(p, pk);
}

ast *ast_ddl_view(sql_parse_ctx *p, ast *head, ast *body, int op, uint32_t flags)
{
    JK_ASSERT(body && body->kind == AST_VIEW);
    body->op = (uint16_t)op;
    body->flags |= flags;
    if (head) {
        JK_ASSERT(head->kind == AST_VIEW);
        body->flags |= head->flags;
        ast_set(p, body, AST_K_VIEW_DEFINER, head->kid[AST_K_VIEW_DEFINER]);
    }
    return body;
}

ast *ast_ddl_create_table(sql_parse_ctx *p, ast *options, ast *partitioning, ast *query)
{
    JK_ASSERT(!query || query->kind == AST_CREATE_TABLE);
    JK_ASSERT(!partitioning || partitioning->kind == AST_PARTITION_BY);
    ast *ct = query ? query : ast_new(p, AST_CREATE_TABLE);
    ast_set(p, ct, AST_K_CT_OPTIONS, options);
    return ast_set(p, ct, AST_K_CT_PARTITION, partitioning);
}
