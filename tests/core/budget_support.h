/* What the rate-limit budget tests share: waiting on the budget's clock, a record of starts that
 * forked processes write into, keys no other run uses, and a private redis-server. */
#ifndef CASHFIN_TEST_BUDGET_SUPPORT_H
#define CASHFIN_TEST_BUDGET_SUPPORT_H

#include "core/budget.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

void sleep_until_us(uint64_t when);

/* How long from now until `start` (0 when it has come): the wait a reservation hands out, measured
 * after the reservation so that time the scheduler took from the caller does not count. */
uint64_t wait_from_now(uint64_t start);

/* Start times that processes forked after it was made append to, lock-free. */
typedef struct start_record {
    uint64_t count; /* may exceed capacity: later starts are counted, not kept */
    uint64_t capacity;
    uint64_t starts[];
} start_record;

start_record *start_record_new(uint64_t capacity);
void start_record_add(start_record *record, uint64_t start);
void start_record_free(start_record *record);
/* Sorts the kept starts; the smallest gap between two neighbours (UINT64_MAX for fewer than two). */
uint64_t start_record_smallest_gap(start_record *record);
/* How many kept starts fall in [from, from + length). */
uint64_t start_record_count_in(const start_record *record, uint64_t from, uint64_t length);

/* A budget key nobody else uses (the tests of other checkouts may run at the same time). */
void fresh_budget_key(char key[CF_BUDGET_KEY_SIZE]);

/* Forks `count` children that each run body(index, argument) and _exit with its result. */
void fork_workers(int count, pid_t *pids, int (*body)(int index, void *argument), void *argument);
/* Waits for every child; true when all exited 0. */
bool join_workers(int count, const pid_t *pids);

typedef struct redis_server {
    pid_t pid;
    int port;
    int tls_port; /* 0: no TLS */
    char dir[64];
    char socket_path[96];
} redis_server;

/* Starts Debian's redis-server on a free loopback port and a unix socket in a temporary directory,
 * waits until it answers, and returns false (with the reason on stderr) when it cannot. `extra` is
 * NULL or a NULL-terminated list of further command-line options. */
bool redis_server_start(redis_server *server, const char *const *extra);
/* Stops it by its pid (SIGKILL after 5 s) and removes its directory. */
void redis_server_stop(redis_server *server);

/* A throwaway CA (ca.pem) and two certificates it signed, made with the openssl command in a temporary
 * directory: server.pem (and .key) for IP 127.0.0.1 and DNS localhost, wrong-name.pem for
 * wrong-name.invalid only. False, with the reason on stderr, when they cannot be made. */
typedef struct tls_files {
    char dir[64];
} tls_files;

bool tls_files_make(tls_files *files);
void tls_files_remove(tls_files *files);

/* redis_server_start, with TLS too on a second free loopback port (server->tls_port) serving
 * `certificate` ("server" or "wrong-name") of files; clients are asked for no certificate. */
bool redis_tls_server_start(redis_server *server, const tls_files *files, const char *certificate,
                            const char *const *extra);

#endif
