#include "envelope.h"
#include "text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* cJSON copies string bytes as they come; PHP's json_decode would refuse invalid UTF-8, so do we. */
static bool strings_valid(const cJSON *item)
{
    for (; item; item = item->next) {
        if (item->string && !cf_utf8_valid(item->string, strlen(item->string))) {
            return false;
        }
        if (cJSON_IsString(item) && !cf_utf8_valid(item->valuestring, strlen(item->valuestring))) {
            return false;
        }
        if (item->child && !strings_valid(item->child)) {
            return false;
        }
    }
    return true;
}

/* The JSON object the body holds, or NULL when it is anything else. */
static cJSON *parse_object(const char *body, size_t len)
{
    const char *end = NULL;
    cJSON *root;

    if (len == 0) {
        return NULL;
    }
    root = cJSON_ParseWithLengthOpts(body, len, &end, 0);
    if (!root) {
        return NULL;
    }
    while (end && (size_t)(end - body) < len && strchr(" \t\r\n", *end) && *end != '\0') {
        end++;
    }
    if (!cJSON_IsObject(root) || !end || (size_t)(end - body) != len || !strings_valid(root)) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

static const char *string_member(const cJSON *root, const char *name)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(root, name);

    return cJSON_IsString(item) ? item->valuestring : NULL;
}

static const char *server_message(const cJSON *root)
{
    const char *message = string_member(root, "error");

    return message ? message : string_member(root, "message");
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t len = strlen(s), suffix_len = strlen(suffix);

    return len >= suffix_len && strcmp(s + len - suffix_len, suffix) == 0;
}

static void collect_field_errors(const cJSON *root, cf_error *error)
{
    const cJSON *errors = cJSON_GetObjectItemCaseSensitive(root, "errors");
    const cJSON *item;

    if (!cJSON_IsObject(errors)) {
        return;
    }
    cJSON_ArrayForEach(item, errors)
    {
        const cJSON *text = item;

        /* Some validators send a list of messages per field: the first one says enough. */
        if (cJSON_IsArray(item)) {
            text = cJSON_GetArrayItem(item, 0);
        }
        if (cJSON_IsString(text) && item->string) {
            cf_field_errors_add(&error->fields, item->string, strlen(item->string), text->valuestring);
        }
    }
}

cf_error_kind cf_kind_for_status(long status)
{
    switch (status) {
    case 401:
        return CF_ERROR_AUTHENTICATION;
    case 403:
        return CF_ERROR_PERMISSION;
    case 404:
        return CF_ERROR_NOT_FOUND;
    case 409:
        return CF_ERROR_DUPLICATE;
    case 422:
        return CF_ERROR_VALIDATION;
    case 429:
        return CF_ERROR_RATE_LIMIT;
    default:
        return status >= 500 ? CF_ERROR_SERVER : CF_ERROR_API;
    }
}

/* The body names the cause more precisely than the status, except where the status is unambiguous. */
static cf_error_kind refine_kind(cf_error_kind kind, const cJSON *root, const cf_error *error)
{
    const char *message = root ? server_message(root) : NULL;

    if (kind == CF_ERROR_AUTHENTICATION || kind == CF_ERROR_PERMISSION || kind == CF_ERROR_RATE_LIMIT ||
        kind == CF_ERROR_SERVER) {
        return kind;
    }
    if (message && strcmp(message, CF_MESSAGE_INVALID_ID) == 0) {
        return CF_ERROR_INVALID_ID;
    }
    if (message && strcmp(message, CF_MESSAGE_NOT_FOUND) == 0) {
        return CF_ERROR_NOT_FOUND;
    }
    if (message && ends_with(message, "already exists")) {
        return CF_ERROR_DUPLICATE;
    }
    if (error->fields.count > 0) {
        return CF_ERROR_VALIDATION;
    }
    return kind;
}

static void set_error_answer(long status, const cJSON *root, cf_error_kind base, cf_error *error)
{
    const char *message = root ? server_message(root) : NULL;
    const cJSON *retry_after = root ? cJSON_GetObjectItemCaseSensitive(root, "retry_after") : NULL;

    if (root) {
        collect_field_errors(root, error);
    }
    if (cJSON_IsNumber(retry_after) && retry_after->valuedouble >= 0 && retry_after->valuedouble < 1e9) {
        error->retry_after = (long)ceil(retry_after->valuedouble);
    }
    if (message) {
        cf_error_set(error, refine_kind(base, root, error), "%s", message);
    } else if (status >= 200 && status < 300) {
        cf_error_set(error, refine_kind(base, root, error), "Cashfin reported a failure without a message");
    } else {
        cf_error_set(error, refine_kind(base, root, error), "Cashfin answered HTTP %ld without an error message",
                     status);
    }
}

static bool read_count(const cJSON *block, const char *name, long *out)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(block, name);

    if (!cJSON_IsNumber(item) || item->valuedouble < 0 || item->valuedouble > 1e15 ||
        item->valuedouble != floor(item->valuedouble)) {
        return false;
    }
    *out = (long)item->valuedouble;
    return true;
}

static bool read_page_info(const cJSON *root, cf_page_info *page)
{
    const cJSON *block = cJSON_GetObjectItemCaseSensitive(root, "pagination");

    /* Cashfin's general pagination guide calls the same block "meta". */
    if (!cJSON_IsObject(block)) {
        block = cJSON_GetObjectItemCaseSensitive(root, "meta");
    }
    return cJSON_IsObject(block) && read_count(block, "total", &page->total) &&
           read_count(block, "page", &page->page) && read_count(block, "limit", &page->limit) &&
           read_count(block, "pages", &page->pages);
}

static bool read_success(const cJSON *root, cf_shape shape, cf_envelope *envelope, cf_error *error)
{
    const cJSON *data = cJSON_GetObjectItemCaseSensitive(root, "data");

    if (shape == CF_SHAPE_OBJECT && !cJSON_IsObject(data)) {
        cf_error_set(error, CF_ERROR_UNEXPECTED, "The answer claims success but carries no data object");
        return false;
    }
    if (shape == CF_SHAPE_PAGE && (!cJSON_IsArray(data) || !read_page_info(root, &envelope->page))) {
        cf_error_set(error, CF_ERROR_UNEXPECTED, "The answer claims success but is not a page of customers");
        return false;
    }
    envelope->data = data;
    return true;
}

bool cf_envelope_read(long status, const char *body, size_t len, cf_shape shape, cf_envelope *envelope, cf_error *error)
{
    cJSON *root = parse_object(body, len);
    const cJSON *success;

    memset(envelope, 0, sizeof(*envelope));
    if (status >= 400) {
        set_error_answer(status, root, cf_kind_for_status(status), error);
        cJSON_Delete(root);
        return false;
    }
    if (status < 200 || status >= 300) {
        cf_error_set(error, CF_ERROR_UNEXPECTED, "Cashfin answered HTTP %ld, which this client does not follow",
                     status);
        cJSON_Delete(root);
        return false;
    }
    if (!root) {
        cf_error_set(error, CF_ERROR_UNEXPECTED, "The answer (HTTP %ld) is not a JSON object", status);
        return false;
    }
    success = cJSON_GetObjectItemCaseSensitive(root, "success");
    if (cJSON_IsFalse(success)) {
        set_error_answer(status, root, CF_ERROR_API, error);
        cJSON_Delete(root);
        return false;
    }
    if (!cJSON_IsTrue(success)) {
        cf_error_set(error, CF_ERROR_UNEXPECTED, "The answer (HTTP %ld) is not the Cashfin envelope", status);
        cJSON_Delete(root);
        return false;
    }
    envelope->root = root;
    if (!read_success(root, shape, envelope, error)) {
        cf_envelope_free(envelope);
        return false;
    }
    return true;
}

void cf_envelope_free(cf_envelope *envelope)
{
    cJSON_Delete(envelope->root);
    memset(envelope, 0, sizeof(*envelope));
}
