<?php

/*
 * A page of the FPM client pool (tests/stack.inc, client_dir) that configures nothing itself: the client
 * secret and the base URL come from the environment the server deploys it with (nginx fastcgi_param, FPM
 * env[...]), as in `new Cashfin\Customers()` in an application.
 *
 *   environment.php
 *
 * Answers JSON: {"ok":true,"listed":...,"missing":"<class>: <message>","debug":"<print_r of the client>",
 * "getenv_sees_secret":bool} or, with status 500, {"ok":false,"error":"<class>: <message>"}. The secret
 * itself is never printed; the test checks that nothing the extension says holds it.
 */

header('Content-Type: application/json');

try {
    $client = new Cashfin\Customers();
    $page = $client->list(['limit' => 1]);
    try {
        $client->details('507f1f77bcf86cd799439011');
        $missing = 'found';
    } catch (Cashfin\Exception $e) {
        $missing = get_class($e) . ': ' . $e->getMessage() . "\n" . $e;
    }
    echo json_encode([
        'ok' => true,
        'listed' => $page['pagination']['total'],
        'missing' => $missing,
        'debug' => print_r($client, true) . var_export($client->lastResponse(), true),
        'getenv_sees_secret' => getenv('CASHFIN_CLIENT_SECRET') !== false,
    ]);
} catch (Throwable $e) {
    http_response_code(500);
    echo json_encode(['ok' => false, 'error' => get_class($e) . ': ' . $e->getMessage() . "\n" . $e]);
}
