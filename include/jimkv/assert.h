/*
 * Assertions (see STYLE.md, "Assertions").
 *
 *   JK_ASSERT(x)   checked in debug, sanitizer and simulation builds (JK_DEBUG);
 *                  a failure prints the condition and aborts.
 *   JK_ALWAYS(x)   a defensive test of something believed always true:
 *                  asserts in debug builds, evaluates to x in release builds.
 *   JK_NEVER(x)    the same for something believed never true.
 */
#ifndef JIMKV_ASSERT_H
#define JIMKV_ASSERT_H

#include <stdio.h>
#include <stdlib.h>

static inline _Noreturn void jk_assert_fail(const char *cond, const char *file, int line)
{
    fprintf(stderr, "%s:%d: assertion failed: %s\n", file, line, cond);
    abort();
}

#ifdef JK_DEBUG
#define JK_ASSERT(x) ((x) ? (void)0 : jk_assert_fail(#x, __FILE__, __LINE__))
#define JK_ALWAYS(x) ((x) ? 1 : (jk_assert_fail(#x, __FILE__, __LINE__), 0))
#define JK_NEVER(x) ((x) ? (jk_assert_fail("!(" #x ")", __FILE__, __LINE__), 1) : 0)
#else
#define JK_ASSERT(x) ((void)0)
#define JK_ALWAYS(x) (!!(x))
#define JK_NEVER(x) (!!(x))
#endif

#endif
