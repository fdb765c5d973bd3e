/* Answer headers: arbitrary raw header lines into cf_headers_add_line, then the lookups the client
 * makes (cf_headers_get, cf_retry_after_header_ms, cf_rate_limit_from), against a model kept here.
 *
 * Input: [clock][lines separated by '\n'...]; each line is handed over with its '\n', as libcurl's
 * header callback hands it over (lines libcurl cannot deliver, starting with a CR, are skipped). */
#include "fuzz.h"

#include "core/headers.h"
#include "core/wait.h"

#include <curl/curl.h>
#include <limits.h>
#include <time.h>

#define MODEL_MAX 4096

typedef struct model_header {
    char *name; /* as a C string: what strcmp-based lookups see */
    char *value;
} model_header;

typedef struct model {
    model_header items[MODEL_MAX];
    size_t count;
    bool in_block; /* a line came since the last blank one */
} model;

static void model_clear(model *m)
{
    for (size_t i = 0; i < m->count; i++) {
        free(m->items[i].name);
        free(m->items[i].value);
    }
    m->count = 0;
}

static char *c_string(const uint8_t *bytes, size_t len)
{
    const uint8_t *nul = memchr(bytes, '\0', len);
    size_t n = nul ? (size_t)(nul - bytes) : len;
    char *s = malloc(n + 1);

    if (!s) {
        abort();
    }
    memcpy(s, bytes, n);
    s[n] = '\0';
    return s;
}

/* RFC 9110 field parsing, as far as the client needs it: "name: value", optional whitespace
 * around the value, a blank line ending a block, a status line starting a new one (a line that looks
 * like one inside a block is a field like any other). */
static void model_add(model *m, const uint8_t *line, size_t len)
{
    const uint8_t *colon;
    size_t start, end;

    if (!m->in_block && len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
        model_clear(m);
        m->in_block = true;
        return;
    }
    if (len == 0 || line[0] == '\r' || line[0] == '\n') {
        m->in_block = false;
        return;
    }
    m->in_block = true;
    colon = memchr(line, ':', len);
    if (!colon || colon == line || m->count == MODEL_MAX) {
        return;
    }
    start = (size_t)(colon - line) + 1;
    end = len;
    while (start < end && (line[start] == ' ' || line[start] == '\t')) {
        start++;
    }
    while (end > start &&
           (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r' || line[end - 1] == '\n')) {
        end--;
    }
    m->items[m->count].name = c_string(line, (size_t)(colon - line));
    for (char *p = m->items[m->count].name; *p; p++) {
        if (*p >= 'A' && *p <= 'Z') {
            *p = (char)(*p + ('a' - 'A'));
        }
    }
    m->items[m->count].value = c_string(line + start, end - start);
    m->count++;
}

static const char *model_get(const model *m, const char *name)
{
    for (size_t i = m->count; i > 0; i--) {
        if (strcmp(m->items[i - 1].name, name) == 0) {
            return m->items[i - 1].value;
        }
    }
    return NULL;
}

/* Digits only, not empty, at most LONG_MAX (headers.h: "a non-negative decimal integer that fits
 * in a long"). */
static long ref_non_negative(const char *s)
{
    long result = 0;

    if (!s || !*s) {
        return -1;
    }
    for (; *s; s++) {
        int digit = *s - '0';

#ifndef CF_FUZZ_TOLERATE_LONG_MAX_EDGE
        if (digit < 0 || digit > 9 || result > (LONG_MAX - digit) / 10) {
#else
        if (digit < 0 || digit > 9 || result > (LONG_MAX - 9) / 10) { /* today's bound: see README.md */
#endif
            return -1;
        }
        result = result * 10 + digit;
    }
    return result;
}

/* Retry-After as delta-seconds (digits, optionally "." and more digits) in whole milliseconds, rounded up
 * and at most a week; -1 when it is not that form. Worked out on the digits as text. */
static long ref_delta_ms(const char *s)
{
    const char *dot = strchr(s, '.');
    size_t whole_len = dot ? (size_t)(dot - s) : strlen(s);
    const char *fraction = dot ? dot + 1 : "";
    long whole = 0, ms = 0;

    if (whole_len == 0 || strspn(s, "0123456789") != whole_len) {
        return -1;
    }
    if (dot && (*fraction == '\0' || strspn(fraction, "0123456789") != strlen(fraction))) {
        return -1;
    }
    while (whole_len > 1 && *s == '0') {
        s++;
        whole_len--;
    }
    if (whole_len > 7) {
        return CF_WAIT_MAX_MS;
    }
    for (size_t i = 0; i < whole_len; i++) {
        whole = whole * 10 + (s[i] - '0');
    }
    for (size_t i = 0; i < 3; i++) {
        ms = ms * 10 + (i < strlen(fraction) ? fraction[i] - '0' : 0);
    }
    if (strlen(fraction) > 3 && strspn(fraction + 3, "0") != strlen(fraction + 3)) {
        ms++;
    }
    return whole >= CF_WAIT_MAX_SECONDS ? CF_WAIT_MAX_MS : whole * 1000 + ms;
}

static const time_t clocks[] = {0, 1, 1700000000, 2147483647, 4102444800, 253402300799};

static model current; /* large: static, emptied after every input */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const interpreted[] = {"retry-after",       "x-ratelimit-limit", "x-ratelimit-remaining",
                                              "x-ratelimit-reset", "x-request-id",      "content-type"};
    fuzz_input in = {data, size, 0};
    time_t now = clocks[fuzz_byte(&in) % (sizeof(clocks) / sizeof(clocks[0]))];
    cf_headers headers = {0};
    cf_rate_limit limits;
    const char *retry_value;
    long retry;

    while (fuzz_more(&in)) {
        const uint8_t *start = in.data + in.at;
        const uint8_t *newline = memchr(start, '\n', in.size - in.at);
        size_t len = newline ? (size_t)(newline - start) + 1 : in.size - in.at;
        char *line;

        in.at += len;
        /* libcurl hands over whole lines, never one that starts with CR but the blank CRLF. */
        if (start[0] == '\r' && !(len == 2 && start[1] == '\n')) {
            continue;
        }
        line = fuzz_exact_copy(start, len);
        FUZZ_ASSERT(cf_headers_add_line(&headers, line, len), "a header line is taken");
        model_add(&current, start, len);
        free(line);
    }

    /* A lookup first: the list may be built on demand. */
    (void)cf_headers_get(&headers, "x-cashfin-never-sent");
    FUZZ_ASSERT(headers.count == current.count,
                "every \"name: value\" line since the status line of the last block is kept");
    for (size_t i = 0; i < headers.count; i++) {
        FUZZ_ASSERT(strcmp(headers.items[i].name, current.items[i].name) == 0, "names are lower-cased as sent");
        FUZZ_ASSERT(strcmp(headers.items[i].value, current.items[i].value) == 0, "values are trimmed as RFC 9110 says");
        FUZZ_ASSERT(strchr(headers.items[i].name, ':') == NULL, "a name holds no colon");
        /* Looking every name up would be quadratic in the number of lines: the first few will do. */
        if (i < 16) {
            const char *got = cf_headers_get(&headers, current.items[i].name);

            FUZZ_ASSERT(got && strcmp(got, model_get(&current, current.items[i].name)) == 0,
                        "a repeated header reads as its last value");
        }
    }
    for (size_t i = 0; i < sizeof(interpreted) / sizeof(interpreted[0]); i++) {
        const char *got = cf_headers_get(&headers, interpreted[i]), *want = model_get(&current, interpreted[i]);

        FUZZ_ASSERT((got == NULL) == (want == NULL) && (!got || strcmp(got, want) == 0), "lookups find the last one");
    }

    limits = cf_rate_limit_from(&headers);
    FUZZ_ASSERT(limits.limit == ref_non_negative(model_get(&current, "x-ratelimit-limit")),
                "X-RateLimit-Limit is a non-negative integer or -1");
    FUZZ_ASSERT(limits.remaining == ref_non_negative(model_get(&current, "x-ratelimit-remaining")),
                "X-RateLimit-Remaining is a non-negative integer or -1");
    FUZZ_ASSERT(limits.reset == ref_non_negative(model_get(&current, "x-ratelimit-reset")),
                "X-RateLimit-Reset is a non-negative integer or -1");

    retry_value = model_get(&current, "retry-after");
    retry = cf_retry_after_header_ms(cf_headers_get(&headers, "retry-after"), (double)now * 1000.0);
    FUZZ_ASSERT(retry >= -1 && retry <= CF_WAIT_MAX_MS, "Retry-After is -1 or milliseconds up to a week");
    if (!retry_value || !*retry_value) {
        FUZZ_ASSERT(retry == -1, "an absent or empty Retry-After is -1");
    } else if (retry_value[0] >= '0' && retry_value[0] <= '9') {
        FUZZ_ASSERT(retry == ref_delta_ms(retry_value), "delay-seconds are taken in milliseconds, clamped");
    } else if (retry_value[0] == '-' || retry_value[0] == '+') {
        FUZZ_ASSERT(retry == -1, "a signed figure is unreadable");
    } else {
        time_t when = curl_getdate(retry_value, NULL);
        double ahead = when == (time_t)-1 ? -1 : ((double)when - (double)now) * 1000.0;

        FUZZ_ASSERT(when == (time_t)-1 ? retry == -1
                                       : retry == (ahead <= 0                ? 0
                                                   : ahead >= CF_WAIT_MAX_MS ? CF_WAIT_MAX_MS
                                                                             : (long)ahead),
                    "an HTTP date counts from now, never below zero, at most a week");
    }

    /* Lookups of what was never sent. */
    FUZZ_ASSERT((cf_headers_get(&headers, "x-cashfin-never-sent") == NULL) ==
                    (model_get(&current, "x-cashfin-never-sent") == NULL),
                "a header is found exactly when it was sent");

    cf_headers_clear(&headers);
    FUZZ_ASSERT(headers.count == 0 && headers.items == NULL, "clearing empties the list");
    model_clear(&current);
    current.in_block = false;
    return 0;
}
