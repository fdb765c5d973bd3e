/* The rate-limit budget of a fleet, in Redis: the reservation of budget.h run as one Lua script on
 * the server, against the server's own clock (TIME), so that the hosts' clocks do not matter and a
 * reservation is one round trip (EVALSHA, or EVAL when the server has lost the script).
 *
 * A cf_redis_budget is one connection, meant to be kept by a worker across requests like its HTTP
 * handles. It connects on first use, never in a process other than the one that connected (after
 * fork() a child opens its own), and bounds every wait: CF_REDIS_CONNECT_TIMEOUT_US to connect,
 * CF_REDIS_COMMAND_TIMEOUT_US for each reply. When Redis fails (refused, timed out, an error answer)
 * the call is told to use the host budget instead, and Redis is not tried again for a back-off that
 * starts at CF_REDIS_FIRST_BACKOFF_US and doubles to CF_REDIS_MAX_BACKOFF_US while it keeps failing.
 * So a call that meets a failing Redis waits at most one connect timeout and two command timeouts
 * (150 ms by default) longer, once per back-off; a limiter store never makes a call fail.
 *
 * rediss:// runs the TLS handshake (redis_tls.h) right after the TCP connection, before AUTH: each of its
 * reads and writes is bounded by the connect timeout, and a certificate refused is a failure like any
 * other (the host budget paces the call, the reason says why).
 *
 * Built without hiredis (see config.m4), cf_redis_budget_unsupported says so and nothing connects; built
 * without hiredis_ssl, it says so of rediss:// URLs. */
#ifndef CASHFIN_CORE_BUDGET_REDIS_H
#define CASHFIN_CORE_BUDGET_REDIS_H

#include "budget.h"
#include "redis_url.h"

#define CF_REDIS_CONNECT_TIMEOUT_US UINT64_C(50000)
#define CF_REDIS_COMMAND_TIMEOUT_US UINT64_C(50000)
#define CF_REDIS_FIRST_BACKOFF_US CF_BUDGET_SECOND_US
#define CF_REDIS_MAX_BACKOFF_US (16 * CF_BUDGET_SECOND_US)

/* Redis keys: this prefix and the budget key (cf_budget_key): nothing of the secret. */
#define CF_REDIS_KEY_PREFIX "cashfin:rl1:"

typedef enum cf_redis_outcome {
    CF_REDIS_ANSWERED,    /* Redis made (or refused) the reservation */
    CF_REDIS_FAILED,      /* Redis failed on this call: use the host budget, and report it */
    CF_REDIS_BACKING_OFF, /* Redis failed recently and was not tried: use the host budget */
} cf_redis_outcome;

typedef struct cf_redis_budget cf_redis_budget;

/* NULL when this build can use the URL; else why not, for a ValueError. */
const char *cf_redis_budget_unsupported(const cf_redis_url *url);

/* A budget on the Redis at url (copied), for the budget key `key`. No I/O until the first call.
 * NULL when out of memory or unsupported. */
cf_redis_budget *cf_redis_budget_new(const cf_redis_url *url, const char *key);
void cf_redis_budget_free(cf_redis_budget *budget);

void cf_redis_budget_set_timeouts(cf_redis_budget *budget, uint64_t connect_us, uint64_t command_us);

/* The interval this process paces at (cf_budget_interval_for_rate): sent with every reservation and
 * kept in Redis for the processes that have no rate yet ('auto' before the first answer); the latest
 * sent wins, as in the host budget. 0: none known, use Redis's. */
void cf_redis_budget_set_interval(cf_redis_budget *budget, uint64_t interval);

/* Reserves a start (budget.h). request->now is cf_budget_now_us(); so is the start in *reservation,
 * converted from Redis's clock. *reservation is set only when Redis answered. */
cf_redis_outcome cf_redis_budget_reserve(cf_redis_budget *budget, const cf_budget_request *request,
                                         cf_budget_reservation *reservation);

/* No start for `length` us from now (cut to CF_BUDGET_MAX_WAIT_US) for every client of the budget. */
cf_redis_outcome cf_redis_budget_pause(cf_redis_budget *budget, uint64_t now, uint64_t length);

/* What went wrong last, e.g. "connect: Connection refused": never the password. "" when nothing has. */
const char *cf_redis_budget_last_error(const cf_redis_budget *budget);

/* The URL with the password as ***, for messages. */
const char *cf_redis_budget_redacted_url(const cf_redis_budget *budget);

#endif
