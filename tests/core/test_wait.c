#include "check.h"
#include "core/wait.h"

#include <limits.h>
#include <math.h>

#define NOW_MS 1700000000000.0 /* 2023-11-14, in wall-clock milliseconds */

TEST(seconds_become_milliseconds_clamped_to_a_week)
{
    CHECK(cf_wait_ms_from_seconds(0) == 0);
    CHECK(cf_wait_ms_from_seconds(0.2) == 200);
    CHECK(cf_wait_ms_from_seconds(0.0001) == 1); /* rounded up: never shorter than asked */
    CHECK(cf_wait_ms_from_seconds(7) == 7000);
    CHECK(cf_wait_ms_from_seconds(604799.5) == 604799500);
    CHECK(cf_wait_ms_from_seconds(604800) == CF_WAIT_MAX_MS);
    CHECK(cf_wait_ms_from_seconds(9223372036854775807.0) == CF_WAIT_MAX_MS);
    CHECK(cf_wait_ms_from_seconds(1e300) == CF_WAIT_MAX_MS);
    CHECK(cf_wait_ms_from_seconds(INFINITY) == CF_WAIT_MAX_MS);
    CHECK(cf_wait_ms_from_seconds(-1) == -1);
    CHECK(cf_wait_ms_from_seconds(-1e300) == -1);
    CHECK(cf_wait_ms_from_seconds(NAN) == -1);
    /* The cap fits 32 bits, whatever the platform's long. */
    CHECK(CF_WAIT_MAX_MS <= 2147483647L);
}

TEST(a_wait_is_told_in_whole_seconds_rounded_up)
{
    CHECK(cf_wait_seconds(-1) == -1);
    CHECK(cf_wait_seconds(0) == 0);
    CHECK(cf_wait_seconds(1) == 1);
    CHECK(cf_wait_seconds(1000) == 1);
    CHECK(cf_wait_seconds(1200) == 2);
    CHECK(cf_wait_seconds(CF_WAIT_MAX_MS) == CF_WAIT_MAX_SECONDS);
}

TEST(retry_after_takes_delta_seconds_of_any_length)
{
    CHECK(cf_retry_after_header_ms("7", NOW_MS) == 7000);
    CHECK(cf_retry_after_header_ms("0", NOW_MS) == 0);
    CHECK(cf_retry_after_header_ms("0.2", NOW_MS) == 200);
    CHECK(cf_retry_after_header_ms("1.5", NOW_MS) == 1500);
    CHECK(cf_retry_after_header_ms("0.3", NOW_MS) == 300);
    CHECK(cf_retry_after_header_ms("0.0001", NOW_MS) == 1);
    CHECK(cf_retry_after_header_ms("2.000000", NOW_MS) == 2000);
    CHECK(cf_retry_after_header_ms("604799.9999", NOW_MS) == CF_WAIT_MAX_MS);
    CHECK(cf_retry_after_header_ms("604801", NOW_MS) == CF_WAIT_MAX_MS);
    CHECK(cf_retry_after_header_ms("9223372036854775807", NOW_MS) == CF_WAIT_MAX_MS);
    /* Past 2^64 / 1000: once wrapped to about 384 ms. */
    CHECK(cf_retry_after_header_ms("18446744073709552", NOW_MS) == CF_WAIT_MAX_MS);
    CHECK(cf_retry_after_header_ms("99999999999999999999999999999999999999", NOW_MS) == CF_WAIT_MAX_MS);
}

TEST(retry_after_refuses_what_is_not_a_wait)
{
    const char *refused[] = {NULL, "",    "-5",  "-9223372036854775808", "+5", "soon", "1e3", "1.", ".5",
                             "5s", "1 2", "0x10"};

    for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
        if (cf_retry_after_header_ms(refused[i], NOW_MS) != -1) {
            fprintf(stderr, "  refused[%zu] (%s) was read as a wait\n", i, refused[i] ? refused[i] : "NULL");
            *failed = true;
        }
    }
}

TEST(retry_after_takes_http_dates)
{
    /* 1700000060 is 60 s after NOW_MS. */
    CHECK(cf_retry_after_header_ms("Tue, 14 Nov 2023 22:14:20 GMT", NOW_MS) == 60000);
    CHECK(cf_retry_after_header_ms("Thu, 01 Jan 1970 00:00:01 GMT", NOW_MS) == 0); /* past: no wait */
    CHECK(cf_retry_after_header_ms("Fri, 31 Dec 9999 23:59:59 GMT", NOW_MS) == CF_WAIT_MAX_MS);
}

TEST(reset_pauses_are_clamped_to_a_minute)
{
    CHECK(cf_reset_pause_ms(-1, 50, NOW_MS) == -1);
    CHECK(cf_reset_pause_ms(1700000001, 50, NOW_MS) == 1050);
    CHECK(cf_reset_pause_ms(1699999999, 50, NOW_MS) == 0);
    CHECK(cf_reset_pause_ms(1700000100, 50, NOW_MS) == CF_RESET_PAUSE_MAX_MS);
    CHECK(cf_reset_pause_ms(LONG_MAX, 50, NOW_MS) == CF_RESET_PAUSE_MAX_MS);
}

TEST(sleeping_never_spins_on_a_bad_figure)
{
    double started = cf_now_ms();

    cf_sleep_ms(-5);
    cf_sleep_ms(LONG_MIN);
    cf_sleep_ms(0);
    CHECK(cf_now_ms() - started < 50);
    started = cf_now_ms();
    cf_sleep_ms(30);
    CHECK(cf_now_ms() - started >= 29);
}
