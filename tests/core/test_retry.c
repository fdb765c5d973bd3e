#include "check.h"
#include "core/retry.h"

#include <stdlib.h>

#define NOW_MS 1700000000000.0

/* An answer with the status, an optional Retry-After and an optional body. */
static void answer(cf_http_response *response, long status, const char *retry_after, const char *body)
{
    char line[256];

    cf_http_response_free(response);
    response->status = status;
    if (retry_after) {
        snprintf(line, sizeof(line), "Retry-After: %s\r\n", retry_after);
        cf_headers_add_line(&response->headers, line, strlen(line));
    }
    if (body) {
        response->body = strdup(body);
        response->body_len = strlen(body);
        response->body_capacity = response->body_len + 1;
    }
}

static cf_http_config config_with(long max_retries, long max_retry_delay_ms)
{
    cf_http_config config = {0};

    config.max_retries = max_retries;
    config.max_retry_delay_ms = max_retry_delay_ms;
    return config;
}

TEST(a_429_within_max_retry_delay_waits_without_spending_retries)
{
    cf_http_config config = config_with(0, 5000);
    cf_http_response response = {0};
    cf_retry_budget budget = {0};

    answer(&response, 429, "2", NULL);
    for (int i = 0; i < CF_MAX_RATE_LIMIT_WAITS; i++) {
        CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == 2000);
    }
    CHECK(budget.retries_spent == 0 && budget.rate_limit_waits == CF_MAX_RATE_LIMIT_WAITS);
    /* Past the free waits, with max_retries 0, the call ends. */
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == -1);
    cf_http_response_free(&response);
}

TEST(past_the_free_waits_a_429_spends_retries)
{
    cf_http_config config = config_with(1, 5000);
    cf_http_response response = {0};
    cf_retry_budget budget = {.rate_limit_waits = CF_MAX_RATE_LIMIT_WAITS};

    answer(&response, 429, "1", NULL);
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == 1000);
    CHECK(budget.retries_spent == 1);
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == -1);
    cf_http_response_free(&response);
}

TEST(the_body_retry_after_counts_when_the_header_is_missing_or_unusable)
{
    cf_http_config config = config_with(0, 5000);
    cf_http_response response = {0};
    cf_retry_budget budget = {0};

    answer(&response, 429, NULL, "{\"success\":false,\"retry_after\":0.5}");
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == 500);
    answer(&response, 429, "-5", "{\"success\":false,\"retry_after\":3}");
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == 3000);
    answer(&response, 429, "4", "{\"success\":false,\"retry_after\":3}");
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == 4000); /* the header wins */
    CHECK(budget.retries_spent == 0);
    cf_http_response_free(&response);
}

TEST(a_wait_beyond_max_retry_delay_ends_the_call_at_once)
{
    const char *headers[] = {"6", "9223372036854775807", "18446744073709552", "Fri, 31 Dec 9999 23:59:59 GMT"};
    const char *bodies[] = {"{\"retry_after\":9223372036854775807}", "{\"retry_after\":1e300}",
                            "{\"retry_after\":18446744073709552}"};
    cf_http_config config = config_with(10, 5000);
    cf_http_response response = {0};

    for (size_t i = 0; i < sizeof(headers) / sizeof(headers[0]); i++) {
        cf_retry_budget budget = {0};

        answer(&response, 429, headers[i], NULL);
        CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == -1);
        answer(&response, 503, headers[i], NULL);
        CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == -1);
        CHECK(cf_retry_after_ms(&response, NOW_MS) == (i == 0 ? 6000 : CF_WAIT_MAX_MS));
    }
    for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
        cf_retry_budget budget = {0};

        answer(&response, 429, NULL, bodies[i]);
        CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == -1);
        CHECK(cf_retry_after_ms(&response, NOW_MS) == CF_WAIT_MAX_MS);
    }
    cf_http_response_free(&response);
}

TEST(other_failures_spend_one_retry_each_with_backoff)
{
    cf_http_config config = config_with(2, 5000);
    cf_http_response response = {0};
    cf_retry_budget budget = {0};
    long first, second;

    answer(&response, 503, NULL, NULL);
    first = cf_retry_next(&config, &response, &budget, NOW_MS);
    answer(&response, 429, "soon", NULL); /* no usable wait: a failure like a 503 */
    second = cf_retry_next(&config, &response, &budget, NOW_MS);
    CHECK(first >= 0 && first <= 500 && second >= 0 && second <= 1000);
    CHECK(budget.retries_spent == 2 && budget.rate_limit_waits == 0);
    answer(&response, 502, NULL, NULL);
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == -1);

    budget = (cf_retry_budget){0};
    answer(&response, 0, NULL, NULL);
    response.transport_error = CF_ERROR_CONNECTION;
    response.transport_retryable = true;
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) >= 0 && budget.retries_spent == 1);
    response.transport_retryable = false;
    CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == -1);
    cf_http_response_free(&response);
}

TEST(answers_that_are_not_transient_are_never_retried)
{
    long statuses[] = {200, 201, 400, 401, 403, 404, 409, 422, 501, 505};
    cf_http_config config = config_with(10, 5000);
    cf_http_response response = {0};

    for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
        cf_retry_budget budget = {0};

        answer(&response, statuses[i], "1", NULL);
        CHECK(cf_retry_next(&config, &response, &budget, NOW_MS) == -1);
    }
    cf_http_response_free(&response);
}

TEST(a_call_makes_at_most_one_plus_the_free_waits_plus_max_retries_attempts)
{
    cf_http_config config = config_with(3, 5000);
    cf_http_response response = {0};
    cf_retry_budget budget = {0};
    int attempts = 1;

    answer(&response, 429, "0.001", NULL);
    while (cf_retry_next(&config, &response, &budget, NOW_MS) >= 0 && attempts < 1000) {
        attempts++;
    }
    CHECK(attempts == 1 + CF_MAX_RATE_LIMIT_WAITS + 3);
    cf_http_response_free(&response);
}

TEST(a_429_that_asks_for_no_wait_spends_retries_after_a_backoff)
{
    const char *none[] = {"0", "Sun, 06 Nov 1994 08:49:37 GMT"};
    cf_http_config config = config_with(2, 5000);
    cf_http_response response = {0};

    for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
        cf_retry_budget budget = {0};
        int attempts = 1;

        answer(&response, 429, none[i], NULL);
        while (cf_retry_next(&config, &response, &budget, NOW_MS) >= 0 && attempts < 1000) {
            attempts++;
        }
        CHECK(attempts == 1 + 2 && budget.rate_limit_waits == 0);
    }
    cf_http_response_free(&response);
}
