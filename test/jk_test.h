/*
 * The unit-test harness shared by every layer's test/ folder.
 *
 *   TEST(suite, name) { ... CHECK(cond); CHECK_EQ_INT(a, b); CHECK_EQ_STR(a, b); }
 *   TEST(suite, name, setup, teardown) { ... }   setup() runs before the body
 *                                                and teardown() after it, even
 *                                                when a CHECK fails
 *   int main(int argc, char **argv) { return jk_test_main(argc, argv); }
 *
 * Tests register themselves before main (constructor functions) and run in
 * the order they appear.  A failed CHECK prints file:line and the values,
 * marks the test failed and returns from it.  An optional argv[1] runs only
 * the tests whose "suite.name" contains it.  The exit status is the number
 * of failed tests (capped at 100), so ctest sees failure.
 */
#ifndef JK_TEST_H
#define JK_TEST_H

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JK_TEST_MAX 4096

typedef struct jk_test_case {
    const char *suite;
    const char *name;
    void (*fn)(void);
    void (*setup)(void);     /* NULL when the test has none */
    void (*teardown)(void);
} jk_test_case;

static jk_test_case jk_tests[JK_TEST_MAX];
static int jk_test_count;
static bool jk_test_failed;

static inline void jk_test_register(const char *suite, const char *name, void (*fn)(void),
                                    void (*setup)(void), void (*teardown)(void))
{
    if (jk_test_count == JK_TEST_MAX) {
        fprintf(stderr, "too many tests (JK_TEST_MAX)\n");
        exit(2);
    }
    jk_tests[jk_test_count++] = (jk_test_case){ suite, name, fn, setup, teardown };
}

#define JK_TEST_DEFINE(suite, name, setup, teardown)                           \
    static void test_##suite##_##name(void);                                   \
    __attribute__((constructor)) static void register_##suite##_##name(void)   \
    {                                                                          \
        jk_test_register(#suite, #name, test_##suite##_##name, setup, teardown); \
    }                                                                          \
    static void test_##suite##_##name(void)
#define JK_TEST2(suite, name) JK_TEST_DEFINE(suite, name, NULL, NULL)
#define JK_TEST4(suite, name, setup, teardown) JK_TEST_DEFINE(suite, name, setup, teardown)
#define JK_TEST_PICK(_1, _2, _3, _4, which, ...) which
/* TEST(suite, name) or TEST(suite, name, setup, teardown). */
#define TEST(...) JK_TEST_PICK(__VA_ARGS__, JK_TEST4, JK_TEST_BAD_ARITY, JK_TEST2, JK_TEST_BAD_ARITY)(__VA_ARGS__)

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
            jk_test_failed = true;                                             \
            return;                                                            \
        }                                                                      \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                     \
    do {                                                                       \
        long long jk_a_ = (long long)(a), jk_b_ = (long long)(b);              \
        if (jk_a_ != jk_b_) {                                                  \
            fprintf(stderr, "%s:%d: %s == %s failed: %lld != %lld\n", __FILE__, \
                    __LINE__, #a, #b, jk_a_, jk_b_);                           \
            jk_test_failed = true;                                             \
            return;                                                            \
        }                                                                      \
    } while (0)

#define CHECK_EQ_STR(a, b)                                                     \
    do {                                                                       \
        const char *jk_a_ = (a), *jk_b_ = (b);                                 \
        if (!jk_a_ || !jk_b_ || strcmp(jk_a_, jk_b_) != 0) {                   \
            fprintf(stderr, "%s:%d: %s == %s failed:\n  got:    %s\n  wanted: %s\n", \
                    __FILE__, __LINE__, #a, #b, jk_a_ ? jk_a_ : "(null)",      \
                    jk_b_ ? jk_b_ : "(null)");                                 \
            jk_test_failed = true;                                             \
            return;                                                            \
        }                                                                      \
    } while (0)

static inline int jk_test_main(int argc, char **argv)
{
    const char *filter = argc > 1 ? argv[1] : NULL;
    int failed = 0, ran = 0;
    for (int i = 0; i < jk_test_count; i++) {
        char full[256];
        snprintf(full, sizeof(full), "%s.%s", jk_tests[i].suite, jk_tests[i].name);
        if (filter && !strstr(full, filter)) continue;
        jk_test_failed = false;
        if (jk_tests[i].setup) jk_tests[i].setup();
        jk_tests[i].fn();
        if (jk_tests[i].teardown) jk_tests[i].teardown();
        ran++;
        if (jk_test_failed) {
            failed++;
            fprintf(stderr, "FAIL %s\n", full);
        }
    }
    printf("%d tests, %d passed, %d failed\n", ran, ran - failed, failed);
    return failed > 100 ? 100 : failed;
}

#endif
