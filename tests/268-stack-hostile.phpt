--TEST--
Stack (nginx + PHP-FPM, HTTP/1.1 and TLS with HTTP/2): a truncated answer, a slow answer, an oversized gzip answer and nginx's own 502 page when FPM is gone
--DESCRIPTION--
An answer cut short is an UnexpectedResponseException over HTTP/1.1 (the connection closes before
Content-Length is reached), but over HTTP/2 nginx resets the stream (RST_STREAM INTERNAL_ERROR),
which is a ConnectionException, like a reset mid-body over HTTP/1.1 (tests/252). Both are retried.
--SKIPIF--
<?php
require __DIR__ . '/stack.inc';
if (($why = cashfin_stack_missing()) !== null) {
    die("skip $why");
}
if (!str_contains((string) shell_exec(escapeshellarg(cashfin_stack_nginx_binary()) . ' -V 2>&1'), '--with-http_v2_module')) {
    die('skip nginx without HTTP/2');
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/stack.inc';
require __DIR__ . '/hostile.inc';

$stack = cashfin_stack_start();
cashfin_stack_seed($stack, 3);
$fault = fn (array $fault) => cashfin_stack_admin($stack, 'POST', '/__sandbox/faults', $fault);

function call(string $label, array $stack, string $port, array $options, callable $call, float $high): void
{
    $client = new Cashfin\Customers('cs_test', $options + ['base_url' => $stack[$port], 'ca_info' => $stack['ca']]);
    [$e, $seconds, $result] = cf_timed(fn () => $call($client));
    printf("%-26s %-5s %s, attempts %d, under %.1f s: %s\n", $label, $port,
        $e ? get_class($e) . ', status ' . var_export($e->getHttpStatus(), true) : 'answered ' . json_encode($result),
        $client->lastResponse()['attempts'], $high, var_export(cf_within($seconds, 0, $high), true));
    cashfin_stack_admin($stack, 'DELETE', '/__sandbox/faults');
}

$list = fn ($c) => $c->list()['pagination']['total'];
foreach (['http', 'https'] as $port) {
    $fault(['path' => '/business/customer/list', 'truncate' => true]);
    call('truncated', $stack, $port, ['max_retries' => 0], $list, 3.0);
    $fault(['path' => '/business/customer/list', 'truncate' => true]);
    call('truncated once, retried', $stack, $port, ['max_retries' => 2], $list, 3.0 + cf_backoff_bound(2));
    $fault(['path' => '/business/customer/list', 'delay_ms' => 3000]);
    call('slower than the timeout', $stack, $port, ['max_retries' => 0, 'timeout' => 0.5], $list, 2.5);
    // nginx compresses the 3 MiB answer (gzip_min_length 0): the decoded size is what counts.
    $fault(['status' => 200, 'body' => str_repeat(' ', 3 * 1024 * 1024) . '{}']);
    call('3 MiB, gzip, 1 MiB cap', $stack, $port, ['max_retries' => 2, 'max_response_bytes' => 1024 * 1024], $list, 5.0);
}

// php-fpm stops: nginx answers with its own HTML 502 page, every attempt.
cashfin_stack_stop_process($stack['dir'], 'php-fpm');
foreach (['http', 'https'] as $port) {
    $client = new Cashfin\Customers('cs_test', ['base_url' => $stack[$port], 'ca_info' => $stack['ca'], 'max_retries' => 2]);
    [$e, $seconds] = cf_timed(fn () => $client->list());
    printf("php-fpm gone  %-5s %s, status %s, attempts %d, nginx's page kept %s, message free of HTML %s, under %.1f s: %s\n", $port,
        get_class($e), var_export($e->getHttpStatus(), true), $client->lastResponse()['attempts'],
        var_export(str_contains((string) $e->getResponseBody(), '<center>nginx</center>'), true),
        var_export(!str_contains($e->getMessage(), '<'), true), 2.0 + cf_backoff_bound(2),
        var_export(cf_within($seconds, 0, 2.0 + cf_backoff_bound(2)), true));
}
?>
--EXPECT--
truncated                  http  Cashfin\UnexpectedResponseException, status 200, attempts 1, under 3.0 s: true
truncated once, retried    http  answered 3, attempts 2, under 4.5 s: true
slower than the timeout    http  Cashfin\TimeoutException, status NULL, attempts 1, under 2.5 s: true
3 MiB, gzip, 1 MiB cap     http  Cashfin\UnexpectedResponseException, status 200, attempts 1, under 5.0 s: true
truncated                  https Cashfin\ConnectionException, status 200, attempts 1, under 3.0 s: true
truncated once, retried    https answered 3, attempts 2, under 4.5 s: true
slower than the timeout    https Cashfin\TimeoutException, status NULL, attempts 1, under 2.5 s: true
3 MiB, gzip, 1 MiB cap     https Cashfin\UnexpectedResponseException, status 200, attempts 1, under 5.0 s: true
php-fpm gone  http  Cashfin\ServerException, status 502, attempts 3, nginx's page kept true, message free of HTML true, under 3.5 s: true
php-fpm gone  https Cashfin\ServerException, status 502, attempts 3, nginx's page kept true, message free of HTML true, under 3.5 s: true
