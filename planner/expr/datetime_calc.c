/*
 * Calendar arithmetic and the DATE_FORMAT / STR_TO_DATE engines (see
 * datetime_calc.h for the rules).
 *
 * Day numbers are computed from whole years (365 days plus the leap days
 * of the years before) and a cumulative month table, so every routine is
 * O(1) except pl_dc_from_daynr, which corrects an estimate of the year by
 * at most a step or two.
 */
#include "datetime_calc.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <jimkv/assert.h>

static const char *const month_names[13] = { NULL,      "January",  "February", "March",
                                             "April",   "May",      "June",     "July",
                                             "August",  "September", "October", "November",
                                             "December" };
static const char *const day_names[7] = { "Monday", "Tuesday",  "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday" };

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_punct(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

/* Days before the first of each month in a common year. */
static const uint16_t days_before_month[13] = { 0,   0,   31,  59,  90,  120, 151,
                                                181, 212, 243, 273, 304, 334 };

const char *pl_dc_month_name(unsigned month)
{
    JK_ASSERT(month >= 1 && month <= 12);
    return month_names[month];
}

const char *pl_dc_day_name(unsigned weekday)
{
    JK_ASSERT(weekday <= 6);
    return day_names[weekday];
}

/* Year 0 is not leap: MySQL's calendar has 365 days in it. */
bool pl_dc_is_leap(unsigned year)
{
    return year != 0 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0);
}

unsigned pl_dc_days_in_year(unsigned year) { return pl_dc_is_leap(year) ? 366 : 365; }

unsigned pl_dc_days_in_month(unsigned year, unsigned month)
{
    static const uint8_t dim[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    JK_ASSERT(month >= 1 && month <= 12);
    return month == 2 && pl_dc_is_leap(year) ? 29 : dim[month];
}

/* Day number of the day before year's January 1st. */
static int64_t days_before_year(int64_t year)
{
    if (year <= 0)
        return 0;
    int64_t y = year - 1; /* leap years among 1..year-1 */
    return 365 * year + y / 4 - y / 100 + y / 400;
}

int64_t pl_dc_daynr(unsigned year, unsigned month, unsigned day)
{
    JK_ASSERT(year <= 9999 && month <= 12 && day <= 31);
    if (year == 0 && month == 0 && day == 0)
        return 0;
    /* Month 0 counts as a 31-day month before January, day 0 as the day
     * before the first: what MySQL's calc_daynr gives such dates, which
     * DATE_FORMAT('2020-00-00', '%a') shows. */
    if (month == 0)
        return days_before_year(year) + (int64_t)day - 31;
    int64_t n = days_before_year(year) + days_before_month[month] + day;
    if (month > 2 && pl_dc_is_leap(year))
        n++;
    return n;
}

bool pl_dc_from_daynr(int64_t daynr, unsigned *year, unsigned *month, unsigned *day)
{
    *year = *month = *day = 0;
    if (daynr < PL_DC_DAYNR_MIN || daynr > PL_DC_DAYNR_MAX)
        return false;
    /* 146097 days per 400 years; the estimate is at most one year off. */
    int64_t y = daynr * 400 / 146097;
    while (days_before_year(y + 1) < daynr)
        y++;
    while (y > 0 && days_before_year(y) >= daynr)
        y--;
    int64_t doy = daynr - days_before_year(y); /* 1-based */
    JK_ASSERT(doy >= 1 && doy <= 366);
    unsigned m = 1;
    while (m < 12 && doy > (int64_t)pl_dc_days_in_month((unsigned)y, m)) {
        doy -= pl_dc_days_in_month((unsigned)y, m);
        m++;
    }
    *year = (unsigned)y;
    *month = m;
    *day = (unsigned)doy;
    return true;
}

/* Day 1 (0000-01-01) is a Sunday in MySQL's proleptic calendar. */
unsigned pl_dc_weekday(int64_t daynr, bool sunday_first)
{
    int64_t w = (daynr + 5 + (sunday_first ? 1 : 0)) % 7;
    return (unsigned)(w < 0 ? w + 7 : w);
}

/* First day of week 1 of `year`: the first first-day-of-week of the year
 * (first_weekday), or the start of the first week with 4+ days in it. */
static int64_t week1_start(unsigned year, bool monday_first, bool first_weekday)
{
    int64_t jan1 = pl_dc_daynr(year, 1, 1);
    int64_t wd = pl_dc_weekday(jan1, !monday_first);
    if (first_weekday)
        return jan1 + (7 - wd) % 7;
    return wd <= 3 ? jan1 - wd : jan1 + 7 - wd;
}

unsigned pl_dc_week(unsigned year, unsigned month, unsigned day, unsigned mode, bool year_always,
                    unsigned *week_year)
{
    bool monday_first = (mode & 1) != 0;
    bool range_1_53 = (mode & 2) != 0 || year_always;
    /* Bit 2 flips the week-1 rule; which rule it flips to depends on the
     * first day (see the table in the header). */
    bool first_weekday = monday_first ? (mode & 4) != 0 : (mode & 4) == 0;
    int64_t dn = pl_dc_daynr(year, month, day);
    int64_t start = week1_start(year, monday_first, first_weekday);
    *week_year = year;
    if (dn < start) {
        if (!range_1_53 || year == 0)
            return 0;
        *week_year = year - 1;
        start = week1_start(year - 1, monday_first, first_weekday);
        return (unsigned)((dn - start) / 7 + 1);
    }
    if (range_1_53 && !first_weekday && year < 9999 &&
        dn >= week1_start(year + 1, monday_first, first_weekday)) {
        *week_year = year + 1;
        return 1;
    }
    return (unsigned)((dn - start) / 7 + 1);
}

bool pl_dc_add_months(pl_temporal *t, int64_t months)
{
    JK_ASSERT(t->kind != PL_TM_TIME);
    /* Months since year 0; 120000 would be year 10000. */
    int64_t period = (int64_t)t->year * 12 + (t->month ? t->month - 1 : 0);
    if (months > 120000 || months < -120000)
        return false;
    period += months;
    /* MariaDB keeps month arithmetic down to year 0 (0001-01-31 - 1 MONTH
     * is 0000-12-31) though day arithmetic stops at 0001-01-01. */
    if (period < 0 || period >= 120000)
        return false;
    unsigned y = (unsigned)(period / 12), m = (unsigned)(period % 12) + 1;
    unsigned dim = pl_dc_days_in_month(y, m);
    t->year = (uint16_t)y;
    t->month = (uint8_t)m;
    if (t->day > dim)
        t->day = (uint8_t)dim;
    return true;
}

int64_t pl_dc_to_usec(const pl_temporal *t)
{
    JK_ASSERT(t->kind != PL_TM_TIME);
    int64_t secs = (int64_t)t->hour * 3600 + t->minute * 60 + t->second;
    return pl_dc_daynr(t->year, t->month, t->day) * PL_DC_USEC_PER_DAY +
           secs * PL_DC_USEC_PER_SEC + t->microsecond;
}

bool pl_dc_from_usec(int64_t usec, pl_temporal *t)
{
    if (usec < 0)
        return false;
    int64_t daynr = usec / PL_DC_USEC_PER_DAY, rest = usec % PL_DC_USEC_PER_DAY;
    unsigned y, m, d;
    if (!pl_dc_from_daynr(daynr, &y, &m, &d))
        return false;
    t->kind = PL_TM_DATETIME;
    t->neg = false;
    t->pad_ = 0;
    t->year = (uint16_t)y;
    t->month = (uint8_t)m;
    t->day = (uint8_t)d;
    t->hour = (uint16_t)(rest / (3600 * PL_DC_USEC_PER_SEC));
    t->minute = (uint8_t)(rest / (60 * PL_DC_USEC_PER_SEC) % 60);
    t->second = (uint8_t)(rest / PL_DC_USEC_PER_SEC % 60);
    t->microsecond = (uint32_t)(rest % PL_DC_USEC_PER_SEC);
    return true;
}

int64_t pl_dc_time_to_usec(const pl_temporal *t)
{
    int64_t v = ((int64_t)t->hour * 3600 + t->minute * 60 + t->second) * PL_DC_USEC_PER_SEC +
                t->microsecond;
    return t->neg ? -v : v;
}

bool pl_dc_time_from_usec(int64_t usec, int fsp, pl_temporal *t)
{
    JK_ASSERT(fsp >= 0 && fsp <= PL_TM_FSP_MAX);
    if (usec > PL_DC_TIME_USEC_MAX || usec < -PL_DC_TIME_USEC_MAX)
        return false;
    memset(t, 0, sizeof *t);
    t->kind = PL_TM_TIME;
    t->fsp = (uint8_t)fsp;
    t->neg = usec < 0;
    uint64_t a = (uint64_t)(usec < 0 ? -usec : usec);
    t->hour = (uint16_t)(a / (3600u * (uint64_t)PL_DC_USEC_PER_SEC));
    t->minute = (uint8_t)(a / (60u * (uint64_t)PL_DC_USEC_PER_SEC) % 60);
    t->second = (uint8_t)(a / (uint64_t)PL_DC_USEC_PER_SEC % 60);
    t->microsecond = (uint32_t)(a % (uint64_t)PL_DC_USEC_PER_SEC);
    return true;
}

/* Day number of 1970-01-01. */
#define UNIX_EPOCH_DAYNR 719528

int64_t pl_dc_to_unix_usec(const pl_temporal *t, int32_t offset)
{
    return pl_dc_to_usec(t) - UNIX_EPOCH_DAYNR * PL_DC_USEC_PER_DAY -
           (int64_t)offset * PL_DC_USEC_PER_SEC;
}

bool pl_dc_from_unix_usec(int64_t unix_usec, int32_t offset, int fsp, pl_temporal *t)
{
    JK_ASSERT(fsp >= 0 && fsp <= PL_TM_FSP_MAX);
    int64_t local = unix_usec + (int64_t)offset * PL_DC_USEC_PER_SEC;
    memset(t, 0, sizeof *t);
    if (local > (int64_t)(PL_DC_DAYNR_MAX + 1 - UNIX_EPOCH_DAYNR) * PL_DC_USEC_PER_DAY)
        return false;
    if (!pl_dc_from_usec(local + UNIX_EPOCH_DAYNR * PL_DC_USEC_PER_DAY, t))
        return false;
    static const uint32_t unit[7] = { 1000000, 100000, 10000, 1000, 100, 10, 1 };
    t->fsp = (uint8_t)fsp;
    t->microsecond -= t->microsecond % unit[fsp]; /* the clock is truncated */
    return true;
}

/* ---- reading arguments ---- */

int pl_dc_string_fsp(const char *s, size_t n)
{
    while (n > 0 && is_space(s[n - 1]))
        n--;
    size_t start = 0, dots = 0, dot = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ':' || is_space(s[i]))
            start = i + 1;
    for (size_t i = start; i < n; i++) {
        if (s[i] == '.') {
            dots++;
            dot = i;
        } else if (!is_digit(s[i]) && !(i == start && (s[i] == '-' || s[i] == '+'))) {
            return 0;
        }
    }
    if (dots != 1)
        return 0;
    return (int)(n - dot - 1) < PL_TM_FSP_MAX ? (int)(n - dot - 1) : PL_TM_FSP_MAX;
}

bool pl_dc_string_has_time(const char *s, size_t n)
{
    size_t p = 0;
    while (p < n && is_space(s[p]))
        p++;
    size_t start = p;
    while (p < n && is_digit(s[p]))
        p++;
    size_t digits = p - start;
    if (digits == 0)
        return false;
    if (digits >= 5 && (p == n || s[p] == '.' || is_space(s[p]))) {
        size_t year_len = (digits == 4 || digits == 8 || digits >= 14) ? 4 : 2;
        return digits > year_len + 4;
    }
    for (int part = 1; part < 3; part++) {
        if (p == n || !is_punct(s[p]))
            return false;
        p++;
        if (p == n || !is_digit(s[p]))
            return false;
        while (p < n && is_digit(s[p]))
            p++;
    }
    if (p < n && s[p] == 'T')
        p++;
    else
        while (p < n && is_space(s[p]))
            p++;
    return p < n && is_digit(s[p]) && (s[p - 1] == 'T' || is_space(s[p - 1]));
}

bool pl_dc_string_is_datetime(const char *s, size_t n)
{
    size_t p = 0;
    while (p < n && is_space(s[p]))
        p++;
    size_t start = p;
    while (p < n && is_digit(s[p]))
        p++;
    size_t digits = p - start;
    if (digits == 0)
        return false;
    return digits >= 12 || (p < n && is_punct(s[p]) && s[p] != ':' && s[p] != '.');
}

bool pl_dc_parse_offset(const char *s, size_t n, int32_t *secs)
{
    if (n < 5 || n > 6 || (s[0] != '+' && s[0] != '-'))
        return false;
    size_t colon = n - 3;
    if (s[colon] != ':' || !is_digit(s[colon + 1]) || !is_digit(s[colon + 2]))
        return false;
    int h = 0;
    for (size_t i = 1; i < colon; i++) {
        if (!is_digit(s[i]))
            return false;
        h = h * 10 + (s[i] - '0');
    }
    int m = (s[colon + 1] - '0') * 10 + (s[colon + 2] - '0');
    if (m > 59)
        return false;
    int v = h * 60 + m;
    if (s[0] == '-' ? v > 13 * 60 + 59 : v > 14 * 60)
        return false;
    *secs = (s[0] == '-' ? -v : v) * 60;
    return true;
}

/* MySQL keeps periods in unsigned long and months in int (PERIOD_ADD's
 * month count is truncated to 32 bits); the unsigned arithmetic here wraps
 * the same way for absurd arguments instead of overflowing. */
static uint64_t period_to_months(uint64_t p)
{
    if (p == 0)
        return 0;
    uint64_t y = p / 100;
    if (y < 70)
        y += 2000;
    else if (y < 100)
        y += 1900;
    return y * 12 + p % 100 - 1;
}

static uint64_t months_to_period(uint32_t m)
{
    if (m == 0)
        return 0;
    uint64_t y = m / 12;
    if (y < 100)
        y += y < 70 ? 2000 : 1900;
    return y * 100 + m % 12 + 1;
}

int64_t pl_dc_period_add(int64_t period, int64_t months)
{
    if (period == 0)
        return 0;
    uint32_t m = (uint32_t)period_to_months((uint64_t)period) + (uint32_t)months;
    return (int64_t)months_to_period(m);
}

int64_t pl_dc_period_diff(int64_t p1, int64_t p2)
{
    return (int64_t)(period_to_months((uint64_t)p1) - period_to_months((uint64_t)p2));
}

/* The table in the manual's GET_FORMAT(). */
static const char *const formats[3][5] = {
    /*            EUR              USA                    JIS                  ISO                  INTERNAL */
    /* DATE */ { "%d.%m.%Y", "%m.%d.%Y", "%Y-%m-%d", "%Y-%m-%d", "%Y%m%d" },
    /* DATETIME */ { "%Y-%m-%d %H.%i.%s", "%Y-%m-%d %H.%i.%s", "%Y-%m-%d %H:%i:%s",
                     "%Y-%m-%d %H:%i:%s", "%Y%m%d%H%i%s" },
    /* TIME */ { "%H.%i.%s", "%h:%i:%s %p", "%H:%i:%s", "%H:%i:%s", "%H%i%s" },
};

const char *pl_dc_get_format(int which, const char *region, size_t n)
{
    static const char *const regions[5] = { "EUR", "USA", "JIS", "ISO", "INTERNAL" };
    JK_ASSERT(which >= 0 && which <= 2);
    for (int r = 0; r < 5; r++)
        if (strlen(regions[r]) == n && strncasecmp(region, regions[r], n) == 0)
            return formats[which][r];
    return NULL;
}

/* ---- fractions, decimals, month differences, intervals ---- */

void pl_dc_round_fsp(pl_temporal *t, int fsp, bool truncate)
{
    JK_ASSERT(fsp >= 0 && fsp <= PL_TM_FSP_MAX);
    static const uint32_t unit[7] = { 1000000, 100000, 10000, 1000, 100, 10, 1 };
    uint32_t u = unit[fsp], rem = t->microsecond % u;
    t->fsp = (uint8_t)(t->kind == PL_TM_DATE ? 0 : fsp);
    if (rem == 0)
        return;
    bool up = !truncate && rem * 2 >= u;
    if (t->kind == PL_TM_TIME) {
        bool neg = t->neg;
        int64_t a = pl_dc_time_to_usec(t);
        a = (neg ? -a : a) - rem + (up ? u : 0);
        if (a > PL_DC_TIME_USEC_MAX - (u - 1)) /* 838:59:59.999 at fsp 3 */
            a = PL_DC_TIME_USEC_MAX - (u - 1);
        pl_dc_time_from_usec(neg ? -a : a, fsp, t);
        return;
    }
    pl_temporal r = *t;
    if (t->month && t->day &&
        pl_dc_from_usec(pl_dc_to_usec(t) - rem + (up ? u : 0), &r)) {
        r.kind = t->kind;
        r.fsp = t->fsp;
        *t = r;
    } else {
        t->microsecond -= rem;
    }
}

void pl_dc_decimal_split(const pl_decimal *d, bool round, bool *neg, uint64_t *whole, uint32_t *usec)
{
    uint64_t w = 0;
    for (int i = PL_DEC_DIGITS_MAX - 1; i >= d->scale; i--)
        w = w > 100000000000000000ull ? 1000000000000000000ull : w * 10 + d->digit[i];
    uint32_t f = 0;
    for (int k = 1; k <= 6; k++)
        f = f * 10 + (d->scale >= k ? d->digit[d->scale - k] : 0);
    if (round && d->scale >= 7 && d->digit[d->scale - 7] >= 5 && ++f == 1000000) {
        f = 0;
        w++;
    }
    *neg = d->neg;
    *whole = w;
    *usec = f;
}

/* Day of month and time of day as one number: a month between two dates
 * is complete when the later one's reaches the earlier one's. */
static int64_t day_time_usec(const pl_temporal *t)
{
    return (((int64_t)t->day * 24 + t->hour) * 3600 + t->minute * 60 + t->second) *
               PL_DC_USEC_PER_SEC + t->microsecond;
}

int64_t pl_dc_months_between(const pl_temporal *a, const pl_temporal *b)
{
    bool neg = pl_dc_to_usec(b) < pl_dc_to_usec(a);
    const pl_temporal *lo = neg ? b : a, *hi = neg ? a : b;
    int64_t m = ((int64_t)hi->year * 12 + hi->month) - ((int64_t)lo->year * 12 + lo->month);
    if (day_time_usec(hi) < day_time_usec(lo))
        m--;
    return neg ? -m : m;
}

bool pl_dc_interval_months(const pl_dc_interval *iv, bool sub, int64_t *months)
{
    const uint64_t lim = 1000000; /* far beyond 10000 years of months */
    if (iv->f[PL_DC_IV_YEAR] > lim || iv->f[PL_DC_IV_MONTH] > lim)
        return false;
    int64_t m = (int64_t)(iv->f[PL_DC_IV_YEAR] * 12 + iv->f[PL_DC_IV_MONTH]);
    *months = iv->neg != sub ? -m : m;
    return true;
}

bool pl_dc_interval_usec(const pl_dc_interval *iv, bool sub, int64_t *us)
{
    static const uint64_t per[] = { 0, 0, 86400000000ull, 3600000000ull, 60000000ull, 1000000ull, 1ull };
    const uint64_t lim = 400000000000000000ull; /* > 10000 years in microseconds */
    uint64_t total = 0;
    for (int i = PL_DC_IV_DAY; i < PL_DC_IV_FIELDS; i++) {
        if (iv->f[i] > lim / per[i])
            return false;
        total += iv->f[i] * per[i];
        if (total > lim)
            return false;
    }
    *us = iv->neg != sub ? -(int64_t)total : (int64_t)total;
    return true;
}

/* ---- INTERVAL strings ---- */

bool pl_dc_split_interval(const char *s, size_t n, int count, bool usec_last, uint64_t *values,
                          bool *neg)
{
    JK_ASSERT(count >= 1 && count <= 5);
    const uint64_t cap = 1000000000000000000ull;
    size_t p = 0, last_len = 0;
    int got = 0;
    while (p < n && (s[p] == ' ' || (s[p] >= '\t' && s[p] <= '\r')))
        p++;
    *neg = p < n && s[p] == '-';
    while (p < n && !(s[p] >= '0' && s[p] <= '9'))
        p++;
    uint64_t v[5] = { 0 };
    while (got < count && p < n) {
        size_t start = p;
        uint64_t x = 0;
        for (; p < n && s[p] >= '0' && s[p] <= '9'; p++) {
            if (x >= cap / 10) /* a field this long: NULL, as MySQL */
                return false;
            x = x * 10 + (uint64_t)(s[p] - '0');
        }
        last_len = p - start;
        v[got++] = x;
        while (p < n && !(s[p] >= '0' && s[p] <= '9'))
            p++;
    }
    if (p < n)
        return false;
    /* Right-align what was read: the missing fields are the first ones. */
    for (int i = 0; i < count; i++)
        values[i] = i < count - got ? 0 : v[i - (count - got)];
    if (usec_last && got > 0 && last_len > 0) {
        uint64_t *f = &values[count - 1];
        for (; last_len < 6; last_len++)
            *f *= 10;
        for (; last_len > 6; last_len--)
            *f /= 10;
    }
    return true;
}

/* ---- DATE_FORMAT ---- */

typedef struct out_buf {
    char *p;
    size_t n, cap;
} out_buf;

static void put(out_buf *o, const char *s, size_t n)
{
    JK_ASSERT(o->n + n < o->cap);
    memcpy(o->p + o->n, s, n);
    o->n += n;
}

static void putf(out_buf *o, const char *fmt, unsigned v)
{
    char tmp[24];
    int k = snprintf(tmp, sizeof tmp, fmt, v);
    put(o, tmp, (size_t)k);
}

static void put_str(out_buf *o, const char *s) { put(o, s, strlen(s)); }

static const char *ordinal_suffix(unsigned day)
{
    if (day >= 11 && day <= 13)
        return "th";
    switch (day % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
    }
}

/* One specifier; false when it makes the whole result NULL. */
static bool format_one(const pl_temporal *t, bool time_only, char spec, out_buf *o)
{
    unsigned hour12 = (t->hour % 24 + 11) % 12 + 1;
    bool has_date = t->month || t->year;
    unsigned wy;
    switch (spec) {
    case 'a':
    case 'W':
        if (time_only || !has_date)
            return false;
        {
            const char *name = day_names[pl_dc_weekday(pl_dc_daynr(t->year, t->month, t->day), false)];
            if (spec == 'a')
                put(o, name, 3);
            else
                put_str(o, name);
        }
        return true;
    case 'b':
    case 'M':
        if (t->month == 0)
            return false;
        if (spec == 'b')
            put(o, month_names[t->month], 3);
        else
            put_str(o, month_names[t->month]);
        return true;
    case 'c': putf(o, "%u", t->month); return true;
    case 'D':
        if (time_only)
            return false;
        putf(o, "%u", t->day);
        put_str(o, ordinal_suffix(t->day));
        return true;
    case 'd': putf(o, "%02u", t->day); return true;
    case 'e': putf(o, "%u", t->day); return true;
    case 'f': putf(o, "%06u", t->microsecond); return true;
    case 'H': putf(o, "%02u", t->hour); return true;
    case 'k': putf(o, "%u", t->hour); return true;
    case 'h':
    case 'I': putf(o, "%02u", hour12); return true;
    case 'l': putf(o, "%u", hour12); return true;
    case 'i': putf(o, "%02u", t->minute); return true;
    case 'j':
        if (time_only || t->month == 0 || t->year == 0)
            return false;
        putf(o, "%03u", (unsigned)(pl_dc_daynr(t->year, t->month, t->day) -
                                   pl_dc_daynr(t->year, 1, 1) + 1));
        return true;
    case 'm': putf(o, "%02u", t->month); return true;
    case 'p': put_str(o, t->hour % 24 < 12 ? "AM" : "PM"); return true;
    case 'r':
        putf(o, "%02u:", hour12);
        putf(o, "%02u:", t->minute);
        putf(o, "%02u", t->second);
        put_str(o, t->hour % 24 < 12 ? " AM" : " PM");
        return true;
    case 'S':
    case 's': putf(o, "%02u", t->second); return true;
    case 'T':
        putf(o, "%02u:", t->hour);
        putf(o, "%02u:", t->minute);
        putf(o, "%02u", t->second);
        return true;
    case 'U':
    case 'u':
    case 'V':
    case 'v':
        if (time_only)
            return false;
    {
        /* %U is WEEK mode 0, %u mode 1, %V mode 2, %v mode 3. */
        unsigned mode = (spec == 'u' || spec == 'v' ? 1u : 0u) | (spec == 'V' || spec == 'v' ? 2u : 0u);
        putf(o, "%02u", pl_dc_week(t->year, t->month, t->day, mode, false, &wy));
        return true;
    }
    case 'X':
    case 'x':
        if (time_only)
            return false;
        pl_dc_week(t->year, t->month, t->day, spec == 'x' ? 3 : 2, false, &wy);
        putf(o, "%04u", wy);
        return true;
    case 'w':
        if (time_only || !has_date)
            return false;
        putf(o, "%u", pl_dc_weekday(pl_dc_daynr(t->year, t->month, t->day), true));
        return true;
    case 'Y': putf(o, "%04u", t->year); return true;
    case 'y': putf(o, "%02u", t->year % 100u); return true;
    default: /* %% and unknown letters stand for themselves */
        put(o, &spec, 1);
        return true;
    }
}

long pl_dc_format(const pl_temporal *t, bool time_only, const char *fmt, size_t n, char *out,
                  size_t cap)
{
    JK_ASSERT(cap >= n * PL_DC_FORMAT_EXPANSION + 32);
    out_buf o = { out, 0, cap };
    if (t->neg)
        put(&o, "-", 1);
    for (size_t i = 0; i < n; i++) {
        if (fmt[i] != '%' || i + 1 == n) { /* a trailing '%' is literal */
            put(&o, fmt + i, 1);
            continue;
        }
        i++;
        if (!format_one(t, time_only, fmt[i], &o))
            return -1;
    }
    return (long)o.n;
}

/* ---- STR_TO_DATE ---- */

unsigned pl_dc_format_parts(const char *fmt, size_t n)
{
    unsigned parts = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (fmt[i] != '%')
            continue;
        char c = fmt[++i];
        if (c == 'f')
            parts |= PL_DC_PART_FRAC | PL_DC_PART_TIME;
        else if (strchr("HISThiklrs", c))
            parts |= PL_DC_PART_TIME;
        else if (strchr("MVUXYWabcjmvuxyw", c))
            parts |= PL_DC_PART_DATE;
    }
    return parts;
}


typedef struct parse_state {
    const char *s;
    size_t n, p;
    unsigned year, month, day, hour, minute, second, usec;
    int yearday;        /* %j, -1 when not given */
    int weekday;        /* %W %a %w: 1 (Monday) .. 7 (Sunday), 0 when not given */
    int week;           /* %U %u %V %v, -1 when not given */
    bool week_sunday;   /* the week number counts from Sundays (%U %V) */
    bool week_strict;   /* %V / %v: needs %X / %x */
    int week_year;      /* %X %x, -1 when not given */
    bool week_year_sunday;
    bool usa_time;      /* a 12-hour clock was read */
    int daypart;        /* 0 or 12 from %p */
} parse_state;

/* Up to `width` characters as an optional sign and digits (my_strtoll10's
 * rules); false when there are no digits or the number is negative. */
static bool read_number(parse_state *ps, size_t width, unsigned *value, size_t *digits)
{
    size_t end = ps->p + width < ps->n ? ps->p + width : ps->n;
    size_t q = ps->p;
    bool neg = false;
    if (q < end && (ps->s[q] == '-' || ps->s[q] == '+'))
        neg = ps->s[q++] == '-';
    size_t start = q;
    uint64_t v = 0;
    while (q < end && is_digit(ps->s[q]))
        v = v * 10 + (uint64_t)(ps->s[q++] - '0');
    if (q == start || (neg && v != 0))
        return false;
    *value = (unsigned)v;
    if (digits)
        *digits = q - start;
    ps->p = q;
    return true;
}

/* A name from names[first..first+count) the alphabetic word at the
 * cursor is a prefix of (MySQL's find_type: "Jan" is January for %M), or
 * the abbreviation.  Returns the index or -1. */
static int read_name(parse_state *ps, const char *const *names, int count, bool abbrev)
{
    size_t q = ps->p;
    while (q < ps->n && is_alpha(ps->s[q]))
        q++;
    size_t len = q - ps->p;
    if (len == 0)
        return -1;
    int found = -1;
    for (int i = 0; i < count; i++) {
        size_t full = abbrev ? 3 : strlen(names[i]);
        if (len > full)
            continue;
        bool same = true;
        for (size_t k = 0; k < len && same; k++) {
            char a = ps->s[ps->p + k], b = names[i][k];
            same = (a | 0x20) == (b | 0x20);
        }
        if (same) {
            if (found >= 0) /* an ambiguous prefix ("Ju") is no name */
                return -1;
            found = i;
        }
    }
    if (found >= 0)
        ps->p = q;
    return found;
}

static bool two_digit_year(unsigned *year, size_t digits)
{
    if (digits <= 2)
        *year += *year < 70 ? 2000 : 1900;
    return true;
}

static bool parse_format(parse_state *ps, const char *fmt, size_t fn, int depth);

static bool parse_spec(parse_state *ps, char c, int depth)
{
    unsigned v;
    size_t digits;
    int k;
    switch (c) {
    case 'Y':
        return read_number(ps, 4, &ps->year, &digits) && two_digit_year(&ps->year, digits);
    case 'y':
        return read_number(ps, 2, &ps->year, &digits) && two_digit_year(&ps->year, 2);
    case 'm':
    case 'c':
        return read_number(ps, 2, &ps->month, NULL);
    case 'M':
    case 'b':
        k = read_name(ps, month_names + 1, 12, c == 'b');
        ps->month = (unsigned)(k + 1);
        return k >= 0;
    case 'd':
    case 'e':
        return read_number(ps, 2, &ps->day, NULL);
    case 'D':
        if (!read_number(ps, 2, &ps->day, NULL))
            return false;
        ps->p = ps->p + 2 < ps->n ? ps->p + 2 : ps->n; /* the "st", "nd", "th" */
        return true;
    case 'h':
    case 'I':
    case 'l':
        ps->usa_time = true;
        return read_number(ps, 2, &ps->hour, NULL);
    case 'H':
    case 'k':
        return read_number(ps, 2, &ps->hour, NULL);
    case 'i':
        return read_number(ps, 2, &ps->minute, NULL);
    case 's':
    case 'S':
        return read_number(ps, 2, &ps->second, NULL);
    case 'f': {
        size_t q = ps->p;
        if (!read_number(ps, 6, &v, &digits) || ps->s[q] == '-' || ps->s[q] == '+')
            return false;
        while (digits < 6) {
            v *= 10;
            digits++;
        }
        ps->usec = v;
        return true;
    }
    case 'p':
        if (ps->n - ps->p < 2 || !ps->usa_time)
            return false;
        if ((ps->s[ps->p + 1] | 0x20) != 'm')
            return false;
        if ((ps->s[ps->p] | 0x20) == 'a')
            ps->daypart = 0;
        else if ((ps->s[ps->p] | 0x20) == 'p')
            ps->daypart = 12;
        else
            return false;
        ps->p += 2;
        return true;
    case 'W':
    case 'a':
        k = read_name(ps, day_names, 7, c == 'a');
        ps->weekday = k + 1;
        return k >= 0;
    case 'w':
        if (!read_number(ps, 1, &v, NULL) || v > 6)
            return false;
        ps->weekday = v == 0 ? 7 : (int)v;
        return true;
    case 'j':
        if (!read_number(ps, 3, &v, NULL))
            return false;
        ps->yearday = (int)v;
        return true;
    case 'U':
    case 'u':
    case 'V':
    case 'v':
        ps->week_strict = c == 'V' || c == 'v';
        /* Weeks run 0..53; %V and %v count from 1. */
        if (!read_number(ps, 2, &v, NULL) || v > 53 || (ps->week_strict && v == 0))
            return false;
        ps->week = (int)v;
        ps->week_sunday = c == 'U' || c == 'V';
        return true;
    case 'X':
    case 'x':
        if (!read_number(ps, 4, &v, NULL))
            return false;
        ps->week_year = (int)v;
        ps->week_year_sunday = c == 'X';
        return true;
    case 'r':
        ps->usa_time = true;
        return parse_format(ps, "%I:%i:%S %p", 11, depth + 1);
    case 'T':
        return parse_format(ps, "%H:%i:%S", 8, depth + 1);
    case '.':
        while (ps->p < ps->n && is_punct(ps->s[ps->p]))
            ps->p++;
        return true;
    case '@':
        while (ps->p < ps->n && is_alpha(ps->s[ps->p]))
            ps->p++;
        return true;
    case '#':
        while (ps->p < ps->n && is_digit(ps->s[ps->p]))
            ps->p++;
        return true;
    default:
        return false;
    }
}

/* Walk the format while both it and the value last: spaces in the value
 * are skipped before every element, spaces in the format match nothing,
 * other characters must match exactly.  A value that ends early leaves
 * the remaining parts zero, as MySQL does ('9' with '%m' is 0000-09-00). */
static bool parse_format(parse_state *ps, const char *fmt, size_t fn, int depth)
{
    JK_ASSERT(depth <= 2);
    for (size_t i = 0; i < fn; i++) {
        while (ps->p < ps->n && is_space(ps->s[ps->p]))
            ps->p++;
        if (ps->p == ps->n)
            break;
        if (fmt[i] == '%' && i + 1 < fn) {
            if (!parse_spec(ps, fmt[++i], depth))
                return false;
        } else if (!is_space(fmt[i])) {
            if (ps->s[ps->p] != fmt[i])
                return false;
            ps->p++;
        }
    }
    return true;
}

/* The date of weekday ps->weekday in week ps->week. */
static bool resolve_week(parse_state *ps)
{
    /* %V / %v need %X / %x of the same kind; %U / %u must not have one. */
    if (ps->week_strict ? ps->week_year < 0 || ps->week_year_sunday != ps->week_sunday
                        : ps->week_year >= 0)
        return false;
    unsigned year = ps->week_strict ? (unsigned)ps->week_year : ps->year;
    if (year > 9999)
        return false;
    int64_t start = week1_start(year, !ps->week_sunday, ps->week_sunday);
    int64_t dn = start + (int64_t)(ps->week - 1) * 7 +
                 (ps->week_sunday ? ps->weekday % 7 : ps->weekday - 1);
    return pl_dc_from_daynr(dn, &ps->year, &ps->month, &ps->day);
}

pl_dc_parse_status pl_dc_parse(const char *s, size_t n, const char *fmt, size_t fn,
                               pl_temporal *out)
{
    parse_state ps;
    memset(&ps, 0, sizeof ps);
    ps.s = s;
    ps.n = n;
    ps.yearday = -1;
    ps.week = -1;
    ps.week_year = -1;
    memset(out, 0, sizeof *out);
    out->kind = PL_TM_DATETIME;
    out->fsp = PL_TM_FSP_MAX;
    if (!parse_format(&ps, fmt, fn, 0))
        return PL_DC_PARSE_BAD;
    if (ps.usa_time) {
        if (ps.hour > 12 || ps.hour < 1)
            return PL_DC_PARSE_BAD;
        ps.hour = ps.hour % 12 + (unsigned)ps.daypart;
    }
    if (ps.yearday > 0) {
        if (ps.year > 9999)
            return PL_DC_PARSE_BAD;
        int64_t dn = pl_dc_daynr(ps.year, 1, 1) + ps.yearday - 1;
        if (!pl_dc_from_daynr(dn, &ps.year, &ps.month, &ps.day))
            return PL_DC_PARSE_BAD;
    }
    if (ps.week >= 0 && ps.weekday && !resolve_week(&ps))
        return PL_DC_PARSE_BAD;
    if (ps.year > 9999 || ps.month > 12 || ps.day > 31 || ps.hour > 23 || ps.minute > 59 ||
        ps.second > 59)
        return PL_DC_PARSE_BAD;
    out->year = (uint16_t)ps.year;
    out->month = (uint8_t)ps.month;
    out->day = (uint8_t)ps.day;
    out->hour = (uint16_t)ps.hour;
    out->minute = (uint8_t)ps.minute;
    out->second = (uint8_t)ps.second;
    out->microsecond = ps.usec;
    while (ps.p < ps.n && is_space(s[ps.p]))
        ps.p++;
    return ps.p < ps.n ? PL_DC_PARSE_TRAILING : PL_DC_PARSE_OK;
}
