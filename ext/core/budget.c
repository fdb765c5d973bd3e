#include "budget.h"
#include "sha256.h"

#include <math.h>
#include <string.h>

#ifdef _WIN32
#include <windows.h>
#else
#include <time.h>
#endif

uint64_t cf_budget_add(uint64_t a, uint64_t b)
{
    return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

static uint64_t later(uint64_t a, uint64_t b)
{
    return a > b ? a : b;
}

static uint64_t sooner(uint64_t a, uint64_t b)
{
    return a < b ? a : b;
}

/* A stored time too far ahead to be real is taken as now. */
static uint64_t plausible(uint64_t when, uint64_t now)
{
    return when > cf_budget_add(now, CF_BUDGET_MAX_AHEAD_US) ? now : when;
}

/* Until when the bulk share applies: while interactive calls are active. 0: not now. */
static uint64_t interactive_active_until(const cf_budget_state *state, uint64_t interval, uint64_t now)
{
    uint64_t window = later(CF_BUDGET_INTERACTIVE_WINDOW_US, interval * 2);
    uint64_t until;

    if (state->interactive_at == 0) {
        return 0;
    }
    until = cf_budget_add(plausible(state->interactive_at, now), window);
    return until > now ? until : 0;
}

/* Bulk starts are spaced interval / share apart while the share applies; a share of 0 (or less,
 * or not a number) leaves interactive calls the whole budget. */
static uint64_t bulk_interval(uint64_t interval, double share)
{
    double spaced;

    if (!(share > 0)) {
        return CF_BUDGET_MAX_AHEAD_US;
    }
    if (share >= 1) {
        return interval;
    }
    spaced = ceil((double)interval / share);
    return spaced >= (double)CF_BUDGET_MAX_AHEAD_US ? CF_BUDGET_MAX_AHEAD_US : (uint64_t)spaced;
}

static cf_budget_reservation decide_bulk(const cf_budget_state *state, const cf_budget_request *request,
                                         uint64_t interval, uint64_t earliest, cf_budget_state *next)
{
    uint64_t now = request->now;
    uint64_t share_until = interactive_active_until(state, interval, now);
    cf_budget_reservation reservation = {false, earliest};

    if (share_until) {
        /* The share applies until interactive calls stop, so a bulk call waits no longer than that. */
        reservation.start = later(earliest, sooner(plausible(state->bulk_tat, now), share_until));
    }
    if (reservation.start > now) {
        return reservation;
    }
    reservation.reserved = true;
    next->tat = cf_budget_add(now, interval);
    next->bulk_tat =
        later(plausible(state->bulk_tat, now), cf_budget_add(now, bulk_interval(interval, request->bulk_share)));
    return reservation;
}

cf_budget_reservation cf_budget_decide(const cf_budget_state *state, const cf_budget_request *request,
                                       cf_budget_state *next)
{
    uint64_t now = request->now;
    uint64_t interval = sooner(state->interval, CF_BUDGET_MAX_INTERVAL_US);
    uint64_t earliest = later(now, later(plausible(state->tat, now), plausible(state->paused_until, now)));
    cf_budget_reservation reservation = {false, earliest};

    *next = *state;
    if (request->kind == CF_BUDGET_BULK) {
        return decide_bulk(state, request, interval, earliest, next);
    }
    if (earliest - now > sooner(request->max_wait, CF_BUDGET_MAX_WAIT_US)) {
        return reservation;
    }
    reservation.reserved = true;
    next->tat = cf_budget_add(earliest, interval);
    next->interactive_at = now;
    return reservation;
}

uint64_t cf_budget_paused_until(uint64_t paused_until, uint64_t now, uint64_t until)
{
    return later(plausible(paused_until, now), sooner(until, cf_budget_add(now, CF_BUDGET_MAX_WAIT_US)));
}

uint64_t cf_budget_interval_for_rate(double requests_per_second)
{
    if (!(requests_per_second > 0)) {
        return 0;
    }
    if (requests_per_second < CF_BUDGET_MIN_RATE) {
        requests_per_second = CF_BUDGET_MIN_RATE;
    } else if (requests_per_second > CF_BUDGET_MAX_RATE) {
        requests_per_second = CF_BUDGET_MAX_RATE;
    }
    return (uint64_t)ceil((double)(CF_BUDGET_SECOND_US + CF_BUDGET_WINDOW_SLACK_US) / requests_per_second);
}

void cf_budget_key(const char *base_url, const char *secret, size_t secret_len, char out[CF_BUDGET_KEY_SIZE])
{
    static const char domain[] = "cashfin rate-limit budget v1"; /* its NUL too: it separates the fields */
    static const char hex[] = "0123456789abcdef";
    size_t url_len = strlen(base_url);
    unsigned char url_len_bytes[8], digest[CF_SHA256_SIZE];
    cf_sha256 sha;

    while (url_len > 0 && base_url[url_len - 1] == '/') {
        url_len--;
    }
    for (int i = 0; i < 8; i++) {
        url_len_bytes[i] = (unsigned char)((uint64_t)url_len >> (8 * i));
    }
    cf_sha256_init(&sha);
    cf_sha256_update(&sha, domain, sizeof(domain));
    cf_sha256_update(&sha, url_len_bytes, sizeof(url_len_bytes));
    cf_sha256_update(&sha, base_url, url_len);
    cf_sha256_update(&sha, secret, secret_len);
    cf_sha256_final(&sha, digest);
    for (int i = 0; i < (CF_BUDGET_KEY_SIZE - 1) / 2; i++) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 0x0F];
    }
    out[CF_BUDGET_KEY_SIZE - 1] = '\0';
}

uint64_t cf_budget_now_us(void)
{
#ifdef _WIN32
    static LARGE_INTEGER frequency;
    LARGE_INTEGER counter;

    if (!frequency.QuadPart) {
        QueryPerformanceFrequency(&frequency);
    }
    QueryPerformanceCounter(&counter);
    return (uint64_t)((double)counter.QuadPart * 1e6 / (double)frequency.QuadPart);
#else
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * CF_BUDGET_SECOND_US + (uint64_t)ts.tv_nsec / 1000;
#endif
}
