/* Pacing requests to a plan's rate limit, on the client side, so that a batch never meets a 429:
 * at most `requests_per_second` starts in any one-second window, and a pause whenever the server
 * says the window is spent (X-RateLimit-Remaining 0, or a 429's Retry-After). */
#ifndef CASHFIN_CORE_THROTTLE_H
#define CASHFIN_CORE_THROTTLE_H

#include "http.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct cf_throttle {
    double window_ms; /* `burst` starts may fall in any window this long */
    size_t burst;     /* 0: no rate set, only pauses apply */
    double *starts;   /* ring of the last `burst` start times */
    size_t recorded;
    size_t next;
    double paused_until; /* ms; 0: not paused */
} cf_throttle;

/* The rates a caller may set: at least one start per 100 s, at most 1000 per second. */
#define CF_THROTTLE_MIN_RATE 0.01
#define CF_THROTTLE_MAX_RATE 1000.0

/* requests_per_second 0 sets no rate; others are clamped to the bounds above. False when out of memory. */
bool cf_throttle_init(cf_throttle *throttle, double requests_per_second);
void cf_throttle_free(cf_throttle *throttle);

/* The earliest time (ms, >= now) the next request may start. */
double cf_throttle_next_start(const cf_throttle *throttle, double now);
void cf_throttle_record_start(cf_throttle *throttle, double when);

/* Times are cf_now_ms() values (wall clock, so that X-RateLimit-Reset compares with them). */

/* Reads the rate-limit headers of an answer: a spent window pauses every later start until
 * X-RateLimit-Reset (at most CF_RESET_PAUSE_MAX_MS), a 429 for its wait when within max_retry_delay_ms. */
void cf_throttle_observe(cf_throttle *throttle, const cf_http_response *response, long max_retry_delay_ms, double now);

#endif
