/* The reservation rule of the shared rate-limit budgets (cf_budget_decide) on any stored state and
 * any request: whatever a corrupt or hostile store holds, a reservation never overflows, never starts
 * before now, never waits longer than the documented bounds, and keeps its own promises (a bulk call
 * starts at once or not at all; an interactive one within max_wait or not at all; a reserved start
 * moves the next free one at least one interval on). */
#include "fuzz.h"

#include "core/budget.h"

#include <math.h>

static uint64_t next_u64(fuzz_input *in)
{
    uint64_t value = 0;

    for (int i = 0; i < 8; i++) {
        value = value << 8 | fuzz_byte(in);
    }
    return value;
}

/* Small values are as interesting as huge ones: one byte picks the scale. */
static uint64_t next_time(fuzz_input *in)
{
    uint8_t scale = fuzz_byte(in);
    uint64_t value = next_u64(in);

    return scale % 4 == 0   ? value
           : scale % 4 == 1 ? value % 100000000
           : scale % 4 == 2 ? value % 4000000000000
                            : UINT64_MAX - value % 1000;
}

static uint64_t min_u64(uint64_t a, uint64_t b)
{
    return a < b ? a : b;
}

/* The longest wait any reservation may hand out: the furthest plausible stored time, and the window
 * in which the bulk share applies after it. */
#define LONGEST_WAIT (CF_BUDGET_MAX_AHEAD_US + 2 * CF_BUDGET_MAX_INTERVAL_US + CF_BUDGET_INTERACTIVE_WINDOW_US)

/* A pause never shortens a plausible earlier one, nor the new one below the longest wait. */
static void check_pause(uint64_t paused_until, uint64_t now, uint64_t until)
{
    uint64_t longest = cf_budget_add(now, CF_BUDGET_MAX_WAIT_US);
    uint64_t paused = cf_budget_paused_until(paused_until, now, until);

    FUZZ_ASSERT(paused >= min_u64(until, longest), "the new pause holds");
    FUZZ_ASSERT(paused <= (paused_until > longest ? paused_until : longest), "a pause is bounded");
    if (paused_until <= cf_budget_add(now, CF_BUDGET_MAX_AHEAD_US)) {
        FUZZ_ASSERT(paused >= paused_until, "an earlier pause holds");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_input in = {data, size, 0};
    cf_budget_state state, next, after;
    cf_budget_request request;
    cf_budget_reservation reservation, again;
    uint8_t share_byte;

    state.tat = next_time(&in);
    state.bulk_tat = next_time(&in);
    state.paused_until = next_time(&in);
    state.interactive_at = next_time(&in);
    state.interval = next_time(&in);
    request.kind = fuzz_byte(&in) & 1 ? CF_BUDGET_BULK : CF_BUDGET_INTERACTIVE;
    request.now = next_time(&in);
    request.max_wait = next_time(&in);
    share_byte = fuzz_byte(&in);
    request.bulk_share = share_byte == 255 ? NAN : share_byte == 254 ? -1.0 : share_byte / 200.0;

    reservation = cf_budget_decide(&state, &request, &next);
    FUZZ_ASSERT(reservation.start >= request.now, "never before now");
    FUZZ_ASSERT(reservation.start - request.now <= LONGEST_WAIT, "every wait bounded");
    if (request.kind == CF_BUDGET_BULK) {
        FUZZ_ASSERT(reservation.reserved == (reservation.start == request.now), "bulk: at once or not at all");
    } else {
        uint64_t max_wait = min_u64(request.max_wait, CF_BUDGET_MAX_WAIT_US);

        FUZZ_ASSERT(reservation.reserved == (reservation.start - request.now <= max_wait),
                    "interactive: within max_wait or not at all");
    }
    if (!reservation.reserved) {
        FUZZ_ASSERT(memcmp(&next, &state, sizeof(state)) == 0, "a refusal changes nothing");
        return 0;
    }
    FUZZ_ASSERT(next.paused_until == state.paused_until && next.interval == state.interval, "only starts move");
    FUZZ_ASSERT(next.tat == cf_budget_add(reservation.start, min_u64(state.interval, CF_BUDGET_MAX_INTERVAL_US)),
                "the next free start is one interval on");

    /* the same request again comes after the first one's interval, unless there is no rate or the
     * clock is at its end */
    again = cf_budget_decide(&next, &request, &after);
    if (state.interval > 0 && next.tat != UINT64_MAX) {
        FUZZ_ASSERT(!again.reserved || again.start >= next.tat, "a second start waits for the first one's interval");
    }
    check_pause(state.paused_until, request.now, request.max_wait);
    return 0;
}
