/* The core's description of a failed call. The Zend layer turns it into one exception class
 * (ext/errors.c); nothing here knows about PHP. */
#ifndef CASHFIN_CORE_ERROR_H
#define CASHFIN_CORE_ERROR_H

#include <stdbool.h>
#include <stddef.h>

typedef enum cf_error_kind {
    CF_OK = 0,
    CF_ERROR_VALIDATION,
    CF_ERROR_INVALID_ID,
    CF_ERROR_AUTHENTICATION,
    CF_ERROR_PERMISSION,
    CF_ERROR_NOT_FOUND,
    CF_ERROR_DUPLICATE,
    CF_ERROR_RATE_LIMIT,
    CF_ERROR_SERVER,
    CF_ERROR_API,
    CF_ERROR_CONNECTION,
    CF_ERROR_TIMEOUT,
    CF_ERROR_UNEXPECTED,
} cf_error_kind;

typedef struct cf_field_error {
    char *field; /* may hold NUL bytes when it came from a PHP array key */
    size_t field_len;
    char *message;
} cf_field_error;

typedef struct cf_field_errors {
    cf_field_error *items;
    size_t count;
    size_t capacity;
} cf_field_errors;

typedef struct cf_error {
    cf_error_kind kind;
    char *message;
    cf_field_errors fields;
    long retry_after; /* seconds; -1 when the server did not say */
} cf_error;

/* Messages the server itself uses; the local checks reuse them word for word. */
#define CF_MESSAGE_VALIDATION "There are problems with your submission"
#define CF_MESSAGE_INVALID_ID "Invalid customer ID format"
#define CF_MESSAGE_NOT_FOUND "Customer not found"

void cf_error_init(cf_error *error);
void cf_error_free(cf_error *error);

/* Sets kind and a formatted message, replacing any earlier message. */
void cf_error_set(cf_error *error, cf_error_kind kind, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Replaces every occurrence of `secret` in the message, the field names and the field messages with
 * "[redacted]": a server that repeats the secret cannot put it into an exception. NULL or "" does nothing. */
void cf_error_redact(cf_error *error, const char *secret);

bool cf_field_errors_add(cf_field_errors *errors, const char *field, size_t field_len, const char *message);
void cf_field_errors_free(cf_field_errors *errors);

/* The message for the field, or NULL: used by tests and by the order checks. */
const char *cf_field_errors_find(const cf_field_errors *errors, const char *field);

#endif
