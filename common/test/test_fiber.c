/*
 * Fibers on their own: switching, interleaving, stack reuse, deep stacks and
 * the guard page.  Built twice: with the x86-64 switch and with
 * -DJK_FIBER_UCONTEXT (test_fiber_ucontext), so the fallback keeps working.
 */
#include "../jk_fiber.h"

#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../test/jk_test.h"

typedef struct counter {
    int value;
    int rounds;
    jk_fiber *seen_self;
} counter;

static void count_and_yield(void *arg)
{
    counter *c = arg;
    c->seen_self = jk_fiber_self();
    for (int i = 0; i < c->rounds; i++) {
        c->value++;
        jk_fiber_yield();
    }
}

TEST(fiber, resume_runs_until_yield_and_done_after_return)
{
    counter c = { 0, 1000, NULL };
    jk_fiber *f = jk_fiber_create(0, count_and_yield, &c);
    CHECK(f != NULL);
    CHECK(jk_fiber_self() == NULL);
    for (int i = 1; i <= 1000; i++) {
        jk_fiber_resume(f);
        CHECK_EQ_INT(c.value, i);
        CHECK(!jk_fiber_done(f));
    }
    jk_fiber_resume(f);
    CHECK(jk_fiber_done(f));
    CHECK(c.seen_self == f);
    CHECK(jk_fiber_self() == NULL);
    jk_fiber_free(f);
}

/* Each fiber appends its index; round-robin resumption must interleave. */
#define INTERLEAVE_FIBERS 100
#define INTERLEAVE_ROUNDS 20
static int trace[INTERLEAVE_FIBERS * INTERLEAVE_ROUNDS];
static int trace_len;
static void append_index(void *arg)
{
    int index = (int)(intptr_t)arg;
    for (int r = 0; r < INTERLEAVE_ROUNDS; r++) {
        trace[trace_len++] = index;
        jk_fiber_yield();
    }
}

TEST(fiber, many_fibers_interleave_in_resume_order)
{
    jk_fiber *f[INTERLEAVE_FIBERS];
    trace_len = 0;
    for (int i = 0; i < INTERLEAVE_FIBERS; i++) {
        f[i] = jk_fiber_create(64 * 1024, append_index, (void *)(intptr_t)i);
        CHECK(f[i] != NULL);
    }
    for (int r = 0; r <= INTERLEAVE_ROUNDS; r++)
        for (int i = 0; i < INTERLEAVE_FIBERS; i++) jk_fiber_resume(f[i]);
    CHECK_EQ_INT(trace_len, INTERLEAVE_FIBERS * INTERLEAVE_ROUNDS);
    for (int k = 0; k < trace_len; k++) CHECK_EQ_INT(trace[k], k % INTERLEAVE_FIBERS);
    for (int i = 0; i < INTERLEAVE_FIBERS; i++) {
        CHECK(jk_fiber_done(f[i]));
        jk_fiber_free(f[i]);
    }
    CHECK(jk_fiber_cache_count() <= JK_FIBER_CACHE_MAX);
    jk_fiber_thread_exit();
    CHECK_EQ_INT(jk_fiber_cache_count(), 0);
}

static void nothing(void *arg) { (void)arg; }

TEST(fiber, freed_stacks_are_reused_and_the_cache_is_bounded)
{
    jk_fiber *first = jk_fiber_create(0, nothing, NULL);
    CHECK(first != NULL);
    jk_fiber_resume(first);
    jk_fiber_free(first);
    CHECK_EQ_INT(jk_fiber_cache_count(), 1);
    jk_fiber *again = jk_fiber_create(0, nothing, NULL);
    CHECK(again == first); /* the struct sits at the top of the reused stack */
    CHECK_EQ_INT(jk_fiber_cache_count(), 0);
    jk_fiber_free(again); /* never resumed: also fine to free */

    jk_fiber *many[JK_FIBER_CACHE_MAX + 10];
    for (unsigned i = 0; i < JK_FIBER_CACHE_MAX + 10; i++) {
        many[i] = jk_fiber_create(0, nothing, NULL);
        CHECK(many[i] != NULL);
    }
    for (unsigned i = 0; i < JK_FIBER_CACHE_MAX + 10; i++) jk_fiber_free(many[i]);
    CHECK_EQ_INT(jk_fiber_cache_count(), JK_FIBER_CACHE_MAX);
    /* A different size does not take a cached stack of another size. */
    jk_fiber *big = jk_fiber_create(4u << 20, nothing, NULL);
    CHECK(big != NULL);
    CHECK_EQ_INT(jk_fiber_cache_count(), JK_FIBER_CACHE_MAX);
    jk_fiber_free(big);
    jk_fiber_thread_exit();
    CHECK_EQ_INT(jk_fiber_cache_count(), 0);
}

/* About 4 KiB per level; volatile so the compiler keeps the frames. */
static int recurse(int depth)
{
    volatile char pad[4000];
    pad[0] = (char)depth;
    pad[sizeof(pad) - 1] = (char)depth;
    if (depth == 0) return pad[0];
    return recurse(depth - 1) + pad[sizeof(pad) - 1] - (char)depth;
}

static void deep(void *arg)
{
    int *out = arg;
    *out = recurse(150); /* ~600 KiB */
    jk_fiber_yield();
    *out = recurse(150) + 1;
}

TEST(fiber, a_deep_stack_survives_a_switch)
{
    int out = -1;
    jk_fiber *f = jk_fiber_create(1024 * 1024, deep, &out);
    CHECK(f != NULL);
    jk_fiber_resume(f);
    CHECK_EQ_INT(out, 0);
    jk_fiber_resume(f);
    CHECK_EQ_INT(out, 1);
    CHECK(jk_fiber_done(f));
    jk_fiber_free(f);
    jk_fiber_thread_exit();
}

static void overflow(void *arg)
{
    (void)arg;
    recurse(1 << 20); /* 4 GiB of frames on a 64 KiB stack */
}

/* The overflowing fiber runs in a child process, which must die of the fault
 * (or of the sanitizer's report of it) instead of running on. */
TEST(fiber, the_guard_page_stops_an_overflow)
{
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stderr)) _exit(3);
        jk_fiber *f = jk_fiber_create(64 * 1024, overflow, NULL);
        if (f) jk_fiber_resume(f);
        _exit(0);
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) != 0));
}

static volatile double fp_sink;
static void use_floating_point(void *arg)
{
    double *x = arg;
    for (int i = 0; i < 3; i++) {
        *x = *x * 1.5 + 0.25;
        fp_sink = *x;
        jk_fiber_yield();
    }
}

TEST(fiber, floating_point_values_survive_switches)
{
    double x = 1.0, y = 3.0;
    jk_fiber *f = jk_fiber_create(0, use_floating_point, &x);
    CHECK(f != NULL);
    while (!jk_fiber_done(f)) {
        y = y * 2.0 - 1.0;
        jk_fiber_resume(f);
    }
    CHECK(x == ((1.0 * 1.5 + 0.25) * 1.5 + 0.25) * 1.5 + 0.25);
    CHECK(y == 33.0); /* four resumes: 5, 9, 17, 33 */
    jk_fiber_free(f);
    jk_fiber_thread_exit();
}

int main(int argc, char **argv)
{
    printf("fiber switch: %s\n", jk_fiber_switch_kind());
    return jk_test_main(argc, argv);
}
