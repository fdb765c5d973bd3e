#include "check.h"
#include "core/budget.h"
#include "core/sha256.h"

#include <math.h>
#include <stdlib.h>

static void sha256_hex(const void *data, size_t len, size_t piece, char out[65])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char digest[CF_SHA256_SIZE];
    const unsigned char *in = data;
    cf_sha256 sha;

    cf_sha256_init(&sha);
    for (size_t done = 0; done < len; done += piece) {
        cf_sha256_update(&sha, in + done, len - done < piece ? len - done : piece);
    }
    cf_sha256_final(&sha, digest);
    for (int i = 0; i < CF_SHA256_SIZE; i++) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 0x0F];
    }
    out[64] = '\0';
}

TEST(sha256_matches_the_published_examples)
{
    static const char two_blocks[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    char hex[65];
    char *million = malloc(1000000);

    sha256_hex("", 0, 1, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha256_hex("abc", 3, 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    for (size_t piece = 1; piece <= sizeof(two_blocks); piece += 7) {
        sha256_hex(two_blocks, sizeof(two_blocks) - 1, piece, hex);
        CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }
    memset(million, 'a', 1000000);
    sha256_hex(million, 1000000, 4093, hex);
    CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(million);
}

TEST(budget_key_names_an_account_at_a_base_url_and_shows_nothing_of_the_secret)
{
    static const char secret[] = "cs_live_4f1d9a7c2b";
    char key[CF_BUDGET_KEY_SIZE], again[CF_BUDGET_KEY_SIZE], other[CF_BUDGET_KEY_SIZE];

    cf_budget_key("https://api.cashfin.africa", secret, sizeof(secret) - 1, key);
    CHECK(strlen(key) == CF_BUDGET_KEY_SIZE - 1);
    CHECK(strspn(key, "0123456789abcdef") == CF_BUDGET_KEY_SIZE - 1);
    cf_budget_key("https://api.cashfin.africa/", secret, sizeof(secret) - 1, again);
    CHECK_STR(again, key);
    cf_budget_key("https://api.cashfin.africa", "cs_live_4f1d9a7c2c", sizeof(secret) - 1, other);
    CHECK(strcmp(other, key) != 0);
    cf_budget_key("https://sandbox.local", secret, sizeof(secret) - 1, other);
    CHECK(strcmp(other, key) != 0);
    /* the URL and the secret are fields, not one string: moving a byte across changes the key */
    cf_budget_key("https://api.cashfin.africac", "s_live_4f1d9a7c2b", sizeof(secret) - 2, other);
    CHECK(strcmp(other, key) != 0);
    for (size_t i = 0; i + 4 <= sizeof(secret) - 1; i++) {
        char piece[5] = {0};

        memcpy(piece, secret + i, 4);
        CHECK(strstr(key, piece) == NULL);
    }
}

TEST(budget_interval_spaces_a_rate_over_a_second_and_its_slack)
{
    CHECK(cf_budget_interval_for_rate(5) == 210000);
    CHECK(cf_budget_interval_for_rate(25) == 42000);
    CHECK(cf_budget_interval_for_rate(3) == 350000);
    CHECK(cf_budget_interval_for_rate(0) == 0);
    CHECK(cf_budget_interval_for_rate(-5) == 0);
    CHECK(cf_budget_interval_for_rate(NAN) == 0);
    CHECK(cf_budget_interval_for_rate(INFINITY) == 105);
    CHECK(cf_budget_interval_for_rate(1e300) == 105);
    CHECK(cf_budget_interval_for_rate(1e-300) == 105000000);
}

static cf_budget_request interactive_at(uint64_t now)
{
    cf_budget_request request = {CF_BUDGET_INTERACTIVE, now, 10 * CF_BUDGET_SECOND_US, 0.8};

    return request;
}

static cf_budget_request bulk_at(uint64_t now, double share)
{
    cf_budget_request request = {CF_BUDGET_BULK, now, 0, share};

    return request;
}

/* Applies a request to the state, as a store would. */
static cf_budget_reservation reserve(cf_budget_state *state, cf_budget_request request)
{
    cf_budget_state next;
    cf_budget_reservation reservation = cf_budget_decide(state, &request, &next);

    *state = next;
    return reservation;
}

TEST(budget_spaces_starts_one_interval_apart_however_many_ask_at_once)
{
    cf_budget_state state = {.interval = 200000};
    uint64_t now = 5000000;

    for (int i = 0; i < 10; i++) {
        cf_budget_reservation reservation = reserve(&state, interactive_at(now));

        CHECK(reservation.reserved);
        CHECK(reservation.start == now + (uint64_t)i * 200000);
    }
    /* after a quiet spell, the next start is at once and no burst is saved up */
    now += 10 * CF_BUDGET_SECOND_US;
    CHECK(reserve(&state, interactive_at(now)).start == now);
    CHECK(reserve(&state, interactive_at(now)).start == now + 200000);
}

TEST(budget_without_a_rate_only_pauses)
{
    cf_budget_state state = {0};
    uint64_t now = 7000000;

    for (int i = 0; i < 5; i++) {
        CHECK(reserve(&state, interactive_at(now)).start == now);
        CHECK(reserve(&state, bulk_at(now, 0.8)).start == now);
    }
    state.paused_until = cf_budget_paused_until(state.paused_until, now, now + 1500000);
    CHECK(reserve(&state, interactive_at(now)).start == now + 1500000);
    CHECK(!reserve(&state, bulk_at(now, 0.8)).reserved);
}

TEST(budget_refuses_an_interactive_start_beyond_max_wait_and_keeps_the_slot)
{
    cf_budget_state state = {.interval = 100000};
    cf_budget_request request = interactive_at(1000000);
    cf_budget_reservation reservation;

    request.max_wait = 250000;
    for (int i = 0; i < 3; i++) {
        CHECK(reserve(&state, request).reserved); /* at +0, +100 ms, +200 ms */
    }
    reservation = reserve(&state, request);
    CHECK(!reservation.reserved);
    CHECK(reservation.start == 1300000);
    CHECK(state.tat == 1300000); /* nothing taken */
}

TEST(budget_pause_holds_every_start_and_never_shortens)
{
    cf_budget_state state = {.interval = 100000};
    uint64_t now = 2000000;

    state.paused_until = cf_budget_paused_until(state.paused_until, now, now + 3000000);
    state.paused_until = cf_budget_paused_until(state.paused_until, now, now + 1000000);
    CHECK(state.paused_until == now + 3000000);
    CHECK(reserve(&state, interactive_at(now)).start == now + 3000000);
    CHECK(reserve(&state, interactive_at(now)).start == now + 3100000);
    /* a pause is cut to the longest wait a budget hands out */
    CHECK(cf_budget_paused_until(0, now, UINT64_MAX) == now + CF_BUDGET_MAX_WAIT_US);
}

TEST(budget_clamps_what_it_reads_so_nothing_overflows_or_waits_unbounded)
{
    uint64_t nows[] = {1, 5000000, UINT64_MAX - 10, UINT64_MAX};

    for (size_t n = 0; n < sizeof(nows) / sizeof(nows[0]); n++) {
        uint64_t now = nows[n];
        cf_budget_state state = {UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX};
        cf_budget_request request = interactive_at(now);
        cf_budget_reservation reservation;

        request.max_wait = UINT64_MAX;
        reservation = reserve(&state, request);
        CHECK(reservation.reserved);
        CHECK(reservation.start >= now);
        CHECK(reservation.start - now <= CF_BUDGET_MAX_AHEAD_US);
        reservation = reserve(&state, request);
        CHECK(reservation.start >= now);
        CHECK(reservation.start - now <= CF_BUDGET_MAX_WAIT_US);
        reservation = reserve(&state, bulk_at(now, NAN));
        CHECK(reservation.start >= now);
        CHECK(reservation.start - now <= CF_BUDGET_MAX_AHEAD_US);
    }
}

TEST(budget_gives_a_bulk_call_only_a_start_free_now)
{
    cf_budget_state state = {.interval = 100000};
    uint64_t now = 3000000;
    cf_budget_reservation reservation;

    CHECK(reserve(&state, bulk_at(now, 0.8)).reserved);
    reservation = reserve(&state, bulk_at(now, 0.8));
    CHECK(!reservation.reserved);
    CHECK(reservation.start == now + 100000); /* when to ask again */
    CHECK(state.tat == now + 100000);
    reservation = reserve(&state, bulk_at(now + 100000, 0.8));
    CHECK(reservation.reserved && reservation.start == now + 100000);
}

/* A sync of `bulk_callers` processes asking whenever they were told to, and interactive calls every
 * `interactive_every` us from `interactive_from` on, in simulated time from 0 for `duration`.
 * Returns the longest wait of an interactive call. */
typedef struct simulation {
    uint64_t interval, duration, interactive_from, interactive_every;
    double bulk_share;
    int bulk_callers;
    uint64_t bulk_starts, bulk_starts_while_interactive, interactive_starts, longest_interactive_wait;
} simulation;

static void simulate(simulation *sim)
{
    cf_budget_state state = {.interval = sim->interval};
    uint64_t next_ask[16] = {0}, next_interactive = sim->interactive_from;

    for (uint64_t now = 1000; now < sim->duration; now += 1000) {
        for (int b = 0; b < sim->bulk_callers; b++) {
            if (next_ask[b] <= now) {
                cf_budget_reservation reservation = reserve(&state, bulk_at(now, sim->bulk_share));

                next_ask[b] = reservation.reserved ? now + 1000 : reservation.start;
                sim->bulk_starts += reservation.reserved;
                sim->bulk_starts_while_interactive += reservation.reserved && now > sim->interactive_from;
            }
        }
        if (sim->interactive_every && now >= next_interactive) {
            cf_budget_reservation reservation = reserve(&state, interactive_at(now));

            if (reservation.start - now > sim->longest_interactive_wait) {
                sim->longest_interactive_wait = reservation.start - now;
            }
            sim->interactive_starts++;
            next_interactive = now + sim->interactive_every;
        }
    }
}

TEST(budget_lets_an_interactive_call_wait_at_most_one_interval_while_bulk_floods)
{
    simulation sim = {.interval = 200000,
                      .duration = 30 * CF_BUDGET_SECOND_US,
                      .interactive_every = 777000,
                      .interactive_from = 1000,
                      .bulk_share = 0.8,
                      .bulk_callers = 12};

    simulate(&sim);
    CHECK(sim.interactive_starts > 30);
    CHECK(sim.longest_interactive_wait <= sim.interval);
    /* the budget is never exceeded, and nearly used up */
    CHECK((sim.bulk_starts + sim.interactive_starts) * sim.interval <= sim.duration + sim.interval);
    CHECK((sim.bulk_starts + sim.interactive_starts) * sim.interval >= sim.duration * 9 / 10);
}

TEST(budget_bulk_share_caps_bulk_calls_while_interactive_ones_are_made_and_not_alone)
{
    simulation alone = {.interval = 100000, .duration = 20 * CF_BUDGET_SECOND_US, .bulk_share = 0.5, .bulk_callers = 4};
    simulation shared = alone;
    uint64_t bulk_per_interval;

    simulate(&alone);
    CHECK(alone.bulk_starts * alone.interval >= alone.duration * 95 / 100); /* a sync alone uses it all */

    shared.interactive_from = 10 * CF_BUDGET_SECOND_US;
    shared.interactive_every = 900000; /* about one start in nine */
    simulate(&shared);
    /* in the second half, bulk calls got about half the starts, not the 8 in 9 left */
    bulk_per_interval = shared.bulk_starts_while_interactive * shared.interval * 100 / (10 * CF_BUDGET_SECOND_US);
    CHECK(bulk_per_interval >= 45 && bulk_per_interval <= 51);
    CHECK(shared.longest_interactive_wait <= shared.interval);

    /* a share of 0 leaves interactive calls everything while they are made */
    shared = (simulation){.interval = alone.interval, .duration = alone.duration, .bulk_callers = alone.bulk_callers};
    shared.bulk_share = 0;
    shared.interactive_from = 10 * CF_BUDGET_SECOND_US;
    shared.interactive_every = 500000;
    simulate(&shared);
    CHECK(shared.bulk_starts_while_interactive == 0);
    CHECK(shared.bulk_starts >= 95);
}
