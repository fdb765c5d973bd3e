/* Byte-level text checks shared by the field rules, the query checks and the answer checks.
 * Everything takes an explicit length: PHP strings may hold NUL bytes. */
#ifndef CASHFIN_CORE_TEXT_H
#define CASHFIN_CORE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
bool cf_utf8_valid(const char *s, size_t len);

/* The length of the one UTF-8 sequence at s (1 to 4 bytes, by the same rule), or 0 when the bytes
 * there, within `left` (at least 1), are not one. */
size_t cf_utf8_sequence(const char *s, size_t left);

/* Code points in a string already known to be valid UTF-8. */
size_t cf_utf8_length(const char *s, size_t len);

/* True when s holds a C0 control character or DEL; `allowed` lists controls that are tolerated
 * (for example "\t\n\r"), or is NULL. */
bool cf_has_control(const char *s, size_t len, const char *allowed);

/* True when s holds nothing but ASCII whitespace. */
bool cf_is_blank(const char *s, size_t len);

/* Percent-encodes everything but RFC 3986 unreserved characters. Returns a malloc'd,
 * NUL-terminated string, or NULL when out of memory. */
char *cf_url_encode(const char *s, size_t len);

/* The same, leaving the characters of `kept` as they are too (e.g. "/" for a path). */
char *cf_url_encode_keeping(const char *s, size_t len, const char *kept);

/* Makes *buffer hold at least `needed` bytes, doubling its capacity from `initial`; false when out of
 * memory (the buffer is then unchanged). */
bool cf_reserve(char **buffer, size_t *capacity, size_t needed, size_t initial);

/* malloc'd NUL-terminated copy of len bytes, or NULL. */
char *cf_strndup(const char *s, size_t len);

/* Overwrites memory in a way the compiler may not drop: used for the client secret. */
void cf_wipe(void *p, size_t len);

#endif
