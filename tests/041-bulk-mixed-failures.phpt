--TEST--
Bulk: successes mixed with every kind of failure in one batch; each value is the single call's result or the exception it would throw (returned, not thrown)
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$existing = $client->create(cf_person(1));
$other = $client->create(cf_person(2));
$names = [$existing['_id'] => '<existing>', $other['_id'] => '<other>'];

const MISSING = '507f1f77bcf86cd799439011';
const SERVER = 'aaaaaaaaaaaaaaaaaaaaaaa1';
const LIMITED = 'aaaaaaaaaaaaaaaaaaaaaaa2';
const HTML = 'aaaaaaaaaaaaaaaaaaaaaaa3';
const DROPPED = 'aaaaaaaaaaaaaaaaaaaaaaa4';
const UNAVAILABLE = 'aaaaaaaaaaaaaaaaaaaaaaa5';

/** Everything an exception carries except its request id, which differs from one request to the next. */
function signature(Throwable $e): array
{
    return [get_class($e), $e->getMessage(), $e->getCode(), $e instanceof Cashfin\Exception ? $e->getHttpStatus() : 'n/a',
        $e instanceof Cashfin\Exception ? $e->getErrors() : 'n/a', $e instanceof Cashfin\Exception ? $e->getResponseBody() : 'n/a',
        $e instanceof Cashfin\RateLimitException ? $e->getRetryAfter() : null];
}

function show(string|int $key, mixed $value, ?array $logged, array $names): void
{
    $shown = is_string($key) ? ($names[$key] ?? var_export($key, true)) : $key;
    if (!$value instanceof Throwable) {
        echo "  $shown => ", is_array($value) ? 'array' : gettype($value), "\n";
        return;
    }
    $id = $value->getRequestId();
    // Without a final answer, an id is only what an interim (1xx) answer carried: not part of the contract.
    $idShown = $value instanceof Cashfin\ConnectionException ? 'not checked (no final answer)'
        : ($id === null ? 'none' : ($logged !== null && $id === $logged['request_id'] ? 'the logged request' : "WRONG $id"));
    echo "  $shown => ", get_class($value), ' "', $value->getMessage(), '" status ', var_export($value->getHttpStatus(), true),
        ' code ', $value->getCode(), "\n     errors ", json_encode($value->getErrors()), ' body ', var_export($value->getResponseBody(), true),
        $value instanceof Cashfin\RateLimitException ? ' retry after ' . var_export($value->getRetryAfter(), true) : '',
        "\n     request id: ", $idShown, "\n";
}

function faults(string $base, string $action, bool $drop = true): void
{
    cf_fault($base, ['path' => "/business/customer/$action/" . SERVER, 'status' => 500]);
    cf_fault($base, ['path' => "/business/customer/$action/" . LIMITED, 'status' => 429, 'headers' => ['Retry-After' => '30'],
        'body' => '{"success":false,"error":"Too many requests","retry_after":30}']);
    cf_fault($base, ['path' => "/business/customer/$action/" . HTML, 'status' => 200, 'content_type' => 'text/html',
        'body' => '<html><body>Down for maintenance</body></html>']);
    if ($drop) {
        cf_fault($base, ['path' => "/business/customer/$action/" . DROPPED, 'drop' => true]);
    }
    cf_fault($base, ['path' => "/business/customer/$action/" . UNAVAILABLE, 'status' => 503,
        'body' => '{"success":false,"error":"Service unavailable"}']);
}

/** The logged request for a path (the only one with it since the last clear). */
function logged(string $base, string $path): ?array
{
    foreach (cf_requests($base) as $request) {
        if ($request['path'] === $path) {
            return $request;
        }
    }
    return null;
}

function compare_with_single(string $label, array $bulk, array $single): void
{
    $same = [];
    foreach ($bulk as $key => $value) {
        $one = $single[$key];
        $same[] = $value instanceof Throwable ? ($one instanceof Throwable && signature($value) === signature($one))
            : $value === $one;
    }
    echo "$label: every value equals the single call's: ", var_export(!in_array(false, $same, true), true), "\n";
}

// ---- detailsMany, 8 at once; the faults aim at ids, so the batch order does not matter.
cf_clear_requests($base);
faults($base, 'details');
$ids = ['ok' => $existing['_id'], 'bad-id' => 'not-an-id', 'missing' => MISSING, 'server' => SERVER, 'limited' => LIMITED,
    'html' => HTML, 'dropped' => DROPPED, 'unavailable' => UNAVAILABLE, 'again' => strtoupper($other['_id'])];
$details = $client->detailsMany($ids, ['concurrency' => 8]);
echo "detailsMany returned ", count($details), " entries, keys in order: ",
    var_export(array_keys($details) === array_keys($ids), true), "\n";
foreach ($details as $key => $value) {
    show($key, $value, logged($base, '/business/customer/details/' . $ids[$key]), $names);
}
echo "requests: ", count(cf_requests($base)), "\n";
faults($base, 'details');
$single = [];
foreach ($ids as $key => $id) {
    try {
        $single[$key] = $client->details($id);
    } catch (Cashfin\Exception $e) {
        $single[$key] = $e;
    }
}
compare_with_single('details', $details, $single);

// ---- updateMany, 8 at once.
cf_clear_requests($base);
$third = $client->create(cf_person(3));
$names[$third['_id']] = '<third>';
faults($base, 'update', false);
$changes = [$existing['_id'] => ['city' => 'Kisumu'], 'not-an-id' => ['city' => 'x'], 7 => ['city' => 'x'],
    $other['_id'] => ['email' => $existing['email']], MISSING => ['city' => 'x'], $third['_id'] => ['email' => 'nope', 'bogus' => 1],
    SERVER => ['city' => 'x'], UNAVAILABLE => ['city' => 'x'], HTML => ['city' => 'x']];
cf_clear_requests($base);
$updated = $client->updateMany($changes, ['concurrency' => 8]);
echo "updateMany returned ", count($updated), " entries, keys in order: ",
    var_export(array_keys($updated) === array_keys($changes), true), "\n";
foreach ($updated as $key => $value) {
    show($key, $value, logged($base, "/business/customer/update/$key"), $names);
}
echo "  <existing> value: ", json_encode($updated[$existing['_id']] + ['_id' => 0] === ['_id' => $existing['_id'], 'modified' => 1]
    ? 'exactly [_id, modified 1]' : $updated[$existing['_id']]), "\n";
echo "requests: ", count(cf_requests($base)), "\n";
// The single calls, from the same state: the first update is undone, the faults queued again.
$client->update($existing['_id'], ['city' => '']);
faults($base, 'update', false);
$single = [];
foreach ($changes as $id => $change) {
    try {
        $single[$id] = $client->update((string) $id, $change);
    } catch (Cashfin\Exception $e) {
        $single[$id] = $e;
    }
}
compare_with_single('update', $updated, $single);

// ---- createMany one at a time, so that the queued faults meet the entries in order ({} lets a request through).
cf_clear_requests($base);
$people = ['new' => cf_person(10), 'invalid' => ['name' => 'No Email', 'phone' => 'call me'], 'dup' => cf_person(1),
    'server' => cf_person(11), 'limited' => cf_person(12), 'html' => cf_person(13), 'dropped' => cf_person(14), 'last' => cf_person(15)];
$create = ['path' => '/business/customer/create'];
foreach ([[], [], ['status' => 500], ['status' => 429, 'headers' => ['Retry-After' => '30'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":30}'],
    ['status' => 200, 'content_type' => 'text/html', 'body' => '<html><body>Down for maintenance</body></html>'],
    ['drop' => true], []] as $fault) {
    cf_fault($base, $create + $fault);
}
$created = $client->createMany($people, ['concurrency' => 1]);
echo "createMany returned ", count($created), " entries, keys in order: ",
    var_export(array_keys($created) === array_keys($people), true), "\n";
$log = cf_requests($base);
$order = array_keys(array_diff_key($people, ['invalid' => 1]));
foreach ($created as $key => $value) {
    $index = array_search($key, $order, true);
    show($key, $value, $index === false ? null : $log[$index], $names);
}
echo "requests: ", count($log), ", bodies in entry order: ", var_export(array_map(fn ($r) => json_decode($r['body'], true)['email'], $log)
    === array_map(fn ($k) => $people[$k]['email'], $order), true), "\n";
foreach (['new', 'last'] as $key) {
    echo "  '$key' equals details() of the created customer: ", var_export($created[$key] === $client->details($created[$key]['_id']), true),
        ", same keys as create(): ", var_export(array_keys($created[$key]) === array_keys($existing), true), "\n";
}
$e = cf_catch(fn () => $client->create($people['invalid']));
echo "  'invalid' equals the single create's exception: ", var_export(signature($e) === signature($created['invalid']), true), "\n";
$e = cf_catch(fn () => $client->create($people['dup']));
echo "  'dup' equals the single create's exception: ", var_export(signature($e) === signature($created['dup']), true), "\n";
echo "customers: ", $client->list()['pagination']['total'], " (the dropped create was stored, its answer lost)\n";

// ---- Nothing listening: every entry that needs a request is a ConnectionException.
$probe = stream_socket_server('tcp://127.0.0.1:0');
$closed = 'http://' . stream_socket_get_name($probe, false);
fclose($probe);
$dead = new Cashfin\Customers('cs_test', ['base_url' => $closed, 'max_retries' => 0]);
foreach (['details' => fn () => $dead->detailsMany(['a' => MISSING, 'b' => 'bad', 'c' => SERVER]),
    'create' => fn () => $dead->createMany([cf_person(20), ['name' => 'x'], cf_person(21)]),
    'update' => fn () => $dead->updateMany([MISSING => ['city' => 'x'], SERVER => []])] as $method => $call) {
    echo "$method on a closed port: ", implode(', ', array_map(fn ($v) => get_class($v) . '/' . var_export($v->getHttpStatus(), true),
        $call())), "\n";
}
?>
--EXPECT--
detailsMany returned 9 entries, keys in order: true
  'ok' => array
  'bad-id' => Cashfin\InvalidIdException "Invalid customer ID format" status NULL code 0
     errors {"id":"Invalid customer ID format"} body NULL
     request id: none
  'missing' => Cashfin\NotFoundException "Customer not found" status 404 code 404
     errors [] body '{"success":false,"error":"Customer not found"}'
     request id: the logged request
  'server' => Cashfin\ServerException "Injected fault" status 500 code 500
     errors [] body '{"success":false,"error":"Injected fault"}'
     request id: the logged request
  'limited' => Cashfin\RateLimitException "Too many requests" status 429 code 429
     errors [] body '{"success":false,"error":"Too many requests","retry_after":30}' retry after 30
     request id: the logged request
  'html' => Cashfin\UnexpectedResponseException "The answer (HTTP 200) is not a JSON object" status 200 code 200
     errors [] body '<html><body>Down for maintenance</body></html>'
     request id: the logged request
  'dropped' => Cashfin\ConnectionException "Could not reach Cashfin: Empty reply from server" status NULL code 0
     errors [] body NULL
     request id: not checked (no final answer)
  'unavailable' => Cashfin\ServerException "Service unavailable" status 503 code 503
     errors [] body '{"success":false,"error":"Service unavailable"}'
     request id: the logged request
  'again' => array
requests: 8
details: every value equals the single call's: true
updateMany returned 9 entries, keys in order: true
  <existing> => array
  'not-an-id' => Cashfin\InvalidIdException "Invalid customer ID format" status NULL code 0
     errors {"id":"Invalid customer ID format"} body NULL
     request id: none
  7 => Cashfin\InvalidIdException "Invalid customer ID format" status NULL code 0
     errors {"id":"Invalid customer ID format"} body NULL
     request id: none
  <other> => Cashfin\DuplicateException "Customer with this email already exists" status 409 code 409
     errors [] body '{"success":false,"error":"Customer with this email already exists"}'
     request id: the logged request
  '507f1f77bcf86cd799439011' => Cashfin\NotFoundException "Customer not found" status 404 code 404
     errors [] body '{"success":false,"error":"Customer not found"}'
     request id: the logged request
  <third> => Cashfin\ValidationException "There are problems with your submission" status NULL code 0
     errors {"email":"Email must be a valid email address","bogus":"Unknown field"} body NULL
     request id: none
  'aaaaaaaaaaaaaaaaaaaaaaa1' => Cashfin\ServerException "Injected fault" status 500 code 500
     errors [] body '{"success":false,"error":"Injected fault"}'
     request id: the logged request
  'aaaaaaaaaaaaaaaaaaaaaaa5' => Cashfin\ServerException "Service unavailable" status 503 code 503
     errors [] body '{"success":false,"error":"Service unavailable"}'
     request id: the logged request
  'aaaaaaaaaaaaaaaaaaaaaaa3' => Cashfin\UnexpectedResponseException "The answer (HTTP 200) is not a JSON object" status 200 code 200
     errors [] body '<html><body>Down for maintenance</body></html>'
     request id: the logged request
  <existing> value: "exactly [_id, modified 1]"
requests: 6
update: every value equals the single call's: true
createMany returned 8 entries, keys in order: true
  'new' => array
  'invalid' => Cashfin\ValidationException "There are problems with your submission" status NULL code 0
     errors {"email":"Email is required","phone":"Phone must be a valid phone number","country":"Country is required","currency":"Currency is required"} body NULL
     request id: none
  'dup' => Cashfin\DuplicateException "Customer with this email already exists" status 409 code 409
     errors [] body '{"success":false,"error":"Customer with this email already exists"}'
     request id: the logged request
  'server' => Cashfin\ServerException "Injected fault" status 500 code 500
     errors [] body '{"success":false,"error":"Injected fault"}'
     request id: the logged request
  'limited' => Cashfin\RateLimitException "Too many requests" status 429 code 429
     errors [] body '{"success":false,"error":"Too many requests","retry_after":30}' retry after 30
     request id: the logged request
  'html' => Cashfin\UnexpectedResponseException "The answer (HTTP 200) is not a JSON object" status 200 code 200
     errors [] body '<html><body>Down for maintenance</body></html>'
     request id: the logged request
  'dropped' => Cashfin\ConnectionException "Could not reach Cashfin: Empty reply from server" status NULL code 0
     errors [] body NULL
     request id: not checked (no final answer)
  'last' => array
requests: 7, bodies in entry order: true
  'new' equals details() of the created customer: true, same keys as create(): true
  'last' equals details() of the created customer: true, same keys as create(): true
  'invalid' equals the single create's exception: true
  'dup' equals the single create's exception: true
customers: 6 (the dropped create was stored, its answer lost)
details on a closed port: Cashfin\ConnectionException/NULL, Cashfin\InvalidIdException/NULL, Cashfin\ConnectionException/NULL
create on a closed port: Cashfin\ConnectionException/NULL, Cashfin\ValidationException/NULL, Cashfin\ConnectionException/NULL
update on a closed port: Cashfin\ConnectionException/NULL, Cashfin\ValidationException/NULL
