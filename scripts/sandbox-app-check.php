<?php

/*
 * What an application's test does with a sandbox that the cashfin-sandbox command started: loads the
 * helper Cashfin\Sandbox\Server, empties the sandbox, creates and reads a customer with the module, queues a
 * fault through the helper and meets it on the next call. Used by scripts/smoke-build.sh (the helper of an unpacked release)
 * and scripts/smoke-install.sh (the helper `pecl install` put under php_dir, found on the include_path):
 *
 *   php -d extension=/path/to/cashfin.so scripts/sandbox-app-check.php URL HELPER
 *
 * HELPER is what the application requires: a path, or Cashfin/sandbox/Server.php for the include_path.
 * Prints one line a step, the first being the file the helper was loaded from.
 */

declare(strict_types=1);

[, $url, $helper] = $argv + [null, null, null];
if (!is_string($url) || !is_string($helper)) {
    fwrite(STDERR, "usage: php sandbox-app-check.php URL HELPER\n");
    exit(2);
}

require $helper;
echo 'helper: ', (new ReflectionClass(Cashfin\Sandbox\Server::class))->getFileName(), "\n";

$sandbox = Cashfin\Sandbox\Server::connect($url);
$sandbox->reset(); // what ran against it before is not this test's
$customers = new Cashfin\Customers($sandbox->secret(), ['base_url' => $sandbox->baseUrl(), 'max_retries' => 0]);
$id = $customers->create(['name' => 'Ada', 'email' => 'ada@example.com', 'phone' => '+254700000001',
    'country' => 'Kenya', 'currency' => 'KES'])['_id'];
echo 'created and read: ', $customers->details($id)['email'], "\n";

$sandbox->fault(['path' => '/business/customer/details', 'status' => 503]);
try {
    $customers->details($id);
    echo "fault not met\n";
} catch (Cashfin\ServerException $e) {
    echo 'fault met: ', get_class($e), ' ', $e->getHttpStatus(), "\n";
}
echo 'requests logged: ', count($sandbox->requests()), "\n";
