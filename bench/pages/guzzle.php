<?php

// The same page through Guzzle: a new connection per page view, like the pure-PHP page.
require __DIR__ . '/../clients/GuzzleClient.php';

$customers = new BenchPhp\GuzzleClient('cs_bench_0123456789abcdef',
    ['base_url' => $_SERVER['BENCH_API_URL'], 'ca_info' => $_SERVER['BENCH_CA']]);
$customer = $customers->details('65a1f0c2e4b0a1b2c3d4e5f6');
header('Content-Type: application/json');
echo json_encode(['ok' => true, 'name' => $customer['name']]);
