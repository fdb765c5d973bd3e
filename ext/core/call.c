#include "call.h"

#include <string.h>

bool cf_call_read(cf_shape shape, const cf_success_reader *reader, cf_call *call)
{
    cf_http_response *response = &call->response;
    long retry_after;

    if (response->transport_error != CF_OK) {
        cf_error_set(&call->error, response->transport_error, "%s", response->transport_message);
        if (response->transport_error == CF_ERROR_RATE_LIMIT) {
            /* refused by the client's own rate-limit budget: when a start is free */
            call->error.retry_after = cf_wait_seconds(response->pacing.refused_ms);
        }
        return false;
    }
    if (reader && response->status >= 200 && response->status < 300 &&
        reader->read(reader->context, response->body ? response->body : "", response->body_len, shape,
                     &call->envelope.page)) {
        return true;
    }
    if (cf_envelope_read(response->status, response->body ? response->body : "", response->body_len, shape,
                         &call->envelope, &call->error)) {
        return true;
    }
    /* The header is the standard place; the body's retry_after (read by the envelope) is the fallback,
     * both clamped as the retries read them (cf_retry_after_ms). */
    retry_after =
        cf_wait_seconds(cf_retry_after_header_ms(cf_headers_get(&response->headers, "retry-after"), cf_now_ms()));
    if (retry_after >= 0) {
        call->error.retry_after = retry_after;
    }
    return false;
}

bool cf_call_run(cf_http *http, const cf_http_config *config, const cf_http_request *request, cf_shape shape,
                 const cf_success_reader *reader, cf_call *call)
{
    bool ok;

    memset(call, 0, sizeof(*call));
    cf_error_init(&call->error);
    cf_http_send(http, config, request, &call->response);
    ok = cf_call_read(shape, reader, call);
    cf_error_redact(&call->error, config->secret);
    cf_http_observe(request, &call->response, call->error.kind, -1);
    return ok;
}

void cf_call_free(cf_call *call)
{
    cf_envelope_free(&call->envelope);
    cf_error_free(&call->error);
    cf_http_response_free(&call->response);
}
