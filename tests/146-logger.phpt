--TEST--
logger: a PSR-3 logger gets one debug record per attempt, a warning per retry and per rate-limit pause, an error when a call finally fails (single and bulk calls); each context has method, path, status, attempt, duration_ms and request_id; never the secret, a body, or the search's value
--SKIPIF--
<?php
require __DIR__ . '/api.inc';
if (($why = cf_psr_log_missing()) !== null) {
    die("skip $why");
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/logger.inc';
$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_SECRET_logged_nowhere_9']);
$logger = new CfMemoryLogger();
$all = [];
$logger->then = function ($level, $message, $context) use (&$all) { $all[] = [$level, $message, $context]; };
$client = new Cashfin\Customers('cs_SECRET_logged_nowhere_9', ['base_url' => $base, 'logger' => $logger,
    'max_retries' => 1, 'max_retry_delay' => 2]);

echo "-- a create --\n";
$ada = $client->create(cf_person(1, ['name' => 'Ada Body-Text']));
$logger->show();

echo "-- a search retried after a 503: the search's value is not logged, page and limit are --\n";
cf_fault($base, ['path' => '/business/customer/list', 'status' => 503, 'headers' => ['Retry-After' => '0']]);
$client->list(['search' => 'ada@example.com', 'limit' => 5, 'page' => 1]);
$logger->show();

echo "-- a duplicate: the final failure is an error --\n";
try {
    $client->create(cf_person(1));
} catch (Cashfin\DuplicateException $e) {
}
$logger->show();

echo "-- no answer at all, retried, then failed --\n";
$dead = new Cashfin\Customers('cs_x', ['base_url' => 'http://127.0.0.1:' . cashfin_sandbox_free_port(),
    'logger' => $logger, 'max_retries' => 1, 'connect_timeout' => 2]);
try {
    $dead->details($ada['_id']);
} catch (Cashfin\ConnectionException $e) {
}
$logger->show();

echo "-- a call rejected before any request logs nothing --\n";
try {
    $client->details('nope');
} catch (Cashfin\InvalidIdException $e) {
}
$logger->show();

echo "-- bulk: every attempt, the retry, the pause for a 429, the failed entry --\n";
cf_fault($base, ['path' => '/business/customer/create', 'status' => 429, 'headers' => ['Retry-After' => '1'],
    'body' => '{"success":false,"error":"Too many requests","retry_after":1}']);
$results = $client->createMany(['first' => cf_person(2)]) + $client->createMany(['again' => cf_person(1)]);
echo "  results: ", implode(', ', array_map(fn ($r) => is_array($r) ? 'created' : get_class($r), $results)), "\n";
$logger->show();

echo "-- every context --\n";
$keys = [];
foreach ($all as [$level, , $context]) {
    $keys[$level . ' ' . implode(',', array_keys($context))] = true;
}
echo implode("\n", array_keys($keys)), "\n";
$dump = print_r($all, true);
echo "the secret: ", var_export(str_contains($dump, 'cs_SECRET'), true), "; a body: ",
    var_export(str_contains($dump, 'Body-Text') || str_contains($dump, '"success"'), true), "; the search: ",
    var_export(str_contains($dump, 'ada@') || str_contains($dump, 'ada%40'), true), "\n";
echo "only scalars in the context: ", var_export(array_filter($all, fn ($r) => array_filter($r[2], fn ($v) => !is_scalar($v) && $v !== null)) === [], true), "\n";
echo "request ids are the server's: ";
$ids = array_column(cf_requests($base), 'request_id');
var_dump(array_diff(array_filter(array_column(array_column($all, 2), 'request_id')), $ids) === []);
?>
--EXPECTF--
-- a create --
  debug   Cashfin POST /business/customer/create: 201 in <ms> ms (attempt 1)
-- a search retried after a 503: the search's value is not logged, page and limit are --
  debug   Cashfin GET /business/customer/list?page=1&limit=5&search=[redacted]: 503 in <ms> ms (attempt 1)
  warning Cashfin GET /business/customer/list?page=1&limit=5&search=[redacted]: 503 Cashfin\ServerException, retrying in 0 ms (attempt 1)
  debug   Cashfin GET /business/customer/list?page=1&limit=5&search=[redacted]: 200 in <ms> ms (attempt 2)
-- a duplicate: the final failure is an error --
  debug   Cashfin POST /business/customer/create: 409 in <ms> ms (attempt 1)
  error   Cashfin POST /business/customer/create failed after 1 attempt(s): Cashfin\DuplicateException: Customer with this email already exists
-- no answer at all, retried, then failed --
  debug   Cashfin GET /business/customer/details/<id>: null in <ms> ms (attempt 1)
  warning Cashfin GET /business/customer/details/<id>: null Cashfin\ConnectionException, retrying in %d ms (attempt 1)
  debug   Cashfin GET /business/customer/details/<id>: null in <ms> ms (attempt 2)
  error   Cashfin GET /business/customer/details/<id> failed after 2 attempt(s): Cashfin\ConnectionException: Could not reach Cashfin: %s
-- a call rejected before any request logs nothing --
-- bulk: every attempt, the retry, the pause for a 429, the failed entry --
  results: created, Cashfin\DuplicateException
  debug   Cashfin POST /business/customer/create: 429 in <ms> ms (attempt 1)
  warning Cashfin POST /business/customer/create: 429 Cashfin\RateLimitException, retrying in 1000 ms (attempt 1)
  warning Cashfin rate limit: POST /business/customer/create answered 429; new requests wait <ms> ms
  debug   Cashfin POST /business/customer/create: 201 in <ms> ms (attempt 2)
  debug   Cashfin POST /business/customer/create: 409 in <ms> ms (attempt 1)
  error   Cashfin POST /business/customer/create failed after 1 attempt(s): Cashfin\DuplicateException: Customer with this email already exists
-- every context --
debug method,path,status,attempt,duration_ms,connection_reused,error,will_retry,retry_in_ms,request_id,idempotency_key,rate_limit_store,queued_ms,rate_limit_fallback
warning method,path,status,attempt,duration_ms,connection_reused,error,will_retry,retry_in_ms,request_id,idempotency_key,rate_limit_store,queued_ms,rate_limit_fallback
error method,path,status,attempt,duration_ms,request_id,idempotency_key,error,message
warning method,path,status,attempt,request_id,idempotency_key,pause_ms
the secret: false; a body: false; the search: false
only scalars in the context: true
request ids are the server's: bool(true)
