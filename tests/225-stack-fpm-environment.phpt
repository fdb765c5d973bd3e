--TEST--
Stack: under PHP-FPM, new Cashfin\Customers() reads CASHFIN_CLIENT_SECRET and CASHFIN_BASE_URL as getenv() does: nginx's fastcgi_param first, then the worker's environment (FPM env[...]); the secret shows in nothing the page prints or logs
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

// The sandbox answers only this secret: a page that sent any other gets a 401.
const SECRET = 'cs_fastcgi_param_secret_7f3a91';
$sandbox = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => SECRET]);
$unreachable = 'http://127.0.0.1:' . cashfin_sandbox_free_port();

function visit(array $options): void
{
    $stack = cashfin_stack_start(['client_dir' => __DIR__ . '/stack-client', 'client_workers' => 1] + $options);
    $answer = cashfin_stack_fetch_many(["{$stack['client']}/environment.php"], 1)[0];
    $json = json_decode($answer['body'], true);
    if (($json['ok'] ?? false) === true) {
        echo "  page: ok, listed ", $json['listed'], ", a missing id is ", strtok($json['missing'], ':'), "\n";
        echo "  getenv() sees the secret too: ", var_export($json['getenv_sees_secret'], true), "\n";
    } else {
        echo "  page: ", $answer['status'], ' ', strtok($json['error'] ?? $answer['body'], "\n"), "\n";
    }
    $logs = '';
    foreach (['client-php.log', 'php-fpm.log', 'php-error.log', 'nginx-error.log'] as $file) {
        $logs .= (string) @file_get_contents("{$stack['dir']}/$file");
    }
    echo "  secret in the page: ", var_export(str_contains($answer['body'], SECRET), true),
        ", in the server logs: ", var_export(str_contains($logs, SECRET), true), "\n";
    cashfin_stack_stop($stack);
}

echo "-- fastcgi_param, over a different process environment: the request's value wins --\n";
visit([
    'client_params' => ['CASHFIN_CLIENT_SECRET' => SECRET, 'CASHFIN_BASE_URL' => $sandbox],
    'client_env' => ['CASHFIN_CLIENT_SECRET' => 'cs_process_secret_refused', 'CASHFIN_BASE_URL' => $unreachable],
]);

echo "-- FPM's env[...] alone: the worker's process environment --\n";
visit(['client_env' => ['CASHFIN_CLIENT_SECRET' => SECRET, 'CASHFIN_BASE_URL' => $sandbox]]);

echo "-- fastcgi_param alone --\n";
visit(['client_params' => ['CASHFIN_CLIENT_SECRET' => SECRET, 'CASHFIN_BASE_URL' => $sandbox]]);

echo "-- neither: the constructor says so, and names the variable --\n";
visit([]);
?>
--EXPECT--
-- fastcgi_param, over a different process environment: the request's value wins --
  page: ok, listed 0, a missing id is Cashfin\NotFoundException
  getenv() sees the secret too: true
  secret in the page: false, in the server logs: false
-- FPM's env[...] alone: the worker's process environment --
  page: ok, listed 0, a missing id is Cashfin\NotFoundException
  getenv() sees the secret too: true
  secret in the page: false, in the server logs: false
-- fastcgi_param alone --
  page: ok, listed 0, a missing id is Cashfin\NotFoundException
  getenv() sees the secret too: true
  secret in the page: false, in the server logs: false
-- neither: the constructor says so, and names the variable --
  page: 500 ValueError: Cashfin\Customers::__construct(): Argument #1 ($clientSecret) must be a client secret; none was given and CASHFIN_CLIENT_SECRET is not set
  secret in the page: false, in the server logs: false
