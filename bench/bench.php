<?php

/*
 * Runs every benchmark in one go and writes bench/RESULTS.md. Called by
 * bench/run.sh once the extension and the floor are built:
 *
 *   php bench/bench.php --ext=PATH/cashfin.so --floor=PATH/floor --work=DIR [--decoders=PATH/decoders]
 *       [--out=FILE] [--quick]
 *
 * --quick: fewer rounds and calls, for trying the harness; its figures are not the ones to quote.
 * See bench/README.md for what each figure means.
 */

require __DIR__ . '/lib/servers.php';
require __DIR__ . '/lib/callgrind.php';

const BENCH_BATCH_ENTRIES = 16; // lib/batch.php's BENCH_BATCH_SIZE (not loaded here)

final class Bench
{
    private const CLIENTS = ['ext', 'pure', 'guzzle', 'floor'];
    private const LABEL = ['ext' => 'extension', 'pure' => 'pure-PHP (ext/curl)', 'guzzle' => 'Guzzle',
        'floor' => 'C floor (libcurl + cJSON)'];

    private BenchServers $servers;
    private array $env;
    private array $results = [];
    private float $started;
    private array $log = [];
    private int $cpu = 0;
    /** @var list<string> taskset -c CPU, or nothing when taskset is missing */
    private array $pin = [];

    public function __construct(private string $ext, private string $floor, private string $work, private string $out,
                                private bool $quick, private string $decoders = '')
    {
        $this->started = microtime(true);
    }

    public function run(): void
    {
        $this->env = $this->phpEnvironment();
        $cpus = max(1, (int) trim((string) shell_exec('nproc')));
        $this->cpu = getenv('BENCH_CPU') !== false && getenv('BENCH_CPU') !== '' ? (int) getenv('BENCH_CPU') : $cpus - 1;
        $this->pin = BenchServers::which('taskset') !== null ? [BenchServers::which('taskset'), '-c', (string) $this->cpu] : [];
        $this->results['pinned_cpu'] = $this->pin !== [] ? $this->cpu : null;
        $this->servers = new BenchServers("$this->work/servers", $this->ext, __DIR__ . '/pages', 4, $this->cpu);
        $this->say('starting nginx and php-fpm');
        $this->servers->start();
        try {
            $this->calls();
            $this->fpm();
            $this->memory();
            $this->callgrind();
            $this->callgrindDelta();
            $this->decoders();
        } catch (Throwable $e) {
            fwrite(STDERR, $this->servers->logs());
            throw $e;
        } finally {
            $this->servers->stop();
        }
        $this->results['log'] = $this->log;
        $this->results['versions'] = $this->versions();
        $this->results['quick'] = $this->quick;
        $this->results['seconds'] = round(microtime(true) - $this->started);
        $this->results['finished'] = gmdate('Y-m-d H:i');
        file_put_contents("$this->work/results.json", json_encode($this->results, JSON_PRETTY_PRINT));
        $this->write();
    }

    /** Writes RESULTS.md again from a results.json of an earlier run (kept with BENCH_KEEP=1). */
    public function rewrite(string $file): void
    {
        $this->results = json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
        // The callgrind files kept beside results.json are read again, so a newer reading of them shows.
        foreach ($this->results['callgrind'] ?? [] as $client => $transports) {
            foreach ($transports as $transport => $methods) {
                foreach ($methods as $method => $digest) {
                    $out = dirname($file) . "/callgrind.$client.$method.$transport.out";
                    $n = $digest['n'] ?? ($method === 'list' ? 100 : 500);
                    if (is_file($out)) {
                        $this->results['callgrind'][$client][$transport][$method] = self::digest(bench_callgrind_read($out), $n);
                    }
                }
            }
        }
        $this->log = $this->results['log'];
        $this->quick = $this->results['quick'];
        $this->write();
    }

    /* ---- per-call timings ------------------------------------------------------------------ */

    private function calls(): void
    {
        $q = $this->quick;
        $rounds = $q ? 3 : 11;
        $urls = $this->servers->urls;
        // workload => [N, warmup]; each (client, workload, transport) runs once per round, in its own process.
        $plan = [];
        foreach (['api_http' => 'http', 'api_https' => 'tls'] as $server => $transport) {
            foreach (['details' => [$q ? 300 : 1500, 100], 'create' => [$q ? 300 : 1500, 100],
                      'list' => [$q ? 100 : 400, 30]] as $workload => [$n, $warmup]) {
                foreach (self::CLIENTS as $client) {
                    $plan[] = [$client, $workload, $transport, $urls[$server], $n, $warmup];
                }
            }
        }
        foreach (['api_http' => 'http', 'api_https' => 'tls'] as $server => $transport) {
            foreach (['ext', 'pure'] as $client) {
                $plan[] = [$client, 'all', $transport, $urls[$server], $q ? 3 : 7, 1];
            }
        }
        foreach (['ext', 'pure', 'floor'] as $client) {
            $plan[] = [$client, 'details', 'h2', $urls['api_h2'], $q ? 300 : 1500, 100];
        }
        foreach (self::CLIENTS as $client) {
            $plan[] = [$client, 'fresh', 'tls', $urls['api_https'], $q ? 40 : 150, 10];
        }
        // A batch on an empty connection cache against the next batch on the connections it left.
        foreach (['api_https' => 'tls', 'api_h2' => 'h2'] as $server => $transport) {
            foreach (['batch-first', 'batch-second'] as $workload) {
                $plan[] = ['ext', $workload, $transport, $urls[$server], $q ? 5 : 20, 2];
            }
        }
        $page = "$this->work/servers/canned/list-1.json";
        $plan[] = ['pure', 'decode', 'memory', $page, $q ? 300 : 1500, 50];
        $plan[] = ['floor', 'parse', 'memory', $page, $q ? 300 : 1500, 50];

        // Rounds outermost and the order turned every round, so slow and fast moments of the machine
        // fall on every client alike.
        for ($round = 0; $round < $rounds; $round++) {
            $this->say(sprintf('per-call timings: round %d of %d', $round + 1, $rounds));
            $order = $plan;
            $shift = $round % 4;
            usort($order, fn ($a, $b) => [$a[2], $a[1], (array_search($a[0], self::CLIENTS) + $shift) % 4]
                <=> [$b[2], $b[1], (array_search($b[0], self::CLIENTS) + $shift) % 4]);
            foreach ($order as [$client, $workload, $transport, $url, $n, $warmup]) {
                // Pinned to the CPU of the "api" nginx's one worker (see lib/servers.php).
                $line = $client === 'floor'
                    ? $this->exec(array_merge($this->pin, [$this->floor, $workload, $url, $this->servers->ca, (string) $n,
                        (string) $warmup]))
                    : $this->exec(array_merge($this->pin, $this->php(), [__DIR__ . '/clients/loop.php', $client, $workload,
                        $url, $this->servers->ca, (string) $n, (string) $warmup]));
                $result = json_decode($line, true);
                $workloadName = $workload === 'parse' ? 'decode' : $workload;
                $this->results['calls'][$transport][$workloadName][$client][] = $result;
            }
        }
    }

    /** Median over the rounds of the per-round medians, in µs; with the spread of the rounds. */
    private function figure(string $transport, string $workload, string $client): ?array
    {
        $rounds = $this->results['calls'][$transport][$workload][$client] ?? null;
        if (!$rounds) {
            return null;
        }
        $medians = array_column($rounds, 'median_us');
        sort($medians);
        return ['median' => self::median($medians), 'min' => $medians[0], 'max' => end($medians),
            'p90' => self::median(array_column($rounds, 'p90_us')), 'n' => $rounds[0]['n'], 'rounds' => count($rounds)];
    }

    /** Median over the rounds of (a's median / b's median) for one workload: both measured in the same round. */
    private function roundRatio(string $transport, string $workload, string $a, string $b): float
    {
        return $this->pairedRatio($this->results['calls'][$transport][$workload][$a] ?? [],
            $this->results['calls'][$transport][$workload][$b] ?? []);
    }

    /** The same for one client across two workloads (fresh connection vs reused). */
    private function crossRatio(string $transport, string $workloadA, string $workloadB, string $client): float
    {
        return $this->pairedRatio($this->results['calls'][$transport][$workloadA][$client] ?? [],
            $this->results['calls'][$transport][$workloadB][$client] ?? []);
    }

    private function pairedRatio(array $a, array $b): float
    {
        $ratios = [];
        foreach ($a as $round => $x) {
            if (isset($b[$round]) && $b[$round]['median_us'] > 0) {
                $ratios[] = $x['median_us'] / $b[$round]['median_us'];
            }
        }
        return self::median($ratios);
    }

    /**
     * Table rows comparing two loops ([workload, client] each) per transport: both figures in ms, with their spread, and
     * the median of their per-round ratio.
     */
    private function pairRows(array $transports, array $a, array $b, int $decimals): array
    {
        $rows = [];
        foreach ($transports as $transport => $label) {
            $x = $this->figure($transport, ...$a);
            $y = $this->figure($transport, ...$b);
            if ($x && $y) {
                $rows[] = sprintf('| %s | %d | %s | %s | %.2f |', $label, $x['n'], self::inMs($x, $decimals), self::inMs($y, $decimals),
                    $this->pairedRatio($this->results['calls'][$transport][$a[0]][$a[1]], $this->results['calls'][$transport][$b[0]][$b[1]]));
            }
        }
        return $rows;
    }

    /** Median over the rounds of the requests/s ratio of two pages run in the same round. */
    private function fpmRatio(string $a, string $b): float
    {
        $ratios = [];
        foreach ($this->results['fpm'][$a] ?? [] as $round => $x) {
            $y = $this->results['fpm'][$b][$round]['rps'] ?? 0;
            if ($y > 0) {
                $ratios[] = $x['rps'] / $y;
            }
        }
        return self::median($ratios);
    }

    /* ---- PHP-FPM pages under wrk -------------------------------------------------------------- */

    private function fpm(): void
    {
        $rounds = $this->quick ? 2 : 3;
        $seconds = $this->quick ? 3 : 5;
        $pages = ['empty', 'ext', 'pure', 'guzzle'];
        $base = $this->servers->urls['pages'];
        $this->say('php-fpm pages: warm-up');
        foreach ($pages as $page) {
            $this->wrk("$base/$page.php", 1);
        }
        $extConnections = [];
        $this->servers->resetFpmLog();
        for ($round = 0; $round < $rounds; $round++) {
            $this->say(sprintf('php-fpm pages under wrk: round %d of %d', $round + 1, $rounds));
            $order = array_merge(array_slice($pages, $round % 4), array_slice($pages, 0, $round % 4));
            foreach ($order as $page) {
                $this->servers->resetFpmLog();
                $wrk = $this->wrk("$base/$page.php", $seconds);
                $log = $this->servers->fpmLog();
                if ($page === 'ext') {
                    $extConnections += $log['connections'];
                }
                $this->results['fpm'][$page][] = $wrk + ['api_requests' => $log['requests'],
                    'api_connections' => count($log['connections']), 'api_statuses' => $log['statuses']];
            }
        }
        $this->results['fpm_workers'] = $this->servers->fpmWorkers;
        $this->results['fpm_worker_pids'] = count($this->servers->fpmWorkerPids());
        $this->results['fpm_ext_connections_all_rounds'] = count($extConnections);
    }

    private function wrk(string $url, int $seconds): array
    {
        $output = $this->exec(['wrk', '-t1', '-c8', "-d{$seconds}s", '--timeout', '5s', $url], false, $seconds + 30);
        // Pages still in flight when wrk stops finish (and their API requests reach the access log) now.
        usleep(300000);
        preg_match('/Requests\/sec:\s+([\d.]+)/', $output, $rps);
        preg_match('/(\d+) requests in/', $output, $requests);
        preg_match('/Non-2xx or 3xx responses:\s+(\d+)/', $output, $bad);
        preg_match('/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/', $output, $errors);
        preg_match('/Latency\s+([\d.]+)(us|ms|s)/', $output, $latency);
        $scale = ['us' => 0.001, 'ms' => 1, 's' => 1000];
        return [
            'rps' => (float) ($rps[1] ?? 0),
            'requests' => (int) ($requests[1] ?? 0),
            'non_2xx' => (int) ($bad[1] ?? 0),
            'socket_errors' => isset($errors[1]) ? array_sum(array_map('intval', array_slice($errors, 1))) : 0,
            'latency_ms' => isset($latency[1]) ? (float) $latency[1] * $scale[$latency[2]] : null,
        ];
    }

    /* ---- all() memory ----------------------------------------------------------------------- */

    private function memory(): void
    {
        $this->say('all() over 10,000 customers: memory');
        foreach (['page', 'all', 'pure-all'] as $mode) {
            $line = $this->exec(array_merge($this->php(), [__DIR__ . '/memory.php', $mode,
                $this->servers->urls['api_http'], $this->servers->ca]));
            $this->results['memory'][$mode] = json_decode($line, true);
        }
        $this->results['memory']['page_bytes_json'] = filesize("$this->work/servers/canned/list-1.json");
    }

    /* ---- callgrind ---------------------------------------------------------------------------- */

    private function callgrind(): void
    {
        $n = ['details' => $this->quick ? 100 : 500, 'list' => $this->quick ? 20 : 100, 'create' => $this->quick ? 100 : 500];
        $urls = $this->servers->urls;
        $runs = [['details', 'http', $urls['api_http']], ['list', 'http', $urls['api_http']],
            ['create', 'http', $urls['api_http']], ['details', 'tls', $urls['api_https']]];
        foreach ($runs as [$method, $transport, $url]) {
            $this->say("callgrind: extension $method() over $transport");
            $file = "$this->work/callgrind.ext.$method.$transport.out";
            $this->exec(array_merge(['valgrind', '--tool=callgrind', "--callgrind-out-file=$file",
                "--toggle-collect=zim_Cashfin_Customers_$method"], $this->php(),
                [__DIR__ . '/callgrind.php', $method, $url, $this->servers->ca, (string) $n[$method]]), false, 300);
            $this->results['callgrind']['ext'][$transport][$method] = self::digest(bench_callgrind_read($file), $n[$method]);

            $this->say("callgrind: C floor $method over $transport");
            $file = "$this->work/callgrind.floor.$method.$transport.out";
            $this->exec(['valgrind', '--tool=callgrind', "--callgrind-out-file=$file", '--toggle-collect=measured_call',
                $this->floor, $method, $url, $this->servers->ca, (string) $n[$method], '20'], false, 300);
            $this->results['callgrind']['floor'][$transport][$method] = self::digest(bench_callgrind_read($file), $n[$method]);
        }
        // A batch on an empty connection cache against the next batch on the connections it left, over TLS (HTTP/1.1).
        foreach (['batch-first', 'batch-second'] as $workload) {
            $this->say("callgrind: extension createMany() of 16, $workload, over tls");
            $file = "$this->work/callgrind.ext.$workload.tls.out";
            $count = $this->quick ? 3 : 10;
            $output = $this->exec(array_merge(['valgrind', '--tool=callgrind', "--callgrind-out-file=$file",
                '--toggle-collect=zim_Cashfin_Customers_createMany'], $this->php(),
                [__DIR__ . '/callgrind.php', $workload, $urls['api_https'], $this->servers->ca, (string) $count]), false, 600);
            preg_match('/"new_connections":([\d.]+)/', $output, $opened);
            $this->results['callgrind_batch'][$workload] = ['total' => bench_callgrind_total($file) / $count, 'n' => $count,
                'new_connections' => isset($opened[1]) ? (float) $opened[1] : null];
        }
    }

    /**
     * The decoder comparison (decoders/): a page and a details answer decoded by json_decode's parser, the
     * extension's decoder and simdjson's candidates, in time (pinned, interleaved rounds) and instructions.
     */
    private function decoders(): void
    {
        if ($this->decoders === '') {
            return;
        }
        $canned = "$this->work/servers/canned";
        foreach (['page' => ["$canned/list-1.json", 300, 20], 'details' => ["$canned/details.json", 3000, 200]] as $name => [$file, $n, $counted]) {
            $this->say("decoders: $name, time");
            $line = $this->exec(array_merge($this->pin, [$this->decoders, $file, (string) ($this->quick ? 3 : 11),
                (string) ($this->quick ? intdiv($n, 5) : $n)]));
            $this->results['decoders'][$name]['time'] = json_decode($line, true);
            foreach (['json', 'cashfin', 'simdjson', 'simdjson_padded'] as $candidate) {
                $this->say("callgrind: decoder $candidate, $name");
                $out = "$this->work/callgrind.decoder.$candidate.$name.out";
                $this->exec(['valgrind', '--tool=callgrind', "--callgrind-out-file=$out", "--toggle-collect=measured_$candidate",
                    $this->decoders, $file, '1', (string) $counted, $candidate], false, 300);
                $this->results['decoders'][$name]['instructions'][$candidate] = bench_callgrind_total($out) / $counted;
            }
        }
    }

    /**
     * Whole-process instructions per call, the same way for every client: the difference between a run
     * of the loop with N2 calls and one with N1, divided by N2 - N1 (start-up, warm-up and exit cancel out).
     */
    private function callgrindDelta(): void
    {
        $url = $this->servers->urls['api_http'];
        $counts = ['details' => $this->quick ? [50, 150] : [200, 700], 'list' => $this->quick ? [10, 30] : [20, 80]];
        foreach ($counts as $workload => [$n1, $n2]) {
            foreach (['ext', 'pure', 'floor'] as $client) {
                $this->say("callgrind: whole process, $client $workload over http");
                $totals = [];
                foreach ([$n1, $n2] as $n) {
                    $file = "$this->work/callgrind.delta.$client.$workload.$n.out";
                    $command = $client === 'floor'
                        ? [$this->floor, $workload, $url, $this->servers->ca, (string) $n, '10']
                        : array_merge($this->php(), [__DIR__ . '/clients/loop.php', $client, $workload, $url, $this->servers->ca,
                            (string) $n, '10']);
                    $this->exec(array_merge(['valgrind', '--tool=callgrind', "--callgrind-out-file=$file"], $command), false, 300);
                    $totals[] = bench_callgrind_total($file);
                }
                $this->results['callgrind_delta'][$workload][$client] = ($totals[1] - $totals[0]) / ($n2 - $n1);
            }
        }
    }

    /** Instructions per call: in all, by object, and the costliest functions. */
    private static function digest(array $profile, int $n): array
    {
        $objects = [];
        foreach ($profile['objects'] as $object => $ir) {
            $objects[self::objectName($object)] = ($objects[self::objectName($object)] ?? 0) + $ir / $n;
        }
        arsort($objects);
        $functions = [];
        foreach (array_slice($profile['functions'], 0, 25) as $function) {
            $functions[] = ['object' => self::objectName($function['object']), 'function' => $function['function'],
                'per_call' => $function['ir'] / $n];
        }
        $own = [];
        foreach ($profile['functions'] as $function) {
            if (self::objectName($function['object']) === 'cashfin.so' && count($own) < 15) {
                $own[] = ['function' => $function['function'], 'per_call' => $function['ir'] / $n];
            }
        }
        $inclusive = [];
        foreach (['read_success', 'cf_http_begin', 'collect_header', 'collect_body', 'cashfin_customers_remember',
                  'curl_easy_perform', 'cJSON_ParseWithLength', 'cJSON_Delete', 'cf_idempotency_key',
                  'cashfin_customers_checked_body', 'cf_customer_body'] as $name) {
            if (isset($profile['inclusive'][$name])) {
                $inclusive[$name] = $profile['inclusive'][$name] / $n;
            }
        }
        return ['n' => $n, 'total' => $profile['total'] / $n, 'objects' => $objects, 'top' => $functions, 'own' => $own,
            'inclusive' => $inclusive];
    }

    private static function objectName(string $object): string
    {
        $name = basename($object);
        return match (true) {
            str_starts_with($name, 'php') => 'php (Zend, ext/json)',
            str_starts_with($name, 'libcurl') => 'libcurl',
            str_starts_with($name, 'libc.so'), str_starts_with($name, 'libc-') => 'libc',
            str_starts_with($name, 'libssl'), str_starts_with($name, 'libcrypto') => 'OpenSSL',
            str_starts_with($name, 'libcjson') => 'cJSON',
            default => $name,
        };
    }

    /* ---- RESULTS.md ------------------------------------------------------------------------- */

    private function write(): void
    {
        $r = $this->results;
        $f = fn (string $t, string $w, string $c) => $this->figure($t, $w, $c)['median'] ?? NAN;
        $ratio = fn (float $a, float $b) => $b > 0 ? $a / $b : NAN;
        // Ratios are taken within each round (the two loops ran seconds apart, under the same load on the
        // machine), then the median over the rounds.
        $q = fn (string $t, string $w, string $a, string $b) => $this->roundRatio($t, $w, $a, $b);
        $md = [];
        $md[] = '# cashfin benchmarks: results';
        $md[] = '';
        $md[] = 'Written by `bash bench/run.sh` on ' . ($this->results['finished'] ?? gmdate('Y-m-d H:i')) . ' UTC in ' . ($this->results['seconds'] ?? 0) . ' s' . ($this->quick ? ' (**--quick run: few rounds, do not quote**)' : '') . '. '
            . 'What each figure means and how it is measured: [README.md](README.md). '
            . 'All figures come from this one run on this one machine; compare ratios, not absolute times across runs.';
        $md[] = '';
        $md[] = '## Machine and versions';
        $md[] = '';
        foreach ($r['versions'] as $name => $value) {
            $md[] = "- $name: $value";
        }
        $md[] = '';

        // Targets.
        $fpmRps = fn (string $page) => self::median(array_column($r['fpm'][$page] ?? [], 'rps'));
        $mem = $r['memory'];
        $page = $mem['page']['held'];
        $budget = 2 * $page + 1048576;
        $growth = $mem['all']['peak'] - $mem['all']['baseline'];
        $growthReal = $mem['all']['peak_real'] - $mem['all']['baseline_real'];
        $cg = fn (string $client, string $transport, string $method) => $r['callgrind'][$client][$transport][$method]['total'] ?? NAN;
        $cgBatch = fn (string $workload) => $r['callgrind_batch'][$workload]['total'] ?? NAN;
        $targets = [
            ['`details()`: extension / C floor, instructions (callgrind)', $ratio($cg('ext', 'tls', 'details'), $cg('floor', 'tls', 'details')),
                '<=', 1.05, sprintf('%s vs %s per call; wall time: %.2f (plain HTTP: %.2f instructions, %.2f wall)',
                    self::count($cg('ext', 'tls', 'details')), self::count($cg('floor', 'tls', 'details')), $q('tls', 'details', 'ext', 'floor'),
                    $ratio($cg('ext', 'http', 'details'), $cg('floor', 'http', 'details')), $q('http', 'details', 'ext', 'floor'))],
            ['`details()`: extension / Guzzle', $q('tls', 'details', 'ext', 'guzzle'), '<=', 0.62,
                sprintf('plain HTTP: %.2f', $q('http', 'details', 'ext', 'guzzle'))],
            ['`list()` of 100: extension / pure-PHP client', $q('tls', 'list', 'ext', 'pure'), '<=', 0.80,
                sprintf('%.1f vs %.1f µs; plain HTTP: %.2f', $f('tls', 'list', 'ext'), $f('tls', 'list', 'pure'), $q('http', 'list', 'ext', 'pure'))],
            ['`all()` over 10,000 customers: extension / pure-PHP client', $q('tls', 'all', 'ext', 'pure'), '<=', 0.80,
                sprintf('%.1f vs %.1f ms; plain HTTP: %.2f', $f('tls', 'all', 'ext') / 1000, $f('tls', 'all', 'pure') / 1000,
                    $q('http', 'all', 'ext', 'pure'))],
            ['`createMany()` of 16 over TLS: first batch / second batch (time)', $this->crossRatio('tls', 'batch-first', 'batch-second', 'ext'),
                '>=', 3.0, sprintf('%.2f vs %.2f ms, on %s and %s new connections; in instructions (callgrind): %.1f (%s vs %s, on %s and %s '
                    . 'new connections; %s a new connection); with HTTP/2 offered: %.2f (%.2f vs %.2f ms)', $f('tls', 'batch-first', 'ext') / 1000,
                    $f('tls', 'batch-second', 'ext') / 1000, $this->batchConnections('tls', 'batch-first'),
                    $this->batchConnections('tls', 'batch-second'), $ratio($cgBatch('batch-first'), $cgBatch('batch-second')),
                    self::count($cgBatch('batch-first')), self::count($cgBatch('batch-second')),
                    self::figureText($r['callgrind_batch']['batch-first']['new_connections'] ?? null),
                    self::figureText($r['callgrind_batch']['batch-second']['new_connections'] ?? null), self::count($this->perConnection()),
                    $this->crossRatio('h2', 'batch-first', 'batch-second', 'ext'),
                    $f('h2', 'batch-first', 'ext') / 1000, $f('h2', 'batch-second', 'ext') / 1000)],
            ['PHP-FPM page over TLS: extension req/s / pure-PHP req/s', $this->fpmRatio('ext', 'pure'), '>=', 5.0,
                sprintf('%.0f vs %.0f req/s', $fpmRps('ext'), $fpmRps('pure'))],
            ['`all()` over 10,000 customers: peak memory growth / (two pages + 1 MiB)', $growth / $budget, '<=', 1.0,
                sprintf('%s peak growth (%s real) vs %s budget; page = %s decoded', self::bytes($growth), self::bytes($growthReal),
                    self::bytes($budget), self::bytes($page))],
        ];
        $md[] = '## Targets (TLS, reused connection, medians of this run; `details()` against the floor in instructions)';
        $md[] = '';
        $md[] = '| figure | this run | target | verdict | also |';
        $md[] = '|---|---:|---:|---|---|';
        $missed = [];
        foreach ($targets as [$name, $value, $op, $target, $also]) {
            $met = $op === '<=' ? $value <= $target : $value >= $target;
            $verdict = $met ? 'met' : sprintf('**not met** (%s by %.0f%%)', $op === '<=' ? 'over' : 'under',
                abs($value / $target - 1) * 100);
            if (!$met) {
                $missed[] = $name;
            }
            $md[] = sprintf('| %s | %.2f | %s %.2f | %s | %s |', $name, $value, $op === '<=' ? '≤' : '≥', $target, $verdict, $also);
        }
        $md[] = '';
        $md[] = $missed === [] ? 'Every target is met.' : 'Missed: ' . implode('; ', $missed) . '. See "What limits it" below.';
        $md[] = '';

        // Per-call tables.
        $md[] = '## Per call: median µs (spread of the round medians)';
        $md[] = '';
        $md[] = sprintf('Each figure is the median over %d rounds of the median of N timed calls in one process (after a warm-up on the same '
            . 'connection); rounds interleave every client. Same nginx, same canned answers, same machine. Ratios (here and in the '
            . 'targets) are taken within each round, where the loops ran seconds apart under the same load, and the median of '
            . 'those is shown. %s',
            $this->figure('tls', 'details', 'ext')['rounds'] ?? 0, isset($r['pinned_cpu'])
                ? "Every loop and nginx's one worker ran pinned to CPU {$r['pinned_cpu']}, so a call costs the client's, the server's "
                    . 'and the kernel\'s work on one CPU, with no cross-CPU wake-ups (which vary from round to round on this machine).'
                : '**Not pinned** (no taskset): expect a wider spread.');
        $md[] = '';
        foreach (['http' => 'plain HTTP/1.1, keep-alive', 'tls' => 'TLS (HTTP/1.1), keep-alive', 'h2' => 'TLS with HTTP/2 offered (Guzzle not run: it asks for HTTP/1.1)'] as $transport => $title) {
            $md[] = "### $title";
            $md[] = '';
            $md[] = '| workload | N | extension | pure-PHP | Guzzle | C floor | ext / floor | ext / pure | ext / Guzzle | pure / floor | Guzzle / pure |';
            $md[] = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
            foreach (['details' => '`details()`', 'create' => '`create()`', 'list' => '`list()` of 100'] as $workload => $label) {
                if (!isset($r['calls'][$transport][$workload])) {
                    continue;
                }
                $cells = [];
                foreach (self::CLIENTS as $client) {
                    $fig = $this->figure($transport, $workload, $client);
                    $cells[] = $fig ? sprintf('%.1f (%.1f–%.1f)', $fig['median'], $fig['min'], $fig['max']) : '–';
                }
                $n = $this->figure($transport, $workload, 'ext')['n'];
                $rt = fn ($a, $b) => is_nan($x = $q($transport, $workload, $a, $b)) ? '–' : sprintf('%.2f', $x);
                $md[] = "| $label | $n | " . implode(' | ', $cells) . ' | ' . $rt('ext', 'floor') . ' | ' . $rt('ext', 'pure') . ' | '
                    . $rt('ext', 'guzzle') . ' | ' . $rt('pure', 'floor') . ' | ' . $rt('guzzle', 'pure') . ' |';
            }
            $md[] = '';
        }

        $md[] = '### `all()` over 10,000 customers (100 pages of 100, every customer touched)';
        $md[] = '';
        $md[] = 'One timed call is the whole walk: the extension\'s `all()` against the pure-PHP client\'s generator over `list()`.';
        $md[] = '';
        $md[] = '| transport | N | extension ms | pure-PHP ms | ext / pure |';
        $md[] = '|---|---:|---:|---:|---:|';
        $md = array_merge($md, $this->pairRows(['http' => 'plain HTTP/1.1', 'tls' => 'TLS (HTTP/1.1)'], ['all', 'ext'], ['all', 'pure'], 1));
        $md[] = '';

        $md[] = '### A new connection per call vs a reused one (TLS, `details()`)';
        $md[] = '';
        $md[] = 'Fresh: a new client for every call (the extension with `persistent => false`), so a TCP connect and a full TLS '
            . 'handshake (ECDHE P-256, certificate verified against the CA file) every time. Pinned like the other loops, the '
            . 'client\'s and the server\'s halves of the handshake run on the same CPU, one after the other.';
        $md[] = '';
        $md[] = '| client | fresh µs | reused µs | fresh / reused |';
        $md[] = '|---|---:|---:|---:|';
        foreach (self::CLIENTS as $client) {
            $fresh = $f('tls', 'fresh', $client);
            $reused = $f('tls', 'details', $client);
            $md[] = sprintf('| %s | %.0f | %.1f | %.1f |', self::LABEL[$client], $fresh, $reused, $this->crossRatio('tls', 'fresh', 'details', $client));
        }
        $md[] = '';

        $md[] = '### A batch on the connections of the one before (`createMany()` of 16, concurrency 16)';
        $md[] = '';
        $md[] = 'First: a client whose connection cache is empty (a new one with `persistent => false` before each call, made before '
            . 'the timer starts) sends 16 creates at once. Second: a batch of the same client on the connections its earlier '
            . 'batches left in the cache (a persistent client does the same with the worker\'s cache, from one PHP request to the '
            . 'next). The ratio is taken within each round. How many connections a first batch opens depends on timing: over TLS '
            . 'libcurl holds the entries until the first connection tells whether it multiplexes (`CURLOPT_PIPEWAIT`), and against '
            . 'this server, which answers in microseconds on the same CPU, they may then find it free and follow each other on it, '
            . 'or open one each; the batch after such a first one opens what it lacks, so the second batch is measured after two. '
            . 'Of a first batch\'s connections one makes a full TLS handshake and the others resume its session (the cache shares '
            . 'sessions between its handles).';
        $md[] = '';
        $md[] = '| transport | N | first batch ms | second batch ms | first / second |';
        $md[] = '|---|---:|---:|---:|---:|';
        $md = array_merge($md, $this->pairRows(['tls' => 'TLS (HTTP/1.1)', 'h2' => 'TLS with HTTP/2 offered'],
            ['batch-first', 'ext'], ['batch-second', 'ext'], 2));
        $md[] = '';
        $md[] = sprintf('New connections (a TCP connect and a TLS handshake each) of the timed batches, counted by their client\'s '
            . '`on_response`, median (and spread): TLS (HTTP/1.1) %s in a first batch, %s in a second; with HTTP/2 offered %s and %s.',
            $this->batchConnections('tls', 'batch-first', true), $this->batchConnections('tls', 'batch-second', true),
            $this->batchConnections('h2', 'batch-first', true), $this->batchConnections('h2', 'batch-second', true));
        $md[] = '';
        if (isset($r['callgrind_batch'])) {
            $b = $r['callgrind_batch'];
            $md[] = sprintf('In instructions (callgrind, collected inside `createMany()`, TLS with HTTP/1.1; %d batches of each kind): a first '
                . 'batch %s, on %s new connections (mean); a second %s, on %s: %.1f to 1. Under valgrind the client runs many times '
                . 'slower than nginx answers, so more of a first batch\'s entries are in flight together and open connections of '
                . 'their own; how many still depends on timing, and so does this ratio. What does not: each new connection costs the '
                . 'client about %s instructions (the difference between the two batches over the difference of their connections: '
                . 'an SSL context, the CA file read again, the handshake), %.0f times an entry of a second batch.', $b['batch-first']['n'],
                self::count($cgBatch('batch-first')), self::figureText($b['batch-first']['new_connections']),
                self::count($cgBatch('batch-second')), self::figureText($b['batch-second']['new_connections']),
                $ratio($cgBatch('batch-first'), $cgBatch('batch-second')), self::count($this->perConnection()),
                $this->perConnection() / ($cgBatch('batch-second') / BENCH_BATCH_ENTRIES));
            $md[] = '';
        }

        $md[] = '### Decoding answers (no network)';
        $md[] = '';
        $decodePhp = $f('memory', 'decode', 'pure');
        $decodeC = $f('memory', 'decode', 'floor');
        $md[] = sprintf('In a PHP script, `json_decode($page, true)` of a 100-customer page (%s of JSON): %.1f µs; in C, cJSON\'s '
            . '`cJSON_Parse` + `cJSON_Delete` of the same page: %.1f µs.', self::bytes($mem['page_bytes_json']), $decodePhp, $decodeC);
        $md[] = '';
        if (isset($r['decoders'])) {
            $md[] = 'The decoders compared (`decoders/`: each builds the same PHP arrays in a process embedding PHP, checked identical to '
                . '`json_decode`\'s; pinned, interleaved rounds; instructions from callgrind, collected inside the decode only): '
                . 'PHP\'s parser (what `json_decode($json, true)` runs), the extension\'s decoder (`ext/decode.c`), and simdjson\'s '
                . 'DOM parser (Debian\'s libsimdjson-dev) followed by a walk of its tape into the same zvals, with the same interned '
                . 'keys and final-size arrays, once copying the JSON into its padded buffer (as it must for an answer body) and once '
                . 'reading it in place.';
            $md[] = '';
            $md[] = '| answer | decoder | µs (spread of rounds) | / json_decode | instructions | / json_decode |';
            $md[] = '|---|---|---:|---:|---:|---:|';
            $names = ['json' => 'PHP\'s parser (json_decode)', 'cashfin' => 'the extension\'s decoder', 'simdjson' => 'simdjson, copying',
                'simdjson_padded' => 'simdjson, in place'];
            foreach ($r['decoders'] as $answer => $d) {
                foreach ($names as $candidate => $label) {
                    $t = $d['time'][$candidate];
                    $i = $d['instructions'][$candidate];
                    $md[] = sprintf('| %s (%s) | %s | %.2f (%.2f–%.2f) | %.2f | %s | %.2f |', $answer === 'page' ? '100-customer page' : '`details()`',
                        self::bytes($d['time']['bytes']), $label, $t['median_us'], $t['min_us'], $t['max_us'],
                        $t['median_us'] / $d['time']['json']['median_us'], self::count($i), $i / $d['instructions']['json']);
                }
            }
            $md[] = '';
        }

        // FPM.
        $md[] = '## PHP-FPM page over TLS under wrk';
        $md[] = '';
        $md[] = sprintf('wrk -t1 -c8, %d rounds of %d s per page, interleaved; FPM pool: %d static workers, opcache on. Each page view '
            . 'constructs a client and makes one `details()` call over TLS to the API (nginx, canned answer). API connections: distinct '
            . 'TCP connections in nginx\'s access log of the API port during that page\'s runs.',
            count($r['fpm']['ext'] ?? []), $this->quick ? 3 : 5, $r['fpm_workers']);
        $md[] = '';
        $md[] = '| page | req/s (median) | rounds | / empty page (median of rounds) | API requests (per round) | API connections (per round) | non-2xx |';
        $md[] = '|---|---:|---|---:|---|---|---:|';
        $empty = $fpmRps('empty');
        foreach (['empty' => 'no API call', 'ext' => 'extension', 'pure' => 'pure-PHP client', 'guzzle' => 'Guzzle'] as $fpmPage => $label) {
            $runs = $r['fpm'][$fpmPage] ?? [];
            $md[] = sprintf('| %s | %.0f | %s | %.2f | %s | %s | %d |', $label, $fpmRps($fpmPage),
                implode(', ', array_map(fn ($x) => sprintf('%.0f', $x['rps']), $runs)), $this->fpmRatio($fpmPage, 'empty'),
                implode(', ', array_column($runs, 'api_requests')), implode(', ', array_column($runs, 'api_connections')),
                array_sum(array_column($runs, 'non_2xx')) + array_sum(array_column($runs, 'socket_errors')));
        }
        $md[] = '';
        $md[] = sprintf('Extension: %d distinct API connections over all its rounds, for %d FPM workers (%s: at most one per worker).',
            $r['fpm_ext_connections_all_rounds'], $r['fpm_workers'],
            $r['fpm_ext_connections_all_rounds'] <= $r['fpm_workers'] ? 'met' : '**not met**');
        $md[] = '';

        // Memory.
        $md[] = '## `all()` over 10,000 customers: memory';
        $md[] = '';
        $md[] = 'Each line is a process of its own; "growth" is the peak minus the usage just before the work (the client constructed '
            . 'and one call made). VmHWM is the peak resident set of the whole process, malloc()ed libcurl and extension buffers included.';
        $md[] = '';
        $md[] = '| run | customers | usage before | peak | growth | real before | real peak | real growth | VmHWM |';
        $md[] = '|---|---:|---:|---:|---:|---:|---:|---:|---:|';
        foreach (['page' => 'one `list()` of 100, held (a page)', 'all' => 'extension `all()`', 'pure-all' => 'pure-PHP `all()` (generator)'] as $mode => $label) {
            $m = $mem[$mode];
            $md[] = sprintf('| %s | %d | %s | %s | %s | %s | %s | %s | %s |', $label, $m['count'], self::bytes($m['baseline']),
                self::bytes($m['peak']), self::bytes($m['peak'] - $m['baseline']), self::bytes($m['baseline_real']),
                self::bytes($m['peak_real']), self::bytes($m['peak_real'] - $m['baseline_real']), self::bytes((int) $m['vm_hwm']));
        }
        $md[] = '';
        $md[] = sprintf('A page (100 decoded customers) holds %s of PHP memory (%s of JSON). Budget: two pages + 1 MiB = %s. '
            . '`all()`: peak growth %s (memory_get_peak_usage()), %s real (memory_get_peak_usage(true), which moves in 2 MiB chunks): %s.',
            self::bytes($page), self::bytes($mem['page_bytes_json']), self::bytes($budget), self::bytes($growth), self::bytes($growthReal),
            $growth <= $budget && $growthReal <= $budget ? 'both within the budget' : ($growth <= $budget ? 'the first within the budget, the real one not' : '**over the budget**'));
        $md[] = '';

        // Callgrind.
        $md[] = '## Instructions per call (callgrind)';
        $md[] = '';
        $md[] = 'valgrind --tool=callgrind, collecting only inside the measured method (`--toggle-collect=zim_Cashfin_Customers_<method>`; '
            . 'for the floor, its `measured_call()`), after warm-up calls through another method. User-space instructions only: '
            . 'the kernel\'s share of a call (sockets, poll) is not counted, which is why these figures do not drift between runs.';
        $md[] = '';
        $md[] = '| call | transport | extension total | of which cashfin.so | php (Zend, ext/json) | libcurl | libc | OpenSSL | cJSON | C floor total | ext / floor |';
        $md[] = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
        foreach ($r['callgrind']['ext'] ?? [] as $transport => $methods) {
            foreach ($methods as $method => $d) {
                $fl = $r['callgrind']['floor'][$transport][$method]['total'] ?? NAN;
                $o = $d['objects'];
                $md[] = sprintf('| `%s()` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f |', $method, $transport, self::count($d['total']),
                    self::count($o['cashfin.so'] ?? 0), self::count($o['php (Zend, ext/json)'] ?? 0), self::count($o['libcurl'] ?? 0),
                    self::count($o['libc'] ?? 0), self::count($o['OpenSSL'] ?? 0), self::count($o['cJSON'] ?? 0), self::count($fl), $ratio($d['total'], $fl));
            }
        }
        $md[] = '';
        if (isset($r['callgrind_delta'])) {
            $md[] = 'Whole process, the same way for every client (the PHP loop, the client, PHP, libcurl, libc; plain HTTP): the '
                . 'instruction count of a run with N2 calls minus one with N1, divided by N2 - N1.';
            $md[] = '';
            $md[] = '| call | extension | pure-PHP | C floor | ext / pure | ext / floor | pure / floor |';
            $md[] = '|---|---:|---:|---:|---:|---:|---:|';
            foreach ($r['callgrind_delta'] as $workload => $d) {
                $md[] = sprintf('| `%s()`%s | %s | %s | %s | %.2f | %.2f | %.2f |', $workload, $workload === 'list' ? ' of 100' : '',
                    self::count($d['ext']), self::count($d['pure']), self::count($d['floor']), $ratio($d['ext'], $d['pure']),
                    $ratio($d['ext'], $d['floor']), $ratio($d['pure'], $d['floor']));
            }
            $md[] = '';
        }
        foreach ($r['callgrind']['ext']['http'] ?? [] as $method => $d) {
            $md[] = "<details><summary><code>$method()</code> over HTTP: costliest functions (self instructions per call)</summary>";
            $md[] = '';
            $md[] = '| function | object | per call |';
            $md[] = '|---|---|---:|';
            foreach (array_slice($d['top'], 0, 15) as $fn) {
                $md[] = sprintf('| `%s` | %s | %s |', $fn['function'], $fn['object'], self::count($fn['per_call']));
            }
            $md[] = '';
            $md[] = 'In cashfin.so: ' . implode(', ', array_map(fn ($fn) => sprintf('`%s` %s', $fn['function'], self::count($fn['per_call'])),
                array_slice($d['own'], 0, 10))) . '.';
            $md[] = '';
            $md[] = '</details>';
            $md[] = '';
        }
        $md = array_merge($md, $this->limits($missed));
        $md[] = '## Run log';
        $md[] = '';
        $md[] = '```';
        foreach ($this->log as $line) {
            $md[] = $line;
        }
        $md[] = '```';
        file_put_contents($this->out, implode("\n", $md) . "\n");
        fwrite(STDOUT, "bench: wrote $this->out\n");
        foreach ($targets as [$name, $value, $op, $target]) {
            printf("  %-75s %6.2f  (target %s %.2f)\n", strip_tags(str_replace('`', '', $name)), $value, $op, $target);
        }
    }

    /** "What limits it": the figures behind each missed target, from this run's callgrind profiles. */
    private function limits(array $missed): array
    {
        $r = $this->results;
        $ext = $r['callgrind']['ext']['http'] ?? [];
        $floor = $r['callgrind']['floor']['http'] ?? [];
        if (!isset($ext['details'], $floor['details'], $ext['list'])) {
            return [];
        }
        $md = ['## What limits it', ''];
        $md[] = $missed === [] ? 'Every target is met; the profile below is where the remaining time goes.' :
            'Figures from the callgrind profiles above (plain HTTP, instructions per call); wall time follows instructions, '
            . 'at a lower rate in the PHP processes (cold, allocation-heavy code between two system calls).';
        $md[] = '';
        $e = $ext['details'];
        $f = $floor['details'];
        $i = fn (array $d, string $name) => $d['inclusive'][$name] ?? 0;
        $extRest = $e['total'] - $i($e, 'curl_easy_perform') - $i($e, 'read_success') - $i($e, 'cf_http_begin')
            - $i($e, 'cashfin_customers_remember');
        $floorRest = $f['total'] - $i($f, 'curl_easy_perform') - $i($f, 'cJSON_ParseWithLength') - $i($f, 'cJSON_Delete');
        $we = $r['callgrind_delta']['details']['ext'] ?? NAN;
        $wp = $r['callgrind_delta']['details']['pure'] ?? NAN;
        $relation = $we > $wp * 1.02 ? 'more work per call than' : ($we < $wp * 0.98 ? 'less work per call than' : 'about as much work per call as');
        $md[] = sprintf('- **`details()` vs the C floor**: %s vs %s instructions per call (%s%s). The transfer: `curl_easy_perform` %s '
            . 'for the extension, of which %s in its header callback (`collect_header`, which appends each answer header line '
            . 'to the raw header block), against %s for the floor. The decode: `read_success` (the extension\'s decoder straight into zvals) %s '
            . 'against cJSON\'s parse + delete %s (PHP frees the zvals later, outside this count). What the floor has no '
            . 'counterpart for: the per-call request setup `cf_http_begin` %s, the bookkeeping for `lastResponse()` '
            . '`cashfin_customers_remember` %s (it frees the previous answer\'s headers), the header callback above, and %s of '
            . 'the rest (arguments, id check, envelope, timing) against the floor\'s %s. Over the whole process the extension '
            . 'runs %s instructions per `details()`, the pure-PHP client %s and the floor %s: the extension does %s the pure-PHP '
            . 'client.',
            self::count($e['total']), self::count($f['total']), $e['total'] >= $f['total'] ? '+' : '−',
            self::count(abs($e['total'] - $f['total'])),
            self::count($i($e, 'curl_easy_perform')), self::count($i($e, 'collect_header')), self::count($i($f, 'curl_easy_perform')),
            self::count($i($e, 'read_success')), self::count($i($f, 'cJSON_ParseWithLength') + $i($f, 'cJSON_Delete')),
            self::count($i($e, 'cf_http_begin')), self::count($i($e, 'cashfin_customers_remember')), self::count($extRest),
            self::count($floorRest), self::count($we), self::count($wp), self::count($r['callgrind_delta']['details']['floor'] ?? NAN),
            $relation);
        $l = $ext['list'];
        $delta = $r['callgrind_delta']['list'] ?? null;
        $jsonPage = $r['decoders']['page']['instructions']['json'] ?? NAN;
        $md[] = sprintf('- **`list()` vs the pure-PHP client**: the extension decodes a 100-customer page in %s instructions (`read_success`, '
            . 'its decoder and the envelope checks), where PHP\'s parser, which the pure-PHP client\'s `json_decode` runs, takes %s; '
            . 'the decode is now %.0f%% of the extension\'s %s instructions per `list()`, the transfer (`curl_easy_perform`) %.0f%%. '
            . 'Whole process: %s (extension) and %s (pure-PHP) instructions per call, %.2f. The rest of the wall-time ratio is '
            . 'what both pay alike: the server, the kernel and the network stack, and TLS.',
            self::count($i($l, 'read_success')), self::count($jsonPage), 100 * $i($l, 'read_success') / max(1, $l['total']),
            self::count($l['total']), 100 * $i($l, 'curl_easy_perform') / max(1, $l['total']),
            $delta ? self::count($delta['ext']) : '–', $delta ? self::count($delta['pure']) : '–',
            $delta ? $delta['ext'] / $delta['pure'] : NAN);
        $first = $this->figure('tls', 'batch-first', 'ext');
        $second = $this->figure('tls', 'batch-second', 'ext');
        if ($first && $second) {
            $md[] = $this->batchLimits($first, $second);
        }
        $md[] = '';
        return $md;
    }

    private function versions(): array
    {
        $cpu = preg_match('/^model name\s*:\s*(.+)$/m', (string) @file_get_contents('/proc/cpuinfo'), $m) ? trim($m[1]) : php_uname('m');
        $mem = preg_match('/^MemTotal:\s+(\d+) kB/m', (string) @file_get_contents('/proc/meminfo'), $mm) ? sprintf('%.0f GiB', $mm[1] / 1048576) : '?';
        $pkg = fn (string $name) => trim((string) shell_exec('dpkg-query -W -f=\'${Version}\' ' . escapeshellarg($name) . ' 2>/dev/null')) ?: '?';
        $curl = curl_version();
        $repo = dirname(__DIR__);
        $commit = trim((string) shell_exec('git -C ' . escapeshellarg($repo) . ' rev-parse --short HEAD 2>/dev/null')) ?: '?';
        $dirty = trim((string) shell_exec('git -C ' . escapeshellarg($repo) . ' status --porcelain -- ext config.m4 2>/dev/null')) !== '' ? ' (ext/ with uncommitted changes)' : '';
        $os = preg_match('/^PRETTY_NAME="(.+)"$/m', (string) @file_get_contents('/etc/os-release'), $osm) ? $osm[1] : PHP_OS;
        return [
            'machine' => sprintf('%s, %d cores, %s RAM; %s, kernel %s', $cpu, (int) trim((string) shell_exec('nproc')), $mem, $os, php_uname('r')),
            'extension' => "cashfin at commit $commit$dirty, built with `phpize && ./configure --enable-cashfin && make` (-g -O2)",
            'PHP' => PHP_VERSION . ' (CLI and FPM, NTS; opcache on in FPM, JIT off)',
            'libcurl' => $curl['version'] . ' (' . $curl['ssl_version'] . ', nghttp2 ' . $pkg('libnghttp2-14') . '; Debian ' . $pkg('libcurl4') . ')',
            'cJSON' => trim((string) shell_exec('pkg-config --modversion libcjson 2>/dev/null')) . ' (Debian ' . $pkg('libcjson1') . ')',
            'nginx' => trim(str_replace('nginx version: nginx/', '', (string) shell_exec('nginx -v 2>&1'))) . ' (Debian ' . $pkg('nginx') . ')',
            'Guzzle' => $pkg('php-guzzlehttp-guzzle') . ' (Debian php-guzzlehttp-guzzle)',
            'wrk / valgrind / gcc' => $pkg('wrk') . ' / ' . $pkg('valgrind') . ' / ' . trim((string) shell_exec('gcc -dumpfullversion 2>/dev/null')),
            'load' => 'load average at the end: ' . implode(' ', array_map(fn ($x) => sprintf('%.2f', $x), sys_getloadavg()))
                . ' (other work on the machine shows as spread between rounds)',
        ];
    }

    /* ---- helpers ---------------------------------------------------------------------------- */

    /** PHP with Debian's CLI conf.d (curl, ...) minus any system-wide cashfin, plus the .so under test. */
    private function php(): array
    {
        return [PHP_BINARY, '-d', "extension=$this->ext"];
    }

    private function phpEnvironment(): array
    {
        $scan = "$this->work/cli-conf.d";
        @mkdir($scan, 0700, true);
        $dir = '/etc/php/' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '/cli/conf.d';
        foreach (glob("$dir/*.ini") ?: [] as $ini) {
            if (!preg_match('/cashfin/i', (string) file_get_contents($ini)) && !file_exists("$scan/" . basename($ini))) {
                symlink($ini, "$scan/" . basename($ini));
            }
        }
        return ['PHP_INI_SCAN_DIR' => $scan, 'PATH' => getenv('PATH') ?: '/usr/sbin:/usr/bin:/sbin:/bin', 'HOME' => getenv('HOME') ?: '/root',
            'LANG' => 'C'];
    }

    /** Runs a command (no shell), returns its last stdout line (or all of it); throws when it fails. */
    private function exec(array $command, bool $lastLine = true, int $timeout = 120): string
    {
        $proc = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes,
            null, $this->env);
        if (!is_resource($proc)) {
            throw new RuntimeException('cannot run ' . $command[0]);
        }
        stream_set_blocking($pipes[1], false);
        stream_set_blocking($pipes[2], false);
        $out = $err = '';
        $deadline = microtime(true) + $timeout;
        while (true) {
            $read = [$pipes[1], $pipes[2]];
            $write = $except = null;
            if (@stream_select($read, $write, $except, 0, 200000) > 0) {
                foreach ($read as $pipe) {
                    $chunk = (string) fread($pipe, 65536);
                    $pipe === $pipes[1] ? $out .= $chunk : $err .= $chunk;
                }
            }
            $status = proc_get_status($proc);
            if (!$status['running']) {
                $out .= stream_get_contents($pipes[1]);
                $err .= stream_get_contents($pipes[2]);
                break;
            }
            if (microtime(true) > $deadline) {
                proc_terminate($proc, 9);
                throw new RuntimeException(implode(' ', $command) . " did not finish within $timeout s");
            }
        }
        fclose($pipes[1]);
        fclose($pipes[2]);
        proc_close($proc);
        $code = $status['exitcode'];
        if ($code !== 0) {
            throw new RuntimeException(implode(' ', $command) . " failed (exit $code):\n$err\n$out");
        }
        if (!$lastLine) {
            return $out . $err;
        }
        $lines = array_values(array_filter(explode("\n", $out), fn ($l) => str_starts_with($l, '{')));
        if ($lines === []) {
            throw new RuntimeException(implode(' ', $command) . " printed no result:\n$err\n$out");
        }
        return end($lines);
    }

    private function say(string $message): void
    {
        $line = sprintf('[%5.0f s] %s', microtime(true) - $this->started, $message);
        $this->log[] = $line;
        fwrite(STDOUT, "bench: $line\n");
    }

    private static function median(array $values): float
    {
        if ($values === []) {
            return NAN;
        }
        sort($values);
        $n = count($values);
        return $n % 2 ? (float) $values[intdiv($n, 2)] : ($values[$n / 2 - 1] + $values[$n / 2]) / 2;
    }

    private static function bytes(int|float $bytes): string
    {
        $sign = $bytes < 0 ? '-' : '';
        $bytes = abs($bytes);
        return $sign . match (true) {
            $bytes >= 1048576 => sprintf('%.2f MiB', $bytes / 1048576),
            $bytes >= 10240 || $bytes == 0 => sprintf('%.0f KiB', $bytes / 1024),
            default => sprintf('%d bytes', $bytes),
        };
    }

    /** Instructions a new connection costs the client: the two batches' difference over the difference of their connections. */
    private function perConnection(): float
    {
        $b = $this->results['callgrind_batch'] ?? [];
        $connections = ($b['batch-first']['new_connections'] ?? NAN) - ($b['batch-second']['new_connections'] ?? NAN);
        return $connections > 0 ? (($b['batch-first']['total'] ?? NAN) - ($b['batch-second']['total'] ?? NAN)) / $connections : NAN;
    }

    /** What separates a first batch from a second, from this run's figures. */
    private function batchLimits(array $first, array $second): string
    {
        $r = $this->results;
        $full = ($this->figure('tls', 'fresh', 'ext')['median'] ?? NAN) - ($this->figure('tls', 'details', 'ext')['median'] ?? NAN);
        $extra = $first['median'] - $second['median'];
        $opened = (float) $this->batchConnections('tls', 'batch-first');
        $how = $opened > 1
            ? sprintf('one full TLS handshake (%.0f µs more than a reused connection here: the `fresh` figure) and %s that resume '
                . 'its TLS session (the cache shares sessions between its handles), about %.0f µs each', $full, self::figureText($opened - 1),
                ($extra - $full) / ($opened - 1))
            : sprintf('one full TLS handshake (%.0f µs more than a reused connection here: the `fresh` figure); its entries then '
                . 'followed each other on that connection as it came free (libcurl waits for it to say whether it multiplexes, and '
                . 'against a server that answers at once the waiting entries find it free)', $full);
        $cg = $r['callgrind_batch'] ?? [];
        return sprintf('- **A second batch vs the first** (TLS, HTTP/1.1): %.2f vs %.2f ms. The second opens no connection (%s) and '
            . 'costs what its 16 creates cost, %.0f µs an entry, where one `create()` takes %.0f µs (on one CPU against a server that '
            . 'answers at once, 16 at a time are no cheaper than one after another). The first adds what its new connections (%s) '
            . 'cost, %.2f ms: %s. That is the whole difference on loopback, where a connection costs CPU only; on a network each '
            . 'new connection also costs the round trips of its TCP and TLS handshakes, two before the request\'s own, which a '
            . 'second batch never pays. In instructions a first batch (on %s new connections under callgrind) is %.1f times a '
            . 'second, and a first batch that opens one connection per entry costs about %.0f times a second (%s instructions a '
            . 'connection).', $first['median'] / 1000, $second['median'] / 1000, $this->batchConnections('tls', 'batch-second'),
            $second['median'] / BENCH_BATCH_ENTRIES, $this->figure('tls', 'create', 'ext')['median'] ?? NAN,
            self::figureText($opened), $extra / 1000, $how, self::figureText($cg['batch-first']['new_connections'] ?? null),
            ($cg['batch-first']['total'] ?? NAN) / ($cg['batch-second']['total'] ?? NAN),
            (BENCH_BATCH_ENTRIES * $this->perConnection() + ($cg['batch-second']['total'] ?? NAN)) / ($cg['batch-second']['total'] ?? NAN),
            self::count($this->perConnection()));
    }

    /** The new connections of the timed batches of a kind (loop.php counts them): the median, and the spread when there is one. */
    private function batchConnections(string $transport, string $workload, bool $spread = false): string
    {
        $counts = array_merge(...array_column($this->results['calls'][$transport][$workload]['ext'] ?? [], 'new_connections'));
        if ($counts === []) {
            return '–';
        }
        $median = self::figureText(self::median($counts));
        return $spread && min($counts) !== max($counts) ? sprintf('%s (%d–%d)', $median, min($counts), max($counts)) : $median;
    }

    /** A count that may be a fraction (a mean) or missing. */
    private static function figureText(int|float|null $value): string
    {
        return $value === null || is_nan((float) $value) ? '–' : rtrim(rtrim(sprintf('%.1f', $value), '0'), '.');
    }

    /** A figure of µs in ms: "median (smallest–largest round)". */
    private static function inMs(array $figure, int $decimals): string
    {
        $ms = fn (string $key) => number_format($figure[$key] / 1000, $decimals, '.', '');
        return sprintf('%s (%s–%s)', $ms('median'), $ms('min'), $ms('max'));
    }

    private static function count(float $n): string
    {
        return is_nan($n) ? '–' : number_format($n / 1000, 1) . 'k';
    }
}

$options = getopt('', ['ext:', 'floor:', 'work:', 'decoders::', 'out::', 'quick', 'from:']);
if (isset($options['from'])) {
    (new Bench('', '', '', $options['out'] ?? __DIR__ . '/RESULTS.md', false))->rewrite($options['from']);
    exit(0);
}
foreach (['ext', 'floor', 'work'] as $required) {
    if (!isset($options[$required])) {
        fwrite(STDERR, "usage: php bench/bench.php --ext=cashfin.so --floor=floor --work=DIR [--decoders=decoders] [--out=RESULTS.md] [--quick]\n");
        exit(1);
    }
}
(new Bench(realpath($options['ext']) ?: $options['ext'], realpath($options['floor']) ?: $options['floor'],
    $options['work'], $options['out'] ?? __DIR__ . '/RESULTS.md', isset($options['quick']),
    isset($options['decoders']) ? (realpath($options['decoders']) ?: $options['decoders']) : ''))->run();
