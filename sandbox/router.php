<?php

/**
 * Cashfin sandbox: a local emulator of the Cashfin Customers API.
 *
 *   php -S 127.0.0.1:8080 sandbox/router.php
 *
 * or as the single script behind nginx + PHP-FPM (see sandbox/README.md).
 * Every request is routed here; nothing is ever served as a static file.
 */

declare(strict_types=1);

namespace CashfinSandbox;

foreach (['Json', 'Request', 'Response', 'Database', 'Settings', 'RateLimiter', 'FaultQueue',
          'RequestLog', 'CustomerRules', 'CustomerStore', 'IdempotencyStore', 'Api', 'Admin'] as $class) {
    require_once __DIR__ . "/src/$class.php";
}

// A PHP notice printed into a JSON body would corrupt it; problems go to the
// server log (php -S: stderr) and the client gets a clean 500 instead.
ini_set('display_errors', '0');
// Injected faults must send their Content-Type verbatim; by default PHP
// appends "; charset=UTF-8" to any text/* type.
ini_set('default_charset', '');
set_error_handler(static function (int $severity, string $message, string $file, int $line): bool {
    throw new \ErrorException($message, 0, $severity, $file, $line);
});

$request = Request::fromGlobals();
try {
    $db = Database::open();
    $response = Admin::owns($request->path) ? (new Admin($db))->handle($request) : (new Api($db))->handle($request);
} catch (\Throwable $e) {
    error_log("cashfin sandbox: {$request->method} {$request->path} ({$request->id}): $e");
    $response = Response::error(500, 'Internal server error');
}
$response->send($request->id, $request->method === 'HEAD');
