/* Cashfin\Customers::createMany(), updateMany() and detailsMany(): many calls at once for syncs.
 * Each input entry becomes what its single call would return, or the Cashfin\Exception it would
 * throw, under the input's own key and in the input's order. Entries that fail the local checks
 * never become requests; the rest run concurrently in the core's batch (core/batch.c). */
#include "cashfin_private.h"

#include "core/batch.h"
#include "core/random.h"
#include "zend_exceptions.h"

typedef struct bulk_entry {
    zval key;
    zval result; /* IS_UNDEF until settled */
    char *body;  /* JSON body, malloc'd, or NULL */
    char path[64];
    char idempotency_key[CF_IDEMPOTENCY_KEY_SIZE];
} bulk_entry;

typedef struct bulk {
    cashfin_customers *customers;
    bulk_entry *entries;
    size_t count; /* entries filled so far */
    size_t total; /* entries in the input */
    cf_batch_item *items;
    size_t *entry_of_item;
    size_t item_count;
    zval *on_progress;
    size_t done;
    size_t last_item; /* the item whose answer lastResponse() will describe */
    bool any_finished;
} bulk;

typedef enum bulk_kind {
    BULK_CREATE,
    BULK_UPDATE,
    BULK_DETAILS,
} bulk_kind;

/* Wrong PHP types are the caller's mistake, not an entry's fate: they stop the call before anything. */
static bool check_types(HashTable *input, bulk_kind kind)
{
    zend_ulong index;
    zend_string *key;
    zval *value;

    ZEND_HASH_FOREACH_KEY_VAL(input, index, key, value)
    {
        bool fits;

        ZVAL_DEREF(value);
        fits = kind == BULK_DETAILS ? Z_TYPE_P(value) == IS_STRING : Z_TYPE_P(value) == IS_ARRAY;
        if (!fits) {
            zend_string *shown = key ? zend_string_copy(key) : zend_long_to_str((zend_long)index);

            zend_argument_type_error(1, "must contain only %s, %s given for key \"%s\"",
                                     kind == BULK_DETAILS ? "id strings" : "arrays", zend_zval_type_name(value),
                                     ZSTR_VAL(shown));
            zend_string_release(shown);
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
    return true;
}

static bool progress(bulk *b)
{
    zval args[2], retval;

    b->done++;
    if (!b->on_progress || EG(exception)) {
        return !EG(exception);
    }
    ZVAL_LONG(&args[0], (zend_long)b->done);
    ZVAL_LONG(&args[1], (zend_long)b->total);
    call_user_function(NULL, NULL, b->on_progress, &retval, 2, args);
    zval_ptr_dtor(&retval);
    return !EG(exception);
}

/* An id that is not an ObjectID settles its entry at once. */
static bool id_for_path(bulk_entry *entry, const char *action, zval *id)
{
    if (Z_TYPE_P(id) != IS_STRING || !cf_customer_id_valid(Z_STRVAL_P(id), Z_STRLEN_P(id))) {
        cashfin_invalid_id_create(&entry->result);
        return false;
    }
    snprintf(entry->path, sizeof(entry->path), "/business/customer/%s/%s", action, Z_STRVAL_P(id));
    return true;
}

/* Fills one entry from its input; true when it needs a request. */
static bool prepare_entry(bulk_entry *entry, bulk_kind kind, zval *value)
{
    if (kind == BULK_DETAILS) {
        return id_for_path(entry, "details", value);
    }
    if (kind == BULK_UPDATE && !id_for_path(entry, "update", &entry->key)) {
        return false;
    }
    entry->body = cashfin_customers_checked_body(
        Z_ARRVAL_P(value), kind == BULK_CREATE ? CF_CUSTOMER_CREATE : CF_CUSTOMER_UPDATE, &entry->result);
    if (!entry->body) {
        return false;
    }
    if (kind == BULK_CREATE) {
        /* Each create its own key, kept by all its attempts. */
        snprintf(entry->path, sizeof(entry->path), "/business/customer/create");
        if (!cf_idempotency_key(entry->idempotency_key)) {
            zend_throw_error(NULL, "The system's random source failed");
            return false;
        }
    }
    return true;
}

static void add_item(bulk *b, size_t entry_index, bulk_kind kind)
{
    bulk_entry *entry = &b->entries[entry_index];
    cf_batch_item *item = &b->items[b->item_count];

    memset(item, 0, sizeof(*item));
    item->request.method = kind == BULK_CREATE ? "POST" : kind == BULK_UPDATE ? "PATCH" : "GET";
    item->request.path = entry->path;
    item->request.body = entry->body;
    item->request.body_len = entry->body ? strlen(entry->body) : 0;
    item->request.idempotency_key = kind == BULK_CREATE ? entry->idempotency_key : NULL;
    cashfin_customers_observe(b->customers, &item->request);
    b->entry_of_item[b->item_count++] = entry_index;
}

/* Reads the input into entries and items; false with an exception thrown. */
static bool prepare(bulk *b, HashTable *input, bulk_kind kind)
{
    zend_ulong index;
    zend_string *key;
    zval *value;
    size_t i = 0;

    ZEND_HASH_FOREACH_KEY_VAL(input, index, key, value)
    {
        bulk_entry *entry = &b->entries[i];

        ZVAL_DEREF(value);
        if (key) {
            ZVAL_STR_COPY(&entry->key, key);
        } else {
            ZVAL_LONG(&entry->key, (zend_long)index);
        }
        ZVAL_UNDEF(&entry->result);
        b->count = ++i;
        if (prepare_entry(entry, kind, value)) {
            add_item(b, i - 1, kind);
        } else if (EG(exception) || !progress(b)) {
            return false;
        }
    }
    ZEND_HASH_FOREACH_END();
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

    if (item->call.error.kind != CF_OK || Z_ISUNDEF(entry->result)) {
        zval_ptr_dtor(&entry->result);
        if (item->call.error.kind == CF_OK) {
            cf_error_set(&item->call.error, CF_ERROR_UNEXPECTED, "The answer could not be decoded");
        }
        cashfin_exception_create(&item->call.error, &item->call.response, &entry->result);
    }
    b->last_item = index;
    b->any_finished = true;
    return progress(b);
}

static void release(bulk *b)
{
    for (size_t i = 0; i < b->count; i++) {
        zval_ptr_dtor(&b->entries[i].key);
        zval_ptr_dtor(&b->entries[i].result);
        free(b->entries[i].body);
    }
    for (size_t i = 0; i < b->item_count; i++) {
        cf_call_free(&b->items[i].call);
    }
    efree(b->entries);
    efree(b->items);
    efree(b->entry_of_item);
}

static bool run_items(bulk *b, const cashfin_bulk_options *options)
{
    cashfin_customers *customers = b->customers;
    cf_throttle own_pace;
    cf_batch batch = {0};
    bool ok;

    if (b->item_count == 0) {
        return true;
    }
    /* A rate given to this call paces it alone; otherwise the object's pace (and pauses) apply. */
    if (options->requests_per_second > 0 && !cf_throttle_init(&own_pace, options->requests_per_second)) {
        zend_throw_error(NULL, "Out of memory");
        return false;
    }
    batch.config = &customers->config;
    batch.shape = CF_SHAPE_OBJECT;
    batch.concurrency = (size_t)options->concurrency;
    batch.throttle = options->requests_per_second > 0 ? &own_pace : &customers->throttle;
    batch.prepare_reader = prepare_reader;
    batch.on_done = item_done;
    batch.context = b;
    customers->busy = true;
    ok = cf_batch_run(&batch, b->items, b->item_count);
    customers->busy = false;
    if (options->requests_per_second > 0) {
        cf_throttle_free(&own_pace);
    }
    if (b->any_finished) {
        cashfin_customers_remember(customers, &b->items[b->last_item].call.response);
    }
    if (!ok && !EG(exception)) {
        zend_throw_error(NULL, "Could not set up concurrent requests");
    }
    return ok && !EG(exception);
}

static void bulk_call(INTERNAL_FUNCTION_PARAMETERS, bulk_kind kind)
{
    HashTable *input, *options_table = NULL;
    cashfin_bulk_options options;
    cashfin_customers *customers;
    bulk b = {0};
    size_t count;

    ZEND_PARSE_PARAMETERS_START(1, 2)
    Z_PARAM_ARRAY_HT(input)
    Z_PARAM_OPTIONAL
    Z_PARAM_ARRAY_HT(options_table)
    ZEND_PARSE_PARAMETERS_END();

    if (!(customers = cashfin_customers_ready(ZEND_THIS)) || !cashfin_bulk_options_read(options_table, 2, &options) ||
        !check_types(input, kind)) {
        RETURN_THROWS();
    }
    count = zend_hash_num_elements(input);
    b.customers = customers;
    b.total = count;
    b.on_progress = options.on_progress;
    b.entries = safe_emalloc(count ? count : 1, sizeof(bulk_entry), 0);
    b.items = safe_emalloc(count ? count : 1, sizeof(cf_batch_item), 0);
    b.entry_of_item = safe_emalloc(count ? count : 1, sizeof(size_t), 0);
    memset(b.entries, 0, (count ? count : 1) * sizeof(bulk_entry));
    /* The callbacks may not start calls of their own on this object while the batch runs. */
    customers->busy = true;
    if (!prepare(&b, input, kind)) {
        customers->busy = false;
        release(&b);
        RETURN_THROWS();
    }
    customers->busy = false;
    if (!run_items(&b, &options)) {
        release(&b);
        RETURN_THROWS();
    }
    array_init_size(return_value, (uint32_t)count);
    for (size_t i = 0; i < b.count; i++) {
        bulk_entry *entry = &b.entries[i];

        if (Z_TYPE(entry->key) == IS_STRING) {
            zend_hash_update(Z_ARRVAL_P(return_value), Z_STR(entry->key), &entry->result);
        } else {
            zend_hash_index_update(Z_ARRVAL_P(return_value), (zend_ulong)Z_LVAL(entry->key), &entry->result);
        }
        ZVAL_UNDEF(&entry->result); /* moved into the answer */
    }
    release(&b);
}

PHP_METHOD(Cashfin_Customers, createMany)
{
    bulk_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, BULK_CREATE);
}

PHP_METHOD(Cashfin_Customers, updateMany)
{
    bulk_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, BULK_UPDATE);
}

PHP_METHOD(Cashfin_Customers, detailsMany)
{
    bulk_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, BULK_DETAILS);
}
