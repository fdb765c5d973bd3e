#include "check.h"
#include "core/redis_url.h"

#include <stdlib.h>

/* Parses a URL that must be valid and returns its redacted form (freed by the next call). */
static const char *redacted(const char *url, cf_redis_url *parsed, bool *failed)
{
    static char *last;
    const char *error = cf_redis_url_parse(url, strlen(url), parsed);

    if (error) {
        fprintf(stderr, "  %s: %s\n", url, error);
        *failed = true;
        return "";
    }
    free(last);
    last = cf_redis_url_redacted(parsed);
    return last;
}

TEST(redis_url_reads_tcp_urls_with_their_defaults)
{
    cf_redis_url url;

    CHECK_STR(redacted("redis://127.0.0.1", &url, failed), "redis://127.0.0.1:6379/0");
    CHECK(url.port == 6379 && url.db == 0 && !url.tls && !url.password && !url.username && !url.socket_path);
    cf_redis_url_free(&url);
    CHECK_STR(redacted("REDIS://cache.internal:6380/", &url, failed), "redis://cache.internal:6380/0");
    cf_redis_url_free(&url);
    CHECK_STR(redacted("redis://redis-1.example.com:7000/15", &url, failed), "redis://redis-1.example.com:7000/15");
    CHECK_STR(url.host, "redis-1.example.com");
    CHECK(url.port == 7000 && url.db == 15);
    cf_redis_url_free(&url);
    CHECK_STR(redacted("redis://[::1]:6379/2", &url, failed), "redis://[::1]:6379/2");
    CHECK_STR(url.host, "::1");
    cf_redis_url_free(&url);
    CHECK_STR(redacted("rediss://h:1/999999999", &url, failed), "rediss://h:1/999999999");
    CHECK(url.tls && url.db == 999999999L);
    cf_redis_url_free(&url);
}

TEST(redis_url_reads_passwords_and_never_shows_them)
{
    cf_redis_url url, copy;

    CHECK_STR(redacted("redis://:hunter2@10.0.0.5:6379/1", &url, failed), "redis://:***@10.0.0.5:6379/1");
    CHECK_STR(url.password, "hunter2");
    CHECK(url.username == NULL);
    cf_redis_url_free(&url);
    CHECK(url.password == NULL);

    CHECK_STR(redacted("redis://app%20user:p%40ss:w%2Fo@rd@host/3", &url, failed),
              "redis://app%20user:***@host:6379/3");
    CHECK_STR(url.username, "app user");
    CHECK_STR(url.password, "p@ss:w/o@rd");
    CHECK(cf_redis_url_copy(&url, &copy));
    CHECK_STR(copy.password, "p@ss:w/o@rd");
    CHECK(copy.password != url.password);
    cf_redis_url_free(&copy);
    cf_redis_url_free(&url);

    CHECK_STR(redacted("unix://:s3cret@/run/redis/redis.sock?db=4", &url, failed),
              "unix://:***@/run/redis/redis.sock?db=4");
    CHECK_STR(url.password, "s3cret");
    cf_redis_url_free(&url);
}

TEST(redis_url_reads_unix_sockets)
{
    cf_redis_url url;

    CHECK_STR(redacted("unix:///var/run/redis.sock", &url, failed), "unix:///var/run/redis.sock?db=0");
    CHECK_STR(url.socket_path, "/var/run/redis.sock");
    CHECK(url.host == NULL && url.port == 0 && url.db == 0);
    cf_redis_url_free(&url);
    CHECK_STR(redacted("unix:///tmp/r.sock?db=12", &url, failed), "unix:///tmp/r.sock?db=12");
    CHECK(url.db == 12);
    cf_redis_url_free(&url);
}

TEST(redis_url_reads_the_ca_file_of_a_tls_url_and_shows_it)
{
    cf_redis_url url, copy;

    CHECK_STR(redacted("rediss://:hunter2@redis.internal:6380/2?ca_file=/etc/redis/ca.pem", &url, failed),
              "rediss://:***@redis.internal:6380/2?ca_file=/etc/redis/ca.pem");
    CHECK(url.tls && url.db == 2 && url.port == 6380);
    CHECK_STR(url.ca_file, "/etc/redis/ca.pem");
    CHECK(cf_redis_url_copy(&url, &copy));
    CHECK_STR(copy.ca_file, "/etc/redis/ca.pem");
    CHECK(copy.ca_file != url.ca_file);
    cf_redis_url_free(&copy);
    cf_redis_url_free(&url);
    CHECK(url.ca_file == NULL);
    /* percent-encoded as a query value may be, shown with its slashes and what needs no escape as they are */
    CHECK_STR(redacted("rediss://h?ca_file=%2Fsrv%2Fmy%20certs%2Fca%3F.pem", &url, failed),
              "rediss://h:6379/0?ca_file=/srv/my%20certs/ca%3F.pem");
    CHECK_STR(url.ca_file, "/srv/my certs/ca?.pem");
    cf_redis_url_free(&url);
    CHECK_STR(redacted("rediss://h:1", &url, failed), "rediss://h:1/0");
    CHECK(url.ca_file == NULL);
    cf_redis_url_free(&url);
}

TEST(redis_url_refuses_what_it_cannot_read_without_repeating_the_url)
{
    static const char *bad[] = {
        "http://host:6379",
        "redis://",
        "redis://:6379",
        "redis://host:0",
        "redis://host:65536",
        "redis://host:-1",
        "redis://host:+80",
        "redis://host:",
        "redis://host/16x",
        "redis://host/-1",
        "redis://host/1234567890",
        "redis://host/0?timeout=1",
        "redis://host#x",
        "redis://ho st",
        "redis://host\n",
        "redis://hunter2@host",
        "redis://user:@host",
        "redis://:hunter2%@host",
        "redis://:hunter2%zz@host",
        "redis://:hunter2%00@host",
        "redis://::1:6379",
        "redis://[::1",
        "redis://[::1]x",
        "redis://[host]:1",
        "redis://h%41st",
        "unix://",
        "unix://relative/path",
        "unix:///path?database=1",
        "unix:///path?db=",
        "unix://hunter2@/path",
        "unix:///path#x",
        "redis://:hunter2@host?ca_file=/etc/ca.pem",
        "rediss://:hunter2@host?",
        "rediss://:hunter2@host?ca_file=",
        "rediss://:hunter2@host?ca_file=ca.pem",
        "rediss://:hunter2@host?ca_file=/etc/ca.pem&verify=no",
        "rediss://:hunter2@host?verify=no",
        "rediss://:hunter2@host?CA_FILE=/etc/ca.pem",
        "rediss://:hunter2@host?ca_file=/etc/%0Aca.pem",
        "rediss://:hunter2@host?ca_file=/etc/%00ca.pem",
        "rediss://:hunter2@host?ca_file=/etc/ca.pem#x",
        "rediss://:hunter2@host/x?ca_file=/etc/ca.pem",
        "unix:///path?ca_file=/etc/ca.pem",
    };
    cf_redis_url url;

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        const char *error = cf_redis_url_parse(bad[i], strlen(bad[i]), &url);

        if (!error) {
            fprintf(stderr, "  accepted %s\n", bad[i]);
            *failed = true;
            cf_redis_url_free(&url);
            continue;
        }
        CHECK(strstr(error, "hunter2") == NULL);
        CHECK(url.host == NULL && url.password == NULL && url.username == NULL && url.socket_path == NULL &&
              url.ca_file == NULL);
    }
    {
        char long_path[160] = "unix:///";

        memset(long_path + 8, 'p', 120);
        CHECK(cf_redis_url_parse(long_path, strlen(long_path), &url) != NULL);
    }
    {
        char long_ca_file[4200] = "rediss://h?ca_file=/";

        memset(long_ca_file + strlen(long_ca_file), 'p', CF_REDIS_MAX_CA_FILE);
        CHECK(cf_redis_url_parse(long_ca_file, strlen(long_ca_file), &url) != NULL);
        long_ca_file[strlen(long_ca_file) - 1] = '\0'; /* 4095 bytes with its slash */
        CHECK(cf_redis_url_parse(long_ca_file, strlen(long_ca_file), &url) == NULL);
        cf_redis_url_free(&url);
    }
    /* a NUL byte inside a PHP string ends nothing early */
    CHECK(cf_redis_url_parse("redis://host\0.evil", 17, &url) != NULL);
}

TEST(redis_url_tells_a_store_that_names_redis)
{
    CHECK(cf_redis_url_is_redis("redis://h", 9));
    CHECK(cf_redis_url_is_redis("Rediss://h", 10));
    CHECK(cf_redis_url_is_redis("unix:///s", 9));
    CHECK(!cf_redis_url_is_redis("host", 4));
    CHECK(!cf_redis_url_is_redis("process", 7));
    CHECK(!cf_redis_url_is_redis("redis:/", 7));
}
