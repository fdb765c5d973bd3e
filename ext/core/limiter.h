/* The rate limiter of a client: which budget its requests draw from, and the one place that reserves a
 * start before each attempt (single calls) or each start (batches), pauses the budget when the server
 * says the window is spent, adopts the plan's rate ('auto') and falls back from Redis to the host.
 *
 * The stores (rate_limit_store):
 * - process: this client's own pace, today's throttle (throttle.h): at most floor(rate) starts in any
 *   second; single calls wait their turn, batches also pause on the server's word.
 * - host: one budget in shared memory for every process of the host with the same base URL and secret
 *   (budget_host.h); a host that cannot share it keeps a private one, and says why once.
 * - redis: one budget for a fleet (budget_redis.h), one round trip per reservation; while Redis fails the
 *   host budget of the same key stands in, and every attempt paced by it says so (cf_pacing).
 *
 * With a shared store (host or redis) single calls are interactive and batches bulk (budget.h): a bulk
 * call never queues ahead of a page, and takes at most bulk_share of the starts while pages are being
 * served. Every answer that says the window is spent (X-RateLimit-Remaining: 0, a 429's wait within
 * max_retry_delay) pauses the whole budget, so every process stops, not only the one refused.
 *
 * Shared budgets (mappings, Redis connections) are kept per process in a cf_limiter_shared (the Zend
 * layer's module globals), so that a PHP-FPM worker maps each budget once and keeps one Redis
 * connection across requests, like its HTTP handles. */
#ifndef CASHFIN_CORE_LIMITER_H
#define CASHFIN_CORE_LIMITER_H

#include "budget.h"
#include "budget_host.h"
#include "budget_redis.h"
#include "http.h"
#include "throttle.h"

typedef enum cf_limiter_store {
    CF_LIMITER_PROCESS,
    CF_LIMITER_HOST,
    CF_LIMITER_REDIS,
} cf_limiter_store;

/* The rate 'auto' adopts: the plan's X-RateLimit-Limit within the option's own bounds. */
#define CF_LIMITER_AUTO_MAX_RATE CF_THROTTLE_MAX_RATE

typedef struct cf_limiter_settings {
    cf_limiter_store store;
    double requests_per_second; /* 0: none given */
    bool rate_auto;             /* the plan's X-RateLimit-Limit, from the first answer that has one */
    double bulk_share;          /* 0..1 */
    const cf_redis_url *redis;  /* CF_LIMITER_REDIS only */
    const char *host_namespace; /* NULL or "": the host's usual budgets; else budgets apart from them */
    const char *base_url;
    const char *secret;
} cf_limiter_settings;

typedef struct cf_limiter_shared cf_limiter_shared;
typedef struct cf_limiter_entry cf_limiter_entry;

typedef struct cf_limiter {
    cf_limiter_store store;
    cf_limiter_shared *shared;
    cf_limiter_entry *host;  /* host and redis stores: the mapping (redis: the fallback) */
    cf_limiter_entry *redis; /* redis store */
    cf_throttle throttle;    /* process store */
    uint64_t interval;       /* this client's spacing of starts (budget.h); 0: the budget's own */
    long adopted_limit;      /* 'auto': the X-RateLimit-Limit the interval comes from; 0: none yet */
    bool rate_auto;
    double bulk_share;
    uint64_t paused_until; /* shared stores: the latest pause this client set (cf_budget_now_us) */
} cf_limiter;

cf_limiter_shared *cf_limiter_shared_new(void);
/* Unmaps every host budget and closes every Redis connection (in a forked child, the parent's is left
 * alone: budget_redis.c). */
void cf_limiter_shared_free(cf_limiter_shared *shared);

/* Sets up a client's limiter; false when out of memory. Never fails for a store that cannot be used:
 * the host budget is private then (cf_limiter_notice says why), and Redis is tried at each reservation. */
bool cf_limiter_init(cf_limiter *limiter, cf_limiter_shared *shared, const cf_limiter_settings *settings);
void cf_limiter_free(cf_limiter *limiter);

/* Why this client's host budget is not shared ("shm_open: Permission denied"), the first time any client
 * of this process meets that budget; NULL otherwise. For a notice. */
const char *cf_limiter_notice(cf_limiter *limiter);

/* Before an attempt of a single call: waits for its start. False when the next free start is further
 * ahead than max_wait_ms; then nothing was reserved and *refused_ms says how far ahead it is. Either
 * way *pacing tells how the attempt was paced. */
bool cf_limiter_await(cf_limiter *limiter, long max_wait_ms, cf_pacing *pacing, long *refused_ms);

/* Before a start in a batch, at now_ms (cf_now_ms): 0 when a start was taken for it now, else the time
 * (cf_now_ms) to ask again. call_pace, when not NULL, is the batch's own rate: with the process store it
 * replaces the client's pace, with a shared store it caps the batch within the budget. */
double cf_limiter_bulk_start(cf_limiter *limiter, cf_throttle *call_pace, double now_ms, cf_pacing *pacing);

/* After an answer: adopts the plan's rate ('auto', or a shared store without a rate that met a spent
 * window), and pauses the budget for a spent window or a 429's wait. Single calls with the process store
 * only adopt (today's behaviour: only batches pause it). Returns how long the pause that this answer
 * began or lengthened lasts from now_ms, 0 when none. */
long cf_limiter_observe(cf_limiter *limiter, cf_throttle *call_pace, const cf_http_response *response,
                        long max_retry_delay_ms, double now_ms, bool in_batch);

/* The store's name as options and events give it: "process", "host" or "redis". */
const char *cf_limiter_store_name(cf_limiter_store store);

#endif
