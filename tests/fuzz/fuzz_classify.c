/* Classifying answers: any status and any body through cf_envelope_read (both shapes) and through
 * cf_call_read (with a fake transport outcome, headers and success reader).
 *
 * Input: [status hi][status lo][flags][header bytes n][n bytes of header lines][body...]
 *   status: high bit of the first byte set picks a status from a table of interesting ones,
 *           otherwise (hi << 8 | lo) % 1000
 *   flags:  bit 0 shape for cf_call_read; bits 1-3 transport outcome; bits 4-5 success reader;
 *           bit 6 body pointer NULL when the body is empty
 *
 * The oracle restates the documented classification (DESIGN.md section 1, README's exception table):
 * the status decides first (401, 403, 429 and any 5xx are never refined), the body refines the rest
 * ("Invalid customer ID format", "Customer not found", "... already exists", field errors), an answer
 * claiming success that is not the envelope is unexpected. The JSON is read the way PHP's json_decode
 * reads it: a repeated key keeps its last value.
 *
 * -DCF_FUZZ_TOLERATE_DUPLICATE_KEYS, _LENIENT_JSON or _LONG_MESSAGE skip the invariants of those
 * reported bugs (see README.md) while they are open; run.sh sets them from CASHFIN_FUZZ_TOLERATE. */
#include "fuzz.h"

#include "core/call.h"
#include "core/envelope.h"
#include "core/headers.h"

#include <cjson/cJSON.h>
#include <limits.h>
#include <math.h>
#include <time.h>

static const long interesting_statuses[] = {
    0,   1,   100, 101, 103, 199, 200, 201, 202, 203, 204,  205,  206,    226,      299,      300,
    301, 302, 303, 304, 307, 308, 399, 400, 401, 402, 403,  404,  405,    406,      408,      409,
    410, 413, 415, 418, 421, 422, 425, 428, 429, 431, 451,  499,  500,    501,      502,      503,
    504, 505, 507, 511, 520, 599, 600, 700, 999, -1,  -200, 1000, 100000, LONG_MAX, LONG_MIN,
};

#define STATUS_COUNT (sizeof(interesting_statuses) / sizeof(interesting_statuses[0]))

/* ---- the reference reading of a body --------------------------------------------------------- */

static bool ref_strings_valid(const cJSON *item)
{
    for (; item; item = item->next) {
        if (item->string && !ref_utf8_valid((const uint8_t *)item->string, strlen(item->string))) {
            return false;
        }
        if (cJSON_IsString(item) && !ref_utf8_valid((const uint8_t *)item->valuestring, strlen(item->valuestring))) {
            return false;
        }
        if (item->child && !ref_strings_valid(item->child)) {
            return false;
        }
    }
    return true;
}

/* json_decode's default depth, which counts the top level too: at most 511 arrays and objects open. */
#define REF_JSON_DEPTH 512

/* A recogniser for RFC 8259 JSON as PHP's json_decode accepts it (nesting within REF_JSON_DEPTH, as
 * the extension reads answers), written from the RFC's grammar. cJSON is more
 * lenient (raw control characters in strings, any byte up to 0x20 as whitespace, a UTF-8 BOM,
 * numbers such as 01, 1. or -.5); json_decode refuses all of those. */
typedef struct strict {
    const unsigned char *s;
    size_t len, at;
    int depth;
} strict;

static void strict_space(strict *p)
{
    while (p->at < p->len &&
           (p->s[p->at] == ' ' || p->s[p->at] == '\t' || p->s[p->at] == '\n' || p->s[p->at] == '\r')) {
        p->at++;
    }
}

static bool strict_literal(strict *p, const char *word)
{
    size_t n = strlen(word);

    if (p->len - p->at < n || memcmp(p->s + p->at, word, n) != 0) {
        return false;
    }
    p->at += n;
    return true;
}

static bool strict_digits(strict *p)
{
    size_t start = p->at;

    while (p->at < p->len && p->s[p->at] >= '0' && p->s[p->at] <= '9') {
        p->at++;
    }
    return p->at > start;
}

static bool strict_number(strict *p)
{
    if (p->at < p->len && p->s[p->at] == '-') {
        p->at++;
    }
    if (p->at < p->len && p->s[p->at] == '0') {
        p->at++;
    } else if (!strict_digits(p)) {
        return false;
    }
    if (p->at < p->len && p->s[p->at] == '.') {
        p->at++;
        if (!strict_digits(p)) {
            return false;
        }
    }
    if (p->at < p->len && (p->s[p->at] == 'e' || p->s[p->at] == 'E')) {
        p->at++;
        if (p->at < p->len && (p->s[p->at] == '+' || p->s[p->at] == '-')) {
            p->at++;
        }
        if (!strict_digits(p)) {
            return false;
        }
    }
    return true;
}

static long strict_hex4(strict *p)
{
    long value = 0;

    if (p->len - p->at < 4) {
        return -1;
    }
    for (int i = 0; i < 4; i++) {
        unsigned char c = p->s[p->at++];

        value = value * 16 + (c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1000000);
    }
    return value < 0 ? -1 : value;
}

static bool strict_string(strict *p)
{
    p->at++; /* the opening quote */
    while (p->at < p->len) {
        unsigned char c = p->s[p->at++];

        if (c == '"') {
            return true;
        }
        if (c < 0x20) {
            return false; /* must be escaped */
        }
        if (c != '\\') {
            continue;
        }
        if (p->at >= p->len) {
            return false;
        }
        c = p->s[p->at++];
        if (c == 'u') {
            long unit = strict_hex4(p);

            if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF)) {
                return false; /* not hex, or a lone low surrogate */
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                long low;

                if (!strict_literal(p, "\\u") || (low = strict_hex4(p)) < 0xDC00 || low > 0xDFFF) {
                    return false; /* a high surrogate needs its low half */
                }
            }
        } else if (!strchr("\"\\/bfnrt", c) || c == '\0') {
            return false;
        }
    }
    return false;
}

static bool strict_value(strict *p);

static bool strict_container(strict *p, char close, bool object)
{
    if (++p->depth >= REF_JSON_DEPTH) {
        return false;
    }
    p->at++;
    strict_space(p);
    if (p->at < p->len && p->s[p->at] == close) {
        p->at++;
        p->depth--;
        return true;
    }
    for (;;) {
        if (object) {
            if (p->at >= p->len || p->s[p->at] != '"' || !strict_string(p)) {
                return false;
            }
            strict_space(p);
            if (p->at >= p->len || p->s[p->at++] != ':') {
                return false;
            }
        }
        if (!strict_value(p)) {
            return false;
        }
        strict_space(p);
        if (p->at < p->len && p->s[p->at] == ',') {
            p->at++;
            strict_space(p);
            continue;
        }
        if (p->at < p->len && p->s[p->at] == close) {
            p->at++;
            p->depth--;
            return true;
        }
        return false;
    }
}

static bool strict_value(strict *p)
{
    strict_space(p);
    if (p->at >= p->len) {
        return false;
    }
    switch (p->s[p->at]) {
    case '{':
        return strict_container(p, '}', true);
    case '[':
        return strict_container(p, ']', false);
    case '"':
        return strict_string(p);
    case 't':
        return strict_literal(p, "true");
    case 'f':
        return strict_literal(p, "false");
    case 'n':
        return strict_literal(p, "null");
    default:
        return strict_number(p);
    }
}

static bool strict_json(const char *body, size_t len)
{
    strict p = {(const unsigned char *)body, len, 0, 0};

    if (!strict_value(&p)) {
        return false;
    }
    strict_space(&p);
    return p.at == len;
}

/* The body as json_decode would see it when `strict` (one JSON object, whitespace around it,
 * valid UTF-8), or as cJSON reads it otherwise. */
static cJSON *ref_parse(const char *body, size_t len, bool strict)
{
    const char *end = NULL;
    cJSON *root;

    if (len == 0) {
        return NULL;
    }
#ifndef CF_FUZZ_TOLERATE_LENIENT_JSON
    /* json_decode refuses invalid UTF-8 anywhere, also after a "\u0000" where cJSON's strings end. */
    if (strict && (!strict_json(body, len) || !ref_utf8_valid((const uint8_t *)body, len))) {
        return NULL;
    }
#else
    (void)strict, (void)strict_json;
#endif
    root = cJSON_ParseWithLengthOpts(body, len, &end, 0);
    if (!root) {
        return NULL;
    }
    for (size_t at = (size_t)(end - body); at < len; at++) {
        if (body[at] != ' ' && body[at] != '\t' && body[at] != '\r' && body[at] != '\n') {
            cJSON_Delete(root);
            return NULL;
        }
    }
    if (!cJSON_IsObject(root) || !ref_strings_valid(root)) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

/* A member the way json_decode keeps it: the last of that name. */
static const cJSON *ref_member(const cJSON *object, const char *name)
{
    const cJSON *found = NULL;

    if (!cJSON_IsObject(object)) {
        return NULL;
    }
    for (const cJSON *item = object->child; item; item = item->next) {
        if (item->string && strcmp(item->string, name) == 0) {
            found = item;
#ifdef CF_FUZZ_TOLERATE_DUPLICATE_KEYS
            break; /* the first one, as the code does today */
#endif
        }
    }
    return found;
}

static const char *ref_string(const cJSON *object, const char *name)
{
    const cJSON *item = ref_member(object, name);

    return cJSON_IsString(item) ? item->valuestring : NULL;
}

static const char *ref_server_message(const cJSON *root)
{
    const char *message = ref_string(root, "error");

    return message ? message : ref_string(root, "message");
}

static bool ref_has_field_errors(const cJSON *root)
{
    const cJSON *errors = ref_member(root, "errors");

    if (!cJSON_IsObject(errors)) {
        return false;
    }
    for (const cJSON *item = errors->child; item; item = item->next) {
        const cJSON *text = cJSON_IsArray(item) ? item->child : item;

        if (item->string && cJSON_IsString(text)) {
            return true;
        }
    }
    return false;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t len = strlen(s), n = strlen(suffix);

    return len >= n && strcmp(s + len - n, suffix) == 0;
}

static cf_error_kind ref_error_kind(long status, const cJSON *root)
{
    cf_error_kind base;
    const char *message = root ? ref_server_message(root) : NULL;

    if (status == 401) {
        return CF_ERROR_AUTHENTICATION;
    }
    if (status == 403) {
        return CF_ERROR_PERMISSION;
    }
    if (status == 429) {
        return CF_ERROR_RATE_LIMIT;
    }
    if (status >= 500 && status <= 599) {
        return CF_ERROR_SERVER;
    }
    base = status == 404   ? CF_ERROR_NOT_FOUND
           : status == 409 ? CF_ERROR_DUPLICATE
           : status == 422 ? CF_ERROR_VALIDATION
                           : CF_ERROR_API;
    if (message && strcmp(message, "Invalid customer ID format") == 0) {
        return CF_ERROR_INVALID_ID;
    }
    if (message && strcmp(message, "Customer not found") == 0) {
        return CF_ERROR_NOT_FOUND;
    }
    if (message && ends_with(message, "already exists")) {
        return CF_ERROR_DUPLICATE;
    }
    if (root && ref_has_field_errors(root)) {
        return CF_ERROR_VALIDATION;
    }
    return base;
}

static bool ref_count(const cJSON *block, const char *name)
{
    const cJSON *item = ref_member(block, name);
    double v;

    if (!cJSON_IsNumber(item)) {
        return false;
    }
    v = item->valuedouble;
    return v >= 0 && v <= 1e15 && v == floor(v);
}

/* Every record the API documents carries its id as a string; the last "_id" is the one PHP keeps. */
static bool ref_has_string_id(const cJSON *record)
{
    return cJSON_IsString(ref_member(record, "_id"));
}

/* Whether a 2xx body with success: true is the envelope of the shape. */
static bool ref_success_shape(const cJSON *root, cf_shape shape)
{
    const cJSON *data = ref_member(root, "data");
    const cJSON *block;
    bool empty, object, list;

    if (!cJSON_IsObject(data) && !cJSON_IsArray(data)) {
        return false;
    }
    empty = data->child == NULL;
    object = cJSON_IsObject(data) && !empty;
    list = cJSON_IsArray(data) && !empty;
    if (shape == CF_SHAPE_OBJECT) {
        return object && ref_has_string_id(data);
    }
    if (!(list || empty)) {
        return false;
    }
    for (const cJSON *item = list ? data->child : NULL; item; item = item->next) {
        if (!cJSON_IsObject(item) || !ref_has_string_id(item)) {
            return false;
        }
    }
    /* "meta" stands in when "pagination" is not an object with members. */
    block = ref_member(root, "pagination");
    if (!cJSON_IsObject(block) || !block->child) {
        block = ref_member(root, "meta");
    }
    return cJSON_IsObject(block) && ref_count(block, "total") && ref_count(block, "page") &&
           ref_count(block, "limit") && ref_count(block, "pages");
}

/* ---- the checks ------------------------------------------------------------------------------ */

typedef struct reading {
    bool ok;
    cf_error_kind kind;
    char *message;
    long retry_after;
} reading;

static void check_error_shape(const cf_error *error)
{
    FUZZ_ASSERT(error->kind != CF_OK, "a refused answer has an error kind");
    FUZZ_ASSERT(error->message != NULL, "a refused answer has a message");
#ifdef CF_FUZZ_TOLERATE_LONG_MESSAGE
    FUZZ_ASSERT(ref_utf8_valid((const uint8_t *)error->message, strlen(error->message)) ||
                    strlen(error->message) == 511,
                "the message is valid UTF-8 (it becomes a PHP exception message)");
#else
    FUZZ_ASSERT(ref_utf8_valid((const uint8_t *)error->message, strlen(error->message)),
                "the message is valid UTF-8 (it becomes a PHP exception message)");
#endif
    FUZZ_ASSERT(error->retry_after >= -1, "retry_after is -1 or a number of seconds");
    for (size_t i = 0; i < error->fields.count; i++) {
        FUZZ_ASSERT(error->fields.items[i].field != NULL && error->fields.items[i].message != NULL,
                    "every field error has a field and a message");
    }
}

/* The exception message is the server's error (or message), never a cut-down one. */
static void check_message(const char *message, const char *expected)
{
    if (!expected) {
#ifndef CF_FUZZ_TOLERATE_LENIENT_JSON
        /* No message from the server: nothing of the body (where raw controls are invalid JSON). */
        for (const char *c = message; *c; c++) {
            FUZZ_ASSERT((unsigned char)*c >= 0x20 && *c != 0x7F, "a message of our own holds no control characters");
        }
#endif
        return;
    }
#ifndef CF_FUZZ_TOLERATE_LONG_MESSAGE
    FUZZ_ASSERT(strcmp(message, expected) == 0, "the message is the server's error (or message), whole");
#else
    FUZZ_ASSERT(strncmp(message, expected, strlen(message)) == 0,
                "the message is the start of the server's error (or message)");
#endif
}

static reading read_envelope(long status, const char *body, size_t len, cf_shape shape)
{
    cf_envelope envelope;
    cf_error error;
    /* Errors are judged against the strict reading; a success only against cJSON's, because the
     * Zend layer parses every success again with PHP's own parser and refuses what that refuses. */
    cJSON *root = ref_parse(body, len, true);
    cJSON *lenient = ref_parse(body, len, false);
    const cJSON *success = root ? ref_member(root, "success") : NULL;
    reading result;

    cf_error_init(&error);
    result.ok = cf_envelope_read(status, body, len, shape, &envelope, &error);
    result.kind = error.kind;
    result.retry_after = error.retry_after;
    result.message = error.message ? strdup(error.message) : NULL;

    if (result.ok) {
        FUZZ_ASSERT(error.kind == CF_OK && error.message == NULL && error.fields.count == 0,
                    "a success carries no error");
        FUZZ_ASSERT(status >= 200 && status < 300, "only a 2xx answer is a success");
        FUZZ_ASSERT(envelope.root != NULL && envelope.data != NULL, "a success holds its data");
        FUZZ_ASSERT(lenient != NULL && cJSON_IsTrue(ref_member(lenient, "success")) &&
                        ref_success_shape(lenient, shape),
                    "a success is the documented envelope of the expected shape");
        if (shape == CF_SHAPE_OBJECT) {
            FUZZ_ASSERT(cJSON_IsObject(envelope.data) || (cJSON_IsArray(envelope.data) && !envelope.data->child),
                        "an object answer holds an object");
        } else {
            FUZZ_ASSERT(cJSON_IsArray(envelope.data) || (cJSON_IsObject(envelope.data) && !envelope.data->child),
                        "a page holds a list");
            FUZZ_ASSERT(envelope.page.total >= 0 && envelope.page.page >= 0 && envelope.page.limit >= 0 &&
                            envelope.page.pages >= 0 && envelope.page.total <= 1000000000000000L &&
                            envelope.page.pages <= 1000000000000000L,
                        "pagination figures are counts");
        }
    } else {
        check_error_shape(&error);
        FUZZ_ASSERT(envelope.root == NULL && envelope.data == NULL, "a refused answer keeps no JSON");
        if (status >= 400) {
            const char *expected = root ? ref_server_message(root) : NULL;

            FUZZ_ASSERT(error.kind == ref_error_kind(status, root), "an error answer gets the documented class");
            check_message(error.message, expected);
        } else if (status < 200 || status >= 300) {
            FUZZ_ASSERT(error.kind == CF_ERROR_UNEXPECTED, "1xx, 3xx and odd statuses are unexpected answers");
        } else if (root && cJSON_IsFalse(success)) {
            const char *expected = ref_server_message(root);

            FUZZ_ASSERT(error.kind == ref_error_kind(status, root), "a 2xx with success: false is an error answer");
            check_message(error.message, expected);
        } else {
            FUZZ_ASSERT(error.kind == CF_ERROR_UNEXPECTED, "a 2xx that is not a success is an unexpected answer");
            FUZZ_ASSERT(!(root && cJSON_IsTrue(success) && ref_success_shape(root, shape)),
                        "the documented envelope is never refused");
        }
        if (root && (status >= 400 || (status >= 200 && status < 300 && cJSON_IsFalse(success)))) {
            const cJSON *body_retry = ref_member(root, "retry_after");

            if (cJSON_IsNumber(body_retry) && body_retry->valuedouble >= 0) {
                FUZZ_ASSERT(error.retry_after == (body_retry->valuedouble >= CF_WAIT_MAX_SECONDS
                                                      ? CF_WAIT_MAX_SECONDS
                                                      : (long)ceil(body_retry->valuedouble)),
                            "the body's retry_after is read in whole seconds, at most a week");
            } else if (cJSON_IsNumber(body_retry)) {
                FUZZ_ASSERT(error.retry_after == -1, "a negative retry_after is no wait");
            }
        }
    }
    cf_envelope_free(&envelope);
    FUZZ_ASSERT(envelope.root == NULL, "cf_envelope_free clears the envelope");
    cf_error_free(&error);
    FUZZ_ASSERT(error.message == NULL && error.fields.count == 0, "cf_error_free clears the error");
    cJSON_Delete(root);
    cJSON_Delete(lenient);
    return result;
}

/* ---- cf_call_read with a fake transport -------------------------------------------------------- */

static bool reader_accepts(void *context, const char *body, size_t len, cf_shape shape, cf_page_info *page)
{
    (void)context, (void)shape;
    FUZZ_ASSERT(body != NULL, "a reader always gets a body pointer");
    if (len) {
        volatile char first = body[0], last = body[len - 1]; /* ASan: the whole body is readable */
        (void)first, (void)last;
    }
    page->total = page->page = page->limit = page->pages = 1;
    return true;
}

static bool reader_declines(void *context, const char *body, size_t len, cf_shape shape, cf_page_info *page)
{
    (void)context, (void)body, (void)len, (void)shape, (void)page;
    return false;
}

/* The Retry-After header as the whole seconds a caller is told, at that time. */
static long header_seconds(const cf_headers *headers, time_t at)
{
    return cf_wait_seconds(cf_retry_after_header_ms(cf_headers_get(headers, "retry-after"), (double)at * 1000.0));
}

static void check_call(long status, const uint8_t *header_bytes, size_t header_len, const char *body, size_t len,
                       uint8_t flags)
{
    static const cf_error_kind transports[] = {CF_ERROR_CONNECTION, CF_ERROR_TIMEOUT, CF_ERROR_UNEXPECTED};
    cf_shape shape = (flags & 1) ? CF_SHAPE_PAGE : CF_SHAPE_OBJECT;
    unsigned transport = (flags >> 1) & 7;
    unsigned reader_choice = (flags >> 4) & 3;
    cf_success_reader accept = {reader_accepts, NULL}, decline = {reader_declines, NULL};
    const cf_success_reader *reader = reader_choice == 1 ? &accept : reader_choice == 2 ? &decline : NULL;
    cf_call call;
    reading expected = {0};
    long retry_before, retry_after_now;
    time_t before;
    bool ok;

    memset(&call, 0, sizeof(call));
    cf_error_init(&call.error);
    call.response.status = status;
    call.response.body_len = len;
    call.response.body = (len == 0 && (flags & 0x40)) ? NULL : fuzz_exact_copy((const uint8_t *)body, len);
    call.response.body_capacity = len;
    if (transport >= 5) {
        call.response.transport_error = transports[transport - 5];
        snprintf(call.response.transport_message, sizeof(call.response.transport_message), "transport %u", transport);
    }
    for (size_t at = 0; at < header_len;) {
        const uint8_t *end = memchr(header_bytes + at, '\n', header_len - at);
        size_t line_len = end ? (size_t)(end - (header_bytes + at)) + 1 : header_len - at;

        FUZZ_ASSERT(cf_headers_add_line(&call.response.headers, (const char *)header_bytes + at, line_len),
                    "a header line is taken (only out of memory refuses one)");
        at += line_len;
    }
    if (call.response.transport_error == CF_OK && !(reader == &accept && status >= 200 && status < 300)) {
        expected = read_envelope(status, body, len, shape);
    }
    before = time(NULL);
    retry_before = header_seconds(&call.response.headers, before);
    ok = cf_call_read(shape, reader, &call);
    retry_after_now = header_seconds(&call.response.headers, time(NULL));

    FUZZ_ASSERT(ok == (call.error.kind == CF_OK), "success and an error kind exclude each other");
    if (call.response.transport_error != CF_OK) {
        FUZZ_ASSERT(!ok && call.error.kind == call.response.transport_error,
                    "a transport failure is reported as itself");
        FUZZ_ASSERT(call.error.message && strcmp(call.error.message, call.response.transport_message) == 0,
                    "a transport failure keeps the transport's message");
        FUZZ_ASSERT(call.envelope.root == NULL, "a transport failure reads no body");
    } else if (reader == &accept && status >= 200 && status < 300) {
        FUZZ_ASSERT(ok && call.envelope.root == NULL && call.envelope.page.total == 1,
                    "a reader's success is taken as it is");
    } else {
        FUZZ_ASSERT(ok == expected.ok && call.error.kind == expected.kind,
                    "without a transport failure the envelope decides");
        FUZZ_ASSERT((call.error.message == NULL) == (expected.message == NULL) &&
                        (!expected.message || strcmp(call.error.message, expected.message) == 0),
                    "cf_call_read gives the envelope's message");
        if (!ok) {
            long low = retry_before < retry_after_now ? retry_before : retry_after_now;
            long high = retry_before < retry_after_now ? retry_after_now : retry_before;

            check_error_shape(&call.error);
            if (high >= 0) {
                FUZZ_ASSERT(call.error.retry_after >= low && call.error.retry_after <= high,
                            "a Retry-After header wins over the body's retry_after");
            } else {
                FUZZ_ASSERT(call.error.retry_after == expected.retry_after,
                            "without the header, the body's retry_after stays");
            }
        } else {
            FUZZ_ASSERT(call.envelope.root != NULL, "a success read by the envelope holds its JSON");
        }
    }
    free(expected.message);
    cf_call_free(&call);
    FUZZ_ASSERT(call.response.body == NULL && call.envelope.root == NULL && call.error.message == NULL,
                "cf_call_free releases everything");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size, 0};
    uint8_t hi = fuzz_byte(&in), lo = fuzz_byte(&in), flags = fuzz_byte(&in);
    size_t header_want = fuzz_byte(&in), header_len, body_len;
    const uint8_t *headers = fuzz_bytes(&in, header_want, &header_len);
    const uint8_t *body_bytes = fuzz_bytes(&in, size, &body_len);
    long status = (hi & 0x80) ? interesting_statuses[lo % STATUS_COUNT] : (long)((hi << 8) | lo) % 1000;
    char *body = fuzz_exact_copy(body_bytes, body_len);
    reading object, page;

    object = read_envelope(status, body, body_len, CF_SHAPE_OBJECT);
    page = read_envelope(status, body, body_len, CF_SHAPE_PAGE);
    if (status >= 400) {
        FUZZ_ASSERT(object.kind == page.kind && strcmp(object.message, page.message) == 0,
                    "an error answer is classified the same whatever shape was expected");
    }
    free(object.message);
    free(page.message);
    check_call(status, headers, header_len, body, body_len, flags);
    free(body);
    return 0;
}
