/* What the files of the Zend layer share with one another. */
#ifndef CASHFIN_PRIVATE_H
#define CASHFIN_PRIVATE_H

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "php_cashfin.h"

#include "core/call.h"
#include "core/customer.h"
#include "core/endpoint.h"
#include "core/error.h"
#include "core/http.h"
#include "core/limiter.h"
#include "core/pool.h"

#if PHP_VERSION_ID < 80200
#error "cashfin needs PHP 8.2 or later"
#endif

/* Makes a class's objects uncloneable. PHP 8.5 added a second clone handler, clone_obj_with (for
 * clone() with properties), whose standard version starts by calling clone_obj: it is cleared too,
 * so that no way of copying an object can reach the NULL clone_obj. */
static zend_always_inline void cashfin_forbid_clone(zend_object_handlers *handlers)
{
    handlers->clone_obj = NULL;
#if PHP_VERSION_ID >= 80500
    handlers->clone_obj_with = NULL;
#endif
}

/* Class entries, registered in cashfin.c from the generated arginfo. */
extern zend_class_entry *cashfin_ce_customers;
extern zend_class_entry *cashfin_ce_customer_iterator;
extern zend_class_entry *cashfin_ce_exception;
extern zend_class_entry *cashfin_ce_validation;
extern zend_class_entry *cashfin_ce_invalid_id;
extern zend_class_entry *cashfin_ce_authentication;
extern zend_class_entry *cashfin_ce_permission;
extern zend_class_entry *cashfin_ce_not_found;
extern zend_class_entry *cashfin_ce_duplicate;
extern zend_class_entry *cashfin_ce_rate_limit;
extern zend_class_entry *cashfin_ce_server;
extern zend_class_entry *cashfin_ce_api;
extern zend_class_entry *cashfin_ce_connection;
extern zend_class_entry *cashfin_ce_timeout;
extern zend_class_entry *cashfin_ce_unexpected;

/* An Idempotency-Key: 1 to this many visible ASCII characters. */
#define CASHFIN_IDEMPOTENCY_KEY_MAX 255

/* customers.c */
typedef struct cashfin_customers {
    cf_http_config config;
    cf_http *http;
    char *pool_key;    /* the key of the handles it takes from its pool */
    cf_pool *own_pool; /* persistent => false: a pool of its own, closed with it; NULL: the worker's */
    zval on_response;  /* IS_UNDEF: none */
    zval logger;       /* a PSR-3 logger; IS_UNDEF: none */
    bool has_response;
    cf_limiter limiter;             /* requests_per_second and its store, for single and bulk calls */
    cf_http_response last_response; /* headers and figures of the last request; body dropped */
    char last_idempotency_key[CASHFIN_IDEMPOTENCY_KEY_MAX + 1]; /* the key it carried; "" when none */
    /* The call under way, between cashfin_customers_enter() and cashfin_customers_leave(). */
    bool busy;       /* callbacks may not start another call on this client */
    bool bailed_out; /* a callback failed fatally: the call frees what it holds, then the bailout goes on */
    bool forked;     /* a callback forked and this is the child: its copy of the call stops */
    long call_pid;   /* the process that started the call */
    zend_object std;
} cashfin_customers;

static inline cashfin_customers *cashfin_customers_from(zend_object *object)
{
    return (cashfin_customers *)((char *)object - XtOffsetOf(cashfin_customers, std));
}

void cashfin_customers_init_handlers(zend_class_entry *ce);

/* The one guard every path into a client's handle passes (the methods, the pager, the bulk calls):
 * enter refuses a client that was never constructed, or one whose call is under way (a callback may not
 * start another: an \Error, never a crash), and saves what it found in *saved; leave puts that back.
 * Leave comes last, after the call freed what it held: it then bails out again when a callback failed
 * fatally (and does not return), or throws the \Error of a child that a callback forked. */
typedef struct cashfin_guard {
    bool busy, bailed_out, forked;
    long call_pid;
} cashfin_guard;

cashfin_customers *cashfin_customers_enter(zend_object *object, cashfin_guard *saved);
void cashfin_customers_leave(cashfin_customers *customers, const cashfin_guard *saved);

/* Runs a user callback of the call under way (on_response, on_progress, the logger, a bulk call's key
 * callable) inside zend_try. False when the call must stop: the callback threw (or exit()ed), failed
 * fatally (the bailout is caught and noted, for leave to resume once the call freed and wiped what it
 * holds), or forked (this process is the child). After any of these no further callback runs. The
 * second form hands back what the callback returned (in *retval, which the caller frees; IS_UNDEF when
 * the call must stop). */
bool cashfin_customers_callback(cashfin_customers *customers, zval *callable, uint32_t argc, zval *argv);
bool cashfin_customers_callback_returning(cashfin_customers *customers, zval *callable, uint32_t argc, zval *argv,
                                          zval *retval);

/* Runs step(argument), user code of the call under way (a callback, or a destructor that releasing a value
 * may run), inside zend_try, noting a bailout or a fork as cashfin_customers_callback does. False when the
 * call must stop. */
bool cashfin_customers_run_user_code(cashfin_customers *customers, void (*step)(void *), void *argument);
/* Releases a value the call holds (a callback's return value, a snapshot of the caller's data) as user code:
 * an object's destructor may throw, exit(), fail fatally or fork. The zval is left IS_UNDEF. False when the
 * call must stop. */
bool cashfin_customers_release(cashfin_customers *customers, zval *value);

/* True once a callback of the call under way failed fatally or forked: the call makes no exceptions and
 * reads nothing more, it only lets go of what it holds. */
bool cashfin_customers_cut_short(const cashfin_customers *customers);

/* The pool a client's handles and connections come from, for its single and bulk calls alike. */
cf_pool *cashfin_customers_pool(const cashfin_customers *customers);

/* For the bulk methods (bulk.c): the body of a checked payload (NULL with the ValidationException in
 * *invalid), and lastResponse() (the response, and the Idempotency-Key its request carried or NULL). */
char *cashfin_customers_checked_body(HashTable *payload, cf_customer_operation operation, zval *invalid);
void cashfin_customers_remember(cashfin_customers *customers, cf_http_response *response, const char *idempotency_key);

/* observer.c: what the caller's hooks (on_response, the logger) are told about a call. One event per
 * attempt goes to both; the logger also hears of pauses and of calls that finally failed. */
/* Points the request's attempt observer at the client's hooks, when it has any. */
void cashfin_customers_observe(cashfin_customers *customers, cf_http_request *request);
/* A call that sent its request and failed, with the exception it ends in: logged as an error. False when
 * the logger failed (the call must stop; its exception is the one to see). */
bool cashfin_customers_report_failure(cashfin_customers *customers, const cf_http_request *request,
                                      const cf_http_response *response, zval *exception);
/* A batch pausing for the server's rate limit after this request's answer: logged as a warning. */
bool cashfin_customers_report_pause(cashfin_customers *customers, const cf_http_request *request,
                                    const cf_http_response *response, long pause_ms);

/* logger.c: the logger option. */
#define CASHFIN_LOG_DEBUG "debug"
#define CASHFIN_LOG_WARNING "warning"
#define CASHFIN_LOG_ERROR "error"
/* Whether a value may be the logger option: a Psr\Log\LoggerInterface when that interface is loaded, else
 * any object with a public log() method. False with a TypeError thrown. */
bool cashfin_logger_check(zval *value, uint32_t arg_num, const char *option);
/* Hands one record to the client's logger, as $logger->log($level, $message, $context); the context is
 * lent, not taken. Without a logger, nothing. During a call the logger runs as the call's other callbacks
 * do (cashfin_customers_callback: it may not start a call on this client); outside one, it is a plain
 * call. False when the logger threw or failed: the caller stops what it was doing. */
bool cashfin_log(cashfin_customers *customers, const char *level, const char *message, zval *context);

/* environment.c: a variable as PHP's getenv() reads it (the SAPI's environment, then the process's), or
 * NULL; free it with cashfin_getenv_free(), which wipes it first (it may be the secret). */
zend_string *cashfin_getenv(const char *name);
void cashfin_getenv_free(zend_string *value);

typedef struct cashfin_list_query {
    zend_long page;  /* 0: not given */
    zend_long limit; /* 0: not given */
    zend_string *search;
} cashfin_list_query;

/* Fetches one page; fills data (the list) and the pagination block. False with an exception thrown.
 * The caller has entered the client's guard. */
bool cashfin_customers_fetch_page(cashfin_customers *customers, const cashfin_list_query *query, zval *data,
                                  cf_page_info *page);

/* options.c: the constructor's options and the INI defaults, the per-call options and list queries.
 * Each returns false with a TypeError or ValueError thrown. */
bool cashfin_options_read(HashTable *options, cf_http_config *config, zval *on_response, zval *logger);
/* For the INI entries: whether a value suits the constructor option of that name, judged by the option's
 * own rules as a caller without strict_types has them (whether an http:// base URL is acceptable is left to
 * allow_http); when not, what is wrong ("must be ...") goes into problem. A number, an int or a boolean
 * comes back read in *converted (a double, a long, a bool; IS_UNDEF for other options). */
bool cashfin_option_ini_check(const char *name, zend_string *value, zval *converted, char *problem, size_t size);
bool cashfin_secret_read(zend_string *given, cf_http_config *config);
bool cashfin_call_options_read(HashTable *options, uint32_t arg_num, zend_string **idempotency_key);
/* Whether a key may go out as an Idempotency-Key (1 to 255 visible ASCII characters). */
bool cashfin_idempotency_key_valid(const char *key, size_t len);
/* A caller's array key, fit for an error message (bytes that are not visible ASCII shown as \xNN). */
const char *cashfin_describe_key(zend_string *key, zend_ulong index, char *buffer, size_t size);
bool cashfin_list_query_read(HashTable *query, cashfin_list_query *out);

typedef struct cashfin_bulk_options {
    zend_long concurrency;
    double requests_per_second; /* 0: the object's own pace */
    zval *on_progress;          /* NULL: none */
    zval *idempotency_key;      /* NULL: none; a string (a prefix) or a callable */
} cashfin_bulk_options;

bool cashfin_bulk_options_read(HashTable *options, uint32_t arg_num, cashfin_bulk_options *out);
void cashfin_options_debug_info(const cf_http_config *config, bool has_on_response, bool has_logger, HashTable *into);

/* pager.c */
void cashfin_pager_init_handlers(zend_class_entry *ce);
void cashfin_pager_start(zval *return_value, zend_object *customers, const cashfin_list_query *query);

/* errors.c: the one place where a core error becomes an exception (made, then thrown by the caller, or
 * returned by bulk calls). */
void cashfin_exception_create(const cf_error *error, const cf_http_response *response, zval *out);
void cashfin_invalid_id_create(zval *out);
/* Records on an exception the Idempotency-Key its failed request carried (getIdempotencyKey()). */
void cashfin_exception_set_idempotency_key(zval *exception, const char *idempotency_key);
zend_class_entry *cashfin_exception_class(cf_error_kind kind);
void cashfin_throw_invalid_id(void);

/* marshal.c: the one place where zvals meet JSON. */
typedef struct cashfin_fields {
    cf_field *items;
    size_t count;
    char (*number_keys)[MAX_LENGTH_OF_LONG + 1];
} cashfin_fields;

void cashfin_fields_from_array(HashTable *array, cashfin_fields *fields);
void cashfin_fields_free(cashfin_fields *fields);
/* A reader for cf_call_run that decodes a success answer's data into `data` (left IS_UNDEF otherwise). */
void cashfin_success_reader(zval *data, cf_success_reader *reader);
void cashfin_field_errors_to_array(const cf_field_errors *errors, zval *out);

/* decode.c: JSON into zvals exactly as json_decode($json, true) gives them (false, and `out` left
 * IS_UNDEF, where json_decode gives an error). The bytes must be followed by a NUL byte, as a
 * zend_string's and an answer body's are: PHP's parser, which reads what the fast decoder refuses,
 * stops at it. cashfin_decode_fast is the fast decoder alone (its refusals not read again). */
void cashfin_decode_startup(void);
bool cashfin_decode(const char *json, size_t len, zval *out);
bool cashfin_decode_fast(const char *json, size_t len, zval *out);

#endif
