--TEST--
Bulk: every create has its own Idempotency-Key, kept by its retries (503 refused, answer lost): one customer per entry
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$events = [];
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 2,
    'on_response' => function (array $event) use (&$events) { $events[] = $event; }]);
const UUID4 = '/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/';

/** Per Idempotency-Key: how many requests carried it, and whether they all carried the same body. */
function by_key(array $requests): array
{
    $keys = [];
    foreach ($requests as $request) {
        $key = $request['headers']['idempotency-key'] ?? '(none)';
        $keys[$key][] = $request['body'];
    }
    return $keys;
}

function report(string $label, array $people, array $result, array $requests, array $events): array
{
    $keys = by_key($requests);
    $emails = [];
    foreach ($keys as $bodies) {
        $emails[] = json_decode($bodies[0], true)['email'];
    }
    sort($emails);
    $expected = array_column($people, 'email');
    sort($expected);
    echo "$label: ", count($requests), " requests, ", count($keys), " distinct keys, each sent ",
        implode('/', array_unique(array_map('count', $keys))), " times with one body: ",
        var_export(array_filter($keys, fn ($b) => count(array_unique($b)) !== 1) === [], true), "\n";
    echo "  one key per entry: ", var_export($emails === $expected, true), ", UUID v4: ",
        var_export(count(preg_grep(UUID4, array_keys($keys))) === count($keys), true), "\n";
    $right = array_keys($result) === array_keys($people);
    foreach ($people as $k => $person) {
        $right = $right && is_array($result[$k]) && $result[$k]['email'] === $person['email'];
    }
    echo "  every entry created under its key: ", var_export($right, true), "\n";
    $attempts = [];
    foreach ($events as $event) {
        $attempts[] = $event['attempt'] . ':' . $event['status'] . ($event['will_retry'] ? '+retry' : '');
    }
    $counts = array_count_values($attempts);
    ksort($counts);
    echo "  attempts: ", json_encode($counts), "\n";
    return array_keys($keys);
}

// Each first attempt is refused before anything is written; the retry goes through. All six start at
// once; Retry-After 1 keeps every retry behind all the first attempts (php -S serves its connections in
// no particular order), so the six faults meet exactly the six first attempts.
$people = [];
for ($n = 1; $n <= 6; $n++) {
    $people["crm-$n"] = cf_person($n);
}
cf_fault($base, ['path' => '/business/customer/create', 'status' => 503, 'count' => 6, 'headers' => ['Retry-After' => '1']]);
$result = $client->createMany($people, ['concurrency' => 8]);
$first = report('503 on every first attempt', $people, $result, cf_requests($base), $events);

// Three answers are lost after the customer was stored; whichever attempts they hit (backoff is random),
// each costs exactly one more request under the same key, and no customer is stored twice.
cf_clear_requests($base);
$events = [];
$more = [];
for ($n = 7; $n <= 9; $n++) {
    $more[$n * 10] = cf_person($n);
}
cf_fault($base, ['path' => '/business/customer/create', 'drop' => true, 'count' => 3]);
$patient = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 3,
    'on_response' => function (array $event) use (&$events) { $events[] = $event; }]);
$result2 = $patient->createMany($more, ['concurrency' => 8]);
$requests = cf_requests($base);
$keys = by_key($requests);
$second = array_keys($keys);
echo "answers lost: ", count($requests), " requests, ", count($keys), " distinct keys, one body per key: ",
    var_export(array_filter($keys, fn ($b) => count(array_unique($b)) !== 1) === [], true), ", extra requests: ",
    array_sum(array_map(fn ($b) => count($b) - 1, $keys)), "\n";
$right = array_keys($result2) === array_keys($more);
foreach ($more as $k => $person) {
    $right = $right && is_array($result2[$k]) && $result2[$k]['email'] === $person['email'];
}
echo "  every entry created under its key: ", var_export($right, true), ", lost answers retried: ",
    count(array_filter($events, fn ($e) => $e['status'] === null && $e['will_retry'])), "\n";
echo "  the stored customers came back: ", var_export(array_map(fn ($c) => $client->details($c['_id']), $result2) === $result2, true), "\n";
echo "keys of the two batches all differ: ", var_export(array_intersect($first, $second) === [], true), "\n";

$page = $client->list(['limit' => 100]);
echo "customers: ", $page['pagination']['total'], ", emails unique: ",
    var_export(count(array_unique(array_column($page['data'], 'email'))) === $page['pagination']['total'], true), "\n";

// Two identical entries are two creates with two keys: one customer, and the other is a duplicate.
cf_clear_requests($base);
$twins = $client->createMany(['one' => cf_person(50), 'two' => cf_person(50)], ['concurrency' => 2]);
$kinds = array_map(fn ($r) => is_array($r) ? 'created' : get_class($r), $twins);
sort($kinds);
echo "identical entries: ", implode(', ', $kinds), ", keys sent: ", count(by_key(cf_requests($base))), "\n";

// Updates and details send no key; their retries repeat the same request.
cf_clear_requests($base);
$events = [];
$ids = array_column(array_values($result), '_id');
cf_fault($base, ['path' => '/business/customer/update/', 'status' => 503, 'count' => 2, 'headers' => ['Retry-After' => '0']]);
cf_fault($base, ['path' => '/business/customer/details/', 'status' => 502, 'count' => 2, 'headers' => ['Retry-After' => '0']]);
$updated = $client->updateMany([$ids[0] => ['city' => 'Nakuru'], $ids[1] => ['city' => 'Eldoret']], ['concurrency' => 4]);
$details = $client->detailsMany([$ids[0], $ids[1]], ['concurrency' => 4]);
$requests = cf_requests($base);
echo "update and details: ", count($requests), " requests, keys sent: ", count(array_filter($requests,
    fn ($r) => isset($r['headers']['idempotency-key']))), ", results: ", json_encode(array_values(array_map(fn ($u) => $u['modified'], $updated))),
    ' ', json_encode(array_map(fn ($d) => $d['city'], $details)), "\n";
echo "retried attempts: ", count(array_filter($events, fn ($e) => $e['will_retry'])), "\n";
?>
--EXPECT--
503 on every first attempt: 12 requests, 6 distinct keys, each sent 2 times with one body: true
  one key per entry: true, UUID v4: true
  every entry created under its key: true
  attempts: {"1:503+retry":6,"2:201":6}
answers lost: 6 requests, 3 distinct keys, one body per key: true, extra requests: 3
  every entry created under its key: true, lost answers retried: 3
  the stored customers came back: true
keys of the two batches all differ: true
customers: 9, emails unique: true
identical entries: Cashfin\DuplicateException, created, keys sent: 2
update and details: 8 requests, keys sent: 0, results: [1,1] ["Nakuru","Eldoret"]
retried attempts: 4
