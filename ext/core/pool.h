/* Idle libcurl handles kept between PHP requests, and the connections they share (connections.h), so a
 * PHP-FPM worker keeps its API connections from page to page, for single calls and batches alike. One
 * pool per thread (it lives in the module globals), and one of its own for each client with persistent
 * => false (closed with it). A pool that finds itself in a forked child forgets its parent's handles
 * and connections instead of touching their sockets. */
#ifndef CASHFIN_CORE_POOL_H
#define CASHFIN_CORE_POOL_H

#include "http.h"

typedef struct cf_pool cf_pool;

cf_pool *cf_pool_new(void);

/* Lets go of every idle handle (cf_http_release: closed, or abandoned when inherited through fork()), and
 * of the connections, which close once the handles taken from the pool are released too. */
void cf_pool_free(cf_pool *pool);

/* An idle handle for the key (base URL and TLS settings), or a new one; NULL when out of memory. */
cf_http *cf_pool_take(cf_pool *pool, const char *key);

/* Hands a handle back for later requests, its header lists wiped (they hold the secret of the client that
 * used it); a full pool releases it instead (its connection stays in the pool's cache). */
void cf_pool_give(cf_pool *pool, const char *key, cf_http *http);

/* How many handles wait in the pool: for tests and phpinfo(). */
size_t cf_pool_idle(const cf_pool *pool);

#endif
