#include "retry.h"
#include "envelope.h"
#include "random.h"

#define BACKOFF_BASE_MS 500
#define BACKOFF_CAP_MS 8000

static bool transient_status(long status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

long cf_retry_after_ms(const cf_http_response *response, double now_ms)
{
    long ms;

    if (response->status == 0) {
        return -1;
    }
    ms = cf_retry_after_header_ms(cf_headers_get(&response->headers, "retry-after"), now_ms);
    if (ms < 0) {
        ms = cf_wait_ms_from_seconds(cf_envelope_retry_after(response->body ? response->body : "", response->body_len));
    }
    return ms;
}

/* Full jitter keeps workers that failed together from retrying together. */
static long backoff_ms(long retry)
{
    long ceiling = BACKOFF_BASE_MS << (retry - 1 < 4 ? retry - 1 : 4);

    return (long)cf_random_below((unsigned long)(ceiling < BACKOFF_CAP_MS ? ceiling : BACKOFF_CAP_MS));
}

long cf_retry_next(const cf_http_config *config, const cf_http_response *response, cf_retry_budget *budget,
                   double now_ms)
{
    long wait = -1;

    if (response->transport_error != CF_OK) {
        if (!response->transport_retryable) {
            return -1;
        }
    } else if (!transient_status(response->status)) {
        return -1;
    } else {
        wait = cf_retry_after_ms(response, now_ms);
        if (wait > config->max_retry_delay_ms) {
            return -1;
        }
        if (response->status == 429 && wait > 0 && budget->rate_limit_waits < CF_MAX_RATE_LIMIT_WAITS) {
            budget->rate_limit_waits++;
            return wait;
        }
        /* A 429 that asks for no wait (0, or a date already past: a clock behind ours) sets no pace;
         * retried at once, it would only be refused again. */
        if (response->status == 429 && wait == 0) {
            wait = -1;
        }
    }
    if (budget->retries_spent >= config->max_retries) {
        return -1;
    }
    budget->retries_spent++;
    return wait >= 0 ? wait : backoff_ms(budget->retries_spent);
}
