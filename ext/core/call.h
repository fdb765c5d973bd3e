/* One API call: the transport's outcome read through the envelope. The seam between the network
 * (http.c) and the answer rules (envelope.c), kept here so that tests can drive it without PHP. */
#ifndef CASHFIN_CORE_CALL_H
#define CASHFIN_CORE_CALL_H

#include "envelope.h"
#include "error.h"
#include "http.h"

typedef struct cf_call {
    cf_http_response response;
    cf_envelope envelope; /* filled on success */
    cf_error error;       /* kind CF_OK on success */
} cf_call;

/* True on success. Either way `call` holds what the caller may report and must be freed. */
bool cf_call_run(cf_http *http, const cf_http_config *config, const cf_http_request *request, cf_shape shape,
                 cf_call *call);

/* The error part of a finished answer, without the network: the fuzz and unit tests enter here. */
bool cf_call_read(cf_shape shape, cf_call *call);

void cf_call_free(cf_call *call);

#endif
