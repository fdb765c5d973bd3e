--TEST--
INI: values are checked when set, as php-src's own entries are: ini_set() with a bad value warns, returns false and leaves the value as it was
--EXTENSIONS--
cashfin
--FILE--
<?php
$cases = [
    ['timeout', '0'], ['timeout', '-5'], ['timeout', '86401'], ['timeout', 'abc'], ['timeout', 'nan'], ['timeout', 'inf'],
    ['timeout', ''], ['timeout', '5 seconds'],
    ['connect_timeout', '0'], ['connect_timeout', '-0.5'], ['connect_timeout', '100000'],
    ['max_retries', '99'], ['max_retries', '11'], ['max_retries', '-1'], ['max_retries', '1.5'], ['max_retries', 'two'],
    ['base_url', ''], ['base_url', '/'], ['base_url', 'api.example.test'], ['base_url', 'ftp://api.example.test'],
    ['base_url', 'https://api.example.test/?x=1'], ['base_url', 'https://api.example.test/#top'],
    ['base_url', 'https://user:pass@api.example.test'], ['base_url', "https://api.example.test/\n"],
    ['base_url', 'https://api.example.test/a b'],
];
foreach ($cases as [$name, $value]) {
    $before = ini_get("cashfin.$name");
    echo "cashfin.$name=", json_encode($value), ': ';
    $returned = ini_set("cashfin.$name", $value);
    echo 'returned ', var_export($returned, true), ', unchanged: ', var_export(ini_get("cashfin.$name") === $before, true), "\n";
}

echo "-- good values are taken --\n";
foreach ([['timeout', '2.5'], ['timeout', '86400'], ['connect_timeout', '0.25'], ['max_retries', '0'], ['max_retries', '10'],
    ['base_url', 'http://example.com'], ['base_url', 'https://api.example.test/prefix/']] as [$name, $value]) {
    $old = ini_set("cashfin.$name", $value);
    echo "cashfin.$name=$value: returned the old value: ", var_export(is_string($old), true), ', now ', ini_get("cashfin.$name"), "\n";
}
// An http:// base URL for a host that is not loopback is a valid setting; the constructor decides (allow_http).
ini_set('cashfin.base_url', 'http://example.com');
foreach ([[], ['allow_http' => true]] as $options) {
    try {
        new Cashfin\Customers('cs_x', $options);
        echo "constructed\n";
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
cashfin.timeout="0": 
Warning: ini_set(): cashfin.timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.timeout="-5": 
Warning: ini_set(): cashfin.timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.timeout="86401": 
Warning: ini_set(): cashfin.timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.timeout="abc": 
Warning: ini_set(): cashfin.timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.timeout="nan": 
Warning: ini_set(): cashfin.timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.timeout="inf": 
Warning: ini_set(): cashfin.timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.timeout="": 
Warning: ini_set(): cashfin.timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.timeout="5 seconds": 
Warning: ini_set(): cashfin.timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.connect_timeout="0": 
Warning: ini_set(): cashfin.connect_timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.connect_timeout="-0.5": 
Warning: ini_set(): cashfin.connect_timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.connect_timeout="100000": 
Warning: ini_set(): cashfin.connect_timeout must be greater than 0 and at most 86400 seconds; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.max_retries="99": 
Warning: ini_set(): cashfin.max_retries must be an integer from 0 to 10; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.max_retries="11": 
Warning: ini_set(): cashfin.max_retries must be an integer from 0 to 10; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.max_retries="-1": 
Warning: ini_set(): cashfin.max_retries must be an integer from 0 to 10; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.max_retries="1.5": 
Warning: ini_set(): cashfin.max_retries must be an integer from 0 to 10; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.max_retries="two": 
Warning: ini_set(): cashfin.max_retries must be an integer from 0 to 10; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="": 
Warning: ini_set(): cashfin.base_url must be a URL; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="\/": 
Warning: ini_set(): cashfin.base_url must be a URL; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="api.example.test": 
Warning: ini_set(): cashfin.base_url must be an absolute URL such as https://api.cashfin.africa; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="ftp:\/\/api.example.test": 
Warning: ini_set(): cashfin.base_url must use https:// (http:// is accepted for loopback hosts, or with allow_http); the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="https:\/\/api.example.test\/?x=1": 
Warning: ini_set(): cashfin.base_url must not have a query or a fragment; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="https:\/\/api.example.test\/#top": 
Warning: ini_set(): cashfin.base_url must not have a query or a fragment; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="https:\/\/user:pass@api.example.test": 
Warning: ini_set(): cashfin.base_url must not carry credentials; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="https:\/\/api.example.test\/\n": 
Warning: ini_set(): cashfin.base_url must be a URL; the setting keeps its value in %s on line %d
returned false, unchanged: true
cashfin.base_url="https:\/\/api.example.test\/a b": 
Warning: ini_set(): cashfin.base_url must be a URL; the setting keeps its value in %s on line %d
returned false, unchanged: true
-- good values are taken --
cashfin.timeout=2.5: returned the old value: true, now 2.5
cashfin.timeout=86400: returned the old value: true, now 86400
cashfin.connect_timeout=0.25: returned the old value: true, now 0.25
cashfin.max_retries=0: returned the old value: true, now 0
cashfin.max_retries=10: returned the old value: true, now 10
cashfin.base_url=http://example.com: returned the old value: true, now http://example.com
cashfin.base_url=https://api.example.test/prefix/: returned the old value: true, now https://api.example.test/prefix/
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) cashfin.base_url must use https:// (http:// is accepted for loopback hosts, or with allow_http)
constructed
