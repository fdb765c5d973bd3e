/* The rate-limit budget of one host: a budget (budget.h) in a small POSIX shared memory segment,
 * /dev/shm/cashfin-rl1-<key> on Linux, that every process of the host spending the same secret at the
 * same base URL maps. A reservation is one 64-bit compare-and-swap on the budget's next free start;
 * no lock is ever taken, so a process that dies at any point leaves nothing held.
 *
 * The segment is created with CF_HOST_BUDGET_MODE (read-write for its owner and the owner's group,
 * whatever the umask) and kept until the host reboots: a budget is 40 bytes, and a later process of
 * the same account finds the rate its predecessors learnt. Processes of other users share it when they
 * are in the creator's group (or are root); any other process, or any host without POSIX shared
 * memory, keeps a budget of its own (CF_HOST_BUDGET_PRIVATE) and works on as before: never an error. */
#ifndef CASHFIN_CORE_BUDGET_HOST_H
#define CASHFIN_CORE_BUDGET_HOST_H

#include "budget.h"

#define CF_HOST_BUDGET_MODE 0660

/* "/cashfin-rl1-" and the key */
#define CF_HOST_BUDGET_NAME_SIZE (13 + CF_BUDGET_KEY_SIZE)

typedef enum cf_host_budget_scope {
    CF_HOST_BUDGET_SHARED,  /* every process of this host with this key draws from it */
    CF_HOST_BUDGET_PRIVATE, /* this process's own: the shared one could not be opened (see failure) */
} cf_host_budget_scope;

typedef struct cf_host_budget {
    cf_budget_state *shared; /* the mapped segment; NULL when private */
    cf_budget_state own;     /* the budget when private */
    cf_host_budget_scope scope;
    const char *failed_step; /* private: what failed ("shm_open", "mmap", ...) */
    int failure;             /* private: its errno, 0 when none applies */
} cf_host_budget;

/* Opens (creating it when none exists) the host's budget named by key (cf_budget_key). Never fails:
 * when the segment cannot be used the budget is private, and the scope says so. The mode applies
 * when this call creates the segment. */
cf_host_budget_scope cf_host_budget_open(cf_host_budget *budget, const char *key, unsigned mode);

/* Unmaps; the segment stays for the other processes. Not needed in a forked child, which inherits the
 * mapping and shares the budget with its parent. */
void cf_host_budget_close(cf_host_budget *budget);

/* Removes the segment's name (tests, or clearing a host's budgets); processes that have it mapped
 * keep theirs. False when there was none. */
bool cf_host_budget_remove(const char *key);

/* Reserves a start (see budget.h), atomically among all processes sharing the budget. */
cf_budget_reservation cf_host_budget_reserve(cf_host_budget *budget, const cf_budget_request *request);

/* No start before `until` (cut to now + CF_BUDGET_MAX_WAIT_US) for any process sharing the budget. */
void cf_host_budget_pause(cf_host_budget *budget, uint64_t now, uint64_t until);

/* The end of the current pause (0 or a time before now: none): a caller that reserved a start before
 * a pause began checks this after waiting, and reserves again if its start fell inside the pause. */
uint64_t cf_host_budget_paused_until(const cf_host_budget *budget, uint64_t now);

/* Sets the interval between starts (cf_budget_interval_for_rate) for every process sharing the
 * budget: the latest set wins, so every process of an account should be given the same rate, or
 * 'auto' (the plan's X-RateLimit-Limit, the same for all). 0 leaves the interval as it is. */
void cf_host_budget_set_interval(cf_host_budget *budget, uint64_t interval);

uint64_t cf_host_budget_interval(const cf_host_budget *budget);

/* Why a budget is private, for a notice: e.g. "shm_open: Permission denied". "" when shared. */
void cf_host_budget_describe(const cf_host_budget *budget, char *out, size_t size);

#endif
