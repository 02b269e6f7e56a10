/*
 * pl_expr: typed expression trees and their evaluation.
 *
 * Purpose.  The executor, the protocol and the dataflow engine compute every
 * SQL expression through this module.  A tree is built once per statement
 * (or plan), resolved bottom-up -- each node gets its pl_type and the
 * function that evaluates it -- then evaluated once per row.
 *
 * Evaluation model.  Each node has an eval function: it evaluates the
 * children it needs (pl_eval) and writes the node's value.  A value is
 * valid until its node is evaluated again; nodes that build a string or a
 * DECIMAL keep it in their own result slot (pl_expr_scratch, dec), so a row
 * of fixed-size values is evaluated without any allocation, and a string
 * result only allocates when it is longer than any before it.
 *
 * Errors and warnings.  Warnings (1292 truncated values, 1365 division by
 * zero, ...) are appended to the session's diagnostics area and evaluation
 * goes on.  An error (1690 out of range, ...) is recorded once in
 * the context and the value is NULL; the caller checks pl_failed() after
 * evaluating the top of the tree and abandons the statement.
 *
 * Ownership.  Trees, their constants and node scratch live in the arena
 * passed to the context (the statement's or the plan's); nothing is freed
 * node by node.  A tree is used by one thread at a time.
 */
#ifndef PL_EXPR_H
#define PL_EXPR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "jimkv/arena.h"
#include "charset.h"
#include "decimal.h"
#include "temporal.h"
#include "value.h"

typedef struct pl_expr pl_expr;
typedef struct pl_eval_ctx pl_eval_ctx;
typedef struct pl_session pl_session;

/* ---- diagnostics: MySQL's SHOW WARNINGS list for one statement ---- */

#define PL_WARN_MAX 64 /* @@max_error_count default */
#define PL_MSG_MAX 512

typedef enum pl_level { PL_LEVEL_NOTE, PL_LEVEL_WARNING, PL_LEVEL_ERROR } pl_level;

typedef struct pl_condition {
    uint8_t level;          /* pl_level */
    uint16_t code;          /* MySQL error number */
    char message[PL_MSG_MAX];
} pl_condition;

/* The conditions are allocated on the first one: most statements raise
 * none, and an idle connection should not carry 32 KB of empty slots. */
typedef struct pl_diag {
    pl_condition *cond; /* the first `stored` conditions (at most PL_WARN_MAX) */
    uint32_t stored;
    uint32_t capacity;
    uint32_t count;     /* all conditions raised (@@warning_count) */
} pl_diag;

/* Forgets the conditions and releases their memory. */
void pl_diag_clear(pl_diag *d);
/* Adds one condition with a preformatted message (e.g. a parse error). */
void pl_diag_add(pl_diag *d, pl_level level, int code, const char *message);

/* ---- session state the expressions read ---- */

/* sql_mode bits that change expression results. */
#define PL_MODE_STRICT_TRANS_TABLES 0x1u
#define PL_MODE_STRICT_ALL_TABLES 0x2u
#define PL_MODE_NO_ZERO_DATE 0x4u
#define PL_MODE_NO_ZERO_IN_DATE 0x8u
#define PL_MODE_ERROR_FOR_DIVISION_BY_ZERO 0x10u
#define PL_MODE_PIPES_AS_CONCAT 0x20u
#define PL_MODE_ONLY_FULL_GROUP_BY 0x40u
#define PL_MODE_NO_UNSIGNED_SUBTRACTION 0x80u
#define PL_MODE_HIGH_NOT_PRECEDENCE 0x100u
#define PL_MODE_NO_BACKSLASH_ESCAPES 0x200u
#define PL_MODE_ANSI_QUOTES 0x400u
#define PL_MODE_REAL_AS_FLOAT 0x800u
#define PL_MODE_TIME_TRUNCATE_FRACTIONAL 0x1000u
#define PL_MODE_NO_ENGINE_SUBSTITUTION 0x2000u /* no effect here; kept to be shown back */

typedef struct pl_user_var pl_user_var;

struct pl_session {
    uint32_t sql_mode;             /* PL_MODE_* */
    int div_precision_increment;   /* 0..30, default 4 */
    uint16_t collation_connection; /* of string literals */
    int32_t time_zone_offset;      /* seconds east of UTC */
    bool time_zone_set;            /* SET time_zone to an offset (else SYSTEM) */
    int64_t timestamp_us;          /* SET timestamp: NOW() in UTC microseconds; 0 = clock */
    uint64_t max_allowed_packet;   /* string results longer than this are NULL + 1301 */
    uint64_t connection_id;
    uint64_t last_insert_id;
    int64_t row_count;             /* ROW_COUNT() */
    uint64_t found_rows;           /* FOUND_ROWS() */
    uint64_t rand_seed1, rand_seed2; /* RAND() without a seed */
    bool in_transaction;           /* between BEGIN and COMMIT/ROLLBACK */
    bool autocommit_off;           /* SET autocommit = 0 (the default is on) */
    char database[65];             /* DATABASE(); "" = none (NULL) */
    char user[97];                 /* USER(): "user@host" as the client logged in */
    char current_user[97];         /* CURRENT_USER(): the account matched */
    pl_user_var *vars;             /* @variables, owned (malloc) */
    /* The host's way to wait (a server fiber yields instead of blocking its
     * thread); returns false when the statement was killed meanwhile.
     * NULL: SLEEP() blocks the calling thread. */
    bool (*host_sleep)(void *host, int64_t ms);
    void *host;
    /* The server's global system variable values (sql_sysvar_globals, owned
     * by the server; NULL: MySQL's defaults). */
    const void *sysvar_globals;
    pl_diag diag;                  /* warnings of the current statement */
};

/* Defaults of a new connection (MySQL 8's, with collation_connection given). */
void pl_session_init(pl_session *s, uint16_t collation_connection);
void pl_session_free(pl_session *s);

/* User variables keep a copy of the value (strings and decimals owned by
 * the session).  A missing variable reads as NULL of type VAR_STRING.
 * Returns false when out of memory. */
bool pl_session_set_var(pl_session *s, const char *name, size_t n, const pl_value *v,
                        const pl_type *t);
bool pl_session_get_var(const pl_session *s, const char *name, size_t n, pl_value *v,
                        pl_type *t);

/* Statement start time (NOW()) in UTC microseconds: SET timestamp or the
 * clock read at pl_eval_ctx_init. */
int64_t pl_session_now_us(const pl_eval_ctx *cx);

/* ---- evaluation context ---- */

struct pl_eval_ctx {
    pl_session *session;
    jk_arena *arena;        /* owns the trees being evaluated and their scratch */
    const pl_value *row;    /* column values of the current row */
    const pl_value *params; /* ? markers of a prepared statement */
    const pl_type *param_types; /* their types, for resolution */
    uint32_t nparams;       /* 0 in a plain query, where ? is a syntax error */
    int64_t stmt_time_us;   /* NOW() for this statement, fixed at init */
    bool quiet;             /* conversions raise no warnings (PL_VF_QUIET) */
    int error_code;         /* first error; 0 = none */
    char error_sqlstate[6];
    char error_message[PL_MSG_MAX];
};

void pl_eval_ctx_init(pl_eval_ctx *cx, pl_session *s, jk_arena *arena);
static inline bool pl_failed(const pl_eval_ctx *cx) { return cx->error_code != 0; }

/* printf-style; the message is MySQL's text for the code. */
void pl_warn(pl_eval_ctx *cx, pl_level level, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Records the first error only; sqlstate as MySQL gives it for code. */
void pl_error(pl_eval_ctx *cx, int code, const char *sqlstate, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- the tree ---- */

typedef void (*pl_eval_fn)(pl_expr *e, pl_eval_ctx *cx, pl_value *out);

typedef enum pl_expr_kind {
    PL_E_CONST,    /* value; also every folded constant */
    PL_E_COLUMN,   /* cx->row[index] */
    PL_E_PARAM,    /* cx->params[index] */
    PL_E_USER_VAR, /* @name (name) */
    PL_E_KEYWORD,  /* a keyword argument: name ("DAY", "DATETIME") */
    PL_E_INTERVAL, /* INTERVAL args[0] unit; index = pl_interval_unit */
    PL_E_TYPE,     /* a CAST target: type (with length/decimals), name */
    PL_E_OP,       /* operator: op = PL_OP_*, args */
    PL_E_FUNC,     /* function call: func, args */
} pl_expr_kind;

typedef enum pl_interval_unit {
    PL_IU_MICROSECOND, PL_IU_SECOND, PL_IU_MINUTE, PL_IU_HOUR, PL_IU_DAY, PL_IU_WEEK,
    PL_IU_MONTH, PL_IU_QUARTER, PL_IU_YEAR, PL_IU_SECOND_MICROSECOND,
    PL_IU_MINUTE_MICROSECOND, PL_IU_MINUTE_SECOND, PL_IU_HOUR_MICROSECOND,
    PL_IU_HOUR_SECOND, PL_IU_HOUR_MINUTE, PL_IU_DAY_MICROSECOND, PL_IU_DAY_SECOND,
    PL_IU_DAY_MINUTE, PL_IU_DAY_HOUR, PL_IU_YEAR_MONTH,
} pl_interval_unit;
/* NULL-free: -1 when the name is not a unit. */
int pl_interval_unit_by_name(const char *name);
const char *pl_interval_unit_name(pl_interval_unit u);

typedef struct pl_func pl_func;

struct pl_expr {
    pl_eval_fn eval;        /* set by resolution */
    pl_type type;           /* set by resolution */
    uint8_t kind;           /* pl_expr_kind */
    uint8_t op;             /* PL_E_OP: pl_op */
    uint16_t nargs;
    uint32_t index;         /* column / parameter number, interval unit */
    pl_expr **args;
    const pl_func *func;    /* PL_E_FUNC */
    const char *name;       /* function, keyword, variable or type name, NUL-terminated */
    uint32_t name_len;
    pl_value value;         /* PL_E_CONST: the value */
    void *aux;              /* resolved per-node state (a compiled pattern, a set) */
    int64_t iaux;           /* small resolved parameter */
    char *scratch;          /* result buffer for strings built here */
    size_t scratch_cap;
    pl_decimal dec;         /* result slot for DECIMAL values built here */
};

static inline void pl_eval(pl_expr *e, pl_eval_ctx *cx, pl_value *out) { e->eval(e, cx, out); }

/* The node's result buffer with room for `need` bytes (contents kept up to
 * the old capacity); NULL after recording error 1041 (out of memory). */
char *pl_expr_scratch(pl_eval_ctx *cx, pl_expr *e, size_t need);

/* Tree construction (in arena); NULL when the arena is exhausted. */
pl_expr *pl_expr_new(jk_arena *arena, pl_expr_kind kind, uint16_t nargs);
pl_expr *pl_expr_const(jk_arena *arena, const pl_value *v, const pl_type *t);
/* iaux of the constant -9223372036854775808: MySQL keeps it a negation of
 * a literal, which matters when it is negated again. */
#define PL_CONST_NEGATED_LITERAL 1

/* ---- operators ---- */

typedef enum pl_op {
    PL_OP_NEG, PL_OP_BITNOT, PL_OP_NOT,
    PL_OP_ADD, PL_OP_SUB, PL_OP_MUL, PL_OP_DIV, PL_OP_INTDIV, PL_OP_MOD,
    PL_OP_BITAND, PL_OP_BITOR, PL_OP_BITXOR, PL_OP_SHL, PL_OP_SHR,
    PL_OP_EQ, PL_OP_NSEQ, PL_OP_NE, PL_OP_LT, PL_OP_LE, PL_OP_GT, PL_OP_GE,
    PL_OP_AND, PL_OP_OR, PL_OP_XOR,          /* n-ary for AND/OR */
    PL_OP_IS_NULL, PL_OP_IS_NOT_NULL, PL_OP_IS_TRUE, PL_OP_IS_NOT_TRUE,
    PL_OP_IS_FALSE, PL_OP_IS_NOT_FALSE,
    PL_OP_BETWEEN, PL_OP_NOT_BETWEEN,        /* x, low, high */
    PL_OP_IN, PL_OP_NOT_IN,                  /* x, v1, v2, ... */
    PL_OP_LIKE, PL_OP_NOT_LIKE,              /* x, pattern[, escape] */
    PL_OP_CASE,       /* [operand,] when1, then1, ..., [else]; iaux: has operand | has else << 1 */
    PL_OP_CAST,       /* x, PL_E_TYPE */
    PL_OP_COLLATE,    /* x; type.coll is the collation */
    PL_OP_CONVERT_USING, /* x; type.coll is the target charset's default */
    PL_OP_COUNT
} pl_op;

/* ---- functions ---- */

/*
 * resolve() is called once the arguments are resolved: it checks them
 * (returning a MySQL error through cx), sets e->type and e->eval, and may
 * precompute e->aux.  Argument counts outside [min_args, max_args] never
 * reach it (error 1582).
 */
typedef int (*pl_resolve_fn)(pl_expr *e, pl_eval_ctx *cx);

#define PL_FN_VOLATILE 0x1u   /* never folded: RAND(), UUID(), SLEEP(), SYSDATE() */
#define PL_FN_SESSION 0x2u    /* reads the session: folded per statement, not per plan */

struct pl_func {
    const char *name;    /* upper case */
    int8_t min_args;
    int8_t max_args;     /* -1: any number */
    uint8_t flags;       /* PL_FN_* */
    pl_resolve_fn resolve;
};

/* Each function family exports a table ending with a { NULL } entry. */
extern const pl_func pl_funcs_math[];
extern const pl_func pl_funcs_string[];
extern const pl_func pl_funcs_time[];
extern const pl_func pl_funcs_json[];
extern const pl_func pl_funcs_misc[];
extern const pl_func pl_funcs_info[];

/* Case-insensitive lookup over all families; NULL when unknown. */
const pl_func *pl_func_lookup(const char *name, size_t n);

/* Resolution of operator and function nodes whose args are resolved: sets
 * type and eval, or records an error in cx and returns -1. */
int pl_resolve(pl_expr *e, pl_eval_ctx *cx);

/* Replaces constant subtrees (no columns, params, variables or volatile
 * functions) by their value, evaluated once.  Returns the new root.  NOW()
 * and the session functions count as constants: a folded tree belongs to
 * one statement (a plan cache must compile again, or skip PL_FN_SESSION). */
pl_expr *pl_fold_constants(pl_expr *e, pl_eval_ctx *cx);

/* ---- conversions every operator and function uses ---- */

/* MySQL's val_int(): strings take their integer prefix (warning 1292 when
 * text is left), doubles and decimals round half away from zero (clamped to
 * the int64 range with warning 1292... as MySQL), temporals become
 * YYYYMMDD[hhmmss] numbers.  *is_unsigned (may be NULL) tells how to read
 * the bits.  NULL gives 0: test pl_is_null first. */
int64_t pl_to_int(pl_eval_ctx *cx, const pl_value *v, bool *is_unsigned);
/* MySQL's val_real(). */
double pl_to_double(pl_eval_ctx *cx, const pl_value *v);
/* MySQL's val_decimal(): writes to *out and returns it. */
const pl_decimal *pl_to_decimal(pl_eval_ctx *cx, const pl_value *v, pl_decimal *out);
/* The text form (what the text protocol sends) of any value of type t.  A
 * string is returned as is; other values are printed into buf, which holds
 * PL_TEXT_MAX bytes.  Sets *len. */
#define PL_TEXT_MAX 352
const char *pl_to_text(const pl_value *v, const pl_type *t, char *buf, size_t *len);
/* As a DATE, TIME or DATETIME (kind), with MySQL's conversion and warning
 * ("Incorrect datetime value: '...'", 1292); false when the result is NULL. */
bool pl_to_temporal(pl_eval_ctx *cx, const pl_value *v, const pl_type *t, pl_tm_kind kind,
                    pl_temporal *out);
/* MySQL's val_bool() for conditions: NULL stays NULL (returns -1), else 0/1. */
int pl_to_bool(pl_eval_ctx *cx, const pl_value *v);

/* Three-way comparison of two non-NULL values by MySQL's rules for mixed
 * types (Arg_comparator): the comparison type is chosen at resolution and
 * passed here.  Returns <0, 0, >0. */
typedef enum pl_cmp_type {
    PL_CMP_INT, PL_CMP_UINT_MIXED, PL_CMP_DOUBLE, PL_CMP_DECIMAL, PL_CMP_STRING,
    PL_CMP_TEMPORAL, PL_CMP_TIME, PL_CMP_JSON,
} pl_cmp_type;
pl_cmp_type pl_cmp_type_of(const pl_type *a, const pl_type *b, uint16_t *coll);
/* pl_compare's answer when a value cannot be converted for the comparison
 * (an invalid date against a DATE): the comparison is NULL. */
#define PL_CMP_RESULT_NULL (-2)
int pl_compare(pl_eval_ctx *cx, pl_cmp_type how, uint16_t coll, const pl_value *a,
               const pl_type *at, const pl_value *b, const pl_type *bt);

/* The collation two string operands are combined in: an explicit COLLATE
 * wins, then binary, then _bin, then the first operand's. */
uint16_t pl_coll_aggregate(const pl_type *a, const pl_type *b);

/* ---- type helpers for resolve() ---- */

pl_type pl_type_int(uint32_t length, bool is_unsigned);
pl_type pl_type_double(int decimals);
pl_type pl_type_decimal(int precision, int scale);
pl_type pl_type_string(uint32_t chars, uint16_t coll);
pl_type pl_type_temporal(pl_field field, int fsp);
pl_type pl_type_null(void);

#endif
