/*
 * Cost of one fiber switch.  A fiber yields in a loop while the thread
 * resumes it: each round trip is two switches.  Built twice, with the x86-64
 * switch (bench_fiber) and with swapcontext (bench_fiber_ucontext); build
 * Release to measure.  Also times create+run+free of a fiber (stack cache hit).
 *
 *   bench_fiber [round_trips]
 */
#include "../jk_fiber.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void yield_forever(void *arg)
{
    volatile long *n = arg;
    for (;;) {
        (*n)++;
        jk_fiber_yield();
        if (*n < 0) break;
    }
}

static void nothing(void *arg) { (void)arg; }

int main(int argc, char **argv)
{
    long rounds = argc > 1 ? atol(argv[1]) : 5000000;
    if (rounds <= 0 || rounds > 1000000000L) rounds = 5000000;
    volatile long n = 0;
    jk_fiber *f = jk_fiber_create(0, yield_forever, (void *)&n);
    if (!f) return 1;
    for (long i = 0; i < 1000; i++) jk_fiber_resume(f); /* warm up */
    int64_t t0 = now_ns();
    for (long i = 0; i < rounds; i++) jk_fiber_resume(f);
    int64_t t1 = now_ns();
    n = -1000000000L * 4;
    jk_fiber_resume(f);
    jk_fiber_free(f);

    long creates = rounds / 10 > 0 ? rounds / 10 : 1;
    int64_t t2 = now_ns();
    for (long i = 0; i < creates; i++) {
        jk_fiber *g = jk_fiber_create(0, nothing, NULL);
        if (!g) return 1;
        jk_fiber_resume(g);
        jk_fiber_free(g);
    }
    int64_t t3 = now_ns();
    jk_fiber_thread_exit();
    printf("%s: %.1f ns per switch (%ld round trips), %.0f ns per create+run+free\n",
           jk_fiber_switch_kind(), (double)(t1 - t0) / (2.0 * (double)rounds), rounds,
           (double)(t3 - t2) / (double)creates);
    return 0;
}
