#include "check.h"
#include "core/endpoint.h"

TEST(every_endpoint_builds_its_request_from_the_table)
{
    char path[CF_ENDPOINT_PATH_SIZE];
    cf_http_request request = {0};
    const char *id = "507f1f77bcf86cd799439011";

    CHECK(cf_endpoint_request(cf_endpoint_get(CF_ENDPOINT_CREATE), NULL, 0, path, &request));
    CHECK_STR(request.method, "POST");
    CHECK_STR(request.path, "/business/customer/create");
    CHECK(!cf_endpoint_get(CF_ENDPOINT_CREATE)->idempotent && cf_endpoint_get(CF_ENDPOINT_CREATE)->has_body);
    CHECK(cf_endpoint_request(cf_endpoint_get(CF_ENDPOINT_LIST), NULL, 0, path, &request));
    CHECK_STR(request.method, "GET");
    CHECK(cf_endpoint_get(CF_ENDPOINT_LIST)->shape == CF_SHAPE_PAGE);
    CHECK(cf_endpoint_request(cf_endpoint_get(CF_ENDPOINT_DETAILS), id, 24, path, &request));
    CHECK_STR(request.path, "/business/customer/details/507f1f77bcf86cd799439011");
    CHECK(cf_endpoint_request(cf_endpoint_get(CF_ENDPOINT_UPDATE), id, 24, path, &request));
    CHECK_STR(request.method, "PATCH");
    CHECK_STR(request.path, "/business/customer/update/507f1f77bcf86cd799439011");
    CHECK(cf_endpoint_get(CF_ENDPOINT_UPDATE)->idempotent && cf_endpoint_get(CF_ENDPOINT_UPDATE)->has_body);
}

TEST(an_id_that_is_not_an_object_id_builds_no_request)
{
    char path[CF_ENDPOINT_PATH_SIZE] = "untouched";
    cf_http_request request = {0};

    CHECK(!cf_endpoint_request(cf_endpoint_get(CF_ENDPOINT_DETAILS), "507f1f77bcf86cd79943901", 23, path, &request));
    CHECK(!cf_endpoint_request(cf_endpoint_get(CF_ENDPOINT_DETAILS), "507f1f77bcf86cd79943901\0z", 25, path, &request));
    CHECK(!cf_endpoint_request(cf_endpoint_get(CF_ENDPOINT_UPDATE), NULL, 0, path, &request));
    CHECK_STR(path, "untouched");
    CHECK(request.path == NULL);
}
