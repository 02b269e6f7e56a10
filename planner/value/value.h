/*
 * pl_value: one SQL value, and pl_type: the static type of an expression.
 *
 * Purpose.  Every operator and function of the expression engine takes and
 * returns pl_values; every column of a result set is described by a
 * pl_type.  The split follows MySQL's: an Item has a static field type
 * (what the protocol announces: LONGLONG, NEWDECIMAL, VAR_STRING, DATE...)
 * and its values are computed in one of a few storage classes (integer,
 * double, decimal, string, temporal).
 *
 * Representation.  A pl_value is 24 bytes and never owns memory:
 *   PL_NULL      SQL NULL
 *   PL_INT       i (or u when PL_VF_UNSIGNED): also YEAR and BIT in
 *                numeric form
 *   PL_DOUBLE    d
 *   PL_DECIMAL   dec points at a pl_decimal owned by whoever produced it
 *                (a node's result slot, a row, a constant)
 *   PL_STRING    s[0..len), bytes in the character set of collation coll;
 *                also JSON text and BIT strings (binary collation)
 *   PL_TEMPORAL  tm: DATE, TIME or DATETIME (TIMESTAMP values are DATETIMEs
 *                whose pl_type says TIMESTAMP)
 * Pointers in a value stay valid until the node that produced it is
 * evaluated again (see expr.h), or for as long as the row it came from.
 *
 * Ownership.  Values are copied by value; nothing here allocates.
 */
#ifndef PL_VALUE_H
#define PL_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decimal.h"
#include "temporal.h"

/* The MySQL protocol's column type codes (enum_field_types). */
typedef enum pl_field {
    PL_F_DECIMAL = 0, /* old DECIMAL; never produced, NEWDECIMAL is used */
    PL_F_TINY = 1,
    PL_F_SHORT = 2,
    PL_F_LONG = 3,
    PL_F_FLOAT = 4,
    PL_F_DOUBLE = 5,
    PL_F_NULL = 6,
    PL_F_TIMESTAMP = 7,
    PL_F_LONGLONG = 8,
    PL_F_INT24 = 9,
    PL_F_DATE = 10,
    PL_F_TIME = 11,
    PL_F_DATETIME = 12,
    PL_F_YEAR = 13,
    PL_F_VARCHAR = 15,
    PL_F_BIT = 16,
    PL_F_JSON = 245,
    PL_F_NEWDECIMAL = 246,
    PL_F_ENUM = 247,
    PL_F_SET = 248,
    PL_F_TINY_BLOB = 249,
    PL_F_MEDIUM_BLOB = 250,
    PL_F_LONG_BLOB = 251,
    PL_F_BLOB = 252,
    PL_F_VAR_STRING = 253,
    PL_F_STRING = 254,
} pl_field;

/* Storage class of a value (MySQL's Item_result plus temporal). */
typedef enum pl_vclass {
    PL_NULL = 0,
    PL_INT,
    PL_DOUBLE,
    PL_DECIMAL,
    PL_STRING,
    PL_TEMPORAL,
} pl_vclass;

/* Collation ids are MySQL's (SHOW COLLATION, the protocol's charset byte). */
#define PL_COLL_BINARY 63
#define PL_COLL_UTF8MB4_GENERAL_CI 45
#define PL_COLL_UTF8MB4_BIN 46
#define PL_COLL_UTF8MB4_0900_AI_CI 255

/* Item::decimals meaning "not fixed": a DOUBLE printed in its shortest form,
 * a string, and so on. */
#define PL_DECIMALS_NOT_FIXED 31

#define PL_VF_UNSIGNED 0x1u /* PL_INT holds an unsigned 64-bit value */
/* PL_STRING from a hex or bit literal (X'41', 0x41, b'1'): in numeric
 * context its bytes are a big-endian unsigned integer, not text. */
#define PL_VF_HEXNUM 0x2u
/* Conversions of this value raise no warnings (a user variable's string,
 * which MySQL converts silently). */
#define PL_VF_QUIET 0x4u

typedef struct pl_value {
    uint8_t cls;   /* pl_vclass */
    uint8_t flags; /* PL_VF_* */
    uint16_t coll; /* PL_STRING: collation of the bytes */
    uint32_t len;  /* PL_STRING: length in bytes */
    union {
        int64_t i;
        uint64_t u;
        double d;
        const pl_decimal *dec;
        const char *s;
        pl_temporal tm;
    };
} pl_value;

#define PL_TF_UNSIGNED 0x1u /* integer or decimal type is UNSIGNED */
#define PL_TF_NOT_NULL 0x2u /* the expression can never be NULL */
#define PL_TF_EXPLICIT_COLL 0x4u /* the collation was given by COLLATE */

typedef struct pl_type {
    uint8_t field;     /* pl_field */
    uint8_t decimals;  /* scale, fsp, or PL_DECIMALS_NOT_FIXED */
    uint16_t coll;     /* collation; PL_COLL_BINARY for numbers and temporals */
    uint32_t length;   /* maximum display length in characters */
    uint8_t flags;     /* PL_TF_* */
} pl_type;

/* The storage class values of a field type are computed in. */
pl_vclass pl_field_class(pl_field field);
/* "LONGLONG", "NEWDECIMAL"... as the protocol names the code; "?" if unknown. */
const char *pl_field_name(pl_field field);

static inline pl_value pl_null(void) { return (pl_value){ .cls = PL_NULL }; }
static inline pl_value pl_int64(int64_t v) { return (pl_value){ .cls = PL_INT, .i = v }; }
static inline pl_value pl_uint64(uint64_t v)
{
    return (pl_value){ .cls = PL_INT, .flags = PL_VF_UNSIGNED, .u = v };
}
static inline pl_value pl_double(double v) { return (pl_value){ .cls = PL_DOUBLE, .d = v }; }
static inline pl_value pl_dec(const pl_decimal *d) { return (pl_value){ .cls = PL_DECIMAL, .dec = d }; }
static inline pl_value pl_str(const char *s, size_t len, uint16_t coll)
{
    return (pl_value){ .cls = PL_STRING, .coll = coll, .len = (uint32_t)len, .s = s };
}
static inline pl_value pl_tm(pl_temporal t) { return (pl_value){ .cls = PL_TEMPORAL, .tm = t }; }
static inline bool pl_is_null(const pl_value *v) { return v->cls == PL_NULL; }

/*
 * DOUBLE text as MySQL prints it.  With decimals == PL_DECIMALS_NOT_FIXED
 * the shortest text that reads back as the same double, in MySQL's choice
 * of plain or exponent form (1e20, 1.5e-7, 0.0001, 123456789012345680);
 * otherwise fixed with exactly `decimals` fractional digits.  FLOAT values
 * (is_float) print with the shortest text of the float.  buf holds
 * PL_DOUBLE_STR_MAX bytes; returns the length.
 */
#define PL_DOUBLE_STR_MAX 350
size_t pl_double_to_string(double v, int decimals, bool is_float, char *buf);

#endif
