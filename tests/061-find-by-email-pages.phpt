--TEST--
findByEmail(): pages through the search 100 at a time, stops at the first match or the last page, and reports failures
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);

// Every address below contains the next shorter one, and the search answers newest first: the oldest,
// pat@example.com, is on the last of three pages when searched for, t@example.com in the middle of the
// second, at@example.com (the newest) first on the first.
function create_all(Cashfin\Customers $client, array $people): void
{
    foreach ($client->createMany($people, ['concurrency' => 4]) as $result) {
        if ($result instanceof Throwable) {
            throw $result;
        }
    }
}
$client->create(cf_person(1, ['name' => 'Pat', 'email' => 'pat@example.com']));
create_all($client, array_map(fn ($i) => cf_person($i, ['email' => "$i.pat@example.com"]), range(2, 121)));
$client->create(cf_person(400, ['name' => 'Middle', 'email' => 't@example.com']));
create_all($client, array_map(fn ($i) => cf_person($i, ['email' => "$i.pat@example.com"]), range(122, 251)));
$client->create(cf_person(401, ['name' => 'Newest', 'email' => 'at@example.com']));
foreach (['pat@example.com', 't@example.com', 'at@example.com'] as $search) {
    echo "matching '$search': ", json_encode($client->list(['search' => $search, 'limit' => 100])['pagination']), "\n";
}

function lookup(Cashfin\Customers $client, string $base, string $email): void
{
    cf_clear_requests($base);
    $found = $client->findByEmail($email);
    echo str_pad($email, 20), ' => ', $found === null ? 'null' : $found['name'], "\n";
    foreach (cf_request_lines($base) as $line) {
        echo '    ', $line, "\n";
    }
}

echo "-- on the last of three pages: three requests --\n";
lookup($client, $base, 'PAT@example.com');
echo "-- on the first page: one request, though more pages follow --\n";
lookup($client, $base, 'at@example.com');
echo "-- on the second page: two requests --\n";
lookup($client, $base, 'T@EXAMPLE.COM');
echo "-- nowhere: every page, then null --\n";
lookup($client, $base, 'example.com');
echo "-- nothing matches the search: one request --\n";
lookup($client, $base, 'nobody@example.com');

echo "-- an empty page ends the search, whatever the page count said --\n";
cf_fault($base, ['path' => '/business/customer/list', 'status' => 200,
    'body' => '{"success":true,"data":[],"pagination":{"total":900,"page":1,"limit":100,"pages":9}}']);
lookup($client, $base, 'pat@example.com');
echo "-- a short page ends the search, whatever the page count said --\n";
cf_fault($base, ['path' => '/business/customer/list', 'status' => 200,
    'body' => '{"success":true,"data":[{"_id":"0123456789abcdef01234567","email":"other@example.com"}],"pagination":{"total":1000000000000000,"page":1,"limit":100,"pages":1000000000000000}}']);
lookup($client, $base, 'pat@example.com');
echo "-- the page count is believed when it says this was the last page --\n";
cf_fault($base, ['path' => '/business/customer/list', 'status' => 200,
    'body' => '{"success":true,"data":[{"_id":"0123456789abcdef01234567","email":"other@example.com"}],"meta":{"total":1,"page":1,"limit":100,"pages":1}}']);
lookup($client, $base, 'pat@example.com');
echo "-- customers whose email is not a string are passed over --\n";
cf_fault($base, ['path' => '/business/customer/list', 'status' => 200,
    'body' => '{"success":true,"data":[{"_id":"v","email":5},{"_id":"w","email":null},{"_id":"y"},{"_id":"x","name":"Found","email":"Pat@Example.com"}],"pagination":{"total":4,"page":1,"limit":100,"pages":1}}']);
lookup($client, $base, 'pat@example.com');
echo "-- a page with entries that are not customers is an unexpected answer --\n";
cf_fault($base, ['path' => '/business/customer/list', 'status' => 200,
    'body' => '{"success":true,"data":[1,"pat@example.com",{"_id":"x","name":"Found","email":"Pat@Example.com"}],"pagination":{"total":3,"page":1,"limit":100,"pages":1}}']);
try {
    $client->findByEmail('pat@example.com');
} catch (Cashfin\UnexpectedResponseException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

echo "-- a failure on a later page is thrown; nothing is returned --\n";
cf_fault($base, ['path' => '/business/customer/list', 'headers' => ['X-Unused' => '1']]);
cf_fault($base, ['path' => '/business/customer/list', 'status' => 503, 'body' => '{"success":false,"error":"Service unavailable"}']);
cf_clear_requests($base);
try {
    $client->findByEmail('pat@example.com');
} catch (Cashfin\ServerException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' (HTTP ', $e->getHttpStatus(), ")\n";
}
echo implode("\n", cf_request_lines($base)), "\n";
echo "lastResponse: ", $client->lastResponse()['status'], "\n";

echo "-- the API's errors are thrown as for list() --\n";
$wrong = new Cashfin\Customers('bad_secret', ['base_url' => $base]);
try {
    $wrong->findByEmail('pat@example.com');
} catch (Cashfin\AuthenticationException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' (HTTP ', $e->getHttpStatus(), ")\n";
}
?>
--EXPECT--
matching 'pat@example.com': {"total":251,"page":1,"limit":100,"pages":3}
matching 't@example.com': {"total":253,"page":1,"limit":100,"pages":3}
matching 'at@example.com': {"total":252,"page":1,"limit":100,"pages":3}
-- on the last of three pages: three requests --
PAT@example.com      => Pat
    GET /business/customer/list?limit=100&page=1&search=PAT%40example.com
    GET /business/customer/list?limit=100&page=2&search=PAT%40example.com
    GET /business/customer/list?limit=100&page=3&search=PAT%40example.com
-- on the first page: one request, though more pages follow --
at@example.com       => Newest
    GET /business/customer/list?limit=100&page=1&search=at%40example.com
-- on the second page: two requests --
T@EXAMPLE.COM        => Middle
    GET /business/customer/list?limit=100&page=1&search=T%40EXAMPLE.COM
    GET /business/customer/list?limit=100&page=2&search=T%40EXAMPLE.COM
-- nowhere: every page, then null --
example.com          => null
    GET /business/customer/list?limit=100&page=1&search=example.com
    GET /business/customer/list?limit=100&page=2&search=example.com
    GET /business/customer/list?limit=100&page=3&search=example.com
-- nothing matches the search: one request --
nobody@example.com   => null
    GET /business/customer/list?limit=100&page=1&search=nobody%40example.com
-- an empty page ends the search, whatever the page count said --
pat@example.com      => null
    GET /business/customer/list?limit=100&page=1&search=pat%40example.com
-- a short page ends the search, whatever the page count said --
pat@example.com      => null
    GET /business/customer/list?limit=100&page=1&search=pat%40example.com
-- the page count is believed when it says this was the last page --
pat@example.com      => null
    GET /business/customer/list?limit=100&page=1&search=pat%40example.com
-- customers whose email is not a string are passed over --
pat@example.com      => Found
    GET /business/customer/list?limit=100&page=1&search=pat%40example.com
-- a page with entries that are not customers is an unexpected answer --
Cashfin\UnexpectedResponseException: The answer claims success but is not a page of customers
-- a failure on a later page is thrown; nothing is returned --
Cashfin\ServerException: Service unavailable (HTTP 503)
GET /business/customer/list?limit=100&page=1&search=pat%40example.com
GET /business/customer/list?limit=100&page=2&search=pat%40example.com
lastResponse: 503
-- the API's errors are thrown as for list() --
Cashfin\AuthenticationException: Unauthorized access! (HTTP 401)