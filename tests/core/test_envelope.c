#include "check.h"
#include "core/envelope.h"

typedef struct outcome {
    bool ok;
    cf_error error;
    cf_envelope envelope;
} outcome;

static outcome read_answer(long status, const char *body, cf_shape shape)
{
    outcome result;

    cf_error_init(&result.error);
    result.ok = cf_envelope_read(status, body, strlen(body), shape, &result.envelope, &result.error);
    return result;
}

static void release(outcome *result)
{
    cf_error_free(&result->error);
    cf_envelope_free(&result->envelope);
}

static cf_error_kind kind_of(long status, const char *body)
{
    outcome result = read_answer(status, body, CF_SHAPE_OBJECT);
    cf_error_kind kind = result.error.kind;

    release(&result);
    return kind;
}

TEST(success_object_is_read)
{
    outcome result = read_answer(201,
                                 "{\"success\":true,\"message\":\"Customer created successfully\","
                                 "\"data\":{\"_id\":\"507f1f77bcf86cd799439011\",\"name\":\"John Doe\"}}",
                                 CF_SHAPE_OBJECT);

    CHECK(result.ok);
    CHECK(cJSON_IsObject(result.envelope.data));
    CHECK_STR(cJSON_GetObjectItem(result.envelope.data, "name")->valuestring, "John Doe");
    release(&result);
}

TEST(page_reads_pagination_or_meta)
{
    outcome a = read_answer(200,
                            "{\"success\":true,\"data\":[],\"pagination\":{\"total\":150,\"page\":1,"
                            "\"limit\":10,\"pages\":15}}",
                            CF_SHAPE_PAGE);
    outcome b = read_answer(200,
                            "{\"success\":true,\"data\":[{\"_id\":\"a\"}],\"meta\":{\"total\":1,\"page\":1,"
                            "\"limit\":10,\"pages\":1}}",
                            CF_SHAPE_PAGE);
    outcome c = read_answer(200, "{\"success\":true,\"data\":[]}", CF_SHAPE_PAGE);

    CHECK(a.ok && a.envelope.page.total == 150 && a.envelope.page.pages == 15);
    CHECK(b.ok && b.envelope.page.total == 1);
    CHECK(!c.ok && c.error.kind == CF_ERROR_UNEXPECTED);
    release(&a);
    release(&b);
    release(&c);
}

TEST(documented_statuses_map_to_their_classes)
{
    CHECK(kind_of(401, "{\"success\": false, \"message\": \"Unauthorized access!\"}") == CF_ERROR_AUTHENTICATION);
    CHECK(kind_of(403, "{\"success\":false,\"error\":\"Forbidden\"}") == CF_ERROR_PERMISSION);
    CHECK(kind_of(404, "{\"success\":false,\"error\":\"Customer not found\"}") == CF_ERROR_NOT_FOUND);
    CHECK(kind_of(409, "{\"success\":false,\"error\":\"Customer with this email already exists\"}") ==
          CF_ERROR_DUPLICATE);
    CHECK(kind_of(422, "{\"success\":false,\"error\":\"There are problems with your submission\"}") ==
          CF_ERROR_VALIDATION);
    CHECK(kind_of(429, "{\"success\":false,\"error\":\"Too many requests\"}") == CF_ERROR_RATE_LIMIT);
    CHECK(kind_of(500, "{\"success\":false,\"error\":\"Internal error\"}") == CF_ERROR_SERVER);
    CHECK(kind_of(418, "{\"success\":false,\"error\":\"Teapot\"}") == CF_ERROR_API);
    CHECK(kind_of(400, "{\"success\":false,\"error\":\"Bad request\"}") == CF_ERROR_API);
}

TEST(body_refines_the_status)
{
    CHECK(kind_of(400, "{\"success\":false,\"error\":\"Customer with this email already exists\"}") ==
          CF_ERROR_DUPLICATE);
    CHECK(kind_of(400, "{\"success\":false,\"error\":\"Invalid customer ID format\"}") == CF_ERROR_INVALID_ID);
    CHECK(kind_of(400, "{\"success\":false,\"error\":\"Customer not found\"}") == CF_ERROR_NOT_FOUND);
    CHECK(kind_of(400, "{\"success\":false,\"error\":\"x\",\"errors\":{\"email\":\"Email is required\"}}") ==
          CF_ERROR_VALIDATION);
    CHECK(kind_of(200, "{\"success\":false,\"error\":\"Customer not found\"}") == CF_ERROR_NOT_FOUND);
    CHECK(kind_of(200, "{\"success\":false,\"error\":\"Something failed\"}") == CF_ERROR_API);
}

TEST(server_errors_win_whatever_the_body)
{
    CHECK(kind_of(503, "{\"success\":false,\"error\":\"Customer not found\"}") == CF_ERROR_SERVER);
    CHECK(kind_of(502, "<html><body>Bad gateway</body></html>") == CF_ERROR_SERVER);
    CHECK(kind_of(599, "{\"success\":false,\"error\":\"Customer not found\"}") == CF_ERROR_SERVER);
}

TEST(statuses_past_599_are_no_server_errors)
{
    CHECK(kind_of(600, "{\"success\":false,\"error\":\"Odd\"}") == CF_ERROR_API);
    CHECK(kind_of(999, "") == CF_ERROR_API);
    CHECK(kind_of(999, "{\"success\":false,\"error\":\"Customer not found\"}") == CF_ERROR_NOT_FOUND);
}

TEST(message_comes_from_error_then_message)
{
    outcome a = read_answer(401, "{\"success\": false, \"message\": \"Unauthorized access!\"}", CF_SHAPE_OBJECT);
    outcome b =
        read_answer(404, "{\"success\":false,\"error\":\"Customer not found\",\"message\":\"m\"}", CF_SHAPE_OBJECT);
    outcome c = read_answer(502, "<html>gateway</html>", CF_SHAPE_OBJECT);

    CHECK_STR(a.error.message, "Unauthorized access!");
    CHECK_STR(b.error.message, "Customer not found");
    CHECK_STR(c.error.message, "Cashfin answered HTTP 502 without an error message");
    release(&a);
    release(&b);
    release(&c);
}

TEST(field_errors_are_collected_in_order)
{
    outcome result = read_answer(422,
                                 "{\"success\":false,\"error\":\"There are problems with your submission\","
                                 "\"errors\":{\"email\":\"Email is required\",\"phone\":[\"Phone is required\"]}}",
                                 CF_SHAPE_OBJECT);

    CHECK(result.error.fields.count == 2);
    CHECK_STR(result.error.fields.items[0].field, "email");
    CHECK_STR(result.error.fields.items[1].message, "Phone is required");
    release(&result);
}

TEST(retry_after_is_read_from_the_body)
{
    outcome result =
        read_answer(429, "{\"success\":false,\"error\":\"Too many requests\",\"retry_after\":3}", CF_SHAPE_OBJECT);

    CHECK(result.error.retry_after == 3);
    release(&result);
}

TEST(success_that_is_not_the_envelope_is_unexpected)
{
    CHECK(kind_of(200, "<html>maintenance</html>") == CF_ERROR_UNEXPECTED);
    CHECK(kind_of(200, "") == CF_ERROR_UNEXPECTED);
    CHECK(kind_of(200, "{\"success\":true,\"data\":{\"a\":1}") == CF_ERROR_UNEXPECTED); /* truncated */
    CHECK(kind_of(200, "{\"success\":true,\"data\":[1]}") == CF_ERROR_UNEXPECTED);      /* wrong shape */
    CHECK(kind_of(200, "{\"data\":{}}") == CF_ERROR_UNEXPECTED);                        /* no success flag */
    CHECK(kind_of(200, "[{\"success\":true}]") == CF_ERROR_UNEXPECTED);
    CHECK(kind_of(200, "{\"success\":true,\"data\":{\"a\":\"\xC3\x28\"}}") == CF_ERROR_UNEXPECTED);
    CHECK(kind_of(200, "{\"success\":true,\"data\":{}} trailing") == CF_ERROR_UNEXPECTED);
    CHECK(kind_of(301, "") == CF_ERROR_UNEXPECTED);
}

TEST(every_record_of_a_success_carries_a_string_id)
{
    const char *objects[] = {"{}", "[]", "{\"name\":\"x\"}", "{\"_id\":5}", "{\"_id\":null}", "{\"0\":\"x\"}"};
    const char *lists[] = {"[1]", "[{}]", "[{\"_id\":\"a\"},{\"name\":\"b\"}]", "[{\"_id\":[\"a\"]}]"};
    char body[256];

    for (size_t i = 0; i < sizeof(objects) / sizeof(objects[0]); i++) {
        outcome result;

        snprintf(body, sizeof(body), "{\"success\":true,\"data\":%s}", objects[i]);
        result = read_answer(200, body, CF_SHAPE_OBJECT);
        CHECK(!result.ok && result.error.kind == CF_ERROR_UNEXPECTED);
        release(&result);
    }
    for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
        outcome result;

        snprintf(body, sizeof(body),
                 "{\"success\":true,\"data\":%s,\"pagination\":{\"total\":1,\"page\":1,\"limit\":10,"
                 "\"pages\":1}}",
                 lists[i]);
        result = read_answer(200, body, CF_SHAPE_PAGE);
        CHECK(!result.ok && result.error.kind == CF_ERROR_UNEXPECTED);
        release(&result);
    }
    /* The last of repeated keys is the one read, as json_decode reads it. */
    {
        outcome result = read_answer(200, "{\"success\":true,\"data\":{\"_id\":5,\"_id\":\"a\"}}", CF_SHAPE_OBJECT);

        CHECK(result.ok);
        release(&result);
    }
}

TEST(deep_nesting_is_refused_not_recursed)
{
    static char body[30000];
    size_t n = 0;

    n += (size_t)sprintf(body, "{\"success\":true,\"data\":");
    for (int i = 0; i < 10000; i++) {
        body[n++] = '[';
    }
    body[n] = '\0';
    CHECK(kind_of(200, body) == CF_ERROR_UNEXPECTED);
}

TEST(page_figures_are_64_bit_counts_up_to_1e15)
{
    outcome result =
        read_answer(200,
                    "{\"success\":true,\"data\":[],\"pagination\":"
                    "{\"total\":1000000000000000,\"page\":4294967296,\"limit\":100,\"pages\":10000000000000}}",
                    CF_SHAPE_PAGE);

    CHECK(result.ok);
    CHECK(result.envelope.page.total == 1000000000000000LL);
    CHECK(result.envelope.page.page == 4294967296LL);
    CHECK(result.envelope.page.pages == 10000000000000LL);
    release(&result);
    result = read_answer(200,
                         "{\"success\":true,\"data\":[],\"pagination\":"
                         "{\"total\":1000000000000001,\"page\":1,\"limit\":100,\"pages\":1}}",
                         CF_SHAPE_PAGE);
    CHECK(!result.ok);
    release(&result);
}

TEST(meta_stands_in_for_a_pagination_block_without_members)
{
    const char *figures = "{\"total\":3,\"page\":1,\"limit\":10,\"pages\":1}";
    char body[256];
    outcome result;

    /* The same rule as the Zend layer's reader, where {} and [] are one empty array. */
    snprintf(body, sizeof(body), "{\"success\":true,\"data\":[],\"pagination\":{},\"meta\":%s}", figures);
    result = read_answer(200, body, CF_SHAPE_PAGE);
    CHECK(result.ok && result.envelope.page.total == 3);
    release(&result);
    snprintf(body, sizeof(body), "{\"success\":true,\"data\":[],\"pagination\":[],\"meta\":%s}", figures);
    result = read_answer(200, body, CF_SHAPE_PAGE);
    CHECK(result.ok && result.envelope.page.total == 3);
    release(&result);
}
