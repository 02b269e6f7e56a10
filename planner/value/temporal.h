/*
 * pl_temporal: MySQL's DATE, TIME and DATETIME values, parsed and printed.
 *
 * Purpose.  CAST('...' AS DATE / DATETIME(n) / TIME(n)) and CAST(number AS
 * ...) must give exactly MySQL's value, NULL or warning, and the value must
 * print as MySQL prints it.  The rules implemented are those of MySQL's
 * str_to_datetime(), str_to_time(), number_to_datetime() and
 * number_to_time() (sql-common/my_time.c), checked against MariaDB 10.11:
 *   - date parts are separated by exactly one punctuation character, the
 *     date and time by whitespace or 'T'; a run of 5+ digits with no
 *     separator is the compact YYYYMMDD[hhmmss] / YYMMDD[hhmmss] form;
 *   - a year written with at most 2 digits is 1970..1999 for 70..99 and
 *     2000..2069 for 00..69;
 *   - zero parts (0000-00-00, 2020-00-00) are accepted, as with sql_mode
 *     without NO_ZERO_DATE / NO_ZERO_IN_DATE; a day beyond its month is not;
 *   - fractional seconds are rounded to fsp (MySQL's default; MariaDB does
 *     the same under sql_mode TIME_ROUND_FRACTIONAL), and the carry can
 *     reach the next second, day, month or year;
 *   - TIME is [-]838:59:59[.999999] at most; "D hh:mm:ss" adds D days;
 *     "hh:mm" is hh:mm:00 but a bare "1234" is 00:12:34.
 *
 * Status (what MySQL's CAST does in non-strict mode):
 *   OK            the value, no warning;
 *   TRUNCATED     the value, warning 1292: trailing text was ignored, or
 *                 more than 6 fractional digits were given (MariaDB warns
 *                 about the lost digits even though it rounds them);
 *   OUT_OF_RANGE  a TIME beyond +-838:59:59 clamped to the limit, warning
 *                 (one that only reaches the limit by rounding its fraction
 *                 is clamped with status OK, as MariaDB does);
 *   INVALID       NULL with warning 1292: no value, a part out of range or
 *                 a day the month does not have (2020-02-30).
 *
 * Representation.  A fixed 16-byte struct: kind, broken-down fields, sign
 * (TIME only) and fsp.  For TIME, `hour` holds all hours (0..838) and the
 * date fields are zero.  For DATE the time fields and fsp are zero.
 *
 * Invariants (pl_tm_valid checks them): month <= 12, day <= 31, minute and
 * second <= 59, microsecond < 10^6 and a multiple of 10^(6 - fsp); hour
 * <= 23 except for TIME; |TIME| <= 838:59:59.999999; a zero TIME is never
 * negative.
 *
 * Ownership.  Inputs are read-only and never retained; results go to a
 * caller-owned pl_temporal; nothing is allocated.
 */
#ifndef PL_TEMPORAL_H
#define PL_TEMPORAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PL_TM_FSP_MAX 6        /* MySQL DATETIME_MAX_DECIMALS */
#define PL_TM_TIME_HOUR_MAX 838 /* TIME_MAX_HOUR */
/* "-838:59:59.999999" or "9999-12-31 23:59:59.999999", plus NUL. */
#define PL_TM_STR_MAX 27

typedef enum pl_tm_status {
    PL_TM_OK = 0,
    PL_TM_TRUNCATED,    /* value kept; trailing text or extra digits dropped */
    PL_TM_OUT_OF_RANGE, /* TIME clamped to +-838:59:59[.9..] */
    PL_TM_INVALID,      /* no value: the caller returns NULL */
} pl_tm_status;

typedef enum pl_tm_kind {
    PL_TM_DATE = 0,
    PL_TM_TIME,
    PL_TM_DATETIME,
} pl_tm_kind;

typedef struct pl_temporal {
    uint8_t kind;         /* a pl_tm_kind */
    bool neg;             /* TIME only: the value is negative */
    uint8_t fsp;          /* fractional digits printed, 0..PL_TM_FSP_MAX */
    uint8_t month;        /* 0..12 (0 only in a zero date) */
    uint8_t day;          /* 0..31 */
    uint8_t minute;       /* 0..59 */
    uint8_t second;       /* 0..59 */
    uint8_t pad_;         /* keeps the layout explicit; always 0 */
    uint16_t year;        /* 0..9999 */
    uint16_t hour;        /* 0..23, or 0..838 for TIME */
    uint32_t microsecond; /* 0..999999 */
} pl_temporal;

bool pl_tm_valid(const pl_temporal *t);
const char *pl_tm_status_name(pl_tm_status st);

/* Parse s[0..n) as `kind` with `fsp` fractional digits (ignored for DATE).
 * On INVALID the output is a zero value of that kind. */
pl_tm_status pl_tm_parse(const char *s, size_t n, pl_tm_kind kind, int fsp, pl_temporal *out);

/* Convert an integer as CAST(v AS kind) does: YYYYMMDD, YYMMDD,
 * [YY]YYMMDDhhmmss for dates; [-]hhmmss for TIME, where a value of 11+
 * digits is a datetime whose time part is taken.  fsp is 0. */
pl_tm_status pl_tm_from_int64(int64_t v, pl_tm_kind kind, pl_temporal *out);

/* MySQL's text: YYYY-MM-DD, YYYY-MM-DD hh:mm:ss[.f], [-]hh:mm:ss[.f] with
 * exactly fsp fractional digits.  buf must hold PL_TM_STR_MAX bytes;
 * returns the length. */
size_t pl_tm_to_string(const pl_temporal *t, char *buf);

#endif
