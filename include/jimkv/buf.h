/*
 * jk_buf: a growable byte buffer (malloc-backed) for building output text.
 *
 * Append operations never fail visibly: on allocation failure or when the
 * buffer would pass its limit the buffer enters an error state, further
 * appends are ignored, and jk_buf_failed() reports it.  Callers check once
 * at the end instead of after every append.
 */
#ifndef JIMKV_BUF_H
#define JIMKV_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct jk_buf {
    char *data;         /* NUL-terminated when len > 0 or after jk_buf_cstr */
    size_t len;
    size_t cap;
    size_t limit;       /* 0 = unlimited */
    bool failed;
} jk_buf;

void jk_buf_init(jk_buf *buf, size_t limit);
void jk_buf_free(jk_buf *buf);
void jk_buf_clear(jk_buf *buf);
/* Makes room for a total of `total` bytes (the buffer may then be filled
 * directly through data, setting len); fails like an append. */
void jk_buf_reserve(jk_buf *buf, size_t total);
void jk_buf_append(jk_buf *buf, const void *data, size_t len);
void jk_buf_puts(jk_buf *buf, const char *s);
void jk_buf_putc(jk_buf *buf, char c);
void jk_buf_printf(jk_buf *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline bool jk_buf_failed(const jk_buf *buf) { return buf->failed; }
/* The contents as a C string ("" when empty). */
const char *jk_buf_cstr(jk_buf *buf);

#endif
