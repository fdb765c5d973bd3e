<?php

/*
 * A page of the FPM client pool (tests/stack.inc, client_dir): one API call
 * per page view, the way an application behind PHP-FPM uses the extension.
 *
 *   details.php?base_url=https://127.0.0.1:P&ca_info=/tmp/.../ca.pem&id=<24 hex>[&persistent=0|1]
 *
 * Answers JSON: {"ok":true,"id":...,"pid":...,"connection_reused":...,"attempts":...}
 * or, with status 500, {"ok":false,"error":"<class>: <message>"}.
 */

header('Content-Type: application/json');

try {
    $options = ['base_url' => (string) ($_GET['base_url'] ?? '')];
    if (isset($_GET['ca_info'])) {
        $options['ca_info'] = (string) $_GET['ca_info'];
    }
    if (isset($_GET['persistent'])) {
        $options['persistent'] = $_GET['persistent'] === '1';
    }
    $client = new Cashfin\Customers((string) ($_GET['secret'] ?? 'cs_test'), $options);
    $customer = $client->details((string) ($_GET['id'] ?? ''));
    $last = $client->lastResponse();
    echo json_encode([
        'ok' => true,
        'id' => $customer['_id'],
        'pid' => getmypid(),
        'connection_reused' => $last['connection_reused'],
        'attempts' => $last['attempts'],
    ]);
} catch (Throwable $e) {
    http_response_code(500);
    echo json_encode(['ok' => false, 'error' => get_class($e) . ': ' . $e->getMessage(), 'pid' => getmypid()]);
}
