#include "pool.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>

#define current_pid() cf_current_pid()

/* A few per key cover several Customers objects alive at once; more would only hold sockets open. */
#define MAX_IDLE 16

typedef struct idle_handle {
    char *key;
    cf_http *http;
} idle_handle;

struct cf_pool {
    idle_handle idle[MAX_IDLE];
    size_t count;
    long pid;
};

cf_pool *cf_pool_new(void)
{
    cf_pool *pool = calloc(1, sizeof(*pool));

    if (pool) {
        pool->pid = (long)current_pid();
    }
    return pool;
}

/* After fork() the handles' sockets and TLS state are shared with the parent: closing them here
 * would send a TLS close_notify on the parent's connection. The child forgets them instead. */
static void forget_after_fork(cf_pool *pool)
{
    if (pool->pid == (long)current_pid()) {
        return;
    }
    for (size_t i = 0; i < pool->count; i++) {
        free(pool->idle[i].key);
        cf_http_abandon(pool->idle[i].http);
    }
    pool->count = 0;
    pool->pid = (long)current_pid();
}

void cf_pool_free(cf_pool *pool)
{
    if (!pool) {
        return;
    }
    forget_after_fork(pool);
    for (size_t i = 0; i < pool->count; i++) {
        free(pool->idle[i].key);
        cf_http_free(pool->idle[i].http);
    }
    free(pool);
}

cf_http *cf_pool_take(cf_pool *pool, const char *key)
{
    forget_after_fork(pool);
    /* The most recently returned handle has the freshest connection. */
    for (size_t i = pool->count; i > 0; i--) {
        idle_handle *entry = &pool->idle[i - 1];

        if (strcmp(entry->key, key) == 0) {
            cf_http *http = entry->http;

            free(entry->key);
            memmove(entry, entry + 1, (pool->count - i) * sizeof(*entry));
            pool->count--;
            return http;
        }
    }
    return cf_http_new();
}

void cf_pool_give(cf_pool *pool, const char *key, cf_http *http)
{
    char *copy;

    forget_after_fork(pool);
    copy = cf_strndup(key, strlen(key));
    if (!copy || pool->count == MAX_IDLE) {
        free(copy);
        cf_http_free(http);
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
