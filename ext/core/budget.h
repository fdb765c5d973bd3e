/* A rate-limit budget shared by many clients: the reservation rule (GCRA, the generic cell rate
 * algorithm) that both stores apply, the host's shared memory (budget_host.c) and Redis
 * (budget_redis.c, whose script repeats this rule in Lua), and the key that names a budget.
 *
 * The budget is one "theoretical arrival time" (tat): the next free start. A reservation takes the
 * start max(now, tat, paused_until) and moves tat one interval past it, so starts are spaced evenly
 * and never burst, however many clients wake at once. There is no burst allowance because Cashfin
 * counts requests per one-second window: evenly spaced starts keep every window within the rate.
 *
 * Interactive calls (a page creating one customer) and bulk calls (a sync) share the budget so that
 * a sync cannot make a page wait:
 * - a bulk call never reserves a future start: it takes a start only when one is free now, and is
 *   told when to ask again otherwise. Interactive calls do queue (up to max_wait), so an interactive
 *   call finds at most one start taken ahead of it by bulk calls, and waits at most one interval;
 * - while interactive calls are being made (one in the last second, or two intervals if longer),
 *   bulk calls take at most bulk_share of the starts, leaving the rest free for pages. A sync
 *   running alone may use the whole budget.
 *
 * Times are microseconds of one clock (cf_budget_now_us() on a host, Redis's TIME in Redis). Every
 * value read from a store or from a caller is clamped, so that a corrupt or hostile value costs at
 * most one bounded wait and never overflows. */
#ifndef CASHFIN_CORE_BUDGET_H
#define CASHFIN_CORE_BUDGET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CF_BUDGET_SECOND_US UINT64_C(1000000)

/* Starts are spaced so that `rate` of them span a second and this much more: the server counts
 * arrivals, which differ from starts by the trip there (the same slack as the per-process throttle). */
#define CF_BUDGET_WINDOW_SLACK_US UINT64_C(50000)

#define CF_BUDGET_MIN_RATE 0.01    /* requests per second; slower rates are taken as this */
#define CF_BUDGET_MAX_RATE 10000.0 /* faster rates are taken as this */

/* The interval of the slowest rate: a stored interval longer than this is cut to it. */
#define CF_BUDGET_MAX_INTERVAL_US ((uint64_t)((CF_BUDGET_SECOND_US + CF_BUDGET_WINDOW_SLACK_US) / CF_BUDGET_MIN_RATE))

/* The longest wait a budget hands out: a pause or a queue further ahead is cut to this. */
#define CF_BUDGET_MAX_WAIT_US (300 * CF_BUDGET_SECOND_US)

/* A stored time further ahead than this comes from another clock (a reboot, a Redis host whose
 * clock jumped back) or from corruption, and is taken as "now". */
#define CF_BUDGET_MAX_AHEAD_US (2 * CF_BUDGET_MAX_WAIT_US)

/* Interactive calls count as active this long after each one (or two intervals, if longer). */
#define CF_BUDGET_INTERACTIVE_WINDOW_US CF_BUDGET_SECOND_US

#define CF_BUDGET_DEFAULT_BULK_SHARE 0.8

/* 32 hex digits of SHA-256 and a NUL */
#define CF_BUDGET_KEY_SIZE 33

typedef enum cf_budget_kind {
    CF_BUDGET_INTERACTIVE,
    CF_BUDGET_BULK,
} cf_budget_kind;

/* What a store holds. Zero everywhere is a valid empty budget with no rate known. */
typedef struct cf_budget_state {
    uint64_t tat;            /* the next free start */
    uint64_t bulk_tat;       /* the next start bulk calls may take while interactive ones are active */
    uint64_t paused_until;   /* no start before this (the server said the window is spent) */
    uint64_t interactive_at; /* the last interactive reservation */
    uint64_t interval;       /* between two starts; 0: no rate known, only pauses apply */
} cf_budget_state;

typedef struct cf_budget_request {
    cf_budget_kind kind;
    uint64_t now;
    uint64_t max_wait; /* interactive: no reservation further ahead than this (cut to CF_BUDGET_MAX_WAIT_US) */
    double bulk_share; /* bulk: 0..1, the most of the budget bulk calls take while interactive ones are active */
} cf_budget_request;

typedef struct cf_budget_reservation {
    bool reserved;
    /* reserved: when the request may start (>= now). Not reserved: when to ask again (a bulk call
     * that found no start free now), or the earliest start there would have been (an interactive
     * call that would have waited longer than max_wait). */
    uint64_t start;
} cf_budget_reservation;

/* The reservation rule: the outcome of `request` against `state`, and the state after it (unchanged
 * fields are copied) in *next. Pure: the stores make it atomic. */
cf_budget_reservation cf_budget_decide(const cf_budget_state *state, const cf_budget_request *request,
                                       cf_budget_state *next);

/* The state after the server asked for a pause until `until` (cut to now + CF_BUDGET_MAX_WAIT_US).
 * A pause never shortens an earlier, longer one. */
uint64_t cf_budget_paused_until(uint64_t paused_until, uint64_t now, uint64_t until);

/* The interval between starts for a rate in requests per second; 0 (no pacing) for a rate that is
 * not a positive number. */
uint64_t cf_budget_interval_for_rate(double requests_per_second);

/* Names a budget after the base URL and the client secret it spends: the first 128 bits of
 * SHA-256 over both, in hex. The name reveals nothing of the secret; every client of one account at
 * one base URL finds the same budget. Trailing slashes of the base URL do not count. */
void cf_budget_key(const char *base_url, const char *secret, size_t secret_len, char out[CF_BUDGET_KEY_SIZE]);

/* a + b, or UINT64_MAX when that overflows */
uint64_t cf_budget_add(uint64_t a, uint64_t b);

/* A monotonic clock every process of a host shares (CLOCK_MONOTONIC: since boot, on Linux), in
 * microseconds. */
uint64_t cf_budget_now_us(void);

#endif
