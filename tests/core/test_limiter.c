#include "check.h"
#include "core/limiter.h"

#ifdef CASHFIN_HAVE_HIREDIS

/* A client's limiter on the Redis at `url`, for one account; no I/O happens until a reservation. */
static bool redis_limiter(cf_limiter *limiter, cf_limiter_shared *shared, const char *url, cf_redis_url *parsed)
{
    cf_limiter_settings settings = {0};

    if (cf_redis_url_parse(url, strlen(url), parsed) != NULL) {
        return false;
    }
    settings.store = CF_LIMITER_REDIS;
    settings.requests_per_second = 5;
    settings.bulk_share = 0.8;
    settings.redis = parsed;
    settings.base_url = "https://api.example.test";
    settings.secret = "cs_limiter_test";
    return cf_limiter_init(limiter, shared, &settings);
}

TEST(redis_connections_are_shared_only_by_the_same_credentials)
{
    /* A user name and a password that would read alike if their parts were only joined with a newline. */
    const char *urls[] = {"redis://x:y%0Az@127.0.0.1:1/0", "redis://x%0Ay:z@127.0.0.1:1/0",
                          "redis://x:y%0Az@127.0.0.1:1/0"};
    cf_limiter_shared *shared = cf_limiter_shared_new();
    cf_limiter limiters[3];
    cf_redis_url parsed[3];
    bool made[3];

    CHECK(shared != NULL);
    for (int i = 0; i < 3; i++) {
        made[i] = shared && redis_limiter(&limiters[i], shared, urls[i], &parsed[i]);
        CHECK(made[i]);
    }
    if (made[0] && made[1] && made[2]) {
        CHECK(limiters[0].redis != limiters[1].redis);
        CHECK(limiters[0].redis == limiters[2].redis);
    }
    for (int i = 0; i < 3; i++) {
        if (made[i]) {
            cf_limiter_free(&limiters[i]);
            cf_redis_url_free(&parsed[i]);
        }
    }
    cf_limiter_shared_free(shared);
}

#endif
