--TEST--
Stack: bulk calls inside PHP-FPM workers (30 page views, each a detailsMany over TLS and a createMany), with no error in the workers' log
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

// The page lives in a directory of this test's own, removed at the end.
$pages = sys_get_temp_dir() . '/cashfin-bulk-pages-' . getmypid();
@mkdir($pages, 0700);
register_shutdown_function(function () use ($pages) {
    @unlink("$pages/bulk.php");
    @rmdir($pages);
});
file_put_contents("$pages/bulk.php", <<<'PAGE'
<?php
header('Content-Type: application/json');
$client = new Cashfin\Customers('cs_test', ['base_url' => $_GET['base_url'], 'ca_info' => $_GET['ca_info']]);
$ids = explode(',', $_GET['ids']);
$details = $client->detailsMany(array_combine(array_map(fn ($i) => "k$i", array_keys($ids)), $ids), ['concurrency' => 4]);
$n = (int) $_GET['n'];
$created = $client->createMany(['x' => ['name' => "Page $n", 'email' => "page$n@example.com", 'phone' => sprintf('+2547%08d', $n),
    'country' => 'Kenya', 'currency' => 'KES'], 'bad' => ['name' => '']]);
echo json_encode([
    'details' => array_map(fn ($d) => is_array($d) ? $d['_id'] : get_class($d), $details),
    'created' => is_array($created['x']) ? $created['x']['email'] : get_class($created['x']),
    'bad' => get_class($created['bad']),
    'pid' => getmypid(),
]);
PAGE);

$stack = cashfin_stack_start(['client_dir' => $pages, 'client_workers' => 2, 'api_workers' => 6]);
$ids = cashfin_stack_seed($stack, 6);
$urls = [];
for ($i = 0; $i < 30; $i++) {
    $urls[] = "{$stack['client']}/bulk.php?" . http_build_query(['base_url' => $stack['https'], 'ca_info' => $stack['ca'],
        'ids' => implode(',', $ids), 'n' => 1000 + $i]);
}
$ok = 0;
$problems = [];
$pids = [];
$expected = array_combine(array_map(fn ($i) => "k$i", array_keys($ids)), $ids);
foreach (cashfin_stack_fetch_many($urls, 2, 60.0) as $i => $answer) {
    $json = json_decode($answer['body'], true);
    if ($answer['status'] === 200 && ($json['details'] ?? null) === $expected && $json['created'] === 'page' . (1000 + $i) . '@example.com'
        && $json['bad'] === 'Cashfin\ValidationException') {
        $ok++;
        $pids[$json['pid']] = true;
    } else {
        $problems[] = "$i: " . ($answer['error'] ?? "{$answer['status']} {$answer['body']}");
    }
}
echo "pages OK: $ok of 30\n";
echo $problems === [] ? '' : implode("\n", array_slice($problems, 0, 5)) . "\n";
echo "workers that answered: at most 2: ", var_export(count($pids) >= 1 && count($pids) <= 2, true), "\n";
$calls = cashfin_stack_api_requests($stack, '/business/customer/');
echo "API: ", json_encode(array_count_values(array_map(fn ($l) => $l['protocol'] . ' ' . $l['status'], $calls))), "\n";
$log = trim((string) @file_get_contents("{$stack['dir']}/client-php.log"));
echo "workers' log: ", $log === '' ? 'empty' : $log, "\n";
?>
--EXPECT--
pages OK: 30 of 30
workers that answered: at most 2: true
API: {"HTTP\/1.1 201":6,"HTTP\/2.0 200":180,"HTTP\/2.0 201":30}
workers' log: empty
