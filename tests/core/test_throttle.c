#include "check.h"
#include "core/throttle.h"

/* Starts as early as the throttle lets them, from t = 0; returns how many fall in [from, from + 1000). */
static int starts_in_window(double requests_per_second, int total, double from)
{
    cf_throttle throttle;
    double now = 0;
    int inside = 0;

    cf_throttle_init(&throttle, requests_per_second);
    for (int i = 0; i < total; i++) {
        now = cf_throttle_next_start(&throttle, now);
        cf_throttle_record_start(&throttle, now);
        inside += now >= from && now < from + 1000.0;
    }
    cf_throttle_free(&throttle);
    return inside;
}

TEST(no_one_second_window_holds_more_than_the_rate)
{
    for (double from = 0; from < 5000; from += 37) {
        CHECK(starts_in_window(5, 40, from) <= 5);
        CHECK(starts_in_window(2.5, 20, from) <= 2);
        CHECK(starts_in_window(0.5, 4, from) <= 1);
    }
    CHECK(starts_in_window(5, 5, 0) == 5); /* the first burst goes at once */
}

TEST(no_rate_means_no_wait)
{
    cf_throttle throttle;

    cf_throttle_init(&throttle, 0);
    for (int i = 0; i < 100; i++) {
        CHECK(cf_throttle_next_start(&throttle, 10.0) == 10.0);
        cf_throttle_record_start(&throttle, 10.0);
    }
    cf_throttle_free(&throttle);
}

TEST(a_spent_window_or_a_retry_after_pauses_every_start)
{
    cf_throttle throttle;
    cf_http_response response = {0};
    double now = 1700000000000.0; /* wall-clock milliseconds */

    cf_throttle_init(&throttle, 0);
    response.status = 200;
    cf_headers_add_line(&response.headers, "X-RateLimit-Remaining: 0\r\n", 26);
    cf_headers_add_line(&response.headers, "X-RateLimit-Reset: 1700000001\r\n", 31);
    cf_throttle_observe(&throttle, &response, -1, now);
    CHECK(cf_throttle_next_start(&throttle, now) >= now + 1000.0);
    cf_headers_clear(&response.headers);

    response.status = 429;
    cf_headers_add_line(&response.headers, "Retry-After: 3\r\n", 15);
    cf_throttle_observe(&throttle, &response, 5000, now);
    CHECK(cf_throttle_next_start(&throttle, now) == now + 3000.0);
    cf_throttle_observe(&throttle, &response, 2000, now + 10000.0); /* beyond the limit: no pause */
    CHECK(cf_throttle_next_start(&throttle, now + 10000.0) == now + 10000.0);
    cf_headers_clear(&response.headers);
    cf_throttle_free(&throttle);
}

TEST(absurd_server_figures_never_pause_a_throttle_for_long)
{
    const char *retry_afters[] = {"9223372036854775807", "18446744073709552", "Fri, 31 Dec 9999 23:59:59 GMT"};
    cf_throttle throttle;
    cf_http_response response = {0};
    double now = 1700000000000.0;

    cf_throttle_init(&throttle, 0);
    response.status = 200;
    cf_headers_add_line(&response.headers, "X-RateLimit-Remaining: 0\r\n", 26);
    cf_headers_add_line(&response.headers, "X-RateLimit-Reset: 9223372036854775807\r\n", 40);
    cf_throttle_observe(&throttle, &response, 5000, now);
    /* A reset far ahead pauses a minute at most (and a little slack), then the server is asked again. */
    CHECK(cf_throttle_next_start(&throttle, now) > now);
    CHECK(cf_throttle_next_start(&throttle, now) <= now + CF_RESET_PAUSE_MAX_MS);
    cf_headers_clear(&response.headers);
    cf_throttle_free(&throttle);

    for (size_t i = 0; i < sizeof(retry_afters) / sizeof(retry_afters[0]); i++) {
        char line[128];

        cf_throttle_init(&throttle, 0);
        response.status = 429;
        snprintf(line, sizeof(line), "Retry-After: %s\r\n", retry_afters[i]);
        cf_headers_add_line(&response.headers, line, strlen(line));
        cf_throttle_observe(&throttle, &response, 300000, now);
        CHECK(cf_throttle_next_start(&throttle, now) == now); /* beyond max_retry_delay: no pause at all */
        cf_headers_clear(&response.headers);
        cf_throttle_free(&throttle);
    }
}

TEST(a_rate_below_the_bound_is_read_as_the_bound)
{
    cf_throttle throttle;

    CHECK(cf_throttle_init(&throttle, 1e-300));
    cf_throttle_record_start(&throttle, 0);
    /* One start per 100 s (and the slack), not 1e302 s. */
    CHECK(cf_throttle_next_start(&throttle, 0) <= 100000.0 + 100);
    cf_throttle_free(&throttle);
    CHECK(cf_throttle_init(&throttle, 1e300));
    CHECK(throttle.burst == 1000);
    cf_throttle_free(&throttle);
}
