/*
 * ast: the syntax tree the grammar builds.
 *
 * One node type for every construct, as in SQLite's Expr but uniform: a
 * kind, an operator or sub-kind (op), modifier bits (flags), an optional
 * string (a name or a literal's decoded text), and positional children
 * whose meaning each kind documents below (AST_K_* indexes).  A list is a
 * node of kind AST_LIST whose elements are chained through `next`.
 *
 * The uniform shape is what lets one printer, one equality test and one
 * depth check serve every statement, and lets later layers walk the tree
 * without a visitor per kind.
 *
 * Ownership: every node and string lives in the statement's arena.
 * Invariants: a node's depth is 1 + the deepest child (elements of a list
 * count as children); no node is deeper than AST_DEPTH_MAX (the parser
 * reports an error instead), so every recursive walk is bounded.
 */
#ifndef JIMKV_SQL_AST_H
#define JIMKV_SQL_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "jimkv/arena.h"

#define AST_DEPTH_MAX 1000

/*
 * X(kind, number of children)
 * Children are listed as "name" in order; "-" means unused.
 */
#define AST_KINDS(X)                                                                  \
    X(LIST, 2)          /* elements chained by next; count in n                     */ \
    X(STMT_LIST, 2)     /* list of statements (the parser's result)                  */ \
    /* ---- names and literals ---- */                                                 \
    X(IDENT, 0)         /* str = name, unquoted                                      */ \
    X(KEYWORD, 0)       /* str = a keyword argument (YEAR, DAY_SECOND, ...)          */ \
    X(LITERAL, 1)       /* op = LIT_*, str = text; kid: charset introducer (IDENT)   */ \
    X(PARAM, 0)         /* ?, n = position from 0                                    */ \
    X(USER_VAR, 0)      /* @str                                                       */ \
    X(SYS_VAR, 0)       /* @@[op scope.]str                                          */ \
    X(COLUMN_REF, 3)    /* schema, table, column (IDENTs; leading ones may be NULL)  */ \
    X(STAR, 2)          /* schema, table: [schema.][table.]*                         */ \
    X(DEFAULT, 0)       /* DEFAULT as a value                                         */ \
    /* ---- expressions ---- */                                                        \
    X(UNARY, 1)         /* op = OP_*                                                  */ \
    X(BINARY, 2)        /* op = OP_*                                                  */ \
    X(LOGIC, 1)         /* op = OP_AND | OP_OR; kid: list of operands (flattened)    */ \
    X(IS, 1)            /* op = IS_*, flags NOT                                       */ \
    X(BETWEEN, 3)       /* expr, low, high; flags NOT                                 */ \
    X(LIKE, 3)          /* expr, pattern, escape; op = OP_LIKE|OP_REGEXP, flags NOT   */ \
    X(IN, 2)            /* expr, list or SUBQUERY; flags NOT                          */ \
    X(MEMBER_OF, 2)     /* expr, json array                                           */ \
    X(QUANTIFIED, 2)    /* expr, SUBQUERY; op = comparison, flags ANY or ALL          */ \
    X(EXISTS, 1)        /* SUBQUERY                                                   */ \
    X(SUBQUERY, 1)      /* query                                                      */ \
    X(ROW, 1)           /* list; flags ROW_KEYWORD when written ROW(...)             */ \
    X(CASE, 3)          /* operand, list of WHEN, else                                */ \
    X(WHEN, 2)          /* condition, result                                          */ \
    X(FUNC, 5)          /* schema, args list, order list, separator, OVER; str = name */ \
    X(CAST, 3)          /* expr, TYPE, AT TIME ZONE literal; flags ARRAY, TZ_INTERVAL */ \
    X(JSON_VALUE, 5)    /* document, path, RETURNING TYPE, ON EMPTY, ON ERROR (JSON_ON) */ \
    X(JSON_ON, 1)       /* default expr; op = JSON_ON_NULL|ERROR|DEFAULT               */ \
    X(CONVERT_USING, 1) /* expr; str = charset                                       */ \
    X(COLLATE, 1)       /* expr; str = collation                                      */ \
    X(INTERVAL, 1)      /* INTERVAL expr str(unit)                                    */ \
    X(TRIM, 2)          /* remove string, expr; op = TRIM_*                           */ \
    X(MATCH, 2)         /* column list, against expr; op = MATCH_*                    */ \
    X(ASSIGN_VAR, 2)    /* @var := expr                                               */ \
    X(TYPE, 3)          /* str = type name; length, scale, values list (ENUM/SET)    */ \
    /* ---- queries ---- */                                                            \
    X(SELECT, 11)       /* with, items, into, from, where, group, having, window,    */ \
                        /* order, limit, locking                                      */ \
    X(SETOP, 6)         /* with, operand list, order, limit, locking, INTO;          */ \
                        /* op = SETOP_*: a UNION b UNION c is one node of three      */ \
                        /* operands, so long UNION ALL chains stay shallow            */ \
    X(VALUES, 5)        /* with, rows list, order, limit, locking                     */ \
    X(TABLE_STMT, 5)    /* with, TABLE_NAME, order, limit, locking                    */ \
    X(PAREN_QUERY, 5)   /* with, query, order, limit, locking: a parenthesized query  */ \
                        /* whose own ORDER BY/LIMIT/WITH would clash with the outer  */ \
    X(WITH, 1)          /* list of CTE; flags RECURSIVE                               */ \
    X(CTE, 2)           /* column list, query; str = name                             */ \
    X(SELECT_ITEM, 2)   /* expr, alias IDENT                                          */ \
    X(TABLE_NAME, 2)    /* schema IDENT, table IDENT                                  */ \
    X(TABLE_REF, 5)     /* TABLE_NAME, alias, index hints, as-of expr, partitions    */ \
    X(DERIVED, 3)       /* SUBQUERY, alias, column list; flags LATERAL                */ \
    X(JOIN, 4)          /* left, right, on, using list; op = JOIN_*, flags NATURAL    */ \
    X(TABLE_LIST, 1)    /* ( list of table refs ) nested in FROM                      */ \
    X(JSON_TABLE, 4)    /* document expr, path literal, JT_COLUMN list, alias         */ \
    X(JT_COLUMN, 5)     /* TYPE, path, ON EMPTY, ON ERROR (JSON_ON), nested columns;  */ \
                        /* op = JT_*, str = column name                               */ \
    X(INDEX_HINT, 1)    /* index name list; op = HINT_*, flags HINT_FOR_*             */ \
    X(ORDER_ITEM, 1)    /* expr; flags DESC                                           */ \
    X(LIMIT, 2)         /* count, offset; flags OFFSET_FIRST when written LIMIT o, n  */ \
    X(LOCKING, 1)       /* table list (OF); op = LOCK_*, flags NOWAIT | SKIP_LOCKED   */ \
    X(INTO, 2)          /* variable list or file name literal, FILE_OPTION list;     */ \
                        /* op = INTO_*, str2 = CHARACTER SET                          */ \
    X(FILE_OPTION, 1)   /* a FIELDS/LINES option of INTO OUTFILE and LOAD DATA:      */ \
                        /* the string; op = FOPT_*, flags OPTIONALLY                  */ \
    X(WINDOW_DEF, 1)    /* WINDOW_SPEC; str = name                                    */ \
    X(WINDOW_SPEC, 4)   /* base window IDENT, partition list, order list, FRAME      */ \
    X(FRAME, 2)         /* start, end (FRAME_BOUND); op = FRAME_*, flags EXCLUDE_*    */ \
    X(FRAME_BOUND, 1)   /* expr; op = BOUND_*                                         */ \
    X(GROUP_BY, 1)      /* list of expressions; flags ROLLUP                          */ \
    /* ---- data changes ---- */                                                       \
    X(INSERT, 7)        /* TABLE_NAME, columns, rows list | query | SET list,        */ \
                        /* row alias, alias columns, ON DUPLICATE list, partitions   */ \
                        /* op = INSERT_VALUES|INSERT_SELECT|INSERT_SET; flags        */ \
    X(ASSIGN, 2)        /* COLUMN_REF, expr (SET c = e)                               */ \
    X(UPDATE, 6)        /* table refs list, SET list, where, order, limit, WITH      */ \
    X(DELETE, 8)        /* targets list, table refs list, where, order, limit, alias,*/ \
                        /* partitions, WITH                                           */ \
                        /* op = DELETE_SINGLE|DELETE_MULTI_FROM|DELETE_MULTI_USING   */ \
    X(LOAD_DATA, 7)     /* file literal, TABLE_NAME, partitions, FILE_OPTION list,    */ \
                        /* ignored lines, columns/@vars list, SET list;               */ \
                        /* str2 = CHARACTER SET; flags REPLACE|IGNORE|LOW_PRIORITY|   */ \
                        /* CONCURRENT|LOCAL                                           */ \
    AST_DDL_KINDS(X)                                                                   \
    AST_ADMIN_KINDS(X)

#include "ast_ddl_kinds.h"
#include "ast_admin_kinds.h"

enum ast_kind {
#define AST_KIND_ENUM(name, nkid) AST_##name,
    AST_KINDS(AST_KIND_ENUM)
#undef AST_KIND_ENUM
    AST_KIND_COUNT
};

/* LITERAL op */
enum {
    LIT_NULL, LIT_TRUE, LIT_FALSE, LIT_INT, LIT_DECIMAL, LIT_FLOAT, LIT_STRING,
    LIT_HEX, LIT_BIT, LIT_DATE, LIT_TIME, LIT_TIMESTAMP
};
/* LITERAL flags */
#define AST_F_NATIONAL 0x1u   /* N'...' */

/* SYS_VAR op: the scope written */
enum { SCOPE_NONE, SCOPE_GLOBAL, SCOPE_SESSION, SCOPE_LOCAL, SCOPE_PERSIST, SCOPE_PERSIST_ONLY };

/* UNARY and BINARY op */
enum {
    OP_NONE,
    OP_NEG, OP_PLUS, OP_BITNOT, OP_NOT, OP_BINARY_CAST,
    OP_OR, OP_XOR, OP_AND,
    OP_EQ, OP_NSEQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_BITOR, OP_BITAND, OP_SHL, OP_SHR,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_INTDIV, OP_MOD, OP_BITXOR,
    OP_JSON_EXTRACT, OP_JSON_UNQUOTE,
    OP_LIKE, OP_REGEXP, OP_SOUNDS_LIKE,
    OP_COUNT
};

/* IS op */
enum { IS_NULL, IS_TRUE, IS_FALSE, IS_UNKNOWN };
#define AST_F_NOT 0x1u
/* QUANTIFIED flags */
#define AST_F_ANY 0x2u
#define AST_F_ALL 0x4u
/* ROW flags */
#define AST_F_ROW_KEYWORD 0x2u
/* FUNC flags */
#define AST_F_DISTINCT 0x1u
#define AST_F_COUNT_STAR 0x2u
#define AST_F_FROM_LAST 0x4u      /* NTH_VALUE ... FROM LAST */
#define AST_F_ALL_ARGS 0x10u        /* f(ALL x): only while the call is checked */
#define AST_F_IGNORE_NULLS 0x8u       /* set on the OVER clause (IDENT or WINDOW_SPEC) */
/* CAST flags */
#define AST_F_ARRAY 0x1u
#define AST_F_TZ_INTERVAL 0x2u      /* AT TIME ZONE INTERVAL '+00:00' */
/* JT_COLUMN op */
enum { JT_ORDINALITY, JT_PATH, JT_EXISTS, JT_NESTED };
/* JSON_ON op */
enum { JSON_ON_NULL, JSON_ON_ERROR, JSON_ON_DEFAULT };
/* TRIM op */
enum { TRIM_DEFAULT, TRIM_BOTH, TRIM_LEADING, TRIM_TRAILING };
/* MATCH op */
enum { MATCH_DEFAULT, MATCH_NATURAL, MATCH_NATURAL_EXPANSION, MATCH_BOOLEAN, MATCH_EXPANSION };
/* TYPE flags */
#define AST_F_UNSIGNED 0x1u
#define AST_F_ZEROFILL 0x2u
#define AST_F_SIGNED 0x4u
#define AST_F_BINARY_ATTR 0x8u     /* CHAR(10) BINARY */
/* TYPE kids: length, scale, values; charset and collation in CAST are kept as str2 */

/* SELECT flags */
#define AST_F_SELECT_DISTINCT 0x1u
#define AST_F_SQL_CALC_FOUND_ROWS 0x2u
#define AST_F_STRAIGHT_JOIN 0x4u
#define AST_F_HIGH_PRIORITY 0x8u
#define AST_F_SQL_SMALL_RESULT 0x10u
#define AST_F_SQL_BIG_RESULT 0x20u
#define AST_F_SQL_BUFFER_RESULT 0x40u
#define AST_F_SQL_NO_CACHE 0x80u
/* GROUP_BY flags */
#define AST_F_ROLLUP 0x1u
/* SETOP op and flags */
enum { SETOP_UNION, SETOP_EXCEPT, SETOP_INTERSECT };
#define AST_F_SETOP_ALL 0x1u
#define AST_F_SETOP_DISTINCT 0x2u   /* written explicitly */
/* WITH flags */
#define AST_F_RECURSIVE 0x1u
/* DERIVED flags */
#define AST_F_LATERAL 0x1u
/* JOIN op and flags */
enum { JOIN_COMMA, JOIN_INNER, JOIN_CROSS, JOIN_STRAIGHT, JOIN_LEFT, JOIN_RIGHT };
#define AST_F_NATURAL 0x1u
/* INDEX_HINT op and flags */
enum { HINT_USE, HINT_FORCE, HINT_IGNORE };
#define AST_F_HINT_FOR_JOIN 0x1u
#define AST_F_HINT_FOR_ORDER_BY 0x2u
#define AST_F_HINT_FOR_GROUP_BY 0x4u
/* ORDER_ITEM flags */
#define AST_F_DESC 0x1u
#define AST_F_ASC 0x2u              /* written explicitly */
/* LOCKING op and flags */
enum { LOCK_FOR_UPDATE, LOCK_FOR_SHARE, LOCK_IN_SHARE_MODE };
#define AST_F_NOWAIT 0x1u
#define AST_F_SKIP_LOCKED 0x2u
/* INTO op */
enum { INTO_VARS, INTO_OUTFILE, INTO_DUMPFILE };
/* FILE_OPTION op and flags */
enum { FOPT_FIELDS_TERMINATED, FOPT_FIELDS_ENCLOSED, FOPT_FIELDS_ESCAPED, FOPT_LINES_STARTING,
       FOPT_LINES_TERMINATED };
#define AST_F_OPTIONALLY 0x1u
/* LIMIT flags */
#define AST_F_OFFSET_FIRST 0x1u
/* FRAME op, FRAME_BOUND op */
enum { FRAME_ROWS, FRAME_RANGE, FRAME_GROUPS };
/* FRAME flags: the EXCLUDE clause */
enum { EXCLUDE_NONE, EXCLUDE_CURRENT_ROW, EXCLUDE_GROUP, EXCLUDE_TIES, EXCLUDE_NO_OTHERS };
enum { BOUND_UNBOUNDED_PRECEDING, BOUND_PRECEDING, BOUND_CURRENT_ROW, BOUND_FOLLOWING,
       BOUND_UNBOUNDED_FOLLOWING };
/* TABLE_REF op: how an AS OF clause was written */
enum { ASOF_NONE, ASOF_TIMESTAMP, ASOF_SYSTEM_TIME };
/* INSERT op and flags (also UPDATE and DELETE flags) */
enum { INSERT_VALUES, INSERT_SELECT, INSERT_SET };
#define AST_F_REPLACE 0x1u
#define AST_F_IGNORE 0x2u
#define AST_F_LOW_PRIORITY 0x4u
#define AST_F_DELAYED 0x8u
#define AST_F_INSERT_HIGH_PRIORITY 0x10u
#define AST_F_QUICK 0x20u
#define AST_F_CONCURRENT 0x40u
#define AST_F_LOCAL 0x80u
/* DELETE op */
enum { DELETE_SINGLE, DELETE_MULTI_FROM, DELETE_MULTI_USING };

/* Child indexes of the kinds with several children. */
enum { AST_K_SEL_WITH, AST_K_SEL_ITEMS, AST_K_SEL_INTO, AST_K_SEL_FROM, AST_K_SEL_WHERE,
       AST_K_SEL_GROUP, AST_K_SEL_HAVING, AST_K_SEL_WINDOW, AST_K_SEL_ORDER,
       AST_K_SEL_LIMIT, AST_K_SEL_LOCKING };
enum { AST_K_SETOP_WITH, AST_K_SETOP_OPERANDS, AST_K_SETOP_ORDER, AST_K_SETOP_LIMIT,
       AST_K_SETOP_LOCKING, AST_K_SETOP_INTO };
/* VALUES, TABLE_STMT and PAREN_QUERY share with, body, order, limit, locking. */
enum { AST_K_Q_WITH, AST_K_Q_BODY, AST_K_Q_ORDER, AST_K_Q_LIMIT, AST_K_Q_LOCKING };
enum { AST_K_FUNC_SCHEMA, AST_K_FUNC_ARGS, AST_K_FUNC_ORDER, AST_K_FUNC_SEPARATOR,
       AST_K_FUNC_OVER };
enum { AST_K_TREF_NAME, AST_K_TREF_ALIAS, AST_K_TREF_HINTS, AST_K_TREF_ASOF,
       AST_K_TREF_PARTITIONS };
enum { AST_K_JOIN_LEFT, AST_K_JOIN_RIGHT, AST_K_JOIN_ON, AST_K_JOIN_USING };
enum { AST_K_INS_TABLE, AST_K_INS_COLUMNS, AST_K_INS_SOURCE, AST_K_INS_ALIAS,
       AST_K_INS_ALIAS_COLUMNS, AST_K_INS_ON_DUP, AST_K_INS_PARTITIONS };
enum { AST_K_UPD_TABLES, AST_K_UPD_SET, AST_K_UPD_WHERE, AST_K_UPD_ORDER, AST_K_UPD_LIMIT,
       AST_K_UPD_WITH };
enum { AST_K_DEL_TARGETS, AST_K_DEL_TABLES, AST_K_DEL_WHERE, AST_K_DEL_ORDER,
       AST_K_DEL_LIMIT, AST_K_DEL_ALIAS, AST_K_DEL_PARTITIONS, AST_K_DEL_WITH };
enum { AST_K_LOAD_FILE, AST_K_LOAD_TABLE, AST_K_LOAD_PARTITIONS, AST_K_LOAD_OPTIONS,
       AST_K_LOAD_IGNORE_LINES, AST_K_LOAD_COLUMNS, AST_K_LOAD_SET };
enum { AST_K_WSPEC_BASE, AST_K_WSPEC_PARTITION, AST_K_WSPEC_ORDER, AST_K_WSPEC_FRAME };
enum { AST_K_TYPE_LENGTH, AST_K_TYPE_SCALE, AST_K_TYPE_VALUES };

typedef struct ast ast;
struct ast {
    uint16_t kind;      /* enum ast_kind */
    uint16_t op;        /* operator / sub-kind, meaning per kind */
    uint16_t depth;     /* 1 + deepest child */
    uint16_t nkid;      /* number of kid[] slots (from the kind table) */
    uint32_t flags;     /* AST_F_*, meaning per kind */
    uint32_t n;         /* LIST: element count; PARAM: position; str length otherwise */
    uint32_t pos;       /* byte offset of the construct in the statement */
    const char *str;    /* name or decoded literal, NUL-terminated, may contain NUL */
    const char *str2;   /* a second name where a kind needs one (charset, collation) */
    ast *next;          /* next element when the node sits in a LIST */
    ast *kid[];         /* positional children, NULL when absent */
};

typedef struct ast_kind_info {
    const char *name;
    uint16_t nkid;
} ast_kind_info;

extern const ast_kind_info ast_kinds[AST_KIND_COUNT];

/* A list's elements: for (ast *e = ast_first(list); e; e = e->next) */
static inline ast *ast_first(const ast *list) { return list ? list->kid[0] : NULL; }

#endif
