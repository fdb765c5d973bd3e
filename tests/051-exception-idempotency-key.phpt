--TEST--
Exception::getIdempotencyKey(): the key a failed write carried (generated or given), null for reads, local failures and exceptions built by the caller; "retry later with the same key" creates the customer once even when the first answer was lost
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$client->create(cf_person(1));
cf_clear_requests($base);

function show(Cashfin\Exception $e, string $base): void
{
    $requests = cf_requests($base);
    $sent = $requests === [] ? null : (end($requests)['headers']['idempotency-key'] ?? null);
    printf("%s: key %s, the one sent: %s\n", get_class($e),
        $e->getIdempotencyKey() === null ? 'null' : (preg_match('/^[0-9a-f-]{36}$/', $e->getIdempotencyKey()) ? '<uuid>' : $e->getIdempotencyKey()),
        var_export($e->getIdempotencyKey() === $sent, true));
    cf_clear_requests($base);
}

show(cf_catch(fn () => $client->create(cf_person(1))), $base);
show(cf_catch(fn () => $client->create(cf_person(1), ['idempotency_key' => 'order-1001'])), $base);
show(cf_catch(fn () => $client->update('507f1f77bcf86cd799439011', ['city' => 'Nairobi'], ['idempotency_key' => 'move-7'])), $base);
show(cf_catch(fn () => $client->update('507f1f77bcf86cd799439011', ['city' => 'Nairobi'])), $base);
show(cf_catch(fn () => $client->details('507f1f77bcf86cd799439011')), $base);
show(cf_catch(fn () => $client->create(['name' => 'No email'])), $base);
echo "built by the caller: ", var_export((new Cashfin\ServerException('down', 503))->getIdempotencyKey(), true), "\n";

echo "-- the README's advice: retry later with the same key --\n";
cf_fault($base, ['path' => '/business/customer/create', 'drop' => true]);   // created, but the answer is lost
try {
    $client->create(cf_person(2));
    echo "not reached\n";
} catch (Cashfin\ConnectionException | Cashfin\UnexpectedResponseException | Cashfin\ServerException $e) {
    $key = $e->getIdempotencyKey();
    echo "failed: ", get_class($e), ", key kept\n";
}
$customer = $client->create(cf_person(2), ['idempotency_key' => $key]);
echo "retried: replayed ", $client->lastResponse()['headers']['idempotent-replayed'] ?? 'no',
    ", customers with that email: ", count(array_filter($client->list(['limit' => 100])['data'],
        fn ($c) => $c['email'] === 'customer2@example.com')), "\n";
?>
--EXPECT--
Cashfin\DuplicateException: key <uuid>, the one sent: true
Cashfin\DuplicateException: key order-1001, the one sent: true
Cashfin\NotFoundException: key move-7, the one sent: true
Cashfin\NotFoundException: key null, the one sent: true
Cashfin\NotFoundException: key null, the one sent: true
Cashfin\ValidationException: key null, the one sent: true
built by the caller: NULL
-- the README's advice: retry later with the same key --
failed: Cashfin\ConnectionException, key kept
retried: replayed true, customers with that email: 1
