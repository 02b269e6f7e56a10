/*
 * pl_dc: calendar arithmetic and the DATE_FORMAT / STR_TO_DATE format
 * engines behind MySQL's date and time functions (func_time.c).
 *
 * Purpose.  Everything here is pure: no session, no clock, no warnings.
 * func_time.c converts arguments, calls these routines and turns their
 * status into MySQL's NULLs and warnings.  Interface routines:
 *   pl_dc_daynr / pl_dc_from_daynr   TO_DAYS / FROM_DAYS day numbers
 *   pl_dc_weekday, pl_dc_week        DAYOFWEEK, WEEK() in its 8 modes
 *   pl_dc_add_months                 DATE_ADD by months, clamping the day
 *   pl_dc_to_usec / pl_dc_from_usec  DATE_ADD by time, on microseconds
 *   pl_dc_split_interval, pl_dc_interval_*  INTERVAL values
 *   pl_dc_months_between             TIMESTAMPDIFF(MONTH ...)
 *   pl_dc_format                     DATE_FORMAT / TIME_FORMAT
 *   pl_dc_format_parts, pl_dc_parse  STR_TO_DATE
 *   pl_dc_string_*, pl_dc_parse_offset, pl_dc_period_*, pl_dc_get_format
 *                                    argument shapes and small tables
 *
 * Calendar rules (MySQL's, proleptic Gregorian):
 *   - day number 1 is 0000-01-01, so TO_DAYS('2000-01-01') = 730485 and
 *     9999-12-31 is PL_DC_DAYNR_MAX; year 0 has 365 days (MySQL does not
 *     treat it as leap, so 0000-02-29 does not exist);
 *   - leap years: divisible by 4, except centuries not divisible by 400
 *     (1900 no, 2000 yes);
 *   - adding months keeps the day unless the target month is shorter,
 *     then it is that month's last day: 2020-01-31 + 1 MONTH = 2020-02-29;
 *   - a result outside 0001-01-01 .. 9999-12-31 is an overflow (MySQL's
 *     warning 1441 "Datetime function: datetime field overflow"), except
 *     that month arithmetic may reach year 0 (0001-01-31 - 1 MONTH is
 *     0000-12-31), as MariaDB 10.11, the recorded reference, does.
 *
 * WEEK() modes (MySQL manual, WEEK()):
 *   mode  first day  range  week 1 is the first week ...
 *   0     Sunday     0-53   with a Sunday in this year
 *   1     Monday     0-53   with 4 or more days this year
 *   2     Sunday     1-53   with a Sunday in this year
 *   3     Monday     1-53   with 4 or more days this year (ISO 8601)
 *   4     Sunday     0-53   with 4 or more days this year
 *   5     Monday     0-53   with a Monday in this year
 *   6     Sunday     1-53   with 4 or more days this year
 *   7     Monday     1-53   with a Monday in this year
 * In the 1-53 modes the days before week 1 belong to the last week of the
 * previous year, and (4-day rule) the last days of December may belong to
 * week 1 of the next year; pl_dc_week reports which year the week is in.
 *
 * Representation.  Dates are broken-down pl_temporal fields; day numbers
 * are int64_t; durations are signed microsecond counts (int64_t holds
 * 292,000 years of them, far beyond 0001..9999).
 *
 * Ownership.  Inputs are read-only and never retained; outputs go to
 * caller-owned buffers and structs; nothing is allocated.
 */
#ifndef PL_DATETIME_CALC_H
#define PL_DATETIME_CALC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decimal.h"
#include "temporal.h"

#define PL_DC_DAYNR_MAX 3652424 /* TO_DAYS('9999-12-31') */
#define PL_DC_DAYNR_MIN 366     /* TO_DAYS('0001-01-01') */
#define PL_DC_USEC_PER_SEC 1000000LL
#define PL_DC_USEC_PER_DAY 86400000000LL
/* Longest DATE_FORMAT output per format byte: "%W" gives "Wednesday". */
#define PL_DC_FORMAT_EXPANSION 9
/* TIME values as microseconds: 838:59:59.999999. */
#define PL_DC_TIME_USEC_MAX (((838LL * 3600) + 59 * 60 + 59) * PL_DC_USEC_PER_SEC + 999999)

bool pl_dc_is_leap(unsigned year);
unsigned pl_dc_days_in_month(unsigned year, unsigned month);
unsigned pl_dc_days_in_year(unsigned year);

/* TO_DAYS: 0 for 0000-00-00.  Day 0 is the day before the 1st and month
 * 0 a 31-day month before January (what MySQL's calc_daynr gives them;
 * only DATE_FORMAT of such dates shows it). */
int64_t pl_dc_daynr(unsigned year, unsigned month, unsigned day);
/* FROM_DAYS: false (and a zero date) outside PL_DC_DAYNR_MIN..MAX. */
bool pl_dc_from_daynr(int64_t daynr, unsigned *year, unsigned *month, unsigned *day);

/* 0..6, day 0 being Monday, or Sunday when sunday_first. */
unsigned pl_dc_weekday(int64_t daynr, bool sunday_first);

/* WEEK(date, mode) for mode 0..7 (higher bits ignored), with *week_year
 * set to the year the week belongs to.  When year_always is set the 1-53
 * range is used whatever the mode says (YEARWEEK). */
unsigned pl_dc_week(unsigned year, unsigned month, unsigned day, unsigned mode, bool year_always,
                    unsigned *week_year);

/* Add `months` (may be negative) to the date part of t, clamping the day
 * to the month's end; false on overflow past 0000-01 .. 9999-12 (t is then
 * unchanged). */
bool pl_dc_add_months(pl_temporal *t, int64_t months);

/* t (DATE or DATETIME with a real date) as microseconds since day 0, and
 * back; pl_dc_from_usec fails outside 0001-01-01 .. 9999-12-31 23:59:59.
 * The result is a DATETIME with t->fsp unchanged. */
int64_t pl_dc_to_usec(const pl_temporal *t);
bool pl_dc_from_usec(int64_t usec, pl_temporal *t);

/* TIME fields as signed microseconds, and back (false beyond
 * PL_DC_TIME_USEC_MAX). */
int64_t pl_dc_time_to_usec(const pl_temporal *t);
bool pl_dc_time_from_usec(int64_t usec, int fsp, pl_temporal *t);

/* Unix seconds (UTC) of a DATETIME read in a zone `offset` seconds east,
 * and the inverse; the day boundary is plain arithmetic (no DST). */
int64_t pl_dc_to_unix_usec(const pl_temporal *t, int32_t offset);
bool pl_dc_from_unix_usec(int64_t unix_usec, int32_t offset, int fsp, pl_temporal *t);

/*
 * The fields of a compound INTERVAL string ('1 2:30', '-1.5'): an optional
 * '-' after leading spaces, then `count` digit runs separated by any
 * non-digits.  Fewer runs fill the last fields ('1:2' HOUR_SECOND is 1
 * minute 2 seconds).  With `usec_last` the last run is a fraction of a
 * second ('.5' is 500000).  False (the interval is NULL) when more digit
 * runs follow or a run has 19+ digits (MySQL's get_interval_info).
 * values[0..count) are set.
 */
bool pl_dc_split_interval(const char *s, size_t n, int count, bool usec_last, uint64_t *values,
                          bool *neg);

/*
 * DATE_FORMAT(t, fmt) into out[0..cap): returns the length, or -1 when
 * the result is NULL (a month name of month 0, a weekday of a zero date,
 * a date specifier of a TIME: MySQL's make_date_time).  time_only is
 * TIME_FORMAT's mode.  cap must be at least n * PL_DC_FORMAT_EXPANSION + 32
 * bytes.
 */
long pl_dc_format(const pl_temporal *t, bool time_only, const char *fmt, size_t n, char *out,
                  size_t cap);

/* What STR_TO_DATE's result type is for a format (MySQL's
 * fix_from_format): bits of the parts the specifiers name. */
#define PL_DC_PART_DATE 0x1u
#define PL_DC_PART_TIME 0x2u
#define PL_DC_PART_FRAC 0x4u
unsigned pl_dc_format_parts(const char *fmt, size_t n);

typedef enum pl_dc_parse_status {
    PL_DC_PARSE_OK = 0,
    PL_DC_PARSE_TRAILING, /* value kept; text after it (warning 1292) */
    PL_DC_PARSE_BAD,      /* no value (NULL, warning 1411) */
} pl_dc_parse_status;

/* STR_TO_DATE(s, fmt): the fields of the value, unset ones zero, in a
 * DATETIME with fsp 6 (out is not a valid pl_temporal yet: the day may be
 * past its month's end and the hour is below 24; the caller checks). */
pl_dc_parse_status pl_dc_parse(const char *s, size_t n, const char *fmt, size_t fn,
                               pl_temporal *out);

/* Round t's fraction to fsp digits, half up (or truncate), carrying into
 * the seconds; a TIME stays within +-838:59:59 and a date that cannot
 * move (a zero part, 9999-12-31 23:59:59) is truncated.  Sets t->fsp. */
void pl_dc_round_fsp(pl_temporal *t, int fsp, bool truncate);

/* Sign, whole part (saturated near 10^18) and microseconds of a DECIMAL,
 * the 7th fractional digit rounding half up when `round`. */
void pl_dc_decimal_split(const pl_decimal *d, bool round, bool *neg, uint64_t *whole,
                         uint32_t *usec);

/* Whole months from a to b, DATETIMEs with real dates (TIMESTAMPDIFF's
 * MONTH): a month counts once b's day and time reach a's, so 01-31 to
 * 02-29 is 0; negative when b is earlier; truncated toward zero. */
int64_t pl_dc_months_between(const pl_temporal *a, const pl_temporal *b);

/* An INTERVAL's fields as magnitudes with one sign. */
enum {
    PL_DC_IV_YEAR, PL_DC_IV_MONTH, PL_DC_IV_DAY, PL_DC_IV_HOUR, PL_DC_IV_MINUTE,
    PL_DC_IV_SECOND, PL_DC_IV_USEC, PL_DC_IV_FIELDS
};
typedef struct pl_dc_interval {
    bool neg;
    uint64_t f[PL_DC_IV_FIELDS]; /* PL_DC_IV_* */
} pl_dc_interval;
/* Its year and month fields as signed months (negated when `sub`, for
 * DATE_SUB), or its day-to-microsecond fields as signed microseconds;
 * false when that is beyond any date's reach (an overflow). */
bool pl_dc_interval_months(const pl_dc_interval *iv, bool sub, int64_t *months);
bool pl_dc_interval_usec(const pl_dc_interval *iv, bool sub, int64_t *us);

/* ---- reading arguments (func_time.c) ---- */

/* Fractional digits a constant string shows: those after the '.' that
 * follows the seconds ("10:00:00.25" 2, "123456.5" 1, "2020.01.02" 0) --
 * MySQL's datetime_precision() of a string literal. */
int pl_dc_string_fsp(const char *s, size_t n);
/* Does a date string carry a time part ('2020-01-02 10:00', '20200102100000')?
 * The same split as pl_tm_parse's. */
bool pl_dc_string_has_time(const char *s, size_t n);
/* Does a string given where a TIME or DATETIME may be meant hold a date
 * (MySQL's str_to_time falling back to a datetime)? */
bool pl_dc_string_is_datetime(const char *s, size_t n);
/* A CONVERT_TZ offset '+hh:mm' / '-hh:mm' (one or two hour digits) within
 * MySQL 8's -13:59 .. +14:00, as seconds east; false for anything else
 * (named zones need time zone tables JimKV does not have). */
bool pl_dc_parse_offset(const char *s, size_t n, int32_t *secs);
/* PERIOD_ADD(YYMM or YYYYMM, months) and PERIOD_DIFF, wrapping as MySQL's
 * unsigned long periods and int months do for absurd arguments. */
int64_t pl_dc_period_add(int64_t period, int64_t months);
int64_t pl_dc_period_diff(int64_t p1, int64_t p2);
/* GET_FORMAT(which, region): which is 0 DATE, 1 DATETIME/TIMESTAMP,
 * 2 TIME; region EUR, USA, JIS, ISO or INTERNAL (any case); NULL when
 * unknown. */
const char *pl_dc_get_format(int which, const char *region, size_t n);

/* English month and day names (lc_time_names = en_US); month 1..12,
 * weekday 0..6 from Monday. */
const char *pl_dc_month_name(unsigned month);
const char *pl_dc_day_name(unsigned weekday);

#endif
