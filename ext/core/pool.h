/* Idle libcurl handles kept between PHP requests, so a PHP-FPM worker opens one connection per API
 * host instead of one per page. One pool per thread (it lives in the module globals); a pool that
 * finds itself in a forked child forgets its parent's handles instead of touching their sockets. */
#ifndef CASHFIN_CORE_POOL_H
#define CASHFIN_CORE_POOL_H

#include "http.h"

typedef struct cf_pool cf_pool;

cf_pool *cf_pool_new(void);

/* Lets go of every idle handle (cf_http_release: closed, or abandoned when inherited through fork()). */
void cf_pool_free(cf_pool *pool);

/* An idle handle for the key (base URL and TLS settings), or a new one; NULL when out of memory. */
cf_http *cf_pool_take(cf_pool *pool, const char *key);

/* Hands a handle back for later requests; a full pool closes it instead. */
void cf_pool_give(cf_pool *pool, const char *key, cf_http *http);

/* How many handles wait in the pool: for tests and phpinfo(). */
size_t cf_pool_idle(const cf_pool *pool);

#endif
