/*
 * jk_fiber: stackful coroutines for the network layer (private to common/).
 *
 * Purpose.  A fiber runs a function on its own stack and can suspend itself
 * in the middle of it (jk_fiber_yield) to be resumed later by its thread.
 * jk_net runs every connection's handler in a fiber, so protocol code is
 * written as straight-line blocking code while an IO thread multiplexes
 * thousands of connections.
 *
 * Model.  Asymmetric: a thread's own stack is the scheduler.  It calls
 * jk_fiber_resume(f), which runs f until f calls jk_fiber_yield() or its
 * function returns; control then comes back to the resume call.  Fibers
 * never switch to each other directly, and a fiber is only ever resumed by
 * the thread that created it (its stack cache, sanitizer state and the
 * switch itself are per thread).
 *
 * Stacks.  Each stack is an mmap'd region (MAP_NORESERVE | MAP_STACK), with
 * a PROT_NONE guard page below it so an overflow faults instead of
 * scribbling over a neighbour.  Only the pages a fiber actually touches
 * become resident, so a 1 MiB stack costs a few KiB for a connection that
 * is idle in a read.  The fiber's own bookkeeping sits at the top of its
 * stack, in the page that is resident anyway.  Freed stacks go to a
 * per-thread cache of at most JK_FIBER_CACHE_MAX stacks; on the way in,
 * everything but the top JK_FIBER_STACK_KEEP_BYTES is returned to the
 * kernel (MADV_DONTNEED), so a statement that once recursed deeply does not
 * leave its megabyte resident in the cache.
 *
 * Switching.  On x86-64 a 20-instruction switch saves the callee-saved
 * registers, MXCSR and the x87 control word, and swaps stack pointers; no
 * system call.  Elsewhere (or with -DJK_FIBER_UCONTEXT) it falls back to
 * swapcontext, which also saves the signal mask with a sigprocmask system
 * call on every switch (see bench/ and the report in docs/net-section.md
 * for the measured difference).
 *
 * Sanitizers.  Under ASan every switch is announced with
 * __sanitizer_start/finish_switch_fiber (so ASan knows which stack is live
 * and keeps per-fiber fake stacks), and a stack is unpoisoned before it is
 * cached or unmapped.  Under TSan each fiber has a TSan fiber context and
 * switches synchronise (flag 0), which is the truth: fibers of one thread
 * run one after another.
 *
 * Ownership.  jk_fiber_create returns a fiber the caller frees with
 * jk_fiber_free once it has finished (or was never resumed).  A suspended
 * fiber must not be freed: its stack holds live frames.  jk_fiber_thread_exit
 * unmaps the calling thread's cache; call it before the thread ends.
 */
#ifndef JIMKV_FIBER_H
#define JIMKV_FIBER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct jk_fiber jk_fiber;
typedef void (*jk_fiber_fn)(void *arg);

#define JK_FIBER_STACK_MIN (32u * 1024u)      /* smaller requests are rounded up */
#define JK_FIBER_STACK_MAX (256u << 20)        /* larger requests fail (EINVAL) */
#define JK_FIBER_CACHE_MAX 64u                 /* stacks kept per thread for reuse */
#define JK_FIBER_STACK_KEEP_BYTES (16u * 1024u) /* stays resident in a cached stack */

/* A fiber that will run fn(arg) on a stack of at least stack_bytes (0 means
 * JK_FIBER_STACK_MIN).  NULL with errno set when the stack cannot be mapped. */
jk_fiber *jk_fiber_create(size_t stack_bytes, jk_fiber_fn fn, void *arg);
/* From the thread's own stack (not from a fiber): runs f until it yields or
 * returns.  f must not be finished. */
void jk_fiber_resume(jk_fiber *f);
/* From inside a fiber: back to the jk_fiber_resume that ran it. */
void jk_fiber_yield(void);
/* Whether f's function has returned. */
bool jk_fiber_done(const jk_fiber *f);
/* Releases a finished or never-resumed fiber (its stack goes to the cache). */
void jk_fiber_free(jk_fiber *f);
/* The running fiber, or NULL on the thread's own stack. */
jk_fiber *jk_fiber_self(void);
/* Unmaps the calling thread's cached stacks. */
void jk_fiber_thread_exit(void);
/* Stacks in the calling thread's cache (for tests). */
unsigned jk_fiber_cache_count(void);
/* "x86-64 asm" or "ucontext": which switch this build uses. */
const char *jk_fiber_switch_kind(void);

#endif
