--TEST--
Options from callers without strict_types take the other scalars PHP's coercion takes: an integral float or a boolean for an int, a boolean for a float, an int or a float for a boolean (as PHP casts them), in every table; a fraction for an int, null, arrays and strings where a string belongs stay errors; a strict_types caller keeps TypeErrors
--EXTENSIONS--
cashfin
--FILE--
<?php
function shown(array $options, string $key): void
{
    try {
        ob_start();
        var_dump(new Cashfin\Customers('cs_x', ['base_url' => 'http://127.0.0.1:9'] + $options));
        $dump = ob_get_clean();
        preg_match('~\["' . $key . '"\]=>\n  ([^\n]*)\n~', $dump, $m);
        printf("%-30s %s\n", json_encode($options, JSON_PRESERVE_ZERO_FRACTION), $m[1]);
    } catch (Throwable $e) {
        ob_end_clean();
        printf("%-30s %s: %s\n", json_encode($options, JSON_PRESERVE_ZERO_FRACTION), get_class($e), preg_replace('/^.*?\(\$options\) /', '', $e->getMessage()));
    }
}

echo "-- taken --\n";
shown(['max_retries' => 3.0], 'max_retries');
shown(['max_retries' => true], 'max_retries');
shown(['max_response_bytes' => 2048.0], 'max_response_bytes');
shown(['timeout' => true], 'timeout');
shown(['persistent' => 0], 'persistent');
shown(['persistent' => 7], 'persistent');
shown(['persistent' => 0.0], 'persistent');
try {
    new Cashfin\Customers('cs_x', ['base_url' => 'http://api.example.test', 'allow_http' => 1]);
    echo "allow_http 1: an http:// base URL is taken\n";
} catch (ValueError $e) {
    echo "allow_http 1: ", $e->getMessage(), "\n";
}
echo "-- refused --\n";
shown(['max_retries' => 3.5], 'max_retries');
shown(['max_retries' => null], 'max_retries');
shown(['max_retries' => 1e30], 'max_retries');
shown(['persistent' => null], 'persistent');
shown(['persistent' => []], 'persistent');
shown(['user_agent' => 5], 'user_agent');

$client = new Cashfin\Customers('cs_x', ['base_url' => 'http://127.0.0.1:9', 'max_retries' => 0, 'connect_timeout' => 0.5]);
echo "-- queries and bulk options --\n";
foreach ([['page' => 2.0], ['limit' => true], ['page' => 2.5]] as $query) {
    try {
        $client->list($query);
    } catch (Throwable $e) {
        echo json_encode($query, JSON_PRESERVE_ZERO_FRACTION), ': ', get_class($e), "\n";
    }
}
try {
    $client->detailsMany([], ['concurrency' => 4.0]);
    echo "concurrency 4.0: taken\n";
} catch (Throwable $e) {
    echo "concurrency 4.0: ", get_class($e), ': ', $e->getMessage(), "\n";
}
echo "-- strict_types --\n";
file_put_contents($strict = __DIR__ . '/151-strict.inc', '<?php declare(strict_types=1);
try { new Cashfin\Customers("cs_x", ["base_url" => "http://127.0.0.1:9", "max_retries" => 3.0]); echo "taken\n"; }
catch (TypeError $e) { echo get_class($e), "\n"; }
try { new Cashfin\Customers("cs_x", ["base_url" => "http://127.0.0.1:9", "persistent" => 1]); echo "taken\n"; }
catch (TypeError $e) { echo get_class($e), "\n"; }
');
require $strict;
?>
--CLEAN--
<?php
@unlink(__DIR__ . '/151-strict.inc');
?>
--EXPECT--
-- taken --
{"max_retries":3.0}            int(3)
{"max_retries":true}           int(1)
{"max_response_bytes":2048.0}  int(2048)
{"timeout":true}               float(1)
{"persistent":0}               bool(false)
{"persistent":7}               bool(true)
{"persistent":0.0}             bool(false)
allow_http 1: an http:// base URL is taken
-- refused --
{"max_retries":3.5}            TypeError: option "max_retries" must be of type int, float given
{"max_retries":null}           TypeError: option "max_retries" must be of type int, null given
{"max_retries":1.0e+30}        TypeError: option "max_retries" must be of type int, float given
{"persistent":null}            TypeError: option "persistent" must be of type bool, null given
{"persistent":[]}              TypeError: option "persistent" must be of type bool, array given
{"user_agent":5}               TypeError: option "user_agent" must be of type string, int given
-- queries and bulk options --
{"page":2.0}: Cashfin\ConnectionException
{"limit":true}: Cashfin\ConnectionException
{"page":2.5}: ValueError
concurrency 4.0: taken
-- strict_types --
TypeError
TypeError
