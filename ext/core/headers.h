/* Answer headers as received (names lower-cased), and the few the client interprets. */
#ifndef CASHFIN_CORE_HEADERS_H
#define CASHFIN_CORE_HEADERS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cf_header {
    char *name; /* lower-case */
    char *value;
} cf_header;

/* The final answer's header block is kept as received, and split into name/value pairs only when
 * something asks for a header: a successful call never pays for parsing what nobody reads. */
typedef struct cf_headers {
    char *raw; /* "Name: value\r\n" lines */
    size_t raw_len;
    size_t raw_capacity;
    size_t raw_lines;
    cf_header *items; /* valid while `parsed` */
    size_t count;
    size_t capacity;
    bool parsed;
    bool in_block; /* a line came since the last blank line: an "HTTP/" line now is a header, not a status */
} cf_headers;

typedef struct cf_rate_limit {
    long limit, remaining, reset; /* -1 when absent or unreadable */
} cf_rate_limit;

/* Takes one raw header line ("Name: value\r\n"); blank lines end a block. A status line ("HTTP/...")
 * that starts a block empties what the earlier blocks (1xx answers) left, so only the final answer's
 * headers stay; inside a block such a line is an ordinary (unreadable) header, counted against the limits. */
bool cf_headers_add_line(cf_headers *headers, const char *line, size_t len);
void cf_headers_clear(cf_headers *headers);

/* The most of an answer's header block the client reads. Both stay below libcurl's own limits
 * (300 kB in all, and 5,000 lines in libcurl 8), which differ between versions: a block past them
 * is refused by the client itself, the same way on every libcurl. */
#define CF_MAX_HEADER_LINES 1000
#define CF_MAX_HEADER_BYTES (64 * 1024)

/* True once the block holds more lines or bytes than the client reads. */
bool cf_headers_over_limit(const cf_headers *headers);

/* Splits the block into items (names lower-cased), once; false when out of memory. The getters
 * below call it themselves: the block counts as unchanged, only its index is built. */
bool cf_headers_parse(cf_headers *headers);

/* The value of the last header with that lower-case name, or NULL. */
const char *cf_headers_get(const cf_headers *headers, const char *name);

/* A non-negative decimal integer that fits in a long; -1 otherwise. */
long cf_parse_non_negative(const char *value);

cf_rate_limit cf_rate_limit_from(const cf_headers *headers);

#endif
