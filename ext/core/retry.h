/* The one rule for retries and the waits between them, shared by single calls (http.c) and batches
 * (batch.c), so that both spend max_retries alike and on_response's will_retry tells the truth:
 *
 * - A 429 whose wait (Retry-After, else the body's retry_after) is more than zero and within
 *   max_retry_delay is waited for without spending a retry: the server set the pace, the request did not
 *   fail. At most CF_MAX_RATE_LIMIT_WAITS such waits per call; past them a 429 spends retries like any
 *   failure.
 * - Every other retried failure (a transient transport failure, 500, 502, 503, 504, a 429 without a
 *   usable wait, or one whose wait is zero) spends one of max_retries, after its Retry-After if it has a
 *   usable one (not zero, for a 429), else after a backoff with full jitter.
 * - A wait longer than max_retry_delay is never made: the answer is final at once.
 * So a call makes at most 1 + CF_MAX_RATE_LIMIT_WAITS + max_retries attempts. */
#ifndef CASHFIN_CORE_RETRY_H
#define CASHFIN_CORE_RETRY_H

#include "http.h"

#define CF_MAX_RATE_LIMIT_WAITS 10

/* What one call has used so far; starts zeroed. */
typedef struct cf_retry_budget {
    long retries_spent;
    int rate_limit_waits;
} cf_retry_budget;

/* Milliseconds to wait before another attempt of the call whose attempt ended with `response` (and
 * counts it in the budget), or -1 when no attempt follows. */
long cf_retry_next(const cf_http_config *config, const cf_http_response *response, cf_retry_budget *budget,
                   double now_ms);

/* The wait an answer asks for: its Retry-After header, else its body's retry_after; milliseconds,
 * clamped to CF_WAIT_MAX_MS, or -1 when neither is usable. */
long cf_retry_after_ms(const cf_http_response *response, double now_ms);

#endif
