/*
 * mysql_wire: the MySQL client/server protocol's encodings.
 *
 * Purpose.  Everything the server sends or parses byte by byte lives here,
 * free of sockets so it can be unit-tested and fuzzed: length-encoded
 * integers and strings, the packet framing (3-byte length, sequence id,
 * payloads of 16 MB and more split into 0xFFFFFF-byte pieces), and the
 * OK, ERR, EOF and column-definition packets.
 *
 * Reading.  A mysql_reader walks one received payload; every get_* checks
 * the bounds and, past the end, sets `bad` and returns zero / empty, so a
 * malformed packet from a client is noticed once at the end instead of
 * crashing anywhere in between.
 *
 * Writing.  Payloads are built in a jk_buf; mysql_frame() appends the
 * framed packet(s) of a payload to an output buffer.
 */
#ifndef JIMKV_MYSQL_WIRE_H
#define JIMKV_MYSQL_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "expr.h"
#include "jimkv/buf.h"

#define MYSQL_MAX_PAYLOAD 0xFFFFFFu

/* Capability flags. */
#define CLIENT_LONG_PASSWORD (1u << 0)
#define CLIENT_FOUND_ROWS (1u << 1)
#define CLIENT_LONG_FLAG (1u << 2)
#define CLIENT_CONNECT_WITH_DB (1u << 3)
#define CLIENT_NO_SCHEMA (1u << 4)
#define CLIENT_COMPRESS (1u << 5)
#define CLIENT_ODBC (1u << 6)
#define CLIENT_LOCAL_FILES (1u << 7)
#define CLIENT_IGNORE_SPACE (1u << 8)
#define CLIENT_PROTOCOL_41 (1u << 9)
#define CLIENT_INTERACTIVE (1u << 10)
#define CLIENT_SSL (1u << 11)
#define CLIENT_IGNORE_SIGPIPE (1u << 12)
#define CLIENT_TRANSACTIONS (1u << 13)
#define CLIENT_RESERVED (1u << 14)
#define CLIENT_SECURE_CONNECTION (1u << 15)
#define CLIENT_MULTI_STATEMENTS (1u << 16)
#define CLIENT_MULTI_RESULTS (1u << 17)
#define CLIENT_PS_MULTI_RESULTS (1u << 18)
#define CLIENT_PLUGIN_AUTH (1u << 19)
#define CLIENT_CONNECT_ATTRS (1u << 20)
#define CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA (1u << 21)
#define CLIENT_CAN_HANDLE_EXPIRED_PASSWORDS (1u << 22)
#define CLIENT_SESSION_TRACK (1u << 23)
#define CLIENT_DEPRECATE_EOF (1u << 24)

/* Server status flags. */
#define SERVER_STATUS_IN_TRANS 0x0001u
#define SERVER_STATUS_AUTOCOMMIT 0x0002u
#define SERVER_MORE_RESULTS_EXISTS 0x0008u
#define SERVER_QUERY_NO_GOOD_INDEX_USED 0x0010u
#define SERVER_QUERY_NO_INDEX_USED 0x0020u
#define SERVER_STATUS_NO_BACKSLASH_ESCAPES 0x0200u
#define SERVER_SESSION_STATE_CHANGED 0x4000u

/* Session state change types in an OK packet. */
#define SESSION_TRACK_SYSTEM_VARIABLES 0
#define SESSION_TRACK_SCHEMA 1

/* Column definition flags. */
#define COLUMN_NOT_NULL 0x0001u
#define COLUMN_BLOB 0x0010u
#define COLUMN_UNSIGNED 0x0020u
#define COLUMN_BINARY 0x0080u
#define COLUMN_NUM 0x8000u

typedef struct mysql_reader {
    const unsigned char *p;
    size_t n, pos;
    bool bad; /* a read ran past the end */
} mysql_reader;

static inline void mysql_reader_init(mysql_reader *r, const void *p, size_t n)
{
    r->p = p;
    r->n = n;
    r->pos = 0;
    r->bad = false;
}
static inline size_t mysql_left(const mysql_reader *r) { return r->n - r->pos; }

uint8_t mysql_get_u8(mysql_reader *r);
uint16_t mysql_get_u16(mysql_reader *r);
uint32_t mysql_get_u24(mysql_reader *r);
uint32_t mysql_get_u32(mysql_reader *r);
uint64_t mysql_get_u64(mysql_reader *r);
/* A length-encoded integer; *is_null (may be NULL) for the 0xFB marker. */
uint64_t mysql_get_lenenc(mysql_reader *r, bool *is_null);
/* n bytes in place; NULL (and bad) when fewer remain. */
const char *mysql_get_bytes(mysql_reader *r, size_t n);
/* A NUL-terminated string in place (without the NUL); bad when unterminated. */
const char *mysql_get_cstr(mysql_reader *r, size_t *len);
/* A length-encoded string in place. */
const char *mysql_get_lenenc_str(mysql_reader *r, size_t *len);
/* The rest of the payload. */
const char *mysql_get_rest(mysql_reader *r, size_t *len);

void mysql_put_u8(jk_buf *b, uint8_t v);
void mysql_put_u16(jk_buf *b, uint16_t v);
void mysql_put_u24(jk_buf *b, uint32_t v);
void mysql_put_u32(jk_buf *b, uint32_t v);
void mysql_put_u64(jk_buf *b, uint64_t v);
void mysql_put_lenenc(jk_buf *b, uint64_t v);
void mysql_put_lenenc_str(jk_buf *b, const char *s, size_t n);
/* Bytes mysql_put_lenenc(v) writes. */
size_t mysql_lenenc_size(uint64_t v);
void mysql_put_cstr(jk_buf *b, const char *s);

/* Appends payload[0..n) to out as packets with sequence ids from *seq
 * (advanced past them): pieces of MYSQL_MAX_PAYLOAD bytes, and an empty
 * last packet when n is a multiple of it. */
void mysql_frame(jk_buf *out, uint8_t *seq, const void *payload, size_t n);

/* Payload builders (into b, which they clear first). */
void mysql_ok_payload(jk_buf *b, uint8_t header, uint64_t affected, uint64_t insert_id, uint16_t status,
                      uint16_t warnings, uint32_t caps);
/* The same with session state changes (entries built by mysql_track_*):
 * sent, with SERVER_SESSION_STATE_CHANGED, when the client tracks them. */
void mysql_ok_payload_state(jk_buf *b, uint8_t header, uint64_t affected, uint64_t insert_id, uint16_t status,
                            uint16_t warnings, uint32_t caps, const char *state, size_t state_len);
/* Session state entries (SESSION_TRACK_SCHEMA, SESSION_TRACK_SYSTEM_VARIABLES). */
void mysql_track_schema(jk_buf *state, const char *schema);
void mysql_track_variable(jk_buf *state, const char *name, const char *value, size_t value_len);
void mysql_err_payload(jk_buf *b, int code, const char *sqlstate, const char *message);
void mysql_eof_payload(jk_buf *b, uint16_t warnings, uint16_t status);

/* Column definition (Protocol::ColumnDefinition41) of a result column. */
void mysql_column_payload(jk_buf *b, const char *schema, const char *table, const char *org_table,
                          const char *name, size_t name_len, const char *org_name, const pl_type *type);
/* Column length, flags and the character set id the protocol announces for
 * a pl_type (MySQL's rules: strings in bytes of their charset, numbers with
 * their display width). */
uint32_t mysql_column_length(const pl_type *t);
uint16_t mysql_column_flags(const pl_type *t);
uint16_t mysql_column_charset(const pl_type *t);

/* One text-protocol row: each value as a length-encoded string, NULL as
 * 0xFB. */
void mysql_text_row_payload(jk_buf *b, const pl_value *vals, const pl_type *const *types, uint32_t n);

/* One binary-protocol row (COM_STMT_EXECUTE results): a 0x00 header, the
 * NULL bitmap (offset 2), then each non-NULL value in its column type's
 * binary form (fixed-width integers and floats, packed temporals, and
 * length-encoded strings for everything else). */
void mysql_binary_row_payload(jk_buf *b, const pl_value *vals, const pl_type *const *types, uint32_t n);

/* Decodes one COM_STMT_EXECUTE parameter of protocol type `type` (the
 * unsigned flag in is_unsigned) into *out and its type into *t.  Strings
 * point into the packet; a DECIMAL is stored in *dec.  false on a
 * malformed value or a type JimKV does not accept. */
bool mysql_decode_param(mysql_reader *r, uint8_t type, bool is_unsigned, uint16_t coll, pl_decimal *dec,
                        pl_value *out, pl_type *t);

#endif
