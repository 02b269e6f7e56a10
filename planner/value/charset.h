/*
 * pl_coll: character sets and collations of string values.
 *
 * Purpose.  Strings compare, sort, hash, match LIKE patterns and change case
 * by their collation, exactly as MySQL does for the collations JimKV has:
 *   binary              (63)  bytes; no case, no padding
 *   utf8mb4_general_ci  (45)  case- and accent-insensitive per character
 *                             (one weight per character, no expansions),
 *                             trailing spaces ignored (PAD SPACE)
 *   utf8mb4_bin         (46)  by code point, PAD SPACE
 *   utf8mb4_0900_ai_ci  (255) case- and accent-insensitive (base letter),
 *                             NO PAD: trailing spaces count
 * Character set names accepted: binary, utf8mb4, utf8mb3 and utf8 (both
 * treated as utf8mb4: every utf8mb3 string is a valid utf8mb4 string).
 *
 * Invalid UTF-8 in a utf8mb4 string (possible from binary sources) is
 * handled byte by byte: each bad byte is one character that sorts after all
 * valid ones, never a crash or an over-read.
 *
 * Ownership.  Collation descriptors are static and immutable; functions
 * read s[0..n) without retaining it and write only to caller buffers.
 * Thread-safe.
 */
#ifndef PL_CHARSET_H
#define PL_CHARSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct pl_collation {
    uint16_t id;          /* MySQL's collation id */
    const char *name;     /* "utf8mb4_general_ci" */
    const char *charset;  /* "utf8mb4" or "binary" */
    uint8_t mbmaxlen;     /* bytes per character at most: 4, or 1 for binary */
    bool pad_space;       /* trailing spaces ignored in comparisons */
    bool is_default;      /* the charset's default collation */
} pl_collation;

/* NULL when unknown.  Names are case-insensitive. */
const pl_collation *pl_coll_by_id(uint16_t id);
const pl_collation *pl_coll_by_name(const char *name, size_t n);
/* The default collation of a character set name (utf8mb4 -> 45? see .c). */
const pl_collation *pl_coll_default_of_charset(const char *charset, size_t n);
static inline bool pl_coll_is_binary(uint16_t id) { return id == 63; }

/* <0, 0, >0 by the collation's rules. */
int pl_coll_compare(uint16_t coll, const char *a, size_t an, const char *b, size_t bn);
/* Equal strings (by pl_coll_compare) hash equal. */
uint64_t pl_coll_hash(uint16_t coll, const char *s, size_t n);

/* Characters in s (CHAR_LENGTH); bytes for binary. */
size_t pl_coll_char_count(uint16_t coll, const char *s, size_t n);
/* Byte offset of character number `chars` (0-based), or n when s has fewer. */
size_t pl_coll_char_offset(uint16_t coll, const char *s, size_t n, size_t chars);
/* Bytes of the character starting at s[0] (1..4); 1 for an invalid byte. */
size_t pl_coll_char_len(uint16_t coll, const char *s, size_t n);

/* Case mapping.  Writes at most cap bytes to dst and returns the length the
 * result needs (it can differ from n); binary strings are copied as is. */
size_t pl_coll_upper(uint16_t coll, const char *s, size_t n, char *dst, size_t cap);
size_t pl_coll_lower(uint16_t coll, const char *s, size_t n, char *dst, size_t cap);

/* s LIKE pattern ESCAPE escape (a code point; '\\' by default), with the
 * collation's character equality; '%' and '_' match characters. */
bool pl_coll_like(uint16_t coll, const char *s, size_t n, const char *pat, size_t pn,
                  uint32_t escape);

/* UTF-8 helpers.  pl_utf8_decode returns the bytes consumed (0 at end) and
 * sets *cp, or -1 as *cp for an invalid byte (consuming 1). */
size_t pl_utf8_decode(const char *s, size_t n, int32_t *cp);
/* Encodes cp (0..0x10FFFF) into out[4]; returns 1..4. */
size_t pl_utf8_encode(uint32_t cp, char *out);
bool pl_utf8_valid(const char *s, size_t n);

#endif
