/* The Redis budget over TLS (rediss://), against a private redis-server with a throwaway CA. Built where
 * hiredis has TLS (CASHFIN_HAVE_HIREDIS_SSL); elsewhere rediss:// is refused, saying why. */
#include "budget_support.h"
#include "check.h"
#include "core/budget_redis.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(CASHFIN_HAVE_HIREDIS) && !defined(CASHFIN_HAVE_HIREDIS_SSL)
TEST(redis_budget_without_hiredis_ssl_refuses_rediss_with_a_clear_message)
{
    static const char text[] = "rediss://:tls-password@127.0.0.1";
    cf_redis_url url;

    CHECK(cf_redis_url_parse(text, strlen(text), &url) == NULL);
    CHECK(strstr(cf_redis_budget_unsupported(&url), "rediss:// is not supported") != NULL);
    CHECK(strstr(cf_redis_budget_unsupported(&url), "tls-password") == NULL);
    CHECK(cf_redis_budget_new(&url, "0123") == NULL);
    cf_redis_url_free(&url);
    fprintf(stderr, "  built without hiredis_ssl: the rediss:// tests need hiredis 1.0 or later (Debian 13)\n");
}
#elif defined(CASHFIN_HAVE_HIREDIS_SSL)
#include <hiredis/hiredis.h>

#define PASSWORD "tls-fleet-password"

/* What a process on a busy machine may lose to the scheduler on top of a documented bound. */
#define SCHEDULING_MARGIN UINT64_C(100000)

static const char *const with_password[] = {"--requirepass", PASSWORD, NULL};

/* A TLS server for `certificate` and its CA files, or false (and the reason on stderr). */
static bool start_tls_server(redis_server *server, tls_files *files, const char *certificate)
{
    if (!tls_files_make(files)) {
        tls_files_remove(files);
        return false;
    }
    if (!redis_tls_server_start(server, files, certificate, with_password)) {
        tls_files_remove(files);
        return false;
    }
    return true;
}

/* A budget with a key of its own at rediss://:PASSWORD@host:tls_port/db, trusting `ca_file` (NULL: the
 * system's CAs). */
static cf_redis_budget *tls_budget(const redis_server *server, const char *host, const char *ca_file)
{
    char key[CF_BUDGET_KEY_SIZE], text[512];
    cf_redis_url url;
    cf_redis_budget *budget;

    fresh_budget_key(key);
    snprintf(text, sizeof(text), "rediss://:%s@%s:%d/1%s%s", PASSWORD, host, server->tls_port,
             ca_file ? "?ca_file=" : "", ca_file ? ca_file : "");
    if (cf_redis_url_parse(text, strlen(text), &url) != NULL) {
        return NULL;
    }
    budget = cf_redis_budget_new(&url, key);
    cf_redis_url_free(&url);
    if (budget) {
        cf_redis_budget_set_interval(budget, 1000);
    }
    return budget;
}

/* A TLS server for the right name and a budget on it that trusts its CA; NULL (the reason on stderr) when
 * either cannot be had. */
static cf_redis_budget *server_and_budget(redis_server *server, tls_files *files)
{
    char ca_file[128];
    cf_redis_budget *budget;

    if (!start_tls_server(server, files, "server")) {
        return NULL;
    }
    snprintf(ca_file, sizeof(ca_file), "%s/ca.pem", files->dir);
    if (!(budget = tls_budget(server, "127.0.0.1", ca_file))) {
        redis_server_stop(server);
        tls_files_remove(files);
    }
    return budget;
}

static cf_redis_outcome reserve_once(cf_redis_budget *budget)
{
    cf_budget_request request = {CF_BUDGET_INTERACTIVE, cf_budget_now_us(), CF_BUDGET_SECOND_US, 0.8};
    cf_budget_reservation reservation = {0};
    cf_redis_outcome outcome = cf_redis_budget_reserve(budget, &request, &reservation);

    return outcome == CF_REDIS_ANSWERED && !reservation.reserved ? CF_REDIS_FAILED : outcome;
}

/* Reserves once through a fresh budget and returns its last error ("" when Redis answered), copied. */
static const char *error_through(const redis_server *server, const char *host, const char *ca_file)
{
    static char error[256];
    cf_redis_budget *budget = tls_budget(server, host, ca_file);
    cf_redis_outcome outcome = budget ? reserve_once(budget) : CF_REDIS_FAILED;

    snprintf(error, sizeof(error), "%s",
             !budget                        ? "no budget"
             : outcome == CF_REDIS_ANSWERED ? ""
                                            : cf_redis_budget_last_error(budget));
    cf_redis_budget_free(budget);
    return error;
}

TEST(redis_budget_speaks_tls_to_a_server_whose_certificate_and_name_it_checks)
{
    redis_server server, wrong_name;
    tls_files files;
    char ca_file[128], not_a_ca[128];

    if (!start_tls_server(&server, &files, "server")) {
        CHECK(!"a TLS redis-server starts");
        return;
    }
    if (!redis_tls_server_start(&wrong_name, &files, "wrong-name", with_password)) {
        CHECK(!"a second TLS redis-server starts");
        wrong_name.pid = 0;
    }
    snprintf(ca_file, sizeof(ca_file), "%s/ca.pem", files.dir);
    snprintf(not_a_ca, sizeof(not_a_ca), "%s/openssl.cnf", files.dir);

    /* the server's IP address and its name are both in its certificate */
    CHECK_STR(error_through(&server, "127.0.0.1", ca_file), "");
    CHECK_STR(error_through(&server, "localhost", ca_file), "");
    /* the system's CAs do not know the throwaway one, which the server sends with its certificate */
    CHECK_STR(error_through(&server, "127.0.0.1", NULL),
              "TLS: the server's certificate was refused: self-signed certificate in certificate chain");
    /* a certificate of the right CA, for another name */
    if (wrong_name.pid) {
        CHECK_STR(error_through(&wrong_name, "127.0.0.1", ca_file),
                  "TLS: the server's certificate was refused: IP address mismatch");
        CHECK_STR(error_through(&wrong_name, "localhost", ca_file),
                  "TLS: the server's certificate was refused: hostname mismatch");
    }
    /* a CA file with no CA in it */
    CHECK(strncmp(error_through(&server, "127.0.0.1", not_a_ca), "TLS: the ca_file could not be loaded: ", 38) == 0);
    /* TLS to a port that speaks none: refused, and never with the password */
    server.tls_port = server.port;
    CHECK(strncmp(error_through(&server, "127.0.0.1", ca_file), "TLS: ", 5) == 0);
    CHECK(strstr(error_through(&server, "127.0.0.1", ca_file), PASSWORD) == NULL);
    redis_server_stop(&wrong_name);
    redis_server_stop(&server);
    tls_files_remove(&files);
}

TEST(redis_budget_over_tls_that_hangs_in_the_handshake_costs_one_connect_timeout)
{
    redis_server server;
    tls_files files;
    cf_redis_budget *budget = server_and_budget(&server, &files);
    uint64_t from;

    if (!budget) {
        CHECK(!"a TLS redis-server starts");
        return;
    }
    /* the kernel still accepts the connection; the handshake's answer never comes */
    kill(server.pid, SIGSTOP);
    from = cf_budget_now_us();
    CHECK(reserve_once(budget) == CF_REDIS_FAILED);
    CHECK(cf_budget_now_us() - from >= CF_REDIS_CONNECT_TIMEOUT_US);
    CHECK(cf_budget_now_us() - from < CF_REDIS_CONNECT_TIMEOUT_US + SCHEDULING_MARGIN);
    CHECK_STR(cf_redis_budget_last_error(budget), "TLS: timed out");
    kill(server.pid, SIGCONT);
    cf_redis_budget_free(budget);
    redis_server_stop(&server);
    tls_files_remove(&files);
}

static long connections_received(const redis_server *server)
{
    redisContext *look = redisConnectUnix(server->socket_path);
    redisReply *reply = NULL;
    const char *total;
    long count = -1;

    if (look && !look->err) {
        freeReplyObject(redisCommand(look, "AUTH %s", PASSWORD));
        reply = redisCommand(look, "INFO stats");
    }
    total = reply && reply->str ? strstr(reply->str, "total_connections_received:") : NULL;
    if (total) {
        count = atol(total + strlen("total_connections_received:"));
    }
    freeReplyObject(reply);
    redisFree(look);
    return count;
}

static int reserve_over_tls(int index, void *argument)
{
    int wrong = 0;

    (void)index;
    for (int i = 0; i < 20; i++) {
        wrong += reserve_once(argument) != CF_REDIS_ANSWERED;
    }
    return wrong;
}

TEST(redis_budget_over_tls_never_uses_a_tls_connection_its_parent_opened)
{
    enum {
        CHILDREN = 2
    };
    redis_server server;
    tls_files files;
    cf_redis_budget *budget = server_and_budget(&server, &files);
    pid_t pids[CHILDREN];
    long before;

    if (!budget) {
        CHECK(!"a TLS redis-server starts");
        return;
    }
    CHECK(reserve_over_tls(0, budget) == 0); /* connected */
    before = connections_received(&server);
    /* a child writing through the parent's TLS session would break its record sequence for both */
    fork_workers(CHILDREN, pids, reserve_over_tls, budget);
    CHECK(reserve_over_tls(0, budget) == 0);
    CHECK(join_workers(CHILDREN, pids));
    CHECK(reserve_over_tls(0, budget) == 0);
    /* each child one connection of its own (and this look one more), the parent still its first */
    CHECK(before > 0 && connections_received(&server) == before + 1 + CHILDREN);
    cf_redis_budget_free(budget);
    redis_server_stop(&server);
    tls_files_remove(&files);
}
#endif
