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

/* A caller's own reader for 2xx answers, tried before cJSON: true when it recognised a success of the
 * shape (and filled *page for pages). Anything it declines goes through cf_envelope_read, which names
 * the error. This lets the Zend layer parse a success once, with PHP's parser, into the values it returns. */
typedef struct cf_success_reader {
    bool (*read)(void *context, const char *body, size_t len, cf_shape shape, cf_page_info *page);
    void *context;
} cf_success_reader;

/* True on success. Either way `call` holds what the caller may report and must be freed. When a
 * reader is given and accepts the answer, call->envelope holds only the page figures. */
bool cf_call_run(cf_http *http, const cf_http_config *config, const cf_http_request *request, cf_shape shape,
                 const cf_success_reader *reader, cf_call *call);

/* A finished answer read into success or error, without the network: the fuzz and unit tests enter here. */
bool cf_call_read(cf_shape shape, const cf_success_reader *reader, cf_call *call);

void cf_call_free(cf_call *call);

#endif
