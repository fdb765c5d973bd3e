/* Many API calls at once over libcurl's multi interface: up to `concurrency` in flight, each with
 * the retries, backoff and idempotency key of a single call, paced by a throttle, with a backoff
 * that never holds up the other items. */
#ifndef CASHFIN_CORE_BATCH_H
#define CASHFIN_CORE_BATCH_H

#include "call.h"
#include "throttle.h"

typedef struct cf_batch_item {
    cf_http_request request; /* filled by the caller; its strings outlive the batch */
    cf_call call;            /* the outcome, read like a single call's */
    /* Scheduling, the batch's own. */
    double not_before_ms;
    double started_ms;
    double attempt_started_ms;
    int rate_limit_waits;
    bool running;
    bool done;
} cf_batch_item;

typedef struct cf_batch {
    const cf_http_config *config;
    cf_shape shape;
    size_t concurrency;
    cf_throttle *throttle;
    /* Optional: a success reader per item, and a word after each item finishes; returning false
     * from on_done stops the batch (running transfers are abandoned, the rest never start). */
    void (*prepare_reader)(void *context, size_t index, cf_success_reader *reader);
    bool (*on_done)(void *context, size_t index);
    void *context;
} cf_batch;

/* Runs every item; false when on_done stopped it or libcurl could not be set up. */
bool cf_batch_run(const cf_batch *batch, cf_batch_item *items, size_t count);

#endif
