/*
 * jk_fiber: see jk_fiber.h.
 *
 * Layout of one stack mapping (addresses grow to the right):
 *
 *   map                                                         map + map_bytes
 *   | guard page (PROT_NONE) | stack, grows leftwards ... | struct jk_fiber |
 *                            ^ stack_lo                   ^ stack_lo + stack_bytes
 *
 * Keeping struct jk_fiber in the stack's top page costs no allocation and no
 * extra resident memory: that page is touched by the first frame anyway.
 *
 * A new fiber's stack is prepared so that the first switch to it "returns"
 * into a trampoline that calls fiber_main(f); fiber_main never returns, it
 * switches back to the thread a last time with done set, and the thread
 * frees the fiber from its own stack (a fiber cannot unmap the stack it is
 * running on).
 */
#include "jk_fiber.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "jimkv/assert.h"

#if !defined(JK_FIBER_UCONTEXT) && !defined(__x86_64__)
#define JK_FIBER_UCONTEXT 1
#endif
#ifdef JK_FIBER_UCONTEXT
#include <ucontext.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define JK_FIBER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JK_FIBER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define JK_FIBER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define JK_FIBER_TSAN 1
#endif
#endif
#ifdef JK_FIBER_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif
#ifdef JK_FIBER_TSAN
#include <sanitizer/tsan_interface.h>
#endif

struct jk_fiber {
    jk_fiber_fn fn;
    void *arg;
    char *map;              /* the whole mapping, guard page first */
    size_t map_bytes;
    char *stack_lo;         /* lowest usable stack byte (just above the guard) */
    size_t stack_bytes;     /* usable bytes from stack_lo up to this struct */
    bool started;           /* resumed at least once */
    bool done;              /* fn returned */
    jk_fiber *cache_next;   /* link in the thread's stack cache */
#ifdef JK_FIBER_UCONTEXT
    ucontext_t uc;
#else
    void *sp;               /* saved stack pointer while suspended */
#endif
#ifdef JK_FIBER_ASAN
    void *asan_fake;        /* ASan's fake stack of this fiber while suspended */
#endif
#ifdef JK_FIBER_TSAN
    void *tsan;             /* TSan's fiber context */
#endif
};

/* Per-thread state: the scheduler's (thread stack's) saved context and the
 * stack cache.  Only the owning thread touches it. */
typedef struct fiber_thread {
    jk_fiber *current;      /* running fiber, NULL on the thread's stack */
#ifdef JK_FIBER_UCONTEXT
    ucontext_t uc;
#else
    void *sp;
#endif
    jk_fiber *cache;        /* finished fibers whose stacks can be reused */
    unsigned ncache;
#ifdef JK_FIBER_ASAN
    void *asan_fake;
    const void *asan_lo;    /* the thread stack's bounds, learned on the first switch */
    size_t asan_size;
#endif
#ifdef JK_FIBER_TSAN
    void *tsan;
#endif
} fiber_thread;

static _Thread_local fiber_thread self;

/* ---- the context switch ---- */

#ifndef JK_FIBER_UCONTEXT
/*
 * jk_fiber_switch_x86_64(save, load): pushes the SysV callee-saved registers
 * (rbp rbx r12-r15) and the callee-saved control state (MXCSR, x87 control
 * word), stores rsp to *save, loads rsp from load and pops the same frame in
 * reverse.  Caller-saved registers need no saving: the C caller already
 * assumes a call clobbers them.
 *
 * The trampoline is where a new fiber's first switch "returns" to: r12 holds
 * the fiber and r13 fiber_main (see ctx_init).  It is entered by ret with
 * rsp 16-byte aligned, so the call below enters fiber_main with the ABI's
 * alignment.
 */
__attribute__((visibility("hidden"))) void jk_fiber_switch_x86_64(void **save, void *load);
__attribute__((visibility("hidden"))) void jk_fiber_trampoline_x86_64(void);
__asm__(
    ".text\n"
    ".globl jk_fiber_switch_x86_64\n"
    ".hidden jk_fiber_switch_x86_64\n"
    ".type jk_fiber_switch_x86_64, @function\n"
    ".p2align 4\n"
    "jk_fiber_switch_x86_64:\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    subq $8, %rsp\n"
    "    stmxcsr (%rsp)\n"
    "    fnstcw 4(%rsp)\n"
    "    movq %rsp, (%rdi)\n"
    "    movq %rsi, %rsp\n"
    "    ldmxcsr (%rsp)\n"
    "    fldcw 4(%rsp)\n"
    "    addq $8, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    ".size jk_fiber_switch_x86_64, .-jk_fiber_switch_x86_64\n"
    ".globl jk_fiber_trampoline_x86_64\n"
    ".hidden jk_fiber_trampoline_x86_64\n"
    ".type jk_fiber_trampoline_x86_64, @function\n"
    ".p2align 4\n"
    "jk_fiber_trampoline_x86_64:\n"
    "    movq %r12, %rdi\n"
    "    callq *%r13\n"
    "    ud2\n"
    ".size jk_fiber_trampoline_x86_64, .-jk_fiber_trampoline_x86_64\n");
#endif

static void fiber_main(jk_fiber *f);

#ifdef JK_FIBER_UCONTEXT
/* makecontext passes only ints; the fiber comes from the thread state,
 * where jk_fiber_resume put it just before the first switch. */
static void fiber_entry_ucontext(void) { fiber_main(self.current); }

static void ctx_init(jk_fiber *f)
{
    getcontext(&f->uc);
    f->uc.uc_stack.ss_sp = f->stack_lo;
    f->uc.uc_stack.ss_size = f->stack_bytes;
    f->uc.uc_link = NULL;
    makecontext(&f->uc, fiber_entry_ucontext, 0);
}
static void ctx_to_fiber(jk_fiber *f) { swapcontext(&self.uc, &f->uc); }
static void ctx_to_thread(jk_fiber *f) { swapcontext(&f->uc, &self.uc); }
const char *jk_fiber_switch_kind(void) { return "ucontext"; }
#else
static void ctx_init(jk_fiber *f)
{
    /* The frame jk_fiber_switch_x86_64 pops, from the lowest address:
     * MXCSR + x87 CW, r15, r14, r13 (fiber_main), r12 (f), rbx, rbp (0, the
     * end of frame-pointer chains), return address (the trampoline), then
     * two zero words of padding so that rsp is 16-byte aligned after ret. */
    uintptr_t top = ((uintptr_t)f->stack_lo + f->stack_bytes) & ~(uintptr_t)15;
    uint64_t *sp = (uint64_t *)top;
    *--sp = 0;
    *--sp = 0;
    *--sp = (uint64_t)(uintptr_t)jk_fiber_trampoline_x86_64;
    *--sp = 0;                                  /* rbp */
    *--sp = 0;                                  /* rbx */
    *--sp = (uint64_t)(uintptr_t)f;             /* r12 */
    *--sp = (uint64_t)(uintptr_t)fiber_main;    /* r13 */
    *--sp = 0;                                  /* r14 */
    *--sp = 0;                                  /* r15 */
    *--sp = 0x0000037F00001F80ull;              /* the ABI's initial MXCSR and x87 CW */
    f->sp = sp;
    JK_ASSERT(((uintptr_t)(sp + 8) & 15u) == 0);
}
static void ctx_to_fiber(jk_fiber *f) { jk_fiber_switch_x86_64(&self.sp, f->sp); }
static void ctx_to_thread(jk_fiber *f) { jk_fiber_switch_x86_64(&f->sp, self.sp); }
const char *jk_fiber_switch_kind(void) { return "x86-64 asm"; }
#endif

/* Leaves fiber f for the thread's stack and, unless f is finishing, returns
 * when the thread resumes f again. */
static void switch_to_thread(jk_fiber *f)
{
#ifdef JK_FIBER_ASAN
    /* NULL for a finishing fiber: ASan then frees its fake stack. */
    __sanitizer_start_switch_fiber(f->done ? NULL : &f->asan_fake, self.asan_lo, self.asan_size);
#endif
#ifdef JK_FIBER_TSAN
    __tsan_switch_to_fiber(self.tsan, 0);
#endif
    ctx_to_thread(f);
#ifdef JK_FIBER_ASAN
    __sanitizer_finish_switch_fiber(f->asan_fake, &self.asan_lo, &self.asan_size);
#endif
}

static void fiber_main(jk_fiber *f)
{
#ifdef JK_FIBER_ASAN
    __sanitizer_finish_switch_fiber(NULL, &self.asan_lo, &self.asan_size);
#endif
    JK_ASSERT(self.current == f && !f->done);
    f->fn(f->arg);
    f->done = true;
    switch_to_thread(f);
    jk_assert_fail("a finished fiber was resumed", __FILE__, __LINE__);
}

/* ---- stacks ---- */

static size_t page_bytes(void) { return (size_t)sysconf(_SC_PAGESIZE); }

static jk_fiber *stack_map(size_t map_bytes)
{
    size_t page = page_bytes();
    char *map = mmap(NULL, map_bytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (map == MAP_FAILED) return NULL;
    if (mprotect(map, page, PROT_NONE) != 0) {
        int e = errno;
        munmap(map, map_bytes);
        errno = e;
        return NULL;
    }
    uintptr_t top = (uintptr_t)map + map_bytes;
    jk_fiber *f = (jk_fiber *)((top - sizeof(jk_fiber)) & ~(uintptr_t)63);
    memset(f, 0, sizeof(*f));
    f->map = map;
    f->map_bytes = map_bytes;
    f->stack_lo = map + page;
    f->stack_bytes = (size_t)((char *)f - f->stack_lo);
    JK_ASSERT(f->stack_bytes >= JK_FIBER_STACK_MIN - page);
    return f;
}

static void stack_unmap(jk_fiber *f)
{
#ifdef JK_FIBER_ASAN
    /* Frames that never returned (fiber_main's) leave poisoned shadow that
     * would fire on whatever is mapped here next. */
    __asan_unpoison_memory_region(f->stack_lo, f->stack_bytes);
#endif
    munmap(f->map, f->map_bytes);
}

static jk_fiber *cache_take(size_t map_bytes)
{
    for (jk_fiber **p = &self.cache; *p; p = &(*p)->cache_next) {
        jk_fiber *f = *p;
        if (f->map_bytes != map_bytes) continue;
        *p = f->cache_next;
        self.ncache--;
        char *map = f->map;
        char *lo = f->stack_lo;
        size_t bytes = f->stack_bytes;
        memset(f, 0, sizeof(*f));
        f->map = map;
        f->map_bytes = map_bytes;
        f->stack_lo = lo;
        f->stack_bytes = bytes;
        return f;
    }
    return NULL;
}

static void cache_put(jk_fiber *f)
{
    if (self.ncache >= JK_FIBER_CACHE_MAX) {
        stack_unmap(f);
        return;
    }
#ifdef JK_FIBER_ASAN
    __asan_unpoison_memory_region(f->stack_lo, f->stack_bytes);
#endif
    /* Give back all but the top of the stack.  Pages never touched cost the
     * kernel a page-table walk and no TLB shootdown, so this is cheap for
     * the usual shallow connection. */
    size_t page = page_bytes();
    if (f->stack_bytes > JK_FIBER_STACK_KEEP_BYTES + page) {
        size_t drop = (f->stack_bytes - JK_FIBER_STACK_KEEP_BYTES) & ~(page - 1);
        madvise(f->stack_lo, drop, MADV_DONTNEED);
    }
    f->cache_next = self.cache;
    self.cache = f;
    self.ncache++;
}

/* ---- interface ---- */

jk_fiber *jk_fiber_create(size_t stack_bytes, jk_fiber_fn fn, void *arg)
{
    JK_ASSERT(fn != NULL);
    if (stack_bytes > JK_FIBER_STACK_MAX) {
        errno = EINVAL;
        return NULL;
    }
    if (stack_bytes < JK_FIBER_STACK_MIN) stack_bytes = JK_FIBER_STACK_MIN;
    size_t page = page_bytes();
    /* + the guard page, + the page holding struct jk_fiber */
    size_t map_bytes = ((stack_bytes + page - 1) & ~(page - 1)) + 2 * page;
    jk_fiber *f = cache_take(map_bytes);
    if (!f) f = stack_map(map_bytes);
    if (!f) return NULL;
    f->fn = fn;
    f->arg = arg;
    ctx_init(f);
#ifdef JK_FIBER_TSAN
    f->tsan = __tsan_create_fiber(0);
#endif
    JK_ASSERT(!f->started && !f->done);
    return f;
}

void jk_fiber_resume(jk_fiber *f)
{
    JK_ASSERT(self.current == NULL); /* fibers do not resume fibers */
    JK_ASSERT(f != NULL && !f->done);
    self.current = f;
    f->started = true;
#ifdef JK_FIBER_ASAN
    __sanitizer_start_switch_fiber(&self.asan_fake, f->stack_lo, f->stack_bytes);
#endif
#ifdef JK_FIBER_TSAN
    if (!self.tsan) self.tsan = __tsan_get_current_fiber();
    __tsan_switch_to_fiber(f->tsan, 0);
#endif
    ctx_to_fiber(f);
#ifdef JK_FIBER_ASAN
    __sanitizer_finish_switch_fiber(self.asan_fake, NULL, NULL);
#endif
    JK_ASSERT(self.current == f);
    self.current = NULL;
}

void jk_fiber_yield(void)
{
    jk_fiber *f = self.current;
    JK_ASSERT(f != NULL); /* only a fiber can yield */
    JK_ASSERT(!f->done);
    switch_to_thread(f);
    JK_ASSERT(self.current == f);
}

bool jk_fiber_done(const jk_fiber *f) { return f->done; }

jk_fiber *jk_fiber_self(void) { return self.current; }

void jk_fiber_free(jk_fiber *f)
{
    if (!f) return;
    JK_ASSERT(f->done || !f->started); /* a suspended stack holds live frames */
    JK_ASSERT(f != self.current);
#ifdef JK_FIBER_TSAN
    __tsan_destroy_fiber(f->tsan);
#endif
    cache_put(f);
}

void jk_fiber_thread_exit(void)
{
    JK_ASSERT(self.current == NULL);
    while (self.cache) {
        jk_fiber *f = self.cache;
        self.cache = f->cache_next;
        stack_unmap(f);
    }
    self.ncache = 0;
}

unsigned jk_fiber_cache_count(void) { return self.ncache; }
