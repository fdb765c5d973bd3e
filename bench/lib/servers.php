<?php

/*
 * The benchmark's own servers, all on loopback ports that were free, in one
 * private directory, never the system's nginx or php-fpm services:
 *
 *   nginx "api", serving the canned answers (canned.php) to the per-call loops: one worker, pinned to
 *   one CPU (the loops are pinned to the same one: see below)
 *     api_http    http://127.0.0.1:P    HTTP/1.1, keep-alive
 *     api_https   https://127.0.0.1:P   TLS 1.2/1.3, HTTP/1.1 only (ALPN offers no h2): every client speaks
 *                                       the same protocol
 *     api_h2      https://127.0.0.1:P   the same with HTTP/2 offered, for the informational h2 row
 *   nginx "fpm", for the PHP-FPM test: two workers, not pinned
 *     api_fpm     https://127.0.0.1:P   as api_https, with an access log that records nginx's connection
 *                                       serial number of every request: the API connections FPM pages opened
 *     pages       http://127.0.0.1:P    bench/pages/*.php through the FPM pool
 *   php-fpm, one static pool for the pages, with the extension under test loaded.
 *
 * Why pinned: a call is a ping-pong between the client and nginx. When the scheduler puts both on one
 * CPU a call costs their instructions and the kernel's; when it puts them on two, every hand-over is a
 * cross-CPU wake-up, which on this kind of virtual machine doubles the time and varies from round to
 * round. Left alone it does either, so a loop's figure would depend on where it landed. Pinned, every
 * client meets the same server on the same CPU.
 *
 * The server side is as cheap as nginx can make it: no gzip, no access log on the
 * measured ports, answers from a `return` in the configuration or a static file.
 * A request without an Authorization header gets the documented 401, so every
 * client is seen to send its secret.
 */

require_once __DIR__ . '/canned.php';

final class BenchServers
{
    public array $urls = [];
    public string $ca;
    public int $fpmWorkers;
    /** @var array<string, resource> */
    private array $procs = [];

    public function __construct(private string $dir, private string $extension, private string $pagesDir,
                                int $fpmWorkers = 4, public int $cpu = 0)
    {
        $this->fpmWorkers = $fpmWorkers;
        $this->ca = "$dir/tls/ca.pem";
    }

    public function start(): void
    {
        foreach (['tls', 'nginx-temp', 'canned', 'conf.d'] as $sub) {
            @mkdir("$this->dir/$sub", 0700, true);
        }
        $this->certificates();
        bench_write_canned("$this->dir/canned");
        $this->startFpm();
        for ($attempt = 1; ; $attempt++) {
            $ports = self::freePorts(5);
            $this->urls = [
                'api_http' => "http://127.0.0.1:{$ports[0]}",
                'api_https' => "https://127.0.0.1:{$ports[1]}",
                'api_h2' => "https://127.0.0.1:{$ports[2]}",
                'api_fpm' => "https://127.0.0.1:{$ports[3]}",
                'pages' => "http://127.0.0.1:{$ports[4]}",
            ];
            foreach (['api', 'fpm'] as $which) {
                file_put_contents("$this->dir/nginx-$which.conf", $this->nginxConf($which, $ports));
                @unlink("$this->dir/nginx-$which-error.log");
                @unlink("$this->dir/nginx-$which.pid");
                $this->spawn("nginx-$which", [self::which('nginx') ?? 'nginx', '-p', "$this->dir/", '-c',
                    "$this->dir/nginx-$which.conf", '-e', "$this->dir/nginx-$which-error.log"]);
            }
            $status = $this->waitReady(microtime(true) + 10);
            if ($status === 'ready') {
                return;
            }
            $this->stopProcess('nginx-api');
            $this->stopProcess('nginx-fpm');
            if ($status !== 'port taken' || $attempt >= 5) {
                throw new RuntimeException("nginx did not start: $status\n" . $this->logs());
            }
        }
    }

    public function stop(): void
    {
        foreach (['nginx-api', 'nginx-fpm', 'php-fpm'] as $name) {
            $this->stopProcess($name);
        }
    }

    /** Empties the access log of the api_fpm port (nginx appends with O_APPEND, so truncation in place works). */
    public function resetFpmLog(): void
    {
        $file = "$this->dir/api-fpm-access.log";
        if (is_file($file)) {
            $handle = fopen($file, 'r+');
            ftruncate($handle, 0);
            fclose($handle);
        }
    }

    /** Requests and distinct connections in the api_fpm access log: ['requests' => n, 'connections' => [serial => n]]. */
    public function fpmLog(): array
    {
        $file = "$this->dir/api-fpm-access.log";
        $connections = [];
        $requests = 0;
        $statuses = [];
        foreach (is_file($file) ? (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: []) : [] as $line) {
            [$connection, $status] = explode(' ', $line) + [1 => ''];
            $connections[$connection] = ($connections[$connection] ?? 0) + 1;
            $statuses[$status] = ($statuses[$status] ?? 0) + 1;
            $requests++;
        }
        return ['requests' => $requests, 'connections' => $connections, 'statuses' => $statuses];
    }

    public function logs(): string
    {
        $text = '';
        foreach (['nginx-api-error.log', 'nginx-api.out', 'nginx-fpm-error.log', 'nginx-fpm.out', 'php-fpm.log', 'php-fpm.out',
                  'php-error.log'] as $file) {
            $content = trim((string) @file_get_contents("$this->dir/$file"));
            if ($content !== '') {
                $text .= "--- $file\n" . substr($content, -4000) . "\n";
            }
        }
        return $text;
    }

    /** Live pids of the FPM pool's workers. */
    public function fpmWorkerPids(): array
    {
        $master = isset($this->procs['php-fpm']) ? proc_get_status($this->procs['php-fpm'])['pid'] : 0;
        $children = [];
        foreach (glob('/proc/[0-9]*/stat') ?: [] as $file) {
            $stat = (string) @file_get_contents($file);
            $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
            if ($stat !== '' && (int) ($fields[1] ?? 0) === $master) {
                $children[] = (int) basename(dirname($file));
            }
        }
        return $children;
    }

    private function certificates(): void
    {
        $dir = "$this->dir/tls";
        file_put_contents("$dir/openssl.cnf", implode("\n", [
            '[req]', 'distinguished_name = dn', 'prompt = no', '[dn]', 'CN = bench',
            '[ca_ext]', 'basicConstraints = critical, CA:TRUE', 'keyUsage = critical, keyCertSign, cRLSign',
            'subjectKeyIdentifier = hash',
            '[server_ext]', 'basicConstraints = critical, CA:FALSE', 'keyUsage = critical, digitalSignature',
            'extendedKeyUsage = serverAuth', 'subjectAltName = IP:127.0.0.1, DNS:localhost',
            'authorityKeyIdentifier = keyid', '']));
        // EC P-256: what a modern API presents, and made in a millisecond.
        $ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
        self::run(array_merge([self::which('openssl') ?? 'openssl', 'req', '-config', 'openssl.cnf', '-x509'], $ec, ['-keyout', 'ca.key',
            '-out', 'ca.pem', '-days', '1', '-subj', '/CN=cashfin bench throwaway CA', '-extensions', 'ca_ext']), $dir);
        self::run(array_merge(['openssl', 'req', '-config', 'openssl.cnf', '-new'], $ec, ['-keyout', 'server.key',
            '-out', 'server.csr', '-subj', '/CN=127.0.0.1']), $dir);
        self::run(['openssl', 'x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key',
            '-set_serial', '0x' . bin2hex(random_bytes(8)), '-days', '1', '-out', 'server.pem',
            '-extfile', 'openssl.cnf', '-extensions', 'server_ext'], $dir);
    }

    private function startFpm(): void
    {
        $dir = $this->dir;
        // Debian's FPM configuration directory (opcache, curl, ...) minus any cashfin of the system's:
        // the pool loads the .so under test, and only that one.
        $scan = '/etc/php/' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '/fpm/conf.d';
        foreach (glob("$scan/*.ini") ?: [] as $ini) {
            if (!preg_match('/cashfin/i', (string) file_get_contents($ini))) {
                symlink($ini, "$dir/conf.d/" . basename($ini));
            }
        }
        file_put_contents("$dir/php.ini", implode("\n", ['memory_limit = 128M', 'display_errors = Off',
            'log_errors = On', "error_log = $dir/php-error.log", 'opcache.enable = 1', 'opcache.validate_timestamps = 0',
            "extension = $this->extension", '']));
        $conf = "[global]\npid = $dir/php-fpm.pid\nerror_log = $dir/php-fpm.log\ndaemonize = no\n"
            . "[pages]\nlisten = $dir/pages.sock\nlisten.backlog = 1024\n"
            . "pm = static\npm.max_children = $this->fpmWorkers\npm.max_requests = 0\n"
            . "clear_env = yes\ncatch_workers_output = yes\n";
        file_put_contents("$dir/php-fpm.conf", $conf);
        $fpm = 'php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION;
        $command = [self::which($fpm) ?? self::which('php-fpm') ?? $fpm, '--nodaemonize', '--fpm-config',
            "$dir/php-fpm.conf", '-c', "$dir/php.ini"];
        if (self::isRoot()) {
            $command[] = '--allow-to-run-as-root';
        }
        $this->spawn('php-fpm', $command, ['PHP_INI_SCAN_DIR' => "$dir/conf.d", 'PATH' => getenv('PATH') ?: '/usr/bin:/bin']);
        $deadline = microtime(true) + 10;
        while (!file_exists("$dir/pages.sock")) {
            if (!proc_get_status($this->procs['php-fpm'])['running'] || microtime(true) > $deadline) {
                throw new RuntimeException("php-fpm did not start\n" . $this->logs());
            }
            usleep(5000);
        }
    }

    private function nginxConf(string $which, array $ports): string
    {
        $d = $this->dir;
        $canned = "$d/canned";
        $details = (string) file_get_contents("$canned/details.json");
        $create = (string) file_get_contents("$canned/create.json");
        $unauthorized = '{"success":false,"message":"Unauthorized access!"}';
        $api = <<<API
                    default_type application/json;
                    add_header X-RateLimit-Limit 25 always;
                    add_header X-RateLimit-Remaining 24 always;
                    add_header X-RateLimit-Reset 1900000000 always;
                    add_header X-Request-Id req_\$request_id always;
                    if (\$http_authorization = "") {
                        return 401 '$unauthorized';
                    }
                    location ~ "^/business/customer/details/[0-9a-fA-F]{24}\$" {
                        return 200 '$details';
                    }
                    location = /business/customer/create {
                        return 201 '$create';
                    }
                    location = /business/customer/list {
                        root $canned;
                        try_files /list-\$bench_page.json =404;
                    }
                    location / {
                        return 404 '{"success":false,"error":"Not found"}';
                    }

            API;
        $tls = "        ssl_certificate $d/tls/server.pem;\n        ssl_certificate_key $d/tls/server.key;\n";
        $user = self::isRoot() ? "user root root;\n" : '';
        $temp = '';
        foreach (['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'] as $kind) {
            @mkdir("$d/nginx-temp/$kind", 0700, true);
            $temp .= "    {$kind}_temp_path $d/nginx-temp/$kind;\n";
        }
        $conf = "daemon off;\nmaster_process on;\n$user"
            . ($which === 'api' ? "worker_processes 1;\nworker_cpu_affinity " . str_pad('1', $this->cpu + 1, '0') . ";\n"
                : "worker_processes 2;\n")
            . "pid $d/nginx-$which.pid;\nerror_log $d/nginx-$which-error.log warn;\n"
            . "events {\n    worker_connections 4096;\n}\n"
            . "http {\n$temp"
            . "    server_tokens off;\n    access_log off;\n    gzip off;\n"
            . "    keepalive_timeout 600s;\n    keepalive_requests 1000000;\n"
            . "    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_session_cache shared:bench-$which:4m;\n"
            . "    log_format connections '\$connection \$status';\n"
            // list?page=N: file list-N.json; no page is page 1.
            . "    map \$arg_page \$bench_page {\n        default \$arg_page;\n        \"\" 1;\n    }\n";
        if ($which === 'api') {
            return $conf
                . "    server {\n        listen 127.0.0.1:{$ports[0]};\n$api    }\n"
                . "    server {\n        listen 127.0.0.1:{$ports[1]} ssl;\n$tls$api    }\n"
                . "    server {\n        listen 127.0.0.1:{$ports[2]} ssl http2;\n$tls$api    }\n"
                . "}\n";
        }
        return $conf
            . "    server {\n        listen 127.0.0.1:{$ports[3]} ssl;\n$tls"
            . "        access_log $d/api-fpm-access.log connections;\n$api    }\n"
            . "    server {\n        listen 127.0.0.1:{$ports[4]};\n"
            . "        root $this->pagesDir;\n"
            . "        location ~ \\.php\$ {\n"
            . "            fastcgi_pass unix:$d/pages.sock;\n"
            . "            fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;\n"
            . "            fastcgi_param SCRIPT_NAME \$fastcgi_script_name;\n"
            . "            fastcgi_param QUERY_STRING \$query_string;\n"
            . "            fastcgi_param REQUEST_METHOD \$request_method;\n"
            . "            fastcgi_param REQUEST_URI \$request_uri;\n"
            . "            fastcgi_param SERVER_PROTOCOL \$server_protocol;\n"
            . "            fastcgi_param REMOTE_ADDR \$remote_addr;\n"
            . "            fastcgi_param BENCH_API_URL https://127.0.0.1:{$ports[3]};\n"
            . "            fastcgi_param BENCH_CA $this->ca;\n"
            . "        }\n    }\n"
            . "}\n";
    }

    private function waitReady(float $deadline): string
    {
        $context = stream_context_create([
            'http' => ['timeout' => 1, 'ignore_errors' => true, 'header' => "Authorization: cs_ready\r\nConnection: close\r\n"],
            'ssl' => ['cafile' => $this->ca, 'verify_peer' => true, 'peer_name' => '127.0.0.1'],
        ]);
        $checks = [];
        foreach (['api_http', 'api_https', 'api_h2', 'api_fpm'] as $name) {
            $checks[] = $this->urls[$name] . '/business/customer/details/' . BENCH_DETAILS_ID;
        }
        $checks[] = $this->urls['pages'] . '/empty.php';
        while (true) {
            foreach (['api', 'fpm'] as $which) {
                if (!proc_get_status($this->procs["nginx-$which"])['running']) {
                    return str_contains((string) @file_get_contents("$this->dir/nginx-$which-error.log"), 'Address already in use')
                        ? 'port taken' : "nginx ($which) exited";
                }
            }
            if (is_file("$this->dir/nginx-api.pid") && is_file("$this->dir/nginx-fpm.pid")) {
                foreach ($checks as $i => $url) {
                    $answer = @file_get_contents($url, false, $context);
                    if ($answer !== false && $answer !== '') {
                        unset($checks[$i]);
                    }
                }
                if ($checks === []) {
                    $this->resetFpmLog();
                    return 'ready';
                }
            }
            if (microtime(true) > $deadline) {
                return 'timeout (' . implode(', ', $checks) . ')';
            }
            usleep(20000);
        }
    }

    private function spawn(string $name, array $command, ?array $env = null): void
    {
        $out = "$this->dir/$name.out";
        $proc = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'a'], 2 => ['file', $out, 'a']],
            $pipes, $this->dir, $env);
        if (!is_resource($proc)) {
            throw new RuntimeException("could not start {$command[0]}");
        }
        $this->procs[$name] = $proc;
    }

    /** SIGTERM to the process we started (by its pid), SIGKILL after 3 s, then to any worker it left behind. */
    private function stopProcess(string $name): void
    {
        $proc = $this->procs[$name] ?? null;
        if ($proc === null) {
            return;
        }
        unset($this->procs[$name]);
        $status = proc_get_status($proc);
        $children = [];
        if ($status['running']) {
            foreach (glob('/proc/[0-9]*/stat') ?: [] as $file) {
                $stat = (string) @file_get_contents($file);
                $fields = explode(' ', substr($stat, strrpos($stat, ')') + 2));
                if ($stat !== '' && (int) ($fields[1] ?? 0) === $status['pid']) {
                    $children[] = (int) basename(dirname($file));
                }
            }
            proc_terminate($proc, 15);
            $deadline = microtime(true) + 3;
            while (proc_get_status($proc)['running'] && microtime(true) < $deadline) {
                usleep(10000);
            }
            if (proc_get_status($proc)['running']) {
                proc_terminate($proc, 9);
            }
        }
        proc_close($proc);
        foreach ($children as $pid) {
            if (is_dir("/proc/$pid")) {
                function_exists('posix_kill') ? posix_kill($pid, 9) : exec('kill -9 ' . (int) $pid . ' 2>/dev/null');
            }
        }
    }

    public static function freePorts(int $count): array
    {
        $ports = [];
        while (count($ports) < $count) {
            $server = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
            if ($server === false) {
                throw new RuntimeException("no free port: $error");
            }
            $name = stream_socket_get_name($server, false);
            fclose($server);
            $ports[(int) substr($name, strrpos($name, ':') + 1)] = true;
        }
        return array_keys($ports);
    }

    public static function run(array $command, string $cwd): string
    {
        $proc = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $cwd);
        $output = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        if (proc_close($proc) !== 0) {
            throw new RuntimeException(implode(' ', $command) . " failed:\n$output");
        }
        return $output;
    }

    public static function which(string $binary): ?string
    {
        foreach (array_merge(explode(':', (string) getenv('PATH')), ['/usr/sbin', '/usr/bin', '/sbin']) as $dir) {
            if ($dir !== '' && is_file("$dir/$binary") && is_executable("$dir/$binary")) {
                return "$dir/$binary";
            }
        }
        return null;
    }

    public static function isRoot(): bool
    {
        return function_exists('posix_geteuid') ? posix_geteuid() === 0 : trim((string) shell_exec('id -u')) === '0';
    }
}
