/* Cashfin\Customers::createMany(), updateMany() and detailsMany(): many calls at once for syncs.
 * Each input entry becomes what its single call would return, or the Cashfin\Exception it would
 * throw, under the input's own key and in the input's order. Entries that fail the local checks
 * never become requests; the rest run concurrently in the core's batch (core/batch.c).
 *
 * The input is read once, whole, before any user code runs: keys copied, bodies encoded, ids copied
 * into paths, local failures made. Callbacks (the idempotency_key callable, on_progress, on_response,
 * the logger) come after, and nothing reads the caller's array again, so a callback that changes entries
 * passed by reference changes nothing.
 *
 * With the idempotency_key option each write that is sent carries a key derived from its entry: the
 * prefix followed by the entry's key (an integer key in decimal), or what the callable returns for the
 * entry's key and data. Every key is made, and checked like the single call's, before anything is sent: a
 * key that is not 1 to 255 visible ASCII characters is the caller's configuration gone wrong, so the whole
 * call is a ValueError and no entry is sent. */
#include "cashfin_private.h"

#include "core/batch.h"
#include "core/random.h"
#include "zend_exceptions.h"

typedef struct bulk_entry {
    zval key;
    zval result; /* IS_UNDEF until settled; a local failure is settled when the input is read */
    zval data;   /* for the idempotency_key callable: the entry as read, dereferenced; IS_UNDEF otherwise */
    char *body;  /* JSON body, malloc'd, or NULL */
    char path[CF_ENDPOINT_PATH_SIZE];
    char generated_key[CF_IDEMPOTENCY_KEY_SIZE];
    zend_string *derived_key; /* from the idempotency_key option, or NULL */
} bulk_entry;

typedef struct bulk {
    cashfin_customers *customers;
    const cf_endpoint *endpoint;
    bulk_entry *entries;
    size_t count; /* entries filled so far */
    size_t total; /* entries in the input */
    cf_batch_item *items;
    size_t *entry_of_item;
    size_t item_count;
    /* The callable options, copied when read: a caller's reference that changes during the call changes
     * nothing. IS_UNDEF: not given. */
    zval key_source; /* the idempotency_key option */
    zval on_progress;
    size_t done;
    size_t last_item; /* the item whose answer lastResponse() will describe */
    bool any_finished;
} bulk;

static bool progress(bulk *b)
{
    zval args[2];

    b->done++;
    if (Z_ISUNDEF(b->on_progress)) {
        return !EG(exception) && !cashfin_customers_cut_short(b->customers);
    }
    ZVAL_LONG(&args[0], (zend_long)b->done);
    ZVAL_LONG(&args[1], (zend_long)b->total);
    return cashfin_customers_callback(b->customers, &b->on_progress, 2, args);
}

/* Wrong PHP types are the caller's mistake, not an entry's fate: they stop the call before anything. */
static bool check_type(bulk *b, zend_ulong index, zend_string *key, zval *value)
{
    bool ids = !b->endpoint->has_body;
    zend_string *shown;

    if (ids ? Z_TYPE_P(value) == IS_STRING : Z_TYPE_P(value) == IS_ARRAY) {
        return true;
    }
    shown = key ? zend_string_copy(key) : zend_long_to_str((zend_long)index);
    zend_argument_type_error(1, "must contain only %s, %s given for key \"%s\"", ids ? "id strings" : "arrays",
                             zend_zval_type_name(value), ZSTR_VAL(shown));
    zend_string_release(shown);
    return false;
}

/* The entry's path for an id; an id that is not an ObjectID settles the entry at once. */
static bool id_path(bulk *b, bulk_entry *entry, const char *id, size_t id_len, cf_http_request *request)
{
    if (!cf_endpoint_request(b->endpoint, id, id_len, entry->path, request)) {
        cashfin_invalid_id_create(&entry->result);
        return false;
    }
    return true;
}

static int dereference(zval *value)
{
    if (Z_ISREF_P(value)) {
        zend_unwrap_reference(value);
    }
    return ZEND_HASH_APPLY_KEEP;
}

/* Reads one entry into its request (or its local failure). False with an exception thrown. */
static bool read_entry(bulk *b, bulk_entry *entry, zval *value, cf_http_request *request)
{
    if (!b->endpoint->has_body) {
        id_path(b, entry, Z_STRVAL_P(value), Z_STRLEN_P(value), request);
        return true;
    }
    if (b->endpoint->takes_id) {
        /* updateMany: the id is the key. */
        if (Z_TYPE(entry->key) != IS_STRING ||
            !id_path(b, entry, Z_STRVAL(entry->key), Z_STRLEN(entry->key), request)) {
            if (Z_ISUNDEF(entry->result)) {
                cashfin_invalid_id_create(&entry->result);
            }
            return true;
        }
    } else {
        cf_endpoint_request(b->endpoint, NULL, 0, entry->path, request);
    }
    entry->body = cashfin_customers_checked_body(
        Z_ARRVAL_P(value), b->endpoint->takes_id ? CF_CUSTOMER_UPDATE : CF_CUSTOMER_CREATE, &entry->result);
    if (!entry->body) {
        return !EG(exception);
    }
    request->body = entry->body;
    request->body_len = strlen(entry->body);
    if (!Z_ISUNDEF(b->key_source) && Z_TYPE(b->key_source) != IS_STRING) {
        ZVAL_ARR(&entry->data, zend_array_dup(Z_ARRVAL_P(value)));
        /* References inside stay shared with the caller; the copy keeps their values as read. */
        zend_hash_apply(Z_ARRVAL(entry->data), dereference);
    }
    /* Each create its own key, kept by all its attempts; one derived from the entry replaces it later. */
    if (!b->endpoint->idempotent && Z_ISUNDEF(b->key_source)) {
        if (!cf_idempotency_key(entry->generated_key)) {
            zend_throw_error(NULL, "The system's random source failed");
            return false;
        }
        request->idempotency_key = entry->generated_key;
    }
    return true;
}

/* The one pass over the caller's array; no user code runs during it. False with an exception thrown. */
static bool read_input(bulk *b, HashTable *input)
{
    zend_ulong index;
    zend_string *key;
    zval *value;

    ZEND_HASH_FOREACH_KEY_VAL(input, index, key, value)
    {
        bulk_entry *entry = &b->entries[b->count];
        cf_batch_item *item = &b->items[b->item_count];

        ZVAL_DEREF(value);
        if (!check_type(b, index, key, value)) {
            return false;
        }
        memset(entry, 0, sizeof(*entry));
        if (key) {
            ZVAL_STR_COPY(&entry->key, key);
        } else {
            ZVAL_LONG(&entry->key, (zend_long)index);
        }
        ZVAL_UNDEF(&entry->result);
        ZVAL_UNDEF(&entry->data);
        b->count++;
        memset(item, 0, sizeof(*item));
        if (!read_entry(b, entry, value, &item->request)) {
            return false;
        }
        if (Z_ISUNDEF(entry->result)) {
            cashfin_customers_observe(b->customers, &item->request);
            b->entry_of_item[b->item_count++] = b->count - 1;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

/* An entry's key, fit for an error message. */
static const char *entry_name(const bulk_entry *entry, char *buffer, size_t size)
{
    return Z_TYPE(entry->key) == IS_STRING ? cashfin_describe_key(Z_STR(entry->key), 0, buffer, size)
                                           : cashfin_describe_key(NULL, (zend_ulong)Z_LVAL(entry->key), buffer, size);
}

/* The key the option gives one entry: the prefix and the entry's key, or what the callable returns. NULL with
 * an exception thrown, or when a callback cut the call short. */
static zend_string *derive_key(bulk *b, bulk_entry *entry)
{
    zval args[2], returned;
    char shown[128];

    if (Z_TYPE(b->key_source) == IS_STRING) {
        return Z_TYPE(entry->key) == IS_STRING
                   ? zend_string_concat2(Z_STRVAL(b->key_source), Z_STRLEN(b->key_source), Z_STRVAL(entry->key),
                                         Z_STRLEN(entry->key))
                   : zend_strpprintf(0, "%s" ZEND_LONG_FMT, Z_STRVAL(b->key_source), Z_LVAL(entry->key));
    }
    ZVAL_COPY_VALUE(&args[0], &entry->key);
    ZVAL_COPY_VALUE(&args[1], &entry->data);
    if (!cashfin_customers_callback_returning(b->customers, &b->key_source, 2, args, &returned)) {
        return NULL;
    }
    if (Z_TYPE(returned) != IS_STRING) {
        zend_argument_type_error(2, "option \"idempotency_key\" must return a string, %s returned for entry \"%s\"",
                                 zend_zval_type_name(&returned), entry_name(entry, shown, sizeof(shown)));
        cashfin_customers_release(b->customers, &returned);
        return NULL;
    }
    return Z_STR(returned);
}

/* The idempotency_key option: every key made and checked before anything is sent. False with an exception
 * thrown (or a callback cut the call short). */
static bool derive_keys(bulk *b)
{
    char shown[128];

    for (size_t i = 0; !Z_ISUNDEF(b->key_source) && i < b->item_count; i++) {
        bulk_entry *entry = &b->entries[b->entry_of_item[i]];

        entry->derived_key = derive_key(b, entry);
        if (!entry->derived_key) {
            return false;
        }
        if (!cashfin_idempotency_key_valid(ZSTR_VAL(entry->derived_key), ZSTR_LEN(entry->derived_key))) {
            zend_argument_value_error(
                2,
                "option \"idempotency_key\" gives entry \"%s\" an invalid key: keys are 1 to 255 visible ASCII "
                "characters",
                entry_name(entry, shown, sizeof(shown)));
            return false;
        }
        b->items[i].request.idempotency_key = ZSTR_VAL(entry->derived_key);
    }
    return true;
}

/* on_progress for the entries that failed locally, now that the whole input is read. */
static bool settle_local_failures(bulk *b)
{
    for (size_t i = 0; i < b->count; i++) {
        if (!Z_ISUNDEF(b->entries[i].result) && !progress(b)) {
            return false;
        }
    }
    return true;
}

static void prepare_reader(void *context, size_t index, cf_success_reader *reader)
{
    bulk *b = context;

    cashfin_success_reader(&b->entries[b->entry_of_item[index]].result, reader);
}

static bool item_done(void *context, size_t index)
{
    bulk *b = context;
    cf_batch_item *item = &b->items[index];
    bulk_entry *entry = &b->entries[b->entry_of_item[index]];

    if (cashfin_customers_cut_short(b->customers)) {
        return false;
    }
    b->last_item = index;
    b->any_finished = true;
    if (item->call.error.kind != CF_OK || Z_ISUNDEF(entry->result)) {
        zval_ptr_dtor(&entry->result);
        if (item->call.error.kind == CF_OK) {
            cf_error_set(&item->call.error, CF_ERROR_UNEXPECTED, "The answer could not be decoded");
        }
        cashfin_exception_create(&item->call.error, &item->call.response, &entry->result);
        cashfin_exception_set_idempotency_key(&entry->result, item->request.idempotency_key);
        if (!cashfin_customers_report_failure(b->customers, &item->request, &item->call.response, &entry->result)) {
            return false;
        }
    }
    /* What the entry needed of its answer is in its result now: the body, up to max_response_bytes, goes. */
    cf_http_recycle_body(NULL, &item->call.response);
    return progress(b);
}

static bool item_paused(void *context, size_t index, long pause_ms)
{
    bulk *b = context;
    cf_batch_item *item = &b->items[index];

    return cashfin_customers_report_pause(b->customers, &item->request, &item->call.response, pause_ms);
}

/* C memory first; then the zvals, whose release may run user code (an object's destructor in an entry or
 * a callable's closure, when the call holds its last reference), under the call's rules. */
static void release(bulk *b)
{
    for (size_t i = 0; i < b->count; i++) {
        if (b->entries[i].derived_key) {
            zend_string_release(b->entries[i].derived_key);
        }
        free(b->entries[i].body);
    }
    for (size_t i = 0; i < b->item_count; i++) {
        cf_call_free(&b->items[i].call);
    }
    for (size_t i = 0; i < b->count; i++) {
        cashfin_customers_release(b->customers, &b->entries[i].key);
        cashfin_customers_release(b->customers, &b->entries[i].result);
        cashfin_customers_release(b->customers, &b->entries[i].data);
    }
    cashfin_customers_release(b->customers, &b->key_source);
    cashfin_customers_release(b->customers, &b->on_progress);
    efree(b->entries);
    efree(b->items);
    efree(b->entry_of_item);
}

static bool run_items(bulk *b, const cashfin_bulk_options *options)
{
    cashfin_customers *customers = b->customers;
    cf_throttle own_pace;
    cf_batch batch = {0};
    cf_batch_end end;

    if (b->item_count == 0) {
        return true;
    }
    /* A rate given to this call paces it alone (process store) or caps it within the shared budget. */
    if (options->requests_per_second > 0 && !cf_throttle_init(&own_pace, options->requests_per_second)) {
        zend_throw_error(NULL, "Out of memory");
        return false;
    }
    batch.config = &customers->config;
    batch.pool = cashfin_customers_pool(customers);
    batch.pool_key = customers->pool_key;
    batch.shape = b->endpoint->shape;
    batch.concurrency = (size_t)options->concurrency;
    batch.limiter = &customers->limiter;
    batch.call_pace = options->requests_per_second > 0 ? &own_pace : NULL;
    batch.prepare_reader = prepare_reader;
    batch.on_done = item_done;
    batch.on_pause = item_paused;
    batch.context = b;
    end = cf_batch_run(&batch, b->items, b->item_count);
    if (options->requests_per_second > 0) {
        cf_throttle_free(&own_pace);
    }
    if (end == CF_BATCH_DONE || end == CF_BATCH_STOPPED) {
        if (b->any_finished && !cashfin_customers_cut_short(customers)) {
            cf_batch_item *last = &b->items[b->last_item];

            cashfin_customers_remember(customers, &last->call.response, last->request.idempotency_key);
        }
    }
    if (end == CF_BATCH_NO_MEMORY) {
        zend_throw_error(NULL, "Could not set up concurrent requests");
    }
    return end == CF_BATCH_DONE && !EG(exception);
}

static void return_results(bulk *b, zval *return_value)
{
    array_init_size(return_value, (uint32_t)b->count);
    for (size_t i = 0; i < b->count; i++) {
        bulk_entry *entry = &b->entries[i];

        if (Z_TYPE(entry->key) == IS_STRING) {
            zend_hash_update(Z_ARRVAL_P(return_value), Z_STR(entry->key), &entry->result);
        } else {
            zend_hash_index_update(Z_ARRVAL_P(return_value), (zend_ulong)Z_LVAL(entry->key), &entry->result);
        }
        ZVAL_UNDEF(&entry->result); /* moved into the answer */
    }
}

static void bulk_call(cashfin_customers *customers, HashTable *input, HashTable *options_table, cf_endpoint_id id,
                      zval *return_value)
{
    cashfin_bulk_options options;
    bulk b = {0};
    size_t count = zend_hash_num_elements(input);

    if (!cashfin_bulk_options_read(options_table, 2, &options)) {
        return;
    }
    b.customers = customers;
    b.endpoint = cf_endpoint_get(id);
    if (options.idempotency_key && !b.endpoint->has_body) {
        zend_argument_value_error(2,
                                  "option \"idempotency_key\" is for createMany() and updateMany(); reads need no key");
        return;
    }
    b.total = count;
    if (options.idempotency_key) {
        ZVAL_COPY_DEREF(&b.key_source, options.idempotency_key);
    }
    if (options.on_progress) {
        ZVAL_COPY_DEREF(&b.on_progress, options.on_progress);
    }
    b.entries = safe_emalloc(count ? count : 1, sizeof(bulk_entry), 0);
    b.items = safe_emalloc(count ? count : 1, sizeof(cf_batch_item), 0);
    b.entry_of_item = safe_emalloc(count ? count : 1, sizeof(size_t), 0);
    if (read_input(&b, input) && derive_keys(&b) && settle_local_failures(&b) && run_items(&b, &options)) {
        return_results(&b, return_value);
    }
    release(&b);
}

/* Each bulk call runs inside the client's guard: its callbacks may not start calls on this client. */
static void guarded_bulk_call(INTERNAL_FUNCTION_PARAMETERS, cf_endpoint_id id)
{
    HashTable *input, *options_table = NULL;
    cashfin_customers *customers;
    cashfin_guard guard;

    ZEND_PARSE_PARAMETERS_START(1, 2)
    Z_PARAM_ARRAY_HT(input)
    Z_PARAM_OPTIONAL
    Z_PARAM_ARRAY_HT(options_table)
    ZEND_PARSE_PARAMETERS_END();

    if (!(customers = cashfin_customers_enter(Z_OBJ_P(ZEND_THIS), &guard))) {
        RETURN_THROWS();
    }
    bulk_call(customers, input, options_table, id, return_value);
    cashfin_customers_leave(customers, &guard);
}

PHP_METHOD(Cashfin_Customers, createMany)
{
    guarded_bulk_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CF_ENDPOINT_CREATE);
}

PHP_METHOD(Cashfin_Customers, updateMany)
{
    guarded_bulk_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CF_ENDPOINT_UPDATE);
}

PHP_METHOD(Cashfin_Customers, detailsMany)
{
    guarded_bulk_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, CF_ENDPOINT_DETAILS);
}
