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
