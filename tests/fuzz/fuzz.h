/* Shared by the libFuzzer targets: a cursor over the input, an abort that libFuzzer reports as a
 * crash, and reference checks written independently of ext/core (from the Unicode tables and the
 * documented rules, not from the code under test). */
#ifndef CASHFIN_FUZZ_H
#define CASHFIN_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An invariant broke: print which and abort, so that libFuzzer saves the input as a crash. */
#define FUZZ_ASSERT(condition, what)                                                                               \
    do {                                                                                                           \
        if (!(condition)) {                                                                                        \
            fprintf(stderr, "fuzz invariant failed at %s:%d: %s\n  (%s)\n", __FILE__, __LINE__, what, #condition); \
            abort();                                                                                               \
        }                                                                                                          \
    } while (0)

typedef struct fuzz_input {
    const uint8_t *data;
    size_t size;
    size_t at;
} fuzz_input;

static inline bool fuzz_more(const fuzz_input *in)
{
    return in->at < in->size;
}

/* The next byte, or 0 past the end: an exhausted input still decodes to something. */
static inline uint8_t fuzz_byte(fuzz_input *in)
{
    return in->at < in->size ? in->data[in->at++] : 0;
}

/* Up to `want` bytes; *got says how many were left. */
static inline const uint8_t *fuzz_bytes(fuzz_input *in, size_t want, size_t *got)
{
    const uint8_t *start = in->data + in->at;
    size_t left = in->size - in->at;

    *got = want < left ? want : left;
    in->at += *got;
    return start;
}

/* A private copy of exactly len bytes, without a terminating NUL, so that ASan sees any read past
 * the end (the fuzzer's own buffer may be followed by readable bytes). */
static inline char *fuzz_exact_copy(const uint8_t *bytes, size_t len)
{
    char *copy = malloc(len ? len : 1);

    if (!copy) {
        abort();
    }
    if (len) {
        memcpy(copy, bytes, len);
    }
    return copy;
}

/* Well-formed UTF-8 as Table 3-7 of the Unicode Standard lists it, byte range by byte range. */
static inline bool ref_utf8_valid(const uint8_t *s, size_t len)
{
    size_t i = 0;

    while (i < len) {
        uint8_t b = s[i];
        uint8_t lo = 0x80, hi = 0xBF;
        size_t tail;

        if (b <= 0x7F) {
            i++;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            tail = 1;
        } else if (b == 0xE0) {
            tail = 2, lo = 0xA0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            tail = 2;
        } else if (b == 0xED) {
            tail = 2, hi = 0x9F;
        } else if (b == 0xF0) {
            tail = 3, lo = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            tail = 3;
        } else if (b == 0xF4) {
            tail = 3, hi = 0x8F;
        } else {
            return false;
        }
        if (len - i < tail + 1) { /* the sequence runs past the end */
            return false;
        }
        /* Only the first continuation byte has a narrowed range. */
        if (s[i + 1] < lo || s[i + 1] > hi) {
            return false;
        }
        for (size_t k = 2; k <= tail; k++) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) {
                return false;
            }
        }
        i += tail + 1;
    }
    return true;
}

#endif
