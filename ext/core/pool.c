#include "pool.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* A few per key cover several Customers objects alive at once; more would only hold sockets open. */
#define MAX_IDLE 16

typedef struct idle_handle {
    char *key;
    cf_http *http;
} idle_handle;

struct cf_pool {
    idle_handle idle[MAX_IDLE];
    size_t count;
};

cf_pool *cf_pool_new(void)
{
    cf_pool *pool;

    /* The pool may outlive the module's own hold on libcurl (see cf_curl_acquire). */
    if (!cf_curl_acquire()) {
        return NULL;
    }
    pool = calloc(1, sizeof(*pool));
    if (!pool) {
        cf_curl_release();
    }
    return pool;
}

static void remove_at(cf_pool *pool, size_t i)
{
    free(pool->idle[i].key);
    memmove(&pool->idle[i], &pool->idle[i + 1], (pool->count - i - 1) * sizeof(pool->idle[0]));
    pool->count--;
}

/* In a forked child the parent's idle handles are let go (cf_http_release abandons them), never lent. */
static void drop_inherited(cf_pool *pool)
{
    for (size_t i = pool->count; i > 0; i--) {
        if (cf_http_inherited(pool->idle[i - 1].http)) {
            cf_http_release(pool->idle[i - 1].http);
            remove_at(pool, i - 1);
        }
    }
}

void cf_pool_free(cf_pool *pool)
{
    if (!pool) {
        return;
    }
    while (pool->count > 0) {
        cf_http_release(pool->idle[pool->count - 1].http);
        remove_at(pool, pool->count - 1);
    }
    free(pool);
    cf_curl_release();
}

cf_http *cf_pool_take(cf_pool *pool, const char *key)
{
    drop_inherited(pool);
    /* The most recently returned handle has the freshest connection. */
    for (size_t i = pool->count; i > 0; i--) {
        if (strcmp(pool->idle[i - 1].key, key) == 0) {
            cf_http *http = pool->idle[i - 1].http;

            remove_at(pool, i - 1);
            return http;
        }
    }
    return cf_http_new();
}

void cf_pool_give(cf_pool *pool, const char *key, cf_http *http)
{
    char *copy;

    drop_inherited(pool);
    copy = cf_http_inherited(http) || pool->count == MAX_IDLE ? NULL : cf_strndup(key, strlen(key));
    if (!copy) {
        cf_http_release(http);
        return;
    }
    pool->idle[pool->count].key = copy;
    pool->idle[pool->count].http = http;
    pool->count++;
}

size_t cf_pool_idle(const cf_pool *pool)
{
    return pool ? pool->count : 0;
}
