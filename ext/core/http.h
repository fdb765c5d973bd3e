/* HTTPS to the Cashfin API through libcurl: one reusable handle, timeouts, retries (retry.h).
 * Everything the rest of the extension knows about the network goes through cf_http_send. */
#ifndef CASHFIN_CORE_HTTP_H
#define CASHFIN_CORE_HTTP_H

#include "connections.h"
#include "error.h"
#include "headers.h"
#include "process_state.h"
#include "redis_url.h"
#include "wait.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct cf_http_config {
    unsigned long id; /* from cf_http_config_stamp: a handle set up for this id needs no setting up again */
    char *base_url;   /* scheme://host[:port][/prefix], no trailing slash */
    char *secret;     /* wiped when freed */
    char *user_agent;
    char *ca_info; /* NULL: the system's CA store */
    char *proxy;   /* NULL: libcurl's usual proxy environment variables */
    long timeout_ms;
    long connect_timeout_ms;
    long max_retries;
    long max_retry_delay_ms; /* a longer Retry-After is not waited for */
    size_t max_response_bytes;
    bool persistent; /* keep the connection for later PHP requests of this process */
    /* The client's rate limiter (limiter.h), read by the Zend layer into one per client. */
    double requests_per_second;     /* 0: no pace set */
    bool rate_auto;                 /* the plan's X-RateLimit-Limit */
    int rate_limit_store;           /* a cf_limiter_store */
    double bulk_share;              /* 0..1 */
    cf_redis_url *rate_limit_redis; /* the Redis store's URL, else NULL; wiped when freed */
    char *rate_limit_store_shown;   /* "process", "host", or the Redis URL with its password as *** */
} cf_http_config;

/* How an attempt's start was paced by the client's rate limiter (limiter.h), for its observer. */
typedef struct cf_pacing {
    const char *store;  /* "process", "host" or "redis": where the start came from; NULL: no limiter */
    double queued_ms;   /* how long the attempt waited for its start */
    long refused_ms;    /* -1; else the budget had no start within the call's bound, this far ahead */
    bool store_failed;  /* Redis failed on this reservation: the logger hears of it */
    char fallback[512]; /* "" or why the configured store did not pace this attempt (a rediss:// URL may name a
                         * CA file, TLS says why it refused); never a password */
} cf_pacing;

/* What one attempt came to, for the caller's observer. Never holds the secret or a body. */
typedef struct cf_attempt {
    const char *method;
    const char *path;
    const char *idempotency_key; /* the key the attempt carried, or NULL */
    const char *request_id;      /* the answer's X-Request-Id, or NULL */
    long status;                 /* 0: no answer */
    int number;                  /* 1 for the first attempt */
    double duration_ms;
    bool connection_reused;
    cf_error_kind error; /* CF_OK when this attempt succeeded */
    bool will_retry;
    long retry_in_ms; /* when will_retry: the wait before the next attempt; -1 otherwise */
    const cf_pacing *pacing;
} cf_attempt;

struct cf_limiter;

/* Returns false to stop further attempts (the observer failed). */
typedef bool (*cf_attempt_observer)(void *context, const cf_attempt *attempt);

typedef struct cf_http_request {
    const char *method; /* GET, POST or PATCH */
    const char *path;   /* starts with '/', query included */
    const char *body;   /* NULL: none */
    size_t body_len;
    const char *idempotency_key;  /* NULL: none; every attempt sends the same one */
    cf_attempt_observer observer; /* NULL: none */
    void *observer_context;
    struct cf_limiter *limiter; /* single calls: reserves each attempt's start (limiter.h); NULL: none */
} cf_http_request;

typedef struct cf_http_response {
    long status; /* 0 when no answer arrived */
    char *body;
    size_t body_len;
    size_t body_capacity;
    cf_headers headers;
    int attempts;
    double duration_ms;     /* all attempts and the waits between them */
    double last_attempt_ms; /* the final attempt alone */
    bool connection_reused;
    cf_error_kind transport_error; /* CF_OK when an answer arrived */
    bool transport_retryable;      /* the failure was the network's, not the request's */
    char transport_message[320];   /* libcurl's own message fits with our prefix */
    cf_pacing pacing;              /* the latest attempt's */
} cf_http_response;

typedef struct cf_http cf_http;

/* A handle that takes its connections from `connections` (connections.h), which it holds until released;
 * NULL: a cache of its own. */
cf_http *cf_http_new(cf_connections *connections);

/* The one way a handle is let go, whoever holds it (an object, the pool, a batch): every buffer is
 * freed once (header lists wiped first: they hold the secret), and then the handle is closed when this
 * process opened it, or abandoned (never touched again, see cf_abandon_curl_handle) when it was
 * inherited through fork(); its hold on the shared connections goes with it. NULL is ignored. */
void cf_http_release(cf_http *http);

/* Wipes and frees the header lists set up for the last config (they hold its secret): for a handle going
 * idle, so that no secret waits in the pool between PHP requests. Its options stay: a request of the same
 * config builds the lists again, any other sets the handle up anew. */
void cf_http_wipe_secret(cf_http *http);

/* True when the handle's connections belong to the parent of a fork. */
bool cf_http_inherited(const cf_http *http);

/* Sends the request, retrying what is safe to retry, and leaves the final attempt's outcome in
 * response (which it initialises). */
void cf_http_send(cf_http *http, const cf_http_config *config, const cf_http_request *request,
                  cf_http_response *response);

void cf_http_response_free(cf_http_response *response);

/* The steps cf_http_send takes, for callers that drive many transfers at once (batch.c):
 * begin binds a request to the handle; each attempt is started, run by libcurl (the caller's
 * curl_easy_perform or multi interface on cf_http_handle), and finished with libcurl's result code;
 * end releases what begin bound. */
bool cf_http_begin(cf_http *http, const cf_http_config *config, const cf_http_request *request,
                   cf_http_response *response);
void cf_http_start_attempt(cf_http *http);
void cf_http_finish_attempt(cf_http *http, const cf_http_config *config, int curl_code, double started_ms);
void cf_http_end(cf_http *http);
void *cf_http_handle(cf_http *http); /* the CURL easy handle */

/* Marks an attempt that never reached the network (out of memory, libcurl refused to start it) as a
 * connection failure with that message, not retried. */
void cf_http_fail_locally(cf_http_response *response, const char *message);

/* Takes a response's body buffer back for the handle's next request (or frees it). */
#define CF_RECYCLED_BODY_MAX (1024 * 1024)
void cf_http_recycle_body(cf_http *http, cf_http_response *response);

/* Tells the request's observer, if any, how an attempt went: retry_in_ms is the wait before the attempt
 * that follows, negative when none follows. False when the observer wants no more. */
bool cf_http_observe(const cf_http_request *request, const cf_http_response *response, cf_error_kind error,
                     long retry_in_ms);

void cf_http_config_free(cf_http_config *config);

/* Gives a finished config its id; call it again after changing any field. */
void cf_http_config_stamp(cf_http_config *config);

/* The base URL check of the constructor: https, or http for loopback hosts or when allowed.
 * Returns NULL when acceptable, else a static message. */
const char *cf_http_check_base_url(const char *url, bool allow_http);

#endif
