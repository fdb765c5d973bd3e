#include "budget_support.h"
#include "check.h"
#include "core/budget_host.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static cf_budget_request interactive_request(uint64_t max_wait)
{
    cf_budget_request request = {CF_BUDGET_INTERACTIVE, cf_budget_now_us(), max_wait, 0.8};

    return request;
}

TEST(host_budget_is_one_budget_for_every_opener_of_a_key)
{
    char key[CF_BUDGET_KEY_SIZE], path[128];
    cf_host_budget first, second;
    cf_budget_request request = interactive_request(CF_BUDGET_SECOND_US);
    struct stat st;

    fresh_budget_key(key);
    CHECK(cf_host_budget_open(&first, key, CF_HOST_BUDGET_MODE) == CF_HOST_BUDGET_SHARED);
    CHECK(cf_host_budget_open(&second, key, CF_HOST_BUDGET_MODE) == CF_HOST_BUDGET_SHARED);
    cf_host_budget_set_interval(&first, 100000);
    CHECK(cf_host_budget_interval(&second) == 100000);
    CHECK(cf_host_budget_reserve(&first, &request).start == request.now);
    CHECK(cf_host_budget_reserve(&second, &request).start == request.now + 100000);
    cf_host_budget_pause(&second, request.now, request.now + 2 * CF_BUDGET_SECOND_US);
    CHECK(cf_host_budget_paused_until(&first, request.now) == request.now + 2 * CF_BUDGET_SECOND_US);

    /* the documented mode, whatever the umask */
    snprintf(path, sizeof(path), "/dev/shm/cashfin-rl1-%s", key);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == CF_HOST_BUDGET_MODE);
    cf_host_budget_close(&first);
    cf_host_budget_close(&second);
    CHECK(cf_host_budget_remove(key));
    CHECK(!cf_host_budget_remove(key));
}

/* Makes the segment unusable for this process: another user's, where this one runs as root, or
 * one without any permission otherwise. Returns the opener's outcome. */
static int open_as_outsider(const char *key)
{
    cf_host_budget budget;
    cf_budget_request request;
    char why[128];
    int code = 0;

    if (getuid() == 0) {
        struct passwd *nobody = getpwnam("nobody");

        if (!nobody || setgid(nobody->pw_gid) != 0 || setuid(nobody->pw_uid) != 0) {
            return 10;
        }
    }
    if (cf_host_budget_open(&budget, key, CF_HOST_BUDGET_MODE) != CF_HOST_BUDGET_PRIVATE) {
        return 11;
    }
    cf_host_budget_describe(&budget, why, sizeof(why));
    if (strcmp(why, "shm_open: Permission denied") != 0) {
        fprintf(stderr, "  described as \"%s\"\n", why);
        code = 12;
    }
    /* a private budget works like a shared one */
    cf_host_budget_set_interval(&budget, 100000);
    request = interactive_request(CF_BUDGET_SECOND_US);
    if (cf_host_budget_reserve(&budget, &request).start != request.now ||
        cf_host_budget_reserve(&budget, &request).start != request.now + 100000) {
        code = 13;
    }
    cf_host_budget_close(&budget);
    return code;
}

TEST(host_budget_of_another_user_falls_back_to_a_private_one_never_an_error)
{
    char key[CF_BUDGET_KEY_SIZE], name[CF_HOST_BUDGET_NAME_SIZE];
    cf_host_budget owner;
    pid_t child;
    int status = 0;

    fresh_budget_key(key);
    CHECK(cf_host_budget_open(&owner, key, CF_HOST_BUDGET_MODE) == CF_HOST_BUDGET_SHARED);
    if (getuid() != 0) {
        snprintf(name, sizeof(name), "/cashfin-rl1-%s", key);
        int fd = shm_open(name, O_RDWR, 0);

        CHECK(fd >= 0 && fchmod(fd, 0) == 0);
        close(fd);
    }
    fflush(NULL);
    child = fork();
    if (child == 0) {
        _exit(open_as_outsider(key));
    }
    CHECK(waitpid(child, &status, 0) == child);
    CHECK(WIFEXITED(status));
    if (WEXITSTATUS(status) != 0) {
        fprintf(stderr, "  outsider failed with %d\n", WEXITSTATUS(status));
        *failed = true;
    }
    cf_host_budget_close(&owner);
    cf_host_budget_remove(key);
}

typedef struct hammer {
    cf_host_budget *budget;
    start_record *record;
    uint64_t until;
    cf_budget_kind kind;
} hammer;

/* Reserves and waits like a client would, recording when each start came. */
static int reserve_and_wait(int index, void *argument)
{
    hammer *h = argument;

    (void)index;
    while (cf_budget_now_us() < h->until) {
        cf_budget_request request = {h->kind, cf_budget_now_us(), CF_BUDGET_SECOND_US, 0.8};
        cf_budget_reservation reservation = cf_host_budget_reserve(h->budget, &request);

        sleep_until_us(reservation.start);
        if (reservation.reserved) {
            start_record_add(h->record, reservation.start);
        }
    }
    return 0;
}

/* One run of processes on a fresh shared budget. */
typedef struct trial {
    char key[CF_BUDGET_KEY_SIZE];
    cf_host_budget budget;
    hammer h;
    uint64_t from, interval, duration;
} trial;

static bool trial_begin(trial *t, uint64_t interval, uint64_t duration, cf_budget_kind kind)
{
    fresh_budget_key(t->key);
    if (cf_host_budget_open(&t->budget, t->key, CF_HOST_BUDGET_MODE) != CF_HOST_BUDGET_SHARED) {
        return false;
    }
    cf_host_budget_set_interval(&t->budget, interval);
    t->interval = interval;
    t->duration = duration;
    t->from = cf_budget_now_us();
    t->h = (hammer){&t->budget, start_record_new(4096), t->from + duration, kind};
    return true;
}

/* Checks that no two starts came closer than the interval, nor more than the rate allows; returns how
 * many came within the trial's time, and removes its budget. */
static uint64_t trial_end(trial *t, bool *failed)
{
    uint64_t reached;

    CHECK(start_record_smallest_gap(t->h.record) >= t->interval);
    reached = start_record_count_in(t->h.record, t->from, t->duration);
    CHECK(reached <= t->duration / t->interval + 1);
    start_record_free(t->h.record);
    cf_host_budget_close(&t->budget);
    cf_host_budget_remove(t->key);
    return reached;
}

TEST(host_budget_holds_processes_to_the_rate_and_lets_them_reach_it)
{
    enum {
        WORKERS = 6
    };
    trial t;
    pid_t pids[WORKERS];
    uint64_t reached;

    if (!trial_begin(&t, 5000, 2 * CF_BUDGET_SECOND_US, CF_BUDGET_INTERACTIVE)) { /* 200 a second for 2 s */
        CHECK(!"the shared budget opens");
        return;
    }
    fork_workers(WORKERS, pids, reserve_and_wait, &t.h);
    CHECK(join_workers(WORKERS, pids));
    reached = trial_end(&t, failed);
    CHECK(reached >= 400 * 9 / 10);
    fprintf(stderr, "  %d processes: %llu starts in 2 s at 200/s\n", WORKERS, (unsigned long long)reached);
}

/* Asks for bulk starts as fast as it can: the compare-and-swap under contention. */
static int spin_bulk(int index, void *argument)
{
    hammer *h = argument;

    (void)index;
    while (cf_budget_now_us() < h->until) {
        cf_budget_request request = {CF_BUDGET_BULK, cf_budget_now_us(), 0, 1.0};
        cf_budget_reservation reservation = cf_host_budget_reserve(h->budget, &request);

        if (reservation.reserved) {
            start_record_add(h->record, reservation.start);
        }
    }
    return 0;
}

TEST(host_budget_never_gives_one_start_twice_under_contention_nor_hangs_when_a_process_dies)
{
    enum {
        WORKERS = 3
    };
    trial t;
    pid_t pids[WORKERS], doomed;
    uint64_t reached, killed_at;
    cf_budget_request request;

    if (!trial_begin(&t, 2000, 600000, CF_BUDGET_BULK)) { /* 500 a second for 0.6 s */
        CHECK(!"the shared budget opens");
        return;
    }
    fork_workers(1, &doomed, spin_bulk, &t.h);
    fork_workers(WORKERS - 1, pids, spin_bulk, &t.h);
    usleep(200000);
    kill(doomed, SIGKILL); /* wherever it was, it held nothing */
    waitpid(doomed, NULL, 0);
    killed_at = cf_budget_now_us();
    CHECK(join_workers(WORKERS - 1, pids));
    /* Progress after the death, not a rate: a bulk start not taken the moment it is free is lost, so
     * spinning processes lose whatever the scheduler keeps from them on busy cores (the rate test above
     * is the one for 90%). */
    CHECK(start_record_count_in(t.h.record, killed_at, t.from + t.duration - killed_at) >= 10);
    request = interactive_request(CF_BUDGET_SECOND_US);
    CHECK(cf_host_budget_reserve(&t.budget, &request).start - request.now <= t.interval);
    reached = trial_end(&t, failed);
    fprintf(stderr, "  %d spinning processes: %llu starts in 0.6 s at 500/s\n", WORKERS, (unsigned long long)reached);
}

/* Makes interactive calls now and then, and fails when one waits longer than one interval. */
static int probe_interactive(int index, void *argument)
{
    hammer *h = argument;
    uint64_t interval = cf_host_budget_interval(h->budget);
    int too_long = 0;

    (void)index;
    while (cf_budget_now_us() + 300000 < h->until) {
        cf_budget_request request = {CF_BUDGET_INTERACTIVE, cf_budget_now_us(), CF_BUDGET_SECOND_US, 0.8};
        cf_budget_reservation reservation = cf_host_budget_reserve(h->budget, &request);
        uint64_t wait = wait_from_now(reservation.start);

        if (wait > interval) {
            fprintf(stderr, "  an interactive call waited %llu us\n", (unsigned long long)wait);
            too_long++;
        }
        sleep_until_us(reservation.start);
        start_record_add(h->record, reservation.start);
        usleep(150000);
    }
    return too_long ? 1 : 0;
}

TEST(host_budget_interactive_call_waits_at_most_one_interval_while_bulk_processes_flood)
{
    enum {
        BULK = 3
    };
    trial t;
    pid_t pids[BULK + 1];

    if (!trial_begin(&t, 20000, 2 * CF_BUDGET_SECOND_US, CF_BUDGET_BULK)) { /* 50 a second for 2 s */
        CHECK(!"the shared budget opens");
        return;
    }
    fork_workers(BULK, pids, reserve_and_wait, &t.h);
    fork_workers(1, pids + BULK, probe_interactive, &t.h);
    CHECK(join_workers(BULK + 1, pids));
    /* bulk_share 0.8 while pages are served, and a few pages */
    CHECK(trial_end(&t, failed) >= 100 * 8 / 10 * 9 / 10);
}
