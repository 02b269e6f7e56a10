/*
 * pl_agg: MySQL's type aggregation, and the helpers every function family
 * shares at resolution and evaluation.
 *
 * Purpose.  IF, IFNULL, COALESCE, CASE, GREATEST and LEAST return one of
 * several arguments, so their result type is computed from all of them the
 * way MySQL 8's Item::aggregate_type() does (the Field::field_type_merge()
 * lattice), and the chosen argument's value is then converted to that type:
 *   - NULL-typed arguments do not take part (IFNULL(NULL, 1) is an integer);
 *   - any string (or ENUM, SET, BIT mixed with anything else, a temporal
 *     mixed with a number) makes a string: IFNULL(1, 'a') is VAR_STRING;
 *   - all JSON stays JSON;
 *   - numbers: any DOUBLE (or FLOAT) makes DOUBLE, else any DECIMAL makes
 *     DECIMAL (COALESCE(1, 2.5) is DECIMAL(2,1) and prints 1.0), else an
 *     integer of the widest kind, UNSIGNED only when all are; when signs mix
 *     and an UNSIGNED argument is of the widest kind the type grows one step
 *     (BIGINT grows to DECIMAL(20,0));
 *   - temporals: equal kinds stay, DATE with DATETIME/TIMESTAMP or TIME
 *     becomes DATETIME, TIMESTAMP with DATETIME becomes DATETIME; YEAR with
 *     YEAR is YEAR, YEAR with a number counts as an integer;
 *   - decimals: DECIMAL scale is the largest scale (<= 30) and its integer
 *     digits the most any argument has; a DOUBLE's decimals are the largest,
 *     "not fixed" (31) as soon as one argument's are; a temporal's fsp is
 *     the largest; a string's collation is binary if any is, else the first
 *     string argument's (MySQL's DTCollation, without error 1267).
 *
 * Interface routines:
 *   pl_agg_init / pl_agg_add / pl_agg_result   incremental aggregation (CASE
 *                                              aggregates THEN/ELSE args)
 *   pl_agg_args                                aggregation of args[0..n)
 *   pl_coerce                                  a value into a node's type
 *   pl_expr_is_const                           MySQL's const_for_execution()
 *   pl_expr_sql                                an expression's text, as
 *                                              MySQL prints it in errors
 *   pl_out_of_range                            error 1690 for a node
 *
 * Ownership.  Types are copied by value.  pl_coerce writes strings into the
 * node's scratch and decimals into its dec slot; a string argument is passed
 * through without copying (it stays valid until that argument is evaluated
 * again, as expr.h promises).
 */
#ifndef PL_TYPE_AGG_H
#define PL_TYPE_AGG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "expr.h"

typedef struct pl_agg {
    uint32_t count;         /* arguments added that were not of type NULL */
    uint8_t field;          /* merged pl_field so far (PL_F_NULL: none yet) */
    bool any_unsigned;      /* an integer argument is UNSIGNED */
    bool any_signed;        /* an integer argument is signed */
    bool unsigned_widest;   /* an UNSIGNED argument has the widest int kind */
    uint8_t decimals;       /* largest decimals (31 = not fixed) */
    uint8_t scale;          /* largest DECIMAL scale (ints count 0) */
    uint32_t int_digits;    /* most integer digits of a numeric argument */
    uint32_t length;        /* largest display length in characters */
    uint16_t coll;          /* string collation; 0 = no string seen */
    uint16_t default_coll;  /* collation when a string results from non-strings */
} pl_agg;

void pl_agg_init(pl_agg *a, uint16_t default_coll);
void pl_agg_add(pl_agg *a, const pl_type *t);
pl_type pl_agg_result(const pl_agg *a);
/* Aggregates args[0..n), skipping NULL pointers. */
pl_type pl_agg_args(pl_expr *const *args, size_t n, uint16_t default_coll);
/* The same over an array of types (CASE's THEN/ELSE types). */
pl_type pl_type_aggregate(const pl_type *types, int n, uint16_t coll_connection);

/* MySQL's numeric_context_result_type(): the class a value of type t is
 * computed in by numeric functions: PL_INT, PL_DECIMAL or PL_DOUBLE
 * (strings, JSON and NULL compute as DOUBLE; a temporal as an integer, or
 * a DECIMAL when it has fractional seconds). */
pl_vclass pl_numeric_class(const pl_type *t);

/* Converts `in` (of type in_type) to the class of e->type, into *out:
 * numbers through pl_to_int/double/decimal (a DECIMAL is rounded to the
 * type's scale, so 1 prints as 1.0 in a DECIMAL(2,1)), temporals through
 * pl_to_temporal, anything else into its text.  NULL stays NULL. */
void pl_coerce(pl_eval_ctx *cx, pl_expr *e, const pl_value *in, const pl_type *in_type,
               pl_value *out);

/* True when e has no column, parameter, user variable or volatile
 * function: its value is the same for every row of the statement, so
 * resolve() may evaluate it once (ROUND's digit count, RAND's seed). */
bool pl_expr_is_const(const pl_expr *e);

/* The expression's text as MySQL's Item::print() writes it inside error
 * messages: pow(1e308,2), (1 + 2), -(1), 'abc'.  Truncated to cap - 1
 * bytes; returns the length written. */
size_t pl_expr_sql(const pl_expr *e, char *buf, size_t cap);

/* Records error 1690 "<what> value is out of range in '<e>'" (what is
 * "BIGINT", "BIGINT UNSIGNED", "DOUBLE" or "DECIMAL") and sets *out NULL. */
void pl_out_of_range(pl_eval_ctx *cx, const pl_expr *e, const char *what, pl_value *out);

#endif
