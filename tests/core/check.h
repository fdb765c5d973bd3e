/* A small runner for the core's unit tests: each TEST registers itself, CHECK records a failure
 * with its line and keeps going, and main prints "N passed, N failed". */
#ifndef CASHFIN_TEST_CHECK_H
#define CASHFIN_TEST_CHECK_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

typedef void (*test_function)(bool *failed);

void register_test(const char *name, test_function function);

#define TEST(name)                                                 \
    static void name(bool *failed);                                \
    __attribute__((constructor)) static void register_##name(void) \
    {                                                              \
        register_test(#name, name);                                \
    }                                                              \
    static void name(bool *failed)

#define CHECK(condition)                                                                    \
    do {                                                                                    \
        if (!(condition)) {                                                                 \
            fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #condition); \
            *failed = true;                                                                 \
        }                                                                                   \
    } while (0)

#define CHECK_STR(actual, expected)                                                                                \
    do {                                                                                                           \
        const char *a_ = (actual), *e_ = (expected);                                                               \
        if (!a_ || strcmp(a_, e_) != 0) {                                                                          \
            fprintf(stderr, "  %s:%d: got \"%s\", expected \"%s\"\n", __FILE__, __LINE__, a_ ? a_ : "(null)", e_); \
            *failed = true;                                                                                        \
        }                                                                                                          \
    } while (0)

#endif
