/*
 * sql_tok: see sql_tok.h for the rules.  The scanner dispatches on a
 * 256-entry character class table, as SQLite's tokenize.c does, so the
 * common cases (words, spaces, single-character operators) cost one table
 * lookup and a tight loop.
 */
#include "sql_tok.h"

#include <pthread.h>
#include <string.h>

#include "jimkv/assert.h"
#include "parse.h"

enum char_class {
    CC_ILLEGAL = 0, /* NUL and control characters other than spaces */
    CC_SPACE,       /* ' ' \t \n \r \f \v */
    CC_IDENT,       /* letters except those below, _, $, bytes >= 0x80 */
    CC_X,           /* x X: x'..' hex string or identifier */
    CC_B,           /* b B: b'..' bit string or identifier */
    CC_N,           /* n N: N'..' national string or identifier */
    CC_DIGIT,
    CC_QUOTE,       /* ' " */
    CC_BACKQUOTE,
    CC_DOT,
    CC_MINUS,
    CC_HASH,
    CC_SLASH,
    CC_OTHER,       /* single or multi-character operators, handled by switch */
};

static const unsigned char char_class[256] = {
    ['\t'] = CC_SPACE, ['\n'] = CC_SPACE, ['\v'] = CC_SPACE, ['\f'] = CC_SPACE,
    ['\r'] = CC_SPACE, [' '] = CC_SPACE,
    ['!'] = CC_OTHER, ['"'] = CC_QUOTE, ['#'] = CC_HASH, ['$'] = CC_IDENT,
    ['%'] = CC_OTHER, ['&'] = CC_OTHER, ['\''] = CC_QUOTE, ['('] = CC_OTHER,
    [')'] = CC_OTHER, ['*'] = CC_OTHER, ['+'] = CC_OTHER, [','] = CC_OTHER,
    ['-'] = CC_MINUS, ['.'] = CC_DOT, ['/'] = CC_SLASH,
    ['0'] = CC_DIGIT, ['1'] = CC_DIGIT, ['2'] = CC_DIGIT, ['3'] = CC_DIGIT,
    ['4'] = CC_DIGIT, ['5'] = CC_DIGIT, ['6'] = CC_DIGIT, ['7'] = CC_DIGIT,
    ['8'] = CC_DIGIT, ['9'] = CC_DIGIT,
    [':'] = CC_OTHER, [';'] = CC_OTHER, ['<'] = CC_OTHER, ['='] = CC_OTHER,
    ['>'] = CC_OTHER, ['?'] = CC_OTHER, ['@'] = CC_OTHER,
    ['A'] = CC_IDENT, ['B'] = CC_B, ['C'] = CC_IDENT, ['D'] = CC_IDENT,
    ['E'] = CC_IDENT, ['F'] = CC_IDENT, ['G'] = CC_IDENT, ['H'] = CC_IDENT,
    ['I'] = CC_IDENT, ['J'] = CC_IDENT, ['K'] = CC_IDENT, ['L'] = CC_IDENT,
    ['M'] = CC_IDENT, ['N'] = CC_N, ['O'] = CC_IDENT, ['P'] = CC_IDENT,
    ['Q'] = CC_IDENT, ['R'] = CC_IDENT, ['S'] = CC_IDENT, ['T'] = CC_IDENT,
    ['U'] = CC_IDENT, ['V'] = CC_IDENT, ['W'] = CC_IDENT, ['X'] = CC_X,
    ['Y'] = CC_IDENT, ['Z'] = CC_IDENT,
    ['['] = CC_ILLEGAL, ['\\'] = CC_ILLEGAL, [']'] = CC_ILLEGAL, ['^'] = CC_OTHER,
    ['_'] = CC_IDENT, ['`'] = CC_BACKQUOTE,
    ['a'] = CC_IDENT, ['b'] = CC_B, ['c'] = CC_IDENT, ['d'] = CC_IDENT,
    ['e'] = CC_IDENT, ['f'] = CC_IDENT, ['g'] = CC_IDENT, ['h'] = CC_IDENT,
    ['i'] = CC_IDENT, ['j'] = CC_IDENT, ['k'] = CC_IDENT, ['l'] = CC_IDENT,
    ['m'] = CC_IDENT, ['n'] = CC_N, ['o'] = CC_IDENT, ['p'] = CC_IDENT,
    ['q'] = CC_IDENT, ['r'] = CC_IDENT, ['s'] = CC_IDENT, ['t'] = CC_IDENT,
    ['u'] = CC_IDENT, ['v'] = CC_IDENT, ['w'] = CC_IDENT, ['x'] = CC_X,
    ['y'] = CC_IDENT, ['z'] = CC_IDENT,
    ['{'] = CC_OTHER, ['|'] = CC_OTHER, ['}'] = CC_OTHER, ['~'] = CC_OTHER,
#define HI16(b) [b] = CC_IDENT, [b + 1] = CC_IDENT, [b + 2] = CC_IDENT, [b + 3] = CC_IDENT, \
    [b + 4] = CC_IDENT, [b + 5] = CC_IDENT, [b + 6] = CC_IDENT, [b + 7] = CC_IDENT,          \
    [b + 8] = CC_IDENT, [b + 9] = CC_IDENT, [b + 10] = CC_IDENT, [b + 11] = CC_IDENT,        \
    [b + 12] = CC_IDENT, [b + 13] = CC_IDENT, [b + 14] = CC_IDENT, [b + 15] = CC_IDENT
    HI16(0x80), HI16(0x90), HI16(0xa0), HI16(0xb0), HI16(0xc0), HI16(0xd0), HI16(0xe0),
    HI16(0xf0),
#undef HI16
};

const unsigned char sql_ident_char[256] = {
    ['$'] = 1,
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1, ['_'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
#define HI16(b) [b] = 1, [b + 1] = 1, [b + 2] = 1, [b + 3] = 1, [b + 4] = 1, [b + 5] = 1, \
    [b + 6] = 1, [b + 7] = 1, [b + 8] = 1, [b + 9] = 1, [b + 10] = 1, [b + 11] = 1,     \
    [b + 12] = 1, [b + 13] = 1, [b + 14] = 1, [b + 15] = 1
    HI16(0x80), HI16(0x90), HI16(0xa0), HI16(0xb0), HI16(0xc0), HI16(0xd0), HI16(0xe0),
    HI16(0xf0),
#undef HI16
};

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_hex(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

size_t sql_utf8_seq_len(const unsigned char *z, size_t len)
{
    unsigned char c = z[0];
    size_t n;
    uint32_t min;
    if (c < 0x80) return 1;
    if (c >= 0xc2 && c <= 0xdf) n = 2, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef) n = 3, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4) n = 4, min = 0x10000;
    else return 0;
    if (n > len) return 0;
    uint32_t cp = c & (0x7f >> n);
    for (size_t i = 1; i < n; i++) {
        if ((z[i] & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (z[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return n;
}

/* ---------------------------------------------------------------- keywords */

#define KW_RESERVED 1
#define KW_FUNCTION 2   /* a keyword only when '(' follows at once */

typedef struct keyword {
    const char *name;
    uint8_t len;
    uint8_t flags;
    uint16_t code;
} keyword;

/* Generated at build time from keywords.txt and parse.y: the reserved words,
 * and the non-reserved words the grammar uses. */
static const keyword keywords[] = {
#include "sql_keywords.inc"
};
#define KEYWORD_COUNT (sizeof(keywords) / sizeof(keywords[0]))
#define KEYWORD_LEN_MAX 40
#define KW_HASH_SIZE 4096  /* a power of two, well above 2 x KEYWORD_COUNT */

static uint16_t kw_hash_table[KW_HASH_SIZE]; /* keyword index + 1, 0 = empty */
static pthread_once_t kw_hash_once = PTHREAD_ONCE_INIT;

static inline unsigned char upper(unsigned char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

static uint32_t kw_hash(const char *z, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ upper((unsigned char)z[i])) * 16777619u;
    return h;
}

static void kw_hash_build(void)
{
    _Static_assert(KEYWORD_COUNT < KW_HASH_SIZE / 2, "keyword hash too small");
    for (size_t i = 0; i < KEYWORD_COUNT; i++) {
        JK_ASSERT(keywords[i].len <= KEYWORD_LEN_MAX);
        uint32_t h = kw_hash(keywords[i].name, keywords[i].len) & (KW_HASH_SIZE - 1);
        while (kw_hash_table[h]) h = (h + 1) & (KW_HASH_SIZE - 1);
        kw_hash_table[h] = (uint16_t)(i + 1);
    }
}

static const keyword *kw_find(const char *z, size_t n)
{
    if (n > KEYWORD_LEN_MAX || n == 0) return NULL;
    pthread_once(&kw_hash_once, kw_hash_build);
    uint32_t h = kw_hash(z, n) & (KW_HASH_SIZE - 1);
    for (;;) {
        uint16_t slot = kw_hash_table[h];
        if (!slot) return NULL;
        const keyword *kw = &keywords[slot - 1];
        if (kw->len == n) {
            size_t i = 0;
            while (i < n && upper((unsigned char)z[i]) == (unsigned char)kw->name[i]) i++;
            if (i == n) return kw;
        }
        h = (h + 1) & (KW_HASH_SIZE - 1);
    }
}

int sql_keyword_code(const char *z, size_t n, bool next_is_lparen)
{
    const keyword *kw = kw_find(z, n);
    if (!kw || ((kw->flags & KW_FUNCTION) && !next_is_lparen)) return TK_ID;
    return kw->code;
}

bool sql_keyword_is_reserved(const char *z, size_t n)
{
    const keyword *kw = kw_find(z, n);
    return kw && (kw->flags & KW_RESERVED);
}

/* Character sets whose _name introduces a string literal (MySQL's
 * UNDERSCORE_CHARSET).  A word _x with another x is an identifier. */
static const char *const introducer_charsets[] = {
    "armscii8", "ascii", "big5", "binary", "cp1250", "cp1251", "cp1256", "cp1257",
    "cp850", "cp852", "cp866", "cp932", "dec8", "eucjpms", "euckr", "gb18030",
    "gb2312", "gbk", "geostd8", "greek", "hebrew", "hp8", "keybcs2", "koi8r",
    "koi8u", "latin1", "latin2", "latin5", "latin7", "macce", "macroman", "sjis",
    "swe7", "tis620", "ucs2", "ujis", "utf16", "utf16le", "utf32", "utf8",
    "utf8mb3", "utf8mb4",
};

static bool is_introducer(const char *z, size_t n)
{
    if (n < 2 || z[0] != '_') return false;
    for (size_t i = 0; i < sizeof(introducer_charsets) / sizeof(introducer_charsets[0]); i++) {
        const char *cs = introducer_charsets[i];
        size_t len = strlen(cs);
        if (len != n - 1) continue;
        size_t k = 0;
        while (k < len && (z[k + 1] | 0x20) == cs[k]) k++;
        if (k == len) return true;
    }
    return false;
}

/* ---------------------------------------------------------------- scanner */

/* Scan a quoted run starting at z[0] (the quote); returns its length or 0
 * if unterminated.  Backslash escapes apply to strings, not to `names`. */
static size_t scan_quoted(const char *z, size_t len, bool backslash)
{
    char q = z[0];
    size_t i = 1;
    while (i < len) {
        char c = z[i];
        if (c == '\\' && backslash) {
            i += 2;
            continue;
        }
        if (c == q) {
            if (i + 1 < len && z[i + 1] == q) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i++;
    }
    return 0;
}

/* Length of an identifier-character run starting at z[i]; invalid UTF-8
 * sets *bad. */
static size_t scan_word(const char *z, size_t len, size_t i, bool *bad)
{
    while (i < len) {
        unsigned char c = (unsigned char)z[i];
        if (c < 0x80) {
            if (!sql_ident_char[c]) break;
            i++;
            continue;
        }
        size_t k = sql_utf8_seq_len((const unsigned char *)z + i, len - i);
        if (!k) {
            *bad = true;
            return i + 1;
        }
        i += k;
    }
    return i;
}

/* Quoted names are UTF-8 without NUL ("Permitted characters in quoted
 * identifiers include the full Unicode Basic Multilingual Plane, except
 * U+0000"). */
bool sql_valid_name(const char *z, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t k = z[i] ? sql_utf8_seq_len((const unsigned char *)z + i, n - i) : 0;
        if (k == 0) return false;
        i += k;
    }
    return true;
}

/* A number, or an identifier that starts with digits (1a, 0xg). */
static size_t scan_number(const char *z, size_t len, int *type)
{
    size_t i = 0;
    bool bad = false;
    if (len >= 2 && z[0] == '0' && (z[1] == 'x' || z[1] == 'b')) {
        bool hex = z[1] == 'x';
        i = 2;
        while (i < len && (hex ? is_hex((unsigned char)z[i]) : (z[i] == '0' || z[i] == '1'))) i++;
        if (i > 2 && (i == len || !sql_ident_char[(unsigned char)z[i]])) {
            *type = hex ? TK_HEX_NUM : TK_BIN_NUM;
            return i;
        }
        i = scan_word(z, len, 0, &bad);
        *type = bad ? TK_ILLEGAL : TK_ID;
        return i;
    }
    while (i < len && is_digit((unsigned char)z[i])) i++;
    *type = TK_NUM;
    if (i < len && z[i] == '.') {
        i++;
        while (i < len && is_digit((unsigned char)z[i])) i++;
        *type = TK_DECIMAL_NUM;
    }
    if (i < len && (z[i] == 'e' || z[i] == 'E')) {
        size_t k = i + 1;
        if (k < len && (z[k] == '+' || z[k] == '-')) k++;
        if (k < len && is_digit((unsigned char)z[k])) {
            while (k < len && is_digit((unsigned char)z[k])) k++;
            i = k;
            *type = TK_FLOAT_NUM;
        }
    }
    if (i < len && sql_ident_char[(unsigned char)z[i]] && *type == TK_NUM) {
        /* "Identifiers may begin with a digit but ... cannot consist solely of digits." */
        i = scan_word(z, len, 0, &bad);
        *type = bad ? TK_ILLEGAL : TK_ID;
    }
    return i;
}

/* 'x' after N, X, B or _charset: the quoted part, or 0. */
static size_t scan_prefixed_string(const char *z, size_t len, size_t at, bool backslash)
{
    if (at >= len || z[at] != '\'') return 0;
    size_t q = scan_quoted(z + at, len - at, backslash);
    return q ? at + q : 0;
}

static size_t scan_word_token(const char *z, size_t len, int prev_type, int *type)
{
    bool bad = false;
    size_t i = scan_word(z, len, 0, &bad);
    if (bad) {
        *type = TK_ILLEGAL;
        return i;
    }
    if (prev_type == TK_DOT) {
        /* "A word that follows a period in a qualified name must be an identifier." */
        *type = TK_ID;
        return i;
    }
    if (z[0] == '_' && is_introducer(z, i)) {
        *type = TK_UNDERSCORE_CHARSET;
        return i;
    }
    *type = sql_keyword_code(z, i, i < len && z[i] == '(');
    return i;
}

size_t sql_token_raw(const char *z, size_t len, int prev_type, int *type, bool *exec_comment)
{
    JK_ASSERT(len > 0);
    unsigned char c = (unsigned char)z[0];
    size_t i;
    *exec_comment = false;
    switch (char_class[c]) {
    case CC_SPACE:
        for (i = 1; i < len && char_class[(unsigned char)z[i]] == CC_SPACE; i++) {}
        *type = TK_SPACE;
        return i;
    case CC_X:
    case CC_B:
        if (len > 1 && z[1] == '\'') {
            bool hex = (c | 0x20) == 'x';
            i = scan_prefixed_string(z, len, 1, false);
            if (!i) {
                *type = TK_UNTERMINATED;
                return len;
            }
            *type = hex ? TK_HEX_STRING : TK_BIN_STRING;
            for (size_t k = 2; k + 1 < i; k++) {
                if (hex ? !is_hex((unsigned char)z[k]) : (z[k] != '0' && z[k] != '1')) {
                    *type = TK_ILLEGAL;
                }
            }
            if (hex && (i - 3) % 2) *type = TK_ILLEGAL;
            return i;
        }
        return scan_word_token(z, len, prev_type, type);
    case CC_N:
        if (len > 1 && z[1] == '\'') {
            i = scan_prefixed_string(z, len, 1, true);
            *type = i ? TK_NCHAR_STRING : TK_UNTERMINATED;
            return i ? i : len;
        }
        return scan_word_token(z, len, prev_type, type);
    case CC_IDENT:
        return scan_word_token(z, len, prev_type, type);
    case CC_DIGIT:
        if (prev_type == TK_DOT) {
            /* t.1a: after a period, a digit-led word is a name. */
            bool bad = false;
            i = scan_word(z, len, 0, &bad);
            *type = bad ? TK_ILLEGAL : TK_ID;
            return i;
        }
        return scan_number(z, len, type);
    case CC_QUOTE:
        i = scan_quoted(z, len, true);
        *type = i ? TK_TEXT_STRING : TK_UNTERMINATED;
        return i ? i : len;
    case CC_BACKQUOTE:
        i = scan_quoted(z, len, false);
        if (!i) {
            *type = TK_UNTERMINATED;
            return len;
        }
        *type = sql_valid_name(z + 1, i - 2) ? TK_ID : TK_ILLEGAL;
        return i;
    case CC_DOT:
        if (len > 1 && is_digit((unsigned char)z[1]) && prev_type != TK_ID) {
            return scan_number(z, len, type) /* .5 */;
        }
        *type = TK_DOT;
        return 1;
    case CC_MINUS:
        if (len > 1 && z[1] == '-' &&
            (len == 2 || char_class[(unsigned char)z[2]] == CC_SPACE ||
             (unsigned char)z[2] < 0x20)) {
            for (i = 2; i < len && z[i] != '\n'; i++) {}
            *type = TK_SPACE;
            return i;
        }
        if (len > 1 && z[1] == '>') {
            if (len > 2 && z[2] == '>') {
                *type = TK_JSON_UNQUOTED_SEPARATOR;
                return 3;
            }
            *type = TK_JSON_SEPARATOR;
            return 2;
        }
        *type = TK_MINUS;
        return 1;
    case CC_HASH:
        for (i = 1; i < len && z[i] != '\n'; i++) {}
        *type = TK_SPACE;
        return i;
    case CC_SLASH:
        if (len < 2 || z[1] != '*') {
            *type = TK_SLASH;
            return 1;
        }
        if (len > 2 && z[2] == '!') {
            size_t d = 3;
            while (d < len && d < 8 && is_digit((unsigned char)z[d])) d++;
            long version = 0;
            if (d == 8) {
                for (size_t k = 3; k < 8; k++) version = version * 10 + (z[k] - '0');
            } else {
                d = 3;   /* an executable comment without a five-digit version always runs */
            }
            if (version <= SQL_TOK_SERVER_VERSION) {
                *exec_comment = true;
                *type = TK_SPACE;
                return d;
            }
        }
        for (i = 2; i + 1 < len; i++) {
            if (z[i] == '*' && z[i + 1] == '/') {
                *type = TK_SPACE;
                return i + 2;
            }
        }
        *type = TK_UNTERMINATED;
        return len;
    case CC_OTHER:
        break;
    default:
        *type = TK_ILLEGAL;
        return 1;
    }

    char d = len > 1 ? z[1] : 0;
    switch (c) {
    case '(': *type = TK_LP; return 1;
    case ')': *type = TK_RP; return 1;
    case ',': *type = TK_COMMA; return 1;
    case ';': *type = TK_SEMI; return 1;
    case '+': *type = TK_PLUS; return 1;
    case '*': *type = TK_STAR; return 1;
    case '%': *type = TK_PERCENT; return 1;
    case '^': *type = TK_BITXOR; return 1;
    case '~': *type = TK_BITNOT; return 1;
    case '?': *type = TK_PARAM; return 1;
    case '{': *type = TK_LBRACE; return 1;
    case '}': *type = TK_RBRACE; return 1;
    case '=': *type = TK_EQ; return 1;
    case '&':
        if (d == '&') { *type = TK_AND_AND; return 2; }
        *type = TK_BITAND;
        return 1;
    case '|':
        if (d == '|') { *type = TK_OR_OR; return 2; }
        *type = TK_BITOR;
        return 1;
    case '!':
        if (d == '=') { *type = TK_NE; return 2; }
        *type = TK_BANG;
        return 1;
    case ':':
        if (d == '=') { *type = TK_SET_VAR; return 2; }
        *type = TK_ILLEGAL;
        return 1;
    case '<':
        if (d == '=') {
            if (len > 2 && z[2] == '>') { *type = TK_NSEQ; return 3; }
            *type = TK_LE;
            return 2;
        }
        if (d == '>') { *type = TK_NE; return 2; }
        if (d == '<') { *type = TK_SHIFT_LEFT; return 2; }
        *type = TK_LT;
        return 1;
    case '>':
        if (d == '=') { *type = TK_GE; return 2; }
        if (d == '>') { *type = TK_SHIFT_RIGHT; return 2; }
        *type = TK_GT;
        return 1;
    case '@':
        if (d == '@') { *type = TK_AT_AT; return 2; }
        if (d == '\'' || d == '"' || d == '`') {
            i = scan_quoted(z + 1, len - 1, d != '`');
            *type = i ? TK_USERVAR : TK_UNTERMINATED;
            return i ? i + 1 : len;
        }
        {
            bool bad = false;
            i = 1;
            /* MySQL also allows '.' in unquoted user variable names. */
            while (i < len && (sql_ident_char[(unsigned char)z[i]] || z[i] == '.')) {
                size_t k = scan_word(z, len, i, &bad);
                if (bad) break;
                if (k == i) i++;
                else i = k;
            }
            *type = bad ? TK_ILLEGAL : (i > 1 ? TK_USERVAR : TK_ILLEGAL);
            return i;
        }
    default:
        *type = TK_ILLEGAL;
        return 1;
    }
}

void sql_lexer_init(sql_lexer *lx, const char *sql, size_t len)
{
    lx->sql = sql;
    lx->len = len;
    lx->pos = 0;
    lx->in_exec_comment = false;
    lx->prev_type = 0;
}

sql_token sql_lex(sql_lexer *lx)
{
    for (;;) {
        sql_token t = { lx->sql + lx->pos, 0, 0 };
        if (lx->pos >= lx->len) {
            t.type = lx->in_exec_comment ? TK_UNTERMINATED : 0;
            return t;
        }
        const char *z = lx->sql + lx->pos;
        size_t left = lx->len - lx->pos;
        if (lx->in_exec_comment && left >= 2 && z[0] == '*' && z[1] == '/') {
            lx->in_exec_comment = false;
            lx->pos += 2;
            continue;
        }
        int type;
        bool exec = false;
        size_t n = sql_token_raw(z, left, lx->prev_type, &type, &exec);
        JK_ASSERT(n >= 1 && n <= left);
        lx->pos += n;
        if (type == TK_SPACE) {
            if (exec) {
                if (lx->in_exec_comment) {  /* MySQL does not nest them */
                    t.n = (uint32_t)n;
                    t.type = TK_ILLEGAL;
                    return t;
                }
                lx->in_exec_comment = true;
            }
            continue;
        }
        t.n = (uint32_t)(n > UINT32_MAX ? UINT32_MAX : n);
        t.type = (uint16_t)type;
        lx->prev_type = type;
        return t;
    }
}
