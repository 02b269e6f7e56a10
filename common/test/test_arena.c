#include "jimkv/arena.h"
#include "jimkv/buf.h"

#include <stdint.h>

#include "../../test/jk_test.h"

static jk_arena fixture;
static void arena_setup(void) { jk_arena_init(&fixture, NULL, 0); }
static void arena_teardown(void) { jk_arena_free(&fixture); }

/* The teardown frees the arena even when a CHECK returns early. */
TEST(arena, allocations_are_aligned_and_distinct, arena_setup, arena_teardown)
{
    jk_arena *a = &fixture;
    char *prev = NULL;
    for (int i = 1; i < 5000; i++) {
        char *p = jk_arena_alloc(a, (size_t)(i % 37) + 1);
        CHECK(p != NULL);
        CHECK(((uintptr_t)p & 7u) == 0);
        CHECK(p != prev);
        memset(p, 0xab, (size_t)(i % 37) + 1);
        prev = p;
    }
    jk_arena_reset(a);
    CHECK(a->used_bytes <= JK_ARENA_CHUNK_MIN + 64);
}

TEST(arena, limit_makes_allocation_fail_cleanly)
{
    jk_arena a;
    jk_arena_init(&a, NULL, 64 * 1024);
    CHECK(jk_arena_alloc(&a, 1000) != NULL);
    CHECK(jk_arena_alloc(&a, 100 * 1024) == NULL);
    CHECK(jk_arena_alloc(&a, SIZE_MAX) == NULL);
    CHECK(jk_arena_alloc(&a, SIZE_MAX - 3) == NULL);
    CHECK(jk_arena_strndup(&a, "x", SIZE_MAX) == NULL);
    CHECK(jk_arena_alloc(&a, 100) != NULL);
    jk_arena_free(&a);
}

static int fail_after;
static void *failing_alloc(void *ctx, size_t size)
{
    (void)ctx;
    if (fail_after-- <= 0) return NULL;
    return malloc(size);
}
static void plain_free(void *ctx, void *p) { (void)ctx; free(p); }

TEST(arena, allocator_failure_is_reported_not_fatal)
{
    jk_allocator al = { failing_alloc, plain_free, NULL };
    jk_arena a;
    jk_arena_init(&a, &al, 0);
    fail_after = 2;
    int ok = 0;
    for (int i = 0; i < 100; i++)
        if (jk_arena_alloc(&a, 3000)) ok++;
    CHECK(ok >= 2 && ok < 100);
    jk_arena_free(&a);
}

TEST(arena, reset_keeps_first_chunk_and_reuses_it)
{
    jk_arena a;
    jk_arena_init(&a, NULL, 0);
    for (int i = 0; i < 1000; i++) CHECK(jk_arena_alloc(&a, 512));
    jk_arena_reset(&a);
    CHECK_EQ_INT(a.used_bytes > 0, 1);
    CHECK(a.used_bytes <= JK_ARENA_CHUNK_MIN + 64);
    char *s = jk_arena_strndup(&a, "hello", 5);
    CHECK_EQ_STR(s, "hello");
    jk_arena_free(&a);
}

static int allocation_count;
static void *counting_alloc(void *ctx, size_t size)
{
    (void)ctx;
    allocation_count++;
    return malloc(size);
}

TEST(arena, reset_keeps_spares_so_reuse_does_not_allocate)
{
    jk_allocator al = { counting_alloc, plain_free, NULL };
    jk_arena a;
    jk_arena_init(&a, &al, 0);
    int after_first_round = 0;
    for (int round = 0; round < 5; round++) {
        CHECK(jk_arena_alloc(&a, 100) != NULL);
        CHECK(jk_arena_alloc(&a, 100000) != NULL);
        CHECK(jk_arena_alloc(&a, 200000) != NULL);
        jk_arena_reset(&a);
        if (round == 0) after_first_round = allocation_count;
    }
    CHECK_EQ_INT(allocation_count, after_first_round);
    CHECK(a.spare_bytes >= 300000 && a.spare_bytes <= JK_ARENA_RETAIN_BYTES);
    jk_arena_free(&a);
    CHECK_EQ_INT(a.spare_bytes, 0);
    CHECK_EQ_INT(a.used_bytes, 0);
}

TEST(buf, grows_and_respects_limit)
{
    jk_buf b;
    jk_buf_init(&b, 10);
    jk_buf_puts(&b, "hello");
    jk_buf_printf(&b, "%d", 1234);
    CHECK_EQ_STR(jk_buf_cstr(&b), "hello1234");
    CHECK(!jk_buf_failed(&b));
    jk_buf_puts(&b, "xx");
    CHECK(jk_buf_failed(&b));
    jk_buf_free(&b);
    jk_buf_init(&b, 0);
    for (int i = 0; i < 10000; i++) jk_buf_putc(&b, 'a');
    CHECK_EQ_INT(b.len, 10000);
    jk_buf_free(&b);
}

int main(int argc, char **argv) { return jk_test_main(argc, argv); }
