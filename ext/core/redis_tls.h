/* TLS for the Redis budget (rediss://), in builds whose hiredis has it (hiredis_ssl: config.m4 then
 * defines CASHFIN_HAVE_HIREDIS_SSL). Without it every function here refuses, and
 * cf_redis_tls_unsupported says why.
 *
 * hiredis's own context (redisCreateSSLContext) checks the server's certificate chain but not the name
 * in it: the server name it is given is only sent (SNI). So each connection's SSL object is made here,
 * from an OpenSSL context of the budget's, with OpenSSL's own check of the host name or IP address, and
 * handed to hiredis (redisInitiateSSL), which then reads and writes through it.
 *
 * A cf_redis_tls is one such context: TLS 1.2 or later, the server's certificate always verified,
 * against the CA file the URL names or the system's CA store. A budget makes it at its first TLS
 * connection and keeps it for the next ones, so the CAs are loaded once per process (per thread under
 * ZTS) and budget; it goes with the budget (at module shutdown at the latest), or after a handshake that
 * failed, so that the next attempt reads a CA file replaced meanwhile. It holds no connection and
 * no descriptor: a child after fork() makes connections of its own from the copy it inherits. */
#ifndef CASHFIN_CORE_REDIS_TLS_H
#define CASHFIN_CORE_REDIS_TLS_H

#include <stdbool.h>
#include <stddef.h>

struct redisContext;
typedef struct cf_redis_tls cf_redis_tls;

/* NULL when this build speaks TLS to Redis; else why not, for a ValueError. */
const char *cf_redis_tls_unsupported(void);

/* A context that trusts the CAs of ca_file (NULL: the system's). NULL when it cannot be made, with the
 * reason in why (e.g. "the ca_file holds no CA certificate: no certificate or crl found"). */
cf_redis_tls *cf_redis_tls_new(const char *ca_file, char *why, size_t why_size);
void cf_redis_tls_free(cf_redis_tls *tls);

/* The TLS handshake on a connected blocking hiredis connection, whose socket timeouts bound each of its
 * reads and writes; the server's certificate must be valid for `host`, a name or an IP address. False,
 * with the reason in why, when it fails or is refused; the connection is then only fit for redisFree. */
bool cf_redis_tls_start(cf_redis_tls *tls, struct redisContext *connection, const char *host, char *why,
                        size_t why_size);

/* Drops what OpenSSL noted of this thread's failures: left queued, it would be reported by the next
 * code in the process that reads that queue (PHP's openssl_error_string(), say) as its own. */
void cf_redis_tls_forget_errors(void);

#endif
