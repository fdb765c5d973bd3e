/* What the caller's hooks hear about a call. Every attempt becomes one event, handed to the logger (a
 * debug record, and a warning when the attempt is retried) and to on_response, in that order; the logger
 * also hears, as an error, of a call that sent its request and finally failed, and, as a warning, of a
 * batch pausing for the server's rate limit. Neither ever sees the secret or a body. The logger sees
 * paths with the value of `search` replaced, since a search is often someone's email address or phone
 * number and logs travel further than the caller's own callback. */
#include "cashfin_private.h"

#include "zend_exceptions.h"
#include "zend_smart_str.h"

#define REDACTED "[redacted]"

static void add_optional_string(zval *array, const char *name, const char *value)
{
    if (value) {
        add_assoc_string(array, name, (char *)value);
    } else {
        add_assoc_null(array, name);
    }
}

static void add_status(zval *array, long status)
{
    if (status > 0) {
        add_assoc_long(array, "status", status);
    } else {
        add_assoc_null(array, "status");
    }
}

/* The path as logged: the query's search value replaced. */
static zend_string *logged_path(const char *path)
{
    const char *query = strchr(path, '?');
    const char *search = query;
    smart_str shown = {0};

    while (search && strncmp(search + 1, "search=", 7) != 0) {
        search = strchr(search + 1, '&');
    }
    if (!search) {
        return zend_string_init(path, strlen(path), 0);
    }
    smart_str_appendl(&shown, path, (size_t)(search - path) + 8);
    smart_str_appends(&shown, REDACTED);
    search = strchr(search + 1, '&');
    if (search) {
        smart_str_appends(&shown, search);
    }
    smart_str_0(&shown);
    return shown.s;
}

/* How the attempt's start was paced: the store that gave it (null for an entry that never started), how
 * long it waited for it, and why the store configured did not pace it (null when it did). */
static void add_pacing(zval *event, const cf_pacing *pacing)
{
    add_optional_string(event, "rate_limit_store", pacing ? pacing->store : NULL);
    add_assoc_double(event, "queued_ms", pacing && pacing->queued_ms > 0 ? pacing->queued_ms : 0.0);
    add_optional_string(event, "rate_limit_fallback", pacing && pacing->fallback[0] ? pacing->fallback : NULL);
}

/* The on_response event of one attempt; the logger's context is the same with the path as logged. */
static void attempt_event(const cf_attempt *attempt, const char *path, zval *event)
{
    array_init_size(event, 14);
    add_assoc_string(event, "method", (char *)attempt->method);
    add_assoc_string(event, "path", (char *)path);
    add_status(event, attempt->status);
    add_assoc_long(event, "attempt", attempt->number);
    add_assoc_double(event, "duration_ms", attempt->duration_ms);
    add_assoc_bool(event, "connection_reused", attempt->connection_reused);
    add_optional_string(event, "error",
                        attempt->error != CF_OK ? ZSTR_VAL(cashfin_exception_class(attempt->error)->name) : NULL);
    add_assoc_bool(event, "will_retry", attempt->will_retry);
    if (attempt->will_retry) {
        add_assoc_long(event, "retry_in_ms", attempt->retry_in_ms);
    } else {
        add_assoc_null(event, "retry_in_ms");
    }
    add_optional_string(event, "request_id", attempt->request_id);
    add_optional_string(event, "idempotency_key", attempt->idempotency_key);
    add_pacing(event, attempt->pacing);
}

static bool log_attempt(cashfin_customers *customers, const cf_attempt *attempt)
{
    zend_string *path = logged_path(attempt->path);
    zval context;
    bool go_on;

    attempt_event(attempt, ZSTR_VAL(path), &context);
    go_on = cashfin_log(customers, CASHFIN_LOG_DEBUG,
                        "Cashfin {method} {path}: {status} in {duration_ms} ms (attempt {attempt})", &context);
    if (go_on && attempt->pacing && attempt->pacing->store_failed) {
        go_on =
            cashfin_log(customers, CASHFIN_LOG_WARNING, "Cashfin rate limit store: {rate_limit_fallback}", &context);
    }
    if (go_on && attempt->will_retry) {
        go_on = cashfin_log(customers, CASHFIN_LOG_WARNING,
                            "Cashfin {method} {path}: {status} {error}, retrying in {retry_in_ms} ms "
                            "(attempt {attempt})",
                            &context);
    }
    zval_ptr_dtor(&context);
    zend_string_release(path);
    return go_on;
}

/* The observer of every attempt of a client that has hooks. */
static bool observe_attempt(void *context, const cf_attempt *attempt)
{
    cashfin_customers *customers = context;
    zval event;
    bool go_on;

    if (cashfin_customers_cut_short(customers) || EG(exception)) {
        return false; /* an earlier callback failed: no more attempts, no more callbacks */
    }
    go_on = Z_ISUNDEF(customers->logger) || log_attempt(customers, attempt);
    if (go_on && !Z_ISUNDEF(customers->on_response)) {
        attempt_event(attempt, attempt->path, &event);
        go_on = cashfin_customers_callback(customers, &customers->on_response, 1, &event);
        zval_ptr_dtor(&event);
    }
    return go_on;
}

void cashfin_customers_observe(cashfin_customers *customers, cf_http_request *request)
{
    if (!Z_ISUNDEF(customers->on_response) || !Z_ISUNDEF(customers->logger)) {
        request->observer = observe_attempt;
        request->observer_context = customers;
    }
}

/* The context of a record about a request's latest answer: what it was and what it came to, with the
 * time of all its attempts once it is finished. */
static void request_context(const cf_http_request *request, const cf_http_response *response, bool finished,
                            zval *context)
{
    zend_string *path = logged_path(request->path);

    array_init_size(context, 10);
    add_assoc_string(context, "method", (char *)request->method);
    add_assoc_str(context, "path", path);
    add_status(context, response->status);
    add_assoc_long(context, "attempt", response->attempts);
    if (finished) {
        add_assoc_double(context, "duration_ms", response->duration_ms);
    }
    add_optional_string(context, "request_id", cf_headers_get(&response->headers, "x-request-id"));
    add_optional_string(context, "idempotency_key", request->idempotency_key);
}

bool cashfin_customers_report_failure(cashfin_customers *customers, const cf_http_request *request,
                                      const cf_http_response *response, zval *exception)
{
    zval context, read, *message;
    bool go_on;

    if (Z_ISUNDEF(customers->logger)) {
        return true;
    }
    request_context(request, response, true, &context);
    add_assoc_str(&context, "error", zend_string_copy(Z_OBJCE_P(exception)->name));
    /* The message, not the exception: an exception carries the answer's body, which a logger might dump. */
    message = zend_read_property_ex(zend_ce_exception, Z_OBJ_P(exception), ZSTR_KNOWN(ZEND_STR_MESSAGE), true, &read);
    add_assoc_zval(&context, "message", message);
    Z_TRY_ADDREF_P(message);
    go_on = cashfin_log(customers, CASHFIN_LOG_ERROR,
                        "Cashfin {method} {path} failed after {attempt} attempt(s): {error}: {message}", &context);
    zval_ptr_dtor(&context);
    return go_on;
}

bool cashfin_customers_report_pause(cashfin_customers *customers, const cf_http_request *request,
                                    const cf_http_response *response, long pause_ms)
{
    zval context;
    bool go_on;

    if (Z_ISUNDEF(customers->logger)) {
        return true;
    }
    request_context(request, response, false, &context);
    add_assoc_long(&context, "pause_ms", pause_ms);
    go_on =
        cashfin_log(customers, CASHFIN_LOG_WARNING,
                    "Cashfin rate limit: {method} {path} answered {status}; new requests wait {pause_ms} ms", &context);
    zval_ptr_dtor(&context);
    return go_on;
}
