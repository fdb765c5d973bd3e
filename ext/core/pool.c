#include "pool.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

/* Enough for a batch of 16 to find its handles set up. Connections do not depend on it: they stay in the
 * shared cache when a handle beyond it is released. */
#define MAX_IDLE 16

typedef struct idle_handle {
    char *key;
    cf_http *http;
} idle_handle;

struct cf_pool {
    idle_handle idle[MAX_IDLE];
    size_t count;
    /* Every handle the pool makes takes its connections from here, so single calls and batches of
     * this process (or thread) share them, whichever handles they run on. Held until the pool is freed,
     * it also keeps libcurl initialised for the idle handles to close with (see cf_curl_acquire): the
     * pool may outlive the module's own hold on it. */
    cf_connections *connections;
};

cf_pool *cf_pool_new(void)
{
    cf_pool *pool = calloc(1, sizeof(*pool));

    if (pool && !(pool->connections = cf_connections_new())) {
        free(pool);
        pool = NULL;
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
    /* Closed once the handles still out (an object's, a batch's) are released too. */
    cf_connections_let_go(pool->connections);
    free(pool);
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
    return cf_http_new(pool->connections);
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
    cf_http_wipe_secret(http);
    pool->idle[pool->count].key = copy;
    pool->idle[pool->count].http = http;
    pool->count++;
}

size_t cf_pool_idle(const cf_pool *pool)
{
    return pool ? pool->count : 0;
}
