/*
 * AST kinds of the data-definition statements (CREATE/ALTER/DROP ...).
 * Included by ast.h; same X(kind, children) convention.
 *
 * The trees keep everything a statement says, because the catalog is built
 * from them and SHOW CREATE TABLE prints from the catalog: column
 * attributes, table, index and partition options are kept in the order
 * written, as generic nodes (COLUMN_ATTR, TABLE_OPTION) whose op says
 * which one it is.  Synonyms are normalized when parsing (INTEGER is INT,
 * CHARSET is CHARACTER SET, INDEX is KEY, '=' is optional), so two spellings
 * of one definition give equal trees.
 *
 * Column types are TYPE nodes (ast.h): str = the normalized type name,
 * str2 = the character set written after the type, flags AST_F_UNSIGNED,
 * AST_F_ZEROFILL, AST_F_SIGNED, AST_F_BINARY_ATTR.
 */
#ifndef JIMKV_SQL_AST_DDL_KINDS_H
#define JIMKV_SQL_AST_DDL_KINDS_H

#define AST_DDL_KINDS(X)                                                                   \
    /* ---- statements ---- */                                                             \
    X(CREATE_DATABASE, 2) /* name IDENT, options list; flags IF_NOT_EXISTS                 */ \
    X(ALTER_DATABASE, 2)  /* name IDENT (NULL: the current one), options list              */ \
    X(DROP, 1)            /* names list (TABLE_NAME; one IDENT for a database); op OBJ_*,  */ \
                          /* flags TEMPORARY, IF_EXISTS, RESTRICT, CASCADE                 */ \
    X(CREATE_TABLE, 6)    /* TABLE_NAME, elements list, options list, PARTITION_BY,        */ \
                          /* query, LIKE TABLE_NAME; flags TEMPORARY, IF_NOT_EXISTS,       */ \
                          /* IGNORE | REPLACE (before AS query)                             */ \
    X(ALTER_TABLE, 3)     /* TABLE_NAME, list of ALTER_CMD and TABLE_OPTION, partitioning  */ \
                          /* (PARTITION_BY, or ALTER_CMD REMOVE PARTITIONING)              */ \
    X(TRUNCATE, 1)        /* TABLE_NAME                                                    */ \
    X(RENAME_TABLE, 1)    /* list of RENAME_PAIR                                           */ \
    X(RENAME_PAIR, 2)     /* from TABLE_NAME, to TABLE_NAME                                */ \
    X(CREATE_INDEX, 3)    /* INDEX_DEF, TABLE_NAME, ALGORITHM/LOCK options list           */ \
    X(DROP_INDEX, 3)      /* index IDENT, TABLE_NAME, ALGORITHM/LOCK options list         */ \
    X(VIEW, 4)            /* TABLE_NAME, column list, query, definer USER; op VIEW_*;      */ \
                          /* flags OR_REPLACE, ALG_*, SECURITY_*, CHECK_*                  */ \
    X(TABLE_MAINT, 3)     /* tables list, histogram columns list, buckets; op MAINT_*,     */ \
                          /* flags MAINT_*                                                 */ \
    X(TABLESPACE, 2)      /* name IDENT, options list; op TS_*; flags UNDO                 */ \
    X(IMPORT_TABLE, 1)    /* list of file name string LITERALs                             */ \
    /* ---- table elements ---- */                                                         \
    X(COLUMN_DEF, 3)      /* name IDENT, TYPE, list of COLUMN_ATTR (as written)            */ \
    X(COLUMN_ATTR, 1)     /* op ATTR_*; kid: the value (see the ATTR_* list)              */ \
    X(INDEX_DEF, 4)       /* constraint IDENT, index IDENT, KEY_PART list, options list;   */ \
                          /* op IDX_*                                                      */ \
    X(KEY_PART, 2)        /* column IDENT or (expression), prefix length; flags DESC       */ \
    X(FOREIGN_KEY, 4)     /* constraint IDENT, index IDENT, column list, REFERENCES        */ \
    X(REFERENCES, 2)      /* TABLE_NAME, column list; op REF_MATCH_*; flags: the actions   */ \
                          /* (AST_REF_ON_DELETE / AST_REF_ON_UPDATE)                       */ \
    X(CHECK_CONSTRAINT, 2) /* constraint IDENT, expression; flags ENFORCED | NOT_ENFORCED  */ \
    X(TABLE_OPTION, 1)    /* op TOPT_*; kid: the value (LITERAL, IDENT, KEYWORD or a list  */ \
                          /* of TABLE_NAME); also database, index and partition options   */ \
    X(ALTER_CMD, 3)       /* op ALTER_*; kids per op (see the ALTER_* list); flags FIRST   */ \
    X(PARTITION_BY, 5)    /* columns list or expression, PARTITIONS count, subpartitioning */ \
                          /* (PARTITION_BY), PARTITION_DEF list, KEY ALGORITHM number;     */ \
                          /* op PART_*, flags LINEAR, COLUMNS                              */ \
    X(PARTITION_DEF, 4)   /* name IDENT, values list, options list, subpartitions list;    */ \
                          /* op PVAL_*                                                     */

/* Flags.  Values are distinct across the DDL kinds (except TABLE_MAINT,
 * which has its own), so a flag means one thing wherever it appears. */
#define AST_F_DDL_IF_NOT_EXISTS 0x1u
#define AST_F_DDL_IF_EXISTS 0x2u
#define AST_F_DDL_TEMPORARY 0x4u
#define AST_F_DDL_RESTRICT 0x8u
#define AST_F_DDL_CASCADE 0x10u
#define AST_F_DDL_IGNORE 0x20u          /* CREATE TABLE ... IGNORE AS query */
#define AST_F_DDL_REPLACE 0x40u         /* CREATE TABLE ... REPLACE AS query */
#define AST_F_DDL_OR_REPLACE 0x80u      /* CREATE OR REPLACE VIEW */
/* VIEW: ALGORITHM =, SQL SECURITY, WITH CHECK OPTION */
#define AST_F_DDL_ALG_UNDEFINED 0x100u
#define AST_F_DDL_ALG_MERGE 0x200u
#define AST_F_DDL_ALG_TEMPTABLE 0x400u
#define AST_F_DDL_SECURITY_DEFINER 0x800u
#define AST_F_DDL_SECURITY_INVOKER 0x1000u
#define AST_F_DDL_CHECK_OPTION 0x2000u       /* WITH CHECK OPTION */
#define AST_F_DDL_CHECK_CASCADED 0x4000u     /* WITH CASCADED CHECK OPTION */
#define AST_F_DDL_CHECK_LOCAL 0x8000u        /* WITH LOCAL CHECK OPTION */
/* COLUMN_ATTR DEFAULT and ALTER_CMD SET DEFAULT: the value was (expr) */
#define AST_F_DDL_EXPR 0x10000u
/* COLUMN_ATTR GENERATED */
#define AST_F_DDL_STORED 0x20000u
#define AST_F_DDL_VIRTUAL 0x40000u           /* written explicitly */
/* CHECK_CONSTRAINT, ALTER CHECK / CONSTRAINT */
#define AST_F_DDL_ENFORCED 0x80000u          /* written explicitly */
#define AST_F_DDL_NOT_ENFORCED 0x100000u
/* ALTER_CMD column position */
#define AST_F_DDL_FIRST 0x200000u
/* PARTITION_BY */
#define AST_F_DDL_LINEAR 0x400000u
#define AST_F_DDL_COLUMNS 0x800000u          /* RANGE COLUMNS, LIST COLUMNS */
/* COLUMN_ATTR UNIQUE written UNIQUE KEY: kept so that a KEY after it is
 * told apart (UNIQUE KEY KEY is UNIQUE and PRIMARY KEY) */
#define AST_F_DDL_UNIQUE_KEY 0x1000000u
/* TABLESPACE */
#define AST_F_DDL_UNDO 0x2000000u

/* TABLE_MAINT flags */
#define AST_F_MAINT_NO_WRITE_TO_BINLOG 0x1u  /* also written LOCAL */
#define AST_F_MAINT_QUICK 0x2u
#define AST_F_MAINT_EXTENDED 0x4u
#define AST_F_MAINT_FAST 0x8u
#define AST_F_MAINT_MEDIUM 0x10u
#define AST_F_MAINT_CHANGED 0x20u
#define AST_F_MAINT_FOR_UPGRADE 0x40u
#define AST_F_MAINT_USE_FRM 0x80u

/* DROP op: what is dropped */
enum { OBJ_TABLE, OBJ_VIEW, OBJ_MATERIALIZED_VIEW, OBJ_DATABASE };

/* TABLESPACE op */
enum { TS_CREATE, TS_ALTER, TS_DROP };

/* VIEW op */
enum { VIEW_CREATE, VIEW_ALTER, VIEW_MATERIALIZED };


/* TABLE_MAINT op; the histogram forms of ANALYZE keep their columns in kid 1 */
enum { MAINT_ANALYZE, MAINT_ANALYZE_UPDATE_HISTOGRAM, MAINT_ANALYZE_DROP_HISTOGRAM,
       MAINT_OPTIMIZE, MAINT_CHECK, MAINT_REPAIR, MAINT_CHECKSUM };

/* COLUMN_ATTR op, and the kid each one has */
enum {
    ATTR_NULL,                /* -                                     */
    ATTR_NOT_NULL,            /* -                                     */
    ATTR_DEFAULT,             /* value; flags EXPR when (expr)         */
    ATTR_ON_UPDATE,           /* FUNC (CURRENT_TIMESTAMP, NOW(3), ...) */
    ATTR_AUTO_INCREMENT,      /* -                                     */
    ATTR_SERIAL_DEFAULT_VALUE, /* -                                    */
    ATTR_PRIMARY_KEY,         /* - (also written KEY)                  */
    ATTR_UNIQUE,              /* -; flags UNIQUE_KEY                   */
    ATTR_COMMENT,             /* string LITERAL                        */
    ATTR_COLLATE,             /* IDENT                                 */
    ATTR_GENERATED,           /* expression; flags STORED | VIRTUAL    */
    ATTR_VISIBLE,             /* -                                     */
    ATTR_INVISIBLE,           /* -                                     */
    ATTR_COLUMN_FORMAT,       /* KEYWORD FIXED | DYNAMIC | DEFAULT     */
    ATTR_STORAGE,             /* KEYWORD DISK | MEMORY | DEFAULT       */
    ATTR_SRID,                /* number LITERAL                        */
    ATTR_CHECK,               /* CHECK_CONSTRAINT                      */
    ATTR_REFERENCES,          /* REFERENCES                            */
    ATTR_ENGINE_ATTRIBUTE,    /* string LITERAL                        */
    ATTR_SECONDARY_ENGINE_ATTRIBUTE, /* string LITERAL                 */
    ATTR_COUNT
};

/* INDEX_DEF op */
enum { IDX_KEY, IDX_UNIQUE, IDX_PRIMARY, IDX_FULLTEXT, IDX_SPATIAL };

/* REFERENCES op, and the referential actions packed in its flags */
enum { REF_MATCH_NONE, REF_MATCH_FULL, REF_MATCH_PARTIAL, REF_MATCH_SIMPLE };
enum { REF_ACTION_NONE, REF_RESTRICT, REF_CASCADE, REF_SET_NULL, REF_NO_ACTION, REF_SET_DEFAULT };
#define AST_REF_ON_DELETE(flags) ((flags) & 0xfu)
#define AST_REF_ON_UPDATE(flags) (((flags) >> 4) & 0xfu)
#define AST_REF_FLAGS(on_delete, on_update) ((uint32_t)(on_delete) | ((uint32_t)(on_update) << 4))

/* TABLE_OPTION op.  Value kinds: N number LITERAL, S string LITERAL,
 * I IDENT, K KEYWORD, D KEYWORD DEFAULT where allowed, L list, Z a size:
 * number LITERAL or KEYWORD with a K/M/G suffix (4M). */
enum {
    TOPT_ENGINE,              /* I    ENGINE, STORAGE ENGINE             */
    TOPT_SECONDARY_ENGINE,    /* I, or LITERAL NULL                      */
    TOPT_CHARSET,             /* I/D  [DEFAULT] CHARACTER SET | CHARSET  */
    TOPT_COLLATE,             /* I/D  [DEFAULT] COLLATE                  */
    TOPT_AUTO_INCREMENT,      /* N                                       */
    TOPT_COMMENT,             /* S                                       */
    TOPT_ROW_FORMAT,          /* K                                       */
    TOPT_KEY_BLOCK_SIZE,      /* N                                       */
    TOPT_AVG_ROW_LENGTH,      /* N                                       */
    TOPT_CHECKSUM,            /* N    also TABLE_CHECKSUM                */
    TOPT_DELAY_KEY_WRITE,     /* N                                       */
    TOPT_MAX_ROWS,            /* N                                       */
    TOPT_MIN_ROWS,            /* N                                       */
    TOPT_AUTOEXTEND_SIZE,     /* Z                                       */
    TOPT_PACK_KEYS,           /* N/D                                     */
    TOPT_STATS_AUTO_RECALC,   /* N/D                                     */
    TOPT_STATS_PERSISTENT,    /* N/D                                     */
    TOPT_STATS_SAMPLE_PAGES,  /* N/D                                     */
    TOPT_COMPRESSION,         /* S                                       */
    TOPT_CONNECTION,          /* S                                       */
    TOPT_ENCRYPTION,          /* S                                       */
    TOPT_PASSWORD,            /* S                                       */
    TOPT_ENGINE_ATTRIBUTE,    /* S                                       */
    TOPT_SECONDARY_ENGINE_ATTRIBUTE, /* S                                */
    TOPT_DATA_DIRECTORY,      /* S                                       */
    TOPT_INDEX_DIRECTORY,     /* S                                       */
    TOPT_INSERT_METHOD,       /* K    NO | FIRST | LAST                  */
    TOPT_TABLESPACE,          /* I                                       */
    TOPT_STORAGE,             /* K    DISK | MEMORY                      */
    TOPT_UNION,               /* L of TABLE_NAME                         */
    TOPT_READ_ONLY,           /* N/D  databases                          */
    TOPT_NODEGROUP,           /* N    partitions                         */
    TOPT_USING,               /* K    indexes: BTREE | HASH | RTREE      */
    TOPT_WITH_PARSER,         /* I    indexes                            */
    TOPT_VISIBLE,             /* -    indexes                            */
    TOPT_INVISIBLE,           /* -    indexes                            */
    TOPT_ALGORITHM,           /* K    ALTER TABLE, CREATE/DROP INDEX     */
    TOPT_LOCK,                /* K    ALTER TABLE, CREATE/DROP INDEX     */
    TOPT_ADD_DATAFILE,        /* S    tablespaces                        */
    TOPT_DROP_DATAFILE,       /* S    tablespaces                        */
    TOPT_FILE_BLOCK_SIZE,     /* Z    tablespaces                        */
    TOPT_EXTENT_SIZE,         /* Z    tablespaces                        */
    TOPT_INITIAL_SIZE,        /* Z    tablespaces                        */
    TOPT_MAX_SIZE,            /* Z    tablespaces                        */
    TOPT_LOGFILE_GROUP,       /* I    tablespaces: USE LOGFILE GROUP     */
    TOPT_WAIT,                /* -    tablespaces                        */
    TOPT_NO_WAIT,             /* -    tablespaces                        */
    TOPT_RENAME_TO,           /* I    tablespaces                        */
    TOPT_SET_ACTIVE,          /* K    tablespaces: SET ACTIVE | INACTIVE */
    TOPT_COUNT
};

/* ALTER_CMD op, and its kids (0, 1, 2) */
enum {
    ALTER_ADD_COLUMN,         /* -, COLUMN_DEF, AFTER IDENT; flags FIRST   */
    ALTER_ADD_COLUMNS,        /* list of table elements                    */
    ALTER_ADD_CONSTRAINT,     /* INDEX_DEF | FOREIGN_KEY | CHECK_CONSTRAINT */
    ALTER_DROP_COLUMN,        /* IDENT                                     */
    ALTER_DROP_INDEX,         /* IDENT                                     */
    ALTER_DROP_PRIMARY_KEY,   /* -                                         */
    ALTER_DROP_FOREIGN_KEY,   /* IDENT                                     */
    ALTER_DROP_CHECK,         /* IDENT                                     */
    ALTER_DROP_CONSTRAINT,    /* IDENT                                     */
    ALTER_MODIFY_COLUMN,      /* -, COLUMN_DEF, AFTER IDENT; flags FIRST   */
    ALTER_CHANGE_COLUMN,      /* old IDENT, COLUMN_DEF, AFTER IDENT; FIRST */
    ALTER_RENAME_COLUMN,      /* old IDENT, new IDENT                      */
    ALTER_RENAME_INDEX,       /* old IDENT, new IDENT                      */
    ALTER_RENAME_TABLE,       /* TABLE_NAME                                */
    ALTER_SET_DEFAULT,        /* column IDENT, value; flags EXPR           */
    ALTER_DROP_DEFAULT,       /* column IDENT                              */
    ALTER_SET_VISIBLE,        /* column IDENT                              */
    ALTER_SET_INVISIBLE,      /* column IDENT                              */
    ALTER_INDEX_VISIBLE,      /* IDENT                                     */
    ALTER_INDEX_INVISIBLE,    /* IDENT                                     */
    ALTER_CHECK_ENFORCEMENT,  /* IDENT; flags ENFORCED | NOT_ENFORCED      */
    ALTER_CONSTRAINT_ENFORCEMENT, /* IDENT; flags ENFORCED | NOT_ENFORCED  */
    ALTER_CONVERT_CHARSET,    /* charset IDENT or KEYWORD DEFAULT, COLLATE IDENT */
    ALTER_ENABLE_KEYS,        /* -                                         */
    ALTER_DISABLE_KEYS,       /* -                                         */
    ALTER_FORCE,              /* -                                         */
    ALTER_DISCARD_TABLESPACE, /* -                                         */
    ALTER_IMPORT_TABLESPACE,  /* -                                         */
    ALTER_WITH_VALIDATION,    /* -                                         */
    ALTER_WITHOUT_VALIDATION, /* -                                         */
    ALTER_ORDER_BY,           /* list of ORDER_ITEM                        */
    ALTER_ADD_PARTITION,      /* PARTITION_DEF list, PARTITIONS count      */
    ALTER_DROP_PARTITION,     /* names list                                */
    ALTER_TRUNCATE_PARTITION, /* names list (NULL: ALL)                    */
    ALTER_COALESCE_PARTITION, /* -, count                                  */
    ALTER_REORGANIZE_PARTITION, /* names list, PARTITION_DEF list          */
    ALTER_REMOVE_PARTITIONING, /* -                                        */
    ALTER_COUNT
};

/* PARTITION_BY op */
enum { PART_HASH, PART_KEY, PART_RANGE, PART_LIST };
/* PARTITION_DEF op: the VALUES clause */
enum { PVAL_NONE, PVAL_LESS_THAN, PVAL_LESS_THAN_MAXVALUE, PVAL_IN };

/* Child indexes. */
enum { AST_K_CT_NAME, AST_K_CT_ELEMENTS, AST_K_CT_OPTIONS, AST_K_CT_PARTITION,
       AST_K_CT_QUERY, AST_K_CT_LIKE };
enum { AST_K_AT_NAME, AST_K_AT_CMDS, AST_K_AT_PARTITION };
enum { AST_K_VIEW_NAME, AST_K_VIEW_COLUMNS, AST_K_VIEW_QUERY, AST_K_VIEW_DEFINER };
enum { AST_K_MAINT_TABLES, AST_K_MAINT_COLUMNS, AST_K_MAINT_BUCKETS };
enum { AST_K_COL_NAME, AST_K_COL_TYPE, AST_K_COL_ATTRS };
/* INDEX_DEF and FOREIGN_KEY share the first two: constraint and index name. */
enum { AST_K_IDX_CONSTRAINT, AST_K_IDX_NAME, AST_K_IDX_PARTS, AST_K_IDX_OPTIONS };
enum { AST_K_FK_CONSTRAINT, AST_K_FK_NAME, AST_K_FK_COLUMNS, AST_K_FK_REFERENCES };
enum { AST_K_REF_TABLE, AST_K_REF_COLUMNS };
enum { AST_K_CHECK_CONSTRAINT, AST_K_CHECK_EXPR };
enum { AST_K_KP_COLUMN, AST_K_KP_LENGTH };
enum { AST_K_ALTER_0, AST_K_ALTER_1, AST_K_ALTER_AFTER };
enum { AST_K_PART_BY, AST_K_PART_COUNT, AST_K_PART_SUB, AST_K_PART_DEFS,
       AST_K_PART_ALGORITHM };
enum { AST_K_PDEF_NAME, AST_K_PDEF_VALUES, AST_K_PDEF_OPTIONS, AST_K_PDEF_SUBS };
enum { AST_K_CIDX_INDEX, AST_K_CIDX_TABLE, AST_K_CIDX_MODES };

#endif
