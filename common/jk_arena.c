/*
 * jk_arena: see include/jimkv/arena.h.
 *
 * Chunks form a singly linked list, newest first.  A chunk is sized to the
 * larger of the request and the next geometric step, so one huge object
 * (a 100 MB string literal) costs one chunk of its own size, not a copy
 * into many.  Reset keeps the oldest (first, smallest) chunk so that a
 * per-statement arena reused in a loop does not touch malloc at all for
 * small statements.
 */
#include "jimkv/arena.h"

#include <stdlib.h>
#include <string.h>

#include "jimkv/assert.h"

struct jk_arena_chunk {
    jk_arena_chunk *prev;   /* older chunk, NULL for the first */
    size_t size;            /* usable bytes after the header */
    /* data follows, 16-byte aligned */
};

#define CHUNK_HEADER ((sizeof(jk_arena_chunk) + 15u) & ~(size_t)15u)
#define ARENA_ALIGN 8u

static void *default_alloc(void *ctx, size_t size) { (void)ctx; return malloc(size); }
static void default_free(void *ctx, void *ptr) { (void)ctx; free(ptr); }
static const jk_allocator default_allocator = { default_alloc, default_free, NULL };

void jk_arena_init(jk_arena *arena, const jk_allocator *allocator, size_t limit_bytes)
{
    memset(arena, 0, sizeof(*arena));
    arena->allocator = allocator ? allocator : &default_allocator;
    arena->limit_bytes = limit_bytes;
}

static char *chunk_data(jk_arena_chunk *chunk) { return (char *)chunk + CHUNK_HEADER; }

static void release_chunks(jk_arena *arena, jk_arena_chunk *chunk, jk_arena_chunk *keep)
{
    while (chunk && chunk != keep) {
        jk_arena_chunk *prev = chunk->prev;
        arena->used_bytes -= CHUNK_HEADER + chunk->size;
        arena->allocator->free(arena->allocator->ctx, chunk);
        chunk = prev;
    }
}

void jk_arena_reset(jk_arena *arena)
{
    jk_arena_chunk *first = arena->chunk;
    while (first && first->prev) first = first->prev;
    for (jk_arena_chunk *c = arena->chunk; c && c != first;) {
        jk_arena_chunk *prev = c->prev;
        if (arena->spare_bytes + c->size <= JK_ARENA_RETAIN_BYTES) {
            arena->used_bytes -= CHUNK_HEADER + c->size;
            c->prev = arena->spare;
            arena->spare = c;
            arena->spare_bytes += c->size;
        } else {
            release_chunks(arena, c, prev);
        }
        c = prev;
    }
    arena->chunk = first;
    arena->next = first ? chunk_data(first) : NULL;
    arena->end = first ? chunk_data(first) + first->size : NULL;
    JK_ASSERT(!first || arena->used_bytes == CHUNK_HEADER + first->size);
}

static void free_spares(jk_arena *arena)
{
    for (jk_arena_chunk *c = arena->spare; c;) {
        jk_arena_chunk *prev = c->prev;
        arena->allocator->free(arena->allocator->ctx, c);
        c = prev;
    }
    arena->spare = NULL;
    arena->spare_bytes = 0;
}

void jk_arena_trim(jk_arena *arena)
{
    jk_arena_reset(arena);
    free_spares(arena);
}

void jk_arena_free(jk_arena *arena)
{
    release_chunks(arena, arena->chunk, NULL);
    free_spares(arena);
    JK_ASSERT(arena->used_bytes == 0);
    arena->chunk = NULL;
    arena->next = arena->end = NULL;
}

/* A spare chunk that holds size bytes, unlinked from the spare list. */
static jk_arena_chunk *take_spare(jk_arena *arena, size_t size)
{
    for (jk_arena_chunk **link = &arena->spare; *link; link = &(*link)->prev) {
        jk_arena_chunk *c = *link;
        if (c->size < size) continue;
        if (arena->limit_bytes && arena->used_bytes + CHUNK_HEADER + c->size > arena->limit_bytes)
            return NULL;
        *link = c->prev;
        arena->spare_bytes -= c->size;
        return c;
    }
    return NULL;
}

static void *grow(jk_arena *arena, size_t size)
{
    jk_arena_chunk *spare = take_spare(arena, size);
    if (spare) {
        spare->prev = arena->chunk;
        arena->chunk = spare;
        arena->used_bytes += CHUNK_HEADER + spare->size;
        arena->next = chunk_data(spare) + size;
        arena->end = chunk_data(spare) + spare->size;
        return chunk_data(spare);
    }
    size_t want = arena->chunk ? arena->chunk->size * 2 : JK_ARENA_CHUNK_MIN;
    if (want > JK_ARENA_CHUNK_MAX) want = JK_ARENA_CHUNK_MAX;
    if (want < size) want = size;
    if (want > SIZE_MAX - CHUNK_HEADER) return NULL;
    size_t total = CHUNK_HEADER + want;
    if (arena->limit_bytes && (total > arena->limit_bytes ||
                               arena->used_bytes > arena->limit_bytes - total))
        return NULL;
    jk_arena_chunk *chunk = arena->allocator->alloc(arena->allocator->ctx, total);
    if (!chunk) return NULL;
    chunk->prev = arena->chunk;
    chunk->size = want;
    arena->chunk = chunk;
    arena->used_bytes += total;
    arena->next = chunk_data(chunk) + size;
    arena->end = chunk_data(chunk) + want;
    return chunk_data(chunk);
}

void *jk_arena_alloc(jk_arena *arena, size_t size)
{
    if (size == 0) size = 1;
    if (size > SIZE_MAX - ARENA_ALIGN) return NULL;
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if ((size_t)(arena->end - arena->next) >= size && arena->next) {
        void *p = arena->next;
        arena->next += size;
        return p;
    }
    return grow(arena, size);
}

void *jk_arena_zalloc(jk_arena *arena, size_t size)
{
    void *p = jk_arena_alloc(arena, size);
    if (p) memset(p, 0, size);
    return p;
}

char *jk_arena_strndup(jk_arena *arena, const char *s, size_t len)
{
    if (len == SIZE_MAX) return NULL;
    char *p = jk_arena_alloc(arena, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
