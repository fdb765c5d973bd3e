#include "check.h"
#include "core/http.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

/* A loopback port that accepts connections (the kernel completes them) and never answers. */
static int silent_listener(int *port)
{
    struct sockaddr_in address = {0};
    socklen_t len = sizeof(address);
    int fd = socket(AF_INET, SOCK_STREAM, 0);

    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || bind(fd, (struct sockaddr *)&address, sizeof(address)) != 0 || listen(fd, 8) != 0 ||
        getsockname(fd, (struct sockaddr *)&address, &len) != 0) {
        return -1;
    }
    *port = ntohs(address.sin_port);
    return fd;
}

typedef struct text {
    char data[65536];
    size_t len;
} text;

static int keep_info(CURL *easy, curl_infotype type, char *data, size_t size, void *context)
{
    text *log = context;

    (void)easy;
    if (type == CURLINFO_TEXT && log->len + size < sizeof(log->data)) {
        memcpy(log->data + log->len, data, size);
        log->len += size;
        log->data[log->len] = '\0';
    }
    return 0;
}

TEST(a_handle_without_ca_info_keeps_libcurls_own_ca_bundle)
{
    static text log;
    char url[64], expected[512];
    char *built_in = NULL;
    int port = 0, listener = silent_listener(&port);
    cf_http *http = cf_http_new(NULL);
    cf_http_config config = {0};
    cf_http_request request = {.method = "GET", .path = "/business/customer/list"};
    cf_http_response response;

    CHECK(listener >= 0 && http != NULL);
    snprintf(url, sizeof(url), "https://127.0.0.1:%d", port);
    config.base_url = url;
    config.secret = "cs_test";
    config.user_agent = "test";
    config.timeout_ms = 300;
    config.connect_timeout_ms = 300;
    config.max_response_bytes = 1024;
    cf_http_config_stamp(&config);
    /* The first send configures the handle; the second, with the same config, only adds our listener. */
    cf_http_send(http, &config, &request, &response);
    cf_http_response_free(&response);
    curl_easy_setopt(cf_http_handle(http), CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(cf_http_handle(http), CURLOPT_DEBUGFUNCTION, keep_info);
    curl_easy_setopt(cf_http_handle(http), CURLOPT_DEBUGDATA, &log);
    cf_http_send(http, &config, &request, &response);
    cf_http_response_free(&response);

    /* Setting CURLOPT_CAINFO to NULL would have made it "none". */
    curl_easy_getinfo(cf_http_handle(http), CURLINFO_CAINFO, &built_in);
    snprintf(expected, sizeof(expected), "CAfile: %s", built_in ? built_in : "none");
    if (!strstr(log.data, expected)) {
        fprintf(stderr, "  expected \"%s\" in libcurl's log:\n%s\n", expected, log.data);
        *failed = true;
    }
    cf_http_release(http);
    close(listener);
}
