#include "error.h"
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cf_error_init(cf_error *error)
{
    memset(error, 0, sizeof(*error));
    error->kind = CF_OK;
    error->retry_after = -1;
}

void cf_error_free(cf_error *error)
{
    free(error->message);
    cf_field_errors_free(&error->fields);
    cf_error_init(error);
}

void cf_error_set(cf_error *error, cf_error_kind kind, const char *format, ...)
{
    va_list args;
    int len;
    char *message;

    /* Sized to fit: a server's message is kept whole, never cut mid-character. */
    va_start(args, format);
    len = vsnprintf(NULL, 0, format, args);
    va_end(args);
    message = len >= 0 ? malloc((size_t)len + 1) : NULL;
    if (message) {
        va_start(args, format);
        vsnprintf(message, (size_t)len + 1, format, args);
        va_end(args);
    }
    free(error->message);
    error->message = message;
    error->kind = kind;
}

static cf_field_error *existing(cf_field_errors *errors, const char *field, size_t field_len)
{
    for (size_t i = 0; i < errors->count; i++) {
        if (errors->items[i].field_len == field_len && memcmp(errors->items[i].field, field, field_len) == 0) {
            return &errors->items[i];
        }
    }
    return NULL;
}

bool cf_field_errors_add(cf_field_errors *errors, const char *field, size_t field_len, const char *message)
{
    cf_field_error *item = existing(errors, field, field_len);

    /* A field named twice keeps its last message, as a PHP array would. */
    if (item) {
        char *copy = cf_strndup(message, strlen(message));

        if (!copy) {
            return false;
        }
        free(item->message);
        item->message = copy;
        return true;
    }

    if (errors->count == errors->capacity) {
        size_t capacity = errors->capacity ? errors->capacity * 2 : 8;
        cf_field_error *items = realloc(errors->items, capacity * sizeof(*items));

        if (!items) {
            return false;
        }
        errors->items = items;
        errors->capacity = capacity;
    }
    item = &errors->items[errors->count];
    item->field = cf_strndup(field, field_len);
    item->field_len = field_len;
    item->message = cf_strndup(message, strlen(message));
    if (!item->field || !item->message) {
        free(item->field);
        free(item->message);
        return false;
    }
    errors->count++;
    return true;
}

void cf_field_errors_free(cf_field_errors *errors)
{
    for (size_t i = 0; i < errors->count; i++) {
        free(errors->items[i].field);
        free(errors->items[i].message);
    }
    free(errors->items);
    memset(errors, 0, sizeof(*errors));
}

const char *cf_field_errors_find(const cf_field_errors *errors, const char *field)
{
    size_t len = strlen(field);

    for (size_t i = 0; i < errors->count; i++) {
        if (errors->items[i].field_len == len && memcmp(errors->items[i].field, field, len) == 0) {
            return errors->items[i].message;
        }
    }
    return NULL;
}
