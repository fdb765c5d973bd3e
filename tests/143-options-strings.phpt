--TEST--
Options from configuration are strings: without strict_types, numeric strings are taken for numeric options (PHP 8's numeric strings; an int option needs an integer value) and FILTER_VALIDATE_BOOLEAN's words for booleans, in every table (constructor, bulk, queries); anything else stays an error; a strict_types caller keeps TypeErrors
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

function shown(array $options, string $key): void
{
    try {
        ob_start();
        var_dump(new Cashfin\Customers('cs_x', $options));
        $dump = ob_get_clean();
        preg_match('~\["' . $key . '"\]=>\n  ([^\n]*)\n~', $dump, $m);
        printf("%-55s %s\n", json_encode($options), $m[1]);
    } catch (Throwable $e) {
        ob_end_clean();
        printf("%-55s %s: %s\n", json_encode($options), get_class($e), preg_replace('/^.*?\(\$options\) /', '', $e->getMessage()));
    }
}

echo "-- numbers --\n";
shown(['timeout' => '5'], 'timeout');
shown(['timeout' => ' 2.5'], 'timeout');
shown(['timeout' => "2.5 \n"], 'timeout');
shown(['timeout' => '1e3'], 'timeout');
shown(['timeout' => '.5'], 'timeout');
shown(['connect_timeout' => '+3'], 'connect_timeout');
shown(['max_retry_delay' => '0'], 'max_retry_delay');
shown(['requests_per_second' => '0.5'], 'requests_per_second');
shown(['max_retries' => '3'], 'max_retries');
shown(['max_retries' => ' 3 '], 'max_retries');
shown(['max_retries' => '3.0'], 'max_retries');
shown(['max_response_bytes' => '2e3'], 'max_response_bytes');
echo "-- still refused --\n";
shown(['timeout' => '1e400'], 'timeout');
shown(['timeout' => '0'], 'timeout');
shown(['max_retries' => '11'], 'max_retries');
shown(['max_retries' => '1e3'], 'max_retries');
shown(['max_retries' => '1.5'], 'max_retries');
shown(['max_retries' => '-1'], 'max_retries');
shown(['max_response_bytes' => '99999999999999999999'], 'max_response_bytes');
shown(['timeout' => '5s'], 'timeout');
shown(['timeout' => ''], 'timeout');
shown(['timeout' => ' '], 'timeout');
shown(['timeout' => '0x1A'], 'timeout');
shown(['timeout' => '1_000'], 'timeout');
shown(['timeout' => 'NAN'], 'timeout');
shown(['max_retries' => '3 apples'], 'max_retries');

echo "-- booleans: FILTER_VALIDATE_BOOLEAN's words --\n";
foreach (['1', '0', 'true', 'FALSE', 'On', 'off', 'yes', 'No', " true\n", "\tno", "\vyes", '', '   '] as $word) {
    shown(['persistent' => $word], 'persistent');
}
echo "-- booleans: anything else --\n";
foreach (['2', 'y', '01', '1.0', "\ftrue", "true\0", 'enabled'] as $word) {
    shown(['persistent' => $word], 'persistent');
}
echo "allow_http from a string lets an http:// URL through: ";
cf_try(fn () => new Cashfin\Customers('cs_x', ['base_url' => 'http://api.example.test', 'allow_http' => 'yes']));
cf_try(fn () => new Cashfin\Customers('cs_x', ['base_url' => 'http://api.example.test', 'allow_http' => 'no']));

echo "-- strings stay strings: no number becomes one --\n";
cf_try(fn () => new Cashfin\Customers('cs_x', ['user_agent' => 42]));
cf_try(fn () => new Cashfin\Customers('cs_x', ['proxy' => true]));

echo "-- bulk options and queries, against a sandbox --\n";
[$client, $base] = cf_sandbox_client();
$result = $client->createMany([cf_valid_customer(1), cf_valid_customer(2)], ['concurrency' => '2', 'requests_per_second' => '100']);
echo "createMany with string options: ", count(array_filter($result, 'is_array')), " created\n";
cf_try(fn () => $client->createMany([cf_valid_customer(3)], ['concurrency' => '1.5']));
cf_try(fn () => $client->createMany([cf_valid_customer(3)], ['concurrency' => 'eight']));
cf_requests_sent($base);
$page = $client->list(['page' => '2', 'limit' => ' 1 ']);
echo "list with string page and limit: page ", $page['pagination']['page'], ", limit ", $page['pagination']['limit'], "\n";
foreach (cf_requests($base) as $request) {
    echo "  sent: ", $request['query'], "\n";
}
cf_try(fn () => $client->list(['page' => 'two']));
cf_try(fn () => $client->list(['limit' => '2.5']));
cf_try(fn () => $client->all(['limit' => '1e3']));
echo "all() with a string limit: ", iterator_count($client->all(['limit' => '1'])), " customers\n";

echo "-- a caller with declare(strict_types=1) keeps strict errors --\n";
$strict = tempnam(sys_get_temp_dir(), 'cashfin-strict-');
file_put_contents($strict, '<?php declare(strict_types=1);
return [
    fn () => new Cashfin\Customers("cs_x", ["max_retries" => "3"]),
    fn () => new Cashfin\Customers("cs_x", ["persistent" => "false"]),
    fn ($client) => $client->list(["page" => "2"]),
    fn ($client) => $client->createMany([], ["concurrency" => "2"]),
];');
$calls = require $strict;
unlink($strict);
cf_try($calls[0]);
cf_try($calls[1]);
cf_try(fn () => $calls[2]($client));
cf_try(fn () => $calls[3]($client));
?>
--EXPECT--
-- numbers --
{"timeout":"5"}                                         float(5)
{"timeout":" 2.5"}                                      float(2.5)
{"timeout":"2.5 \n"}                                    float(2.5)
{"timeout":"1e3"}                                       float(1000)
{"timeout":".5"}                                        float(0.5)
{"connect_timeout":"+3"}                                float(3)
{"max_retry_delay":"0"}                                 float(0)
{"requests_per_second":"0.5"}                           float(0.5)
{"max_retries":"3"}                                     int(3)
{"max_retries":" 3 "}                                   int(3)
{"max_retries":"3.0"}                                   int(3)
{"max_response_bytes":"2e3"}                            int(2000)
-- still refused --
{"timeout":"1e400"}                                     ValueError: option "timeout" must be greater than 0 and at most 86400 seconds
{"timeout":"0"}                                         ValueError: option "timeout" must be greater than 0 and at most 86400 seconds
{"max_retries":"11"}                                    ValueError: option "max_retries" must be between 0 and 10
{"max_retries":"1e3"}                                   ValueError: option "max_retries" must be between 0 and 10
{"max_retries":"1.5"}                                   TypeError: option "max_retries" must be of type int, string given
{"max_retries":"-1"}                                    ValueError: option "max_retries" must be between 0 and 10
{"max_response_bytes":"99999999999999999999"}           TypeError: option "max_response_bytes" must be of type int, string given
{"timeout":"5s"}                                        TypeError: option "timeout" must be of type float, string given
{"timeout":""}                                          TypeError: option "timeout" must be of type float, string given
{"timeout":" "}                                         TypeError: option "timeout" must be of type float, string given
{"timeout":"0x1A"}                                      TypeError: option "timeout" must be of type float, string given
{"timeout":"1_000"}                                     TypeError: option "timeout" must be of type float, string given
{"timeout":"NAN"}                                       TypeError: option "timeout" must be of type float, string given
{"max_retries":"3 apples"}                              TypeError: option "max_retries" must be of type int, string given
-- booleans: FILTER_VALIDATE_BOOLEAN's words --
{"persistent":"1"}                                      bool(true)
{"persistent":"0"}                                      bool(false)
{"persistent":"true"}                                   bool(true)
{"persistent":"FALSE"}                                  bool(false)
{"persistent":"On"}                                     bool(true)
{"persistent":"off"}                                    bool(false)
{"persistent":"yes"}                                    bool(true)
{"persistent":"No"}                                     bool(false)
{"persistent":" true\n"}                                bool(true)
{"persistent":"\tno"}                                   bool(false)
{"persistent":"\u000byes"}                              bool(true)
{"persistent":""}                                       bool(false)
{"persistent":"   "}                                    bool(false)
-- booleans: anything else --
{"persistent":"2"}                                      TypeError: option "persistent" must be of type bool, string given
{"persistent":"y"}                                      TypeError: option "persistent" must be of type bool, string given
{"persistent":"01"}                                     TypeError: option "persistent" must be of type bool, string given
{"persistent":"1.0"}                                    TypeError: option "persistent" must be of type bool, string given
{"persistent":"\ftrue"}                                 TypeError: option "persistent" must be of type bool, string given
{"persistent":"true\u0000"}                             TypeError: option "persistent" must be of type bool, string given
{"persistent":"enabled"}                                TypeError: option "persistent" must be of type bool, string given
allow_http from a string lets an http:// URL through: ok
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) option "base_url" must use https:// (http:// is accepted for loopback hosts, or with allow_http)
-- strings stay strings: no number becomes one --
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "user_agent" must be of type string, int given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "proxy" must be of type string, bool given
-- bulk options and queries, against a sandbox --
createMany with string options: 2 created
TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be of type int, string given
TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be of type int, string given
requests sent: 2
list with string page and limit: page 2, limit 1
  sent: page=2&limit=1
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
ValueError: Cashfin\Customers::all(): Argument #1 ($query) query "limit" must be an integer from 1 to 100
all() with a string limit: 2 customers
-- a caller with declare(strict_types=1) keeps strict errors --
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "max_retries" must be of type int, string given
TypeError: Cashfin\Customers::__construct(): Argument #2 ($options) option "persistent" must be of type bool, string given
ValueError: Cashfin\Customers::list(): Argument #1 ($query) query "page" must be an integer from 1 to 2147483647
TypeError: Cashfin\Customers::createMany(): Argument #2 ($options) option "concurrency" must be of type int, string given
