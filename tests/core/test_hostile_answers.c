/* Regressions found by fuzzing (tests/fuzz/) and the hostile-server tests (tests/250-299): answers
 * must be read as json_decode($body, true) reads them, messages kept whole, headers parsed to the
 * documented limits. The fuzz inputs that found them are in tests/fuzz/regressions/. */
#include "check.h"
#include "core/envelope.h"
#include "core/headers.h"

#include <limits.h>
#include <stdlib.h>

typedef struct reading {
    bool ok;
    cf_error error;
    cf_envelope envelope;
} reading;

static reading read_body(long status, const char *body, size_t len)
{
    reading r;

    cf_error_init(&r.error);
    r.ok = cf_envelope_read(status, body, len, CF_SHAPE_OBJECT, &r.envelope, &r.error);
    return r;
}

static void done(reading *r)
{
    cf_error_free(&r->error);
    cf_envelope_free(&r->envelope);
}

/* tests/fuzz/regressions/classify/long-error-message; tests/266-long-error-message.phpt */
TEST(a_long_server_message_is_kept_whole)
{
    char message[701], body[800];
    reading r;

    for (int i = 0; i < 350; i++) {
        message[2 * i] = '\xc3'; /* é */
        message[2 * i + 1] = '\xa9';
    }
    message[700] = '\0';
    snprintf(body, sizeof(body), "{\"success\":false,\"error\":\"%s\"}", message);
    r = read_body(404, body, strlen(body));
    CHECK(!r.ok && r.error.kind == CF_ERROR_NOT_FOUND);
    CHECK(r.error.message && strcmp(r.error.message, message) == 0);
    done(&r);
}

/* tests/fuzz/regressions/classify/duplicate-*; tests/261-duplicate-keys-errors.phpt */
TEST(repeated_keys_in_error_answers_keep_the_last_value)
{
    const char *duplicate =
        "{\"success\":false,\"error\":\"Bad request\",\"error\":\"Customer with this email already exists\"}";
    const char *retry = "{\"success\":false,\"error\":\"Too many requests\",\"retry_after\":1,\"retry_after\":60}";
    const char *errors = "{\"success\":false,\"error\":\"There are problems with your submission\","
                         "\"errors\":{\"email\":\"Email is required\"},\"errors\":{\"phone\":\"Phone is required\"}}";
    const char *success = "{\"success\":true,\"success\":false,\"error\":\"Customer not found\"}";
    reading r;

    r = read_body(400, duplicate, strlen(duplicate));
    CHECK(r.error.kind == CF_ERROR_DUPLICATE);
    CHECK_STR(r.error.message, "Customer with this email already exists");
    done(&r);

    r = read_body(429, retry, strlen(retry));
    CHECK(r.error.kind == CF_ERROR_RATE_LIMIT && r.error.retry_after == 60);
    done(&r);

    r = read_body(422, errors, strlen(errors));
    CHECK(r.error.fields.count == 1 && cf_field_errors_find(&r.error.fields, "phone") != NULL);
    done(&r);

    r = read_body(200, success, strlen(success));
    CHECK(!r.ok && r.error.kind == CF_ERROR_NOT_FOUND);
    CHECK_STR(r.error.message, "Customer not found");
    done(&r);
}

/* tests/fuzz/regressions/classify/{raw-*,bad-unicode-escape,bom-duplicate-message};
 * tests/267-lenient-json-errors.phpt */
TEST(error_bodies_json_decode_refuses_are_not_read)
{
    const char *raw_newline = "{\"success\":false,\"error\":\"Customer\nnot found\"}";
    const char *bom = "\xef\xbb\xbf{\"success\":false,\"error\":\"Customer with this email already exists\"}";
    const char *leading_zero = "{\"success\":false,\"code\":01,\"error\":\"Customer with this email already exists\"}";
    const char *bad_escape = "{\"success\":false,\"error\":\"Customer not found\\u12G4\"}";
    const char *vertical_tab = "{\"success\":false,\x0b\"error\":\"Customer not found\"}";
    reading r;

    r = read_body(404, raw_newline, strlen(raw_newline));
    CHECK(r.error.kind == CF_ERROR_NOT_FOUND && r.error.message && !strchr(r.error.message, '\n'));
    done(&r);

    r = read_body(400, bom, strlen(bom));
    CHECK(r.error.kind == CF_ERROR_API);
    done(&r);

    r = read_body(400, leading_zero, strlen(leading_zero));
    CHECK(r.error.kind == CF_ERROR_API);
    done(&r);

    r = read_body(400, bad_escape, strlen(bad_escape));
    CHECK(r.error.kind == CF_ERROR_API);
    done(&r);

    r = read_body(400, vertical_tab, strlen(vertical_tab));
    CHECK(r.error.kind == CF_ERROR_API);
    done(&r);

    r = read_body(200, raw_newline, strlen(raw_newline));
    CHECK(r.error.kind == CF_ERROR_UNEXPECTED);
    done(&r);
}

/* tests/fuzz/regressions/headers/long-max-edge */
TEST(non_negative_numbers_reach_long_max)
{
    char max[32], past[32];
    cf_headers headers = {0};
    const char *line = "X-RateLimit-Reset: 9223372036854775806\r\n";

    snprintf(max, sizeof(max), "%ld", LONG_MAX);
    snprintf(past, sizeof(past), "%lu", (unsigned long)LONG_MAX + 1);
    CHECK(cf_parse_non_negative(max) == LONG_MAX);
    CHECK(cf_parse_non_negative("9223372036854775800") == 9223372036854775800L);
    CHECK(cf_parse_non_negative(past) == -1);
    CHECK(cf_parse_non_negative("99999999999999999999") == -1);
    cf_headers_add_line(&headers, line, strlen(line));
    CHECK(cf_rate_limit_from(&headers).reset == 9223372036854775806L);
    cf_headers_clear(&headers);
}
