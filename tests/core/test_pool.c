#include "check.h"
#include "core/pool.h"

#include <sys/wait.h>
#include <unistd.h>

TEST(pool_hands_back_the_handle_for_the_same_key)
{
    cf_pool *pool = cf_pool_new();
    cf_http *first = cf_pool_take(pool, "https://a\n\n");
    cf_http *other;

    CHECK(first != NULL);
    cf_pool_give(pool, "https://a\n\n", first);
    CHECK(cf_pool_idle(pool) == 1);
    other = cf_pool_take(pool, "https://b\n\n");
    CHECK(other != first);
    CHECK(cf_pool_take(pool, "https://a\n\n") == first);
    CHECK(cf_pool_idle(pool) == 0);
    cf_pool_give(pool, "https://a\n\n", first);
    cf_pool_give(pool, "https://b\n\n", other);
    cf_pool_free(pool);
}

TEST(pool_is_bounded)
{
    cf_pool *pool = cf_pool_new();

    for (int i = 0; i < 40; i++) {
        cf_pool_give(pool, "k", cf_http_new(NULL));
    }
    CHECK(cf_pool_idle(pool) <= 16);
    cf_pool_free(pool);
}

TEST(a_forked_child_never_reuses_the_parents_handles)
{
    cf_pool *pool = cf_pool_new();
    cf_http *handle = cf_pool_take(pool, "k");
    pid_t child;
    int status = 0;

    cf_pool_give(pool, "k", handle);
    child = fork();
    if (child == 0) {
        cf_http *mine = cf_pool_take(pool, "k");
        /* The parent's idle handle is forgotten, not handed out: the pool is empty after the take. */
        int code = (mine != NULL && cf_pool_idle(pool) == 0) ? 0 : 1;

        _exit(code);
    }
    CHECK(child > 0);
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(cf_pool_idle(pool) == 1); /* the parent still has its own */
    cf_pool_free(pool);
}

TEST(a_handle_given_back_is_set_up_again_for_its_next_request)
{
    cf_pool *pool = cf_pool_new();
    cf_http *handle = cf_pool_take(pool, "k");
    cf_http_config config = {.base_url = "https://127.0.0.1:9", .secret = "cs_test", .user_agent = "test"};
    cf_http_request request = {.method = "GET", .path = "/business/customer/list"};
    cf_http_response response = {0};

    cf_http_config_stamp(&config);
    CHECK(cf_http_begin(handle, &config, &request, &response));
    cf_http_end(handle);
    /* The pool wipes its header lists (the secret); the same config then builds them again. */
    cf_pool_give(pool, "k", handle);
    CHECK(cf_pool_take(pool, "k") == handle);
    CHECK(cf_http_begin(handle, &config, &request, &response));
    cf_http_end(handle);
    cf_pool_give(pool, "k", handle);
    cf_pool_free(pool);
    cf_http_response_free(&response);
}
