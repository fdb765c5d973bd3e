--TEST--
Options: ca_info must name a readable CA bundle file (not a missing path, not a directory)
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

function ca_info_of(string $path): void
{
    try {
        $client = new Cashfin\Customers('cs_x', ['ca_info' => $path]);
        echo 'accepted: ', str_contains(print_r($client, true), "[ca_info] => $path\n") ? 'shown' : 'NOT SHOWN', "\n";
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}

$dir = sys_get_temp_dir() . '/cashfin-ca-' . getmypid();
mkdir($dir);
$bundle = "$dir/bundle with spaces.pem";
file_put_contents($bundle, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");

ca_info_of($bundle);
ca_info_of(__FILE__);
ca_info_of("$dir/missing.pem");
ca_info_of($dir);
ca_info_of("$dir/");
ca_info_of('/');

unlink($bundle);
rmdir($dir);
--EXPECT--
accepted: shown
accepted: shown
Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must name a readable CA bundle file
Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must name a readable CA bundle file
Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must name a readable CA bundle file
Cashfin\Customers::__construct(): Argument #2 ($options) option "ca_info" must name a readable CA bundle file
