/* The Cashfin answer envelope: {success, data, pagination | meta} on success,
 * {success: false, error | message, errors?} on failure. Classifies every answer by status and body. */
#ifndef CASHFIN_CORE_ENVELOPE_H
#define CASHFIN_CORE_ENVELOPE_H

#include "error.h"

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum cf_shape {
    CF_SHAPE_OBJECT, /* data is one object: a customer, or {_id, modified} */
    CF_SHAPE_PAGE,   /* data is a list, with a pagination block */
} cf_shape;

/* 64 bits everywhere: figures up to 1e15 do not fit a 32-bit long (Windows). */
typedef struct cf_page_info {
    int64_t total, page, limit, pages;
} cf_page_info;

typedef enum cf_json_kind {
    CF_JSON_ABSENT,
    CF_JSON_OBJECT,
    CF_JSON_LIST,
    CF_JSON_EMPTY, /* {} or []: a decoder into PHP arrays cannot tell them apart */
    CF_JSON_OTHER,
} cf_json_kind;

/* What a parser saw of an answer's top level: enough for the success rules, whichever parser it was
 * (cJSON here, PHP's own on the Zend layer's fast path). */
typedef struct cf_success_facts {
    bool success_true; /* "success" is the literal true */
    cf_json_kind data;
    /* Every record carries a string "_id": the data itself for an object, each item of a page. */
    bool records_identified;
    int page_fields; /* how many of total, page, limit, pages are counts (see cf_page_count) */
    cf_page_info page;
} cf_success_facts;

typedef struct cf_envelope {
    cJSON *root;       /* owned */
    const cJSON *data; /* inside root */
    cf_page_info page; /* CF_SHAPE_PAGE only */
} cf_envelope;

/* True when the answer is a success of the expected shape. Otherwise false, with error set: the
 * status decides the class first (any 5xx is a server error), the body refines it, and an answer
 * claiming success that is not the envelope is CF_ERROR_UNEXPECTED. */
bool cf_envelope_read(long status, const char *body, size_t len, cf_shape shape, cf_envelope *envelope,
                      cf_error *error);

void cf_envelope_free(cf_envelope *envelope);

/* The one definition of a success answer of the expected shape: "success" true, the data an object (a
 * customer, or {_id, modified}) or a list of them with the four page figures, every record with a string
 * "_id" (every answer the API documents has one). */
bool cf_envelope_is_success(const cf_success_facts *facts, cf_shape shape);

/* How a parser shows records to cf_records_identified: `every_item` whether `test` holds for every item of
 * a list (true for an empty one); `string_member` whether a value is an object with a string member of that
 * name. */
typedef struct cf_record_source cf_record_source;
typedef bool (*cf_record_test)(const cf_record_source *source, const void *item);
struct cf_record_source {
    bool (*every_item)(const cf_record_source *source, const void *list, cf_record_test test);
    bool (*string_member)(const void *value, const char *name);
};

/* The records_identified fact, the one definition whichever parser read the answer. */
bool cf_records_identified(const cf_record_source *source, const void *data, cf_shape shape);

/* A pagination figure: a whole number from 0 to 1e15. */
bool cf_page_count(double value, int64_t *out);

/* How a parser shows an answer to cf_page_read: `block` gives the top level's member of that name when it
 * is an object with at least one member (else NULL); `number` gives a member of a block when it is a
 * number. */
typedef struct cf_page_source {
    const void *(*block)(const void *root, const char *name);
    bool (*number)(const void *block, const char *name, double *value);
} cf_page_source;

/* Reads total, page, limit and pages from the "pagination" block, or from "meta" (the name Cashfin's
 * general pagination guide uses) when there is no such block; returns how many of them are counts. The
 * one definition, whichever parser read the answer. */
int cf_page_read(const cf_page_source *source, const void *root, cf_page_info *page);

/* The body's retry_after in seconds, as the server wrote it; -1 when the body is not a JSON object with
 * a number there. */
double cf_envelope_retry_after(const char *body, size_t len);

/* The class an error status names before its body is read: 401, 403, 404, 409, 422, 429, 5xx, else API. */
cf_error_kind cf_kind_for_status(long status);

#endif
