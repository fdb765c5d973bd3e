/* The one place where a core error becomes a Cashfin\Exception, and the exceptions' getters. */
#include "cashfin_private.h"

#include "zend_exceptions.h"

/* An exception keeps at most this much of the answer's body: enough for any error envelope or the start
 * of an error page, while failures kept by the thousand (bulk results) cannot hold hundreds of MB. */
#define EXCEPTION_BODY_MAX (64 * 1024)

zend_class_entry *cashfin_exception_class(cf_error_kind kind)
{
    switch (kind) {
    case CF_ERROR_VALIDATION:
        return cashfin_ce_validation;
    case CF_ERROR_INVALID_ID:
        return cashfin_ce_invalid_id;
    case CF_ERROR_AUTHENTICATION:
        return cashfin_ce_authentication;
    case CF_ERROR_PERMISSION:
        return cashfin_ce_permission;
    case CF_ERROR_NOT_FOUND:
        return cashfin_ce_not_found;
    case CF_ERROR_DUPLICATE:
        return cashfin_ce_duplicate;
    case CF_ERROR_RATE_LIMIT:
        return cashfin_ce_rate_limit;
    case CF_ERROR_SERVER:
        return cashfin_ce_server;
    case CF_ERROR_CONNECTION:
        return cashfin_ce_connection;
    case CF_ERROR_TIMEOUT:
        return cashfin_ce_timeout;
    case CF_ERROR_UNEXPECTED:
        return cashfin_ce_unexpected;
    case CF_ERROR_API:
    case CF_OK:
        break;
    }
    return cashfin_ce_api;
}

static void set_private(zend_object *exception, zend_class_entry *scope, const char *name, zval *value)
{
    zend_update_property(scope, exception, name, strlen(name), value);
}

static void set_message_and_code(zend_object *exception, const char *message, long status)
{
    zval value;

    ZVAL_STRING(&value, message);
    zend_update_property_ex(zend_ce_exception, exception, ZSTR_KNOWN(ZEND_STR_MESSAGE), &value);
    zval_ptr_dtor(&value);
    ZVAL_LONG(&value, status);
    zend_update_property_ex(zend_ce_exception, exception, ZSTR_KNOWN(ZEND_STR_CODE), &value);
}

void cashfin_exception_create(const cf_error *error, const cf_http_response *response, zval *out)
{
    zend_class_entry *ce = cashfin_exception_class(error->kind);
    long status = response ? response->status : 0;
    const char *request_id = response ? cf_headers_get(&response->headers, "x-request-id") : NULL;
    zend_object *exception;
    zval value;

    object_init_ex(out, ce);
    exception = Z_OBJ_P(out);
    set_message_and_code(exception, error->message ? error->message : "Cashfin error", status);
    if (status > 0) {
        ZVAL_LONG(&value, status);
        set_private(exception, cashfin_ce_exception, "httpStatus", &value);
    }
    cashfin_field_errors_to_array(&error->fields, &value);
    set_private(exception, cashfin_ce_exception, "errors", &value);
    zval_ptr_dtor(&value);
    if (response && status > 0) {
        ZVAL_STRINGL(&value, response->body ? response->body : "",
                     response->body_len < EXCEPTION_BODY_MAX ? response->body_len : EXCEPTION_BODY_MAX);
        set_private(exception, cashfin_ce_exception, "responseBody", &value);
        zval_ptr_dtor(&value);
    }
    if (request_id) {
        ZVAL_STRING(&value, request_id);
        set_private(exception, cashfin_ce_exception, "requestId", &value);
        zval_ptr_dtor(&value);
    }
    if (ce == cashfin_ce_rate_limit && error->retry_after >= 0) {
        ZVAL_LONG(&value, error->retry_after);
        set_private(exception, cashfin_ce_rate_limit, "retryAfter", &value);
    }
}

void cashfin_exception_set_idempotency_key(zval *exception, const char *idempotency_key)
{
    zval value;

    if (idempotency_key) {
        ZVAL_STRING(&value, idempotency_key);
        set_private(Z_OBJ_P(exception), cashfin_ce_exception, "idempotencyKey", &value);
        zval_ptr_dtor(&value);
    }
}

static void invalid_id_error(cf_error *error)
{
    cf_error_init(error);
    cf_error_set(error, CF_ERROR_INVALID_ID, "%s", CF_MESSAGE_INVALID_ID);
    cf_field_errors_add(&error->fields, "id", 2, CF_MESSAGE_INVALID_ID);
}

void cashfin_invalid_id_create(zval *out)
{
    cf_error error;

    invalid_id_error(&error);
    cashfin_exception_create(&error, NULL, out);
    cf_error_free(&error);
}

void cashfin_throw_invalid_id(void)
{
    zval exception;

    cashfin_invalid_id_create(&exception);
    zend_throw_exception_object(&exception);
}

static void return_private(zend_object *exception, zend_class_entry *scope, const char *name, zval *return_value)
{
    zval rv;
    zval *value = zend_read_property(scope, exception, name, strlen(name), true, &rv);

    RETURN_COPY_DEREF(value);
}

PHP_METHOD(Cashfin_Exception, getHttpStatus)
{
    ZEND_PARSE_PARAMETERS_NONE();
    return_private(Z_OBJ_P(ZEND_THIS), cashfin_ce_exception, "httpStatus", return_value);
}

PHP_METHOD(Cashfin_Exception, getErrors)
{
    ZEND_PARSE_PARAMETERS_NONE();
    return_private(Z_OBJ_P(ZEND_THIS), cashfin_ce_exception, "errors", return_value);
}

PHP_METHOD(Cashfin_Exception, getResponseBody)
{
    ZEND_PARSE_PARAMETERS_NONE();
    return_private(Z_OBJ_P(ZEND_THIS), cashfin_ce_exception, "responseBody", return_value);
}

PHP_METHOD(Cashfin_Exception, getRequestId)
{
    ZEND_PARSE_PARAMETERS_NONE();
    return_private(Z_OBJ_P(ZEND_THIS), cashfin_ce_exception, "requestId", return_value);
}

PHP_METHOD(Cashfin_Exception, getIdempotencyKey)
{
    ZEND_PARSE_PARAMETERS_NONE();
    return_private(Z_OBJ_P(ZEND_THIS), cashfin_ce_exception, "idempotencyKey", return_value);
}

PHP_METHOD(Cashfin_RateLimitException, getRetryAfter)
{
    ZEND_PARSE_PARAMETERS_NONE();
    return_private(Z_OBJ_P(ZEND_THIS), cashfin_ce_rate_limit, "retryAfter", return_value);
}
