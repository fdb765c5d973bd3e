--TEST--
Stack: TLS peers are verified: unknown CA and wrong name refused before any request, ca_info and name checks accepted
--SKIPIF--
<?php
require __DIR__ . '/stack.inc';
if (($why = cashfin_stack_missing()) !== null) {
    die("skip $why");
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/stack.inc';
require __DIR__ . '/versions.inc';

$stack = cashfin_stack_start();
[$id] = cashfin_stack_seed($stack, 1);
cashfin_stack_reset_log($stack);

function attempt(string $label, array $options): void
{
    global $id;
    // Default retries: a certificate that does not verify is never tried again.
    $client = new Cashfin\Customers('cs_test', $options);
    try {
        $found = $client->details($id)['_id'] === $id;
        echo "$label: ok, found ", var_export($found, true), "\n";
    } catch (Cashfin\Exception $e) {
        $message = $e->getMessage();
        echo "$label: ", get_class($e), ", status ", var_export($e->getHttpStatus(), true),
            ", attempts ", $client->lastResponse()['attempts'],
            ", mentions the certificate: ", var_export(stripos($message, 'certificate') !== false, true), "\n";
        // TARGET is the running libcurl's name for an IPv4 address (cf_libcurl_ipv4_target).
        $message = str_replace(' target ' . cf_libcurl_ipv4_target() . ' ', ' target TARGET ', $message);
        echo "  ", preg_replace('/\d+\.\d+\.\d+\.\d+|localhost/', 'HOST', $message), "\n";
    }
}

// Without ca_info the system store is used, which does not know the throwaway CA.
attempt('no ca_info', ['base_url' => $stack['https']]);
attempt('ca_info', ['base_url' => $stack['https'], 'ca_info' => $stack['ca']]);
attempt('by name (localhost)', ['base_url' => $stack['https_localhost'], 'ca_info' => $stack['ca']]);
// Signed by the same CA, but for wrong-name.invalid only.
attempt('certificate for another name', ['base_url' => $stack['https_wrong_name'], 'ca_info' => $stack['ca']]);

$ports = [];
foreach (cashfin_stack_log($stack) as $line) {
    if (str_starts_with($line['uri'], '/business/')) {
        $ports[] = $line['port'] === (int) parse_url($stack['https'], PHP_URL_PORT) ? 'https' : 'other';
    }
}
echo "requests that reached the API: ", implode(', ', $ports), "\n";
?>
--EXPECT--
no ca_info: Cashfin\ConnectionException, status NULL, attempts 1, mentions the certificate: true
  Could not reach Cashfin: SSL certificate problem: unable to get local issuer certificate
ca_info: ok, found true
by name (localhost): ok, found true
certificate for another name: Cashfin\ConnectionException, status NULL, attempts 1, mentions the certificate: true
  Could not reach Cashfin: SSL: no alternative certificate subject name matches target TARGET 'HOST'
requests that reached the API: https, https
