#include "headers.h"
#include "text.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void clear_items(cf_headers *headers)
{
    for (size_t i = 0; i < headers->count; i++) {
        free(headers->items[i].name);
        free(headers->items[i].value);
    }
    headers->count = 0;
    headers->parsed = false;
}

void cf_headers_clear(cf_headers *headers)
{
    clear_items(headers);
    free(headers->items);
    free(headers->raw);
    memset(headers, 0, sizeof(*headers));
}

static void trim(const char **s, size_t *len)
{
    while (*len && (**s == ' ' || **s == '\t')) {
        (*s)++;
        (*len)--;
    }
    while (*len && strchr(" \t\r\n", (*s)[*len - 1]) && (*s)[*len - 1] != '\0') {
        (*len)--;
    }
}

static bool append_item(cf_headers *headers, char *name, char *value)
{
    if (headers->count == headers->capacity) {
        size_t capacity = headers->capacity ? headers->capacity * 2 : 16;
        cf_header *items = realloc(headers->items, capacity * sizeof(*items));

        if (!items) {
            return false;
        }
        headers->items = items;
        headers->capacity = capacity;
    }
    headers->items[headers->count].name = name;
    headers->items[headers->count].value = value;
    headers->count++;
    return true;
}

static bool parse_line(cf_headers *headers, const char *line, size_t len)
{
    const char *colon = memchr(line, ':', len);
    const char *value;
    size_t name_len, value_len;
    char *name_copy, *value_copy;

    if (!colon || colon == line) {
        return true; /* a line we cannot read */
    }
    name_len = (size_t)(colon - line);
    value = colon + 1;
    value_len = len - name_len - 1;
    trim(&value, &value_len);
    name_copy = cf_strndup(line, name_len);
    value_copy = cf_strndup(value, value_len);
    if (!name_copy || !value_copy || !append_item(headers, name_copy, value_copy)) {
        free(name_copy);
        free(value_copy);
        return false;
    }
    for (char *p = name_copy; *p; p++) {
        if (*p >= 'A' && *p <= 'Z') {
            *p = (char)(*p - 'A' + 'a');
        }
    }
    return true;
}

bool cf_headers_add_line(cf_headers *headers, const char *line, size_t len)
{
    if (!headers->in_block && len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
        clear_items(headers);
        headers->raw_len = 0;
        headers->raw_lines = 0;
        headers->in_block = true;
        return true;
    }
    if (len == 0 || line[0] == '\r' || line[0] == '\n') {
        headers->in_block = false; /* the blank line ending the block */
        return true;
    }
    headers->in_block = true;
    if (!cf_reserve(&headers->raw, &headers->raw_capacity, headers->raw_len + len + 1, 512)) {
        return false;
    }
    memcpy(headers->raw + headers->raw_len, line, len);
    headers->raw_len += len;
    /* libcurl hands over whole lines; one without its newline still ends here. */
    if (line[len - 1] != '\n') {
        headers->raw[headers->raw_len++] = '\n';
    }
    headers->raw_lines++;
    headers->parsed = false;
    return true;
}

bool cf_headers_over_limit(const cf_headers *headers)
{
    return headers->raw_lines > CF_MAX_HEADER_LINES || headers->raw_len > CF_MAX_HEADER_BYTES;
}

bool cf_headers_parse(cf_headers *headers)
{
    size_t start = 0;

    if (headers->parsed) {
        return true;
    }
    clear_items(headers);
    for (size_t i = 0; i < headers->raw_len; i++) {
        if (headers->raw[i] == '\n') {
            if (!parse_line(headers, headers->raw + start, i + 1 - start)) {
                return false;
            }
            start = i + 1;
        }
    }
    headers->parsed = true;
    return true;
}

const char *cf_headers_get(const cf_headers *headers, const char *name)
{
    /* Building the index leaves the block as it was: a lookup stays a read. */
    cf_headers *index = (cf_headers *)headers;

    if (!cf_headers_parse(index)) {
        return NULL;
    }
    for (size_t i = index->count; i > 0; i--) {
        if (strcmp(index->items[i - 1].name, name) == 0) {
            return index->items[i - 1].value;
        }
    }
    return NULL;
}

long cf_parse_non_negative(const char *value)
{
    long result = 0;

    if (!value || !*value) {
        return -1;
    }
    for (const char *p = value; *p; p++) {
        int digit = *p - '0';

        if (digit < 0 || digit > 9 || result > (LONG_MAX - digit) / 10) {
            return -1;
        }
        result = result * 10 + digit;
    }
    return result;
}

/* How much of a span a C string copy keeps (parse_line's copies end at a NUL byte). */
static size_t c_length(const char *span, size_t len)
{
    const char *nul = memchr(span, '\0', len);

    return nul ? (size_t)(nul - span) : len;
}

/* cf_parse_non_negative of a value that is not NUL-terminated. */
static long non_negative_span(const char *value, size_t len)
{
    long result = 0;

    if (len == 0) {
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        int digit = value[i] - '0';

        if (digit < 0 || digit > 9 || result > (LONG_MAX - digit) / 10) {
            return -1;
        }
        result = result * 10 + digit;
    }
    return result;
}

/* Whether a raw line's name (before its colon) is `lower`, ignoring ASCII case, as parse_line reads it. */
static bool line_named(const char *line, size_t name_len, const char *lower)
{
    if (strlen(lower) != name_len) {
        return false;
    }
    for (size_t i = 0; i < name_len; i++) {
        char c = line[i] >= 'A' && line[i] <= 'Z' ? (char)(line[i] - 'A' + 'a') : line[i];

        if (c != lower[i]) {
            return false;
        }
    }
    return true;
}

/* Every answer is read for these three, and most are never asked for another header: one pass over the
 * raw block, with the lines read as parse_line reads them (the last of a repeated name wins), builds no
 * index and copies nothing. */
cf_rate_limit cf_rate_limit_from(const cf_headers *headers)
{
    static const char *const names[] = {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"};
    long found[3] = {-1, -1, -1};
    cf_rate_limit limits;
    size_t start = 0;

    while (start < headers->raw_len) {
        const char *line = headers->raw + start, *colon, *value;
        const char *newline = memchr(line, '\n', headers->raw_len - start);
        size_t len = newline ? (size_t)(newline - line) + 1 : headers->raw_len - start, value_len;

        start += len;
        /* Only names of these lengths, and starting with an x, can be one of the three. */
        if (len < 18 || (line[0] != 'x' && line[0] != 'X') || !(colon = memchr(line, ':', len))) {
            continue;
        }
        value = colon + 1;
        value_len = len - (size_t)(value - line);
        trim(&value, &value_len);
        for (int n = 0; n < 3; n++) {
            if (line_named(line, c_length(line, (size_t)(colon - line)), names[n])) {
                found[n] = non_negative_span(value, c_length(value, value_len));
            }
        }
    }
    limits.limit = found[0];
    limits.remaining = found[1];
    limits.reset = found[2];
    return limits;
}
