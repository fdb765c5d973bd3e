#include "envelope.h"
#include "json_check.h"
#include "text.h"
#include "wait.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The JSON object the body holds, or NULL when it is anything else or anything json_decode would
 * refuse (cJSON alone would accept some of that, and its strings could then carry raw newlines). */
static cJSON *parse_object(const char *body, size_t len)
{
    cJSON *root;

    if (len == 0 || !cf_json_valid(body, len, CF_JSON_MAX_DEPTH)) {
        return NULL;
    }
    root = cJSON_ParseWithLength(body, len);
    if (root && !cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

/* The last member of that name, as json_decode keeps the last of repeated keys. */
static const cJSON *member(const cJSON *object, const char *name)
{
    const cJSON *found = NULL, *item;

    cJSON_ArrayForEach(item, object)
    {
        if (item->string && strcmp(item->string, name) == 0) {
            found = item;
        }
    }
    return found;
}

static const char *string_member(const cJSON *root, const char *name)
{
    const cJSON *item = member(root, name);

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
    const cJSON *errors = member(root, "errors");
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
        /* libcurl reads any three digits; 600 to 999 are no HTTP class, so no server error either. */
        return status >= 500 && status <= 599 ? CF_ERROR_SERVER : CF_ERROR_API;
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
    const cJSON *retry_after = root ? member(root, "retry_after") : NULL;

    if (root) {
        collect_field_errors(root, error);
    }
    if (cJSON_IsNumber(retry_after)) {
        error->retry_after = cf_wait_seconds(cf_wait_ms_from_seconds(retry_after->valuedouble));
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

bool cf_page_count(double value, int64_t *out)
{
    if (!(value >= 0 && value <= 1e15 && value == floor(value))) {
        return false;
    }
    *out = (int64_t)value;
    return true;
}

int cf_page_read(const cf_page_source *source, const void *root, cf_page_info *page)
{
    static const char *const names[] = {"total", "page", "limit", "pages"};
    int64_t *slots[] = {&page->total, &page->page, &page->limit, &page->pages};
    const void *block = source->block(root, "pagination");
    int found = 0;

    if (!block) {
        block = source->block(root, "meta");
    }
    for (int i = 0; block && i < 4; i++) {
        double value;

        found += source->number(block, names[i], &value) && cf_page_count(value, slots[i]);
    }
    return found;
}

bool cf_envelope_is_success(const cf_success_facts *facts, cf_shape shape)
{
    if (!facts->success_true) {
        return false;
    }
    if (shape == CF_SHAPE_OBJECT) {
        return facts->data == CF_JSON_OBJECT && facts->records_identified;
    }
    return (facts->data == CF_JSON_LIST || facts->data == CF_JSON_EMPTY) && facts->page_fields == 4 &&
           facts->records_identified;
}

static bool identified(const cf_record_source *source, const void *record)
{
    return source->string_member(record, "_id");
}

bool cf_records_identified(const cf_record_source *source, const void *data, cf_shape shape)
{
    return shape == CF_SHAPE_OBJECT ? identified(source, data) : source->every_item(source, data, identified);
}

static cf_json_kind kind_of_item(const cJSON *item)
{
    if (!item) {
        return CF_JSON_ABSENT;
    }
    if (!cJSON_IsObject(item) && !cJSON_IsArray(item)) {
        return CF_JSON_OTHER;
    }
    if (!item->child) {
        return CF_JSON_EMPTY;
    }
    return cJSON_IsObject(item) ? CF_JSON_OBJECT : CF_JSON_LIST;
}

static const void *page_block(const void *root, const char *name)
{
    const cJSON *block = member(root, name);

    return cJSON_IsObject(block) && block->child ? block : NULL;
}

static bool page_number(const void *block, const char *name, double *value)
{
    const cJSON *item = member(block, name);

    *value = cJSON_IsNumber(item) ? item->valuedouble : -1;
    return cJSON_IsNumber(item);
}

static const cf_page_source cjson_pages = {page_block, page_number};

static bool every_item(const cf_record_source *source, const void *list, cf_record_test test)
{
    /* {} is an empty list too: PHP's parser, which reads successes first, cannot tell it from []. */
    if (!cJSON_IsArray((const cJSON *)list)) {
        return cJSON_IsObject((const cJSON *)list) && !((const cJSON *)list)->child;
    }
    for (const cJSON *item = ((const cJSON *)list)->child; item; item = item->next) {
        if (!test(source, item)) {
            return false;
        }
    }
    return true;
}

static bool has_string_member(const void *value, const char *name)
{
    return cJSON_IsObject((const cJSON *)value) && cJSON_IsString(member(value, name));
}

static const cf_record_source cjson_records = {every_item, has_string_member};

static bool read_success(const cJSON *root, cf_shape shape, cf_envelope *envelope, cf_error *error)
{
    cf_success_facts facts = {0};
    const cJSON *data = member(root, "data");

    facts.success_true = true;
    facts.data = kind_of_item(data);
    facts.page_fields = cf_page_read(&cjson_pages, root, &facts.page);
    facts.records_identified = cf_records_identified(&cjson_records, data, shape);
    if (!cf_envelope_is_success(&facts, shape)) {
        cf_error_set(error, CF_ERROR_UNEXPECTED,
                     shape == CF_SHAPE_OBJECT ? "The answer claims success but carries no record with an _id"
                                              : "The answer claims success but is not a page of customers");
        return false;
    }
    envelope->data = data;
    envelope->page = facts.page;
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
    success = member(root, "success");
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

double cf_envelope_retry_after(const char *body, size_t len)
{
    cJSON *root = parse_object(body, len);
    const cJSON *retry_after = root ? member(root, "retry_after") : NULL;
    double seconds = cJSON_IsNumber(retry_after) ? retry_after->valuedouble : -1;

    cJSON_Delete(root);
    return seconds;
}

void cf_envelope_free(cf_envelope *envelope)
{
    cJSON_Delete(envelope->root);
    memset(envelope, 0, sizeof(*envelope));
}
