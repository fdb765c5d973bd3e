#include "throttle.h"
#include "retry.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Client start times and server arrival times differ by the trip there; this slack keeps a burst that
 * was spaced exactly one window apart from landing in one server window. */
#define WINDOW_SLACK_MS 50.0

bool cf_throttle_init(cf_throttle *throttle, double requests_per_second)
{
    memset(throttle, 0, sizeof(*throttle));
    if (!(requests_per_second > 0)) {
        return true;
    }
    /* The callers' bounds, enforced here too: one start per 100 s keeps every figure below finite. */
    if (requests_per_second < CF_THROTTLE_MIN_RATE) {
        requests_per_second = CF_THROTTLE_MIN_RATE;
    } else if (requests_per_second > CF_THROTTLE_MAX_RATE) {
        requests_per_second = CF_THROTTLE_MAX_RATE;
    }
    /* floor(rate) starts per second keeps every one-second window within a fractional rate too;
     * below one per second the window stretches to one start per 1/rate seconds. */
    throttle->burst = requests_per_second >= 1 ? (size_t)floor(requests_per_second) : 1;
    throttle->window_ms = (requests_per_second >= 1 ? 1000.0 : 1000.0 / requests_per_second) + WINDOW_SLACK_MS;
    throttle->starts = calloc(throttle->burst, sizeof(double));
    return throttle->starts != NULL;
}

void cf_throttle_free(cf_throttle *throttle)
{
    free(throttle->starts);
    memset(throttle, 0, sizeof(*throttle));
}

double cf_throttle_next_start(const cf_throttle *throttle, double now)
{
    double next = now > throttle->paused_until ? now : throttle->paused_until;

    if (throttle->burst && throttle->recorded == throttle->burst) {
        /* The oldest of the last `burst` starts must have left the window. */
        double oldest = throttle->starts[throttle->next];

        if (oldest + throttle->window_ms > next) {
            next = oldest + throttle->window_ms;
        }
    }
    return next;
}

void cf_throttle_record_start(cf_throttle *throttle, double when)
{
    if (!throttle->burst) {
        return;
    }
    throttle->starts[throttle->next] = when;
    throttle->next = (throttle->next + 1) % throttle->burst;
    if (throttle->recorded < throttle->burst) {
        throttle->recorded++;
    }
}

static void pause_until(cf_throttle *throttle, double when)
{
    if (when > throttle->paused_until) {
        throttle->paused_until = when;
    }
}

/* Without a rate of its own, a throttle that hears the window is spent takes the server's limit as its
 * pace from then on: otherwise every pause would end in a rush into the next window. */
static void adopt_server_limit(cf_throttle *throttle, const cf_rate_limit *limits)
{
    double *starts;

    if (throttle->burst || limits->limit <= 0 || limits->limit > 100000) {
        return;
    }
    starts = calloc((size_t)limits->limit, sizeof(double));
    if (starts) {
        throttle->starts = starts;
        throttle->burst = (size_t)limits->limit;
        throttle->window_ms = 1000.0 + WINDOW_SLACK_MS;
    }
}

void cf_throttle_observe(cf_throttle *throttle, const cf_http_response *response, long max_retry_delay_ms, double now)
{
    cf_rate_limit limits = cf_rate_limit_from(&response->headers);

    if (response->status == 429 || limits.remaining == 0) {
        adopt_server_limit(throttle, &limits);
    }

    if (response->status == 429) {
        /* The whole batch honours a wait the client would honour for one call, whether or not the
         * refused request itself has attempts left. */
        long wait = cf_retry_after_ms(response, now);

        if (wait >= 0 && wait <= max_retry_delay_ms) {
            pause_until(throttle, now + (double)wait);
        }
        return;
    }
    if (limits.remaining == 0) {
        /* Reset is a unix time in seconds: wait for that second to begin, a little past it. */
        long pause = cf_reset_pause_ms(limits.reset, WINDOW_SLACK_MS, now);

        if (pause > 0) {
            pause_until(throttle, now + (double)pause);
        }
    }
}
