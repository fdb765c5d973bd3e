/* Cashfin\Customers: each method parses its arguments, checks them, calls the core and returns
 * zvals or throws. No HTTP or JSON details live here. */
#include "cashfin_private.h"

#include "core/pool.h"
#include "core/random.h"
#include "core/text.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

static zend_object_handlers customers_handlers;

static zend_object *customers_create_object(zend_class_entry *ce)
{
    cashfin_customers *customers = zend_object_alloc(sizeof(cashfin_customers), ce);

    zend_object_std_init(&customers->std, ce);
    object_properties_init(&customers->std, ce);
    customers->std.handlers = &customers_handlers;
    ZVAL_UNDEF(&customers->on_response);
    ZVAL_UNDEF(&customers->logger);
    return &customers->std;
}

static cf_pool *worker_pool(void)
{
    if (!CASHFIN_G(pool)) {
        CASHFIN_G(pool) = cf_pool_new();
    }
    return CASHFIN_G(pool);
}

/* Connections to the same host with the same TLS and proxy settings are interchangeable. */
static char *pool_key_of(const cf_http_config *config)
{
    char *key;
    size_t len = strlen(config->base_url) + (config->ca_info ? strlen(config->ca_info) : 0) +
                 (config->proxy ? strlen(config->proxy) : 0) + 3;

    key = malloc(len);
    if (key) {
        snprintf(key, len, "%s\n%s\n%s", config->base_url, config->ca_info ? config->ca_info : "",
                 config->proxy ? config->proxy : "");
    }
    return key;
}

cf_pool *cashfin_customers_pool(const cashfin_customers *customers)
{
    return customers->own_pool ? customers->own_pool : CASHFIN_G(pool);
}

static void release_handle(cashfin_customers *customers)
{
    cf_pool *pool = cashfin_customers_pool(customers);

    /* A handle whose call never finished may be mid-answer: it is closed, never lent to another client. */
    if (customers->http && pool && !customers->busy) {
        cf_pool_give(pool, customers->pool_key, customers->http);
    } else {
        cf_http_release(customers->http);
    }
    customers->http = NULL;
    free(customers->pool_key);
    customers->pool_key = NULL;
    /* A client's own pool closes its connections with it. */
    cf_pool_free(customers->own_pool);
    customers->own_pool = NULL;
}

/* The handle for single calls comes from the pool that the client's batches draw from too: the worker's,
 * or with persistent => false one of the client's own, so that its connections end with the client (at
 * the latest with the PHP request). */
static bool acquire_handle(cashfin_customers *customers)
{
    cf_pool *pool = customers->config.persistent ? worker_pool() : (customers->own_pool = cf_pool_new());

    customers->pool_key = pool ? pool_key_of(&customers->config) : NULL;
    customers->http = customers->pool_key ? cf_pool_take(pool, customers->pool_key) : NULL;
    if (!customers->http) {
        release_handle(customers);
        return false;
    }
    return true;
}

static void customers_free_object(zend_object *object)
{
    cashfin_customers *customers = cashfin_customers_from(object);

    release_handle(customers);
    zval_ptr_dtor(&customers->on_response);
    zval_ptr_dtor(&customers->logger);
    cf_limiter_free(&customers->limiter);
    cf_http_config_free(&customers->config);
    cf_http_response_free(&customers->last_response);
    zend_object_std_dtor(object);
}

/* Shows the configuration a developer needs when debugging, and never the secret. The object has
 * no properties, so casts, var_export and json_encode see nothing at all. */
static HashTable *customers_debug_info(zend_object *object, int *is_temp)
{
    cashfin_customers *customers = cashfin_customers_from(object);
    HashTable *info = zend_new_array(12);

    *is_temp = 1;
    if (customers->http) {
        cashfin_options_debug_info(&customers->config, !Z_ISUNDEF(customers->on_response),
                                   !Z_ISUNDEF(customers->logger), info);
    }
    return info;
}

static HashTable *customers_get_gc(zend_object *object, zval **table, int *n)
{
    cashfin_customers *customers = cashfin_customers_from(object);
    zend_get_gc_buffer *held = zend_get_gc_buffer_create();

    /* The callback and the logger may hold the object itself (a closure over $this, a logger that keeps it). */
    zend_get_gc_buffer_add_zval(held, &customers->on_response);
    zend_get_gc_buffer_add_zval(held, &customers->logger);
    zend_get_gc_buffer_use(held, table, n);
    return NULL;
}

void cashfin_customers_init_handlers(zend_class_entry *ce)
{
    ce->create_object = customers_create_object;
    memcpy(&customers_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
    customers_handlers.offset = XtOffsetOf(cashfin_customers, std);
    customers_handlers.free_obj = customers_free_object;
    cashfin_forbid_clone(&customers_handlers);
    customers_handlers.get_debug_info = customers_debug_info;
    customers_handlers.get_gc = customers_get_gc;
}

cashfin_customers *cashfin_customers_enter(zend_object *object, cashfin_guard *saved)
{
    cashfin_customers *customers = cashfin_customers_from(object);

    if (!customers->http) {
        zend_throw_error(NULL, "Cashfin\\Customers was not constructed");
        return NULL;
    }
    if (customers->busy) {
        zend_throw_error(NULL, "Cashfin\\Customers cannot start a call from its own callback");
        return NULL;
    }
    saved->busy = customers->busy;
    saved->bailed_out = customers->bailed_out;
    saved->forked = customers->forked;
    saved->call_pid = customers->call_pid;
    customers->busy = true;
    customers->bailed_out = false;
    customers->forked = false;
    customers->call_pid = cf_current_pid();
    return customers;
}

void cashfin_customers_leave(cashfin_customers *customers, const cashfin_guard *saved)
{
    bool bailed_out = customers->bailed_out, forked = customers->forked;

    customers->busy = saved->busy;
    customers->bailed_out = saved->bailed_out;
    customers->forked = saved->forked;
    customers->call_pid = saved->call_pid;
    if (bailed_out) {
        zend_bailout();
    }
    if (forked && !EG(exception)) {
        zend_throw_error(NULL, "Cashfin\\Customers cannot go on with a call in a process forked from its callback; "
                               "the parent process goes on with it");
    }
}

bool cashfin_customers_cut_short(const cashfin_customers *customers)
{
    return customers->bailed_out || customers->forked;
}

bool cashfin_customers_run_user_code(cashfin_customers *customers, void (*step)(void *), void *argument)
{
    zend_execute_data *frame = EG(current_execute_data);
    volatile bool bailed_out = false;

    zend_try
    {
        step(argument);
    }
    zend_catch
    {
        bailed_out = true;
    }
    zend_end_try();
    if (bailed_out) {
        /* The user code's frames were left where the fatal error stopped them. */
        EG(current_execute_data) = frame;
        customers->bailed_out = true;
    } else if (cf_current_pid() != customers->call_pid) {
        customers->forked = true;
    }
    return !cashfin_customers_cut_short(customers) && !EG(exception);
}

static void destroy_value(void *value)
{
    zval_ptr_dtor((zval *)value);
}

bool cashfin_customers_release(cashfin_customers *customers, zval *value)
{
    zval taken;

    if (Z_ISUNDEF_P(value)) {
        return !cashfin_customers_cut_short(customers) && !EG(exception);
    }
    /* Taken out first: whatever the destructor does, the value is never released twice. */
    ZVAL_COPY_VALUE(&taken, value);
    ZVAL_UNDEF(value);
    return cashfin_customers_run_user_code(customers, destroy_value, &taken);
}

typedef struct invocation {
    zval *callable;
    uint32_t argc;
    zval *argv;
    zval *retval;
} invocation;

static void invoke(void *argument)
{
    invocation *call = argument;

    call_user_function(NULL, NULL, call->callable, call->retval, call->argc, call->argv);
}

bool cashfin_customers_callback_returning(cashfin_customers *customers, zval *callable, uint32_t argc, zval *argv,
                                          zval *retval)
{
    invocation call = {callable, argc, argv, retval};

    ZVAL_UNDEF(retval);
    if (cashfin_customers_cut_short(customers) || EG(exception)) {
        return false;
    }
    if (cashfin_customers_run_user_code(customers, invoke, &call)) {
        return true;
    }
    if (customers->bailed_out) {
        ZVAL_UNDEF(retval); /* whatever the callback left there was abandoned with its frames */
    }
    cashfin_customers_release(customers, retval);
    return false;
}

bool cashfin_customers_callback(cashfin_customers *customers, zval *callable, uint32_t argc, zval *argv)
{
    zval retval;

    /* What the callback returned is released under the same rules: its destructor is user code too. */
    return cashfin_customers_callback_returning(customers, callable, argc, argv, &retval) &&
           cashfin_customers_release(customers, &retval);
}

/* Keeps the headers and figures for lastResponse(); the body is no longer needed. */
void cashfin_customers_remember(cashfin_customers *customers, cf_http_response *response, const char *idempotency_key)
{
    cf_http_response_free(&customers->last_response);
    cf_http_recycle_body(customers->http, response);
    customers->last_response = *response;
    memset(response, 0, sizeof(*response));
    customers->has_response = true;
    snprintf(customers->last_idempotency_key, sizeof(customers->last_idempotency_key), "%s",
             idempotency_key ? idempotency_key : "");
}

/* A failed call's exception, thrown once the logger heard of it (unless the logger failed: then its own
 * exception is the one to see, with the call's as its previous). */
static void throw_failure(cashfin_customers *customers, const cf_http_request *request, const cf_call *call)
{
    zval exception;

    cashfin_exception_create(&call->error, &call->response, &exception);
    cashfin_exception_set_idempotency_key(&exception, request->idempotency_key);
    if (cashfin_customers_report_failure(customers, request, &call->response, &exception)) {
        zend_throw_exception_object(&exception);
    } else if (EG(exception) && instanceof_function(EG(exception)->ce, zend_ce_throwable)) {
        zend_exception_set_previous(EG(exception), Z_OBJ(exception)); /* takes the reference */
    } else {
        zval_ptr_dtor(&exception); /* exit(), a bailout or a fork: leave() goes on with it */
    }
}

/* Sends the request; on success fills `data` with the answer's data. False with an exception thrown
 * (the on_response callback's or the logger's own, if one threw). */
static bool perform(cashfin_customers *customers, cf_http_request *request, cf_shape shape, zval *data,
                    cf_page_info *page)
{
    cf_call call;
    cf_success_reader reader;
    bool ok;

    cashfin_customers_observe(customers, request);
    request->limiter = &customers->limiter;
    cashfin_success_reader(data, &reader);
    ok = cf_call_run(customers->http, &customers->config, request, shape, &reader, &call);
    if (cashfin_customers_cut_short(customers)) {
        /* Nothing more is made of this call; leave() resumes the bailout or reports the fork. */
        zval_ptr_dtor(data);
        ZVAL_NULL(data);
        cf_call_free(&call);
        return false;
    }
    if (EG(exception)) {
        ok = false; /* the on_response callback threw: its exception is the one to see */
    } else if (ok && Z_ISUNDEF_P(data)) {
        /* cJSON took it for a success that PHP's parser would not decode: never hand back half a value. */
        cf_error_set(&call.error, CF_ERROR_UNEXPECTED, "The answer could not be decoded");
        ok = false;
    }
    if (!ok) {
        zval_ptr_dtor(data);
        ZVAL_NULL(data);
        if (!EG(exception)) {
            throw_failure(customers, request, &call);
        }
    }
    if (ok && page) {
        *page = call.envelope.page;
    }
    cashfin_customers_remember(customers, &call.response, request->idempotency_key);
    cf_call_free(&call);
    return ok;
}

char *cashfin_customers_checked_body(HashTable *payload, cf_customer_operation operation, zval *invalid)
{
    cashfin_fields fields;
    cf_error error;
    char *body = NULL;

    cashfin_fields_from_array(payload, &fields);
    cf_error_init(&error);
    if (!cf_customer_check(operation, fields.items, fields.count, &error)) {
        cashfin_exception_create(&error, NULL, invalid);
    } else if (!(body = cf_customer_body(fields.items, fields.count))) {
        zend_throw_error(NULL, "Out of memory while encoding the request");
    }
    cf_error_free(&error);
    cashfin_fields_free(&fields);
    return body;
}

/* Checks a payload with the server's own rules; on success returns its JSON body, else throws. */
static char *checked_body(HashTable *payload, cf_customer_operation operation)
{
    zval invalid;
    char *body;

    ZVAL_UNDEF(&invalid);
    body = cashfin_customers_checked_body(payload, operation, &invalid);
    if (!Z_ISUNDEF(invalid)) {
        zend_throw_exception_object(&invalid);
    }
    return body;
}

/* Sends a checked body (and takes ownership of it); the answer's data becomes the return value. */
static void send_write(cashfin_customers *customers, cf_http_request *request, char *body, const char *idempotency_key,
                       zval *return_value)
{
    request->body = body;
    request->body_len = strlen(body);
    request->idempotency_key = idempotency_key;
    perform(customers, request, CF_SHAPE_OBJECT, return_value, NULL);
    free(body);
}

static cf_limiter_shared *worker_limiters(void)
{
    if (!CASHFIN_G(limiters)) {
        CASHFIN_G(limiters) = cf_limiter_shared_new();
    }
    return CASHFIN_G(limiters);
}

/* The client's rate limiter. A host budget that cannot be shared (another user's segment, no POSIX shared
 * memory) is never an error: the process paces alone, and says so once with a notice. */
static bool start_limiter(cashfin_customers *customers)
{
    const cf_http_config *config = &customers->config;
    cf_limiter_settings settings = {
        .store = (cf_limiter_store)config->rate_limit_store,
        .requests_per_second = config->requests_per_second,
        .rate_auto = config->rate_auto,
        .bulk_share = config->bulk_share,
        .redis = config->rate_limit_redis,
        .host_namespace = CASHFIN_G(host_budget_namespace),
        .base_url = config->base_url,
        .secret = config->secret,
    };
    const char *why_private;

    if (!cf_limiter_init(&customers->limiter, worker_limiters(), &settings)) {
        return false;
    }
    if ((why_private = cf_limiter_notice(&customers->limiter)) != NULL) {
        php_error_docref(NULL, E_NOTICE,
                         "The host's rate-limit budget cannot be shared (%s): this process paces its own requests",
                         why_private);
    }
    return true;
}

PHP_METHOD(Cashfin_Customers, __construct)
{
    zend_string *secret = NULL;
    HashTable *options = NULL;
    cashfin_customers *customers = cashfin_customers_from(Z_OBJ_P(ZEND_THIS));
    cf_http_config config = {0};
    zval on_response, logger;

    ZEND_PARSE_PARAMETERS_START(0, 2)
    Z_PARAM_OPTIONAL
    Z_PARAM_STR_OR_NULL(secret)
    Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();

    if (customers->http) {
        zend_throw_error(NULL, "Cashfin\\Customers is already constructed");
        RETURN_THROWS();
    }
    /* Everything is built aside and moved into the object only once all of it succeeded: a constructor
     * that fails (and is called again) leaves nothing behind, the secret least of all. */
    ZVAL_UNDEF(&on_response);
    ZVAL_UNDEF(&logger);
    if (!cashfin_secret_read(secret, &config) || !cashfin_options_read(options, &config, &on_response, &logger)) {
        cf_http_config_free(&config);
        zval_ptr_dtor(&on_response);
        zval_ptr_dtor(&logger);
        RETURN_THROWS();
    }
    customers->config = config;
    if (!start_limiter(customers) || !acquire_handle(customers)) {
        cf_limiter_free(&customers->limiter);
        cf_http_config_free(&customers->config);
        zval_ptr_dtor(&on_response);
        zval_ptr_dtor(&logger);
        zend_throw_error(NULL, "Could not create a libcurl handle");
        RETURN_THROWS();
    }
    ZVAL_COPY_VALUE(&customers->on_response, &on_response);
    ZVAL_COPY_VALUE(&customers->logger, &logger);
}

/* Each call runs between enter and leave (see cashfin_customers_enter); these do its work in between. */

static void create_call(cashfin_customers *customers, HashTable *payload, HashTable *options, zval *return_value)
{
    zend_string *given_key;
    char generated_key[CF_IDEMPOTENCY_KEY_SIZE], path[CF_ENDPOINT_PATH_SIZE];
    const cf_endpoint *endpoint = cf_endpoint_get(CF_ENDPOINT_CREATE);
    cf_http_request request = {0};
    char *body;

    if (!cashfin_call_options_read(options, 2, &given_key)) {
        return;
    }
    /* Every create carries a key, so a retry after a lost answer can never create a second customer. */
    if (!given_key && !endpoint->idempotent && !cf_idempotency_key(generated_key)) {
        zend_throw_error(NULL, "The system's random source failed");
        return;
    }
    if (!(body = checked_body(payload, CF_CUSTOMER_CREATE))) {
        return;
    }
    cf_endpoint_request(endpoint, NULL, 0, path, &request);
    send_write(customers, &request, body, given_key ? ZSTR_VAL(given_key) : generated_key, return_value);
}

PHP_METHOD(Cashfin_Customers, create)
{
    HashTable *payload, *options = NULL;
    cashfin_customers *customers;
    cashfin_guard guard;

    ZEND_PARSE_PARAMETERS_START(1, 2)
    Z_PARAM_ARRAY_HT(payload)
    Z_PARAM_OPTIONAL
    Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();

    if (!(customers = cashfin_customers_enter(Z_OBJ_P(ZEND_THIS), &guard))) {
        RETURN_THROWS();
    }
    create_call(customers, payload, options, return_value);
    cashfin_customers_leave(customers, &guard);
}

static void append_query(smart_str *path, const char *name, zend_long value, bool *first)
{
    if (value > 0) {
        smart_str_appendc(path, *first ? '?' : '&');
        smart_str_appends(path, name);
        smart_str_appendc(path, '=');
        smart_str_append_long(path, value);
        *first = false;
    }
}

bool cashfin_customers_fetch_page(cashfin_customers *customers, const cashfin_list_query *query, zval *data,
                                  cf_page_info *page)
{
    const cf_endpoint *endpoint = cf_endpoint_get(CF_ENDPOINT_LIST);
    smart_str path = {0};
    bool first = true, ok;
    cf_http_request request = {.method = endpoint->method};

    smart_str_appends(&path, endpoint->path);
    append_query(&path, "page", query->page, &first);
    append_query(&path, "limit", query->limit, &first);
    if (query->search) {
        char *encoded = cf_url_encode(ZSTR_VAL(query->search), ZSTR_LEN(query->search));

        smart_str_appends(&path, first ? "?search=" : "&search=");
        smart_str_appends(&path, encoded ? encoded : "");
        free(encoded);
    }
    smart_str_0(&path);
    request.path = ZSTR_VAL(path.s);
    ok = perform(customers, &request, endpoint->shape, data, page);
    smart_str_free(&path);
    return ok;
}

/* Figures beyond a 32-bit PHP's integers read as its largest. */
static zend_long page_figure(int64_t figure)
{
    return figure > ZEND_LONG_MAX ? ZEND_LONG_MAX : (zend_long)figure;
}

static void page_info_to_array(const cf_page_info *page, zval *out)
{
    array_init_size(out, 4);
    add_assoc_long(out, "total", page_figure(page->total));
    add_assoc_long(out, "page", page_figure(page->page));
    add_assoc_long(out, "limit", page_figure(page->limit));
    add_assoc_long(out, "pages", page_figure(page->pages));
}

static void list_call(cashfin_customers *customers, HashTable *query_table, zval *return_value)
{
    cashfin_list_query query;
    cf_page_info page;
    zval data, pagination;

    if (!cashfin_list_query_read(query_table, &query) ||
        !cashfin_customers_fetch_page(customers, &query, &data, &page)) {
        return;
    }
    page_info_to_array(&page, &pagination);
    array_init_size(return_value, 2);
    add_assoc_zval(return_value, "data", &data);
    add_assoc_zval(return_value, "pagination", &pagination);
}

PHP_METHOD(Cashfin_Customers, list)
{
    HashTable *query_table = NULL;
    cashfin_customers *customers;
    cashfin_guard guard;

    ZEND_PARSE_PARAMETERS_START(0, 1)
    Z_PARAM_OPTIONAL
    Z_PARAM_ARRAY_HT(query_table)
    ZEND_PARSE_PARAMETERS_END();

    if (!(customers = cashfin_customers_enter(Z_OBJ_P(ZEND_THIS), &guard))) {
        RETURN_THROWS();
    }
    list_call(customers, query_table, return_value);
    cashfin_customers_leave(customers, &guard);
}

/* Points the request at the endpoint for that id; false with InvalidIdException thrown. */
static bool id_request(cf_endpoint_id id_endpoint, zend_string *id, char *path, cf_http_request *request)
{
    if (!cf_endpoint_request(cf_endpoint_get(id_endpoint), ZSTR_VAL(id), ZSTR_LEN(id), path, request)) {
        cashfin_throw_invalid_id();
        return false;
    }
    return true;
}

PHP_METHOD(Cashfin_Customers, details)
{
    zend_string *id;
    cashfin_customers *customers;
    cashfin_guard guard;
    char path[CF_ENDPOINT_PATH_SIZE];
    cf_http_request request = {0};

    ZEND_PARSE_PARAMETERS_START(1, 1)
    Z_PARAM_STR(id)
    ZEND_PARSE_PARAMETERS_END();

    if (!(customers = cashfin_customers_enter(Z_OBJ_P(ZEND_THIS), &guard))) {
        RETURN_THROWS();
    }
    if (id_request(CF_ENDPOINT_DETAILS, id, path, &request)) {
        perform(customers, &request, cf_endpoint_get(CF_ENDPOINT_DETAILS)->shape, return_value, NULL);
    }
    cashfin_customers_leave(customers, &guard);
}

static void update_call(cashfin_customers *customers, zend_string *id, HashTable *changes, HashTable *options,
                        zval *return_value)
{
    zend_string *given_key;
    char path[CF_ENDPOINT_PATH_SIZE];
    cf_http_request request = {0};
    char *body;

    if (!cashfin_call_options_read(options, 3, &given_key) || !id_request(CF_ENDPOINT_UPDATE, id, path, &request) ||
        !(body = checked_body(changes, CF_CUSTOMER_UPDATE))) {
        return;
    }
    /* An update sets fields to given values, so repeating it is harmless: a key is sent only when given. */
    send_write(customers, &request, body, given_key ? ZSTR_VAL(given_key) : NULL, return_value);
}

PHP_METHOD(Cashfin_Customers, update)
{
    zend_string *id;
    HashTable *changes, *options = NULL;
    cashfin_customers *customers;
    cashfin_guard guard;

    ZEND_PARSE_PARAMETERS_START(2, 3)
    Z_PARAM_STR(id)
    Z_PARAM_ARRAY_HT(changes)
    Z_PARAM_OPTIONAL
    Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();

    if (!(customers = cashfin_customers_enter(Z_OBJ_P(ZEND_THIS), &guard))) {
        RETURN_THROWS();
    }
    update_call(customers, id, changes, options, return_value);
    cashfin_customers_leave(customers, &guard);
}

PHP_METHOD(Cashfin_Customers, all)
{
    HashTable *query_table = NULL;
    cashfin_list_query query;
    cashfin_customers *customers;
    cashfin_guard guard;

    ZEND_PARSE_PARAMETERS_START(0, 1)
    Z_PARAM_OPTIONAL
    Z_PARAM_ARRAY_HT(query_table)
    ZEND_PARSE_PARAMETERS_END();

    /* No request yet (the pager enters again for each page), but a callback may not start one this way. */
    if (!(customers = cashfin_customers_enter(Z_OBJ_P(ZEND_THIS), &guard))) {
        RETURN_THROWS();
    }
    if (cashfin_list_query_read(query_table, &query)) {
        cashfin_pager_start(return_value, Z_OBJ_P(ZEND_THIS), &query);
    }
    cashfin_customers_leave(customers, &guard);
}

static void add_optional_long(zval *array, const char *name, long value)
{
    if (value >= 0) {
        add_assoc_long(array, name, value);
    } else {
        add_assoc_null(array, name);
    }
}

PHP_METHOD(Cashfin_Customers, lastResponse)
{
    cashfin_customers *customers;
    cf_http_response *response;
    cf_rate_limit limits;
    const char *request_id;
    zval headers, rate_limit;

    ZEND_PARSE_PARAMETERS_NONE();

    /* Reading what came back starts no call: allowed from the callbacks too, without the guard. */
    customers = cashfin_customers_from(Z_OBJ_P(ZEND_THIS));
    if (!customers->http) {
        zend_throw_error(NULL, "Cashfin\\Customers was not constructed");
        RETURN_THROWS();
    }
    if (!customers->has_response) {
        RETURN_NULL();
    }
    response = &customers->last_response;
    cf_headers_parse(&response->headers);
    array_init_size(&headers, (uint32_t)response->headers.count);
    for (size_t i = 0; i < response->headers.count; i++) {
        add_assoc_string(&headers, response->headers.items[i].name, response->headers.items[i].value);
    }
    limits = cf_rate_limit_from(&response->headers);
    array_init_size(&rate_limit, 3);
    add_optional_long(&rate_limit, "limit", limits.limit);
    add_optional_long(&rate_limit, "remaining", limits.remaining);
    add_optional_long(&rate_limit, "reset", limits.reset);
    request_id = cf_headers_get(&response->headers, "x-request-id");

    array_init_size(return_value, 8);
    if (response->status > 0) {
        add_assoc_long(return_value, "status", response->status);
    } else {
        add_assoc_null(return_value, "status");
    }
    add_assoc_zval(return_value, "headers", &headers);
    if (request_id) {
        add_assoc_string(return_value, "request_id", request_id);
    } else {
        add_assoc_null(return_value, "request_id");
    }
    add_assoc_zval(return_value, "rate_limit", &rate_limit);
    add_assoc_long(return_value, "attempts", response->attempts);
    add_assoc_double(return_value, "duration_ms", response->duration_ms);
    add_assoc_bool(return_value, "connection_reused", response->connection_reused);
    if (customers->last_idempotency_key[0]) {
        add_assoc_string(return_value, "idempotency_key", customers->last_idempotency_key);
    } else {
        add_assoc_null(return_value, "idempotency_key");
    }
}
