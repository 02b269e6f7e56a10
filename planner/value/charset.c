/*
 * pl_coll: character sets and collations (see charset.h for the contract).
 *
 * Weights.  Every comparison, hash and LIKE match works on the stream of
 * weights of a string, never on its bytes (except for binary):
 *   binary              one weight per byte: the byte
 *   utf8mb4_bin         one weight per character: its code point
 *   utf8mb4_general_ci  one weight per character, from pl_uc_general
 *                       (upper case of the base letter, U+FFFD outside the
 *                       BMP; tools/gen_unicode_tables.py gives the rules)
 *   utf8mb4_0900_ai_ci  zero or more UCA primary weights per character, from
 *                       DUCET (pl_uc_uca) or UCA's implicit weights
 * An invalid byte in a utf8mb4 string is one character weighing
 * W_BAD + byte, above every valid weight (charset.h promises it sorts last).
 *
 * PAD SPACE.  general_ci and bin have one weight per character, so a
 * comparison pads the shorter string with the weight of ' ' -- MySQL's
 * rule: 'a' = 'a  ', 'a\t' < 'a'.  The hash drops trailing weights equal to
 * the space weight, so equal strings hash equal.
 *
 * Case.  UPPER/LOWER map each character alone (simple case mapping, so 'ß'
 * stays 'ß').  utf8mb4_general_ci and utf8mb4_bin use MySQL's "default"
 * case table: Unicode 3.0 mappings, BMP only (so 'ƀ' has no upper case and
 * Deseret none at all); utf8mb4_0900_ai_ci uses Unicode 9.0's over the
 * whole code space, as MySQL's 900 collations do.
 *
 * Checked against MariaDB 10.11 (same tables as MySQL for these two
 * collations): the general_ci weight and UPPER/LOWER of every BMP code point
 * agreed while the generator was written; test_charset replays 4,080 of
 * them (test/charset_cases.txt) plus comparisons and LIKE.
 *
 * Known approximations of utf8mb4_0900_ai_ci (MySQL implements UCA 9.0.0
 * at the primary level, with contractions):
 *   - DUCET primaries come from the installed allkeys.txt (a later Unicode
 *     version), restricted to characters of Unicode 9.0; the order of those
 *     characters is the same in both versions except for rare reorderings
 *     of symbols.  (Sorted by MariaDB's UCA 5.2 weights, the 49,626 BMP
 *     characters of Unicode 5.2 fall in the same classes and order here
 *     except at 65 neighbouring pairs, DUCET changes since 5.2 such as
 *     Cyrillic letters with diacritics becoming accent variants.)
 *   - DUCET contractions (about 900 multi-character entries, for example
 *     Cyrillic letter + combining breve) are not used;
 *   - Hangul syllables weigh as their jamo (UCA's canonical decomposition);
 *   - code points from U+30000 up are unassigned in 9.0 except the tags and
 *     variation selectors of plane 14, which are ignorable: that is exactly
 *     what is computed, without a table.
 */
#include "charset.h"

#include <string.h>

#include <jimkv/assert.h>

#include "unicode_tables.inc"

/* ---- UTF-8 ---- */

size_t pl_utf8_decode(const char *s, size_t n, int32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    if (n == 0) {
        *cp = -1;
        return 0;
    }
    unsigned c = p[0];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = -1;
        return 1;
    }
    if (n < len) {
        *cp = -1;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *cp = -1;
            return 1;
        }
        v = (v << 6) | (p[i] & 0x3F);
    }
    /* Overlong forms, UTF-16 surrogates and values past U+10FFFF are not
     * characters: MySQL rejects them as utf8mb4 too. */
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = -1;
        return 1;
    }
    *cp = (int32_t)v;
    return len;
}

size_t pl_utf8_encode(uint32_t cp, char *out)
{
    JK_ASSERT(cp <= 0x10FFFF);
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

bool pl_utf8_valid(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        i += pl_utf8_decode(s + i, n - i, &cp);
        if (cp < 0)
            return false;
    }
    return true;
}

/* ---- the collations ---- */

enum { C_BINARY = 63, C_GENERAL = 45, C_BIN = 46, C_UCA = 255, C_UNICODE = 224, C_UNICODE_520 = 246 };

/* utf8mb4_unicode_ci (UCA 4.0.0) and utf8mb4_unicode_520_ci (UCA 5.2.0)
 * are what many drivers and older schemas ask for.  They compare here with
 * the UCA 9.0.0 weights of utf8mb4_0900_ai_ci and, as in MySQL, PAD SPACE:
 * case- and accent-insensitive like MySQL's, but characters whose weights
 * changed between UCA versions can order differently
 * (docs/compatibility.md). */
static const pl_collation colls[] = {
    { C_BINARY, "binary", "binary", 1, false, true },
    { C_GENERAL, "utf8mb4_general_ci", "utf8mb4", 4, true, false },
    { C_BIN, "utf8mb4_bin", "utf8mb4", 4, true, false },
    { C_UCA, "utf8mb4_0900_ai_ci", "utf8mb4", 4, false, true },
    { C_UNICODE, "utf8mb4_unicode_ci", "utf8mb4", 4, true, false },
    { C_UNICODE_520, "utf8mb4_unicode_520_ci", "utf8mb4", 4, true, false },
};

/* The weight and case rules a collation uses. */
static uint16_t rules_of(uint16_t coll) { return coll == C_UNICODE || coll == C_UNICODE_520 ? C_UCA : coll; }

static bool name_eq(const char *a, size_t n, const char *b)
{
    size_t bn = strlen(b);
    if (n != bn)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i];
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (x != (unsigned char)b[i])
            return false;
    }
    return true;
}

const pl_collation *pl_coll_by_id(uint16_t id)
{
    for (size_t i = 0; i < sizeof colls / sizeof colls[0]; i++)
        if (colls[i].id == id)
            return &colls[i];
    return NULL;
}

const pl_collation *pl_coll_by_name(const char *name, size_t n)
{
    for (size_t i = 0; i < sizeof colls / sizeof colls[0]; i++)
        if (name_eq(name, n, colls[i].name))
            return &colls[i];
    /* utf8mb3 strings are utf8mb4 strings, so its collations are the
     * utf8mb4 ones with the same rules. */
    static const struct {
        const char *alias;
        uint16_t id;
    } aliases[] = {
        { "utf8_general_ci", C_GENERAL }, { "utf8mb3_general_ci", C_GENERAL },
        { "utf8_bin", C_BIN },            { "utf8mb3_bin", C_BIN },
        { "utf8_unicode_ci", C_UNICODE }, { "utf8mb3_unicode_ci", C_UNICODE },
        { "utf8_unicode_520_ci", C_UNICODE_520 }, { "utf8mb3_unicode_520_ci", C_UNICODE_520 },
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (name_eq(name, n, aliases[i].alias))
            return pl_coll_by_id(aliases[i].id);
    return NULL;
}

/* MySQL 8: utf8mb4 defaults to utf8mb4_0900_ai_ci; utf8mb3 (alias utf8)
 * to utf8mb3_general_ci, which is utf8mb4_general_ci here. */
const pl_collation *pl_coll_default_of_charset(const char *charset, size_t n)
{
    if (name_eq(charset, n, "binary"))
        return pl_coll_by_id(C_BINARY);
    if (name_eq(charset, n, "utf8mb4"))
        return pl_coll_by_id(C_UCA);
    if (name_eq(charset, n, "utf8mb3") || name_eq(charset, n, "utf8"))
        return pl_coll_by_id(C_GENERAL);
    return NULL;
}

/* ---- table lookups ---- */

#define LOOKUP(table, limit, cp)                                                   \
    ((cp) < (limit) ? table##_data[(size_t)table##_index[(cp) / PL_UC_BLOCK] * PL_UC_BLOCK + \
                                   (cp) % PL_UC_BLOCK]                             \
                    : 0)

static uint32_t upper_of(uint16_t coll, uint32_t cp)
{
    if (rules_of(coll) == C_UCA)
        return (uint32_t)((int32_t)cp + LOOKUP(pl_uc_upper9, PL_UC_LIMIT_FULL, cp));
    return (uint32_t)((int32_t)cp + LOOKUP(pl_uc_upper3, 0x10000u, cp));
}

static uint32_t lower_of(uint16_t coll, uint32_t cp)
{
    if (rules_of(coll) == C_UCA)
        return (uint32_t)((int32_t)cp + LOOKUP(pl_uc_lower9, PL_UC_LIMIT_FULL, cp));
    return (uint32_t)((int32_t)cp + LOOKUP(pl_uc_lower3, 0x10000u, cp));
}

/* ---- weights ---- */

#define W_BAD 0x200000u /* + byte: an invalid byte, after every character */
#define W_MAX 24        /* weights of one character at most (DUCET has 18) */

/* UCA's implicit weights (UTS #10 section 10.1.3) for a code point without
 * a DUCET entry: two primaries from a base chosen by the kind of code point. */
static int uca_implicit(uint32_t cp, uint32_t *w)
{
    uint32_t base = 0xFBC0; /* unassigned */
    for (size_t i = 0; i < sizeof pl_uc_ideographs / sizeof pl_uc_ideographs[0]; i++)
        if (cp >= pl_uc_ideographs[i][0] && cp <= pl_uc_ideographs[i][1])
            base = pl_uc_ideographs[i][2];
    /* Tangut and its components (Unicode 9.0) have their own base. */
    if (cp >= 0x17000 && cp <= 0x18AFF) {
        w[0] = 0xFB00;
        w[1] = ((cp - 0x17000) | 0x8000u);
        return 2;
    }
    w[0] = base + (cp >> 15);
    w[1] = (cp & 0x7FFF) | 0x8000u;
    return 2;
}

static int uca_weights_of(uint32_t cp, uint32_t *w)
{
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
        /* Hangul syllables have no DUCET entry: they weigh as their jamo
         * (the canonical decomposition of UAX #15, section 3.12). */
        uint32_t s = cp - 0xAC00, jamo[3] = { 0x1100 + s / 588, 0x1161 + (s % 588) / 28,
                                              0x11A7 + s % 28 };
        int n = 0;
        for (int i = 0; i < (s % 28 ? 3 : 2); i++)
            n += uca_weights_of(jamo[i], w + n);
        return n;
    }
    if (cp >= PL_UC_LIMIT_FULL) {
        if (cp >= 0xE0000 && cp <= 0xE01EF)
            return 0; /* tags and variation selectors: ignorable */
        return uca_implicit(cp, w);
    }
    uint16_t code = LOOKUP(pl_uc_uca, PL_UC_LIMIT_FULL, cp);
    if (code == 0)
        return 0;
    if (code < 0xF000) {
        w[0] = code;
        return 1;
    }
    if (code == 0xFFFF)
        return uca_implicit(cp, w);
    const uint16_t *e = pl_uc_exp + pl_uc_exp_at[code - 0xF000];
    JK_ASSERT(e[0] <= W_MAX);
    for (int i = 0; i < e[0]; i++)
        w[i] = e[1 + i];
    return e[0];
}

/* The weights of the character starting at s[0] (n > 0): writes them to
 * w[0..W_MAX) and returns how many; *used is the character's byte length. */
static int char_weights(uint16_t coll, const char *s, size_t n, size_t *used, uint32_t *w)
{
    JK_ASSERT(n > 0);
    if (coll == C_BINARY) {
        *used = 1;
        w[0] = (unsigned char)s[0];
        return 1;
    }
    int32_t cp;
    *used = pl_utf8_decode(s, n, &cp);
    if (cp < 0) {
        w[0] = W_BAD + (unsigned char)s[0];
        return 1;
    }
    uint32_t c = (uint32_t)cp;
    switch (rules_of(coll)) {
    case C_GENERAL:
        w[0] = c > 0xFFFF ? 0xFFFD : (uint32_t)((int32_t)c + LOOKUP(pl_uc_general, 0x10000u, c));
        return 1;
    case C_UCA:
        return uca_weights_of(c, w);
    default:
        w[0] = c;
        return 1;
    }
}

/* One weight at a time from a string, across characters. */
typedef struct wstream {
    uint16_t coll;
    const char *s;
    size_t n, pos;
    uint32_t w[W_MAX];
    int nw, iw; /* weights of the current character; next to return */
} wstream;

/* The next weight, or false at the end of the string. */
static bool ws_next(wstream *ws, uint32_t *out)
{
    while (ws->iw == ws->nw) {
        if (ws->pos >= ws->n)
            return false;
        size_t used;
        ws->nw = char_weights(ws->coll, ws->s + ws->pos, ws->n - ws->pos, &used, ws->w);
        ws->iw = 0;
        ws->pos += used;
    }
    *out = ws->w[ws->iw++];
    return true;
}

static bool pad_space(uint16_t coll)
{
    return coll == C_GENERAL || coll == C_BIN || coll == C_UNICODE || coll == C_UNICODE_520;
}

/* The weight ' ' has in a PAD SPACE collation (one weight per character). */
static uint32_t space_weight(uint16_t coll)
{
    uint32_t w[W_MAX];
    size_t used;
    int k = char_weights(coll, " ", 1, &used, w);
    return JK_ALWAYS(k == 1) ? w[0] : ' ';
}

int pl_coll_compare(uint16_t coll, const char *a, size_t an, const char *b, size_t bn)
{
    if (coll == C_BINARY) {
        int c = memcmp(a, b, an < bn ? an : bn);
        if (c != 0)
            return c < 0 ? -1 : 1;
        return an < bn ? -1 : an > bn;
    }
    wstream x = { .coll = coll, .s = a, .n = an }, y = { .coll = coll, .s = b, .n = bn };
    bool pad = pad_space(coll);
    uint32_t sp = pad ? space_weight(coll) : 0;
    for (;;) {
        uint32_t wa, wb;
        bool ha = ws_next(&x, &wa), hb = ws_next(&y, &wb);
        if (!ha && !hb)
            return 0;
        if (!ha || !hb) {
            if (!pad)
                return ha ? 1 : -1;
            /* The shorter string goes on as spaces. */
            if (!ha)
                wa = sp;
            else
                wb = sp;
        }
        if (wa != wb)
            return wa < wb ? -1 : 1;
    }
}

static uint64_t mix(uint64_t h, uint32_t w)
{
    h ^= w;
    h *= 0x100000001b3ull;
    h ^= h >> 29;
    return h;
}

uint64_t pl_coll_hash(uint16_t coll, const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    if (coll == C_BINARY) {
        for (size_t i = 0; i < n; i++)
            h = mix(h, (unsigned char)s[i]);
        return h;
    }
    wstream ws = { .coll = coll, .s = s, .n = n };
    bool pad = pad_space(coll);
    uint32_t sp = pad ? space_weight(coll) : 0, w;
    size_t spaces = 0; /* space weights seen but not hashed yet */
    while (ws_next(&ws, &w)) {
        if (pad && w == sp) {
            spaces++;
            continue;
        }
        for (; spaces > 0; spaces--)
            h = mix(h, sp);
        h = mix(h, w);
    }
    /* Trailing spaces are dropped: 'a' and 'a  ' compare (and hash) equal. */
    return h;
}

/* ---- characters ---- */

size_t pl_coll_char_len(uint16_t coll, const char *s, size_t n)
{
    if (n == 0)
        return 0;
    if (coll == C_BINARY)
        return 1;
    int32_t cp;
    return pl_utf8_decode(s, n, &cp);
}

size_t pl_coll_char_count(uint16_t coll, const char *s, size_t n)
{
    if (coll == C_BINARY)
        return n;
    size_t i = 0, c = 0;
    while (i < n) {
        /* ASCII is one byte per character: skip it without decoding. */
        if ((unsigned char)s[i] < 0x80)
            i++;
        else
            i += pl_coll_char_len(coll, s + i, n - i);
        c++;
    }
    return c;
}

size_t pl_coll_char_offset(uint16_t coll, const char *s, size_t n, size_t chars)
{
    if (coll == C_BINARY)
        return chars < n ? chars : n;
    size_t i = 0;
    for (; i < n && chars > 0; chars--)
        i += (unsigned char)s[i] < 0x80 ? 1 : pl_coll_char_len(coll, s + i, n - i);
    JK_ASSERT(i <= n);
    return i;
}

/* UPPER()/LOWER(): MySQL maps each character by itself (simple case
 * mapping), so 'ß' stays 'ß'; invalid bytes are copied through. */
static size_t map_case(uint16_t coll, const char *s, size_t n, char *dst, size_t cap, bool upper)
{
    if (coll == C_BINARY || !pl_coll_by_id(coll)) {
        if (cap > 0)
            memcpy(dst, s, n < cap ? n : cap);
        return n;
    }
    size_t i = 0, o = 0;
    while (i < n) {
        int32_t cp;
        size_t used = pl_utf8_decode(s + i, n - i, &cp);
        char buf[4];
        size_t k = 1;
        if (cp < 0) {
            buf[0] = s[i];
        } else {
            uint32_t c = upper ? upper_of(coll, (uint32_t)cp) : lower_of(coll, (uint32_t)cp);
            k = pl_utf8_encode(c, buf);
        }
        for (size_t t = 0; t < k; t++, o++)
            if (o < cap)
                dst[o] = buf[t];
        i += used;
    }
    JK_ASSERT(i == n);
    return o;
}

size_t pl_coll_upper(uint16_t coll, const char *s, size_t n, char *dst, size_t cap)
{
    return map_case(coll, s, n, dst, cap, true);
}

size_t pl_coll_lower(uint16_t coll, const char *s, size_t n, char *dst, size_t cap)
{
    return map_case(coll, s, n, dst, cap, false);
}

/* ---- LIKE ---- */

enum { TOK_LIT, TOK_ONE, TOK_MANY };

/* A pattern element at pat[0..pn) (pn > 0): '%', '_' or a literal character
 * (its weights in w), and its byte length.  As in MySQL, '%' is checked
 * before the escape character, and the escape before '_'; an escape at the
 * end of the pattern is a literal. */
static int pat_token(uint16_t coll, const char *pat, size_t pn, uint32_t escape, uint32_t *w,
                     int *nw, size_t *used)
{
    int32_t cp;
    size_t u = 1;
    if (coll == C_BINARY)
        cp = (unsigned char)pat[0];
    else
        u = pl_utf8_decode(pat, pn, &cp);
    if (cp == '%') {
        *used = u;
        return TOK_MANY;
    }
    if (cp >= 0 && (uint32_t)cp == escape && u < pn) {
        size_t u2;
        *nw = char_weights(coll, pat + u, pn - u, &u2, w);
        *used = u + u2;
        return TOK_LIT;
    }
    if (cp == '_') {
        *used = u;
        return TOK_ONE;
    }
    *nw = char_weights(coll, pat, pn, used, w);
    return TOK_LIT;
}

/*
 * The classic wildcard match with one backtrack point: on a mismatch the
 * most recent '%' absorbs one more character and matching resumes after
 * it.  Earlier '%'s never need to be revisited, so the work is bounded by
 * n * pn character steps, with no recursion and no allocation.  Characters
 * are equal when their weights are (so 'a' LIKE 'A' under a _ci
 * collation); no padding applies: 'a ' LIKE 'a' is false.
 */
bool pl_coll_like(uint16_t coll, const char *s, size_t n, const char *pat, size_t pn,
                  uint32_t escape)
{
    size_t si = 0, pi = 0;
    size_t star_p = (size_t)-1, star_s = 0;
    uint32_t pw[W_MAX], sw[W_MAX];
    while (si < n) {
        if (pi < pn) {
            int pnw = 0, snw;
            size_t pu, su;
            int k = pat_token(coll, pat + pi, pn - pi, escape, pw, &pnw, &pu);
            if (k == TOK_MANY) {
                pi += pu;
                star_p = pi;
                star_s = si;
                continue;
            }
            snw = char_weights(coll, s + si, n - si, &su, sw);
            if (k == TOK_ONE ||
                (pnw == snw && memcmp(pw, sw, (size_t)snw * sizeof sw[0]) == 0)) {
                si += su;
                pi += pu;
                continue;
            }
        }
        if (star_p == (size_t)-1)
            return false;
        star_s += pl_coll_char_len(coll, s + star_s, n - star_s);
        si = star_s;
        pi = star_p;
    }
    while (pi < pn) {
        int pnw;
        size_t pu;
        if (pat_token(coll, pat + pi, pn - pi, escape, pw, &pnw, &pu) != TOK_MANY)
            return false;
        pi += pu;
    }
    return true;
}
