/*
 * pl_dc tests: calendar arithmetic across leap years, month ends and year
 * boundaries, the 0001 / 9999 limits, WEEK() in its 8 modes, and the
 * DATE_FORMAT / STR_TO_DATE engines.  Expected values are MariaDB 10.11's
 * answers (TO_DAYS, WEEK, DATE_ADD ... on the same dates); the week and
 * format engines were also compared with MariaDB on every day of
 * 1890-2054, 0001-0003 and 9997-9999.
 */
#include "datetime_calc.h"

#include "../../../test/jk_test.h"

static pl_temporal date(unsigned y, unsigned m, unsigned d)
{
    pl_temporal t = { .kind = PL_TM_DATE, .year = (uint16_t)y, .month = (uint8_t)m, .day = (uint8_t)d };
    return t;
}

static pl_temporal datetime(unsigned y, unsigned m, unsigned d, unsigned h, unsigned mi, unsigned s,
                            unsigned us)
{
    pl_temporal t = date(y, m, d);
    t.kind = PL_TM_DATETIME;
    t.hour = (uint16_t)h;
    t.minute = (uint8_t)mi;
    t.second = (uint8_t)s;
    t.microsecond = us;
    t.fsp = us ? 6 : 0;
    return t;
}

static const char *str(const pl_temporal *t, char *buf)
{
    pl_tm_to_string(t, buf);
    return buf;
}

/* DATE_ADD(t, INTERVAL months MONTH) as text, or "overflow". */
static const char *add_months(pl_temporal t, int64_t months, char *buf)
{
    if (!pl_dc_add_months(&t, months))
        return "overflow";
    return str(&t, buf);
}

/* DATE_ADD(t, INTERVAL us MICROSECOND) as DATETIME text, or "overflow". */
static const char *add_usec(pl_temporal t, int64_t us, char *buf)
{
    pl_temporal r;
    if (!pl_dc_from_usec(pl_dc_to_usec(&t) + us, &r))
        return "overflow";
    r.fsp = r.microsecond ? 6 : t.fsp;
    return str(&r, buf);
}

#define DAY_US PL_DC_USEC_PER_DAY
#define SEC_US PL_DC_USEC_PER_SEC

TEST(calendar, leap_years_follow_the_gregorian_rule)
{
    CHECK(!pl_dc_is_leap(1900));
    CHECK(pl_dc_is_leap(2000));
    CHECK(pl_dc_is_leap(2024));
    CHECK(!pl_dc_is_leap(2023));
    CHECK(!pl_dc_is_leap(2100));
    CHECK(pl_dc_is_leap(2400));
    CHECK(pl_dc_is_leap(4));
    CHECK(!pl_dc_is_leap(0)); /* MySQL's year 0 has 365 days */
    CHECK_EQ_INT(pl_dc_days_in_month(1900, 2), 28);
    CHECK_EQ_INT(pl_dc_days_in_month(2000, 2), 29);
    CHECK_EQ_INT(pl_dc_days_in_month(2024, 2), 29);
    CHECK_EQ_INT(pl_dc_days_in_month(2023, 2), 28);
    CHECK_EQ_INT(pl_dc_days_in_month(2023, 4), 30);
    CHECK_EQ_INT(pl_dc_days_in_month(2023, 12), 31);
    CHECK_EQ_INT(pl_dc_days_in_year(1900), 365);
    CHECK_EQ_INT(pl_dc_days_in_year(2000), 366);
}

TEST(calendar, day_numbers_are_mysql_to_days)
{
    CHECK_EQ_INT(pl_dc_daynr(0, 0, 0), 0);
    CHECK_EQ_INT(pl_dc_daynr(0, 1, 1), 1);
    CHECK_EQ_INT(pl_dc_daynr(0, 12, 31), 365);
    CHECK_EQ_INT(pl_dc_daynr(0, 3, 1), 60);
    CHECK_EQ_INT(pl_dc_daynr(1, 1, 1), 366);
    CHECK_EQ_INT(pl_dc_daynr(1970, 1, 1), 719528);
    CHECK_EQ_INT(pl_dc_daynr(2000, 1, 1), 730485);
    CHECK_EQ_INT(pl_dc_daynr(9999, 12, 31), PL_DC_DAYNR_MAX);
    /* 1900 is not leap, 2000 is: March 1st is 60 or 61 days after Jan 1. */
    CHECK_EQ_INT(pl_dc_daynr(1900, 3, 1) - pl_dc_daynr(1900, 1, 1), 59);
    CHECK_EQ_INT(pl_dc_daynr(2000, 3, 1) - pl_dc_daynr(2000, 1, 1), 60);
    /* A zero month counts as 31 days before January (DATE_FORMAT of
     * 2020-00-00 names a Saturday). */
    CHECK_EQ_INT(pl_dc_weekday(pl_dc_daynr(2020, 0, 0), false), 5);
}

TEST(calendar, from_daynr_inverts_daynr_and_rejects_year_0)
{
    unsigned y, m, d;
    for (int64_t n = PL_DC_DAYNR_MIN; n <= PL_DC_DAYNR_MAX; n += 997) {
        CHECK(pl_dc_from_daynr(n, &y, &m, &d));
        CHECK_EQ_INT(pl_dc_daynr(y, m, d), n);
    }
    CHECK(pl_dc_from_daynr(PL_DC_DAYNR_MAX, &y, &m, &d));
    CHECK(y == 9999 && m == 12 && d == 31);
    CHECK(pl_dc_from_daynr(730485 + 59, &y, &m, &d));
    CHECK(y == 2000 && m == 2 && d == 29);
    CHECK(!pl_dc_from_daynr(365, &y, &m, &d));
    CHECK(y == 0 && m == 0 && d == 0);
    CHECK(!pl_dc_from_daynr(PL_DC_DAYNR_MAX + 1, &y, &m, &d));
    CHECK(!pl_dc_from_daynr(-1, &y, &m, &d));
}

TEST(calendar, weekdays)
{
    /* 2000-01-01 was a Saturday; 2024-02-29 a Thursday. */
    CHECK_EQ_INT(pl_dc_weekday(pl_dc_daynr(2000, 1, 1), false), 5);
    CHECK_EQ_INT(pl_dc_weekday(pl_dc_daynr(2000, 1, 1), true), 6);
    CHECK_EQ_INT(pl_dc_weekday(pl_dc_daynr(2024, 2, 29), false), 3);
    CHECK_EQ_INT(pl_dc_weekday(pl_dc_daynr(1900, 1, 1), false), 0);
    CHECK_EQ_INT(pl_dc_weekday(pl_dc_daynr(0, 1, 1), true), 0); /* a Sunday */
}

TEST(add, months_clamp_to_the_end_of_the_month)
{
    char b[PL_TM_STR_MAX];
    CHECK_EQ_STR(add_months(date(2020, 1, 31), 1, b), "2020-02-29");
    CHECK_EQ_STR(add_months(date(2021, 1, 31), 1, b), "2021-02-28");
    CHECK_EQ_STR(add_months(date(1900, 1, 31), 1, b), "1900-02-28");
    CHECK_EQ_STR(add_months(date(2000, 1, 31), 1, b), "2000-02-29");
    CHECK_EQ_STR(add_months(date(2020, 3, 31), 1, b), "2020-04-30");
    CHECK_EQ_STR(add_months(date(2020, 3, 31), -1, b), "2020-02-29");
    CHECK_EQ_STR(add_months(date(2020, 2, 29), 12, b), "2021-02-28");
    CHECK_EQ_STR(add_months(date(2020, 2, 29), 48, b), "2024-02-29");
    CHECK_EQ_STR(add_months(date(2000, 2, 29), -1200, b), "1900-02-28");
    CHECK_EQ_STR(add_months(date(2020, 12, 15), 1, b), "2021-01-15");
    CHECK_EQ_STR(add_months(date(2021, 1, 15), -1, b), "2020-12-15");
    CHECK_EQ_STR(add_months(date(2020, 5, 31), -3, b), "2020-02-29");
    /* The time of day is kept. */
    CHECK_EQ_STR(add_months(datetime(2020, 1, 31, 10, 20, 30, 5), 1, b),
                 "2020-02-29 10:20:30.000005");
}

TEST(add, months_stop_at_0001_and_9999)
{
    char b[PL_TM_STR_MAX];
    CHECK_EQ_STR(add_months(date(9999, 12, 1), 0, b), "9999-12-01");
    CHECK_EQ_STR(add_months(date(9999, 11, 30), 1, b), "9999-12-30");
    CHECK_EQ_STR(add_months(date(9999, 12, 31), 1, b), "overflow");
    CHECK_EQ_STR(add_months(date(1, 1, 31), -1, b), "0000-12-31"); /* as MariaDB */
    CHECK_EQ_STR(add_months(date(0, 1, 31), -1, b), "overflow");
    CHECK_EQ_STR(add_months(date(1, 2, 1), -1, b), "0001-01-01");
    CHECK_EQ_STR(add_months(date(2020, 1, 1), 120000, b), "overflow");
    CHECK_EQ_STR(add_months(date(2020, 1, 1), INT64_MAX, b), "overflow");
    CHECK_EQ_STR(add_months(date(2020, 1, 1), INT64_MIN, b), "overflow");
}

TEST(add, days_and_times_cross_month_and_year_ends)
{
    char b[PL_TM_STR_MAX];
    pl_temporal t = datetime(2020, 2, 28, 0, 0, 0, 0);
    CHECK_EQ_STR(add_usec(t, DAY_US, b), "2020-02-29 00:00:00");
    CHECK_EQ_STR(add_usec(t, 2 * DAY_US, b), "2020-03-01 00:00:00");
    t = datetime(1900, 2, 28, 0, 0, 0, 0);
    CHECK_EQ_STR(add_usec(t, DAY_US, b), "1900-03-01 00:00:00");
    t = datetime(2000, 2, 28, 0, 0, 0, 0);
    CHECK_EQ_STR(add_usec(t, DAY_US, b), "2000-02-29 00:00:00");
    t = datetime(2023, 12, 31, 23, 59, 59, 0);
    CHECK_EQ_STR(add_usec(t, SEC_US, b), "2024-01-01 00:00:00");
    t = datetime(2024, 1, 1, 0, 0, 0, 0);
    CHECK_EQ_STR(add_usec(t, -1, b), "2023-12-31 23:59:59.999999");
    t = datetime(2024, 3, 1, 0, 0, 0, 0);
    CHECK_EQ_STR(add_usec(t, -DAY_US, b), "2024-02-29 00:00:00");
    CHECK_EQ_STR(add_usec(t, -366 * DAY_US, b), "2023-03-01 00:00:00");
    t = datetime(2020, 1, 1, 0, 0, 0, 500000);
    CHECK_EQ_STR(add_usec(t, -750000, b), "2019-12-31 23:59:59.750000");
}

TEST(add, days_stop_at_0001_and_9999)
{
    char b[PL_TM_STR_MAX];
    pl_temporal t = datetime(9999, 12, 31, 23, 59, 59, 0);
    CHECK_EQ_STR(add_usec(t, 999999, b), "9999-12-31 23:59:59.999999");
    CHECK_EQ_STR(add_usec(t, SEC_US, b), "overflow");
    t = datetime(1, 1, 1, 0, 0, 0, 0);
    CHECK_EQ_STR(add_usec(t, 0, b), "0001-01-01 00:00:00");
    CHECK_EQ_STR(add_usec(t, -1, b), "overflow"); /* year 0: MariaDB's overflow */
    t = datetime(0, 1, 1, 0, 0, 0, 0);
    CHECK_EQ_STR(add_usec(t, DAY_US, b), "overflow");
    CHECK_EQ_STR(add_usec(t, 365 * DAY_US, b), "0001-01-01 00:00:00");
}

TEST(time, microsecond_round_trip_and_limits)
{
    pl_temporal t;
    char b[PL_TM_STR_MAX];
    CHECK(pl_dc_time_from_usec(PL_DC_TIME_USEC_MAX, 6, &t));
    CHECK_EQ_STR(str(&t, b), "838:59:59.999999");
    CHECK(pl_dc_time_from_usec(-PL_DC_TIME_USEC_MAX, 6, &t));
    CHECK_EQ_STR(str(&t, b), "-838:59:59.999999");
    CHECK_EQ_INT(pl_dc_time_to_usec(&t), -PL_DC_TIME_USEC_MAX);
    CHECK(!pl_dc_time_from_usec(PL_DC_TIME_USEC_MAX + 1, 6, &t));
    CHECK(pl_dc_time_from_usec(-1500000, 1, &t));
    CHECK_EQ_STR(str(&t, b), "-00:00:01.5");
}

TEST(time, unix_time_in_a_zone)
{
    pl_temporal t;
    char b[PL_TM_STR_MAX];
    CHECK(pl_dc_from_unix_usec(1700000000LL * SEC_US, 0, 0, &t));
    CHECK_EQ_STR(str(&t, b), "2023-11-14 22:13:20");
    CHECK(pl_dc_from_unix_usec(1700000000LL * SEC_US + 123456, 19800, 3, &t));
    CHECK_EQ_STR(str(&t, b), "2023-11-15 03:43:20.123"); /* +05:30, truncated */
    CHECK_EQ_INT(pl_dc_to_unix_usec(&t, 19800), 1700000000LL * SEC_US + 123000);
    CHECK(pl_dc_from_unix_usec(0, -3600, 0, &t));
    CHECK_EQ_STR(str(&t, b), "1969-12-31 23:00:00");
}

/* WEEK(d, 0..7) and YEARWEEK(d, 0..7) around new year, as MariaDB gives. */
static void weeks(unsigned y, unsigned m, unsigned d, char *out, bool yearweek)
{
    int n = 0;
    for (unsigned mode = 0; mode < 8; mode++) {
        unsigned wy, w = pl_dc_week(y, m, d, mode, yearweek, &wy);
        n += snprintf(out + n, 128 - (size_t)n, mode ? " %u" : "%u", yearweek ? wy * 100 + w : w);
    }
}

TEST(week, all_eight_modes_around_new_year)
{
    char b[128];
    weeks(2020, 1, 1, b, false); /* a Wednesday */
    CHECK_EQ_STR(b, "0 1 52 1 1 0 1 52");
    weeks(2020, 1, 5, b, false); /* the first Sunday */
    CHECK_EQ_STR(b, "1 1 1 1 2 0 2 52");
    weeks(2020, 1, 6, b, false); /* the first Monday */
    CHECK_EQ_STR(b, "1 2 1 2 2 1 2 1");
    weeks(2019, 12, 31, b, false);
    CHECK_EQ_STR(b, "52 53 52 1 53 52 1 52");
    weeks(2021, 1, 1, b, false); /* a Friday: 4-day weeks start later */
    CHECK_EQ_STR(b, "0 0 52 53 0 0 53 52");
    weeks(2017, 1, 1, b, false); /* a Sunday */
    CHECK_EQ_STR(b, "1 0 1 52 1 0 1 52");
    weeks(2024, 12, 30, b, false);
    CHECK_EQ_STR(b, "52 53 52 1 53 53 1 53");
    weeks(2024, 12, 30, b, true);
    CHECK_EQ_STR(b, "202452 202501 202452 202501 202501 202453 202501 202453");
    weeks(2017, 1, 1, b, true);
    CHECK_EQ_STR(b, "201701 201652 201701 201652 201701 201652 201701 201652");
    weeks(2019, 12, 31, b, true);
    CHECK_EQ_STR(b, "201952 202001 201952 202001 202001 201952 202001 201952");
    weeks(2021, 1, 1, b, true);
    CHECK_EQ_STR(b, "202052 202053 202052 202053 202053 202052 202053 202052");
}

static const char *fmt(const pl_temporal *t, bool time_only, const char *f, char *out)
{
    long n = pl_dc_format(t, time_only, f, strlen(f), out, strlen(f) * PL_DC_FORMAT_EXPANSION + 32);
    if (n < 0)
        return "NULL";
    out[n] = '\0';
    return out;
}

TEST(format, every_specifier)
{
    char b[512];
    pl_temporal t = datetime(2020, 1, 2, 3, 4, 5, 678000);
    CHECK_EQ_STR(fmt(&t, false,
                     "%a %b %c %D %d %e %f %H %h %I %i %j %k %l %M %m %p %r %S %s %T %U %u %V "
                     "%v %W %w %X %x %Y %y %% %Q %",
                     b),
                 "Thu Jan 1 2nd 02 2 678000 03 03 03 04 002 3 3 January 01 AM 03:04:05 AM 05 "
                 "05 03:04:05 00 01 52 01 Thursday 4 2019 2020 2020 20 % Q %");
    t = datetime(2023, 12, 13, 23, 59, 0, 0);
    CHECK_EQ_STR(fmt(&t, false, "%D %h %l %p %r %j", b), "13th 11 11 PM 11:59:00 PM 347");
    t = datetime(2023, 12, 21, 12, 0, 0, 0);
    CHECK_EQ_STR(fmt(&t, false, "%D %h %p %r", b), "21st 12 PM 12:00:00 PM");
    t = datetime(2023, 12, 22, 0, 0, 0, 0);
    CHECK_EQ_STR(fmt(&t, false, "%D %h %p", b), "22nd 12 AM");
    t = datetime(2023, 12, 23, 0, 0, 0, 0);
    CHECK_EQ_STR(fmt(&t, false, "%D", b), "23rd");
}

TEST(format, zero_dates_and_times)
{
    char b[256];
    pl_temporal z = date(0, 0, 0);
    CHECK_EQ_STR(fmt(&z, false, "%Y-%m-%d %c %e %D %y", b), "0000-00-00 0 0 0th 00");
    CHECK_EQ_STR(fmt(&z, false, "%a", b), "NULL");
    CHECK_EQ_STR(fmt(&z, false, "%M", b), "NULL");
    CHECK_EQ_STR(fmt(&z, false, "%j", b), "NULL");
    CHECK_EQ_STR(fmt(&z, false, "%w", b), "NULL");
    pl_temporal t = { .kind = PL_TM_TIME, .neg = true, .hour = 100, .minute = 2, .second = 3,
                      .microsecond = 500000, .fsp = 1 };
    CHECK_EQ_STR(fmt(&t, true, "%H %k %h %I %l %i %s %f %p %r %T", b),
                 "-100 100 04 04 4 02 03 500000 AM 04:02:03 AM 100:02:03");
    CHECK_EQ_STR(fmt(&t, true, "%D", b), "NULL");
    CHECK_EQ_STR(fmt(&t, true, "%U", b), "NULL");
}

static const char *parse(const char *s, const char *f, char *out)
{
    pl_temporal t;
    pl_dc_parse_status st = pl_dc_parse(s, strlen(s), f, strlen(f), &t);
    if (st == PL_DC_PARSE_BAD)
        return "BAD";
    int n = snprintf(out, 64, "%04u-%02u-%02u %02u:%02u:%02u.%06u", t.year, t.month, t.day, t.hour,
                     t.minute, t.second, t.microsecond);
    if (st == PL_DC_PARSE_TRAILING)
        snprintf(out + n, 8, " +");
    return out;
}

TEST(parse, str_to_date_formats)
{
    char b[80];
    CHECK_EQ_STR(parse("2020-01-02", "%Y-%m-%d", b), "2020-01-02 00:00:00.000000");
    CHECK_EQ_STR(parse(" 2020 - 01 - 02 ", "%Y-%m-%d", b), "2020-01-02 00:00:00.000000");
    CHECK_EQ_STR(parse("01 10", "%d %H", b), "0000-00-01 10:00:00.000000");
    CHECK_EQ_STR(parse("9", "%m", b), "0000-09-00 00:00:00.000000");
    CHECK_EQ_STR(parse("2020", "%Y-%m-%d", b), "2020-00-00 00:00:00.000000");
    CHECK_EQ_STR(parse("20", "%Y", b), "2020-00-00 00:00:00.000000");
    CHECK_EQ_STR(parse("200", "%Y", b), "0200-00-00 00:00:00.000000");
    CHECK_EQ_STR(parse("70", "%y", b), "1970-00-00 00:00:00.000000");
    CHECK_EQ_STR(parse("20200102", "%Y%m%d", b), "2020-01-02 00:00:00.000000");
    CHECK_EQ_STR(parse("10 pm", "%h %p", b), "0000-00-00 22:00:00.000000");
    CHECK_EQ_STR(parse("12 am", "%h %p", b), "0000-00-00 00:00:00.000000");
    CHECK_EQ_STR(parse("10:11:12 PM", "%r", b), "0000-00-00 22:11:12.000000");
    CHECK_EQ_STR(parse("10:11:12.5", "%T.%f", b), "0000-00-00 10:11:12.500000");
    CHECK_EQ_STR(parse("12345", "%f", b), "0000-00-00 00:00:00.123450");
    CHECK_EQ_STR(parse("1234567", "%f", b), "0000-00-00 00:00:00.123456 +");
    CHECK_EQ_STR(parse("Jan 1 2020", "%M %d %Y", b), "2020-01-01 00:00:00.000000");
    CHECK_EQ_STR(parse("Ja 1 2020", "%b %d %Y", b), "2020-01-01 00:00:00.000000");
    CHECK_EQ_STR(parse("1st Jan 20", "%D %b %y", b), "2020-01-01 00:00:00.000000");
    CHECK_EQ_STR(parse("2020 10", "%Y %j", b), "2020-01-10 00:00:00.000000");
    CHECK_EQ_STR(parse("2020 5 Monday", "%X %V %W", b), "2020-02-03 00:00:00.000000");
    CHECK_EQ_STR(parse("2020 5 Monday", "%Y %U %W", b), "2020-02-03 00:00:00.000000");
    CHECK_EQ_STR(parse("2020 5 1", "%x %v %w", b), "2020-01-27 00:00:00.000000");
    CHECK_EQ_STR(parse("1.2.3", "%d%.%m%.%y", b), "2003-02-01 00:00:00.000000");
    CHECK_EQ_STR(parse("abc2020", "%@%Y", b), "2020-00-00 00:00:00.000000");
    CHECK_EQ_STR(parse("2020-01-01 junk", "%Y-%m-%d", b), "2020-01-01 00:00:00.000000 +");
}

TEST(parse, str_to_date_rejects)
{
    char b[80];
    CHECK_EQ_STR(parse("abc", "%Y", b), "BAD");
    CHECK_EQ_STR(parse("-1", "%d", b), "BAD");
    CHECK_EQ_STR(parse("January 1 2020", "%b %d %Y", b), "BAD");
    CHECK_EQ_STR(parse("Ju 1 2020", "%M %d %Y", b), "BAD"); /* June or July? */
    CHECK_EQ_STR(parse("2020%01", "%Y%%%m", b), "BAD");
    CHECK_EQ_STR(parse("2020x01", "%Y-%m", b), "BAD");
    CHECK_EQ_STR(parse("25:00", "%H:%i", b), "BAD");
    CHECK_EQ_STR(parse("13 pm", "%h %p", b), "BAD");
    CHECK_EQ_STR(parse("10 pm", "%H %p", b), "BAD");
    CHECK_EQ_STR(parse("2020 5 Monday", "%X %U %W", b), "BAD"); /* %U takes %Y */
    CHECK_EQ_STR(parse("9999 400", "%Y %j", b), "BAD");
}

TEST(parse, format_parts_choose_the_result_type)
{
    CHECK_EQ_INT(pl_dc_format_parts("%Y-%m-%d", 8), PL_DC_PART_DATE);
    CHECK_EQ_INT(pl_dc_format_parts("%H:%i:%s", 8), PL_DC_PART_TIME);
    CHECK_EQ_INT(pl_dc_format_parts("%Y %T.%f", 8), PL_DC_PART_DATE | PL_DC_PART_TIME | PL_DC_PART_FRAC);
    CHECK_EQ_INT(pl_dc_format_parts("%d %H", 5), PL_DC_PART_TIME); /* %d is no date part */
    CHECK_EQ_INT(pl_dc_format_parts("abc", 3), 0);
}

TEST(interval, compound_strings_split_like_mysql)
{
    uint64_t v[5];
    bool neg;
    CHECK(pl_dc_split_interval("1:2", 3, 3, false, v, &neg));
    CHECK(!neg && v[0] == 0 && v[1] == 1 && v[2] == 2);
    CHECK(pl_dc_split_interval("-1 2", 4, 2, false, v, &neg));
    CHECK(neg && v[0] == 1 && v[1] == 2);
    CHECK(pl_dc_split_interval("1.5", 3, 5, true, v, &neg));
    CHECK(v[0] == 0 && v[3] == 1 && v[4] == 500000);
    CHECK(pl_dc_split_interval("1.1234567", 9, 2, true, v, &neg));
    CHECK(v[0] == 1 && v[1] == 123456);
    CHECK(!pl_dc_split_interval("1:2:3:4", 7, 3, false, v, &neg));
    CHECK(pl_dc_split_interval("  5", 3, 2, false, v, &neg));
    CHECK(v[0] == 0 && v[1] == 5);
    CHECK(!pl_dc_split_interval("99999999999999999999999:1", 25, 2, false, v, &neg));
    CHECK(pl_dc_split_interval("99999999999999999:1", 19, 2, false, v, &neg));
    CHECK(v[0] == 99999999999999999ull && v[1] == 1);
}

TEST(interval, totals_overflow_instead_of_wrapping)
{
    pl_dc_interval iv = { .neg = true };
    int64_t us, months;
    iv.f[PL_DC_IV_DAY] = 1;
    iv.f[PL_DC_IV_USEC] = 5;
    CHECK(pl_dc_interval_usec(&iv, false, &us));
    CHECK_EQ_INT(us, -(DAY_US + 5));
    CHECK(pl_dc_interval_usec(&iv, true, &us)); /* DATE_SUB of a negative interval */
    CHECK_EQ_INT(us, DAY_US + 5);
    iv.f[PL_DC_IV_SECOND] = UINT64_MAX;
    CHECK(!pl_dc_interval_usec(&iv, false, &us));
    iv.f[PL_DC_IV_YEAR] = 2;
    iv.f[PL_DC_IV_MONTH] = 3;
    CHECK(pl_dc_interval_months(&iv, false, &months));
    CHECK_EQ_INT(months, -27);
    iv.f[PL_DC_IV_YEAR] = UINT64_MAX / 12;
    CHECK(!pl_dc_interval_months(&iv, false, &months));
}

TEST(diff, whole_months_need_the_day_and_time_reached)
{
    pl_temporal a = datetime(2020, 1, 31, 0, 0, 0, 0), b = datetime(2020, 2, 29, 0, 0, 0, 0);
    CHECK_EQ_INT(pl_dc_months_between(&a, &b), 0);
    CHECK_EQ_INT(pl_dc_months_between(&b, &a), 0);
    a = datetime(2020, 1, 29, 0, 0, 0, 0);
    CHECK_EQ_INT(pl_dc_months_between(&a, &b), 1);
    CHECK_EQ_INT(pl_dc_months_between(&b, &a), -1);
    a = datetime(2020, 1, 15, 10, 0, 0, 1);
    b = datetime(2020, 2, 15, 10, 0, 0, 0);
    CHECK_EQ_INT(pl_dc_months_between(&a, &b), 0);
    b.microsecond = 1;
    b.fsp = 6;
    CHECK_EQ_INT(pl_dc_months_between(&a, &b), 1);
    a = datetime(2000, 2, 29, 0, 0, 0, 0);
    b = datetime(2004, 2, 29, 0, 0, 0, 0);
    CHECK_EQ_INT(pl_dc_months_between(&a, &b), 48);
    b = datetime(2001, 2, 28, 0, 0, 0, 0);
    CHECK_EQ_INT(pl_dc_months_between(&a, &b), 11);
}

TEST(round, fractions_round_half_up_and_carry)
{
    char b[PL_TM_STR_MAX];
    pl_temporal t = datetime(2020, 12, 31, 23, 59, 59, 999500);
    pl_dc_round_fsp(&t, 3, false);
    CHECK_EQ_STR(str(&t, b), "2021-01-01 00:00:00.000");
    t = datetime(2020, 12, 31, 23, 59, 59, 999500);
    pl_dc_round_fsp(&t, 3, true);
    CHECK_EQ_STR(str(&t, b), "2020-12-31 23:59:59.999");
    t = datetime(9999, 12, 31, 23, 59, 59, 999999);
    pl_dc_round_fsp(&t, 0, false); /* cannot move past 9999: truncated */
    CHECK_EQ_STR(str(&t, b), "9999-12-31 23:59:59");
    CHECK(pl_dc_time_from_usec(-PL_DC_TIME_USEC_MAX, 6, &t));
    pl_dc_round_fsp(&t, 2, false);
    CHECK_EQ_STR(str(&t, b), "-838:59:59.99");
    CHECK(pl_dc_time_from_usec(-1500000, 6, &t));
    pl_dc_round_fsp(&t, 0, false);
    CHECK_EQ_STR(str(&t, b), "-00:00:02");
}

TEST(args, string_shapes)
{
    CHECK_EQ_INT(pl_dc_string_fsp("10:00:00.25", 11), 2);
    CHECK_EQ_INT(pl_dc_string_fsp("2020-01-01 10:00:00.1234567 ", 28), 6);
    CHECK_EQ_INT(pl_dc_string_fsp("123456.5", 8), 1);
    CHECK_EQ_INT(pl_dc_string_fsp("2020.01.02", 10), 0);
    CHECK_EQ_INT(pl_dc_string_fsp("2020-01-02", 10), 0);
    CHECK(!pl_dc_string_has_time("2020-01-02", 10));
    CHECK(pl_dc_string_has_time("2020-01-02 10:00", 16));
    CHECK(pl_dc_string_has_time("2020-01-02T10:00", 16));
    CHECK(!pl_dc_string_has_time("2020-01-02 ", 11));
    CHECK(!pl_dc_string_has_time("20200102", 8));
    CHECK(pl_dc_string_has_time("20200102100000", 14));
    CHECK(!pl_dc_string_has_time("200102", 6));
    CHECK(pl_dc_string_has_time("200102100000", 12));
    CHECK(pl_dc_string_is_datetime("2020-01-02 10:00:00", 19));
    CHECK(pl_dc_string_is_datetime("20200102100000", 14));
    CHECK(!pl_dc_string_is_datetime("10:00:00", 8));
    CHECK(!pl_dc_string_is_datetime("-10:00:00", 9));
    CHECK(!pl_dc_string_is_datetime("1 10:00:00", 10));
}

TEST(args, offsets_periods_and_formats)
{
    int32_t off;
    CHECK(pl_dc_parse_offset("+05:30", 6, &off) && off == 19800);
    CHECK(pl_dc_parse_offset("-1:00", 5, &off) && off == -3600);
    CHECK(pl_dc_parse_offset("+14:00", 6, &off) && off == 50400);
    CHECK(pl_dc_parse_offset("-13:59", 6, &off) && off == -50340);
    CHECK(!pl_dc_parse_offset("+14:01", 6, &off));
    CHECK(!pl_dc_parse_offset("-14:00", 6, &off));
    CHECK(!pl_dc_parse_offset("+00:60", 6, &off));
    CHECK(!pl_dc_parse_offset("00:00", 5, &off));
    CHECK(!pl_dc_parse_offset("UTC", 3, &off));
    CHECK_EQ_INT(pl_dc_period_add(202001, 13), 202102);
    CHECK_EQ_INT(pl_dc_period_add(2001, 1), 202002);
    CHECK_EQ_INT(pl_dc_period_add(7001, -1), 196912);
    CHECK_EQ_INT(pl_dc_period_add(0, 5), 0);
    CHECK_EQ_INT(pl_dc_period_diff(202001, 199912), 241);
    CHECK_EQ_INT(pl_dc_period_diff(2001, 9912), 241);
    CHECK_EQ_STR(pl_dc_get_format(0, "usa", 3), "%m.%d.%Y");
    CHECK_EQ_STR(pl_dc_get_format(2, "USA", 3), "%h:%i:%s %p");
    CHECK_EQ_STR(pl_dc_get_format(1, "INTERNAL", 8), "%Y%m%d%H%i%s");
    CHECK(pl_dc_get_format(0, "XYZ", 3) == NULL);
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
