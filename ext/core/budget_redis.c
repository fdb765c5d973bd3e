#include "budget_redis.h"
#include "redis_tls.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef CASHFIN_HAVE_HIREDIS
#include <hiredis/hiredis.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#endif

struct cf_redis_budget {
    cf_redis_url url;
    char *redacted_url;
    char key[sizeof(CF_REDIS_KEY_PREFIX) + CF_BUDGET_KEY_SIZE];
    uint64_t connect_timeout;
    uint64_t command_timeout;
    uint64_t interval;
    uint64_t retry_at; /* no attempt to connect before this (cf_budget_now_us) */
    uint64_t backoff;
    char last_error[200];
#ifdef CASHFIN_HAVE_HIREDIS
    redisContext *connection; /* NULL: not connected */
    cf_redis_tls *tls;        /* rediss://: made at the first connection, kept for the next */
    pid_t owner;              /* the process that connected */
    char script_sha[41];      /* "" when the server would not load the script: EVAL every time */
#endif
};

const char *cf_redis_budget_unsupported(const cf_redis_url *url)
{
#ifndef CASHFIN_HAVE_HIREDIS
    (void)url;
    return "this cashfin was built without Redis support (hiredis): install libhiredis-dev and build it again";
#else
    return url->tls ? cf_redis_tls_unsupported() : NULL;
#endif
}

cf_redis_budget *cf_redis_budget_new(const cf_redis_url *url, const char *key)
{
    cf_redis_budget *budget;

    if (cf_redis_budget_unsupported(url) || !(budget = calloc(1, sizeof(*budget)))) {
        return NULL;
    }
    if (!cf_redis_url_copy(url, &budget->url) || !(budget->redacted_url = cf_redis_url_redacted(url))) {
        cf_redis_budget_free(budget);
        return NULL;
    }
    snprintf(budget->key, sizeof(budget->key), "%s%s", CF_REDIS_KEY_PREFIX, key);
    budget->connect_timeout = CF_REDIS_CONNECT_TIMEOUT_US;
    budget->command_timeout = CF_REDIS_COMMAND_TIMEOUT_US;
    budget->backoff = CF_REDIS_FIRST_BACKOFF_US;
    return budget;
}

void cf_redis_budget_set_timeouts(cf_redis_budget *budget, uint64_t connect_us, uint64_t command_us)
{
    budget->connect_timeout = connect_us;
    budget->command_timeout = command_us;
}

void cf_redis_budget_set_interval(cf_redis_budget *budget, uint64_t interval)
{
    budget->interval = interval;
}

const char *cf_redis_budget_last_error(const cf_redis_budget *budget)
{
    return budget->last_error;
}

const char *cf_redis_budget_redacted_url(const cf_redis_budget *budget)
{
    return budget->redacted_url;
}

#ifndef CASHFIN_HAVE_HIREDIS
void cf_redis_budget_free(cf_redis_budget *budget)
{
    if (budget) {
        cf_redis_url_free(&budget->url);
        free(budget->redacted_url);
        free(budget);
    }
}

cf_redis_outcome cf_redis_budget_reserve(cf_redis_budget *budget, const cf_budget_request *request,
                                         cf_budget_reservation *reservation)
{
    (void)budget;
    (void)request;
    (void)reservation;
    return CF_REDIS_BACKING_OFF;
}

cf_redis_outcome cf_redis_budget_pause(cf_redis_budget *budget, uint64_t now, uint64_t length)
{
    (void)budget;
    (void)now;
    (void)length;
    return CF_REDIS_BACKING_OFF;
}
#else
/* The reservation of cf_budget_decide (budget.c), in Redis's Lua, on Redis's clock. The limits come as
 * arguments so that both take them from budget.h. ARGV: operation (i: interactive, b: bulk, p: pause),
 * this client's interval (0: the stored one), bulk share in millionths, max wait (interactive) or
 * length (pause), then CF_BUDGET_MAX_WAIT_US, CF_BUDGET_MAX_AHEAD_US, CF_BUDGET_INTERACTIVE_WINDOW_US,
 * CF_BUDGET_MAX_INTERVAL_US. Returns {reserved (0 or 1), start - now in us}. Stored values are read
 * with the same distrust as in C: not a number or negative is 0, too far ahead is now. */
static const char reservation_script[] =
    "local op = ARGV[1]\n"
    "local max_wait, max_ahead = tonumber(ARGV[5]), tonumber(ARGV[6])\n"
    "local window, max_interval = tonumber(ARGV[7]), tonumber(ARGV[8])\n"
    "pcall(redis.replicate_commands)\n"
    "local clock = redis.call('TIME')\n"
    "local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])\n"
    "local function clamp(v, high)\n"
    "  v = tonumber(v) or 0\n"
    "  if v ~= v or v < 0 then return 0 end\n"
    "  if v > high then return high end\n"
    "  return math.floor(v)\n"
    "end\n"
    "local function plausible(v)\n"
    "  v = clamp(v, math.huge)\n"
    "  if v > now + max_ahead then return now end\n"
    "  return v\n"
    "end\n"
    "local stored = redis.call('HMGET', KEYS[1], 'tat', 'bulk_tat', 'paused', 'interactive_at', 'interval')\n"
    "local tat, bulk_tat, paused = plausible(stored[1]), plausible(stored[2]), plausible(stored[3])\n"
    "local interactive_at = plausible(stored[4])\n"
    "local interval = clamp(ARGV[2], max_interval)\n"
    "if interval == 0 then\n"
    "  interval = clamp(stored[5], max_interval)\n"
    "elseif interval ~= tonumber(stored[5]) then\n"
    "  redis.call('HSET', KEYS[1], 'interval', interval)\n"
    "end\n"
    "local share = clamp(ARGV[3], 1000000) / 1000000\n"
    "local wait = clamp(ARGV[4], max_wait)\n"
    "local earliest = math.max(now, tat, paused)\n"
    "local reserved, start = 0, earliest\n"
    "if op == 'p' then\n"
    "  paused = math.max(paused, now + wait)\n"
    "  redis.call('HSET', KEYS[1], 'paused', paused)\n"
    "  reserved, start = 1, now\n"
    "elseif op == 'i' then\n"
    "  if earliest - now <= wait then\n"
    "    reserved, tat = 1, earliest + interval\n"
    "    redis.call('HSET', KEYS[1], 'tat', tat, 'interactive_at', now)\n"
    "  end\n"
    "else\n"
    "  local share_until = interactive_at + math.max(window, 2 * interval)\n"
    "  if interactive_at > 0 and share_until > now then\n"
    "    start = math.max(earliest, math.min(bulk_tat, share_until))\n"
    "  end\n"
    "  if start <= now then\n"
    "    local spacing = max_ahead\n"
    "    if share >= 1 then spacing = interval\n"
    "    elseif share > 0 then spacing = math.min(math.ceil(interval / share), max_ahead) end\n"
    "    reserved, start, tat = 1, now, now + interval\n"
    "    redis.call('HSET', KEYS[1], 'tat', tat, 'bulk_tat', math.max(bulk_tat, now + spacing))\n"
    "  end\n"
    "end\n"
    "redis.call('PEXPIRE', KEYS[1], math.ceil((math.max(tat, paused) - now) / 1000) + 60000)\n"
    "return {reserved, start - now}\n";

static void forget_connection(cf_redis_budget *budget)
{
    if (budget->connection) {
        /* closes this process's descriptor only: after fork() the parent's connection lives on */
        redisFree(budget->connection);
        budget->connection = NULL;
    }
}

void cf_redis_budget_free(cf_redis_budget *budget)
{
    if (budget) {
        forget_connection(budget);
        cf_redis_tls_free(budget->tls);
        cf_redis_url_free(&budget->url);
        free(budget->redacted_url);
        free(budget);
    }
}

/* Writes *** over every copy of the password in a message: a server may repeat a command's
 * arguments in its error (an AUTH it does not know, for one). */
static void scrub_password(char *message, const char *password)
{
    size_t len = password ? strlen(password) : 0;
    char *found;

    while (len && (found = strstr(message, password)) != NULL) {
        memmove(found + 3, found + len, strlen(found + len) + 1);
        memcpy(found, "***", 3);
    }
}

/* Records why Redis failed, drops the connection and backs off. Always false. */
static bool fail(cf_redis_budget *budget, uint64_t now, const char *step, const char *detail)
{
    snprintf(budget->last_error, sizeof(budget->last_error), "%s: %s", step, detail);
    scrub_password(budget->last_error, budget->url.password);
    forget_connection(budget);
    budget->retry_at = cf_budget_add(now, budget->backoff);
    budget->backoff = budget->backoff * 2 > CF_REDIS_MAX_BACKOFF_US ? CF_REDIS_MAX_BACKOFF_US : budget->backoff * 2;
    return false;
}

/* hiredis reports a timeout as the read's EAGAIN */
static const char *connection_error(const redisContext *connection)
{
    if (connection->err == REDIS_ERR_IO &&
        (strcmp(connection->errstr, strerror(EAGAIN)) == 0 || strcmp(connection->errstr, strerror(ETIMEDOUT)) == 0)) {
        return "timed out";
    }
    return connection->errstr;
}

static struct timeval timeval_of(uint64_t us)
{
    struct timeval tv = {(time_t)(us / CF_BUDGET_SECOND_US), (suseconds_t)(us % CF_BUDGET_SECOND_US)};

    return tv;
}

/* hiredis writes with write(2): a server that has gone raises SIGPIPE, which ends a process that does
 * not ignore it. It is blocked for the call, and one raised meanwhile is taken back. */
typedef struct sigpipe_guard {
    sigset_t saved;
    bool was_pending;
} sigpipe_guard;

static bool sigpipe_pending(void)
{
    sigset_t pending;

    return sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1;
}

static void block_sigpipe(sigpipe_guard *guard)
{
    sigset_t pipe_only;

    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_only, &guard->saved);
    guard->was_pending = sigpipe_pending();
}

static void unblock_sigpipe(sigpipe_guard *guard)
{
    if (!guard->was_pending && sigpipe_pending()) {
        sigset_t pipe_only;
        struct timespec no_wait = {0, 0};

        sigemptyset(&pipe_only);
        sigaddset(&pipe_only, SIGPIPE);
        while (sigtimedwait(&pipe_only, NULL, &no_wait) < 0 && errno == EINTR) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &guard->saved, NULL);
}

static bool append(cf_redis_budget *budget, int argc, const char **argv)
{
    size_t lens[4];

    for (int i = 0; i < argc; i++) {
        lens[i] = strlen(argv[i]);
    }
    return redisAppendCommandArgv(budget->connection, argc, argv, lens) == REDIS_OK;
}

/* Sends AUTH, SELECT and SCRIPT LOAD in one round trip. */
static bool send_handshake(cf_redis_budget *budget, int *replies)
{
    char db[24];
    const char *auth[] = {"AUTH", budget->url.username, budget->url.password};
    const char *auth_default_user[] = {"AUTH", budget->url.password};
    const char *select[] = {"SELECT", db};
    const char *load[] = {"SCRIPT", "LOAD", reservation_script};
    bool sent = true;

    *replies = 0;
    if (budget->url.password) {
        sent = budget->url.username ? append(budget, 3, auth) : append(budget, 2, auth_default_user);
        ++*replies;
    }
    if (budget->url.db) {
        snprintf(db, sizeof(db), "%ld", budget->url.db);
        sent = sent && append(budget, 2, select);
        ++*replies;
    }
    ++*replies;
    return sent && append(budget, 3, load);
}

static bool read_handshake(cf_redis_budget *budget, uint64_t now, int replies)
{
    for (int i = 0; i < replies; i++) {
        const char *step = i == replies - 1 ? "SCRIPT LOAD" : (i == 0 && budget->url.password ? "AUTH" : "SELECT");
        redisReply *reply = NULL;
        bool refused;

        if (redisGetReply(budget->connection, (void **)&reply) != REDIS_OK || !reply) {
            return fail(budget, now, step, connection_error(budget->connection));
        }
        refused = reply->type == REDIS_REPLY_ERROR;
        if (refused && strcmp(step, "SCRIPT LOAD") != 0) {
            /* the server's words for a refused AUTH may repeat the password: none of them are kept */
            bool ok = fail(budget, now, step,
                           strcmp(step, "AUTH") == 0 ? "refused (check the user and password)" : reply->str);
            freeReplyObject(reply);
            return ok;
        }
        if (strcmp(step, "SCRIPT LOAD") == 0) {
            /* a server that will not load scripts may still run them with EVAL */
            bool loaded = !refused && reply->type == REDIS_REPLY_STRING && reply->len == 40;

            snprintf(budget->script_sha, sizeof(budget->script_sha), "%s", loaded ? reply->str : "");
        }
        freeReplyObject(reply);
    }
    return true;
}

/* The TLS handshake of a rediss:// connection, part of connecting: each of its reads and writes is
 * bounded by the connect timeout. AUTH follows it, so the password only ever travels encrypted. */
static bool start_tls(cf_redis_budget *budget, uint64_t now)
{
    char why[160];

    if (!budget->tls && !(budget->tls = cf_redis_tls_new(budget->url.ca_file, why, sizeof(why)))) {
        return fail(budget, now, "TLS", why);
    }
    if (redisSetTimeout(budget->connection, timeval_of(budget->connect_timeout)) != REDIS_OK) {
        return fail(budget, now, "TLS", "the connect timeout could not be set");
    }
    if (!cf_redis_tls_start(budget->tls, budget->connection, budget->url.host, why, sizeof(why))) {
        /* the CAs are loaded again at the next attempt: a worker lives long, and a CA file is replaced */
        cf_redis_tls_free(budget->tls);
        budget->tls = NULL;
        return fail(budget, now, "TLS", why);
    }
    return true;
}

static bool connect_to_redis(cf_redis_budget *budget, uint64_t now)
{
    struct timeval connect_timeout = timeval_of(budget->connect_timeout);
    int replies;

    budget->connection = budget->url.socket_path
                             ? redisConnectUnixWithTimeout(budget->url.socket_path, connect_timeout)
                             : redisConnectWithTimeout(budget->url.host, budget->url.port, connect_timeout);
    budget->owner = getpid();
    if (!budget->connection) {
        return fail(budget, now, "connect", "out of memory");
    }
    if (budget->connection->err) {
        return fail(budget, now, "connect", connection_error(budget->connection));
    }
    if (budget->url.tls && !start_tls(budget, now)) {
        return false;
    }
    if (redisSetTimeout(budget->connection, timeval_of(budget->command_timeout)) != REDIS_OK) {
        return fail(budget, now, "connect", "the command timeout could not be set");
    }
    if (!send_handshake(budget, &replies)) {
        return fail(budget, now, "connect", "out of memory");
    }
    return read_handshake(budget, now, replies);
}

/* Runs the script; NULL on a failed round trip (the connection's errstr says why). */
static redisReply *evaluate(cf_redis_budget *budget, const char **argv, size_t *lens, int argc)
{
    redisReply *reply;

    if (budget->script_sha[0]) {
        argv[0] = "EVALSHA";
        lens[0] = 7;
        argv[1] = budget->script_sha;
        lens[1] = 40;
        reply = redisCommandArgv(budget->connection, argc, argv, lens);
        if (!reply || reply->type != REDIS_REPLY_ERROR || strncmp(reply->str, "NOSCRIPT", 8) != 0) {
            return reply;
        }
        /* the server lost the script (a restart, SCRIPT FLUSH, a failover): EVAL loads it again */
        freeReplyObject(reply);
    }
    argv[0] = "EVAL";
    lens[0] = 4;
    argv[1] = reservation_script;
    lens[1] = sizeof(reservation_script) - 1;
    return redisCommandArgv(budget->connection, argc, argv, lens);
}

typedef struct script_call {
    char operation; /* 'i', 'b' or 'p' */
    uint64_t wait;  /* max wait, or the length of a pause */
    double share;   /* bulk share */
    long long result[2];
} script_call;

static bool run_script(cf_redis_budget *budget, uint64_t now, script_call *call)
{
    char numbers[7][24], operation[2] = {call->operation, '\0'};
    double share = call->share > 0 ? (call->share < 1 ? call->share : 1) : 0;
    const char *argv[12] = {NULL, NULL, "1", budget->key, operation};
    size_t lens[12];
    uint64_t values[7] = {budget->interval,         (uint64_t)(share * 1e6), call->wait,
                          CF_BUDGET_MAX_WAIT_US,    CF_BUDGET_MAX_AHEAD_US,  CF_BUDGET_INTERACTIVE_WINDOW_US,
                          CF_BUDGET_MAX_INTERVAL_US};
    redisReply *reply;
    bool answered;

    for (int i = 0; i < 7; i++) {
        /* integers only: a decimal point would follow the locale PHP may have set */
        snprintf(numbers[i], sizeof(numbers[i]), "%llu", (unsigned long long)values[i]);
        argv[5 + i] = numbers[i];
    }
    for (int i = 0; i < 12; i++) {
        lens[i] = argv[i] ? strlen(argv[i]) : 0;
    }
    reply = evaluate(budget, argv, lens, 12);
    if (!reply) {
        return fail(budget, now, "EVALSHA", connection_error(budget->connection));
    }
    answered = reply->type == REDIS_REPLY_ARRAY && reply->elements == 2 &&
               reply->element[0]->type == REDIS_REPLY_INTEGER && reply->element[1]->type == REDIS_REPLY_INTEGER;
    if (answered) {
        call->result[0] = reply->element[0]->integer;
        call->result[1] = reply->element[1]->integer;
    } else {
        fail(budget, now, "EVALSHA", reply->type == REDIS_REPLY_ERROR ? reply->str : "an unexpected reply");
    }
    freeReplyObject(reply);
    return answered;
}

static cf_redis_outcome call_redis(cf_redis_budget *budget, uint64_t now, script_call *call)
{
    sigpipe_guard guard;
    bool answered;

    if (budget->connection && budget->owner != getpid()) {
        forget_connection(budget); /* the parent's, inherited through fork() */
    }
    if (!budget->connection && now < budget->retry_at) {
        return CF_REDIS_BACKING_OFF;
    }
    block_sigpipe(&guard);
    answered = (budget->connection || connect_to_redis(budget, now)) && run_script(budget, now, call);
    unblock_sigpipe(&guard);
    if (budget->url.tls) {
        cf_redis_tls_forget_errors();
    }
    if (answered) {
        budget->backoff = CF_REDIS_FIRST_BACKOFF_US;
    }
    return answered ? CF_REDIS_ANSWERED : CF_REDIS_FAILED;
}

cf_redis_outcome cf_redis_budget_reserve(cf_redis_budget *budget, const cf_budget_request *request,
                                         cf_budget_reservation *reservation)
{
    script_call call = {request->kind == CF_BUDGET_BULK ? 'b' : 'i', request->max_wait, request->bulk_share, {0}};
    cf_redis_outcome outcome = call_redis(budget, request->now, &call);

    if (outcome == CF_REDIS_ANSWERED) {
        /* Redis's "start - now" from this host's now, which is a round trip later than Redis's: a start
         * is never early */
        long long wait = call.result[1] < 0 ? 0 : call.result[1];

        reservation->reserved = call.result[0] == 1;
        reservation->start = cf_budget_add(
            cf_budget_now_us(), (uint64_t)wait < CF_BUDGET_MAX_AHEAD_US ? (uint64_t)wait : CF_BUDGET_MAX_AHEAD_US);
    }
    return outcome;
}

cf_redis_outcome cf_redis_budget_pause(cf_redis_budget *budget, uint64_t now, uint64_t length)
{
    script_call call = {'p', length, 0, {0}};

    return call_redis(budget, now, &call);
}
#endif
