#include "limiter.h"
#include "retry.h"
#include "text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Budgets no client uses any more are kept for later requests of the worker, up to this many; a process
 * that meets more accounts than that lets the oldest unused go. */
#define KEPT_ENTRIES_MAX 64

/* A start that fell inside a pause set while the caller waited for it is reserved again, this often at
 * most: every round waits, so a budget paused again and again cannot hold a call for ever. */
#define REPAUSED_ROUNDS_MAX 3

/* Client start times and server arrival times differ by the trip there (as in throttle.c). */
#define RESET_SLACK_MS 50.0

struct cf_limiter_entry {
    cf_limiter_entry *next;
    char *identity; /* the host key, or Redis's address and credentials with the key: wiped when freed */
    size_t identity_len;
    cf_host_budget host;    /* host entries */
    cf_redis_budget *redis; /* Redis entries */
    char why_private[160];  /* host entries that are private: why */
    long users;
    bool noticed;
};

struct cf_limiter_shared {
    cf_limiter_entry *entries; /* newest first */
    size_t count;
};

const char *cf_limiter_store_name(cf_limiter_store store)
{
    switch (store) {
    case CF_LIMITER_HOST:
        return "host";
    case CF_LIMITER_REDIS:
        return "redis";
    default:
        return "process";
    }
}

/* ---- the budgets a process keeps ---- */

cf_limiter_shared *cf_limiter_shared_new(void)
{
    return calloc(1, sizeof(cf_limiter_shared));
}

static void entry_free(cf_limiter_entry *entry)
{
    if (entry->redis) {
        cf_redis_budget_free(entry->redis);
    } else {
        cf_host_budget_close(&entry->host);
    }
    cf_wipe(entry->identity, entry->identity_len);
    free(entry->identity);
    free(entry);
}

void cf_limiter_shared_free(cf_limiter_shared *shared)
{
    if (!shared) {
        return;
    }
    while (shared->entries) {
        cf_limiter_entry *next = shared->entries->next;

        entry_free(shared->entries);
        shared->entries = next;
    }
    free(shared);
}

static cf_limiter_entry *find_entry(cf_limiter_shared *shared, const char *identity, size_t len)
{
    for (cf_limiter_entry *entry = shared->entries; entry; entry = entry->next) {
        if (entry->identity_len == len && memcmp(entry->identity, identity, len) == 0) {
            return entry;
        }
    }
    return NULL;
}

/* Past KEPT_ENTRIES_MAX, the oldest entry no client holds goes. */
static void trim_entries(cf_limiter_shared *shared)
{
    cf_limiter_entry **link = &shared->entries, **oldest_unused = NULL;

    if (shared->count <= KEPT_ENTRIES_MAX) {
        return;
    }
    for (; *link; link = &(*link)->next) {
        if ((*link)->users == 0) {
            oldest_unused = link;
        }
    }
    if (oldest_unused) {
        cf_limiter_entry *gone = *oldest_unused;

        *oldest_unused = gone->next;
        entry_free(gone);
        shared->count--;
    }
}

static cf_limiter_entry *new_entry(cf_limiter_shared *shared, const char *identity, size_t len)
{
    cf_limiter_entry *entry = calloc(1, sizeof(*entry));

    if (!entry || !(entry->identity = malloc(len))) {
        free(entry);
        return NULL;
    }
    memcpy(entry->identity, identity, len);
    entry->identity_len = len;
    entry->next = shared->entries;
    shared->entries = entry;
    shared->count++;
    return entry;
}

static void release_entry(cf_limiter_shared *shared, cf_limiter_entry *entry)
{
    if (entry) {
        entry->users--;
        trim_entries(shared);
    }
}

static cf_limiter_entry *host_entry(cf_limiter_shared *shared, const char *key)
{
    size_t len = strlen(key);
    cf_limiter_entry *entry = find_entry(shared, key, len);

    if (!entry && (entry = new_entry(shared, key, len)) != NULL) {
        cf_host_budget_open(&entry->host, key, CF_HOST_BUDGET_MODE);
        cf_host_budget_describe(&entry->host, entry->why_private, sizeof(entry->why_private));
    }
    if (entry) {
        entry->users++;
    }
    return entry;
}

/* Everything that tells two Redis budgets apart: where, as whom, which database, which account. */
static char *redis_identity(const cf_redis_url *url, const char *key, size_t *len)
{
    const char *parts[] = {"R",
                           key,
                           url->tls ? "tls" : "plain",
                           url->host ? url->host : "",
                           url->socket_path ? url->socket_path : "",
                           url->username ? url->username : "",
                           url->password ? url->password : ""};
    size_t size = 64;
    char *identity, *end;

    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
        size += strlen(parts[i]) + 1;
    }
    if (!(identity = malloc(size))) {
        return NULL;
    }
    end = identity + snprintf(identity, size, "%d\n%ld\n", url->port, url->db);
    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
        size_t part = strlen(parts[i]);

        memcpy(end, parts[i], part);
        end[part] = '\n';
        end += part + 1;
    }
    *len = (size_t)(end - identity);
    return identity;
}

static cf_limiter_entry *redis_entry(cf_limiter_shared *shared, const cf_redis_url *url, const char *key)
{
    size_t len = 0;
    char *identity = redis_identity(url, key, &len);
    cf_limiter_entry *entry = identity ? find_entry(shared, identity, len) : NULL;

    if (identity && !entry && (entry = new_entry(shared, identity, len)) != NULL &&
        !(entry->redis = cf_redis_budget_new(url, key))) {
        shared->entries = entry->next;
        shared->count--;
        entry_free(entry);
        entry = NULL;
    }
    if (entry) {
        entry->users++;
    }
    if (identity) {
        cf_wipe(identity, len);
        free(identity);
    }
    return entry;
}

/* ---- a client's limiter ---- */

/* The host's name for the account's budget: in a namespace of its own when one is given. */
static void host_key(const char *account_key, const char *host_namespace, char out[CF_BUDGET_KEY_SIZE])
{
    if (host_namespace && host_namespace[0]) {
        cf_budget_key(host_namespace, account_key, strlen(account_key), out);
    } else {
        memcpy(out, account_key, CF_BUDGET_KEY_SIZE);
    }
}

bool cf_limiter_init(cf_limiter *limiter, cf_limiter_shared *shared, const cf_limiter_settings *settings)
{
    char account_key[CF_BUDGET_KEY_SIZE], key[CF_BUDGET_KEY_SIZE];

    memset(limiter, 0, sizeof(*limiter));
    limiter->store = settings->store;
    limiter->shared = shared;
    limiter->rate_auto = settings->rate_auto;
    limiter->bulk_share = settings->bulk_share;
    limiter->interval = cf_budget_interval_for_rate(settings->requests_per_second);
    if (settings->store == CF_LIMITER_PROCESS || !shared) {
        limiter->store = CF_LIMITER_PROCESS;
        return cf_throttle_init(&limiter->throttle, settings->requests_per_second);
    }
    cf_budget_key(settings->base_url, settings->secret, strlen(settings->secret), account_key);
    host_key(account_key, settings->host_namespace, key);
    if (!(limiter->host = host_entry(shared, key))) {
        return false;
    }
    cf_host_budget_set_interval(&limiter->host->host, limiter->interval);
    if (settings->store == CF_LIMITER_REDIS) {
        if (!(limiter->redis = redis_entry(shared, settings->redis, account_key))) {
            cf_limiter_free(limiter);
            return false;
        }
        if (limiter->interval) {
            cf_redis_budget_set_interval(limiter->redis->redis, limiter->interval);
        }
    }
    return true;
}

void cf_limiter_free(cf_limiter *limiter)
{
    if (limiter->store == CF_LIMITER_PROCESS) {
        cf_throttle_free(&limiter->throttle);
    } else {
        release_entry(limiter->shared, limiter->redis);
        release_entry(limiter->shared, limiter->host);
    }
    memset(limiter, 0, sizeof(*limiter));
}

const char *cf_limiter_notice(cf_limiter *limiter)
{
    cf_limiter_entry *host = limiter->host;

    if (!host || host->noticed || host->host.scope == CF_HOST_BUDGET_SHARED) {
        return NULL;
    }
    host->noticed = true;
    return host->why_private;
}

static void pacing_begin(const cf_limiter *limiter, cf_pacing *pacing)
{
    memset(pacing, 0, sizeof(*pacing));
    pacing->store = cf_limiter_store_name(limiter->store);
    pacing->refused_ms = -1;
}

/* From Redis when it answers, else from the host budget; the pacing says which, and why. */
static cf_budget_reservation reserve(cf_limiter *limiter, const cf_budget_request *request, cf_pacing *pacing)
{
    cf_host_budget *host = &limiter->host->host;
    size_t used = 0;

    if (limiter->redis) {
        cf_budget_reservation reservation;
        cf_redis_outcome outcome = cf_redis_budget_reserve(limiter->redis->redis, request, &reservation);

        if (outcome == CF_REDIS_ANSWERED) {
            pacing->store = "redis";
            return reservation;
        }
        pacing->store_failed = outcome == CF_REDIS_FAILED;
        used = (size_t)snprintf(pacing->fallback, sizeof(pacing->fallback), "Redis at %s %s: %s; paced by the host",
                                cf_redis_budget_redacted_url(limiter->redis->redis),
                                outcome == CF_REDIS_FAILED ? "failed" : "is backing off after",
                                cf_redis_budget_last_error(limiter->redis->redis));
    }
    pacing->store = "host";
    if (host->scope != CF_HOST_BUDGET_SHARED) {
        pacing->store = "process";
        if (used < sizeof(pacing->fallback)) {
            snprintf(pacing->fallback + used, sizeof(pacing->fallback) - used,
                     "%sthe host budget is not shared (%.80s)", used ? ", and " : "", limiter->host->why_private);
        }
    }
    return cf_host_budget_reserve(host, request);
}

static double until_ms(uint64_t start_us, uint64_t now_us)
{
    return start_us > now_us ? (double)(start_us - now_us) / 1000.0 : 0;
}

/* The process store's single calls wait their turn as they always have (throttle.h). */
static void await_own_pace(cf_throttle *throttle)
{
    double now = cf_now_ms();
    double start = cf_throttle_next_start(throttle, now);

    if (start > now) {
        cf_sleep_ms((long)ceil(start - now));
    }
    cf_throttle_record_start(throttle, start > now ? start : now);
}

bool cf_limiter_await(cf_limiter *limiter, long max_wait_ms, cf_pacing *pacing, long *refused_ms)
{
    double began = cf_now_ms();
    uint64_t max_wait = max_wait_ms > 0 ? (uint64_t)max_wait_ms * 1000 : 0;

    pacing_begin(limiter, pacing);
    if (limiter->store == CF_LIMITER_PROCESS) {
        await_own_pace(&limiter->throttle);
        pacing->queued_ms = cf_now_ms() - began;
        return true;
    }
    for (int round = 0; round < REPAUSED_ROUNDS_MAX; round++) {
        uint64_t now = cf_budget_now_us();
        cf_budget_request request = {CF_BUDGET_INTERACTIVE, now, max_wait, limiter->bulk_share};
        cf_budget_reservation reservation = reserve(limiter, &request, pacing);

        if (!reservation.reserved) {
            *refused_ms = (long)ceil(until_ms(reservation.start, now));
            pacing->refused_ms = *refused_ms;
            pacing->queued_ms = cf_now_ms() - began;
            return false;
        }
        cf_sleep_ms((long)ceil(until_ms(reservation.start, cf_budget_now_us())));
        /* Redis applies its pauses itself; the host's may have begun while this call waited. */
        if (strcmp(pacing->store, "redis") == 0 ||
            cf_host_budget_paused_until(&limiter->host->host, cf_budget_now_us()) <= reservation.start) {
            break;
        }
    }
    pacing->queued_ms = cf_now_ms() - began;
    return true;
}

double cf_limiter_bulk_start(cf_limiter *limiter, cf_throttle *call_pace, double now_ms, cf_pacing *pacing)
{
    cf_throttle *pace = call_pace ? call_pace : &limiter->throttle;
    uint64_t now;
    cf_budget_request request;
    cf_budget_reservation reservation;
    double allowed = limiter->store == CF_LIMITER_PROCESS || call_pace ? cf_throttle_next_start(pace, now_ms) : now_ms;

    pacing_begin(limiter, pacing);
    if (allowed > now_ms) {
        return allowed;
    }
    if (limiter->store != CF_LIMITER_PROCESS) {
        now = cf_budget_now_us();
        request = (cf_budget_request){CF_BUDGET_BULK, now, 0, limiter->bulk_share};
        reservation = reserve(limiter, &request, pacing);
        if (!reservation.reserved) {
            /* Whole milliseconds ahead: the batch sleeps at least one before it asks again. */
            return now_ms + fmax(1.0, ceil(until_ms(reservation.start, now)));
        }
    }
    if (limiter->store == CF_LIMITER_PROCESS || call_pace) {
        cf_throttle_record_start(pace, now_ms);
    }
    return 0;
}

/* The request whose answer taught the rate was started unpaced: it counts as a start at the new pace, so
 * that the next one keeps a full interval from it (else two starts share one slot). It takes the slot only
 * when it is free now: nothing waits for it. */
static void count_the_teacher(cf_limiter *limiter)
{
    cf_budget_request request = {CF_BUDGET_INTERACTIVE, cf_budget_now_us(), 0, limiter->bulk_share};
    cf_pacing ignored;

    reserve(limiter, &request, &ignored);
}

static void adopt_own_pace(cf_limiter *limiter, double rate)
{
    double paused_until = limiter->throttle.paused_until;

    cf_throttle_free(&limiter->throttle);
    if (!cf_throttle_init(&limiter->throttle, rate)) {
        cf_throttle_init(&limiter->throttle, 0); /* out of memory: unpaced, as before the answer */
    }
    limiter->throttle.paused_until = paused_until;
    cf_throttle_record_start(&limiter->throttle, cf_now_ms()); /* the request that taught the rate */
}

/* The pace the plan allows, from an answer's X-RateLimit-Limit: with 'auto', and for a shared store with
 * no rate of its own once the server said its window is spent (else each pause ends in a rush). */
static void adopt_plan_rate(cf_limiter *limiter, const cf_rate_limit *limits, long status)
{
    bool told_spent = status == 429 || limits->remaining == 0;
    double rate;

    if (!(limiter->rate_auto || (limiter->store != CF_LIMITER_PROCESS && limiter->interval == 0 && told_spent)) ||
        limits->limit <= 0 || limits->limit == limiter->adopted_limit) {
        return;
    }
    rate = limits->limit < CF_LIMITER_AUTO_MAX_RATE ? (double)limits->limit : CF_LIMITER_AUTO_MAX_RATE;
    limiter->adopted_limit = limits->limit;
    limiter->interval = cf_budget_interval_for_rate(rate);
    if (limiter->store == CF_LIMITER_PROCESS) {
        adopt_own_pace(limiter, rate);
        return;
    }
    cf_host_budget_set_interval(&limiter->host->host, limiter->interval);
    if (limiter->redis) {
        cf_redis_budget_set_interval(limiter->redis->redis, limiter->interval);
    }
    count_the_teacher(limiter);
}

/* The pause an answer asks of every start (ms from now_ms; 0: none), by the throttle's rule: a 429's wait
 * when within max_retry_delay, else a spent window until X-RateLimit-Reset. */
static long pause_asked(const cf_http_response *response, const cf_rate_limit *limits, long max_retry_delay_ms,
                        double now_ms)
{
    if (response->status == 429) {
        long wait = cf_retry_after_ms(response, now_ms);

        return wait > 0 && wait <= max_retry_delay_ms ? wait : 0;
    }
    if (limits->remaining == 0) {
        long pause = cf_reset_pause_ms(limits->reset, RESET_SLACK_MS, now_ms);

        return pause > 0 ? pause : 0;
    }
    return 0;
}

static long pause_shared(cf_limiter *limiter, long pause_ms)
{
    uint64_t now = cf_budget_now_us();
    uint64_t length = (uint64_t)pause_ms * 1000;
    uint64_t until = cf_budget_add(now, length);

    cf_host_budget_pause(&limiter->host->host, now, until);
    if (limiter->redis) {
        /* A Redis that fails here backs off; the host's pause stands for this host meanwhile. */
        cf_redis_budget_pause(limiter->redis->redis, now, length);
    }
    if (until <= limiter->paused_until) {
        return 0;
    }
    limiter->paused_until = until;
    return pause_ms;
}

long cf_limiter_observe(cf_limiter *limiter, cf_throttle *call_pace, const cf_http_response *response,
                        long max_retry_delay_ms, double now_ms, bool in_batch)
{
    cf_rate_limit limits = cf_rate_limit_from(&response->headers);
    long pause;

    adopt_plan_rate(limiter, &limits, response->status);
    if (limiter->store == CF_LIMITER_PROCESS) {
        cf_throttle *pace = call_pace ? call_pace : &limiter->throttle;
        double paused_before = pace->paused_until;

        if (!in_batch) {
            return 0;
        }
        cf_throttle_observe(pace, response, max_retry_delay_ms, now_ms);
        return pace->paused_until > paused_before && pace->paused_until > now_ms
                   ? (long)ceil(pace->paused_until - now_ms)
                   : 0;
    }
    pause = pause_asked(response, &limits, max_retry_delay_ms, now_ms);
    return pause > 0 ? pause_shared(limiter, pause) : 0;
}
