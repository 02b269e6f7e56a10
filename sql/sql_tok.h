/*
 * sql_tok: the hand-written MySQL 8 tokenizer.
 *
 *   sql_lexer_init()  start scanning a statement text
 *   sql_lex()         the next token for the parser (spaces and comments
 *                     are skipped; executable comments are entered)
 *
 * Token codes are the parser's TK_* codes (parse.h) plus the few internal
 * codes below, which never reach the parser.  A token is a {z, n} slice of
 * the input; literals are decoded later (ast.c) from that slice.
 *
 * Lexical rules implemented (MySQL 8.0 manual, "Literal Values",
 * "Schema Object Names", "Keywords", "Comments"):
 *   - identifiers: [A-Za-z0-9_$] and any byte >= 0x80 (valid UTF-8 is
 *     checked); a word of digits only is a number, but 1a is an identifier;
 *     a word after '.' is always an identifier, even if reserved;
 *   - `quoted identifiers` with `` for a back-quote;
 *   - '...' and "..." strings with backslash escapes and doubled quotes;
 *   - _charset'...' introducers and N'...';
 *   - 123, 1.5, .5, 1., 1e5, 1.5E-3, 0x1F, X'1F', 0b101, B'101';
 *   - # and "-- " comments to end of line, nested-free C comments,
 *     / *!NNNNN ... * / executable comments (contents scanned as SQL when
 *     NNNNN <= the server version), / *+ ... * / hints (skipped);
 *   - ?, @var, @'var', @"var", @`var`, @@ (system variable prefix);
 *   - every operator, longest match first.
 */
#ifndef JIMKV_SQL_TOK_H
#define JIMKV_SQL_TOK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The version that executable comments (slash-star-bang NNNNN) are compared against: 8.0.36. */
#define SQL_TOK_SERVER_VERSION 80036

/* Internal token codes, above every parser code. */
#define TK_SPACE 1000       /* whitespace or a comment */
#define TK_ILLEGAL 1001     /* a character or construct that is never valid */
#define TK_UNTERMINATED 1002 /* a quote or comment left open at end of input */

typedef struct sql_token {
    const char *z;      /* first byte, inside the statement text */
    uint32_t n;         /* length in bytes */
    uint16_t type;      /* TK_* */
} sql_token;

typedef struct sql_lexer {
    const char *sql;        /* the whole text */
    size_t len;
    size_t pos;             /* next byte to scan */
    bool in_exec_comment;   /* inside / *! ... * /: its closing * / is skipped */
    int prev_type;          /* type of the previous real token (for "word after .") */
} sql_lexer;

void sql_lexer_init(sql_lexer *lx, const char *sql, size_t len);

/* The next real token; type 0 at end of input. */
sql_token sql_lex(sql_lexer *lx);

/*
 * One raw token at z[0..len): sets *type and returns its length (>= 1 when
 * len >= 1).  Spaces and comments come back as TK_SPACE, except that
 * "/ *!" returns TK_SPACE of length 3 (or the length of the version digits
 * too) and sets *exec_comment, so that the caller scans its contents.
 */
size_t sql_token_raw(const char *z, size_t len, int prev_type, int *type, bool *exec_comment);

/* Keyword lookup: the TK_ code of the word, or TK_ID when it is not a keyword.
 * next_is_lparen tells whether '(' follows (function-name keywords). */
int sql_keyword_code(const char *z, size_t n, bool next_is_lparen);
/* True if the word is a MySQL 8 reserved word. */
bool sql_keyword_is_reserved(const char *z, size_t n);

/* Identifier byte class: letters, digits, _, $, and UTF-8 bytes >= 0x80. */
extern const unsigned char sql_ident_char[256];

/* Whether z[0..n) can be a name: UTF-8 without NUL ("Permitted characters
 * in quoted identifiers include the full Unicode BMP, except U+0000"). */
bool sql_valid_name(const char *z, size_t n);

/* Length of the valid UTF-8 sequence at z (1..4), or 0 if invalid. */
size_t sql_utf8_seq_len(const unsigned char *z, size_t len);

#endif
