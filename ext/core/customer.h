/* Cashfin's field rules for customers, applied before any request so that bad data never reaches
 * the API. The messages are the server's own (the sandbox applies the same table). */
#ifndef CASHFIN_CORE_CUSTOMER_H
#define CASHFIN_CORE_CUSTOMER_H

#include "error.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum cf_value_type {
    CF_VALUE_STRING,
    CF_VALUE_NULL,
    CF_VALUE_OTHER, /* any non-string: array, number, bool, object */
} cf_value_type;

/* One key => value pair of the caller's payload, in the caller's order. */
typedef struct cf_field {
    const char *key;
    size_t key_len;
    cf_value_type type;
    const char *value; /* CF_VALUE_STRING only */
    size_t value_len;
} cf_field;

typedef enum cf_customer_operation {
    CF_CUSTOMER_CREATE,
    CF_CUSTOMER_UPDATE,
} cf_customer_operation;

/* True when the payload is acceptable; otherwise fills error (kind CF_ERROR_VALIDATION) with one
 * message per offending field, in the API's canonical field order, unknown keys last. */
bool cf_customer_check(cf_customer_operation operation, const cf_field *fields, size_t count, cf_error *error);

/* The JSON body for a payload that passed cf_customer_check. malloc'd; NULL when out of memory. */
char *cf_customer_body(const cf_field *fields, size_t count);

/* A MongoDB ObjectID: exactly 24 hexadecimal characters. */
bool cf_customer_id_valid(const char *id, size_t len);

#endif
