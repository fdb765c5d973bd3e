/* A connection cache that many handles share: a libcurl share of open connections and TLS sessions.
 * Easy handles attached to it find its idle connections whatever drives them (curl_easy_perform for a
 * single call, a batch's multi handle), where each would otherwise keep a cache of its own that no
 * other handle sees. libcurl matches a connection to a request by scheme, host, port, proxy and TLS
 * settings (CA file, verification), so configurations that differ never share one.
 *
 * One cache per connection pool (per process, per thread under ZTS), never used by two threads at once,
 * so it needs no locks. Counted: the pool and every handle attached hold it, and the last one to let go
 * closes its connections. In a forked child the parent's cache is never touched again: the child's
 * handles get a cache of its own. */
#ifndef CASHFIN_CORE_CONNECTIONS_H
#define CASHFIN_CORE_CONNECTIONS_H

/* The most connections a cache keeps open: a batch of the highest concurrency keeps all its own. */
#define CF_CONNECTIONS_MAX 64

typedef struct cf_connections cf_connections;

/* A cache with one holder (the caller); NULL when out of memory. */
cf_connections *cf_connections_new(void);

/* One more holder. NULL is passed through. */
cf_connections *cf_connections_hold(cf_connections *connections);

/* One holder fewer; the last one closes the connections (or, in a forked child, abandons the parent's
 * share untouched). Every handle attached must have been cleaned up or abandoned first. NULL is ignored. */
void cf_connections_let_go(cf_connections *connections);

/* The libcurl share (CURLSH *) to attach a handle of this process to: in a forked child a new one is
 * made the first time it is asked for. NULL when there is none to give (out of memory): the handle then
 * keeps its connections to itself. */
void *cf_connections_share(cf_connections *connections);

#endif
