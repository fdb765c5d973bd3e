#include "http.h"
#include "envelope.h"
#include "limiter.h"
#include "random.h"
#include "retry.h"
#include "text.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
#include <strings.h>
#else
#define strcasecmp _stricmp
#endif

struct cf_http {
    CURL *easy;
    long pid;                    /* the process whose connections `easy` holds */
    cf_connections *connections; /* the cache `easy` takes its connections from, or NULL: its own */
    char error_buffer[CURL_ERROR_SIZE];
    /* Set up once per config: the options and the usual header lists (they hold the secret). */
    unsigned long configured_for;
    bool options_set; /* some config's options are on `easy`: they go before another's are set */
    struct curl_slist *get_headers;
    struct curl_slist *body_headers;
    /* The request under way, between cf_http_begin and cf_http_end. */
    cf_http_response *response;
    char *url;
    size_t url_capacity;
    struct curl_slist *own_headers; /* a request's own list (with its Idempotency-Key), or NULL */
    size_t max_response_bytes;
    bool oversize;
    /* A body buffer handed back by the last caller, lent to the next response. */
    char *spare_body;
    size_t spare_capacity;
};

static void free_header_list(struct curl_slist *list)
{
    /* The Authorization line holds the secret: clear it before the memory goes back. */
    for (struct curl_slist *node = list; node; node = node->next) {
        cf_wipe(node->data, strlen(node->data));
    }
    curl_slist_free_all(list);
}

void cf_http_wipe_secret(cf_http *http)
{
    free_header_list(http->get_headers);
    free_header_list(http->body_headers);
    http->get_headers = NULL;
    http->body_headers = NULL;
}

cf_http *cf_http_new(cf_connections *connections)
{
    cf_http *http = calloc(1, sizeof(*http));

    if (!http) {
        return NULL;
    }
    http->easy = curl_easy_init();
    if (!http->easy) {
        free(http);
        return NULL;
    }
    http->pid = cf_current_pid();
    http->connections = cf_connections_hold(connections);
    return http;
}

bool cf_http_inherited(const cf_http *http)
{
    return http->pid != cf_current_pid();
}

/* A handle first used in a forked child starts over with a connection of its own. */
static bool own_process(cf_http *http)
{
    if (!cf_http_inherited(http)) {
        return true;
    }
    cf_abandon_curl_handle(http->easy);
    http->easy = curl_easy_init();
    http->pid = cf_current_pid();
    http->configured_for = 0; /* a fresh easy handle has none of the options */
    http->options_set = false;
    return http->easy != NULL;
}

void cf_http_release(cf_http *http)
{
    if (!http) {
        return;
    }
    if (cf_http_inherited(http)) {
        cf_abandon_curl_handle(http->easy);
    } else if (http->easy) {
        curl_easy_cleanup(http->easy);
    }
    /* The easy handle is gone or never used again: the lists it pointed to can go, and the cache it was
     * attached to may close. */
    cf_connections_let_go(http->connections);
    cf_http_wipe_secret(http);
    free_header_list(http->own_headers);
    free(http->url);
    free(http->spare_body);
    free(http);
}

void cf_http_config_stamp(cf_http_config *config)
{
    /* Ids only need to differ within one thread's handles; the builtin keeps threads from colliding. */
    static unsigned long last_id;

#if defined(__GNUC__) || defined(__clang__)
    config->id = __atomic_add_fetch(&last_id, 1, __ATOMIC_RELAXED);
#else
    config->id = ++last_id;
#endif
}

void cf_http_config_free(cf_http_config *config)
{
    if (config->secret) {
        cf_wipe(config->secret, strlen(config->secret));
    }
    free(config->secret);
    free(config->base_url);
    free(config->user_agent);
    free(config->ca_info);
    free(config->proxy);
    if (config->rate_limit_redis) {
        cf_redis_url_free(config->rate_limit_redis);
        free(config->rate_limit_redis);
    }
    free(config->rate_limit_store_shown);
    memset(config, 0, sizeof(*config));
}

void cf_http_response_free(cf_http_response *response)
{
    free(response->body);
    cf_headers_clear(&response->headers);
    memset(response, 0, sizeof(*response));
}

static size_t collect_body(char *data, size_t size, size_t count, void *userdata)
{
    cf_http *http = userdata;
    cf_http_response *response = http->response;
    size_t len = size * count;

    if (len > http->max_response_bytes - response->body_len) {
        http->oversize = true;
        return 0; /* makes libcurl stop with CURLE_WRITE_ERROR */
    }
    if (!cf_reserve(&response->body, &response->body_capacity, response->body_len + len + 1, 16384)) {
        return 0;
    }
    memcpy(response->body + response->body_len, data, len);
    response->body_len += len;
    response->body[response->body_len] = '\0';
    return len;
}

static size_t collect_header(char *data, size_t size, size_t count, void *userdata)
{
    cf_http *http = userdata;
    cf_headers *headers = &http->response->headers;

    /* Past the limit libcurl stops with CURLE_WRITE_ERROR; headers_refused() tells it apart. */
    return cf_headers_add_line(headers, data, size * count) && !cf_headers_over_limit(headers) ? size * count : 0;
}

static struct curl_slist *append(struct curl_slist *list, const char *line)
{
    struct curl_slist *longer = curl_slist_append(list, line);

    if (!longer) {
        free_header_list(list);
    }
    return longer;
}

/* Authorization, Accept, and for a body its Content-Type; `idempotency_key` when given. */
static struct curl_slist *header_list(const cf_http_config *config, bool with_body, const char *idempotency_key)
{
    struct curl_slist *list;
    char line[512];
    size_t auth_len = strlen("Authorization: ") + strlen(config->secret) + 1;
    char *auth = malloc(auth_len);

    if (!auth) {
        return NULL;
    }
    snprintf(auth, auth_len, "Authorization: %s", config->secret);
    list = curl_slist_append(NULL, auth);
    cf_wipe(auth, auth_len);
    free(auth);
    list = list ? append(list, "Accept: application/json") : NULL;
    /* A body waits for no 100-continue round trip: the API answers directly. */
    list = list ? append(list, "Expect:") : NULL;
    if (list && with_body) {
        list = append(list, "Content-Type: application/json");
    }
    if (list && idempotency_key) {
        snprintf(line, sizeof(line), "Idempotency-Key: %s", idempotency_key);
        list = append(list, line);
    }
    return list;
}

static void set_method(CURL *easy, const cf_http_request *request)
{
    if (request->body) {
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request->body);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_len);
    } else {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST,
                     strcmp(request->method, "GET") == 0 || strcmp(request->method, "POST") == 0 ? NULL
                                                                                                 : request->method);
}

static void set_options(cf_http *http, const cf_http_config *config)
{
    CURL *easy = http->easy;

    /* Connections come from the shared cache (a forked child's own), which keeps as many as a batch uses:
     * a single call would otherwise trim it to libcurl's default of 5 as each transfer ends. */
    curl_easy_setopt(easy, CURLOPT_SHARE, cf_connections_share(http->connections));
    curl_easy_setopt(easy, CURLOPT_MAXCONNECTS, (long)CF_CONNECTIONS_MAX);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    /* A redirect would carry the secret to another host: report it instead. */
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    /* Set only when given: a NULL would drop libcurl's built-in CA bundle, not restore it. */
    if (config->ca_info) {
        curl_easy_setopt(easy, CURLOPT_CAINFO, config->ca_info);
    }
    curl_easy_setopt(easy, CURLOPT_PROXY, config->proxy);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, config->user_agent);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, config->timeout_ms);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, config->connect_timeout_ms);
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)config->max_response_bytes);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, http->error_buffer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, collect_body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, http);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, collect_header);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, http);
}

static void reset_answer(cf_http_response *response)
{
    response->status = 0;
    response->body_len = 0;
    if (response->body) {
        response->body[0] = '\0';
    }
    cf_headers_clear(&response->headers);
    response->transport_error = CF_OK;
    response->transport_retryable = false;
    response->transport_message[0] = '\0';
}

/* An answer whose headers the client will not read: more than it reads (CF_MAX_HEADER_LINES or
 * CF_MAX_HEADER_BYTES), or one line past libcurl's own limit of 100 KiB, which libcurl reports as
 * out of memory before 8.6 and as too large since. The status line has come, no body yet. */
static bool headers_refused(const cf_http_response *response, CURLcode code)
{
    if (cf_headers_over_limit(&response->headers)) {
        return true;
    }
    if (response->status == 0 || response->body_len > 0) {
        return false;
    }
#if LIBCURL_VERSION_NUM >= 0x080600
    if (code == CURLE_TOO_LARGE) {
        return true;
    }
#endif
    return code == CURLE_OUT_OF_MEMORY;
}

static void describe_failure(cf_http *http, const cf_http_config *config, CURLcode code, cf_http_response *response)
{
    const char *detail = http->error_buffer[0] ? http->error_buffer : curl_easy_strerror(code);

    if (http->oversize || code == CURLE_FILESIZE_EXCEEDED) {
        response->transport_error = CF_ERROR_UNEXPECTED;
        snprintf(response->transport_message, sizeof(response->transport_message),
                 "The answer is larger than max_response_bytes (%zu bytes)", config->max_response_bytes);
    } else if (headers_refused(response, code)) {
        response->transport_error = CF_ERROR_UNEXPECTED;
        snprintf(response->transport_message, sizeof(response->transport_message),
                 "The answer's headers are more than the client reads (%d lines, %d bytes)", CF_MAX_HEADER_LINES,
                 CF_MAX_HEADER_BYTES);
    } else if (code == CURLE_OPERATION_TIMEDOUT) {
        response->transport_error = CF_ERROR_TIMEOUT;
        snprintf(response->transport_message, sizeof(response->transport_message), "Timed out: %s", detail);
    } else if (code == CURLE_PARTIAL_FILE) {
        response->transport_error = CF_ERROR_UNEXPECTED;
        snprintf(response->transport_message, sizeof(response->transport_message), "The answer was cut short: %s",
                 detail);
    } else {
        response->transport_error = CF_ERROR_CONNECTION;
        snprintf(response->transport_message, sizeof(response->transport_message), "Could not reach Cashfin: %s",
                 detail);
    }
}

/* Failures that another attempt may not meet: the network, not the request or the TLS trust, failed.
 * A certificate that does not verify would fail the same way every time. */
static bool transient_failure(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE: /* a body cut short is a broken connection too */
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return true;
    default:
        return false;
    }
}

void cf_http_start_attempt(cf_http *http)
{
    reset_answer(http->response);
    http->response->attempts++;
    http->error_buffer[0] = '\0';
    http->oversize = false;
}

void cf_http_finish_attempt(cf_http *http, const cf_http_config *config, int curl_code, double started_ms)
{
    cf_http_response *response = http->response;
    CURLcode code = (CURLcode)curl_code;
    long connects = 0;

    curl_easy_getinfo(http->easy, CURLINFO_NUM_CONNECTS, &connects);
    response->connection_reused = connects == 0;
    /* Read even after a failure: an answer cut short still had its status line. */
    curl_easy_getinfo(http->easy, CURLINFO_RESPONSE_CODE, &response->status);
    if (response->status < 200) {
        response->status = 0; /* an interim 1xx is no answer */
    }
    if (code != CURLE_OK) {
        describe_failure(http, config, code, response);
        response->transport_retryable = !http->oversize && transient_failure(code);
    }
    response->last_attempt_ms = cf_now_ms() - started_ms;
}

bool cf_http_observe(const cf_http_request *request, const cf_http_response *response, cf_error_kind error,
                     long retry_in_ms)
{
    cf_attempt attempt;

    if (!request->observer) {
        return true;
    }
    attempt.method = request->method;
    attempt.path = request->path;
    attempt.idempotency_key = request->idempotency_key;
    attempt.request_id = cf_headers_get(&response->headers, "x-request-id");
    attempt.status = response->status;
    attempt.number = response->attempts;
    attempt.duration_ms = response->last_attempt_ms;
    attempt.connection_reused = response->connection_reused;
    attempt.error = error;
    attempt.will_retry = retry_in_ms >= 0;
    attempt.retry_in_ms = retry_in_ms >= 0 ? retry_in_ms : -1;
    attempt.pacing = &response->pacing;
    return request->observer(request->observer_context, &attempt);
}

/* Attempts about to be retried are reported here, where their cause is plain from the status or the
 * transport; the final attempt is reported by the caller, who alone reads its body. */
static bool observe_retry(const cf_http_request *request, const cf_http_response *response, long delay_ms)
{
    cf_error_kind error =
        response->transport_error != CF_OK ? response->transport_error : cf_kind_for_status(response->status);

    return cf_http_observe(request, response, error, delay_ms);
}

static bool build_header_lists(cf_http *http, const cf_http_config *config)
{
    http->get_headers = header_list(config, false, NULL);
    http->body_headers = header_list(config, true, NULL);
    if (!http->get_headers || !http->body_headers) {
        cf_http_wipe_secret(http);
        return false;
    }
    return true;
}

/* Options and header lists depend on the config only: set them when the handle meets a new one. */
static bool configure(cf_http *http, const cf_http_config *config)
{
    if (http->configured_for == config->id && config->id != 0) {
        /* Still set up for it, but the pool may have wiped the lists (a batch's handles, back for its next). */
        return http->get_headers || build_header_lists(http, config);
    }
    if (http->options_set) {
        /* Back to libcurl's defaults (connections and TLS sessions stay): no option of the handle's earlier
         * config outlives it. */
        curl_easy_reset(http->easy);
    }
    cf_http_wipe_secret(http);
    http->configured_for = 0;
    if (!build_header_lists(http, config)) {
        return false;
    }
    set_options(http, config);
    http->options_set = true;
    http->configured_for = config->id;
    return true;
}

static bool set_url(cf_http *http, const cf_http_config *config, const char *path)
{
    size_t needed = strlen(config->base_url) + strlen(path) + 1;

    if (needed > http->url_capacity) {
        char *url = realloc(http->url, needed);

        if (!url) {
            return false;
        }
        http->url = url;
        http->url_capacity = needed;
    }
    snprintf(http->url, http->url_capacity, "%s%s", config->base_url, path);
    curl_easy_setopt(http->easy, CURLOPT_URL, http->url);
    return true;
}

bool cf_http_begin(cf_http *http, const cf_http_config *config, const cf_http_request *request,
                   cf_http_response *response)
{
    struct curl_slist *headers;

    http->response = response;
    http->own_headers = NULL;
    if (!response->body && http->spare_body) {
        response->body = http->spare_body;
        response->body_capacity = http->spare_capacity;
        http->spare_body = NULL;
    }
    if (!own_process(http) || !configure(http, config) || !set_url(http, config, request->path)) {
        goto out_of_memory;
    }
    if (request->idempotency_key) {
        headers = http->own_headers = header_list(config, request->body != NULL, request->idempotency_key);
    } else {
        headers = request->body ? http->body_headers : http->get_headers;
    }
    if (!headers) {
        goto out_of_memory;
    }
    http->max_response_bytes = config->max_response_bytes;
    set_method(http->easy, request);
    curl_easy_setopt(http->easy, CURLOPT_HTTPHEADER, headers);
    return true;

out_of_memory:
    cf_http_end(http);
    cf_http_fail_locally(response, "Out of memory");
    return false;
}

void cf_http_fail_locally(cf_http_response *response, const char *message)
{
    response->status = 0;
    response->transport_error = CF_ERROR_CONNECTION;
    response->transport_retryable = false;
    snprintf(response->transport_message, sizeof(response->transport_message), "%s", message);
}

void cf_http_end(cf_http *http)
{
    /* The handle keeps pointers to these until its next transfer: drop them now. */
    if (http->easy) {
        curl_easy_setopt(http->easy, CURLOPT_HTTPHEADER, NULL);
        curl_easy_setopt(http->easy, CURLOPT_POSTFIELDS, NULL);
    }
    free_header_list(http->own_headers);
    http->own_headers = NULL;
    http->response = NULL;
}

void cf_http_recycle_body(cf_http *http, cf_http_response *response)
{
    /* A large answer's buffer is not worth holding on to between calls. */
    if (http && !http->spare_body && response->body_capacity <= CF_RECYCLED_BODY_MAX) {
        http->spare_body = response->body;
        http->spare_capacity = response->body_capacity;
    } else {
        free(response->body);
    }
    response->body = NULL;
    response->body_len = 0;
    response->body_capacity = 0;
}

void *cf_http_handle(cf_http *http)
{
    return http->easy;
}

/* Each attempt of a single call waits for its start in the client's rate-limit budget, for at most one
 * attempt's timeout: a budget booked further ahead than that fails the call as the server would have,
 * with a RateLimitException (no status) whose getRetryAfter() says when a start is free. */
static bool await_turn(const cf_http_request *request, const cf_http_config *config, cf_http_response *response)
{
    long refused_ms = -1;

    if (!request->limiter || cf_limiter_await(request->limiter, config->timeout_ms, &response->pacing, &refused_ms)) {
        return true;
    }
    response->status = 0;
    response->transport_error = CF_ERROR_RATE_LIMIT;
    response->transport_retryable = false;
    snprintf(response->transport_message, sizeof(response->transport_message),
             "The rate-limit budget has no free start within the timeout: the next is %.1f s away",
             (double)refused_ms / 1000.0);
    return false;
}

void cf_http_send(cf_http *http, const cf_http_config *config, const cf_http_request *request,
                  cf_http_response *response)
{
    double started = cf_now_ms();
    cf_retry_budget budget = {0};

    memset(response, 0, sizeof(*response));
    if (!cf_http_begin(http, config, request, response)) {
        return;
    }
    for (;;) {
        double attempt_started;
        long delay;

        if (!await_turn(request, config, response)) {
            break;
        }
        attempt_started = cf_now_ms();
        cf_http_start_attempt(http);
        cf_http_finish_attempt(http, config, curl_easy_perform(http->easy), attempt_started);
        if (request->limiter) {
            cf_limiter_observe(request->limiter, NULL, response, config->max_retry_delay_ms, cf_now_ms(), false);
        }
        delay = cf_retry_next(config, response, &budget, cf_now_ms());
        if (delay < 0 || !observe_retry(request, response, delay)) {
            break;
        }
        cf_sleep_ms(delay);
    }
    response->duration_ms = cf_now_ms() - started;
    cf_http_end(http);
}

static bool is_loopback_host(const char *host)
{
    if (strcasecmp(host, "localhost") == 0 || strcmp(host, "::1") == 0 || strcmp(host, "[::1]") == 0) {
        return true;
    }
    if (strncmp(host, "127.", 4) == 0) {
        int dots = 0;

        for (const char *p = host + 4; *p; p++) {
            if (*p == '.') {
                dots++;
            } else if (*p < '0' || *p > '9') {
                return false;
            }
        }
        return dots == 2;
    }
    return false;
}

const char *cf_http_check_base_url(const char *url, bool allow_http)
{
    CURLU *parsed = curl_url();
    char *scheme = NULL, *host = NULL, *query = NULL, *fragment = NULL, *user = NULL;
    const char *problem = NULL;

    if (!parsed) {
        return "could not be parsed";
    }
    if (curl_url_set(parsed, CURLUPART_URL, url, 0) != CURLUE_OK ||
        curl_url_get(parsed, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
        curl_url_get(parsed, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
        problem = "must be an absolute URL such as https://api.cashfin.africa";
    } else if (curl_url_get(parsed, CURLUPART_QUERY, &query, 0) == CURLUE_OK ||
               curl_url_get(parsed, CURLUPART_FRAGMENT, &fragment, 0) == CURLUE_OK) {
        problem = "must not have a query or a fragment";
    } else if (curl_url_get(parsed, CURLUPART_USER, &user, 0) == CURLUE_OK) {
        problem = "must not carry credentials";
    } else if (strcmp(scheme, "https") != 0 &&
               !(strcmp(scheme, "http") == 0 && (allow_http || is_loopback_host(host)))) {
        problem = "must use https:// (http:// is accepted for loopback hosts, or with allow_http)";
    }
    curl_free(scheme);
    curl_free(host);
    curl_free(query);
    curl_free(fragment);
    curl_free(user);
    curl_url_cleanup(parsed);
    return problem;
}
