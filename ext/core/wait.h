/* Time spent waiting: the clock, sleeping, and the server's figures for how long to wait (Retry-After,
 * the body's retry_after, X-RateLimit-Reset) turned into milliseconds. Every conversion saturates, so no
 * figure, however large, negative, fractional or far in the future, can overflow a computation, stall a
 * call for longer than a documented cap, or make a sleep fail and spin. */
#ifndef CASHFIN_CORE_WAIT_H
#define CASHFIN_CORE_WAIT_H

#include <stdbool.h>

/* The largest wait a server figure is read as: one week. getRetryAfter() never shows more, and its
 * milliseconds fit in 32 bits, so every platform's long and int holds them. */
#define CF_WAIT_MAX_SECONDS 604800L
#define CF_WAIT_MAX_MS (CF_WAIT_MAX_SECONDS * 1000L)

/* The longest pause an X-RateLimit-Reset can ask for; a later reset pauses this long, then the server
 * is asked again. */
#define CF_RESET_PAUSE_MAX_MS 60000L

double cf_now_ms(void); /* wall clock (so that X-RateLimit-Reset compares with it), milliseconds */

/* Sleeps for ms milliseconds, clamped to 0..CF_WAIT_MAX_MS; a signal does not cut it short, and a
 * failing clock ends it rather than retrying for ever. */
void cf_sleep_ms(long ms);

/* Seconds (any double) as milliseconds of waiting, rounded up and clamped to CF_WAIT_MAX_MS; -1 for a
 * negative figure or one that is not a number. */
long cf_wait_ms_from_seconds(double seconds);

/* A wait as the whole seconds a caller is told (rounded up); -1 stays -1. */
long cf_wait_seconds(long ms);

/* A Retry-After value: delta-seconds (digits, with a fraction if the server sends one, of any length) or
 * an HTTP date (a past date is no wait). Milliseconds from now_ms, clamped; -1 when absent, negative or
 * unreadable. */
long cf_retry_after_header_ms(const char *value, double now_ms);

/* How long to pause for an X-RateLimit-Reset (unix seconds; negative: absent) plus `slack_ms`:
 * milliseconds from now_ms, 0 when that time has passed, at most CF_RESET_PAUSE_MAX_MS; -1 when absent. */
long cf_reset_pause_ms(long reset_seconds, double slack_ms, double now_ms);

#endif
