/*
 * jk_arena: a bump allocator for objects that die together.
 *
 * Tokens, the AST, plans and executor state of one statement live in one
 * arena and are released by a single jk_arena_reset() or jk_arena_free(),
 * so no code below the statement level frees individual objects.
 *
 * Memory comes from the allocator hook (default: malloc/free) in chunks
 * that grow geometrically up to JK_ARENA_CHUNK_MAX.  A reset keeps up to
 * JK_ARENA_RETAIN_BYTES of released chunks for reuse, so an arena reused
 * statement after statement stops calling malloc once it has warmed up
 * (and glibc does not grow and trim the heap on every statement).  An arena has a byte
 * limit: past it every allocation fails (returns NULL), which is how a
 * hostile statement (a 100 MB literal, a million-term expression) turns
 * into a clean error instead of exhausting the process.
 *
 * Ownership: everything returned by jk_arena_* belongs to the arena and is
 * valid until the next reset or free.  Not thread-safe: one arena, one
 * thread at a time.
 */
#ifndef JIMKV_ARENA_H
#define JIMKV_ARENA_H

#include <stddef.h>
#include <stdint.h>

#define JK_ARENA_CHUNK_MIN 4096u
#define JK_ARENA_CHUNK_MAX (1u << 20)
#define JK_ARENA_RETAIN_BYTES (1u << 20)

/* Allocator hook: tests pass one that fails on demand. */
typedef struct jk_allocator {
    void *(*alloc)(void *ctx, size_t size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} jk_allocator;

typedef struct jk_arena_chunk jk_arena_chunk;

typedef struct jk_arena {
    jk_arena_chunk *chunk;      /* current chunk, the head of the chunk list */
    jk_arena_chunk *spare;      /* released chunks kept for reuse */
    size_t spare_bytes;         /* their total size */
    char *next;                 /* first free byte in chunk */
    char *end;                  /* one past the last byte of chunk */
    size_t used_bytes;          /* bytes taken from the allocator, all chunks */
    size_t limit_bytes;         /* 0 = unlimited */
    const jk_allocator *allocator;
} jk_arena;

/* A NULL allocator means malloc/free. */
void jk_arena_init(jk_arena *arena, const jk_allocator *allocator, size_t limit_bytes);
/* Release every chunk but the first (keeping some as spares); the arena is
 * empty and reusable. */
void jk_arena_reset(jk_arena *arena);
/* A reset that also gives the spare chunks back: for an arena that will sit
 * unused for a while (an idle connection's). */
void jk_arena_trim(jk_arena *arena);
/* Release everything; the arena must be re-initialized before reuse. */
void jk_arena_free(jk_arena *arena);

/* 8-byte aligned, uninitialized; NULL when the allocator or the limit says no. */
void *jk_arena_alloc(jk_arena *arena, size_t size);
void *jk_arena_zalloc(jk_arena *arena, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *jk_arena_strndup(jk_arena *arena, const char *s, size_t len);

#endif
