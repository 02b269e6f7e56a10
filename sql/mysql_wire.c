/*
 * The MySQL protocol's encodings.  See mysql_wire.h.
 */
#include "mysql_wire.h"

#include <string.h>

#include "charset.h"

/* ---- reading ---- */

static const unsigned char *take(mysql_reader *r, size_t n)
{
    if (r->bad || n > r->n - r->pos) {
        r->bad = true;
        r->pos = r->n;
        return NULL;
    }
    const unsigned char *p = r->p + r->pos;
    r->pos += n;
    return p;
}

static uint64_t get_le(mysql_reader *r, size_t n)
{
    const unsigned char *p = take(r, n);
    uint64_t v = 0;
    for (size_t i = 0; p && i < n; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

uint8_t mysql_get_u8(mysql_reader *r) { return (uint8_t)get_le(r, 1); }
uint16_t mysql_get_u16(mysql_reader *r) { return (uint16_t)get_le(r, 2); }
uint32_t mysql_get_u24(mysql_reader *r) { return (uint32_t)get_le(r, 3); }
uint32_t mysql_get_u32(mysql_reader *r) { return (uint32_t)get_le(r, 4); }
uint64_t mysql_get_u64(mysql_reader *r) { return get_le(r, 8); }

uint64_t mysql_get_lenenc(mysql_reader *r, bool *is_null)
{
    if (is_null)
        *is_null = false;
    uint8_t first = mysql_get_u8(r);
    switch (first) {
    case 0xFB:
        if (is_null)
            *is_null = true;
        return 0;
    case 0xFC:
        return get_le(r, 2);
    case 0xFD:
        return get_le(r, 3);
    case 0xFE:
        return get_le(r, 8);
    case 0xFF:
        /* Not a length: an ERR packet's marker. */
        r->bad = true;
        return 0;
    default:
        return first;
    }
}

const char *mysql_get_bytes(mysql_reader *r, size_t n) { return (const char *)take(r, n); }

const char *mysql_get_cstr(mysql_reader *r, size_t *len)
{
    const unsigned char *start = r->p + r->pos;
    const unsigned char *nul = r->bad ? NULL : memchr(start, 0, r->n - r->pos);
    if (!nul) {
        r->bad = true;
        r->pos = r->n;
        *len = 0;
        return "";
    }
    *len = (size_t)(nul - start);
    r->pos += *len + 1;
    return (const char *)start;
}

const char *mysql_get_lenenc_str(mysql_reader *r, size_t *len)
{
    uint64_t n = mysql_get_lenenc(r, NULL);
    const char *s = n <= mysql_left(r) ? mysql_get_bytes(r, (size_t)n) : NULL;
    if (!s) {
        r->bad = true;
        *len = 0;
        return "";
    }
    *len = (size_t)n;
    return s;
}

const char *mysql_get_rest(mysql_reader *r, size_t *len)
{
    *len = mysql_left(r);
    const char *s = (const char *)(r->p + r->pos);
    r->pos = r->n;
    return s;
}

/* ---- writing ---- */

static void put_le(jk_buf *b, uint64_t v, size_t n)
{
    unsigned char tmp[8];
    for (size_t i = 0; i < n; i++)
        tmp[i] = (unsigned char)(v >> (8 * i));
    jk_buf_append(b, tmp, n);
}

void mysql_put_u8(jk_buf *b, uint8_t v) { put_le(b, v, 1); }
void mysql_put_u16(jk_buf *b, uint16_t v) { put_le(b, v, 2); }
void mysql_put_u24(jk_buf *b, uint32_t v) { put_le(b, v, 3); }
void mysql_put_u32(jk_buf *b, uint32_t v) { put_le(b, v, 4); }
void mysql_put_u64(jk_buf *b, uint64_t v) { put_le(b, v, 8); }

void mysql_put_lenenc(jk_buf *b, uint64_t v)
{
    if (v < 251) {
        put_le(b, v, 1);
    } else if (v < (1u << 16)) {
        put_le(b, 0xFC, 1);
        put_le(b, v, 2);
    } else if (v < (1u << 24)) {
        put_le(b, 0xFD, 1);
        put_le(b, v, 3);
    } else {
        put_le(b, 0xFE, 1);
        put_le(b, v, 8);
    }
}

void mysql_put_lenenc_str(jk_buf *b, const char *s, size_t n)
{
    mysql_put_lenenc(b, n);
    jk_buf_append(b, s, n);
}

void mysql_put_cstr(jk_buf *b, const char *s) { jk_buf_append(b, s, strlen(s) + 1); }

void mysql_frame(jk_buf *out, uint8_t *seq, const void *payload, size_t n)
{
    const char *p = payload;
    for (;;) {
        size_t piece = n > MYSQL_MAX_PAYLOAD ? MYSQL_MAX_PAYLOAD : n;
        mysql_put_u24(out, (uint32_t)piece);
        mysql_put_u8(out, (*seq)++);
        jk_buf_append(out, p, piece);
        p += piece;
        n -= piece;
        /* A piece of exactly the maximum says "more follows", so a payload
         * that ends on the boundary needs an empty packet after it. */
        if (piece < MYSQL_MAX_PAYLOAD)
            break;
    }
}

void mysql_ok_payload(jk_buf *b, uint8_t header, uint64_t affected, uint64_t insert_id, uint16_t status,
                      uint16_t warnings, uint32_t caps)
{
    jk_buf_clear(b);
    mysql_put_u8(b, header);
    mysql_put_lenenc(b, affected);
    mysql_put_lenenc(b, insert_id);
    mysql_put_u16(b, status);
    mysql_put_u16(b, warnings);
    /* The info string: length-encoded with SESSION_TRACK, else the rest of
     * the packet; JimKV sends none, and tracks no session state yet. */
    if (caps & CLIENT_SESSION_TRACK)
        mysql_put_lenenc(b, 0);
}

void mysql_err_payload(jk_buf *b, int code, const char *sqlstate, const char *message)
{
    jk_buf_clear(b);
    mysql_put_u8(b, 0xFF);
    mysql_put_u16(b, (uint16_t)code);
    jk_buf_putc(b, '#');
    jk_buf_append(b, sqlstate && strlen(sqlstate) == 5 ? sqlstate : "HY000", 5);
    jk_buf_puts(b, message);
}

void mysql_eof_payload(jk_buf *b, uint16_t warnings, uint16_t status)
{
    jk_buf_clear(b);
    mysql_put_u8(b, 0xFE);
    mysql_put_u16(b, warnings);
    mysql_put_u16(b, status);
}

/* ---- column definitions ---- */

static bool is_string_field(pl_field f) { return pl_field_class(f) == PL_STRING && f != PL_F_NULL; }

uint16_t mysql_column_charset(const pl_type *t)
{
    if (is_string_field((pl_field)t->field) && t->field != PL_F_BIT)
        return t->coll ? t->coll : PL_COLL_BINARY;
    return PL_COLL_BINARY;
}

uint32_t mysql_column_length(const pl_type *t)
{
    uint64_t len = t->length;
    if (is_string_field((pl_field)t->field) && t->field != PL_F_BIT) {
        const pl_collation *c = pl_coll_by_id(mysql_column_charset(t));
        len *= c ? c->mbmaxlen : 1;
    }
    return len > UINT32_MAX ? UINT32_MAX : (uint32_t)len;
}

uint16_t mysql_column_flags(const pl_type *t)
{
    uint16_t f = 0;
    if (t->flags & PL_TF_NOT_NULL)
        f |= COLUMN_NOT_NULL;
    if (t->flags & PL_TF_UNSIGNED)
        f |= COLUMN_UNSIGNED;
    pl_vclass c = pl_field_class((pl_field)t->field);
    if (c == PL_INT || c == PL_DOUBLE || c == PL_DECIMAL)
        f |= COLUMN_NUM;
    if (t->field == PL_F_BLOB || t->field == PL_F_TINY_BLOB || t->field == PL_F_MEDIUM_BLOB ||
        t->field == PL_F_LONG_BLOB)
        f |= COLUMN_BLOB;
    if (mysql_column_charset(t) == PL_COLL_BINARY && (c == PL_STRING || c == PL_TEMPORAL))
        f |= COLUMN_BINARY;
    return f;
}

void mysql_column_payload(jk_buf *b, const char *schema, const char *table, const char *org_table,
                          const char *name, size_t name_len, const char *org_name, const pl_type *type)
{
    jk_buf_clear(b);
    mysql_put_lenenc_str(b, "def", 3);
    mysql_put_lenenc_str(b, schema, strlen(schema));
    mysql_put_lenenc_str(b, table, strlen(table));
    mysql_put_lenenc_str(b, org_table, strlen(org_table));
    mysql_put_lenenc_str(b, name, name_len);
    mysql_put_lenenc_str(b, org_name, strlen(org_name));
    mysql_put_lenenc(b, 0x0c);
    mysql_put_u16(b, mysql_column_charset(type));
    mysql_put_u32(b, mysql_column_length(type));
    mysql_put_u8(b, type->field);
    mysql_put_u16(b, mysql_column_flags(type));
    uint8_t decimals = type->decimals;
    if (pl_field_class((pl_field)type->field) == PL_INT)
        decimals = 0;
    mysql_put_u8(b, decimals);
    mysql_put_u16(b, 0);
}

void mysql_text_row_payload(jk_buf *b, const pl_value *vals, const pl_type *const *types, uint32_t n)
{
    jk_buf_clear(b);
    for (uint32_t i = 0; i < n; i++) {
        if (pl_is_null(&vals[i])) {
            mysql_put_u8(b, 0xFB);
            continue;
        }
        char buf[PL_TEXT_MAX];
        size_t len;
        const char *s = pl_to_text(&vals[i], types[i], buf, &len);
        mysql_put_lenenc_str(b, s, len);
    }
}
