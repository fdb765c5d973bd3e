/* The cost of one reservation in each shared store: the host budget's compare-and-swap in shared memory
 * and the Redis budget's round trip (one EVALSHA). Built and run by bench/rate.sh:
 *
 *   reserve COUNT [REDIS_URL]      prints "host <ns per reservation>" and "redis <ns per reservation>"
 *
 * The budget has no rate (interval 0), so every reservation is granted at once and only its cost counts. */
#include "core/budget.h"
#include "core/budget_host.h"
#include "core/budget_redis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double per_reservation_ns(uint64_t started_us, long count)
{
    return (double)(cf_budget_now_us() - started_us) * 1000.0 / (double)count;
}

static void time_host(const char *key, long count)
{
    cf_host_budget budget;
    uint64_t started;

    cf_host_budget_open(&budget, key, CF_HOST_BUDGET_MODE);
    started = cf_budget_now_us();
    for (long i = 0; i < count; i++) {
        cf_budget_request request = {CF_BUDGET_BULK, cf_budget_now_us(), 0, 1.0};

        cf_host_budget_reserve(&budget, &request);
    }
    printf("host %.0f %s\n", per_reservation_ns(started, count),
           budget.scope == CF_HOST_BUDGET_SHARED ? "shared" : "private");
    cf_host_budget_close(&budget);
    cf_host_budget_remove(key);
}

static int time_redis(const char *key, const char *text, long count)
{
    cf_redis_url url;
    cf_redis_budget *budget;
    cf_budget_reservation reservation;
    uint64_t started;
    long answered = 0;

    if (cf_redis_url_parse(text, strlen(text), &url) || !(budget = cf_redis_budget_new(&url, key))) {
        fprintf(stderr, "reserve: cannot use %s\n", text);
        return 1;
    }
    started = cf_budget_now_us();
    for (long i = 0; i < count; i++) {
        cf_budget_request request = {CF_BUDGET_BULK, cf_budget_now_us(), 0, 1.0};

        answered += cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_ANSWERED;
    }
    printf("redis %.0f answered %ld of %ld\n", per_reservation_ns(started, count), answered, count);
    cf_redis_budget_free(budget);
    cf_redis_url_free(&url);
    return answered == count ? 0 : 1;
}

int main(int argc, char **argv)
{
    char key[CF_BUDGET_KEY_SIZE];
    long count = argc > 1 ? strtol(argv[1], NULL, 10) : 100000;

    if (count < 1) {
        fprintf(stderr, "usage: reserve COUNT [REDIS_URL]\n");
        return 2;
    }
    cf_budget_key("https://bench.invalid", "cs_reserve_bench", 16, key);
    time_host(key, count * 10);
    return argc > 2 ? time_redis(key, argv[2], count) : 0;
}
