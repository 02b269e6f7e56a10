/*
 * pl_temporal tests: every case in temporal_cases.txt must give exactly the
 * answer MariaDB 10.11 gave (temporal_cases.expected, recorded by
 * record_temporal.py), plus focused unit tests of the representation.
 */
#include "temporal.h"

#include "../../../test/jk_test.h"
#include "recorded_cases.h"


static const char *str(const pl_temporal *t, char *buf)
{
    pl_tm_to_string(t, buf);
    return buf;
}

/* Evaluate one case line the way record_temporal.py's SQL does, writing the
 * result in the .expected format: value or NULL, then " W" on a warning. */
static void eval_case(const char *line, char *out)
{
    char kind[16];
    const char *sp = strchr(line, ' ');
    size_t klen = sp ? (size_t)(sp - line) : strlen(line);
    if (!sp || klen >= sizeof kind) {
        strcpy(out, "?bad case");
        return;
    }
    memcpy(kind, line, klen);
    kind[klen] = '\0';
    const char *text = sp + 1;
    pl_temporal t;
    pl_tm_status st;
    size_t ilen = strlen(kind);
    if (ilen > 3 && strcmp(kind + ilen - 3, "int") == 0) {
        pl_tm_kind k = kind[0] == 'd' ? (kind[4] == 't' ? PL_TM_DATETIME : PL_TM_DATE) : PL_TM_TIME;
        st = pl_tm_from_int64(strtoll(text, NULL, 10), k, &t);
    } else {
        pl_tm_kind k;
        const char *fsp_text;
        if (strncmp(kind, "datetime", 8) == 0) {
            k = PL_TM_DATETIME;
            fsp_text = kind + 8;
        } else if (strncmp(kind, "date", 4) == 0) {
            k = PL_TM_DATE;
            fsp_text = kind + 4;
        } else if (strncmp(kind, "time", 4) == 0) {
            k = PL_TM_TIME;
            fsp_text = kind + 4;
        } else {
            strcpy(out, "?unknown kind");
            return;
        }
        st = pl_tm_parse(text, strlen(text), k, atoi(fsp_text), &t);
    }
    if (st == PL_TM_INVALID) {
        strcpy(out, "NULL W");
        return;
    }
    size_t n = pl_tm_to_string(&t, out);
    if (st != PL_TM_OK)
        strcpy(out + n, " W");
}

static int check_case(const char *line, const char *want)
{
    char got[CASE_LINE_MAX];
    eval_case(line, got);
    if (strcmp(got, want) == 0) return 0;
    fprintf(stderr, "case '%s':\n  got:    %s\n  wanted: %s\n", line, got, want);
    return 1;
}

TEST(temporal, matches_every_recorded_mariadb_case)
{
    int failed = 0;
    int n = run_recorded_cases(PL_TEMPORAL_TEST_DIR, "temporal", check_case, &failed);
    CHECK_EQ_INT(failed, 0);
    CHECK(n >= 120);
}

TEST(temporal, print_round_trips_parse)
{
    static const struct {
        pl_tm_kind kind;
        int fsp;
        const char *text;
    } cases[] = {
        { PL_TM_DATE, 0, "2020-01-02" },
        { PL_TM_DATE, 0, "0000-00-00" },
        { PL_TM_DATETIME, 0, "9999-12-31 23:59:59" },
        { PL_TM_DATETIME, 6, "2020-02-29 00:00:00.000001" },
        { PL_TM_DATETIME, 3, "1970-01-01 12:34:56.789" },
        { PL_TM_TIME, 0, "-838:59:59" },
        { PL_TM_TIME, 6, "838:59:59.999999" },
        { PL_TM_TIME, 2, "-00:00:00.01" },
        { PL_TM_TIME, 0, "100:00:00" },
    };
    char buf[PL_TM_STR_MAX];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pl_temporal t;
        CHECK_EQ_INT(pl_tm_parse(cases[i].text, strlen(cases[i].text), cases[i].kind,
                                 cases[i].fsp, &t),
                     PL_TM_OK);
        CHECK(pl_tm_valid(&t));
        CHECK_EQ_STR(str(&t, buf), cases[i].text);
    }
}

TEST(temporal, rounding_carries_across_every_field)
{
    char buf[PL_TM_STR_MAX];
    pl_temporal t;
    const char *s = "1999-12-31 23:59:59.9999996";
    CHECK_EQ_INT(pl_tm_parse(s, strlen(s), PL_TM_DATETIME, 6, &t), PL_TM_TRUNCATED);
    CHECK_EQ_STR(str(&t, buf), "2000-01-01 00:00:00.000000");
    s = "2019-02-28 23:59:59.5";
    CHECK_EQ_INT(pl_tm_parse(s, strlen(s), PL_TM_DATETIME, 0, &t), PL_TM_OK);
    CHECK_EQ_STR(str(&t, buf), "2019-03-01 00:00:00");
    s = "-837:59:59.95";
    CHECK_EQ_INT(pl_tm_parse(s, strlen(s), PL_TM_TIME, 1, &t), PL_TM_OK);
    CHECK_EQ_STR(str(&t, buf), "-838:00:00.0");
    /* The last second of the calendar cannot carry; it stays in range. */
    s = "9999-12-31 23:59:59.9";
    CHECK_EQ_INT(pl_tm_parse(s, strlen(s), PL_TM_DATETIME, 0, &t), PL_TM_OK);
    CHECK(pl_tm_valid(&t));
    CHECK_EQ_STR(str(&t, buf), "9999-12-31 23:59:59");
}

TEST(temporal, invalid_input_gives_a_zero_value)
{
    pl_temporal t;
    CHECK_EQ_INT(pl_tm_parse("", 0, PL_TM_DATE, 0, &t), PL_TM_INVALID);
    CHECK(pl_tm_valid(&t));
    CHECK_EQ_INT(pl_tm_parse("-", 1, PL_TM_TIME, 3, &t), PL_TM_INVALID);
    CHECK(pl_tm_valid(&t));
    CHECK(!t.neg);
    CHECK_EQ_INT(pl_tm_parse("99999-01-01", 11, PL_TM_DATE, 0, &t), PL_TM_INVALID);
    CHECK_EQ_INT(pl_tm_from_int64(-20200101, PL_TM_DATE, &t), PL_TM_INVALID);
    CHECK_EQ_INT(pl_tm_from_int64(INT64_MIN, PL_TM_TIME, &t), PL_TM_INVALID);
    CHECK(pl_tm_valid(&t));
    CHECK_EQ_INT(pl_tm_from_int64(INT64_MAX, PL_TM_DATETIME, &t), PL_TM_INVALID);
}

TEST(temporal, time_limits_and_sign)
{
    char buf[PL_TM_STR_MAX];
    pl_temporal t;
    CHECK_EQ_INT(pl_tm_from_int64(-8395959, PL_TM_TIME, &t), PL_TM_OUT_OF_RANGE);
    CHECK_EQ_STR(str(&t, buf), "-838:59:59");
    CHECK_EQ_INT(pl_tm_parse("-0:0:0", 6, PL_TM_TIME, 0, &t), PL_TM_OK);
    CHECK(!t.neg);
    CHECK_EQ_STR(str(&t, buf), "00:00:00");
    CHECK_EQ_INT(pl_tm_parse("99999999:00", 11, PL_TM_TIME, 2, &t), PL_TM_OUT_OF_RANGE);
    CHECK_EQ_STR(str(&t, buf), "838:59:59.99");
    CHECK_EQ_INT(sizeof(pl_temporal), 16);
}

int main(int argc, char **argv)
{
    return jk_test_main(argc, argv);
}
