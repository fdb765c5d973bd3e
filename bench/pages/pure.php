<?php

// The same page through the pure-PHP client: its curl handle, and so its connection, lives as long
// as the PHP request, so every page view opens a new TLS connection.
require __DIR__ . '/../clients/PurePhpClient.php';

$customers = new BenchPhp\PurePhpClient('cs_bench_0123456789abcdef',
    ['base_url' => $_SERVER['BENCH_API_URL'], 'ca_info' => $_SERVER['BENCH_CA']]);
$customer = $customers->details('65a1f0c2e4b0a1b2c3d4e5f6');
header('Content-Type: application/json');
echo json_encode(['ok' => true, 'name' => $customer['name']]);
