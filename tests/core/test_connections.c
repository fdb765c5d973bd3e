#include "check.h"
#include "core/connections.h"
#include "core/pool.h"

#include <sys/wait.h>
#include <unistd.h>

TEST(connections_close_with_their_last_holder)
{
    int before = cf_curl_users();
    cf_connections *connections = cf_connections_new();

    CHECK(connections != NULL);
    CHECK(cf_connections_share(connections) != NULL);
    CHECK(cf_connections_hold(connections) == connections);
    CHECK(cf_curl_users() == before + 1); /* the share may close its connections after the module let go */
    cf_connections_let_go(connections);
    CHECK(cf_curl_users() == before + 1);
    cf_connections_let_go(connections); /* the last: the share is cleaned up (a leak or a double free shows) */
    CHECK(cf_curl_users() == before);
    cf_connections_let_go(NULL);
    CHECK(cf_connections_share(NULL) == NULL);
}

TEST(a_handle_taken_from_a_pool_outlives_it_with_its_connections)
{
    cf_pool *pool = cf_pool_new();
    cf_http *handle = pool ? cf_pool_take(pool, "k") : NULL;
    cf_http_config config = {.base_url = "https://127.0.0.1:9", .secret = "cs_test", .user_agent = "test"};
    cf_http_request request = {.method = "GET", .path = "/business/customer/list"};
    cf_http_response response = {0};

    CHECK(handle != NULL);
    /* Setting the handle up attaches it to the pool's share, as a request would. */
    cf_http_config_stamp(&config);
    CHECK(cf_http_begin(handle, &config, &request, &response));
    cf_http_end(handle);
    /* Out of order: the pool goes first, its share still in use by the handle; the share waits for it
     * (libcurl refuses to clean up a share in use: it would leak). */
    cf_pool_free(pool);
    cf_http_release(handle);
    cf_http_response_free(&response);
}

TEST(a_forked_child_gets_a_share_of_its_own)
{
    cf_connections *connections = cf_connections_new();
    void *parents = cf_connections_share(connections);
    pid_t child;
    int status = 0;

    CHECK(parents != NULL);
    child = fork();
    if (child == 0) {
        size_t before = cf_abandoned_count();
        void *own = cf_connections_share(connections);
        /* The parent's share is kept aside untouched; the child's is asked for once, then kept. */
        bool right = own != NULL && own != parents && cf_abandoned_count() == before + 1 &&
                     cf_connections_share(connections) == own;

        cf_connections_let_go(connections); /* cleans up the child's own share, not the parent's */
        _exit(right && cf_abandoned_count() == before + 1 ? 0 : 1);
    }
    CHECK(child > 0);
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(cf_connections_share(connections) == parents);
    cf_connections_let_go(connections);
}

TEST(a_forked_child_abandons_a_share_it_never_used)
{
    cf_connections *connections = cf_connections_new();
    pid_t child;
    int status = 0;

    child = fork();
    if (child == 0) {
        size_t before = cf_abandoned_count();

        cf_connections_let_go(connections);
        _exit(cf_abandoned_count() == before + 1 ? 0 : 1);
    }
    CHECK(child > 0);
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    cf_connections_let_go(connections);
}
