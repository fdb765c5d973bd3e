--TEST--
all(): an error answer for a later page is thrown out of the foreach, typed like any other call's
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);

for ($i = 1; $i <= 12; $i++) {
    $client->create(cf_person($i));
}

function walk(Cashfin\Customers $client, callable $onFirst): void
{
    $seen = 0;
    try {
        foreach ($client->all(['limit' => 5]) as $key => $customer) {
            if ($key === 0) {
                $onFirst(); // page 1 is held: the next list request is page 2
            }
            $seen++;
        }
        echo "no exception after $seen\n";
    } catch (Cashfin\Exception $e) {
        echo get_class($e), " after $seen customers: ", $e->getMessage(), " (HTTP ", var_export($e->getHttpStatus(), true), ")\n";
    }
}

cf_clear_requests($base);
walk($client, fn () => cf_fault($base, ['path' => '/business/customer/list', 'status' => 500,
    'body' => '{"success":false,"error":"Database unavailable"}']));
echo "pages asked: ", implode(' ', array_map(fn ($r) => cf_query($r)['page'], cf_requests($base))), "\n";
$last = $client->lastResponse();
echo "lastResponse: status ", $last['status'], ", attempts ", $last['attempts'], "\n";

walk($client, fn () => cf_fault($base, ['path' => '/business/customer/list', 'status' => 403,
    'body' => '{"success":false,"error":"Forbidden"}']));
walk($client, fn () => cf_fault($base, ['path' => '/business/customer/list', 'status' => 200,
    'body' => '<html><body>Maintenance</body></html>', 'content_type' => 'text/html']));

// With the fault gone, the same iteration completes.
walk($client, fn () => null);
?>
--EXPECTF--
Cashfin\ServerException after 5 customers: Database unavailable (HTTP 500)
pages asked: 1 2
lastResponse: status 500, attempts 1
Cashfin\PermissionException after 5 customers: Forbidden (HTTP 403)
Cashfin\UnexpectedResponseException after 5 customers: %s (HTTP 200)
no exception after 12
