/*
 * MySQL DATE / TIME / DATETIME parsing and printing (see temporal.h for the
 * rules and representation).
 *
 * Strings are scanned once, left to right, into broken-down fields; the
 * fraction is kept as microseconds plus the 7th digit so that rounding to
 * fsp happens in one place (round_fraction), whose carry then ripples up
 * through the fields (carry_second).  Range checks come last, after the
 * carry, because MySQL checks the value it would store.
 */
#include "temporal.h"

#include <stdio.h>
#include <string.h>

#include <jimkv/assert.h>

/* A field longer than this is out of range anyway; capping the digits
 * accumulated keeps the arithmetic far from overflow. */
#define FIELD_VALUE_CAP 100000000u
#define USEC_PER_SEC 1000000u

static const uint32_t pow10_u32[7] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };

const char *pl_tm_status_name(pl_tm_status st)
{
    switch (st) {
    case PL_TM_OK: return "OK";
    case PL_TM_TRUNCATED: return "TRUNCATED";
    case PL_TM_OUT_OF_RANGE: return "OUT_OF_RANGE";
    case PL_TM_INVALID: return "INVALID";
    }
    return "?";
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static bool is_punct(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
}

static bool is_leap(unsigned y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static unsigned days_in_month(unsigned y, unsigned m)
{
    static const uint8_t dim[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    JK_ASSERT(m >= 1 && m <= 12);
    return m == 2 && is_leap(y) ? 29 : dim[m];
}

/* Zero months and days are allowed (no NO_ZERO_IN_DATE); a real day must
 * exist in its month, which is what turns 2020-02-30 into NULL. */
static bool date_ok(unsigned y, unsigned m, unsigned d)
{
    if (y > 9999 || m > 12 || d > 31)
        return false;
    return m == 0 || d == 0 || d <= days_in_month(y, m);
}

bool pl_tm_valid(const pl_temporal *t)
{
    if (t->kind > PL_TM_DATETIME || t->fsp > PL_TM_FSP_MAX || t->pad_ != 0)
        return false;
    if (t->minute > 59 || t->second > 59 || t->microsecond >= USEC_PER_SEC ||
        t->microsecond % pow10_u32[PL_TM_FSP_MAX - t->fsp] != 0)
        return false;
    if (t->kind == PL_TM_TIME) {
        bool zero = !t->hour && !t->minute && !t->second && !t->microsecond;
        return t->hour <= PL_TM_TIME_HOUR_MAX && !t->year && !t->month && !t->day &&
               !(zero && t->neg);
    }
    if (t->neg || t->hour > 23 || !date_ok(t->year, t->month, t->day))
        return false;
    return t->kind == PL_TM_DATETIME ||
           (!t->hour && !t->minute && !t->second && !t->microsecond && !t->fsp);
}

static void zero_value(pl_tm_kind kind, int fsp, pl_temporal *t)
{
    memset(t, 0, sizeof *t);
    t->kind = (uint8_t)kind;
    t->fsp = (uint8_t)(kind == PL_TM_DATE ? 0 : fsp);
}

/* The scanner: s[0..n) with a cursor. */
typedef struct scan {
    const char *s;
    size_t n, p;
} scan;

static bool at_digit(const scan *c) { return c->p < c->n && is_digit(c->s[c->p]); }
static char peek(const scan *c) { return c->p < c->n ? c->s[c->p] : '\0'; }

/* Read a digit run (at most `max_len` digits when max_len > 0); returns its
 * length, the value capped at FIELD_VALUE_CAP. */
static size_t read_field(scan *c, size_t max_len, uint32_t *value)
{
    size_t len = 0;
    uint32_t v = 0;
    while (at_digit(c) && (max_len == 0 || len < max_len)) {
        if (v < FIELD_VALUE_CAP)
            v = v * 10 + (uint32_t)(c->s[c->p] - '0');
        c->p++;
        len++;
    }
    *value = v;
    return len;
}

/* Fraction digits after the '.': microseconds from the first 6, and whether
 * the 7th rounds them up.  *extra is set when digits beyond the 6th were
 * dropped, which MariaDB reports with a warning. */
static void read_fraction(scan *c, uint32_t *usec, bool *round_up, bool *extra)
{
    size_t len = 0;
    uint32_t v = 0;
    *round_up = false;
    while (at_digit(c)) {
        unsigned d = (unsigned)(c->s[c->p] - '0');
        if (len < 6)
            v = v * 10 + d;
        else if (len == 6)
            *round_up = d >= 5;
        len++;
        c->p++;
    }
    *extra = len > 6;
    if (len < 6)
        v *= pow10_u32[6 - len];
    *usec = v;
}

/* Round microseconds to fsp digits, half up; returns whole seconds carried
 * (0 or 1) and leaves the rest in *usec. */
static unsigned round_fraction(uint32_t *usec, bool round_up, int fsp)
{
    uint32_t v = *usec + (round_up ? 1 : 0);
    uint32_t unit = pow10_u32[PL_TM_FSP_MAX - fsp];
    uint32_t rem = v % unit;
    v -= rem;
    if (rem * 2 >= unit)
        v += unit;
    if (v >= USEC_PER_SEC) {
        *usec = v - USEC_PER_SEC;
        return 1;
    }
    *usec = v;
    return 0;
}

/* Largest fraction that fsp digits can show: .999 for fsp 3. */
static uint32_t max_fraction(int fsp)
{
    return USEC_PER_SEC - pow10_u32[PL_TM_FSP_MAX - fsp];
}

/* Add one second to a valid DATETIME.  When the date cannot move (a zero
 * part, or past 9999-12-31) the fraction is truncated instead, as MariaDB
 * does at 9999-12-31 23:59:59.5, so the value stays in range. */
static void carry_second(pl_temporal *t)
{
    if (++t->second < 60)
        return;
    t->second = 0;
    if (++t->minute < 60)
        return;
    t->minute = 0;
    if (++t->hour < 24)
        return;
    t->hour = 0;
    if (++t->day <= days_in_month(t->year, t->month))
        return;
    t->day = 1;
    if (++t->month <= 12)
        return;
    t->month = 1;
    t->year++;
}

static bool can_carry(const pl_temporal *t)
{
    bool last_second = t->hour == 23 && t->minute == 59 && t->second == 59;
    if (!last_second)
        return true;
    return t->month != 0 && t->day != 0 &&
           !(t->year == 9999 && t->month == 12 && t->day == 31);
}

typedef struct dt_fields {
    uint32_t year, month, day, hour, minute, second, usec;
    bool round_up, extra, has_time;
    size_t year_len;
} dt_fields;

/* YYYYMMDD[hhmmss] / YYMMDD[hhmmss]: the digit count fixes the year width
 * (MySQL: 4 for 4, 8 or 14+ digits, otherwise 2), every other part is 2. */
static bool scan_compact(scan *c, size_t digits, dt_fields *f)
{
    uint32_t *parts[6] = { &f->year, &f->month, &f->day, &f->hour, &f->minute, &f->second };
    size_t left = digits;
    int i;
    f->year_len = (digits == 4 || digits == 8 || digits >= 14) ? 4 : 2;
    for (i = 0; i < 6 && left > 0; i++) {
        size_t want = i == 0 ? f->year_len : 2;
        left -= read_field(c, want < left ? want : left, parts[i]);
    }
    if (left > 0 || i < 3)
        return false;
    f->has_time = i > 3;
    if (peek(c) == '.' && f->has_time) {
        c->p++;
        read_fraction(c, &f->usec, &f->round_up, &f->extra);
    }
    return true;
}

/* Y-M-D[( |T)h[:m[:s]][.frac]] with one punctuation character between
 * parts; returns false when the date has fewer than three parts. */
static bool scan_delimited(scan *c, dt_fields *f)
{
    uint32_t *date[3] = { &f->year, &f->month, &f->day };
    uint32_t *time[3] = { &f->hour, &f->minute, &f->second };
    for (int i = 0; i < 3; i++) {
        if (i > 0) {
            if (!is_punct(peek(c)))
                return false;
            c->p++;
        }
        size_t len = read_field(c, 0, date[i]);
        if (len == 0)
            return false;
        if (i == 0)
            f->year_len = len;
    }
    size_t mark = c->p;
    if (peek(c) == 'T') { /* only upper case: 2020-01-02t10:11:12 is junk */
        c->p++;
    } else {
        while (is_space(peek(c)))
            c->p++;
    }
    if (c->p == mark || !at_digit(c)) {
        c->p = mark;
        return true;
    }
    f->has_time = true;
    read_field(c, 0, time[0]);
    int parts = 1;
    /* Any punctuation, '.' included, separates h, m and s (10.11.12 is
     * 10:11:12); only after the seconds does '.' start the fraction. */
    for (; parts < 3; parts++) {
        mark = c->p;
        if (!is_punct(peek(c)))
            break;
        c->p++;
        if (!at_digit(c)) {
            c->p = mark;
            break;
        }
        read_field(c, 0, time[parts]);
    }
    if (parts == 3 && peek(c) == '.') {
        c->p++;
        read_fraction(c, &f->usec, &f->round_up, &f->extra);
    }
    return true;
}

/* The whole input after the value: whitespace is fine, anything else is
 * ignored with a warning. */
static bool only_space_left(scan *c)
{
    while (is_space(peek(c)))
        c->p++;
    return c->p == c->n;
}

/* Scan a date or datetime string into fields; false means no value. */
static bool scan_datetime(scan *c, dt_fields *f)
{
    memset(f, 0, sizeof *f);
    while (is_space(peek(c)))
        c->p++;
    size_t start = c->p;
    while (at_digit(c))
        c->p++;
    size_t digits = c->p - start;
    char next = peek(c);
    c->p = start;
    if (digits == 0)
        return false;
    if (digits >= 5 && (next == '\0' || next == '.' || is_space(next)))
        return scan_compact(c, digits, f);
    return scan_delimited(c, f);
}

/* Fields to a DATE/DATETIME value, applying the 2-digit-year rule, the
 * range checks and fsp rounding. */
static pl_tm_status fields_to_datetime(dt_fields *f, pl_tm_kind kind, int fsp, pl_temporal *t)
{
    if (f->year_len <= 2)
        f->year += f->year < 70 ? 2000 : 1900;
    if (!date_ok(f->year, f->month, f->day) || f->hour > 23 || f->minute > 59 ||
        f->second > 59)
        return PL_TM_INVALID;
    t->year = (uint16_t)f->year;
    t->month = (uint8_t)f->month;
    t->day = (uint8_t)f->day;
    if (kind == PL_TM_DATE)
        return PL_TM_OK;
    t->hour = (uint16_t)f->hour;
    t->minute = (uint8_t)f->minute;
    t->second = (uint8_t)f->second;
    uint32_t usec = f->usec;
    if (round_fraction(&usec, f->round_up, fsp)) {
        if (can_carry(t))
            carry_second(t);
        else
            usec = max_fraction(fsp);
    }
    t->microsecond = usec;
    return PL_TM_OK;
}

static void clamp_time(int fsp, pl_temporal *t)
{
    t->hour = PL_TM_TIME_HOUR_MAX;
    t->minute = 59;
    t->second = 59;
    t->microsecond = max_fraction(fsp);
}

/* Hours, minutes, seconds, fraction to a TIME value: the carry of rounding
 * first, then the +-838:59:59 clamp. */
static pl_tm_status hms_to_time(uint64_t hours, uint32_t minute, uint32_t second, uint32_t usec,
                                bool round_up, int fsp, pl_temporal *t)
{
    if (minute > 59 || second > 59)
        return PL_TM_INVALID;
    /* Only a value already past the limit warns; one that reaches it by
     * rounding (838:59:59.9999 as TIME(3)) is clamped silently. */
    bool over = hours > PL_TM_TIME_HOUR_MAX;
    if (round_fraction(&usec, round_up, fsp) && ++second == 60) {
        second = 0;
        if (++minute == 60) {
            minute = 0;
            hours++;
        }
    }
    t->microsecond = usec;
    if (hours > PL_TM_TIME_HOUR_MAX) {
        clamp_time(fsp, t);
        return over ? PL_TM_OUT_OF_RANGE : PL_TM_OK;
    }
    t->hour = (uint16_t)hours;
    t->minute = (uint8_t)minute;
    t->second = (uint8_t)second;
    return PL_TM_OK;
}

static pl_tm_status parse_time(scan *c, int fsp, pl_temporal *t)
{
    while (is_space(peek(c)))
        c->p++;
    size_t begin = c->p;
    bool neg = peek(c) == '-';
    if (neg)
        c->p++;
    uint32_t first, h = 0, m = 0, s = 0, usec = 0;
    bool round_up = false, extra = false;
    uint64_t days = 0;
    size_t first_len = read_field(c, 0, &first);
    if (first_len == 0)
        return PL_TM_INVALID;
    char next = peek(c);
    size_t after_first = c->p;
    while (is_space(peek(c)))
        c->p++;
    bool day_form = next != '\0' && is_space(next) && at_digit(c);
    c->p = after_first + 1;
    /* "12:" with nothing after the colon is the bare number 12 followed by
     * junk, not 12:00:00. */
    bool colon_form = next == ':' && at_digit(c);
    c->p = after_first;
    if (first_len >= 12 || (!day_form && !colon_form && next != ':' && next != '.' &&
                            is_punct(next))) {
        /* A full date and time: TIME takes its time part (MySQL's
         * str_to_time falls back to str_to_datetime the same way). */
        dt_fields f;
        pl_temporal dt;
        c->p = begin;
        if (neg || !scan_datetime(c, &f))
            return PL_TM_INVALID;
        zero_value(PL_TM_DATETIME, fsp, &dt);
        if (fields_to_datetime(&f, PL_TM_DATETIME, fsp, &dt) != PL_TM_OK)
            return PL_TM_INVALID;
        t->hour = dt.hour;
        t->minute = dt.minute;
        t->second = dt.second;
        t->microsecond = dt.microsecond;
        return f.extra || !only_space_left(c) ? PL_TM_TRUNCATED : PL_TM_OK;
    }
    if (day_form || colon_form) {
        if (day_form) {
            days = first;
            while (is_space(peek(c)))
                c->p++;
            read_field(c, 0, &h);
        } else {
            h = first;
        }
        uint32_t *rest[2] = { &m, &s };
        for (int i = 0; i < 2; i++) {
            if (peek(c) != ':')
                break;
            c->p++;
            if (read_field(c, 0, rest[i]) == 0)
                break;
        }
    } else {
        /* A bare number is read from the right: 1234 is 00:12:34. */
        h = first / 10000;
        m = first / 100 % 100;
        s = first % 100;
    }
    if (peek(c) == '.') {
        c->p++;
        read_fraction(c, &usec, &round_up, &extra);
    }
    bool junk = !only_space_left(c);
    pl_tm_status st = hms_to_time(days * 24 + h, m, s, usec, round_up, fsp, t);
    if (st == PL_TM_INVALID)
        return st;
    t->neg = neg && (t->hour || t->minute || t->second || t->microsecond);
    if (st == PL_TM_OK && (junk || extra))
        st = PL_TM_TRUNCATED;
    return st;
}

pl_tm_status pl_tm_parse(const char *s, size_t n, pl_tm_kind kind, int fsp, pl_temporal *out)
{
    JK_ASSERT(fsp >= 0 && fsp <= PL_TM_FSP_MAX);
    JK_ASSERT(kind <= PL_TM_DATETIME);
    scan c = { s, n, 0 };
    pl_tm_status st;
    zero_value(kind, fsp, out);
    if (kind == PL_TM_TIME) {
        st = parse_time(&c, out->fsp, out);
    } else {
        dt_fields f;
        if (!scan_datetime(&c, &f)) {
            st = PL_TM_INVALID;
        } else {
            st = fields_to_datetime(&f, kind, out->fsp, out);
            if (st == PL_TM_OK && (!only_space_left(&c) || (kind != PL_TM_DATE && f.extra)))
                st = PL_TM_TRUNCATED;
        }
    }
    if (st == PL_TM_INVALID)
        zero_value(kind, fsp, out);
    JK_ASSERT(pl_tm_valid(out));
    return st;
}

/* MySQL's number_to_datetime(): widen a YYMMDD / YYYYMMDD / YYMMDDhhmmss
 * number to YYYYMMDDhhmmss; the gaps between the forms are invalid. */
static bool widen_datetime_number(uint64_t nr, uint64_t *out)
{
    if (nr == 0) {
        *out = 0;
        return true;
    }
    if (nr < 101)
        return false;
    if (nr <= 691231ull)
        nr = (nr + 20000000ull) * 1000000ull;
    else if (nr < 700101ull)
        return false;
    else if (nr <= 991231ull)
        nr = (nr + 19000000ull) * 1000000ull;
    else if (nr < 10000101ull)
        return false;
    else if (nr <= 99991231ull)
        nr *= 1000000ull;
    else if (nr < 101000000ull)
        return false;
    else if (nr <= 691231235959ull)
        nr += 20000000000000ull;
    else if (nr < 700101000000ull)
        return false;
    else if (nr <= 991231235959ull)
        nr += 19000000000000ull;
    else if (nr < 10000101000000ull || nr > 99991231235959ull)
        return false;
    *out = nr;
    return true;
}

static pl_tm_status number_to_datetime(uint64_t nr, pl_tm_kind kind, pl_temporal *t)
{
    uint64_t w;
    if (!widen_datetime_number(nr, &w))
        return PL_TM_INVALID;
    dt_fields f;
    memset(&f, 0, sizeof f);
    f.year_len = 4;
    f.year = (uint32_t)(w / 10000000000ull);
    f.month = (uint32_t)(w / 100000000ull % 100);
    f.day = (uint32_t)(w / 1000000ull % 100);
    f.hour = (uint32_t)(w / 10000 % 100);
    f.minute = (uint32_t)(w / 100 % 100);
    f.second = (uint32_t)(w % 100);
    return fields_to_datetime(&f, kind, 0, t);
}

pl_tm_status pl_tm_from_int64(int64_t v, pl_tm_kind kind, pl_temporal *out)
{
    JK_ASSERT(kind <= PL_TM_DATETIME);
    pl_tm_status st;
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    zero_value(kind, 0, out);
    if (kind != PL_TM_TIME) {
        st = neg ? PL_TM_INVALID : number_to_datetime(u, kind, out);
    } else if (u >= 10000000000ull) {
        /* 11+ digits: a datetime, of which TIME keeps the time of day. */
        pl_temporal dt;
        zero_value(PL_TM_DATETIME, 0, &dt);
        st = neg ? PL_TM_INVALID : number_to_datetime(u, PL_TM_DATETIME, &dt);
        out->hour = dt.hour;
        out->minute = dt.minute;
        out->second = dt.second;
    } else if (u > 8385959ull) {
        clamp_time(0, out);
        out->neg = neg;
        st = PL_TM_OUT_OF_RANGE;
    } else {
        st = hms_to_time(u / 10000, (uint32_t)(u / 100 % 100), (uint32_t)(u % 100), 0, false, 0,
                         out);
        out->neg = neg && st == PL_TM_OK && u != 0;
    }
    if (st == PL_TM_INVALID)
        zero_value(kind, 0, out);
    JK_ASSERT(pl_tm_valid(out));
    return st;
}

size_t pl_tm_to_string(const pl_temporal *t, char *buf)
{
    JK_ASSERT(pl_tm_valid(t));
    int n;
    if (t->kind == PL_TM_TIME)
        n = snprintf(buf, PL_TM_STR_MAX, "%s%02u:%02u:%02u", t->neg ? "-" : "", (unsigned)t->hour,
                     (unsigned)t->minute, (unsigned)t->second);
    else
        n = snprintf(buf, PL_TM_STR_MAX, "%04u-%02u-%02u", (unsigned)t->year, (unsigned)t->month,
                     (unsigned)t->day);
    if (t->kind == PL_TM_DATETIME)
        n += snprintf(buf + n, PL_TM_STR_MAX - (size_t)n, " %02u:%02u:%02u", (unsigned)t->hour,
                      (unsigned)t->minute, (unsigned)t->second);
    if (t->kind != PL_TM_DATE && t->fsp > 0) {
        char frac[8];
        snprintf(frac, sizeof frac, "%06u", (unsigned)t->microsecond);
        n += snprintf(buf + n, PL_TM_STR_MAX - (size_t)n, ".%.*s", (int)t->fsp, frac);
    }
    JK_ASSERT(n > 0 && n < PL_TM_STR_MAX);
    return (size_t)n;
}
