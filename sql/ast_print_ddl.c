/*
 * ast_print_ddl: the data-definition statements back to SQL.
 *
 * Normal form (see ast_print.h): synonyms are printed one way (KEY for
 * INDEX, CHARACTER SET for CHARSET, DATABASE for SCHEMA, ADD COLUMN for
 * ADD), options as NAME = value, table options separated by spaces.  A
 * DEFAULT value or generated column expression is printed exactly as the
 * grammar needs it back: literals and time functions bare, expressions in
 * parentheses (a DEFAULT written (expr) stays an expression default).
 */
#include "ast_print.h"

#include <string.h>

#include "jimkv/assert.h"

/* ------------------------------------------------------------- options */

/* How each TABLE_OPTION is written: its words, and whether '=' precedes
 * the value (COMMENT, USING and WITH PARSER are also index options, where
 * MySQL allows no '='). */
static const struct {
    const char *name;
    bool eq;
} topt_text[TOPT_COUNT] = {
    [TOPT_ENGINE] = { "ENGINE", true },
    [TOPT_SECONDARY_ENGINE] = { "SECONDARY_ENGINE", true },
    [TOPT_CHARSET] = { "CHARACTER SET", true },
    [TOPT_COLLATE] = { "COLLATE", true },
    [TOPT_AUTO_INCREMENT] = { "AUTO_INCREMENT", true },
    [TOPT_COMMENT] = { "COMMENT", false },
    [TOPT_ROW_FORMAT] = { "ROW_FORMAT", true },
    [TOPT_KEY_BLOCK_SIZE] = { "KEY_BLOCK_SIZE", true },
    [TOPT_AVG_ROW_LENGTH] = { "AVG_ROW_LENGTH", true },
    [TOPT_CHECKSUM] = { "CHECKSUM", true },
    [TOPT_DELAY_KEY_WRITE] = { "DELAY_KEY_WRITE", true },
    [TOPT_MAX_ROWS] = { "MAX_ROWS", true },
    [TOPT_MIN_ROWS] = { "MIN_ROWS", true },
    [TOPT_AUTOEXTEND_SIZE] = { "AUTOEXTEND_SIZE", true },
    [TOPT_PACK_KEYS] = { "PACK_KEYS", true },
    [TOPT_STATS_AUTO_RECALC] = { "STATS_AUTO_RECALC", true },
    [TOPT_STATS_PERSISTENT] = { "STATS_PERSISTENT", true },
    [TOPT_STATS_SAMPLE_PAGES] = { "STATS_SAMPLE_PAGES", true },
    [TOPT_COMPRESSION] = { "COMPRESSION", true },
    [TOPT_CONNECTION] = { "CONNECTION", true },
    [TOPT_ENCRYPTION] = { "ENCRYPTION", true },
    [TOPT_PASSWORD] = { "PASSWORD", true },
    [TOPT_ENGINE_ATTRIBUTE] = { "ENGINE_ATTRIBUTE", true },
    [TOPT_SECONDARY_ENGINE_ATTRIBUTE] = { "SECONDARY_ENGINE_ATTRIBUTE", true },
    [TOPT_DATA_DIRECTORY] = { "DATA DIRECTORY", true },
    [TOPT_INDEX_DIRECTORY] = { "INDEX DIRECTORY", true },
    [TOPT_INSERT_METHOD] = { "INSERT_METHOD", true },
    [TOPT_TABLESPACE] = { "TABLESPACE", true },
    [TOPT_STORAGE] = { "STORAGE", false },
    [TOPT_UNION] = { "UNION", true },
    [TOPT_READ_ONLY] = { "READ ONLY", true },
    [TOPT_NODEGROUP] = { "NODEGROUP", true },
    [TOPT_USING] = { "USING", false },
    [TOPT_WITH_PARSER] = { "WITH PARSER", false },
    [TOPT_VISIBLE] = { "VISIBLE", false },
    [TOPT_INVISIBLE] = { "INVISIBLE", false },
    [TOPT_ALGORITHM] = { "ALGORITHM", true },
    [TOPT_LOCK] = { "LOCK", true },
    [TOPT_ADD_DATAFILE] = { "ADD DATAFILE", false },
    [TOPT_DROP_DATAFILE] = { "DROP DATAFILE", false },
    [TOPT_FILE_BLOCK_SIZE] = { "FILE_BLOCK_SIZE", true },
    [TOPT_EXTENT_SIZE] = { "EXTENT_SIZE", true },
    [TOPT_INITIAL_SIZE] = { "INITIAL_SIZE", true },
    [TOPT_MAX_SIZE] = { "MAX_SIZE", true },
    [TOPT_LOGFILE_GROUP] = { "USE LOGFILE GROUP", false },
    [TOPT_WAIT] = { "WAIT", false },
    [TOPT_NO_WAIT] = { "NO_WAIT", false },
    [TOPT_RENAME_TO] = { "RENAME TO", false },
    [TOPT_SET_ACTIVE] = { "SET", false },
};

static void pr_value(printer *pr, const ast *v)
{
    switch (v->kind) {
    case AST_IDENT: pr_ident_node(pr, v); return;
    case AST_LIST:
        pr_char(pr, '(');
        pr_list(pr, v, ", ");
        pr_char(pr, ')');
        return;
    default: pr_expr(pr, v, PREC_TOP); return;
    }
}

static void pr_option(printer *pr, const ast *o)
{
    JK_ASSERT(o->kind == AST_TABLE_OPTION && o->op < TOPT_COUNT);
    pr_str(pr, topt_text[o->op].name);
    if (!o->kid[0]) return;
    pr_str(pr, topt_text[o->op].eq ? " = " : " ");
    pr_value(pr, o->kid[0]);
}

/* Options of a list, each preceded by a space. */
static void pr_options(printer *pr, const ast *list)
{
    for (const ast *o = ast_first(list); o; o = o->next) {
        pr_char(pr, ' ');
        pr_option(pr, o);
    }
}

static void pr_paren_list(printer *pr, const ast *list)
{
    pr_str(pr, " (");
    pr_list(pr, list, ", ");
    pr_char(pr, ')');
}

/* --------------------------------------------------- columns and types */

static void pr_paren_expr(printer *pr, const ast *e)
{
    pr_char(pr, '(');
    pr_expr(pr, e, PREC_TOP);
    pr_char(pr, ')');
}

/* A DEFAULT value: (expr) when written so, else the literal or function. */
static void pr_default_value(printer *pr, const ast *v, uint32_t flags)
{
    if (flags & AST_F_DDL_EXPR) pr_paren_expr(pr, v);
    else pr_expr(pr, v, PREC_TOP);
}

static void pr_check(printer *pr, const ast *c)
{
    JK_ASSERT(c->kind == AST_CHECK_CONSTRAINT);
    if (c->kid[AST_K_CHECK_CONSTRAINT]) {
        pr_str(pr, "CONSTRAINT ");
        pr_ident_node(pr, c->kid[AST_K_CHECK_CONSTRAINT]);
        pr_char(pr, ' ');
    }
    pr_str(pr, "CHECK ");
    pr_paren_expr(pr, c->kid[AST_K_CHECK_EXPR]);
    if (c->flags & AST_F_DDL_ENFORCED) pr_str(pr, " ENFORCED");
    if (c->flags & AST_F_DDL_NOT_ENFORCED) pr_str(pr, " NOT ENFORCED");
}

static void pr_references(printer *pr, const ast *r)
{
    static const char *const match[] = {
        [REF_MATCH_NONE] = "", [REF_MATCH_FULL] = " MATCH FULL",
        [REF_MATCH_PARTIAL] = " MATCH PARTIAL", [REF_MATCH_SIMPLE] = " MATCH SIMPLE",
    };
    static const char *const action[] = {
        [REF_ACTION_NONE] = "", [REF_RESTRICT] = "RESTRICT", [REF_CASCADE] = "CASCADE",
        [REF_SET_NULL] = "SET NULL", [REF_NO_ACTION] = "NO ACTION", [REF_SET_DEFAULT] = "SET DEFAULT",
    };
    JK_ASSERT(r->kind == AST_REFERENCES && r->op <= REF_MATCH_SIMPLE);
    pr_str(pr, "REFERENCES ");
    pr_table_name(pr, r->kid[AST_K_REF_TABLE]);
    if (r->kid[AST_K_REF_COLUMNS]) pr_paren_list(pr, r->kid[AST_K_REF_COLUMNS]);
    pr_str(pr, match[r->op]);
    uint32_t del = AST_REF_ON_DELETE(r->flags), upd = AST_REF_ON_UPDATE(r->flags);
    JK_ASSERT(del <= REF_SET_DEFAULT && upd <= REF_SET_DEFAULT);
    if (del) {
        pr_str(pr, " ON DELETE ");
        pr_str(pr, action[del]);
    }
    if (upd) {
        pr_str(pr, " ON UPDATE ");
        pr_str(pr, action[upd]);
    }
}

static void pr_column_attr(printer *pr, const ast *a)
{
    static const char *const bare[ATTR_COUNT] = {
        [ATTR_NULL] = "NULL", [ATTR_NOT_NULL] = "NOT NULL", [ATTR_AUTO_INCREMENT] = "AUTO_INCREMENT",
        [ATTR_SERIAL_DEFAULT_VALUE] = "SERIAL DEFAULT VALUE", [ATTR_PRIMARY_KEY] = "PRIMARY KEY",
        [ATTR_VISIBLE] = "VISIBLE", [ATTR_INVISIBLE] = "INVISIBLE",
        [ATTR_COMMENT] = "COMMENT ", [ATTR_COLLATE] = "COLLATE ", [ATTR_ON_UPDATE] = "ON UPDATE ",
        [ATTR_COLUMN_FORMAT] = "COLUMN_FORMAT ", [ATTR_STORAGE] = "STORAGE ", [ATTR_SRID] = "SRID ",
        [ATTR_ENGINE_ATTRIBUTE] = "ENGINE_ATTRIBUTE = ",
        [ATTR_SECONDARY_ENGINE_ATTRIBUTE] = "SECONDARY_ENGINE_ATTRIBUTE = ",
    };
    JK_ASSERT(a->kind == AST_COLUMN_ATTR && a->op < ATTR_COUNT);
    switch (a->op) {
    case ATTR_DEFAULT:
        pr_str(pr, "DEFAULT ");
        pr_default_value(pr, a->kid[0], a->flags);
        return;
    case ATTR_UNIQUE:
        pr_str(pr, a->flags & AST_F_DDL_UNIQUE_KEY ? "UNIQUE KEY" : "UNIQUE");
        return;
    case ATTR_GENERATED:
        pr_str(pr, "GENERATED ALWAYS AS ");
        pr_paren_expr(pr, a->kid[0]);
        if (a->flags & AST_F_DDL_STORED) pr_str(pr, " STORED");
        if (a->flags & AST_F_DDL_VIRTUAL) pr_str(pr, " VIRTUAL");
        return;
    case ATTR_CHECK: pr_check(pr, a->kid[0]); return;
    case ATTR_REFERENCES: pr_references(pr, a->kid[0]); return;
    default:
        JK_ASSERT(bare[a->op]);
        pr_str(pr, bare[a->op]);
        if (a->kid[0]) pr_value(pr, a->kid[0]);
        return;
    }
}

static void pr_column_def(printer *pr, const ast *c)
{
    JK_ASSERT(c->kind == AST_COLUMN_DEF);
    pr_ident_node(pr, c->kid[AST_K_COL_NAME]);
    pr_char(pr, ' ');
    pr_type(pr, c->kid[AST_K_COL_TYPE]);
    for (const ast *a = ast_first(c->kid[AST_K_COL_ATTRS]); a; a = a->next) {
        pr_char(pr, ' ');
        pr_column_attr(pr, a);
    }
}

/* ------------------------------------------------ constraints, indexes */

static void pr_key_part(printer *pr, const ast *k)
{
    JK_ASSERT(k->kind == AST_KEY_PART);
    const ast *col = k->kid[AST_K_KP_COLUMN];
    if (col->kind == AST_IDENT) pr_ident_node(pr, col);
    else pr_paren_expr(pr, col);
    if (k->kid[AST_K_KP_LENGTH]) {
        pr_char(pr, '(');
        pr_expr(pr, k->kid[AST_K_KP_LENGTH], PREC_TOP);
        pr_char(pr, ')');
    }
    if (k->flags & AST_F_DESC) pr_str(pr, " DESC");
}

static void pr_key_parts(printer *pr, const ast *list)
{
    int i = 0;
    pr_str(pr, " (");
    for (const ast *k = ast_first(list); k; k = k->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_key_part(pr, k);
    }
    pr_char(pr, ')');
}

static void pr_constraint_name(printer *pr, const ast *name)
{
    if (!name) return;
    pr_str(pr, "CONSTRAINT ");
    pr_ident_node(pr, name);
    pr_char(pr, ' ');
}

static void pr_index_def(printer *pr, const ast *d)
{
    static const char *const kind[] = {
        [IDX_KEY] = "KEY", [IDX_UNIQUE] = "UNIQUE KEY", [IDX_PRIMARY] = "PRIMARY KEY",
        [IDX_FULLTEXT] = "FULLTEXT KEY", [IDX_SPATIAL] = "SPATIAL KEY",
    };
    JK_ASSERT(d->kind == AST_INDEX_DEF && d->op <= IDX_SPATIAL);
    pr_constraint_name(pr, d->kid[AST_K_IDX_CONSTRAINT]);
    pr_str(pr, kind[d->op]);
    if (d->kid[AST_K_IDX_NAME]) {
        pr_char(pr, ' ');
        pr_ident_node(pr, d->kid[AST_K_IDX_NAME]);
    }
    pr_key_parts(pr, d->kid[AST_K_IDX_PARTS]);
    pr_options(pr, d->kid[AST_K_IDX_OPTIONS]);
}

static void pr_foreign_key(printer *pr, const ast *f)
{
    JK_ASSERT(f->kind == AST_FOREIGN_KEY);
    pr_constraint_name(pr, f->kid[AST_K_FK_CONSTRAINT]);
    pr_str(pr, "FOREIGN KEY");
    if (f->kid[AST_K_FK_NAME]) {
        pr_char(pr, ' ');
        pr_ident_node(pr, f->kid[AST_K_FK_NAME]);
    }
    pr_paren_list(pr, f->kid[AST_K_FK_COLUMNS]);
    pr_char(pr, ' ');
    pr_references(pr, f->kid[AST_K_FK_REFERENCES]);
}

/* A column definition or a constraint of CREATE TABLE or ALTER TABLE ADD. */
static void pr_table_element(printer *pr, const ast *e)
{
    switch (e->kind) {
    case AST_COLUMN_DEF: pr_column_def(pr, e); return;
    case AST_INDEX_DEF: pr_index_def(pr, e); return;
    case AST_FOREIGN_KEY: pr_foreign_key(pr, e); return;
    case AST_CHECK_CONSTRAINT: pr_check(pr, e); return;
    default: JK_ASSERT(!"not a table element"); return;
    }
}

static void pr_table_elements(printer *pr, const ast *list)
{
    int i = 0;
    pr_str(pr, " (");
    for (const ast *e = ast_first(list); e; e = e->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_table_element(pr, e);
    }
    pr_char(pr, ')');
}

/* --------------------------------------------------------- partitioning */

static void pr_partition_method(printer *pr, const ast *m)
{
    static const char *const method[] = {
        [PART_HASH] = "HASH", [PART_KEY] = "KEY", [PART_RANGE] = "RANGE", [PART_LIST] = "LIST",
    };
    JK_ASSERT(m->kind == AST_PARTITION_BY && m->op <= PART_LIST);
    if (m->flags & AST_F_DDL_LINEAR) pr_str(pr, "LINEAR ");
    pr_str(pr, method[m->op]);
    if (m->flags & AST_F_DDL_COLUMNS) pr_str(pr, " COLUMNS");
    if (m->kid[AST_K_PART_ALGORITHM]) {
        pr_str(pr, " ALGORITHM = ");
        pr_expr(pr, m->kid[AST_K_PART_ALGORITHM], PREC_TOP);
    }
    const ast *by = m->kid[AST_K_PART_BY];
    if (by->kind == AST_LIST) {
        pr_paren_list(pr, by);
    } else {
        /* The grammar reads a bit_expr between the parentheses. */
        pr_str(pr, " (");
        pr_expr(pr, by, PREC_BITOR);
        pr_char(pr, ')');
    }
}

static void pr_partition_def(printer *pr, const ast *d)
{
    JK_ASSERT(d->kind == AST_PARTITION_DEF);
    pr_ident_node(pr, d->kid[AST_K_PDEF_NAME]);
    switch (d->op) {
    case PVAL_LESS_THAN_MAXVALUE: pr_str(pr, " VALUES LESS THAN MAXVALUE"); break;
    case PVAL_LESS_THAN: pr_str(pr, " VALUES LESS THAN ("); break;
    case PVAL_IN: pr_str(pr, " VALUES IN ("); break;
    default: break;
    }
    if (d->op == PVAL_LESS_THAN || d->op == PVAL_IN) {
        int i = 0;
        for (const ast *v = ast_first(d->kid[AST_K_PDEF_VALUES]); v; v = v->next, i++) {
            if (i) pr_str(pr, ", ");
            pr_expr(pr, v, PREC_BITOR);
        }
        pr_char(pr, ')');
    }
    pr_options(pr, d->kid[AST_K_PDEF_OPTIONS]);
    if (d->kid[AST_K_PDEF_SUBS]) {
        int i = 0;
        pr_str(pr, " (");
        for (const ast *s = ast_first(d->kid[AST_K_PDEF_SUBS]); s; s = s->next, i++) {
            if (i) pr_str(pr, ", ");
            pr_str(pr, "SUBPARTITION ");
            pr_partition_def(pr, s);
        }
        pr_char(pr, ')');
    }
}

static void pr_partition_defs(printer *pr, const ast *list)
{
    int i = 0;
    pr_char(pr, '(');
    for (const ast *d = ast_first(list); d; d = d->next, i++) {
        if (i) pr_str(pr, ", ");
        pr_str(pr, "PARTITION ");
        pr_partition_def(pr, d);
    }
    pr_char(pr, ')');
}

static void pr_partitioning(printer *pr, const ast *p)
{
    if (p->kind == AST_ALTER_CMD) {
        JK_ASSERT(p->op == ALTER_REMOVE_PARTITIONING);
        pr_str(pr, "REMOVE PARTITIONING");
        return;
    }
    pr_str(pr, "PARTITION BY ");
    pr_partition_method(pr, p);
    if (p->kid[AST_K_PART_COUNT]) {
        pr_str(pr, " PARTITIONS ");
        pr_expr(pr, p->kid[AST_K_PART_COUNT], PREC_TOP);
    }
    const ast *sub = p->kid[AST_K_PART_SUB];
    if (sub) {
        pr_str(pr, " SUBPARTITION BY ");
        pr_partition_method(pr, sub);
        if (sub->kid[AST_K_PART_COUNT]) {
            pr_str(pr, " SUBPARTITIONS ");
            pr_expr(pr, sub->kid[AST_K_PART_COUNT], PREC_TOP);
        }
    }
    if (p->kid[AST_K_PART_DEFS]) {
        pr_char(pr, ' ');
        pr_partition_defs(pr, p->kid[AST_K_PART_DEFS]);
    }
}

/* ------------------------------------------------------------ statements */

static void pr_if_exists(printer *pr, uint32_t flags)
{
    if (flags & AST_F_DDL_IF_NOT_EXISTS) pr_str(pr, "IF NOT EXISTS ");
    if (flags & AST_F_DDL_IF_EXISTS) pr_str(pr, "IF EXISTS ");
}

static void pr_create_table(printer *pr, const ast *s)
{
    pr_str(pr, s->flags & AST_F_DDL_TEMPORARY ? "CREATE TEMPORARY TABLE " : "CREATE TABLE ");
    pr_if_exists(pr, s->flags);
    pr_table_name(pr, s->kid[AST_K_CT_NAME]);
    if (s->kid[AST_K_CT_LIKE]) {
        pr_str(pr, " LIKE ");
        pr_table_name(pr, s->kid[AST_K_CT_LIKE]);
    }
    if (s->kid[AST_K_CT_ELEMENTS]) pr_table_elements(pr, s->kid[AST_K_CT_ELEMENTS]);
    pr_options(pr, s->kid[AST_K_CT_OPTIONS]);
    if (s->kid[AST_K_CT_PARTITION]) {
        pr_char(pr, ' ');
        pr_partitioning(pr, s->kid[AST_K_CT_PARTITION]);
    }
    if (s->kid[AST_K_CT_QUERY]) {
        if (s->flags & AST_F_DDL_IGNORE) pr_str(pr, " IGNORE");
        if (s->flags & AST_F_DDL_REPLACE) pr_str(pr, " REPLACE");
        /* AS always: it keeps a query in parentheses from reading as the
         * element list or the partition list. */
        pr_str(pr, " AS ");
        pr_query(pr, s->kid[AST_K_CT_QUERY]);
    }
}

static void pr_place(printer *pr, const ast *c)
{
    if (c->flags & AST_F_DDL_FIRST) pr_str(pr, " FIRST");
    if (c->kid[AST_K_ALTER_AFTER]) {
        pr_str(pr, " AFTER ");
        pr_ident_node(pr, c->kid[AST_K_ALTER_AFTER]);
    }
}

/* ALTER TABLE items whose whole text is fixed. */
static const char *const alter_words[ALTER_COUNT] = {
    [ALTER_DROP_COLUMN] = "DROP COLUMN ", [ALTER_DROP_INDEX] = "DROP INDEX ",
    [ALTER_DROP_PRIMARY_KEY] = "DROP PRIMARY KEY", [ALTER_DROP_FOREIGN_KEY] = "DROP FOREIGN KEY ",
    [ALTER_DROP_CHECK] = "DROP CHECK ", [ALTER_DROP_CONSTRAINT] = "DROP CONSTRAINT ",
    [ALTER_DROP_DEFAULT] = "ALTER COLUMN ", [ALTER_SET_VISIBLE] = "ALTER COLUMN ",
    [ALTER_SET_INVISIBLE] = "ALTER COLUMN ", [ALTER_INDEX_VISIBLE] = "ALTER INDEX ",
    [ALTER_INDEX_INVISIBLE] = "ALTER INDEX ", [ALTER_CHECK_ENFORCEMENT] = "ALTER CHECK ",
    [ALTER_CONSTRAINT_ENFORCEMENT] = "ALTER CONSTRAINT ", [ALTER_ENABLE_KEYS] = "ENABLE KEYS",
    [ALTER_DISABLE_KEYS] = "DISABLE KEYS", [ALTER_FORCE] = "FORCE",
    [ALTER_DISCARD_TABLESPACE] = "DISCARD TABLESPACE", [ALTER_IMPORT_TABLESPACE] = "IMPORT TABLESPACE",
    [ALTER_WITH_VALIDATION] = "WITH VALIDATION", [ALTER_WITHOUT_VALIDATION] = "WITHOUT VALIDATION",
    [ALTER_REMOVE_PARTITIONING] = "REMOVE PARTITIONING",
};
/* ... and what follows their IDENT. */
static const char *const alter_tail_words[ALTER_COUNT] = {
    [ALTER_DROP_DEFAULT] = " DROP DEFAULT", [ALTER_SET_VISIBLE] = " SET VISIBLE",
    [ALTER_SET_INVISIBLE] = " SET INVISIBLE", [ALTER_INDEX_VISIBLE] = " VISIBLE",
    [ALTER_INDEX_INVISIBLE] = " INVISIBLE",
};

static void pr_alter_cmd(printer *pr, const ast *c)
{
    JK_ASSERT(c->kind == AST_ALTER_CMD && c->op < ALTER_COUNT);
    const ast *k0 = c->kid[AST_K_ALTER_0], *k1 = c->kid[AST_K_ALTER_1];
    switch (c->op) {
    case ALTER_ADD_COLUMN:
    case ALTER_MODIFY_COLUMN:
    case ALTER_CHANGE_COLUMN:
        pr_str(pr, c->op == ALTER_ADD_COLUMN ? "ADD COLUMN " :
                   c->op == ALTER_MODIFY_COLUMN ? "MODIFY COLUMN " : "CHANGE COLUMN ");
        if (k0) {
            pr_ident_node(pr, k0);
            pr_char(pr, ' ');
        }
        pr_column_def(pr, k1);
        pr_place(pr, c);
        return;
    case ALTER_ADD_COLUMNS:
        pr_str(pr, "ADD COLUMN");
        pr_table_elements(pr, k0);
        return;
    case ALTER_ADD_CONSTRAINT:
        pr_str(pr, "ADD ");
        pr_table_element(pr, k0);
        return;
    case ALTER_RENAME_COLUMN:
    case ALTER_RENAME_INDEX:
        pr_str(pr, c->op == ALTER_RENAME_COLUMN ? "RENAME COLUMN " : "RENAME INDEX ");
        pr_ident_node(pr, k0);
        pr_str(pr, " TO ");
        pr_ident_node(pr, k1);
        return;
    case ALTER_RENAME_TABLE:
        pr_str(pr, "RENAME TO ");
        pr_table_name(pr, k0);
        return;
    case ALTER_SET_DEFAULT:
        pr_str(pr, "ALTER COLUMN ");
        pr_ident_node(pr, k0);
        pr_str(pr, " SET DEFAULT ");
        pr_default_value(pr, k1, c->flags);
        return;
    case ALTER_CONVERT_CHARSET:
        pr_str(pr, "CONVERT TO CHARACTER SET ");
        pr_value(pr, k0);
        if (k1) {
            pr_str(pr, " COLLATE ");
            pr_value(pr, k1);
        }
        return;
    case ALTER_ORDER_BY: {
        int i = 0;
        pr_str(pr, "ORDER BY ");
        for (const ast *o = ast_first(k0); o; o = o->next, i++) {
            if (i) pr_str(pr, ", ");
            pr_expr(pr, o->kid[0], PREC_TOP);
            if (o->flags & AST_F_DESC) pr_str(pr, " DESC");
        }
        return;
    }
    case ALTER_ADD_PARTITION:
        pr_str(pr, "ADD PARTITION ");
        if (k0) {
            pr_partition_defs(pr, k0);
        } else {
            pr_str(pr, "PARTITIONS ");
            pr_expr(pr, k1, PREC_TOP);
        }
        return;
    case ALTER_DROP_PARTITION:
        pr_str(pr, "DROP PARTITION ");
        pr_list(pr, k0, ", ");
        return;
    case ALTER_TRUNCATE_PARTITION:
        pr_str(pr, "TRUNCATE PARTITION ");
        if (k0) pr_list(pr, k0, ", ");
        else pr_str(pr, "ALL");
        return;
    case ALTER_COALESCE_PARTITION:
        pr_str(pr, "COALESCE PARTITION ");
        pr_expr(pr, k1, PREC_TOP);
        return;
    case ALTER_REORGANIZE_PARTITION:
        pr_str(pr, "REORGANIZE PARTITION ");
        pr_list(pr, k0, ", ");
        pr_str(pr, " INTO ");
        pr_partition_defs(pr, k1);
        return;
    default:
        JK_ASSERT(alter_words[c->op]);
        pr_str(pr, alter_words[c->op]);
        if (k0) pr_ident_node(pr, k0);
        if (alter_tail_words[c->op]) pr_str(pr, alter_tail_words[c->op]);
        if (c->flags & AST_F_DDL_ENFORCED) pr_str(pr, " ENFORCED");
        if (c->flags & AST_F_DDL_NOT_ENFORCED) pr_str(pr, " NOT ENFORCED");
        return;
    }
}

static void pr_alter_table(printer *pr, const ast *s)
{
    int i = 0;
    pr_str(pr, "ALTER TABLE ");
    pr_table_name(pr, s->kid[AST_K_AT_NAME]);
    for (const ast *c = ast_first(s->kid[AST_K_AT_CMDS]); c; c = c->next, i++) {
        pr_str(pr, i ? ", " : " ");
        if (c->kind == AST_TABLE_OPTION) pr_option(pr, c);
        else pr_alter_cmd(pr, c);
    }
    if (s->kid[AST_K_AT_PARTITION]) {
        pr_char(pr, ' ');
        pr_partitioning(pr, s->kid[AST_K_AT_PARTITION]);
    }
}

static void pr_view(printer *pr, const ast *v)
{
    uint32_t f = v->flags;
    pr_str(pr, v->op == VIEW_ALTER ? "ALTER " : "CREATE ");
    if (f & AST_F_DDL_OR_REPLACE) pr_str(pr, "OR REPLACE ");
    if (f & AST_F_DDL_ALG_UNDEFINED) pr_str(pr, "ALGORITHM = UNDEFINED ");
    if (f & AST_F_DDL_ALG_MERGE) pr_str(pr, "ALGORITHM = MERGE ");
    if (f & AST_F_DDL_ALG_TEMPTABLE) pr_str(pr, "ALGORITHM = TEMPTABLE ");
    if (v->kid[AST_K_VIEW_DEFINER]) {
        pr_str(pr, "DEFINER = ");
        pr_user(pr, v->kid[AST_K_VIEW_DEFINER]);
        pr_char(pr, ' ');
    }
    if (f & AST_F_DDL_SECURITY_DEFINER) pr_str(pr, "SQL SECURITY DEFINER ");
    if (f & AST_F_DDL_SECURITY_INVOKER) pr_str(pr, "SQL SECURITY INVOKER ");
    if (v->op == VIEW_MATERIALIZED) pr_str(pr, "MATERIALIZED ");
    pr_str(pr, "VIEW ");
    pr_table_name(pr, v->kid[AST_K_VIEW_NAME]);
    if (v->kid[AST_K_VIEW_COLUMNS]) pr_paren_list(pr, v->kid[AST_K_VIEW_COLUMNS]);
    pr_str(pr, " AS ");
    pr_query(pr, v->kid[AST_K_VIEW_QUERY]);
    if (f & AST_F_DDL_CHECK_OPTION) pr_str(pr, " WITH CHECK OPTION");
    if (f & AST_F_DDL_CHECK_CASCADED) pr_str(pr, " WITH CASCADED CHECK OPTION");
    if (f & AST_F_DDL_CHECK_LOCAL) pr_str(pr, " WITH LOCAL CHECK OPTION");
}

static void pr_drop(printer *pr, const ast *s)
{
    static const char *const what[] = {
        [OBJ_TABLE] = "TABLE ", [OBJ_VIEW] = "VIEW ",
        [OBJ_MATERIALIZED_VIEW] = "MATERIALIZED VIEW ", [OBJ_DATABASE] = "DATABASE ",
    };
    JK_ASSERT(s->op <= OBJ_DATABASE);
    pr_str(pr, "DROP ");
    if (s->flags & AST_F_DDL_TEMPORARY) pr_str(pr, "TEMPORARY ");
    pr_str(pr, what[s->op]);
    pr_if_exists(pr, s->flags);
    pr_list(pr, s->kid[0], ", ");
    if (s->flags & AST_F_DDL_RESTRICT) pr_str(pr, " RESTRICT");
    if (s->flags & AST_F_DDL_CASCADE) pr_str(pr, " CASCADE");
}

static void pr_create_index(printer *pr, const ast *s)
{
    static const char *const kind[] = {
        [IDX_KEY] = "CREATE INDEX ", [IDX_UNIQUE] = "CREATE UNIQUE INDEX ",
        [IDX_PRIMARY] = "CREATE INDEX ", [IDX_FULLTEXT] = "CREATE FULLTEXT INDEX ",
        [IDX_SPATIAL] = "CREATE SPATIAL INDEX ",
    };
    const ast *d = s->kid[AST_K_CIDX_INDEX];
    JK_ASSERT(d->kind == AST_INDEX_DEF && d->op <= IDX_SPATIAL && d->op != IDX_PRIMARY);
    pr_str(pr, kind[d->op]);
    pr_ident_node(pr, d->kid[AST_K_IDX_NAME]);
    pr_str(pr, " ON ");
    pr_table_name(pr, s->kid[AST_K_CIDX_TABLE]);
    pr_key_parts(pr, d->kid[AST_K_IDX_PARTS]);
    pr_options(pr, d->kid[AST_K_IDX_OPTIONS]);
    pr_options(pr, s->kid[AST_K_CIDX_MODES]);
}

static void pr_table_maint(printer *pr, const ast *s)
{
    static const char *const verb[] = {
        [MAINT_ANALYZE] = "ANALYZE ", [MAINT_ANALYZE_UPDATE_HISTOGRAM] = "ANALYZE ",
        [MAINT_ANALYZE_DROP_HISTOGRAM] = "ANALYZE ", [MAINT_OPTIMIZE] = "OPTIMIZE ",
        [MAINT_CHECK] = "CHECK ", [MAINT_REPAIR] = "REPAIR ", [MAINT_CHECKSUM] = "CHECKSUM ",
    };
    static const struct { uint32_t flag; const char *text; } options[] = {
        { AST_F_MAINT_FOR_UPGRADE, " FOR UPGRADE" }, { AST_F_MAINT_QUICK, " QUICK" },
        { AST_F_MAINT_FAST, " FAST" }, { AST_F_MAINT_MEDIUM, " MEDIUM" },
        { AST_F_MAINT_EXTENDED, " EXTENDED" }, { AST_F_MAINT_CHANGED, " CHANGED" },
        { AST_F_MAINT_USE_FRM, " USE_FRM" },
    };
    JK_ASSERT(s->op <= MAINT_CHECKSUM);
    pr_str(pr, verb[s->op]);
    if (s->flags & AST_F_MAINT_NO_WRITE_TO_BINLOG) pr_str(pr, "NO_WRITE_TO_BINLOG ");
    pr_str(pr, "TABLE ");
    pr_list(pr, s->kid[AST_K_MAINT_TABLES], ", ");
    if (s->op == MAINT_ANALYZE_UPDATE_HISTOGRAM || s->op == MAINT_ANALYZE_DROP_HISTOGRAM) {
        pr_str(pr, s->op == MAINT_ANALYZE_DROP_HISTOGRAM ? " DROP HISTOGRAM ON " : " UPDATE HISTOGRAM ON ");
        pr_list(pr, s->kid[AST_K_MAINT_COLUMNS], ", ");
        if (s->kid[AST_K_MAINT_BUCKETS]) {
            pr_str(pr, " WITH ");
            pr_expr(pr, s->kid[AST_K_MAINT_BUCKETS], PREC_TOP);
            pr_str(pr, " BUCKETS");
        }
    }
    for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++)
        if (s->flags & options[i].flag) pr_str(pr, options[i].text);
}

bool pr_ddl_node(printer *pr, const ast *node)
{
    switch (node->kind) {
    case AST_CREATE_DATABASE:
        pr_str(pr, "CREATE DATABASE ");
        pr_if_exists(pr, node->flags);
        pr_ident_node(pr, node->kid[0]);
        pr_options(pr, node->kid[1]);
        return true;
    case AST_ALTER_DATABASE:
        pr_str(pr, "ALTER DATABASE");
        if (node->kid[0]) {
            pr_char(pr, ' ');
            pr_ident_node(pr, node->kid[0]);
        }
        pr_options(pr, node->kid[1]);
        return true;
    case AST_DROP: pr_drop(pr, node); return true;
    case AST_CREATE_TABLE: pr_create_table(pr, node); return true;
    case AST_ALTER_TABLE: pr_alter_table(pr, node); return true;
    case AST_TRUNCATE:
        pr_str(pr, "TRUNCATE TABLE ");
        pr_table_name(pr, node->kid[0]);
        return true;
    case AST_RENAME_TABLE:
        pr_str(pr, "RENAME TABLE ");
        pr_list(pr, node->kid[0], ", ");
        return true;
    case AST_RENAME_PAIR:
        pr_table_name(pr, node->kid[0]);
        pr_str(pr, " TO ");
        pr_table_name(pr, node->kid[1]);
        return true;
    case AST_CREATE_INDEX: pr_create_index(pr, node); return true;
    case AST_DROP_INDEX:
        pr_str(pr, "DROP INDEX ");
        pr_ident_node(pr, node->kid[0]);
        pr_str(pr, " ON ");
        pr_table_name(pr, node->kid[1]);
        pr_options(pr, node->kid[2]);
        return true;
    case AST_VIEW: pr_view(pr, node); return true;
    case AST_TABLE_MAINT: pr_table_maint(pr, node); return true;
    case AST_IMPORT_TABLE:
        pr_str(pr, "IMPORT TABLE FROM ");
        pr_list(pr, node->kid[0], ", ");
        return true;
    case AST_TABLESPACE: {
        static const char *const verb[] = {
            [TS_CREATE] = "CREATE ", [TS_ALTER] = "ALTER ", [TS_DROP] = "DROP ",
        };
        JK_ASSERT(node->op <= TS_DROP);
        pr_str(pr, verb[node->op]);
        pr_str(pr, node->flags & AST_F_DDL_UNDO ? "UNDO TABLESPACE " : "TABLESPACE ");
        pr_ident_node(pr, node->kid[0]);
        pr_options(pr, node->kid[1]);
        return true;
    }
    case AST_COLUMN_DEF:
    case AST_INDEX_DEF:
    case AST_FOREIGN_KEY:
    case AST_CHECK_CONSTRAINT:
        pr_table_element(pr, node);
        return true;
    case AST_COLUMN_ATTR: pr_column_attr(pr, node); return true;
    case AST_REFERENCES: pr_references(pr, node); return true;
    case AST_TABLE_OPTION: pr_option(pr, node); return true;
    case AST_ALTER_CMD: pr_alter_cmd(pr, node); return true;
    case AST_PARTITION_BY: pr_partitioning(pr, node); return true;
    case AST_KEY_PART: pr_key_part(pr, node); return true;
    case AST_PARTITION_DEF:
        pr_str(pr, "PARTITION ");
        pr_partition_def(pr, node);
        return true;
    default:
        return false;
    }
}
