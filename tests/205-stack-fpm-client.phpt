--TEST--
Stack: the extension works inside PHP-FPM workers (50 page views, each calling details() over TLS)
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

$stack = cashfin_stack_start(['client_dir' => __DIR__ . '/stack-client', 'client_workers' => 2]);
$ids = cashfin_stack_seed($stack, 5);

$urls = [];
for ($i = 0; $i < 50; $i++) {
    $urls[] = "{$stack['client']}/details.php?" . http_build_query(
        ['base_url' => $stack['https'], 'ca_info' => $stack['ca'], 'id' => $ids[$i % 5]]);
}
$ok = 0;
$problems = [];
$pids = [];
foreach (cashfin_stack_fetch_many($urls, 2) as $i => $answer) {
    $json = json_decode($answer['body'], true);
    if ($answer['status'] === 200 && ($json['ok'] ?? false) === true && $json['id'] === $ids[$i % 5]) {
        $ok++;
        $pids[$json['pid']] = true;
    } else {
        $problems[] = "$i: " . ($answer['error'] ?? "{$answer['status']} {$answer['body']}");
    }
}
echo "answers OK: $ok of 50\n";
echo $problems === [] ? '' : implode("\n", array_slice($problems, 0, 5)) . "\n";
echo "workers that answered: at most 2: ", var_export(count($pids) >= 1 && count($pids) <= 2, true), "\n";
$views = array_filter(cashfin_stack_log($stack, 'client'), fn ($l) => str_starts_with($l['uri'], '/details.php'));
echo "client log: ", count($views), " page views, statuses ", implode(',', array_unique(array_column($views, 'status'))), "\n";
$calls = array_filter(cashfin_stack_log($stack), fn ($l) => str_starts_with($l['uri'], '/business/customer/details/'));
echo "API: ", count($calls), " details calls, statuses ", implode(',', array_unique(array_column($calls, 'status'))), "\n";
?>
--EXPECT--
answers OK: 50 of 50
workers that answered: at most 2: true
client log: 50 page views, statuses 200
API: 50 details calls, statuses 200
