#include "jimkv/buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jk_buf_init(jk_buf *buf, size_t limit)
{
    memset(buf, 0, sizeof(*buf));
    buf->limit = limit;
}

void jk_buf_free(jk_buf *buf)
{
    free(buf->data);
    memset(buf, 0, sizeof(*buf));
}

void jk_buf_clear(jk_buf *buf)
{
    buf->len = 0;
    buf->failed = false;
    if (buf->data) buf->data[0] = '\0';
}

/* Room for len more bytes plus a NUL. */
static bool reserve(jk_buf *buf, size_t len)
{
    if (buf->failed) return false;
    if (len > SIZE_MAX / 2 - buf->len || (buf->limit && buf->len + len > buf->limit)) {
        buf->failed = true;
        return false;
    }
    size_t need = buf->len + len + 1;
    if (need <= buf->cap) return true;
    size_t cap = buf->cap ? buf->cap : 256;
    while (cap < need) cap *= 2;
    char *data = realloc(buf->data, cap);
    if (!data) {
        buf->failed = true;
        return false;
    }
    buf->data = data;
    buf->cap = cap;
    return true;
}

void jk_buf_reserve(jk_buf *buf, size_t total)
{
    if (total > buf->len)
        reserve(buf, total - buf->len);
}

void jk_buf_append(jk_buf *buf, const void *data, size_t len)
{
    if (!reserve(buf, len)) return;
    if (len) memcpy(buf->data + buf->len, data, len);
    buf->len += len;
    buf->data[buf->len] = '\0';
}

void jk_buf_puts(jk_buf *buf, const char *s) { jk_buf_append(buf, s, strlen(s)); }

void jk_buf_putc(jk_buf *buf, char c)
{
    if (buf->len + 1 < buf->cap && !buf->failed && (!buf->limit || buf->len < buf->limit)) {
        buf->data[buf->len++] = c;
        buf->data[buf->len] = '\0';
        return;
    }
    jk_buf_append(buf, &c, 1);
}

void jk_buf_printf(jk_buf *buf, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n < 0) {
        buf->failed = true;
        return;
    }
    if ((size_t)n < sizeof(small)) {
        jk_buf_append(buf, small, (size_t)n);
        return;
    }
    if (!reserve(buf, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf->len += (size_t)n;
}

const char *jk_buf_cstr(jk_buf *buf) { return buf->data ? buf->data : ""; }
