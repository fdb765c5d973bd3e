<?php

// One details() call over TLS through the extension, as an application page makes it: a new
// Cashfin\Customers per page view; with persistent connections (the default) the worker's
// connection and TLS session from earlier page views are reused.
$customers = new Cashfin\Customers('cs_bench_0123456789abcdef',
    ['base_url' => $_SERVER['BENCH_API_URL'], 'ca_info' => $_SERVER['BENCH_CA']]);
$customer = $customers->details('65a1f0c2e4b0a1b2c3d4e5f6');
header('Content-Type: application/json');
echo json_encode(['ok' => true, 'name' => $customer['name']]);
