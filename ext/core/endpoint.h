/* The Customers API's endpoints, in one table: method, path, what a success answer holds, and whether a
 * request may be repeated as it is. Single calls, bulk calls and the pager all build requests from it. */
#ifndef CASHFIN_CORE_ENDPOINT_H
#define CASHFIN_CORE_ENDPOINT_H

#include "envelope.h"
#include "http.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum cf_endpoint_id {
    CF_ENDPOINT_CREATE,
    CF_ENDPOINT_LIST,
    CF_ENDPOINT_DETAILS,
    CF_ENDPOINT_UPDATE,
} cf_endpoint_id;

typedef struct cf_endpoint {
    const char *method;
    const char *path; /* without the id or the query */
    cf_shape shape;   /* what the data of a success answer is */
    bool takes_id;    /* the path ends in /<id> */
    bool has_body;    /* a JSON body of customer fields */
    /* Repeating the request changes nothing more (reads, and updates, which set given values). A request
     * that is not idempotent (create) always carries an Idempotency-Key, so its retries are safe too. */
    bool idempotent;
} cf_endpoint;

/* Room for the longest path with an id. */
#define CF_ENDPOINT_PATH_SIZE 64

const cf_endpoint *cf_endpoint_get(cf_endpoint_id id);

/* Writes the endpoint's path, with the id when it takes one, into out (CF_ENDPOINT_PATH_SIZE bytes),
 * and points the request at it. False, with nothing written, when the id is not an ObjectID. */
bool cf_endpoint_request(const cf_endpoint *endpoint, const char *id, size_t id_len, char *out,
                         cf_http_request *request);

#endif
