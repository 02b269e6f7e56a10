/*
 * pl_decimal tests: every case in decimal_cases.txt must give exactly the
 * answer MariaDB 10.11 gave (decimal_cases.expected, recorded by
 * record_decimal.py), plus focused unit tests of the representation.
 */
#include "decimal.h"

#include "../../../test/jk_test.h"
#include "recorded_cases.h"

static pl_decimal dec(const char *s)
{
    pl_decimal x;
    pl_dec_status st = pl_dec_parse(s, strlen(s), &x);
    if (st != PL_DEC_OK) {
        fprintf(stderr, "bad operand '%s': %s\n", s, pl_dec_status_name(st));
        exit(2);
    }
    return x;
}

static const char *str(const pl_decimal *x, char *buf)
{
    pl_dec_to_string(x, buf);
    return buf;
}

/* Result text in the .expected format for an arithmetic status. */
static void result_text(pl_dec_status st, const pl_decimal *r, char *out)
{
    if (st == PL_DEC_OVERFLOW)
        strcpy(out, "ERROR 1690");
    else if (st == PL_DEC_DIV_ZERO)
        strcpy(out, "NULL W");
    else
        pl_dec_to_string(r, out);
}

/* Evaluate one case line the way record_decimal.py's SQL does. */
static void eval_case(const char *line, char *out)
{
    char op[16], a[CASE_LINE_MAX], b[CASE_LINE_MAX];
    const char *sp = strchr(line, ' ');
    size_t oplen = sp ? (size_t)(sp - line) : strlen(line);
    if (oplen >= sizeof op) {
        strcpy(out, "?bad op");
        return;
    }
    memcpy(op, line, oplen);
    op[oplen] = '\0';
    const char *rest = sp ? sp + 1 : "";
    pl_decimal x, y, r;
    pl_dec_status st;
    if (strcmp(op, "parse") == 0) {
        st = pl_dec_parse(rest, strlen(rest), &x);
        pl_dec_status cst = pl_dec_cast(&x, 65, 30, &r);
        size_t n = pl_dec_to_string(&r, out);
        if (st != PL_DEC_OK || cst != PL_DEC_OK)
            strcpy(out + n, " W");
        return;
    }
    a[0] = b[0] = '\0';
    if (sscanf(rest, "%511s %511s", a, b) < 1) {
        strcpy(out, "?bad operands");
        return;
    }
    x = dec(a);
    if (strcmp(op, "neg") == 0) {
        pl_dec_neg(&x, &r);
        pl_dec_to_string(&r, out);
    } else if (strcmp(op, "int") == 0) {
        int64_t v;
        st = pl_dec_to_int64(&x, &v);
        sprintf(out, "%" PRId64 "%s", v, st == PL_DEC_OK ? "" : " W");
    } else if (strcmp(op, "round") == 0 || strcmp(op, "truncate") == 0) {
        int d = atoi(b);
        st = op[0] == 'r' ? pl_dec_round(&x, d, &r) : pl_dec_truncate(&x, d, &r);
        result_text(st, &r, out);
    } else {
        y = dec(b);
        if (strcmp(op, "cmp") == 0) {
            sprintf(out, "%d", pl_dec_cmp(&x, &y));
            return;
        }
        if (strcmp(op, "add") == 0)
            st = pl_dec_add(&x, &y, &r);
        else if (strcmp(op, "sub") == 0)
            st = pl_dec_sub(&x, &y, &r);
        else if (strcmp(op, "mul") == 0)
            st = pl_dec_mul(&x, &y, &r);
        else if (strcmp(op, "div") == 0)
            st = pl_dec_div(&x, &y, PL_DEC_DIV_INCREMENT_DEFAULT, &r);
        else if (strcmp(op, "mod") == 0)
            st = pl_dec_mod(&x, &y, &r);
        else {
            strcpy(out, "?unknown op");
            return;
        }
        result_text(st, &r, out);
    }
}

static int check_case(const char *line, const char *want)
{
    char got[CASE_LINE_MAX];
    eval_case(line, got);
    if (strcmp(got, want) == 0) return 0;
    fprintf(stderr, "case '%s':\n  got:    %s\n  wanted: %s\n", line, got, want);
    return 1;
}

TEST(decimal, matches_every_recorded_mariadb_case)
{
    int failed = 0;
    int n = run_recorded_cases(PL_DECIMAL_TEST_DIR, "decimal", check_case, &failed);
    CHECK_EQ_INT(failed, 0);
    CHECK(n >= 150);
}

TEST(decimal, print_round_trips_parse)
{
    static const char *const texts[] = {
        "0", "0.0", "1", "-1", "0.5", "-0.5", "123.4500", "1000000000", "999999999.999999999",
        "0.000000000000000000000000000001",
        "-99999999999999999999999999999999999.999999999999999999999999999999",
        "99999999999999999999999999999999999999999999999999999999999999999",
    };
    char buf[PL_DEC_STR_MAX];
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        pl_decimal x = dec(texts[i]);
        CHECK(pl_dec_valid(&x));
        CHECK_EQ_STR(str(&x, buf), texts[i]);
    }
}

TEST(decimal, carry_crosses_every_digit)
{
    char buf[PL_DEC_STR_MAX];
    pl_decimal a = dec("99999999999999999999999999999999999.99999999999999999999999999999"), r;
    pl_decimal b = dec("0.00000000000000000000000000001");
    CHECK_EQ_INT(pl_dec_add(&a, &b, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "100000000000000000000000000000000000.00000000000000000000000000000");
    CHECK_EQ_INT(pl_dec_sub(&r, &b, &r), PL_DEC_OK); /* output aliases input */
    CHECK_EQ_STR(str(&r, buf), "99999999999999999999999999999999999.99999999999999999999999999999");
}

TEST(decimal, negative_zero_is_never_printed)
{
    char buf[PL_DEC_STR_MAX];
    pl_decimal x = dec("-0.000"), r;
    CHECK(!x.neg);
    CHECK_EQ_STR(str(&x, buf), "0.000");
    pl_dec_neg(&x, &r);
    CHECK_EQ_STR(str(&r, buf), "0.000");
    pl_decimal m = dec("-0.4");
    CHECK_EQ_INT(pl_dec_round(&m, 0, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "0");
    CHECK_EQ_INT(pl_dec_truncate(&m, 0, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "0");
    pl_decimal p = dec("0.4");
    CHECK_EQ_INT(pl_dec_sub(&m, &m, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "0.0");
    CHECK_EQ_INT(pl_dec_mul(&m, &p, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "-0.16");
    pl_decimal z = dec("0");
    CHECK_EQ_INT(pl_dec_mul(&m, &z, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "0.0");
}

TEST(decimal, max_values_and_overflow)
{
    char buf[PL_DEC_STR_MAX];
    /* A 65-digit value plus 1 is a 66-digit intermediate, as in MySQL, which
     * computes in 81 digits; only past 81 digits is it out of range. */
    pl_decimal max65 = dec("99999999999999999999999999999999999999999999999999999999999999999");
    pl_decimal one = dec("1"), r;
    CHECK_EQ_INT(pl_dec_add(&max65, &one, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "100000000000000000000000000000000000000000000000000000000000000000");
    pl_decimal max = dec("999999999999999999999999999999999999999999999999999999999999999999999999999999999");
    CHECK_EQ_INT(pl_dec_add(&max, &one, &r), PL_DEC_OVERFLOW);
    CHECK_EQ_INT(pl_dec_sub(&max, &one, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "999999999999999999999999999999999999999999999999999999999999999999999999999999998");
    CHECK_EQ_INT(pl_dec_round(&max, -1, &r), PL_DEC_OVERFLOW);
    CHECK_EQ_INT(pl_dec_mul(&max, &max, &r), PL_DEC_OVERFLOW);
    pl_decimal x;
    CHECK_EQ_INT(pl_dec_parse("1e81", 4, &x), PL_DEC_OVERFLOW);
    CHECK_EQ_INT(pl_dec_parse("1e80", 4, &x), PL_DEC_OK);
    CHECK_EQ_INT(pl_dec_cast(&x, 5, 2, &r), PL_DEC_OVERFLOW);
    CHECK_EQ_STR(str(&r, buf), "999.99");
    CHECK_EQ_INT(pl_dec_parse("12x", 3, &x), PL_DEC_TRUNCATED);
    CHECK_EQ_INT(pl_dec_parse("x", 1, &x), PL_DEC_BAD);
}

static bool exact_nonzero(__int128 v) { return v != 0; }
/* + and - take a 64-bit fast path for operands of up to 17 digits; check
 * it against exact 128-bit arithmetic across scales, signs and the edge of
 * the fast range (where the general path takes over). */
TEST(decimal, small_operands_agree_with_exact_arithmetic)
{
    uint64_t seed = 0x9e3779b97f4a7c15u;
    char buf[PL_DEC_STR_MAX], want[64], text[64];
    for (int iter = 0; iter < 20000; iter++) {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        int digits_a = (int)(seed >> 59) % 19 + 1, digits_b = (int)(seed >> 54 & 31) % 19 + 1;
        int sa = (int)(seed >> 40 & 7), sb = (int)(seed >> 44 & 7);
        __int128 x = (__int128)((seed >> 1) % 1000000000000000000u), y = (__int128)((seed * 31) % 1000000000000000000u);
        for (int k = digits_a; k < 18; k++)
            x /= 10;
        for (int k = digits_b; k < 18; k++)
            y /= 10;
        if (seed & 1)
            x = -x;
        if (seed & 2)
            y = -y;
        bool subtract = seed & 4;
        pl_decimal a, b, r;
        int s = sa > sb ? sa : sb;
        __int128 p10[9] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000 };
        __int128 exact = x * p10[s - sa] + (subtract ? -y : y) * p10[s - sb];
        /* Print the operands and the exact answer as decimal text. */
        __int128 vals[3] = { x, y, exact };
        int scales[3] = { sa, sb, s };
        char *outs[3] = { text, text + 32, want };
        for (int v = 0; v < 3; v++) {
            __int128 m = vals[v] < 0 ? -vals[v] : vals[v];
            char rev[48];
            int n = 0;
            do {
                rev[n++] = (char)('0' + (int)(m % 10));
                m /= 10;
            } while (m != 0 || n <= scales[v]);
            char *o = outs[v];
            if (vals[v] < 0 && exact_nonzero(vals[v]))
                *o++ = '-';
            for (int i = n - 1; i >= 0; i--) {
                *o++ = rev[i];
                if (i == scales[v] && scales[v] > 0)
                    *o++ = '.';
            }
            *o = '\0';
        }
        a = dec(text);
        b = dec(text + 32);
        pl_dec_status st = subtract ? pl_dec_sub(&a, &b, &r) : pl_dec_add(&a, &b, &r);
        CHECK_EQ_INT(st, PL_DEC_OK);
        CHECK_EQ_STR(str(&r, buf), want);
    }
}

TEST(decimal, int64_limits)
{
    char buf[PL_DEC_STR_MAX];
    pl_decimal x;
    int64_t v;
    pl_dec_from_int64(INT64_MIN, &x);
    CHECK_EQ_STR(str(&x, buf), "-9223372036854775808");
    CHECK_EQ_INT(pl_dec_to_int64(&x, &v), PL_DEC_OK);
    CHECK(v == INT64_MIN);
    pl_dec_from_uint64(UINT64_MAX, &x);
    CHECK_EQ_STR(str(&x, buf), "18446744073709551615");
    CHECK_EQ_INT(pl_dec_to_int64(&x, &v), PL_DEC_OVERFLOW);
    CHECK(v == INT64_MAX);
    pl_dec_from_int64(0, &x);
    CHECK_EQ_STR(str(&x, buf), "0");
    x = dec("-9223372036854775808.5");
    CHECK_EQ_INT(pl_dec_to_int64(&x, &v), PL_DEC_OVERFLOW);
    CHECK(v == INT64_MIN);
}

TEST(decimal, division_scale_follows_increment_parameter)
{
    char buf[PL_DEC_STR_MAX];
    pl_decimal a = dec("1"), b = dec("3"), r;
    CHECK_EQ_INT(pl_dec_div(&a, &b, 0, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "0");
    CHECK_EQ_INT(pl_dec_div(&a, &b, 9, &r), PL_DEC_OK);
    CHECK_EQ_STR(str(&r, buf), "0.333333333");
    pl_decimal c = dec("2.00000000000000000000000000000");
    CHECK_EQ_INT(pl_dec_div(&c, &b, 4, &r), PL_DEC_OK); /* 29 + 4 capped at 30 */
    CHECK_EQ_STR(str(&r, buf), "0.666666666666666666666666666667");
}

int main(int argc, char **argv)
{
    return jk_test_main(argc, argv);
}
