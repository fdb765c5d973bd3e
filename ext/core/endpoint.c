#include "endpoint.h"
#include "customer.h"

#include <stdio.h>

static const cf_endpoint endpoints[] = {
    [CF_ENDPOINT_CREATE] = {"POST", "/business/customer/create", CF_SHAPE_OBJECT, false, true, false},
    [CF_ENDPOINT_LIST] = {"GET", "/business/customer/list", CF_SHAPE_PAGE, false, false, true},
    [CF_ENDPOINT_DETAILS] = {"GET", "/business/customer/details", CF_SHAPE_OBJECT, true, false, true},
    [CF_ENDPOINT_UPDATE] = {"PATCH", "/business/customer/update", CF_SHAPE_OBJECT, true, true, true},
};

const cf_endpoint *cf_endpoint_get(cf_endpoint_id id)
{
    return &endpoints[id];
}

bool cf_endpoint_request(const cf_endpoint *endpoint, const char *id, size_t id_len, char *out,
                         cf_http_request *request)
{
    if (endpoint->takes_id) {
        if (!id || !cf_customer_id_valid(id, id_len)) {
            return false;
        }
        snprintf(out, CF_ENDPOINT_PATH_SIZE, "%s/%.*s", endpoint->path, (int)id_len, id);
    } else {
        snprintf(out, CF_ENDPOINT_PATH_SIZE, "%s", endpoint->path);
    }
    request->method = endpoint->method;
    request->path = out;
    return true;
}
