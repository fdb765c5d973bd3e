#include "budget_host.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

/* The few atomic operations the budget needs, on plain uint64_t fields so that the segment's layout
 * is the struct's. */
#ifdef _MSC_VER
static uint64_t atomic_load(const uint64_t *field)
{
    return (uint64_t)InterlockedCompareExchange64((volatile LONG64 *)field, 0, 0);
}

static void atomic_store(uint64_t *field, uint64_t value)
{
    InterlockedExchange64((volatile LONG64 *)field, (LONG64)value);
}

static bool atomic_swap_if(uint64_t *field, uint64_t *expected, uint64_t desired)
{
    LONG64 seen = InterlockedCompareExchange64((volatile LONG64 *)field, (LONG64)desired, (LONG64)*expected);

    if ((uint64_t)seen == *expected) {
        return true;
    }
    *expected = (uint64_t)seen;
    return false;
}

#define ATOMICS_SHARE_ACROSS_PROCESSES true
#else
static uint64_t atomic_load(const uint64_t *field)
{
    return __atomic_load_n(field, __ATOMIC_ACQUIRE);
}

static void atomic_store(uint64_t *field, uint64_t value)
{
    __atomic_store_n(field, value, __ATOMIC_RELEASE);
}

/* On failure *expected becomes the value seen. */
static bool atomic_swap_if(uint64_t *field, uint64_t *expected, uint64_t desired)
{
    return __atomic_compare_exchange_n(field, expected, desired, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

/* An atomic that is not lock-free is emulated with a lock of this process alone: useless in a
 * segment other processes write. */
#define ATOMICS_SHARE_ACROSS_PROCESSES __atomic_always_lock_free(sizeof(uint64_t), 0)
#endif

static void atomic_raise_to(uint64_t *field, uint64_t value)
{
    uint64_t seen = atomic_load(field);

    while (seen < value && !atomic_swap_if(field, &seen, value)) {
    }
}

static cf_budget_state *state_of(cf_host_budget *budget)
{
    return budget->shared ? budget->shared : &budget->own;
}

static cf_host_budget_scope keep_private(cf_host_budget *budget, const char *step, int failure)
{
    budget->scope = CF_HOST_BUDGET_PRIVATE;
    budget->failed_step = step;
    budget->failure = failure;
    return budget->scope;
}

static bool segment_name(const char *key, char name[CF_HOST_BUDGET_NAME_SIZE])
{
    return (size_t)snprintf(name, CF_HOST_BUDGET_NAME_SIZE, "/cashfin-rl1-%s", key) < CF_HOST_BUDGET_NAME_SIZE;
}

#ifdef _WIN32
cf_host_budget_scope cf_host_budget_open(cf_host_budget *budget, const char *key, unsigned mode)
{
    (void)key;
    (void)mode;
    memset(budget, 0, sizeof(*budget));
    return keep_private(budget, "POSIX shared memory (not on Windows)", 0);
}

void cf_host_budget_close(cf_host_budget *budget)
{
    memset(budget, 0, sizeof(*budget));
}

bool cf_host_budget_remove(const char *key)
{
    (void)key;
    return false;
}
#else
/* Opens the existing segment first: creating with O_CREAT where another user's segment exists is
 * refused in sticky directories such as /dev/shm when fs.protected_regular is set, even for root. */
static int open_segment(const char *name, unsigned mode, bool *created)
{
    for (int attempt = 0; attempt < 3; attempt++) {
        int fd = shm_open(name, O_RDWR, 0);

        if (fd >= 0 || errno != ENOENT) {
            *created = false;
            return fd;
        }
        fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, (mode_t)mode);
        if (fd >= 0) {
            *created = true;
            /* the mode as documented, whatever the process's umask */
            (void)fchmod(fd, (mode_t)mode);
            return fd;
        }
        if (errno != EEXIST) {
            return -1;
        }
    }
    return -1;
}

cf_host_budget_scope cf_host_budget_open(cf_host_budget *budget, const char *key, unsigned mode)
{
    char name[CF_HOST_BUDGET_NAME_SIZE];
    bool created = false;
    struct stat st;
    void *mapped;
    int fd;

    memset(budget, 0, sizeof(*budget));
    if (!ATOMICS_SHARE_ACROSS_PROCESSES) {
        return keep_private(budget, "lock-free 64-bit atomics", 0);
    }
    if (!segment_name(key, name)) {
        return keep_private(budget, "budget key", EINVAL);
    }
    fd = open_segment(name, mode, &created);
    if (fd < 0) {
        return keep_private(budget, "shm_open", errno);
    }
    /* A segment just created is empty; so is one whose creator has not sized it yet. Sizing it
     * again is harmless: the new bytes are zeros, an empty budget. */
    if (fstat(fd, &st) != 0 ||
        ((size_t)st.st_size < sizeof(cf_budget_state) && ftruncate(fd, (off_t)sizeof(cf_budget_state)) != 0)) {
        int failure = errno;

        close(fd);
        if (created) {
            shm_unlink(name);
        }
        return keep_private(budget, "ftruncate", failure);
    }
    mapped = mmap(NULL, sizeof(cf_budget_state), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (mapped == MAP_FAILED) {
        return keep_private(budget, "mmap", errno);
    }
    budget->shared = mapped;
    budget->scope = CF_HOST_BUDGET_SHARED;
    return budget->scope;
}

void cf_host_budget_close(cf_host_budget *budget)
{
    if (budget->shared) {
        munmap(budget->shared, sizeof(cf_budget_state));
    }
    memset(budget, 0, sizeof(*budget));
}

bool cf_host_budget_remove(const char *key)
{
    char name[CF_HOST_BUDGET_NAME_SIZE];

    return segment_name(key, name) && shm_unlink(name) == 0;
}
#endif

static void load_state(const cf_budget_state *shared, cf_budget_state *copy)
{
    copy->tat = atomic_load(&shared->tat);
    copy->bulk_tat = atomic_load(&shared->bulk_tat);
    copy->paused_until = atomic_load(&shared->paused_until);
    copy->interactive_at = atomic_load(&shared->interactive_at);
    copy->interval = atomic_load(&shared->interval);
}

cf_budget_reservation cf_host_budget_reserve(cf_host_budget *budget, const cf_budget_request *request)
{
    cf_budget_state *shared = state_of(budget);
    cf_budget_state seen, next;
    cf_budget_reservation reservation;

    /* Lock-free: a failed swap means another process has just reserved, so this loop ends as soon as
     * the others pause for a moment. */
    do {
        load_state(shared, &seen);
        reservation = cf_budget_decide(&seen, request, &next);
        if (!reservation.reserved) {
            return reservation;
        }
    } while (!atomic_swap_if(&shared->tat, &seen.tat, next.tat));

    /* The swap made the reservation; these only steer later ones, and only ever move forward. */
    if (next.bulk_tat != seen.bulk_tat) {
        atomic_raise_to(&shared->bulk_tat, next.bulk_tat);
    }
    if (next.interactive_at != seen.interactive_at) {
        atomic_store(&shared->interactive_at, next.interactive_at);
    }
    return reservation;
}

void cf_host_budget_pause(cf_host_budget *budget, uint64_t now, uint64_t until)
{
    cf_budget_state *shared = state_of(budget);
    uint64_t seen = atomic_load(&shared->paused_until);
    uint64_t paused_until;

    do {
        paused_until = cf_budget_paused_until(seen, now, until);
    } while (paused_until != seen && !atomic_swap_if(&shared->paused_until, &seen, paused_until));
}

uint64_t cf_host_budget_paused_until(const cf_host_budget *budget, uint64_t now)
{
    uint64_t seen = atomic_load(budget->shared ? &budget->shared->paused_until : &budget->own.paused_until);

    return cf_budget_paused_until(seen, now, 0);
}

void cf_host_budget_set_interval(cf_host_budget *budget, uint64_t interval)
{
    cf_budget_state *shared = state_of(budget);

    /* Only a change is written: every answer may carry the limit, and an unchanged cache line stays
     * shared between the cores. */
    if (interval && atomic_load(&shared->interval) != interval) {
        atomic_store(&shared->interval, interval);
    }
}

uint64_t cf_host_budget_interval(const cf_host_budget *budget)
{
    return atomic_load(budget->shared ? &budget->shared->interval : &budget->own.interval);
}

void cf_host_budget_describe(const cf_host_budget *budget, char *out, size_t size)
{
    if (budget->scope == CF_HOST_BUDGET_SHARED) {
        snprintf(out, size, "%s", "");
    } else if (budget->failure) {
        snprintf(out, size, "%s: %s", budget->failed_step, strerror(budget->failure));
    } else {
        snprintf(out, size, "%s", budget->failed_step ? budget->failed_step : "unavailable");
    }
}
