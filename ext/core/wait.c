#include "wait.h"

#include <curl/curl.h>
#include <errno.h>
#include <math.h>
#include <time.h>

#ifdef _WIN32
#include <windows.h>
#endif

double cf_now_ms(void)
{
    struct timespec ts;

    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

void cf_sleep_ms(long ms)
{
    if (ms <= 0) {
        return;
    }
    if (ms > CF_WAIT_MAX_MS) {
        ms = CF_WAIT_MAX_MS;
    }
#ifdef _WIN32
    Sleep((DWORD)ms);
#else
    {
        struct timespec left = {ms / 1000, (ms % 1000) * 1000000L};

        /* Only a signal resumes the sleep (with what is left); any other failure ends it. */
        while (nanosleep(&left, &left) != 0 && errno == EINTR) {
        }
    }
#endif
}

long cf_wait_ms_from_seconds(double seconds)
{
    double ms;

    if (!(seconds >= 0)) { /* negative, or NaN */
        return -1;
    }
    /* Compared before any conversion: a double too large for a long must never be cast to one. */
    if (seconds >= (double)CF_WAIT_MAX_SECONDS) {
        return CF_WAIT_MAX_MS;
    }
    ms = ceil(seconds * 1000.0);
    return ms >= (double)CF_WAIT_MAX_MS ? CF_WAIT_MAX_MS : (long)ms;
}

long cf_wait_seconds(long ms)
{
    if (ms < 0) {
        return -1;
    }
    return ms / 1000 + (ms % 1000 != 0);
}

/* Delta-seconds with an optional fraction ("120", "1.5"), straight to whole milliseconds (rounded up) in
 * integers, so that "0.3" is 300 ms and no number of digits can overflow; -1 for anything else. */
static long delta_ms(const char *value)
{
    long seconds = 0, ms = 0;
    int fraction_digits = 0;
    bool beyond_ms = false;
    const char *p = value;

    for (; *p >= '0' && *p <= '9'; p++) {
        if (seconds < CF_WAIT_MAX_SECONDS) { /* past the cap the figure only saturates */
            seconds = seconds * 10 + (*p - '0');
        }
    }
    if (*p == '.') {
        if (!(p[1] >= '0' && p[1] <= '9')) {
            return -1;
        }
        for (p++; *p >= '0' && *p <= '9'; p++, fraction_digits++) {
            if (fraction_digits < 3) {
                ms = ms * 10 + (*p - '0');
            } else if (*p != '0') {
                beyond_ms = true;
            }
        }
        for (; fraction_digits < 3; fraction_digits++) {
            ms *= 10;
        }
    }
    if (*p != '\0') {
        return -1;
    }
    if (seconds >= CF_WAIT_MAX_SECONDS) {
        return CF_WAIT_MAX_MS;
    }
    return seconds * 1000 + ms + (beyond_ms ? 1 : 0);
}

long cf_retry_after_header_ms(const char *value, double now_ms)
{
    time_t when;
    double ahead_ms;

    if (!value || !*value) {
        return -1;
    }
    if (*value >= '0' && *value <= '9') {
        return delta_ms(value);
    }
    if (*value == '-' || *value == '+') {
        return -1; /* a signed figure is no delta-seconds, and no date either */
    }
    when = curl_getdate(value, NULL);
    if (when == (time_t)-1) {
        return -1;
    }
    /* In doubles: a date in year 9999 is 2.5e14 ms away, beyond a 32-bit long. */
    ahead_ms = (double)when * 1000.0 - now_ms;
    return cf_wait_ms_from_seconds(ahead_ms > 0 ? ahead_ms / 1000.0 : 0);
}

long cf_reset_pause_ms(long reset_seconds, double slack_ms, double now_ms)
{
    double pause;

    if (reset_seconds < 0) {
        return -1;
    }
    pause = (double)reset_seconds * 1000.0 + slack_ms - now_ms;
    if (!(pause > 0)) {
        return 0;
    }
    return pause >= (double)CF_RESET_PAUSE_MAX_MS ? CF_RESET_PAUSE_MAX_MS : (long)ceil(pause);
}
