/* Answer headers as received (names lower-cased), and the few the client interprets. */
#ifndef CASHFIN_CORE_HEADERS_H
#define CASHFIN_CORE_HEADERS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

typedef struct cf_header {
    char *name; /* lower-case */
    char *value;
} cf_header;

typedef struct cf_headers {
    cf_header *items;
    size_t count;
    size_t capacity;
} cf_headers;

typedef struct cf_rate_limit {
    long limit, remaining, reset; /* -1 when absent or unreadable */
} cf_rate_limit;

/* Parses one raw header line ("Name: value\r\n"); status lines and blank lines are ignored.
 * A status line ("HTTP/...") empties the list first, so only the final answer's headers stay. */
bool cf_headers_add_line(cf_headers *headers, const char *line, size_t len);
void cf_headers_clear(cf_headers *headers);

/* The value of the last header with that lower-case name, or NULL. */
const char *cf_headers_get(const cf_headers *headers, const char *name);

/* A non-negative decimal integer that fits in a long; -1 otherwise. */
long cf_parse_non_negative(const char *value);

/* Retry-After as seconds from `now`: delta-seconds or an HTTP date; -1 when absent or unreadable. */
long cf_retry_after(const cf_headers *headers, time_t now);

cf_rate_limit cf_rate_limit_from(const cf_headers *headers);

#endif
