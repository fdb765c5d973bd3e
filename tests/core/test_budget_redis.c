#include "budget_support.h"
#include "check.h"
#include "core/budget_host.h"
#include "core/budget_redis.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CASHFIN_HAVE_HIREDIS
TEST(redis_budget_built_without_hiredis_refuses_redis_urls)
{
    cf_redis_url url;

    CHECK(cf_redis_url_parse("redis://127.0.0.1", 17, &url) == NULL);
    CHECK(strstr(cf_redis_budget_unsupported(&url), "without Redis support") != NULL);
    CHECK(cf_redis_budget_new(&url, "0123") == NULL);
    cf_redis_url_free(&url);
    fprintf(stderr, "  built without hiredis: the Redis budget tests need libhiredis-dev (bash scripts/setup.sh)\n");
}
#else
#include <hiredis/hiredis.h>

#define PASSWORD "hunter2-fleet-password"

/* What a process on a busy machine may lose to the scheduler on top of a documented bound. */
#define SCHEDULING_MARGIN UINT64_C(100000)

static cf_redis_budget *budget_at(const char *url_text, const char *key, uint64_t interval)
{
    cf_redis_url url;
    cf_redis_budget *budget;

    if (cf_redis_url_parse(url_text, strlen(url_text), &url) != NULL) {
        return NULL;
    }
    budget = cf_redis_budget_new(&url, key);
    cf_redis_url_free(&url);
    if (budget) {
        cf_redis_budget_set_interval(budget, interval);
    }
    return budget;
}

/* A budget with a key of its own, on the server's TCP port. */
static cf_redis_budget *fresh_tcp_budget(const redis_server *server, char key[CF_BUDGET_KEY_SIZE], uint64_t interval)
{
    char url[256];

    fresh_budget_key(key);
    snprintf(url, sizeof(url), "redis://:%s@127.0.0.1:%d", PASSWORD, server->port);
    return budget_at(url, key, interval);
}

static uint64_t elapsed_since(uint64_t from)
{
    return cf_budget_now_us() - from;
}

static cf_budget_request request_now(cf_budget_kind kind, uint64_t max_wait)
{
    cf_budget_request request = {kind, cf_budget_now_us(), max_wait, 0.8};

    return request;
}

/* A connection of the test's own to the server, to look at what the budget keeps. */
static redisContext *look_at(const redis_server *server, int db)
{
    redisContext *c = redisConnectUnix(server->socket_path);

    if (c && !c->err) {
        freeReplyObject(redisCommand(c, "AUTH %s", PASSWORD));
        freeReplyObject(redisCommand(c, "SELECT %d", db));
    }
    return c;
}

static long long integer_reply(redisContext *c, const char *format, const char *argument)
{
    redisReply *reply = redisCommand(c, format, argument);
    long long value = -1;

    if (reply && reply->type == REDIS_REPLY_INTEGER) {
        value = reply->integer;
    } else if (reply && reply->type == REDIS_REPLY_STRING) {
        value = atoll(reply->str);
    }
    freeReplyObject(reply);
    return value;
}

static long connections_received(redisContext *look)
{
    redisReply *reply = redisCommand(look, "INFO stats");
    const char *total = reply && reply->str ? strstr(reply->str, "total_connections_received:") : NULL;
    long count = total ? atol(total + strlen("total_connections_received:")) : -1;

    freeReplyObject(reply);
    return count;
}

static const char *const with_password[] = {"--requirepass", PASSWORD, NULL};

TEST(redis_budget_spaces_starts_through_one_script_over_tcp_and_a_unix_socket)
{
    redis_server server;
    char key[CF_BUDGET_KEY_SIZE], url[256];
    cf_redis_budget *tcp, *unix_socket;
    cf_budget_reservation reservation, previous = {0};
    cf_budget_request request;
    uint64_t previous_took = 0;

    if (!redis_server_start(&server, with_password)) {
        CHECK(!"redis-server starts");
        return;
    }
    fresh_budget_key(key);
    snprintf(url, sizeof(url), "redis://:%s@127.0.0.1:%d/3", PASSWORD, server.port);
    tcp = budget_at(url, key, 100000);
    snprintf(url, sizeof(url), "unix://:%s@%s?db=3", PASSWORD, server.socket_path);
    unix_socket = budget_at(url, key, 0); /* no rate of its own: it uses the one in Redis */
    CHECK(tcp && unix_socket);
    CHECK(strstr(cf_redis_budget_redacted_url(tcp), ":***@127.0.0.1:") != NULL);
    CHECK(strstr(cf_redis_budget_redacted_url(tcp), PASSWORD) == NULL);

    for (int i = 0; i < 6; i++) {
        uint64_t took;

        request = request_now(CF_BUDGET_INTERACTIVE, 5 * CF_BUDGET_SECOND_US);
        CHECK(cf_redis_budget_reserve(i % 2 ? unix_socket : tcp, &request, &reservation) == CF_REDIS_ANSWERED);
        took = elapsed_since(request.now);
        CHECK(reservation.reserved);
        /* Redis spaces them exactly; this host sees each start late by at most the call's own time */
        if (i > 0) {
            CHECK(reservation.start + previous_took + 1000 >= previous.start + 100000);
            CHECK(reservation.start <= previous.start + 100000 + took + 1000);
        }
        previous = reservation;
        previous_took = took;
    }
    /* a bulk call finds no start free now, and is told when to ask again */
    request = request_now(CF_BUDGET_BULK, 0);
    CHECK(cf_redis_budget_reserve(tcp, &request, &reservation) == CF_REDIS_ANSWERED);
    CHECK(!reservation.reserved);
    CHECK(reservation.start + previous_took + 1000 >= previous.start + 100000);

    /* what Redis keeps: in database 3, named by the key alone, with an expiry */
    {
        redisContext *db0 = look_at(&server, 0), *db3 = look_at(&server, 3);

        CHECK(integer_reply(db0, "EXISTS " CF_REDIS_KEY_PREFIX "%s", key) == 0);
        CHECK(integer_reply(db3, "HGET " CF_REDIS_KEY_PREFIX "%s interval", key) == 100000);
        CHECK(integer_reply(db3, "PTTL " CF_REDIS_KEY_PREFIX "%s", key) > 59000);
        CHECK(integer_reply(db3, "PTTL " CF_REDIS_KEY_PREFIX "%s", key) < 62000);
        freeReplyObject(redisCommand(db0, "SCRIPT FLUSH"));
        redisFree(db0);
        redisFree(db3);
    }

    /* a pause holds every client */
    request = request_now(CF_BUDGET_INTERACTIVE, 5 * CF_BUDGET_SECOND_US);
    CHECK(cf_redis_budget_pause(unix_socket, request.now, 2 * CF_BUDGET_SECOND_US) == CF_REDIS_ANSWERED);
    CHECK(cf_redis_budget_reserve(tcp, &request, &reservation) == CF_REDIS_ANSWERED);
    CHECK(reservation.start >= request.now + 2 * CF_BUDGET_SECOND_US - 5000);

    /* the server forgot its scripts above: that costs one more round trip, not a failure */
    request = request_now(CF_BUDGET_INTERACTIVE, 5 * CF_BUDGET_SECOND_US);
    CHECK(cf_redis_budget_reserve(tcp, &request, &reservation) == CF_REDIS_ANSWERED && reservation.reserved);
    CHECK_STR(cf_redis_budget_last_error(tcp), "");

    cf_redis_budget_free(tcp);
    cf_redis_budget_free(unix_socket);
    redis_server_stop(&server);
}

TEST(redis_budget_failures_back_off_and_never_show_the_password)
{
    static const char *const auth_unknown[] = {"--rename-command", "AUTH", "", NULL};
    redis_server guarded, echoing;
    char key[CF_BUDGET_KEY_SIZE], url[256];
    cf_redis_budget *budget;
    cf_budget_request request = request_now(CF_BUDGET_INTERACTIVE, CF_BUDGET_SECOND_US);
    cf_budget_reservation reservation;
    redisContext *look;
    long connections;

    if (!redis_server_start(&guarded, with_password) || !redis_server_start(&echoing, auth_unknown)) {
        CHECK(!"redis-server starts");
        redis_server_stop(&guarded);
        return;
    }
    fresh_budget_key(key);

    /* a wrong password */
    snprintf(url, sizeof(url), "redis://:wrong-%s@127.0.0.1:%d", PASSWORD, guarded.port);
    budget = budget_at(url, key, 100000);
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_FAILED);
    CHECK(strncmp(cf_redis_budget_last_error(budget), "AUTH: ", 6) == 0);
    CHECK(strstr(cf_redis_budget_last_error(budget), PASSWORD) == NULL);
    /* then Redis is left alone for the back-off: no connection, no wait */
    look = look_at(&guarded, 0);
    connections = connections_received(look);
    request.now = cf_budget_now_us();
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_BACKING_OFF);
    CHECK(cf_redis_budget_pause(budget, request.now, 1000) == CF_REDIS_BACKING_OFF);
    CHECK(connections > 0 && connections_received(look) == connections);
    redisFree(look);
    cf_redis_budget_free(budget);

    /* a server that repeats the arguments of a command it does not know */
    snprintf(url, sizeof(url), "redis://:%s@127.0.0.1:%d", PASSWORD, echoing.port);
    budget = budget_at(url, key, 100000);
    request.now = cf_budget_now_us();
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_FAILED);
    CHECK(strstr(cf_redis_budget_last_error(budget), "AUTH") != NULL);
    CHECK(strstr(cf_redis_budget_last_error(budget), PASSWORD) == NULL);
    cf_redis_budget_free(budget);

    /* nothing listening */
    redis_server_stop(&echoing);
    budget = budget_at(url, key, 100000);
    request.now = cf_budget_now_us();
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_FAILED);
    CHECK_STR(cf_redis_budget_last_error(budget), "connect: Connection refused");
    cf_redis_budget_free(budget);
    redis_server_stop(&guarded);
}

TEST(redis_budget_that_hangs_costs_one_command_timeout_then_nothing_until_it_recovers)
{
    redis_server server;
    char key[CF_BUDGET_KEY_SIZE];
    cf_redis_budget *budget;
    cf_budget_request request;
    cf_budget_reservation reservation;

    if (!redis_server_start(&server, with_password)) {
        CHECK(!"redis-server starts");
        return;
    }
    budget = fresh_tcp_budget(&server, key, 10000);
    request = request_now(CF_BUDGET_INTERACTIVE, CF_BUDGET_SECOND_US);
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_ANSWERED);

    kill(server.pid, SIGSTOP);
    request = request_now(CF_BUDGET_INTERACTIVE, CF_BUDGET_SECOND_US);
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_FAILED);
    CHECK(elapsed_since(request.now) >= CF_REDIS_COMMAND_TIMEOUT_US);
    CHECK(elapsed_since(request.now) < CF_REDIS_COMMAND_TIMEOUT_US + SCHEDULING_MARGIN);
    CHECK_STR(cf_redis_budget_last_error(budget), "EVALSHA: timed out");
    request = request_now(CF_BUDGET_BULK, 0);
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_BACKING_OFF);
    CHECK(elapsed_since(request.now) < CF_REDIS_COMMAND_TIMEOUT_US); /* a call to the stopped server takes that */

    /* after the back-off, a server that still hangs costs a connect and one command timeout */
    sleep_until_us(request.now + CF_REDIS_FIRST_BACKOFF_US);
    request = request_now(CF_BUDGET_INTERACTIVE, CF_BUDGET_SECOND_US);
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_FAILED);
    CHECK(elapsed_since(request.now) <
          CF_REDIS_CONNECT_TIMEOUT_US + 2 * CF_REDIS_COMMAND_TIMEOUT_US + SCHEDULING_MARGIN);

    /* and one that is back is used again once the (doubled) back-off is over */
    kill(server.pid, SIGCONT);
    sleep_until_us(request.now + 2 * CF_REDIS_FIRST_BACKOFF_US);
    request = request_now(CF_BUDGET_INTERACTIVE, CF_BUDGET_SECOND_US);
    CHECK(cf_redis_budget_reserve(budget, &request, &reservation) == CF_REDIS_ANSWERED && reservation.reserved);
    cf_redis_budget_free(budget);
    redis_server_stop(&server);
}

/* What the processes of a fleet test share with the test. */
typedef struct fleet {
    start_record *record;
    char redis_url[256];
    char redis_key[CF_BUDGET_KEY_SIZE];
    char host_keys[2][CF_BUDGET_KEY_SIZE]; /* one host budget per group: two hosts */
    uint64_t interval, from, until;
    uint64_t redis_timeout;     /* 0: the defaults */
    int bulk_workers;           /* the first ones reserve as bulk calls */
    uint64_t interactive_pause; /* between an interactive worker's calls */
    uint64_t answered, fell_back, reported, longest_call, longest_interactive_wait;
} fleet;

static fleet *fleet_new(const redis_server *server, uint64_t interval, uint64_t duration)
{
    fleet *f = mmap(NULL, sizeof(fleet), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);

    if (f == MAP_FAILED) {
        abort();
    }
    memset(f, 0, sizeof(*f));
    f->record = start_record_new(4096);
    snprintf(f->redis_url, sizeof(f->redis_url), "redis://:%s@127.0.0.1:%d", PASSWORD, server->port);
    fresh_budget_key(f->redis_key);
    fresh_budget_key(f->host_keys[0]);
    fresh_budget_key(f->host_keys[1]);
    f->interval = interval;
    f->until = cf_budget_now_us() + duration;
    return f;
}

static void fleet_free(fleet *f)
{
    cf_host_budget_remove(f->host_keys[0]);
    cf_host_budget_remove(f->host_keys[1]);
    start_record_free(f->record);
    munmap(f, sizeof(*f));
}

static void raise_to(uint64_t *field, uint64_t value)
{
    uint64_t seen = __atomic_load_n(field, __ATOMIC_ACQUIRE);

    while (seen < value &&
           !__atomic_compare_exchange_n(field, &seen, value, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
    }
}

/* A worker as the extension will run it: Redis first, its host's budget when Redis fails. Even
 * indexes are on the first host, odd ones on the second. */
static int fleet_worker(int index, void *argument)
{
    fleet *f = argument;
    cf_host_budget host;
    cf_redis_budget *redis = budget_at(f->redis_url, f->redis_key, f->interval);

    if (!redis || cf_host_budget_open(&host, f->host_keys[index % 2], CF_HOST_BUDGET_MODE) != CF_HOST_BUDGET_SHARED) {
        return 1;
    }
    cf_host_budget_set_interval(&host, f->interval);
    if (f->redis_timeout) {
        cf_redis_budget_set_timeouts(redis, f->redis_timeout, f->redis_timeout);
    }
    while (cf_budget_now_us() < f->until) {
        cf_budget_kind kind = index < f->bulk_workers ? CF_BUDGET_BULK : CF_BUDGET_INTERACTIVE;
        cf_budget_request request = {kind, cf_budget_now_us(), CF_BUDGET_SECOND_US, 0.8};
        cf_budget_reservation reservation;
        cf_redis_outcome outcome = cf_redis_budget_reserve(redis, &request, &reservation);

        raise_to(&f->longest_call, cf_budget_now_us() - request.now);
        if (outcome == CF_REDIS_ANSWERED) {
            __atomic_fetch_add(&f->answered, 1, __ATOMIC_ACQ_REL);
            if (kind == CF_BUDGET_INTERACTIVE) {
                raise_to(&f->longest_interactive_wait, wait_from_now(reservation.start));
            }
        } else {
            __atomic_fetch_add(outcome == CF_REDIS_FAILED ? &f->reported : &f->fell_back, 1, __ATOMIC_ACQ_REL);
            request.now = cf_budget_now_us();
            reservation = cf_host_budget_reserve(&host, &request);
        }
        sleep_until_us(reservation.start);
        if (reservation.reserved) {
            start_record_add(f->record, reservation.start);
        }
        if (kind == CF_BUDGET_INTERACTIVE && f->interactive_pause) {
            usleep(f->interactive_pause);
        }
    }
    cf_redis_budget_free(redis);
    cf_host_budget_close(&host);
    return 0;
}

/* The most starts in any window of `length` us. */
static uint64_t busiest_window(start_record *record, uint64_t length)
{
    uint64_t most = 0, kept = record->count < record->capacity ? record->count : record->capacity;

    start_record_smallest_gap(record); /* sorts */
    for (uint64_t i = 0, j = 0; i < kept; i++) {
        while (record->starts[i] - record->starts[j] >= length) {
            j++;
        }
        most = i - j + 1 > most ? i - j + 1 : most;
    }
    return most;
}

/* The tests of sharing wait longer for Redis than a worker would: on a test machine busy with other
 * work a reply can take more than the 50 ms default, and a fallback to the host budgets would then be
 * right but not what these tests are about. */
#define SHARING_TIMEOUT CF_BUDGET_SECOND_US

typedef struct fleet_plan {
    uint64_t interval, duration;
    bool one_host;
    int workers, bulk_workers;
    uint64_t interactive_pause;
    uint64_t redis_timeout;
} fleet_plan;

static fleet *fleet_start(const redis_server *server, const fleet_plan *plan, pid_t *pids)
{
    fleet *f = fleet_new(server, plan->interval, plan->duration);

    if (plan->one_host) {
        memcpy(f->host_keys[1], f->host_keys[0], CF_BUDGET_KEY_SIZE);
    }
    f->bulk_workers = plan->bulk_workers;
    f->interactive_pause = plan->interactive_pause;
    f->redis_timeout = plan->redis_timeout;
    f->from = cf_budget_now_us();
    fork_workers(plan->workers, pids, fleet_worker, f);
    return f;
}

/* Checks the fleet's starts against its rate, with `extra` more allowed; returns how many came. */
static uint64_t fleet_check_rate(fleet *f, uint64_t extra, bool *failed)
{
    uint64_t duration = f->until - f->from;
    uint64_t reached = start_record_count_in(f->record, f->from, duration);

    CHECK(reached <= duration / f->interval + 1 + extra);
    CHECK(reached >= duration / f->interval * 9 / 10);
    CHECK(busiest_window(f->record, CF_BUDGET_SECOND_US) <= CF_BUDGET_SECOND_US / f->interval + 1 + extra);
    return reached;
}

TEST(redis_budget_holds_two_hosts_to_one_rate)
{
    enum {
        WORKERS = 4
    };
    redis_server server;
    fleet *f;
    pid_t pids[WORKERS];

    if (!redis_server_start(&server, with_password)) {
        CHECK(!"redis-server starts");
        return;
    }
    f = fleet_start(&server, &(fleet_plan){10000, 2 * CF_BUDGET_SECOND_US, false, WORKERS, 0, 0, SHARING_TIMEOUT},
                    pids); /* 100/s, 2 s */
    CHECK(join_workers(WORKERS, pids));
    CHECK(f->reported == 0 && f->fell_back == 0);
    fprintf(stderr, "  2 hosts x 2 processes through Redis: %llu starts in 2 s at 100/s\n",
            (unsigned long long)fleet_check_rate(f, 0, failed));
    fleet_free(f);
    redis_server_stop(&server);
}

TEST(redis_budget_stopped_mid_run_hands_over_to_the_host_budget_within_the_bound)
{
    enum {
        WORKERS = 2
    };
    const uint64_t bound = CF_REDIS_CONNECT_TIMEOUT_US + 2 * CF_REDIS_COMMAND_TIMEOUT_US;
    redis_server server;
    fleet *f;
    pid_t pids[WORKERS];

    if (!redis_server_start(&server, with_password)) {
        CHECK(!"redis-server starts");
        return;
    }
    f = fleet_start(&server, &(fleet_plan){10000, 2500000, true, WORKERS, 0, 0, 0}, pids); /* 100/s for 2.5 s */
    sleep_until_us(f->from + CF_BUDGET_SECOND_US);
    redis_server_stop(&server);
    CHECK(join_workers(WORKERS, pids));

    CHECK(f->answered > 0);
    CHECK(f->reported >= WORKERS); /* each process reports Redis's failure */
    CHECK(f->fell_back > 0);       /* and then leaves it alone */
    CHECK(f->longest_call < bound + SCHEDULING_MARGIN);
    /* starts Redis gave out before it stopped may meet the host's first ones: one queue's worth */
    fprintf(stderr, "  Redis stopped after 1 s: %llu starts in 2.5 s at 100/s, longest reservation %llu us\n",
            (unsigned long long)fleet_check_rate(f, WORKERS, failed), (unsigned long long)f->longest_call);
    fleet_free(f);
}

TEST(redis_budget_lets_an_interactive_call_wait_at_most_one_interval_while_bulk_floods)
{
    enum {
        WORKERS = 4 /* 3 bulk, 1 interactive */
    };
    redis_server server;
    fleet *f;
    pid_t pids[WORKERS];

    if (!redis_server_start(&server, with_password)) {
        CHECK(!"redis-server starts");
        return;
    }
    f = fleet_start(&server, &(fleet_plan){20000, 2 * CF_BUDGET_SECOND_US, false, WORKERS, 3, 150000, SHARING_TIMEOUT},
                    pids);
    CHECK(join_workers(WORKERS, pids));
    CHECK(f->reported == 0 && f->fell_back == 0);
    CHECK(f->longest_interactive_wait <= f->interval);
    CHECK(f->longest_interactive_wait > 0);
    fprintf(stderr, "  3 bulk and 1 interactive process through Redis: %llu starts in 2 s at 50/s\n",
            (unsigned long long)start_record_count_in(f->record, f->from, f->until - f->from));
    CHECK(start_record_count_in(f->record, f->from, f->until - f->from) <= 100 + 1);
    /* bulk_share 0.8 while pages are served, and a few pages */
    CHECK(start_record_count_in(f->record, f->from, f->until - f->from) >= 100 * 8 / 10 * 9 / 10);
    fleet_free(f);
    redis_server_stop(&server);
}

static int reserve_in_child(int index, void *argument)
{
    cf_redis_budget *budget = argument;
    int wrong = 0;

    (void)index;
    for (int i = 0; i < 30; i++) {
        cf_budget_request request = request_now(CF_BUDGET_INTERACTIVE, 5 * CF_BUDGET_SECOND_US);
        cf_budget_reservation reservation;

        wrong += cf_redis_budget_reserve(budget, &request, &reservation) != CF_REDIS_ANSWERED || !reservation.reserved;
    }
    return wrong;
}

TEST(redis_budget_never_uses_a_connection_its_parent_opened)
{
    enum {
        CHILDREN = 2
    };
    redis_server server;
    char key[CF_BUDGET_KEY_SIZE];
    cf_redis_budget *budget;
    pid_t pids[CHILDREN];
    redisContext *look;
    long before;

    if (!redis_server_start(&server, with_password)) {
        CHECK(!"redis-server starts");
        return;
    }
    budget = fresh_tcp_budget(&server, key, 1000);
    CHECK(reserve_in_child(0, budget) == 0); /* connected */
    look = look_at(&server, 0);
    before = connections_received(look);
    /* if parent and children shared the socket, their replies would cross */
    fork_workers(CHILDREN, pids, reserve_in_child, budget);
    CHECK(reserve_in_child(0, budget) == 0);
    CHECK(join_workers(CHILDREN, pids));
    CHECK(reserve_in_child(0, budget) == 0);
    /* one new connection in each child, and the parent's is still the one it had */
    CHECK(before > 0 && connections_received(look) == before + CHILDREN);
    redisFree(look);
    cf_redis_budget_free(budget);
    redis_server_stop(&server);
}
#endif
