/* Where a fleet's rate-limit budget lives: the Redis URL of the rate_limit_store option.
 *
 *   redis://[[user]:password@]host[:port][/db]     TCP; port 6379 and database 0 by default
 *   rediss://...[?ca_file=/path/ca.pem]             the same over TLS; the server's certificate is checked
 *                                                   against the system's CA store, or the CA file given
 *   unix://[[user]:password@]/path/redis.sock[?db=N]
 *
 * The user, the password and the CA file's path may be percent-encoded. The password is a secret like the client's: no
 * message ever shows it (cf_redis_url_redacted writes *** in its place), and it is wiped when freed. */
#ifndef CASHFIN_CORE_REDIS_URL_H
#define CASHFIN_CORE_REDIS_URL_H

#include <stdbool.h>
#include <stddef.h>

#define CF_REDIS_DEFAULT_PORT 6379
#define CF_REDIS_MAX_DB 999999999L
#define CF_REDIS_MAX_SOCKET_PATH 107 /* bytes: sun_path holds 108 with its NUL on Linux */
#define CF_REDIS_MAX_CA_FILE 4095    /* bytes: PATH_MAX with its NUL on Linux */

typedef struct cf_redis_url {
    bool tls;          /* rediss:// */
    char *host;        /* NULL for a unix socket; an IPv6 address without its brackets */
    int port;          /* 0 for a unix socket */
    char *socket_path; /* NULL for TCP */
    char *username;    /* NULL: the default user */
    char *password;    /* NULL: no AUTH */
    long db;
    char *ca_file; /* rediss:// only: an absolute path; NULL: the system's CA store */
} cf_redis_url;

/* Whether a rate_limit_store value names Redis (redis://, rediss:// or unix://, in any case) rather
 * than 'process' or 'host'. */
bool cf_redis_url_is_redis(const char *store, size_t len);

/* Parses url into *out. Returns NULL on success; otherwise a static message that says which part is
 * wrong without repeating any of the URL, and *out holds nothing to free. */
const char *cf_redis_url_parse(const char *url, size_t len, cf_redis_url *out);

/* A deep copy, or false when out of memory (then *copy holds nothing to free). */
bool cf_redis_url_copy(const cf_redis_url *url, cf_redis_url *copy);

/* Frees the strings, wiping the password. */
void cf_redis_url_free(cf_redis_url *url);

/* The URL as it may be shown: the password as ***. malloc'd, NULL when out of memory. */
char *cf_redis_url_redacted(const cf_redis_url *url);

#endif
