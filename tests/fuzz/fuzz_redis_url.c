/* The Redis URL of rate_limit_store: cf_redis_url_parse on any bytes, and what it promises. A refused
 * URL leaves nothing allocated; an accepted one has a redacted form that parses back to the same
 * place, with *** for a password, and that is the same whatever the password was. */
#include "fuzz.h"

#include "core/redis_url.h"

static bool same_text(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static void check_redacted(const cf_redis_url *url)
{
    char *redacted = cf_redis_url_redacted(url), *other_redacted;
    cf_redis_url back, other;

    FUZZ_ASSERT(redacted != NULL, "an accepted URL has a redacted form");
    FUZZ_ASSERT(cf_redis_url_parse(redacted, strlen(redacted), &back) == NULL, "the redacted form parses");
    FUZZ_ASSERT(back.tls == url->tls && back.port == url->port && back.db == url->db, "the same place");
    FUZZ_ASSERT(same_text(back.host, url->host) && same_text(back.socket_path, url->socket_path), "the same place");
    FUZZ_ASSERT(same_text(back.username, url->username), "the same user");
    FUZZ_ASSERT(same_text(back.ca_file, url->ca_file), "the same CA file");
    FUZZ_ASSERT(same_text(back.password, url->password ? "***" : NULL), "the password shown as ***");

    /* the redaction owes nothing to the password */
    FUZZ_ASSERT(cf_redis_url_copy(url, &other), "copy");
    if (other.password) {
        other.password[0] = other.password[0] == 'x' ? 'y' : 'x';
    }
    other_redacted = cf_redis_url_redacted(&other);
    FUZZ_ASSERT(other_redacted && strcmp(other_redacted, redacted) == 0,
                "the redaction does not depend on the password");
    cf_redis_url_free(&other);
    cf_redis_url_free(&back);
    free(other_redacted);
    free(redacted);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_exact_copy(data, size);
    cf_redis_url url;
    const char *error = cf_redis_url_parse(text, size, &url);

    if (error) {
        FUZZ_ASSERT(!url.host && !url.socket_path && !url.username && !url.password && !url.ca_file,
                    "a refusal keeps nothing");
        FUZZ_ASSERT(strlen(error) > 0 && strlen(error) < 200, "a short message");
    } else {
        FUZZ_ASSERT((url.host != NULL) != (url.socket_path != NULL), "a host or a socket");
        FUZZ_ASSERT(url.socket_path || (url.port >= 1 && url.port <= 65535), "a port");
        FUZZ_ASSERT(url.db >= 0 && url.db <= CF_REDIS_MAX_DB, "a database");
        FUZZ_ASSERT(!url.username || url.password, "no user without a password");
        FUZZ_ASSERT(!url.ca_file || (url.tls && url.ca_file[0] == '/'), "a CA file only for TLS, by an absolute path");
        check_redacted(&url);
        cf_redis_url_free(&url);
    }
    free(text);
    return 0;
}
