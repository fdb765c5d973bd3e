#include "redis_tls.h"

#include <stdio.h>

#ifndef CASHFIN_HAVE_HIREDIS_SSL
const char *cf_redis_tls_unsupported(void)
{
    return "rediss:// is not supported: the hiredis this cashfin is built with has no TLS (hiredis_ssl); "
           "use redis:// on a private network, a unix socket, or a TLS tunnel to Redis";
}

cf_redis_tls *cf_redis_tls_new(const char *ca_file, char *why, size_t why_size)
{
    (void)ca_file;
    snprintf(why, why_size, "%s", cf_redis_tls_unsupported());
    return NULL;
}

void cf_redis_tls_free(cf_redis_tls *tls)
{
    (void)tls;
}

bool cf_redis_tls_start(cf_redis_tls *tls, struct redisContext *connection, const char *host, char *why,
                        size_t why_size)
{
    (void)tls;
    (void)connection;
    (void)host;
    snprintf(why, why_size, "%s", cf_redis_tls_unsupported());
    return false;
}

void cf_redis_tls_forget_errors(void)
{
}
#else
#include <hiredis/hiredis.h>
#include <hiredis/hiredis_ssl.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <stdlib.h>

struct cf_redis_tls {
    SSL_CTX *context;
};

const char *cf_redis_tls_unsupported(void)
{
    return NULL;
}

void cf_redis_tls_forget_errors(void)
{
    ERR_clear_error();
}

/* OpenSSL's words for this thread's latest failure; the queue is emptied (cf_redis_tls_forget_errors). */
static const char *latest_openssl_error(void)
{
    unsigned long code = ERR_peek_last_error();
    const char *reason = code ? ERR_reason_error_string(code) : NULL;

    ERR_clear_error();
    return reason ? reason : "no reason given";
}

static bool trust_cas(SSL_CTX *context, const char *ca_file, char *why, size_t why_size)
{
    if (ca_file ? SSL_CTX_load_verify_locations(context, ca_file, NULL) == 1
                : SSL_CTX_set_default_verify_paths(context) == 1) {
        return true;
    }
    snprintf(why, why_size, "the %s could not be loaded: %s", ca_file ? "ca_file" : "system's CA store",
             latest_openssl_error());
    return false;
}

cf_redis_tls *cf_redis_tls_new(const char *ca_file, char *why, size_t why_size)
{
    cf_redis_tls *tls = calloc(1, sizeof(*tls));

    /* what hiredis asks of its users before any TLS; OpenSSL 1.1 and later initialise themselves once */
    redisInitOpenSSL();
    if (!tls || !(tls->context = SSL_CTX_new(TLS_client_method()))) {
        snprintf(why, why_size, "no TLS context: %s", tls ? latest_openssl_error() : "out of memory");
        free(tls);
        return NULL;
    }
    SSL_CTX_set_min_proto_version(tls->context, TLS1_2_VERSION);
    SSL_CTX_set_verify(tls->context, SSL_VERIFY_PEER, NULL);
    if (!trust_cas(tls->context, ca_file, why, why_size)) {
        cf_redis_tls_free(tls);
        return NULL;
    }
    return tls;
}

void cf_redis_tls_free(cf_redis_tls *tls)
{
    if (tls) {
        SSL_CTX_free(tls->context);
        free(tls);
    }
}

static bool is_ip_address(const char *host)
{
    unsigned char address[sizeof(struct in6_addr)];

    return inet_pton(AF_INET, host, address) == 1 || inet_pton(AF_INET6, host, address) == 1;
}

/* The name the certificate must be valid for. An IP address is matched against the certificate's IP
 * addresses and sent as no SNI (which carries names only); a name is sent, and matched with no partial
 * wildcards (r*.example.com), as libcurl does. */
static bool expect_host(SSL *ssl, const char *host)
{
    if (is_ip_address(host)) {
        return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host) == 1;
    }
    SSL_set_hostflags(ssl, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    return SSL_set_tlsext_host_name(ssl, host) == 1 && SSL_set1_host(ssl, host) == 1;
}

static void describe_failure(SSL *ssl, const redisContext *connection, char *why, size_t why_size)
{
    long verified = SSL_get_verify_result(ssl);

    if (verified != X509_V_OK) {
        snprintf(why, why_size, "the server's certificate was refused: %s", X509_verify_cert_error_string(verified));
    } else if (SSL_want_read(ssl) || SSL_want_write(ssl)) {
        /* a blocking socket wants more only when its timeout ended the read or the write */
        snprintf(why, why_size, "timed out");
    } else {
        snprintf(why, why_size, "%s", connection->errstr);
    }
}

bool cf_redis_tls_start(cf_redis_tls *tls, redisContext *connection, const char *host, char *why, size_t why_size)
{
    SSL *ssl = SSL_new(tls->context);

    if (!ssl || !expect_host(ssl, host)) {
        snprintf(why, why_size, "no TLS connection could be set up: %s", latest_openssl_error());
        SSL_free(ssl);
        return false;
    }
    if (redisInitiateSSL(connection, ssl) != REDIS_OK) {
        describe_failure(ssl, connection, why, why_size);
        SSL_free(ssl); /* hiredis takes it over only once the handshake has succeeded */
        ERR_clear_error();
        return false;
    }
    return true;
}
#endif
