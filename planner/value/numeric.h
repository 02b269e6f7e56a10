/*
 * pl_num: MySQL's string-to-number conversion and BIGINT arithmetic.
 *
 * Purpose.  A string operand in numeric context, and every integer +, -, *,
 * DIV, MOD and unary minus, must give exactly MySQL's value, warning or
 * error.  Interface routines:
 *   pl_num_str_to_double  '12abc' + 0e0: longest numeric prefix as DOUBLE
 *   pl_num_str_to_int     CAST('12abc' AS SIGNED): integer prefix, 64 bits
 *   pl_int_add/sub/mul/div/mod/neg  BIGINT [UNSIGNED] arithmetic
 *
 * String rules (MySQL my_strntod / my_strtoll10):
 *   - leading space, \t, \n, \v, \f, \r is skipped; then
 *     [+-]digits[.digits][(e|E)[+-]digits] for a double, [+-]digits for an
 *     integer.  "0x1A" is 0 followed by junk: hex is not a number here.
 *   - text left after the number (other than spaces) or no digits at all is
 *     PL_NUM_TRUNCATED, warning 1292 "Truncated incorrect DOUBLE value" /
 *     "Truncated incorrect INTEGER value"; the value is the prefix, or 0.
 *   - a double beyond +-DBL_MAX is clamped to +-DBL_MAX (PL_NUM_CLAMPED,
 *     also warning 1292); one below the smallest denormal becomes 0 silently.
 *   - CAST(... AS SIGNED) truncates, it does not round: '2.5' is 2 with
 *     warning 1292, and '1e3' is 1 (the exponent is trailing text).  Only
 *     storing into an integer column rounds (my_strntoll10rnd); that is not
 *     this module.
 *   - an integer that fits 64 unsigned bits but not int64 keeps its bits
 *     (18446744073709551615 is -1) with note 1105 (PL_NUM_WRAPPED); beyond
 *     64 bits it is UINT64_MAX bits (-1) or INT64_MIN, with warning 1292.
 * MariaDB also adds note 1292 when only trailing spaces follow the number;
 * MySQL 8 does not, and JimKV follows MySQL (status OK).
 *
 * Where MariaDB 10.11 (the recorded reference) departs from MySQL, JimKV
 * follows MySQL and the recorded cases leave them out: MariaDB gives
 * 0 - -9223372036854775808 = -9223372036854775808 instead of error 1690, and
 * turns -CAST(9223372036854775809 AS UNSIGNED) and -(-9223372036854775808)
 * into DECIMAL results instead of error 1690.
 *
 * Integer rules (MySQL Item_func_{plus,minus,mul,int_div,mod,neg}::int_op
 * and check_integer_overflow): the result is the exact mathematical value,
 * which must fit the result type or the status is PL_NUM_OVERFLOW, error
 * 1690 "BIGINT [UNSIGNED] value is out of range".  The result type is
 *   add, sub, mul, DIV  UNSIGNED if either operand is UNSIGNED
 *   MOD                 the dividend's type; sign of the dividend; never
 *                       overflows
 *   unary minus         signed
 * so CAST(1 AS UNSIGNED) - 2 is an error but -1 DIV CAST(2 AS UNSIGNED) is 0.
 * DIV truncates toward zero.  A zero divisor for DIV or MOD is
 * PL_NUM_DIV_ZERO: SQL NULL (with warning 1365).
 *
 * Representation.  A pl_int is 64 bits plus an UNSIGNED flag, the two things
 * MySQL keeps for a BIGINT Item.  Arithmetic works on sign + 64-bit
 * magnitude, which holds every operand exactly (|INT64_MIN| = 2^63), so no
 * 128-bit type is needed.
 *
 * Ownership.  Inputs are by value or const pointer (strings are s[0..n), not
 * NUL-terminated); results go to caller-owned outputs.  No heap, no locale
 * dependence (the text handed to strtod has no decimal point).
 */
#ifndef PL_NUMERIC_H
#define PL_NUMERIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Significant digits kept for strtod: more than the 768 that can matter for
 * a correctly rounded double; later non-zero digits become one sticky '1'. */
#define PL_NUM_DIGITS_MAX 800
/* Exponents are clamped here before strtod; far beyond any double's range. */
#define PL_NUM_EXP_MAX 100000

typedef enum pl_num_status {
    PL_NUM_OK = 0,
    PL_NUM_TRUNCATED, /* trailing text or no digits: warning 1292 */
    PL_NUM_CLAMPED,   /* double out of range, clamped to +-DBL_MAX: warning 1292 */
    PL_NUM_WRAPPED,   /* unsigned value kept its bits as signed: note 1105 */
    PL_NUM_OVERFLOW,  /* result out of BIGINT [UNSIGNED] range: error 1690 */
    PL_NUM_DIV_ZERO,  /* DIV or MOD by zero: the result is NULL */
} pl_num_status;

typedef struct pl_int {
    uint64_t bits;    /* two's complement bits when signed */
    bool is_unsigned; /* MySQL's unsigned_flag */
} pl_int;

const char *pl_num_status_name(pl_num_status st);

/* TRUNCATED / CLAMPED still store the documented value. */
pl_num_status pl_num_str_to_double(const char *s, size_t n, double *out);
pl_num_status pl_num_str_to_int(const char *s, size_t n, int64_t *out);

pl_int pl_int_signed(int64_t v);
pl_int pl_int_unsigned(uint64_t v);

/* On OVERFLOW or DIV_ZERO *out is 0 of the result type. */
pl_num_status pl_int_add(pl_int a, pl_int b, pl_int *out);
pl_num_status pl_int_sub(pl_int a, pl_int b, pl_int *out);
pl_num_status pl_int_mul(pl_int a, pl_int b, pl_int *out);
pl_num_status pl_int_div(pl_int a, pl_int b, pl_int *out);
pl_num_status pl_int_mod(pl_int a, pl_int b, pl_int *out);
pl_num_status pl_int_neg(pl_int a, pl_int *out);

/* Decimal text as MySQL prints the value; buf holds PL_INT_STR_MAX bytes. */
#define PL_INT_STR_MAX 22
size_t pl_int_to_string(pl_int x, char *buf);

#endif
