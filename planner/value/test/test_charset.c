/*
 * pl_coll tests: the recorded MariaDB answers (charset_cases.txt, recorded
 * by record_charset.py) -- utf8mb4_general_ci weights, UPPER/LOWER of 4,000
 * sampled characters, comparisons and LIKE -- plus unit tests of the rules
 * MariaDB cannot answer for (utf8mb4_0900_ai_ci, MySQL 8's NO PAD default)
 * and of invalid input.
 */
#include "charset.h"

#include "../../../test/jk_test.h"
#include "recorded_cases.h"

#define GEN 45
#define BIN 46
#define UCA 255
#define BINARY 63

/* ---- replaying the recorded cases ---- */

/* Hex of bytes to bytes; "-" is empty.  Returns the length. */
static size_t unhex(const char *h, char *out)
{
    if (strcmp(h, "-") == 0)
        return 0;
    size_t n = 0;
    for (; h[0] && h[1]; h += 2) {
        unsigned v;
        sscanf(h, "%2x", &v);
        out[n++] = (char)v;
    }
    return n;
}

static uint16_t coll_id(const char *name)
{
    const pl_collation *c = pl_coll_by_name(name, strlen(name));
    return c ? c->id : 0;
}

/* Code points as "XXXX YYYY" (the recorder's form). */
static void cps_text(const char *s, size_t n, char *out)
{
    out[0] = '\0';
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += pl_utf8_decode(s + i, n - i, &cp);
        sprintf(out + strlen(out), "%s%04X", out[0] ? " " : "", (unsigned)cp);
    }
}

#define CHARS_MAX 8192
static struct sample {
    uint32_t cp, weight;
} samples[CHARS_MAX];
static int nsamples;

static int check_char(const char *arg, const char *want)
{
    uint32_t cp = (uint32_t)strtoul(arg, NULL, 16), w = (uint32_t)strtoul(want, NULL, 16);
    char s[4], up[16], low[16], got[96], ucps[32], lcps[32];
    size_t n = pl_utf8_encode(cp, s);
    size_t un = pl_coll_upper(GEN, s, n, up, sizeof up), ln = pl_coll_lower(GEN, s, n, low, sizeof low);
    cps_text(up, un, ucps);
    cps_text(low, ln, lcps);
    snprintf(got, sizeof got, "%04X %s %s", w, ucps, lcps);
    if (nsamples < CHARS_MAX)
        samples[nsamples++] = (struct sample){ cp, w };
    /* utf8mb4_bin uses the same case table as general_ci in MySQL. */
    char up2[16];
    size_t un2 = pl_coll_upper(BIN, s, n, up2, sizeof up2);
    if (strcmp(got, want) != 0 || un2 != un || memcmp(up, up2, un) != 0) {
        fprintf(stderr, "char %s: upper/lower got '%s', wanted '%s'\n", arg, got, want);
        return 1;
    }
    return 0;
}

static int check_case(const char *line, const char *want)
{
    char kind[8], a1[64], a2[256], a3[256];
    int k = sscanf(line, "%7s %63s %255s %255s", kind, a1, a2, a3);
    if (strcmp(kind, "char") == 0 && k == 2)
        return check_char(a1, want);
    char x[128], y[128];
    uint16_t coll = coll_id(a1);
    if (k != 4 || coll == 0) {
        fprintf(stderr, "bad case line '%s'\n", line);
        return 1;
    }
    size_t xn = unhex(a2, x), yn = unhex(a3, y);
    int got;
    if (strcmp(kind, "cmp") == 0) {
        got = pl_coll_compare(coll, x, xn, y, yn);
        got = got < 0 ? -1 : got > 0;
        /* Strings that compare equal must hash equal. */
        if (got == 0 && pl_coll_hash(coll, x, xn) != pl_coll_hash(coll, y, yn)) {
            fprintf(stderr, "case '%s': equal strings hash differently\n", line);
            return 1;
        }
    } else if (strcmp(kind, "like") == 0) {
        got = pl_coll_like(coll, x, xn, y, yn, '\\');
    } else {
        fprintf(stderr, "bad case line '%s'\n", line);
        return 1;
    }
    if (got != atoi(want)) {
        fprintf(stderr, "case '%s': got %d, wanted %s\n", line, got, want);
        return 1;
    }
    return 0;
}

static int by_weight(const void *a, const void *b)
{
    const struct sample *x = a, *y = b;
    if (x->weight != y->weight)
        return x->weight < y->weight ? -1 : 1;
    return x->cp < y->cp ? -1 : x->cp > y->cp;
}

TEST(charset, matches_every_recorded_mariadb_case)
{
    int failed = 0;
    int n = run_recorded_cases(PL_CHARSET_TEST_DIR, "charset", check_case, &failed);
    CHECK(n > 4000);
    CHECK_EQ_INT(failed, 0);
}

/* Sorted by MariaDB's weight, neighbours must compare equal exactly when
 * the weights are, and in the same order otherwise: so the sampled
 * characters fall in the same classes, in the same order, as on the server. */
TEST(charset, general_ci_orders_sampled_characters_as_weight_string_does)
{
    CHECK(nsamples > 4000);
    qsort(samples, (size_t)nsamples, sizeof samples[0], by_weight);
    int bad = 0;
    for (int i = 1; i < nsamples; i++) {
        char a[4], b[4];
        size_t an = pl_utf8_encode(samples[i - 1].cp, a), bn = pl_utf8_encode(samples[i].cp, b);
        int c = pl_coll_compare(GEN, a, an, b, bn);
        int want = samples[i - 1].weight == samples[i].weight ? 0 : -1;
        bool hash_ok = c != 0 || pl_coll_hash(GEN, a, an) == pl_coll_hash(GEN, b, bn);
        if ((c < 0 ? -1 : c > 0) != want || !hash_ok) {
            fprintf(stderr, "U+%04X (weight %04X) vs U+%04X (weight %04X): compare %d\n",
                    samples[i - 1].cp, samples[i - 1].weight, samples[i].cp, samples[i].weight, c);
            bad++;
        }
    }
    CHECK_EQ_INT(bad, 0);
}

/* ---- names ---- */

TEST(charset, names_and_ids)
{
    CHECK(pl_coll_by_name("UTF8MB4_GENERAL_CI", 18)->id == 45);
    CHECK(pl_coll_by_name("utf8mb4_bin", 11)->id == 46);
    CHECK(pl_coll_by_name("utf8mb4_0900_ai_ci", 18)->id == 255);
    CHECK(pl_coll_by_name("binary", 6)->id == 63);
    CHECK(pl_coll_by_name("utf8_general_ci", 15)->id == 45);
    CHECK(pl_coll_by_name("utf8mb3_bin", 11)->id == 46);
    CHECK(pl_coll_by_name("utf8mb4_unicode_ci", 18)->id == 224);
    CHECK(pl_coll_by_name("utf8_unicode_ci", 15)->id == 224);
    CHECK(pl_coll_by_name("utf8mb4_unicode_520_ci", 22)->id == 246);
    CHECK(pl_coll_by_id(224)->pad_space);
    /* UCA weights with PAD SPACE: case, accents and trailing spaces ignored. */
    CHECK(pl_coll_compare(224, "a", 1, "A  ", 3) == 0);
    CHECK(pl_coll_compare(224, "e", 1, "\xc3\xa9", 2) == 0);
    CHECK(pl_coll_compare(255, "a", 1, "A  ", 3) != 0);
    CHECK(pl_coll_compare(224, "a", 1, "b", 1) < 0);
    CHECK(pl_coll_hash(224, "ab ", 3) == pl_coll_hash(224, "AB", 2));
    CHECK(pl_coll_by_name("utf8mb4_bi", 10) == NULL);
    CHECK(pl_coll_by_id(8) == NULL);
    CHECK(strcmp(pl_coll_by_id(255)->name, "utf8mb4_0900_ai_ci") == 0);
    CHECK(pl_coll_default_of_charset("utf8mb4", 7)->id == 255); /* MySQL 8 */
    CHECK(pl_coll_default_of_charset("UTF8", 4)->id == 45);
    CHECK(pl_coll_default_of_charset("utf8mb3", 7)->id == 45);
    CHECK(pl_coll_default_of_charset("binary", 6)->id == 63);
    CHECK(pl_coll_default_of_charset("latin1", 6) == NULL);
    CHECK(pl_coll_by_id(45)->pad_space && pl_coll_by_id(46)->pad_space);
    CHECK(!pl_coll_by_id(255)->pad_space && !pl_coll_by_id(63)->pad_space);
    CHECK(pl_coll_by_id(255)->is_default && !pl_coll_by_id(45)->is_default);
    CHECK(pl_coll_is_binary(63) && !pl_coll_is_binary(46));
}

/* ---- comparisons ---- */

#define CMP(c, a, b) pl_coll_compare((c), (a), sizeof(a) - 1, (b), sizeof(b) - 1)

TEST(charset, case_and_accents)
{
    CHECK(CMP(GEN, "a", "A") == 0);
    CHECK(CMP(GEN, "\xc3\xa9", "E") == 0);           /* é = E */
    CHECK(CMP(GEN, "stra\xc3\x9f" "e", "STRASE") == 0); /* ß = s, one for one */
    CHECK(CMP(BIN, "a", "A") > 0);
    CHECK(CMP(BIN, "\xc3\xa9", "e") > 0);
    CHECK(CMP(BINARY, "a", "A") > 0);
    CHECK(CMP(UCA, "a", "A") == 0);
    CHECK(CMP(UCA, "\xc3\xa9", "E") == 0);
    CHECK(CMP(UCA, "\xc3\x85ngstr\xc3\xb6m", "angstrom") == 0);
    CHECK(CMP(UCA, "a", "b") < 0);
    CHECK(CMP(UCA, "B", "a") > 0);
}

TEST(charset, uca_expansions_and_kana)
{
    /* Documented MySQL 8 behaviour of utf8mb4_0900_ai_ci. */
    CHECK(CMP(UCA, "\xc3\x9f", "ss") == 0);                 /* ß = ss */
    CHECK(CMP(UCA, "\xc3\xa6", "ae") == 0);                 /* æ = ae */
    CHECK(CMP(UCA, "\xef\xac\x81", "fi") == 0);             /* ﬁ = fi */
    CHECK(CMP(UCA, "\xe3\x81\xaf\xe3\x81\xaf", "\xe3\x81\xb1\xe3\x81\xb1") == 0); /* はは = ぱぱ */
    CHECK(CMP(UCA, "\xe3\x81\xaf\xe3\x81\xaf", "\xe3\x83\x8f\xe3\x83\x8f") == 0); /* はは = ハハ */
    CHECK(CMP(UCA, "\xef\xbc\x8b", "+") == 0);              /* fullwidth + */
    CHECK(CMP(UCA, "\xf0\x9f\x8d\xa3", "\xf0\x9f\x8d\xba") != 0); /* 🍣 != 🍺 */
    CHECK(CMP(GEN, "\xf0\x9f\x8d\xa3", "\xf0\x9f\x8d\xba") == 0); /* all weigh U+FFFD */
    CHECK(CMP(GEN, "\xe3\x81\xaf", "\xe3\x81\xb1") != 0);
    /* Hangul syllables weigh as their jamo. */
    CHECK(CMP(UCA, "\xea\xb0\x80", "\xe1\x84\x80\xe1\x85\xa1") == 0); /* 가 = ᄀ+ᅡ */
    CHECK(CMP(UCA, "\xea\xb0\x80", "\xea\xb0\x81") < 0);
    /* Ideographs sort after letters, in code point order among them. */
    CHECK(CMP(UCA, "z", "\xe4\xb8\x80") < 0);
    CHECK(CMP(UCA, "\xe4\xb8\x80", "\xe4\xb8\x81") < 0);
    CHECK(CMP(UCA, "\xe9\xbe\xa5", "\xf0\xa0\x80\x80") < 0); /* core block before ext B */
    /* Combining marks and controls are ignorable at the primary level. */
    CHECK(CMP(UCA, "e\xcc\x81", "e") == 0);
    CHECK(CMP(UCA, "a\x01" "b", "ab") == 0);
    /* Punctuation and digits sort before letters (unlike code point order). */
    CHECK(CMP(UCA, "_", "a") < 0);
    CHECK(CMP(GEN, "_", "a") > 0);
    CHECK(CMP(UCA, "9", "a") < 0);
}

TEST(charset, trailing_spaces_pad_space_versus_no_pad)
{
    CHECK(CMP(GEN, "a", "a  ") == 0);
    CHECK(CMP(BIN, "a ", "a") == 0);
    CHECK(CMP(GEN, "a\t", "a") < 0); /* tab sorts below the pad space */
    CHECK(CMP(GEN, "a", "a\t") > 0);
    CHECK(CMP(GEN, "", "   ") == 0);
    CHECK(CMP(UCA, "a", "a ") < 0);  /* NO PAD */
    CHECK(CMP(UCA, "a ", "a") > 0);
    CHECK(CMP(BINARY, "a", "a ") < 0);
    CHECK(pl_coll_hash(GEN, "a", 1) == pl_coll_hash(GEN, "A  ", 3));
    CHECK(pl_coll_hash(BIN, "", 0) == pl_coll_hash(BIN, "  ", 2));
    CHECK(pl_coll_hash(BIN, "a b", 3) != pl_coll_hash(BIN, "ab", 2));
    CHECK(pl_coll_hash(UCA, "a", 1) != pl_coll_hash(UCA, "a ", 2));
    CHECK(pl_coll_hash(UCA, "\xc3\x9f", 2) == pl_coll_hash(UCA, "SS", 2));
    CHECK(pl_coll_hash(BINARY, "a", 1) != pl_coll_hash(BINARY, "a ", 2));
}

TEST(charset, empty_strings)
{
    CHECK(CMP(GEN, "", "") == 0);
    CHECK(CMP(UCA, "", "") == 0);
    CHECK(CMP(BINARY, "", "") == 0);
    CHECK(CMP(UCA, "", "a") < 0);
    CHECK(CMP(UCA, "", "\xcc\x81") == 0); /* only an ignorable character */
    CHECK(CMP(BINARY, "", "\0") < 0);
    CHECK(pl_coll_char_count(GEN, "", 0) == 0);
    CHECK(pl_coll_char_offset(GEN, "", 0, 3) == 0);
    CHECK(pl_coll_like(GEN, "", 0, "", 0, '\\'));
}

TEST(charset, four_byte_characters)
{
    const char *s = "a\xf0\x9f\x98\x80" "b"; /* a😀b */
    CHECK_EQ_INT(pl_coll_char_count(GEN, s, 6), 3);
    CHECK_EQ_INT(pl_coll_char_offset(GEN, s, 6, 1), 1);
    CHECK_EQ_INT(pl_coll_char_offset(GEN, s, 6, 2), 5);
    CHECK_EQ_INT(pl_coll_char_offset(GEN, s, 6, 9), 6);
    CHECK_EQ_INT(pl_coll_char_len(GEN, s + 1, 5), 4);
    CHECK_EQ_INT(pl_coll_char_count(BINARY, s, 6), 6);
    CHECK(CMP(BIN, "\xf0\x9f\x98\x80", "\xef\xbf\xbd") > 0); /* by code point */
    char up[8];
    /* Deseret: no case in MySQL's default table, but Unicode 9.0 has it. */
    CHECK_EQ_INT(pl_coll_upper(GEN, "\xf0\x90\x90\xa8", 4, up, sizeof up), 4);
    CHECK(memcmp(up, "\xf0\x90\x90\xa8", 4) == 0);
    CHECK_EQ_INT(pl_coll_upper(UCA, "\xf0\x90\x90\xa8", 4, up, sizeof up), 4);
    CHECK(memcmp(up, "\xf0\x90\x90\x80", 4) == 0);
}

TEST(charset, invalid_utf8_sorts_after_everything_and_never_overreads)
{
    int32_t cp;
    CHECK_EQ_INT(pl_utf8_decode("\xc3", 1, &cp), 1);          /* truncated */
    CHECK_EQ_INT(cp, -1);
    CHECK_EQ_INT(pl_utf8_decode("\xc0\x80", 2, &cp), 1);      /* overlong NUL */
    CHECK_EQ_INT(cp, -1);
    CHECK_EQ_INT(pl_utf8_decode("\xed\xa0\x80", 3, &cp), 1);  /* surrogate */
    CHECK_EQ_INT(cp, -1);
    CHECK_EQ_INT(pl_utf8_decode("\xf4\x90\x80\x80", 4, &cp), 1); /* > U+10FFFF */
    CHECK_EQ_INT(pl_utf8_decode("\xf4\x8f\xbf\xbf", 4, &cp), 4);
    CHECK_EQ_INT(cp, 0x10FFFF);
    CHECK_EQ_INT(pl_utf8_decode("", 0, &cp), 0);
    CHECK(!pl_utf8_valid("a\xff", 2));
    CHECK(pl_utf8_valid("a\xc3\xa9", 3));
    CHECK_EQ_INT(pl_coll_char_count(GEN, "\xe4\xb8", 2), 2); /* each bad byte is one */
    for (int c = 0; c < 4; c++) {
        uint16_t coll = c == 0 ? GEN : c == 1 ? BIN : c == 2 ? UCA : GEN;
        CHECK(CMP(coll, "\xff", "\xf4\x8f\xbf\xbf") > 0);
        CHECK(CMP(coll, "\x80", "\xe4\xb8\xad") > 0);
        CHECK(CMP(coll, "a\xff", "a\xfe") > 0);
        CHECK(CMP(coll, "\xff", "\xff") == 0);
    }
    /* Case mapping copies bad bytes and maps the rest. */
    char out[8];
    CHECK_EQ_INT(pl_coll_upper(GEN, "a\xe4" "b", 3, out, sizeof out), 3);
    CHECK(memcmp(out, "A\xe4" "B", 3) == 0);
    CHECK(!pl_coll_like(GEN, "\xe4", 1, "\xe5", 1, '\\'));
    CHECK(pl_coll_like(GEN, "\xe4\xb8", 2, "__", 2, '\\'));
}

TEST(charset, case_mapping)
{
    char out[32];
    size_t n = pl_coll_upper(GEN, "stra\xc3\x9f" "e \xc3\xa9", 10, out, sizeof out);
    CHECK(n == 10 && memcmp(out, "STRA\xc3\x9f" "E \xc3\x89", 10) == 0); /* ß stays */
    n = pl_coll_lower(UCA, "\xc4\xb0", 2, out, sizeof out); /* İ -> i (simple mapping) */
    CHECK(n == 1 && out[0] == 'i');
    n = pl_coll_upper(GEN, "\xc4\xb1", 2, out, sizeof out); /* ı -> I */
    CHECK(n == 1 && out[0] == 'I');
    /* ⱥ (U+2C65) uppercases to Ⱥ (U+023A): shorter in bytes, new in 5.0. */
    n = pl_coll_upper(UCA, "\xe2\xb1\xa5", 3, out, sizeof out);
    CHECK(n == 2 && memcmp(out, "\xc8\xba", 2) == 0);
    n = pl_coll_upper(GEN, "\xe2\xb1\xa5", 3, out, sizeof out);
    CHECK(n == 3 && memcmp(out, "\xe2\xb1\xa5", 3) == 0);
    /* The length needed is returned even when cap is too small. */
    n = pl_coll_upper(UCA, "\xc8\xbf", 2, out, 1); /* ȿ -> Ȿ U+2C7E: 3 bytes */
    CHECK_EQ_INT(n, 3);
    n = pl_coll_upper(BINARY, "abc", 3, out, sizeof out);
    CHECK(n == 3 && memcmp(out, "abc", 3) == 0);
    CHECK_EQ_INT(pl_coll_lower(GEN, "", 0, out, 0), 0);
}

/* ---- LIKE ---- */

#define LIKE(c, s, p) pl_coll_like((c), (s), sizeof(s) - 1, (p), sizeof(p) - 1, '\\')

TEST(charset, like_edge_cases)
{
    CHECK(LIKE(GEN, "abc", "abc"));
    CHECK(LIKE(GEN, "abc", "ABC"));
    CHECK(!LIKE(BIN, "abc", "ABC"));
    CHECK(LIKE(GEN, "abc", "%"));
    CHECK(LIKE(GEN, "", "%%"));
    CHECK(!LIKE(GEN, "", "_"));
    CHECK(LIKE(GEN, "abc", "a%c"));
    CHECK(LIKE(GEN, "abc", "%b%"));
    CHECK(!LIKE(GEN, "abc", "%d%"));
    CHECK(LIKE(GEN, "a\xf0\x9f\x98\x80" "b", "a_b"));    /* _ is one character */
    CHECK(!LIKE(BINARY, "a\xf0\x9f\x98\x80" "b", "a_b")); /* ... one byte */
    CHECK(LIKE(BINARY, "a\xf0\x9f\x98\x80" "b", "a____b"));
    CHECK(LIKE(GEN, "a%b", "a\\%b"));
    CHECK(!LIKE(GEN, "axb", "a\\%b"));
    CHECK(LIKE(GEN, "a_b", "a\\_b"));
    CHECK(!LIKE(GEN, "axb", "a\\_b"));
    CHECK(LIKE(GEN, "a\\", "a\\"));            /* trailing escape is literal */
    CHECK(!LIKE(GEN, "a ", "a"));              /* LIKE does not pad */
    CHECK(!LIKE(GEN, "a", "a "));
    CHECK(LIKE(UCA, "\xc3\xa9t\xc3\xa9", "ETE"));
    CHECK(LIKE(UCA, "\xc3\xa9t\xc3\xa9", "_t_"));
    CHECK(!LIKE(UCA, "\xc3\x9f", "ss"));      /* per character, as MySQL */
    /* Another escape character; '%' stays a wildcard even when it is the
     * escape, as in MySQL. */
    CHECK(pl_coll_like(GEN, "a_", 2, "a|_", 3, '|'));
    CHECK(!pl_coll_like(GEN, "ab", 2, "a|_", 3, '|'));
    CHECK(pl_coll_like(GEN, "a\\b", 3, "a\\b", 3, '|'));
    CHECK(pl_coll_like(GEN, "ab", 2, "a%", 2, '%'));
    CHECK(pl_coll_like(GEN, "a\xc3\xa9", 3, "a\xc3\xa9", 3, 0xE9)); /* é as escape ... */
    CHECK(pl_coll_like(GEN, "a", 1, "\xc3\xa9" "a", 3, 0xE9));       /* ... escapes 'a' */
    /* Backtracking: only the last '%' is retried. */
    CHECK(LIKE(GEN, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "%a%a%a%a%a%b"));
    CHECK(!LIKE(GEN, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "%a%a%a%a%a%b"));
    CHECK(LIKE(GEN, "mississippi", "%iss%ppi"));
    CHECK(LIKE(GEN, "ab", "a%%%b"));
}

TEST(charset, like_is_linear_enough_for_long_strings)
{
    static char s[20000];
    memset(s, 'a', sizeof s);
    /* n * pn steps at worst: 20000 * 12, not exponential. */
    CHECK(!pl_coll_like(GEN, s, sizeof s, "%a%a%a%a%a%b", 12, '\\'));
    CHECK(pl_coll_like(UCA, s, sizeof s, "%A", 2, '\\'));
}

/* ---- properties over random strings ---- */

/* Pieces the random strings are made of: case and accent variants,
 * spaces and tabs, expansions, ignorables, 4-byte and invalid bytes. */
static const char *const pieces[] = {
    "a", "A", "\xc3\xa1", "\xc3\x81", " ", "\t", "s", "S", "\xc3\x9f", "ss", "e\xcc\x81",
    "\xf0\x9f\x98\x80", "\xf0\x9f\x98\x81", "\xe4\xb8\xad", "\xff", "\xc3", "_", "%", "\x01", "",
};

static uint32_t rng_state = 12345;
static uint32_t rng(void)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return rng_state >> 8;
}

static size_t random_string(char *buf)
{
    size_t n = 0;
    int parts = (int)(rng() % 5);
    for (int i = 0; i < parts; i++) {
        const char *p = pieces[rng() % (sizeof pieces / sizeof pieces[0])];
        memcpy(buf + n, p, strlen(p));
        n += strlen(p);
    }
    return n;
}

TEST(charset, compare_is_an_order_and_hash_follows_it)
{
    static const uint16_t colls[] = { GEN, BIN, UCA, BINARY };
    for (size_t c = 0; c < 4; c++) {
        uint16_t coll = colls[c];
        for (int round = 0; round < 3000; round++) {
            char a[32], b[32], x[32];
            size_t an = random_string(a), bn = random_string(b), xn = random_string(x);
            int ab = pl_coll_compare(coll, a, an, b, bn), ba = pl_coll_compare(coll, b, bn, a, an);
            CHECK((ab < 0 && ba > 0) || (ab > 0 && ba < 0) || (ab == 0 && ba == 0));
            if (ab == 0)
                CHECK(pl_coll_hash(coll, a, an) == pl_coll_hash(coll, b, bn));
            /* Transitivity: a <= b and b <= x imply a <= x. */
            int bx = pl_coll_compare(coll, b, bn, x, xn), ax = pl_coll_compare(coll, a, an, x, xn);
            if (ab <= 0 && bx <= 0)
                CHECK(ax <= 0);
            if (ab == 0 && bx == 0)
                CHECK(ax == 0);
            /* A string without wildcards matches itself with LIKE. */
            if (!memchr(a, '%', an) && !memchr(a, '_', an) && !memchr(a, '\\', an))
                CHECK(pl_coll_like(coll, a, an, a, an, '\\'));
            CHECK(pl_coll_like(coll, a, an, "%", 1, '\\'));
        }
    }
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
