/* Many API calls at once over libcurl's multi interface: up to `concurrency` in flight, each with
 * the retries, waits and idempotency key of a single call (retry.h: the same rule), paced by the
 * client's rate limiter (limiter.h, as bulk starts), with a backoff that never holds up the other items. */
#ifndef CASHFIN_CORE_BATCH_H
#define CASHFIN_CORE_BATCH_H

#include "call.h"
#include "pool.h"
#include "retry.h"
#include "limiter.h"

typedef struct cf_batch_item {
    cf_http_request request; /* filled by the caller; its strings outlive the batch */
    cf_call call;            /* the outcome, read like a single call's */
    /* Scheduling, the batch's own. */
    double not_before_ms;
    double started_ms;
    double attempt_started_ms;
    cf_retry_budget budget;
    bool running;
    bool done;
} cf_batch_item;

typedef struct cf_batch {
    const cf_http_config *config;
    /* The handles come from this pool (the client's: the process's, or a client's own) under this key,
     * and go back to it: the batch uses the connections the pool's cache holds and leaves its own there,
     * for the next batch and for single calls. */
    cf_pool *pool;
    const char *pool_key;
    cf_shape shape;
    size_t concurrency;
    cf_limiter *limiter;
    cf_throttle *call_pace; /* NULL, or the rate given to this call alone (cf_limiter_bulk_start) */
    /* Optional: a success reader per item, and a word after each item finishes; returning false
     * from on_done stops the batch (running transfers are closed, the rest never start). */
    void (*prepare_reader)(void *context, size_t index, cf_success_reader *reader);
    bool (*on_done)(void *context, size_t index);
    /* Optional: a word when an item's answer pauses the limiter (a spent window, a 429's wait) for
     * pause_ms from now; returning false stops the batch as on_done does. */
    bool (*on_pause)(void *context, size_t index, long pause_ms);
    void *context;
} cf_batch;

typedef enum cf_batch_end {
    CF_BATCH_DONE,      /* every item settled */
    CF_BATCH_STOPPED,   /* on_done or a request's observer asked to stop */
    CF_BATCH_FORKED,    /* a callback forked and this is the child: the parent's transfers were left alone */
    CF_BATCH_NO_MEMORY, /* libcurl could not be set up */
} cf_batch_end;

/* Runs every item. Whatever happens, the batch's handles are let go before it returns: given back to
 * the pool (a transfer cut short closes its connection first), or, in a child forked from a callback,
 * abandoned without a read or a write on them. */
cf_batch_end cf_batch_run(const cf_batch *batch, cf_batch_item *items, size_t count);

#endif
