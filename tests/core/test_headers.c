#include "check.h"
#include "core/headers.h"

#include <stdlib.h>

static void add(cf_headers *headers, const char *line)
{
    cf_headers_add_line(headers, line, strlen(line));
}

TEST(headers_are_lower_cased_and_trimmed)
{
    cf_headers headers = {0};

    add(&headers, "HTTP/1.1 200 OK\r\n");
    add(&headers, "X-Request-Id:  req_123 \r\n");
    add(&headers, "\r\n");
    CHECK_STR(cf_headers_get(&headers, "x-request-id"), "req_123");
    CHECK(headers.count == 1);
    cf_headers_clear(&headers);
}

TEST(a_new_status_line_starts_a_new_block)
{
    cf_headers headers = {0};

    add(&headers, "HTTP/1.1 100 Continue\r\n");
    add(&headers, "X-Interim: 1\r\n");
    add(&headers, "\r\n"); /* libcurl hands over the blank line that ends each block */
    add(&headers, "HTTP/1.1 201 Created\r\n");
    add(&headers, "X-Final: 1\r\n");
    CHECK(cf_headers_get(&headers, "x-interim") == NULL);
    CHECK_STR(cf_headers_get(&headers, "x-final"), "1");
    cf_headers_clear(&headers);
}

TEST(a_block_past_the_line_or_byte_limit_is_over_it)
{
    cf_headers headers = {0};
    char *long_line = malloc(CF_MAX_HEADER_BYTES);

    add(&headers, "HTTP/1.1 200 OK\r\n");
    for (int i = 0; i < CF_MAX_HEADER_LINES; i++) {
        add(&headers, "X-Many: b\r\n");
    }
    CHECK(!cf_headers_over_limit(&headers));
    add(&headers, "X-Many: b\r\n");
    CHECK(cf_headers_over_limit(&headers));
    /* Only the final answer's block counts: an interim one is forgotten with its lines. */
    add(&headers, "\r\n");
    add(&headers, "HTTP/1.1 200 OK\r\n");
    CHECK(!cf_headers_over_limit(&headers));

    CHECK(long_line != NULL);
    if (long_line) {
        memset(long_line, 'a', CF_MAX_HEADER_BYTES);
        memcpy(long_line, "X-Big: ", 7);
        long_line[CF_MAX_HEADER_BYTES - 1] = '\n';
        cf_headers_add_line(&headers, long_line, CF_MAX_HEADER_BYTES);
        CHECK(!cf_headers_over_limit(&headers)); /* exactly CF_MAX_HEADER_BYTES */
        cf_headers_add_line(&headers, "X-One: more\n", 12);
        CHECK(cf_headers_over_limit(&headers));
    }
    free(long_line);
    cf_headers_clear(&headers);
}

TEST(a_status_like_line_inside_a_block_is_a_header_and_counts)
{
    cf_headers headers = {0};

    add(&headers, "HTTP/1.1 200 OK\r\n");
    add(&headers, "X-Request-Id: req_1\r\n");
    for (int i = 0; i < CF_MAX_HEADER_LINES; i++) {
        add(&headers, i % 100 == 0 ? "HTTP/x: y\r\n" : "X-Many: b\r\n");
    }
    CHECK(cf_headers_over_limit(&headers));
    CHECK_STR(cf_headers_get(&headers, "x-request-id"), "req_1");
    cf_headers_clear(&headers);
}

TEST(rate_limit_headers_are_read)
{
    cf_headers headers = {0};
    cf_rate_limit limits;

    add(&headers, "X-RateLimit-Limit: 25\r\n");
    add(&headers, "X-RateLimit-Remaining: 0\r\n");
    add(&headers, "X-RateLimit-Reset: 1700000000\r\n");
    limits = cf_rate_limit_from(&headers);
    CHECK(limits.limit == 25 && limits.remaining == 0 && limits.reset == 1700000000);
    cf_headers_clear(&headers);
    add(&headers, "X-RateLimit-Limit: lots\r\n");
    limits = cf_rate_limit_from(&headers);
    CHECK(limits.limit == -1 && limits.remaining == -1 && limits.reset == -1);
    cf_headers_clear(&headers);
}

TEST(non_negative_numbers_only)
{
    CHECK(cf_parse_non_negative("0") == 0);
    CHECK(cf_parse_non_negative("-1") == -1);
    CHECK(cf_parse_non_negative("") == -1);
    CHECK(cf_parse_non_negative(NULL) == -1);
    CHECK(cf_parse_non_negative("12x") == -1);
}
