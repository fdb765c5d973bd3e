#include "check.h"
#include "core/headers.h"

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
    add(&headers, "HTTP/1.1 201 Created\r\n");
    add(&headers, "X-Final: 1\r\n");
    CHECK(cf_headers_get(&headers, "x-interim") == NULL);
    CHECK_STR(cf_headers_get(&headers, "x-final"), "1");
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
