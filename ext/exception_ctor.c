/* The public constructors of the Cashfin exceptions. The extension never calls them (errors.c fills
 * the exceptions it throws directly); they let an application's code and tests build the same state
 * from named arguments: new RateLimitException('Too many requests', 429, retryAfter: 30). */
#include "cashfin_private.h"

#include "core/wait.h"

#include "zend_exceptions.h"

#define MIN_HTTP_STATUS 100
#define MAX_HTTP_STATUS 599

typedef struct exception_arguments {
    zend_string *message;
    zend_long http_status;
    bool http_status_is_null;
    HashTable *errors;
    zend_string *response_body;
    zend_string *request_id;
    zval *previous;
} exception_arguments;

/* A copy holding only strings, keyed as given: later changes to the caller's array (or to references
 * inside it) do not reach the exception. NULL with a TypeError thrown. */
static HashTable *copy_field_errors(HashTable *errors, uint32_t arg_num)
{
    HashTable *copy = zend_new_array(zend_hash_num_elements(errors));
    zend_string *field;
    zend_ulong index;
    zval *message;

    ZEND_HASH_FOREACH_KEY_VAL(errors, index, field, message)
    {
        zval value;

        ZVAL_DEREF(message);
        if (Z_TYPE_P(message) != IS_STRING) {
            zend_argument_type_error(arg_num, "must contain only strings (field => message), %s given",
                                     zend_zval_type_name(message));
            zend_array_destroy(copy);
            return NULL;
        }
        ZVAL_STR_COPY(&value, Z_STR_P(message));
        if (field) {
            zend_hash_add_new(copy, field, &value);
        } else {
            zend_hash_index_add_new(copy, index, &value);
        }
    }
    ZEND_HASH_FOREACH_END();
    return copy;
}

static void set_property(zend_object *exception, zend_class_entry *scope, const char *name, zval *value)
{
    zend_update_property(scope, exception, name, strlen(name), value);
}

static void set_optional_string(zend_object *exception, const char *name, zend_string *given)
{
    zval value;

    if (given) {
        ZVAL_STR(&value, given);
    } else {
        ZVAL_NULL(&value);
    }
    set_property(exception, cashfin_ce_exception, name, &value);
}

static void set_optional_long(zend_object *exception, zend_class_entry *scope, const char *name, zend_long given,
                              bool is_null)
{
    zval value;

    if (is_null) {
        ZVAL_NULL(&value);
    } else {
        ZVAL_LONG(&value, given);
    }
    set_property(exception, scope, name, &value);
}

/* Fills what \Exception's constructor fills and what the getters return. False with an exception thrown. */
static bool construct(zend_object *exception, const exception_arguments *given)
{
    HashTable *errors;
    zval value;

    if (!given->http_status_is_null && (given->http_status < MIN_HTTP_STATUS || given->http_status > MAX_HTTP_STATUS)) {
        zend_argument_value_error(2, "must be an HTTP status (100 to 599) or null");
        return false;
    }
    if (!(errors = copy_field_errors(given->errors, 3))) {
        return false;
    }
    ZVAL_STR(&value, given->message);
    zend_update_property_ex(zend_ce_exception, exception, ZSTR_KNOWN(ZEND_STR_MESSAGE), &value);
    /* As for the exceptions the extension throws: the code is the status, 0 without one. */
    ZVAL_LONG(&value, given->http_status_is_null ? 0 : given->http_status);
    zend_update_property_ex(zend_ce_exception, exception, ZSTR_KNOWN(ZEND_STR_CODE), &value);
    if (given->previous) {
        zend_update_property_ex(zend_ce_exception, exception, ZSTR_KNOWN(ZEND_STR_PREVIOUS), given->previous);
    }
    set_optional_long(exception, cashfin_ce_exception, "httpStatus", given->http_status, given->http_status_is_null);
    ZVAL_ARR(&value, errors);
    set_property(exception, cashfin_ce_exception, "errors", &value);
    zval_ptr_dtor(&value);
    set_optional_string(exception, "responseBody", given->response_body);
    set_optional_string(exception, "requestId", given->request_id);
    return true;
}

/* What both constructors start with, in the stub's order; the defaults are a local error's. */
#define EXCEPTION_ARGUMENTS_DEFAULTS                                                                         \
    {                                                                                                        \
        .message = ZSTR_EMPTY_ALLOC(), .http_status_is_null = true, .errors = (HashTable *)&zend_empty_array \
    }
#define Z_PARAM_EXCEPTION_DETAILS(given)                                   \
    Z_PARAM_STR((given).message)                                           \
    Z_PARAM_LONG_OR_NULL((given).http_status, (given).http_status_is_null) \
    Z_PARAM_ARRAY_HT((given).errors)                                       \
    Z_PARAM_STR_OR_NULL((given).response_body)                             \
    Z_PARAM_STR_OR_NULL((given).request_id)

PHP_METHOD(Cashfin_Exception, __construct)
{
    exception_arguments given = EXCEPTION_ARGUMENTS_DEFAULTS;

    ZEND_PARSE_PARAMETERS_START(0, 6)
    Z_PARAM_OPTIONAL
    Z_PARAM_EXCEPTION_DETAILS(given)
    Z_PARAM_OBJECT_OF_CLASS_OR_NULL(given.previous, zend_ce_throwable)
    ZEND_PARSE_PARAMETERS_END();

    (void)return_value;
    construct(Z_OBJ_P(ZEND_THIS), &given);
}

PHP_METHOD(Cashfin_RateLimitException, __construct)
{
    exception_arguments given = EXCEPTION_ARGUMENTS_DEFAULTS;
    zend_long retry_after = 0;
    bool retry_after_is_null = true;

    ZEND_PARSE_PARAMETERS_START(0, 7)
    Z_PARAM_OPTIONAL
    Z_PARAM_EXCEPTION_DETAILS(given)
    Z_PARAM_LONG_OR_NULL(retry_after, retry_after_is_null)
    Z_PARAM_OBJECT_OF_CLASS_OR_NULL(given.previous, zend_ce_throwable)
    ZEND_PARSE_PARAMETERS_END();

    (void)return_value;
    /* The same bound as a server's figure has (core/wait.h): getRetryAfter() never shows more. */
    if (!retry_after_is_null && (retry_after < 0 || retry_after > CF_WAIT_MAX_SECONDS)) {
        zend_argument_value_error(6, "must be 0 to %ld seconds, or null", CF_WAIT_MAX_SECONDS);
        RETURN_THROWS();
    }
    if (construct(Z_OBJ_P(ZEND_THIS), &given)) {
        set_optional_long(Z_OBJ_P(ZEND_THIS), cashfin_ce_rate_limit, "retryAfter", retry_after, retry_after_is_null);
    }
}
