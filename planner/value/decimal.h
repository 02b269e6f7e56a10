/*
 * pl_decimal: MySQL's exact DECIMAL type, the first module of the value engine.
 *
 * Purpose.  Every DECIMAL result JimKV computes must print exactly as MySQL /
 * MariaDB print it: the same digits and the same number of fractional digits
 * (scale).  The rules implemented are MySQL's (strings/decimal.c and
 * Item_func_{plus,minus,mul,div,mod,round}):
 *   add/sub  scale = max(s1, s2)
 *   mul      scale = min(s1 + s2, 30), rounded half away from zero
 *   div      scale = min(s1 + div_precision_increment, 30), rounded half away
 *            from zero; a zero divisor is PL_DEC_DIV_ZERO (SQL NULL)
 *   mod      scale = max(s1, s2), sign of the dividend
 *   round(x, d) / truncate(x, d)
 *            scale = clamp(d, 0, 30); d < 0 rounds/truncates integer digits
 *
 * Where MariaDB 10.11 (the recorded reference) departs from MySQL's
 * documented limits, JimKV follows MySQL and the recorded cases leave them
 * out: MariaDB prints more than 30 fractional digits for mul (0.1e-29 * 0.5),
 * div (1.000000000000000000000000000000 / 3) and ROUND(1.5, 40), and keeps
 *
 * Width.  Types declare at most 65 digits (PL_DEC_PRECISION_MAX), but like
 * MySQL, whose decimal_t holds 9 words of 9 digits, a value may hold up to
 * 81 (PL_DEC_DIGITS_MAX): the sum of two 65-digit values prints with 66
 * digits in both MySQL and MariaDB.
 *
 * Division digits.  Like MySQL's do_div_mod(), the quotient is computed in
 * whole 9-digit words and truncated there before rounding to the result
 * scale, so 1.00000/7 = 0.142857142 but 1/3 = 0.3333 (see pl_dec_div).
 *
 * Representation.  A sign, a fixed array of PL_DEC_DIGITS_MAX decimal digits
 * holding the coefficient (least significant first) and a scale: the value
 * is (-1)^neg * coefficient * 10^-scale.  One digit per byte keeps scale
 * changes and rounding positions trivial; the value is 84 bytes, copied by
 * value, never heap-allocated.
 *
 * Invariants (pl_dec_valid checks them):
 *   - every digit is 0..9; scale <= PL_DEC_SCALE_MAX;
 *   - the coefficient has at most PL_DEC_DIGITS_MAX digits (integer digits +
 *     scale <= 81), so results needing more are reported as PL_DEC_OVERFLOW,
 *     MySQL's error 1690 "DECIMAL value is out of range".
 *   - zero is never negative, so "-0" can never be printed.
 *
 * Ownership.  All functions take inputs by const pointer and write the result
 * to a caller-owned pl_decimal; the output may alias an input.  On an error
 * status the output holds a documented value (see each function).
 */
#ifndef PL_DECIMAL_H
#define PL_DECIMAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Digits a column or CAST type may declare (MySQL DECIMAL_MAX_PRECISION). */
#define PL_DEC_PRECISION_MAX 65
/* Digits a value may hold: MySQL computes in 9 words of 9 digits, so an
 * intermediate result (a 65-digit sum plus 1) may be wider than any type. */
#define PL_DEC_DIGITS_MAX 81
#define PL_DEC_SCALE_MAX 30  /* MySQL DECIMAL_MAX_SCALE */
#define PL_DEC_DIV_INCREMENT_DEFAULT 4 /* @@div_precision_increment default */
/* Sign + 81 digits + '.' + leading "0" when there is no integer part + NUL. */
#define PL_DEC_STR_MAX (PL_DEC_DIGITS_MAX + 4)

typedef enum pl_dec_status {
    PL_DEC_OK = 0,
    PL_DEC_TRUNCATED, /* input had trailing text after the number */
    PL_DEC_OVERFLOW,  /* result does not fit DECIMAL(65,30) / int64 */
    PL_DEC_BAD,       /* input has no number at all; value is 0 */
    PL_DEC_DIV_ZERO,  /* divisor is zero; the caller returns NULL */
} pl_dec_status;

typedef struct pl_decimal {
    uint8_t digit[PL_DEC_DIGITS_MAX]; /* coefficient, digit[0] least significant */
    uint8_t scale;                    /* fractional digits, 0..PL_DEC_SCALE_MAX */
    bool neg;                         /* sign; false when the value is zero */
} pl_decimal;

bool pl_dec_valid(const pl_decimal *x);
const char *pl_dec_status_name(pl_dec_status st);

/* Parse [space][+-]digits[.digits][(e|E)[+-]digits] from s[0..n).
 * Scale = fractional digits - exponent, at least 0; beyond 30 the value is
 * rounded to 30 places silently, as CAST does.  Trailing non-space text
 * gives TRUNCATED (the number before it is kept), no digits BAD (value 0),
 * more than 81 digits in all OVERFLOW (value +-81 nines). */
pl_dec_status pl_dec_parse(const char *s, size_t n, pl_decimal *out);

/* Canonical text: no exponent, exactly `scale` fractional digits, "0.5" not
 * ".5".  buf must hold PL_DEC_STR_MAX bytes; returns the length. */
size_t pl_dec_to_string(const pl_decimal *x, char *buf);

void pl_dec_from_int64(int64_t v, pl_decimal *out);
/* Through the shortest digits of v; 1e100 is OVERFLOW, NaN/inf BAD. */
pl_dec_status pl_dec_from_double(double v, pl_decimal *out);
double pl_dec_to_double(const pl_decimal *x);
bool pl_dec_is_zero(const pl_decimal *x);
/* Round half away from zero; negative or too large is OVERFLOW (0 or
 * UINT64_MAX). */
pl_dec_status pl_dec_to_uint64(const pl_decimal *x, uint64_t *out);
void pl_dec_from_uint64(uint64_t v, pl_decimal *out);

/* Round half away from zero to an integer; OVERFLOW clamps to INT64_MIN/MAX. */
pl_dec_status pl_dec_to_int64(const pl_decimal *x, int64_t *out);

/* -1, 0 or 1; scale does not matter (1.10 = 1.1). */
int pl_dec_cmp(const pl_decimal *a, const pl_decimal *b);

/* On OVERFLOW the output is zero. */
pl_dec_status pl_dec_add(const pl_decimal *a, const pl_decimal *b, pl_decimal *out);
pl_dec_status pl_dec_sub(const pl_decimal *a, const pl_decimal *b, pl_decimal *out);
pl_dec_status pl_dec_mul(const pl_decimal *a, const pl_decimal *b, pl_decimal *out);
pl_dec_status pl_dec_div(const pl_decimal *a, const pl_decimal *b, int div_increment,
                         pl_decimal *out);
/* The quotient as MySQL's '/' operator keeps it between operators: every
 * digit computed in whole 9-digit words (at most 30 after the point), not
 * yet rounded to the result scale -- which happens when the value is shown
 * -- so 1/3*3 is 0.999999999 and shows as 1.0000. */
pl_dec_status pl_dec_div_words(const pl_decimal *a, const pl_decimal *b, int div_increment,
                               pl_decimal *out);
pl_dec_status pl_dec_mod(const pl_decimal *a, const pl_decimal *b, pl_decimal *out);
void pl_dec_neg(const pl_decimal *x, pl_decimal *out);
pl_dec_status pl_dec_round(const pl_decimal *x, int d, pl_decimal *out);
pl_dec_status pl_dec_truncate(const pl_decimal *x, int d, pl_decimal *out);

/* Assign to a DECIMAL(prec, scale) column / CAST: round to `scale`; a value
 * whose integer part exceeds prec - scale is clamped to +-999.99 (OVERFLOW). */
pl_dec_status pl_dec_cast(const pl_decimal *x, int prec, int scale, pl_decimal *out);

#endif
