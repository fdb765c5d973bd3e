#include "batch.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every connection of a batch of the highest concurrency stays in the pool's cache. */
#define MAX_CONCURRENCY CF_CONNECTIONS_MAX
#define POLL_CEILING_MS 100

typedef struct slot {
    cf_http *http;
    cf_batch_item *item; /* NULL: free */
    size_t index;
} slot;

typedef struct run {
    const cf_batch *batch;
    cf_batch_item *items;
    size_t count;
    CURLM *multi;
    long pid; /* the process that owns the multi handle and its connections */
    slot slots[MAX_CONCURRENCY];
    size_t slot_count;
    size_t running;
    size_t done;
    double began_ms;
    bool stopped; /* a callback asked to stop */
} run;

/* After any callback: a callback that forked leaves the child holding copies of the parent's sockets,
 * which the child must never read, write or close. */
static bool may_go_on(run *r, bool callback_agreed)
{
    if (r->pid != cf_current_pid()) {
        r->stopped = true;
        return false;
    }
    if (!callback_agreed) {
        r->stopped = true;
    }
    return callback_agreed;
}

static slot *free_slot(run *r)
{
    for (size_t i = 0; i < r->slot_count; i++) {
        if (!r->slots[i].item) {
            return &r->slots[i];
        }
    }
    return NULL;
}

/* The next item due to start, or NULL; `*due` tells when the earliest waiting one may start. */
static cf_batch_item *next_due(run *r, double now, double *due, size_t *index)
{
    for (size_t i = 0; i < r->count; i++) {
        cf_batch_item *item = &r->items[i];

        if (item->done || item->running) {
            continue;
        }
        if (item->not_before_ms <= now) {
            *index = i;
            return item;
        }
        if (item->not_before_ms < *due) {
            *due = item->not_before_ms;
        }
    }
    return NULL;
}

static bool start(run *r, slot *s, cf_batch_item *item, size_t index, double now, const cf_pacing *pacing)
{
    CURLMcode added;

    if (item->started_ms == 0) {
        item->started_ms = now;
    }
    if (!cf_http_begin(s->http, r->batch->config, &item->request, &item->call.response)) {
        return false;
    }
    cf_http_start_attempt(s->http);
    item->call.response.pacing = *pacing;
    item->call.response.pacing.queued_ms =
        now - (item->not_before_ms > r->began_ms ? item->not_before_ms : r->began_ms);
    /* Over TLS, where ALPN may offer HTTP/2, wait for the connection under way and share it rather than
     * open one per transfer. Plain HTTP/1.1 cannot share one, and waiting would queue the entries. */
    curl_easy_setopt(cf_http_handle(s->http), CURLOPT_PIPEWAIT,
                     strncmp(r->batch->config->base_url, "https:", 6) == 0 ? 1L : 0L);
    item->attempt_started_ms = now;
    added = curl_multi_add_handle(r->multi, cf_http_handle(s->http));
    if (added != CURLM_OK) {
        char message[200];

        cf_http_end(s->http);
        snprintf(message, sizeof(message), "Could not start the request: %s", curl_multi_strerror(added));
        cf_http_fail_locally(&item->call.response, message);
        return false;
    }
    s->item = item;
    s->index = index;
    item->running = true;
    r->running++;
    return true;
}

static bool finish_item(run *r, cf_batch_item *item, size_t index, double now);

/* Starts what is due, as far as slots and the limiter allow; returns when to look again. */
static double start_due(run *r, double now)
{
    double wake = now + POLL_CEILING_MS;

    for (;;) {
        double due = wake, allowed;
        cf_pacing pacing;
        size_t index;
        slot *s = free_slot(r);
        cf_batch_item *item = s ? next_due(r, now, &due, &index) : NULL;

        if (due < wake) {
            wake = due;
        }
        if (!item) {
            return wake;
        }
        /* Each start is stamped with its own time, not the pass's: the limiter counts real starts. */
        now = cf_now_ms();
        allowed = cf_limiter_bulk_start(r->batch->limiter, r->batch->call_pace, now, &pacing);
        if (allowed > 0) {
            return allowed < wake ? allowed : wake;
        }
        /* An item that could not start settles as a connection failure, and the others go on, unless
         * the callback told of it asks to stop. */
        if (!start(r, s, item, index, now, &pacing) && !finish_item(r, item, index, now)) {
            return now;
        }
    }
}

static bool finish_item(run *r, cf_batch_item *item, size_t index, double now)
{
    cf_success_reader reader;
    const cf_batch *batch = r->batch;
    bool go_on;

    item->done = true;
    item->call.response.duration_ms = now - item->started_ms;
    if (batch->prepare_reader) {
        batch->prepare_reader(batch->context, index, &reader);
    }
    cf_call_read(batch->shape, batch->prepare_reader ? &reader : NULL, &item->call);
    cf_error_redact(&item->call.error, batch->config->secret);
    go_on = cf_http_observe(&item->request, &item->call.response, item->call.error.kind, -1);
    r->done++;
    if (go_on && batch->on_done) {
        go_on = batch->on_done(batch->context, index);
    }
    return may_go_on(r, go_on);
}

/* Tells the batch's caller when an answer started or lengthened a pause. False when the batch must stop. */
static bool tell_pause(run *r, size_t index, long pause_ms)
{
    if (!r->batch->on_pause || pause_ms <= 0) {
        return true;
    }
    return may_go_on(r, r->batch->on_pause(r->batch->context, index, pause_ms));
}

/* One transfer ended: schedule its retry, or settle the item. False when the batch must stop. */
static bool collect(run *r, slot *s, CURLcode code, double now)
{
    cf_batch_item *item = s->item;
    cf_http_response *response = &item->call.response;
    const cf_http_config *config = r->batch->config;
    long delay, pause;

    curl_multi_remove_handle(r->multi, cf_http_handle(s->http));
    cf_http_finish_attempt(s->http, config, (int)code, item->attempt_started_ms);
    cf_http_end(s->http);
    s->item = NULL;
    item->running = false;
    r->running--;
    delay = cf_retry_next(config, response, &item->budget, now);
    pause = cf_limiter_observe(r->batch->limiter, r->batch->call_pace, response, config->max_retry_delay_ms, now, true);
    if (delay >= 0) {
        cf_error_kind kind =
            response->transport_error != CF_OK ? response->transport_error : cf_kind_for_status(response->status);

        if (!may_go_on(r, cf_http_observe(&item->request, response, kind, delay))) {
            return false;
        }
        /* Only this item waits; the others keep their slots busy meanwhile. */
        item->not_before_ms = now + (double)delay;
        return tell_pause(r, s->index, pause);
    }
    /* The pause is told after the attempt it follows from. */
    return finish_item(r, item, s->index, now) && tell_pause(r, s->index, pause);
}

/* Settles every finished transfer; *collected counts them. False when the batch must stop. */
static bool collect_finished(run *r, size_t *collected)
{
    CURLMsg *message;
    int left;

    *collected = 0;
    while ((message = curl_multi_info_read(r->multi, &left))) {
        if (message->msg != CURLMSG_DONE) {
            continue;
        }
        for (size_t i = 0; i < r->slot_count; i++) {
            if (r->slots[i].item && cf_http_handle(r->slots[i].http) == message->easy_handle) {
                (*collected)++;
                if (!collect(r, &r->slots[i], message->data.result, cf_now_ms())) {
                    return false;
                }
                break;
            }
        }
    }
    return true;
}

/* Lets go of every handle. In this process: transfers under way are taken off (closing their
 * connections: they are mid-answer and can serve nothing else), the handles go back to the pool and the
 * multi handle is cleaned up; the idle connections stay in the pool's cache. In a child forked from a
 * callback: nothing is touched, everything is abandoned (the pool releases inherited handles that way). */
static void release(run *r)
{
    bool inherited = r->pid != cf_current_pid();

    for (size_t i = 0; i < r->slot_count; i++) {
        if (r->slots[i].item && !inherited) {
            curl_multi_remove_handle(r->multi, cf_http_handle(r->slots[i].http));
            cf_http_end(r->slots[i].http);
        }
        if (r->slots[i].item) {
            r->slots[i].item->running = false;
            r->slots[i].item = NULL;
        }
        if (r->slots[i].http) {
            cf_pool_give(r->batch->pool, r->batch->pool_key, r->slots[i].http);
        }
    }
    if (inherited) {
        cf_abandon_curl_handle(r->multi);
    } else if (r->multi) {
        curl_multi_cleanup(r->multi);
    }
    r->running = 0;
}

static bool set_up(run *r)
{
    r->multi = curl_multi_init();
    r->pid = cf_current_pid();
    /* The handles keep their connections in the pool's cache, but the multi handle driving them says
     * how many it holds: by default four per handle added at the moment, so a pause that leaves one
     * transfer running would close idle connections the batch is about to use again, and those the
     * pool keeps for later. */
    if (r->multi) {
        curl_multi_setopt(r->multi, CURLMOPT_MAXCONNECTS, (long)CF_CONNECTIONS_MAX);
    }
    for (size_t i = 0; i < r->slot_count && r->multi; i++) {
        r->slots[i].http = cf_pool_take(r->batch->pool, r->batch->pool_key);
        if (!r->slots[i].http) {
            return false;
        }
    }
    return r->multi != NULL;
}

static void drive(run *r)
{
    while (r->done < r->count) {
        double now = cf_now_ms();
        double wake = start_due(r, now);
        int still_running = 0, wait_ms;
        size_t collected;

        if (r->stopped) {
            return;
        }
        curl_multi_perform(r->multi, &still_running);
        if (!collect_finished(r, &collected) || r->done == r->count) {
            return;
        }
        if (collected > 0) {
            continue; /* a slot came free: fill it now, not after a wait */
        }
        /* Never longer than POLL_CEILING_MS at once: wake is at most that far ahead. */
        wait_ms = (int)(wake - cf_now_ms());
        if (r->running == 0 && wait_ms > 0) {
            cf_sleep_ms(wait_ms);
        } else if (r->running > 0) {
            curl_multi_poll(r->multi, NULL, 0, wait_ms > 0 ? wait_ms : 0, NULL);
        }
    }
}

cf_batch_end cf_batch_run(const cf_batch *batch, cf_batch_item *items, size_t count)
{
    run r;
    cf_batch_end end = CF_BATCH_DONE;

    memset(&r, 0, sizeof(r));
    r.batch = batch;
    r.items = items;
    r.count = count;
    r.began_ms = cf_now_ms();
    r.slot_count = batch->concurrency < 1                 ? 1
                   : batch->concurrency > MAX_CONCURRENCY ? MAX_CONCURRENCY
                                                          : batch->concurrency;
    if (r.slot_count > count) {
        r.slot_count = count ? count : 1;
    }
    for (size_t i = 0; i < count; i++) {
        memset(&items[i].call, 0, sizeof(items[i].call));
        memset(&items[i].budget, 0, sizeof(items[i].budget));
        cf_error_init(&items[i].call.error);
    }
    if (!set_up(&r)) {
        end = CF_BATCH_NO_MEMORY;
    } else {
        drive(&r);
        if (r.pid != cf_current_pid()) {
            end = CF_BATCH_FORKED;
        } else if (r.stopped) {
            end = CF_BATCH_STOPPED;
        }
    }
    release(&r);
    return end;
}
