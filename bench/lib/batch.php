<?php

/*
 * The batch workloads (clients/loop.php times them, callgrind.php counts their instructions): a
 * createMany() of BENCH_BATCH_SIZE at that concurrency, by a client with persistent => false, whose
 * connection cache is its own: a new one starts with no connection open ("first batch"), and its later
 * batches ride the connections the earlier ones left ("second batch"), as a persistent client's batches
 * do with the worker's cache from one PHP request to the next.
 *
 * How many connections a first batch opens depends on timing: over TLS libcurl holds the entries until
 * the first connection says whether it multiplexes, and against a server that answers at once they may
 * then find it free and follow each other on it. The batch after such a first batch opens the ones it
 * lacks, so a "second batch" is measured after two: by then the cache holds one connection per entry.
 */

require_once __DIR__ . '/canned.php';

const BENCH_BATCH_SIZE = 16;

/**
 * A client with a connection cache of its own. With $opened, every attempt that went out on a new
 * connection (one TCP connect and TLS handshake) adds one to it.
 */
function bench_batch_client(string $base, string $ca, ?int &$opened = null): Cashfin\Customers
{
    $options = ['base_url' => $base, 'ca_info' => $ca, 'max_retries' => 0, 'persistent' => false];
    if (func_num_args() > 2) {
        $options['on_response'] = function (array $attempt) use (&$opened): void {
            $opened += $attempt['connection_reused'] ? 0 : 1;
        };
    }
    return new Cashfin\Customers('cs_bench_0123456789abcdef', $options);
}

/** One batch of creates; true when every entry came back created. */
function bench_batch_run(Cashfin\Customers $client): bool
{
    static $batch = null;
    if ($batch === null) {
        for ($i = 1; $i <= BENCH_BATCH_SIZE; $i++) {
            $batch["crm-$i"] = bench_new_customer();
        }
    }
    $email = bench_new_customer()['email'];
    $created = $client->createMany($batch, ['concurrency' => BENCH_BATCH_SIZE]);
    return count(array_filter($created, fn ($c) => is_array($c) && $c['email'] === $email)) === BENCH_BATCH_SIZE;
}

/** Makes a client's cache hold what a second batch finds: the connections two batches before it left. */
function bench_batch_fill(Cashfin\Customers $client): void
{
    bench_batch_run($client);
    bench_batch_run($client);
}
