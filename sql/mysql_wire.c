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

size_t mysql_lenenc_size(uint64_t v) { return v < 251 ? 1 : v < (1u << 16) ? 3 : v < (1u << 24) ? 4 : 9; }

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
    mysql_ok_payload_state(b, header, affected, insert_id, status, warnings, caps, NULL, 0);
}

void mysql_ok_payload_state(jk_buf *b, uint8_t header, uint64_t affected, uint64_t insert_id, uint16_t status,
                            uint16_t warnings, uint32_t caps, const char *state, size_t state_len)
{
    bool with_state = (caps & CLIENT_SESSION_TRACK) && state_len > 0;
    if (with_state)
        status |= SERVER_SESSION_STATE_CHANGED;
    jk_buf_clear(b);
    mysql_put_u8(b, header);
    mysql_put_lenenc(b, affected);
    mysql_put_lenenc(b, insert_id);
    mysql_put_u16(b, status);
    mysql_put_u16(b, warnings);
    /* The info string: length-encoded with SESSION_TRACK, else the rest of
     * the packet; JimKV sends none.  Then the session state changes. */
    if (caps & CLIENT_SESSION_TRACK)
        mysql_put_lenenc(b, 0);
    if (with_state)
        mysql_put_lenenc_str(b, state, state_len);
}

void mysql_track_schema(jk_buf *state, const char *schema)
{
    size_t n = strlen(schema);
    mysql_put_u8(state, SESSION_TRACK_SCHEMA);
    mysql_put_lenenc(state, mysql_lenenc_size(n) + n);
    mysql_put_lenenc_str(state, schema, n);
}

void mysql_track_variable(jk_buf *state, const char *name, const char *value, size_t value_len)
{
    size_t n = strlen(name);
    mysql_put_u8(state, SESSION_TRACK_SYSTEM_VARIABLES);
    mysql_put_lenenc(state, mysql_lenenc_size(n) + n + mysql_lenenc_size(value_len) + value_len);
    mysql_put_lenenc_str(state, name, n);
    mysql_put_lenenc_str(state, value, value_len);
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
    /* Numbers, temporals and NULL columns are in the binary charset too,
     * and MySQL flags every binary-charset column BINARY (SELECT 1: 0x81). */
    if (mysql_column_charset(t) == PL_COLL_BINARY)
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

/* ---- the binary protocol ---- */

static void put_temporal(jk_buf *b, const pl_temporal *t, pl_field field)
{
    if (field == PL_F_TIME) {
        uint32_t days = t->hour / 24;
        bool has_us = t->microsecond != 0;
        if (!t->neg && !days && !t->hour && !t->minute && !t->second && !has_us) {
            mysql_put_u8(b, 0);
            return;
        }
        mysql_put_u8(b, has_us ? 12 : 8);
        mysql_put_u8(b, t->neg);
        mysql_put_u32(b, days);
        mysql_put_u8(b, (uint8_t)(t->hour % 24));
        mysql_put_u8(b, t->minute);
        mysql_put_u8(b, t->second);
        if (has_us)
            mysql_put_u32(b, t->microsecond);
        return;
    }
    bool has_time = field != PL_F_DATE && (t->hour || t->minute || t->second || t->microsecond);
    bool has_us = field != PL_F_DATE && t->microsecond;
    if (!t->year && !t->month && !t->day && !has_time) {
        mysql_put_u8(b, 0);
        return;
    }
    mysql_put_u8(b, has_us ? 11 : has_time ? 7 : 4);
    mysql_put_u16(b, t->year);
    mysql_put_u8(b, t->month);
    mysql_put_u8(b, t->day);
    if (has_time) {
        mysql_put_u8(b, (uint8_t)t->hour);
        mysql_put_u8(b, t->minute);
        mysql_put_u8(b, t->second);
    }
    if (has_us)
        mysql_put_u32(b, t->microsecond);
}

/* A value of a column without a binary form of its own: its text. */
static void put_text(jk_buf *b, const pl_value *v, const pl_type *t)
{
    char buf[PL_TEXT_MAX];
    size_t len;
    const char *s = pl_to_text(v, t, buf, &len);
    mysql_put_lenenc_str(b, s, len);
}

void mysql_binary_row_payload(jk_buf *b, const pl_value *vals, const pl_type *const *types, uint32_t n)
{
    jk_buf_clear(b);
    mysql_put_u8(b, 0x00);
    size_t bitmap_at = b->len, bitmap_len = (n + 7 + 2) / 8;
    for (size_t i = 0; i < bitmap_len; i++)
        mysql_put_u8(b, 0);
    for (uint32_t i = 0; i < n; i++) {
        const pl_value *v = &vals[i];
        const pl_type *t = types[i];
        if (pl_is_null(v)) {
            if (!jk_buf_failed(b))
                b->data[bitmap_at + (i + 2) / 8] |= (char)(1u << ((i + 2) % 8));
            continue;
        }
        switch ((pl_field)t->field) {
        case PL_F_TINY:
        case PL_F_SHORT:
        case PL_F_YEAR:
        case PL_F_LONG:
        case PL_F_INT24:
        case PL_F_LONGLONG: {
            uint64_t x = v->cls == PL_INT ? v->u : (uint64_t)(int64_t)(v->cls == PL_DOUBLE ? v->d : 0);
            size_t width = t->field == PL_F_TINY ? 1 : (t->field == PL_F_SHORT || t->field == PL_F_YEAR) ? 2
                           : t->field == PL_F_LONGLONG ? 8 : 4;
            for (size_t k = 0; k < width; k++)
                mysql_put_u8(b, (uint8_t)(x >> (8 * k)));
            break;
        }
        case PL_F_FLOAT: {
            float f = (float)(v->cls == PL_DOUBLE ? v->d : v->cls == PL_INT ? (double)v->i : 0);
            uint32_t bits;
            memcpy(&bits, &f, 4);
            mysql_put_u32(b, bits);
            break;
        }
        case PL_F_DOUBLE: {
            double d = v->cls == PL_DOUBLE ? v->d : v->cls == PL_INT ? (double)v->i : 0;
            uint64_t bits;
            memcpy(&bits, &d, 8);
            mysql_put_u64(b, bits);
            break;
        }
        case PL_F_DATE:
        case PL_F_DATETIME:
        case PL_F_TIMESTAMP:
        case PL_F_TIME:
            if (v->cls == PL_TEMPORAL) {
                put_temporal(b, &v->tm, (pl_field)t->field);
                break;
            }
            put_text(b, v, t);
            break;
        default:
            put_text(b, v, t);
            break;
        }
    }
}

static bool get_temporal(mysql_reader *r, uint8_t type, pl_temporal *tm, int *fsp)
{
    uint8_t len = mysql_get_u8(r);
    memset(tm, 0, sizeof *tm);
    *fsp = 0;
    if (type == PL_F_TIME) {
        tm->kind = PL_TM_TIME;
        if (len == 0)
            return !r->bad;
        if (len != 8 && len != 12)
            return false;
        tm->neg = mysql_get_u8(r) != 0;
        uint32_t days = mysql_get_u32(r);
        uint32_t hour = mysql_get_u8(r);
        tm->minute = mysql_get_u8(r);
        tm->second = mysql_get_u8(r);
        if (len == 12)
            tm->microsecond = mysql_get_u32(r), *fsp = 6;
        uint64_t hours = (uint64_t)days * 24 + hour;
        if (hours > PL_TM_TIME_HOUR_MAX || tm->minute > 59 || tm->second > 59 || tm->microsecond > 999999)
            return false;
        tm->hour = (uint16_t)hours;
        tm->fsp = (uint8_t)*fsp;
        if (!hours && !tm->minute && !tm->second && !tm->microsecond)
            tm->neg = false;
        return !r->bad;
    }
    tm->kind = type == PL_F_DATE ? PL_TM_DATE : PL_TM_DATETIME;
    if (len != 0 && len != 4 && len != 7 && len != 11)
        return false;
    if (len >= 4) {
        tm->year = mysql_get_u16(r);
        tm->month = mysql_get_u8(r);
        tm->day = mysql_get_u8(r);
    }
    if (len >= 7 && type != PL_F_DATE) {
        tm->hour = mysql_get_u8(r);
        tm->minute = mysql_get_u8(r);
        tm->second = mysql_get_u8(r);
    } else if (len >= 7) {
        mysql_get_bytes(r, 3);
    }
    if (len == 11) {
        uint32_t us = mysql_get_u32(r);
        if (type != PL_F_DATE)
            tm->microsecond = us, *fsp = 6;
    }
    tm->fsp = (uint8_t)*fsp;
    return !r->bad && pl_tm_valid(tm);
}

bool mysql_decode_param(mysql_reader *r, uint8_t type, bool is_unsigned, uint16_t coll, pl_decimal *dec,
                        pl_value *out, pl_type *t)
{
    switch (type) {
    case PL_F_NULL:
        *out = pl_null();
        *t = pl_type_null();
        return true;
    case PL_F_TINY:
    case PL_F_SHORT:
    case PL_F_YEAR:
    case PL_F_LONG:
    case PL_F_INT24:
    case PL_F_LONGLONG: {
        size_t width = type == PL_F_TINY ? 1 : (type == PL_F_SHORT || type == PL_F_YEAR) ? 2
                       : type == PL_F_LONGLONG ? 8 : 4;
        uint64_t x = 0;
        for (size_t k = 0; k < width; k++)
            x |= (uint64_t)mysql_get_u8(r) << (8 * k);
        if (!is_unsigned && width < 8 && (x >> (8 * width - 1)) & 1)
            x |= ~0ull << (8 * width); /* sign-extend */
        *out = is_unsigned && width == 8 ? pl_uint64(x) : pl_int64((int64_t)x);
        *t = pl_type_int(20, is_unsigned && width == 8);
        return !r->bad;
    }
    case PL_F_FLOAT: {
        uint32_t bits = mysql_get_u32(r);
        float f;
        memcpy(&f, &bits, 4);
        *out = pl_double(f);
        *t = pl_type_double(PL_DECIMALS_NOT_FIXED);
        t->field = PL_F_FLOAT;
        return !r->bad;
    }
    case PL_F_DOUBLE: {
        uint64_t bits = mysql_get_u64(r);
        double d;
        memcpy(&d, &bits, 8);
        *out = pl_double(d);
        *t = pl_type_double(PL_DECIMALS_NOT_FIXED);
        return !r->bad;
    }
    case PL_F_DECIMAL:
    case PL_F_NEWDECIMAL: {
        size_t len;
        const char *s = mysql_get_lenenc_str(r, &len);
        if (r->bad || pl_dec_parse(s, len, dec) != PL_DEC_OK)
            return false;
        *out = pl_dec(dec);
        int digits = 0;
        for (size_t i = 0; i < len; i++)
            digits += s[i] >= '0' && s[i] <= '9';
        *t = pl_type_decimal(digits, dec->scale);
        return true;
    }
    case PL_F_DATE:
    case PL_F_DATETIME:
    case PL_F_TIMESTAMP:
    case PL_F_TIME: {
        pl_temporal tm;
        int fsp;
        if (!get_temporal(r, type, &tm, &fsp))
            return false;
        *out = pl_tm(tm);
        *t = pl_type_temporal(type == PL_F_TIMESTAMP ? PL_F_DATETIME : (pl_field)type, fsp);
        return true;
    }
    case PL_F_TINY_BLOB:
    case PL_F_MEDIUM_BLOB:
    case PL_F_LONG_BLOB:
    case PL_F_BLOB:
    case PL_F_BIT:
    case PL_F_VARCHAR:
    case PL_F_VAR_STRING:
    case PL_F_STRING:
    case PL_F_ENUM:
    case PL_F_SET:
    case PL_F_JSON: {
        size_t len;
        const char *s = mysql_get_lenenc_str(r, &len);
        bool binary = type == PL_F_BIT || (type >= PL_F_TINY_BLOB && type <= PL_F_BLOB && coll == PL_COLL_BINARY);
        uint16_t c = binary ? PL_COLL_BINARY : coll;
        *out = pl_str(s, len, c);
        *t = pl_type_string((uint32_t)len, c);
        return !r->bad;
    }
    }
    return false;
}
