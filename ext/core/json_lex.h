/* The tokens of JSON exactly as PHP's json_decode() reads them: whitespace (space, tab, CR, LF only),
 * strings (valid UTF-8, no raw control characters, the escapes of RFC 8259 with \u surrogates only in
 * pairs), numbers (RFC 8259's grammar; an integer is a 64-bit integer when it fits, otherwise a double)
 * and the three literals. No PHP here: the Zend layer's decoder (ext/decode.c) builds zvals from these
 * tokens, the strict checker (json_check.c) only walks them, and both can be tested and fuzzed alone.
 *
 * The scanners used for every token are inline: a 100-customer page holds some 3,500 tokens, and a call
 * per token would cost more than the scanning of most of them. */
#ifndef CASHFIN_CORE_JSON_LEX_H
#define CASHFIN_CORE_JSON_LEX_H

#include "text.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The scanners the decoder's loops run for every token, inlined into them. */
#if defined(__GNUC__)
#define CF_JSON_HOT static inline __attribute__((always_inline))
#else
#define CF_JSON_HOT static inline
#endif

/* json_decode()'s default depth. As in PHP's parser, it counts the scalar level too: at most
 * CF_JSON_MAX_DEPTH - 1 arrays and objects may be open at once. */
#define CF_JSON_MAX_DEPTH 512

static inline bool cf_json_is_space(char c)
{
    return (unsigned char)c <= ' ' && (c == ' ' || c == '\n' || c == '\r' || c == '\t');
}

static inline const char *cf_json_skip_space(const char *p, const char *end)
{
    while (p < end && cf_json_is_space(*p)) {
        p++;
    }
    return p;
}

static inline bool cf_json_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* True when `word` (a literal: true, false or null) starts at p. */
static inline bool cf_json_literal(const char *p, const char *end, const char *word, size_t len)
{
    return (size_t)(end - p) >= len && memcmp(p, word, len) == 0;
}

/* A backslash escape at p (at the backslash). Returns the byte after it, or NULL when json_decode
 * refuses it; adds to *saved how many bytes shorter it is once decoded. */
const char *cf_json_scan_escape(const char *p, const char *end, size_t *saved);

/* Writes the decoded bytes of a string body already accepted by cf_json_scan_string (from just after
 * its opening quote to its closing quote) and returns the end of what it wrote. */
char *cf_json_unescape(const char *p, const char *close, char *out);

/* Plain runs inside strings are skipped 16 bytes at a time with SSE2 (every x86-64), else 8 at a time
 * in a 64-bit word on little-endian machines, else byte by byte. CF_JSON_NO_SSE2 and CF_JSON_NO_WORDS
 * turn the faster ways off, so that the tests can reach the others. */
#if defined(__SSE2__) && defined(__GNUC__) && !defined(CF_JSON_NO_SSE2)
#define CF_JSON_SSE2 1
#include <emmintrin.h>

/* The bits (one per byte) of the 16 bytes at p that end a plain run: a quote, a backslash, a control
 * character or any byte from 0x80 (signed, those are below 0x20 too). */
static inline unsigned cf_json_special_16(const char *p)
{
    __m128i bytes = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i special = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))),
        _mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)));

    return (unsigned)_mm_movemask_epi8(special);
}
#endif

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
    !defined(CF_JSON_NO_WORDS)
#define CF_JSON_WORDS 1
#define CF_JSON_ONES 0x0101010101010101ULL
#define CF_JSON_HIGHS 0x8080808080808080ULL

/* Marks (in the high bit of each byte) the bytes of w that end a plain run inside a string: a quote,
 * a backslash, a control character or the start of a multi-byte UTF-8 sequence. The lowest mark is
 * exact (the subtractions only borrow upwards from a marked byte). */
static inline uint64_t cf_json_special_bytes(uint64_t w)
{
    uint64_t quote = w ^ (CF_JSON_ONES * '"');
    uint64_t backslash = w ^ (CF_JSON_ONES * '\\');

    return (((quote - CF_JSON_ONES) & ~quote) | ((backslash - CF_JSON_ONES) & ~backslash) |
            ((w - CF_JSON_ONES * 0x20) & ~w) | w) &
           CF_JSON_HIGHS;
}
#endif

static inline bool cf_json_is_plain(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/* The first byte from p on that ends a plain run inside a string (see above), or end. */
CF_JSON_HOT const char *cf_json_plain_run(const char *p, const char *end)
{
#ifdef CF_JSON_SSE2
    for (; end - p >= 16; p += 16) {
        unsigned marks = cf_json_special_16(p);

        if (marks) {
            return p + __builtin_ctz(marks);
        }
    }
#endif
#ifdef CF_JSON_WORDS
    for (; end - p >= 8; p += 8) {
        uint64_t word, marks;

        memcpy(&word, p, sizeof(word));
        marks = cf_json_special_bytes(word);
        if (marks) {
            return p + (__builtin_ctzll(marks) >> 3);
        }
    }
#endif
    while (p < end && cf_json_is_plain((unsigned char)*p)) {
        p++;
    }
    return p;
}

/* Scans a string body from just after its opening quote. Returns its closing quote, or NULL when
 * json_decode refuses the string. *decoded_len is its length once unescaped, which is shorter than the
 * raw length exactly when it holds escapes. */
CF_JSON_HOT const char *cf_json_scan_string(const char *p, const char *end, size_t *decoded_len)
{
    const char *start = p;
    size_t saved = 0;

    for (;;) {
        unsigned char c;

        p = cf_json_plain_run(p, end);
        if (p >= end) {
            return NULL;
        }
        c = (unsigned char)*p;
        if (c == '"') {
            *decoded_len = (size_t)(p - start) - saved;
            return p;
        }
        if (c == '\\') {
            if (!(p = cf_json_scan_escape(p, end, &saved))) {
                return NULL;
            }
        } else if (c < 0x20) {
            return NULL;
        } else {
            size_t len = cf_utf8_sequence(p, (size_t)(end - p));

            if (!len) {
                return NULL;
            }
            p += len;
        }
    }
}

typedef struct cf_json_number {
    bool is_integer; /* json_decode gives an int: no fraction, no exponent, within 64 bits */
    int64_t integer;
} cf_json_number;

static inline const char *cf_json_digits(const char *p, const char *end)
{
    while (p < end && cf_json_is_digit(*p)) {
        p++;
    }
    return p;
}

/* Scans a number at p. Returns the byte after it, or NULL when RFC 8259's grammar is broken there
 * (json_decode refuses "01", "1.", ".5", "-", "1e"). A number that is not an integer by
 * cf_json_number's rule is the double its text [p, returned) reads as: an integer beyond 64 bits too,
 * as json_decode gives it without JSON_BIGINT_AS_STRING. */
static inline const char *cf_json_scan_number(const char *p, const char *end, cf_json_number *number)
{
    const char *digits;
    uint64_t magnitude = 0;
    bool negative = false;
    size_t count;

    if (p < end && *p == '-') {
        negative = true;
        p++;
    }
    digits = p;
    if (p < end && *p == '0') {
        p++;
    } else if (p < end && *p >= '1' && *p <= '9') {
        /* At most 19 digits are summed (below 2^64); a longer integer is a double anyway. */
        for (; p < end && cf_json_is_digit(*p); p++) {
            magnitude = p - digits < 19 ? magnitude * 10 + (uint64_t)(*p - '0') : magnitude;
        }
    } else {
        return NULL;
    }
    count = (size_t)(p - digits);
    number->is_integer = true;
    if (p < end && *p == '.') {
        if (!(p + 1 < end && cf_json_is_digit(p[1]))) {
            return NULL;
        }
        p = cf_json_digits(p + 1, end);
        number->is_integer = false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        p++;
        if (p < end && (*p == '+' || *p == '-')) {
            p++;
        }
        if (!(p < end && cf_json_is_digit(*p))) {
            return NULL;
        }
        p = cf_json_digits(p, end);
        number->is_integer = false;
    }
    if (number->is_integer) {
        const uint64_t limit = (uint64_t)INT64_MAX + (negative ? 1 : 0);

        if (count > 19 || magnitude > limit) {
            number->is_integer = false; /* beyond 64 bits: a double */
        } else if (negative) {
            number->integer = magnitude == 0 ? 0 : -(int64_t)(magnitude - 1) - 1;
        } else {
            number->integer = (int64_t)magnitude;
        }
    }
    return p;
}

#endif
