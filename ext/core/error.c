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

#define REDACTED "[redacted]"

/* A copy of text[0..len) with every occurrence of secret replaced, or NULL when there is none (or no
 * memory: then the text is dropped rather than kept with the secret). *out_len gets the new length. */
static char *without_secret(const char *text, size_t len, const char *secret, size_t secret_len, size_t *out_len,
                            bool *found)
{
    size_t count = 0, used = 0;
    char *copy;

    for (size_t i = 0; i + secret_len <= len; i++) {
        if (memcmp(text + i, secret, secret_len) == 0) {
            count++;
            i += secret_len - 1;
        }
    }
    *found = count > 0;
    if (!count) {
        return NULL;
    }
    copy = malloc(len - count * secret_len + count * strlen(REDACTED) + 1);
    if (!copy) {
        *out_len = 0;
        return NULL;
    }
    for (size_t i = 0; i < len;) {
        if (i + secret_len <= len && memcmp(text + i, secret, secret_len) == 0) {
            memcpy(copy + used, REDACTED, strlen(REDACTED));
            used += strlen(REDACTED);
            i += secret_len;
        } else {
            copy[used++] = text[i++];
        }
    }
    copy[used] = '\0';
    *out_len = used;
    return copy;
}

/* Redacts one string in place (*text is replaced); lengths for strings that may hold NUL bytes. */
static void redact(char **text, size_t *len, const char *secret, size_t secret_len)
{
    size_t new_len;
    bool found;
    char *copy;

    if (!*text) {
        return;
    }
    copy = without_secret(*text, len ? *len : strlen(*text), secret, secret_len, &new_len, &found);
    if (!found) {
        return;
    }
    cf_wipe(*text, len ? *len : strlen(*text));
    free(*text);
    *text = copy ? copy : cf_strndup("", 0);
    if (len) {
        *len = copy ? new_len : 0;
    }
}

void cf_error_redact(cf_error *error, const char *secret)
{
    size_t secret_len = secret ? strlen(secret) : 0;

    if (secret_len == 0) {
        return;
    }
    redact(&error->message, NULL, secret, secret_len);
    for (size_t i = 0; i < error->fields.count; i++) {
        redact(&error->fields.items[i].field, &error->fields.items[i].field_len, secret, secret_len);
        redact(&error->fields.items[i].message, NULL, secret, secret_len);
    }
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
