<?php

/*
 * Cashfin\Sandbox\Server: starts a private Cashfin sandbox for an application's tests and drives it.
 *
 *   require 'Cashfin/sandbox/Server.php';          // installed by PECL (on the include_path), or
 *   require '/path/to/cashfin/sandbox/Server.php';  // from a clone or an unpacked release
 *
 *   $sandbox = Cashfin\Sandbox\Server::start();
 *   $customers = new Cashfin\Customers($sandbox->secret(), ['base_url' => $sandbox->baseUrl()]);
 *   $sandbox->fault(['path' => '/business/customer/create', 'status' => 503]);
 *   $sandbox->stop();                                // or let the object go: it stops itself
 *
 * Plain PHP 8.1+ (streams, proc_open); it needs neither Composer nor the cashfin extension. The server is
 * cashfin-sandbox.php beside this file, run as a child process that stops when this object stops it, is
 * destroyed, or the script ends, and also when this process dies: it watches its standard input.
 */

declare(strict_types=1);

namespace Cashfin\Sandbox;

final class Server
{
    /** What secret() returns when the sandbox was started without one: it accepts any value starting with cs_. */
    public const ANY_SECRET = 'cs_sandbox';

    private const START_OPTIONS = ['port', 'secret', 'rps', 'latency_ms', 'db', 'php', 'timeout'];
    private const STOP_TIMEOUT_S = 5.0;

    /** @var array<int, \WeakReference<self>> started and not yet stopped, stopped at shutdown */
    private static array $running = [];

    private static bool $stopsAtShutdown = false;

    /** @var resource|null the command's process; null for a sandbox this object did not start */
    private $process;

    /** @var array<int, resource> */
    private array $pipes;

    private function __construct(
        private readonly string $baseUrl,
        private readonly string $secret,
        $process = null,
        array $pipes = [],
        private readonly ?string $log = null,
    ) {
        $this->process = $process;
        $this->pipes = $pipes;
    }

    /**
     * Starts a sandbox with an empty database on a free loopback port and returns once it answers.
     *
     * @param array{port?: int, secret?: string, rps?: int, latency_ms?: int, db?: string, php?: string,
     *     timeout?: float} $options port (default: a free one), secret (accept only this value), rps (a
     *     requests-per-second limit), latency_ms (a delay for every answer), db (a SQLite file that is
     *     kept; default: a temporary one, deleted), php (the PHP binary to run it with, default
     *     PHP_BINARY; it needs pdo_sqlite), timeout (seconds to wait for it, default 10)
     * @throws \InvalidArgumentException an unknown option
     * @throws \RuntimeException the sandbox did not start (the message holds its log)
     */
    public static function start(array $options = []): self
    {
        $unknown = array_diff(array_keys($options), self::START_OPTIONS);
        if ($unknown) {
            throw new \InvalidArgumentException('Unknown sandbox option(s): ' . implode(', ', $unknown)
                . ' (known: ' . implode(', ', self::START_OPTIONS) . ')');
        }
        $command = [(string) ($options['php'] ?? PHP_BINARY), __DIR__ . '/cashfin-sandbox.php', '--watch-stdin'];
        foreach (['port' => '--port', 'secret' => '--secret', 'rps' => '--rps', 'latency_ms' => '--latency-ms', 'db' => '--db'] as $key => $flag) {
            if (isset($options[$key])) {
                array_push($command, $flag, (string) $options[$key]);
            }
        }
        $log = tempnam(sys_get_temp_dir(), 'cashfin-sandbox-log-');
        $process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', $log, 'a']], $pipes);
        if (!is_resource($process)) {
            @unlink($log);
            throw new \RuntimeException('cashfin sandbox: could not run ' . $command[0]);
        }
        $line = self::readLine($pipes[1], (float) ($options['timeout'] ?? 10.0));
        $server = new self(rtrim((string) $line), (string) ($options['secret'] ?? self::ANY_SECRET), $process, $pipes, $log);
        if ($line === null || !preg_match('~^http://127\.0\.0\.1:\d+$~', $server->baseUrl)) {
            $server->stop();
            throw new \RuntimeException("cashfin sandbox did not start:\n" . trim((string) @file_get_contents($log)));
        }
        self::$running[spl_object_id($server)] = \WeakReference::create($server);
        if (!self::$stopsAtShutdown) {
            register_shutdown_function([self::class, 'stopAll']);
            self::$stopsAtShutdown = true;
        }
        return $server;
    }

    /** A sandbox started some other way, e.g. by the cashfin-sandbox command in a CI script. */
    public static function connect(string $baseUrl, string $secret = self::ANY_SECRET): self
    {
        return new self(rtrim($baseUrl, '/'), $secret);
    }

    /** "http://127.0.0.1:PORT", the base_url for Cashfin\Customers. */
    public function baseUrl(): string
    {
        return $this->baseUrl;
    }

    /** A client secret this sandbox accepts. */
    public function secret(): string
    {
        return $this->secret;
    }

    /**
     * Queues a fault (see the sandbox's README, "Faults"): method, path (a prefix), count, status, body,
     * content_type, headers, delay_ms, truncate, drop. Returns the fault as queued.
     *
     * @param array<string, mixed> $fault
     * @return array<string, mixed>
     */
    public function fault(array $fault): array
    {
        return $this->admin('POST', '/__sandbox/faults', $fault)['fault'];
    }

    /** @return list<array<string, mixed>> the faults not used up yet, oldest first */
    public function faults(): array
    {
        return $this->admin('GET', '/__sandbox/faults')['faults'];
    }

    public function clearFaults(): void
    {
        $this->admin('DELETE', '/__sandbox/faults');
    }

    /**
     * Changes rps and latency_ms while it runs (null switches one off). Returns the settings in force.
     *
     * @param array{rps?: int|null, latency_ms?: int|null} $settings
     * @return array{rps: int|null, latency_ms: int|null}
     */
    public function configure(array $settings): array
    {
        return $this->admin('POST', '/__sandbox/config', $settings)['config'];
    }

    /**
     * The API requests received since the start or the last clear, oldest first: method, path, query,
     * headers (the Authorization value redacted), body, request_id.
     *
     * @return list<array<string, mixed>>
     */
    public function requests(): array
    {
        return $this->admin('GET', '/__sandbox/requests')['requests'];
    }

    public function clearRequests(): void
    {
        $this->admin('DELETE', '/__sandbox/requests');
    }

    /** Forgets every customer, idempotency key, fault, logged request and setting change. */
    public function reset(): void
    {
        $this->admin('POST', '/__sandbox/reset');
    }

    /** Stops the sandbox this object started (and deletes its temporary database); does nothing twice. */
    public function stop(): void
    {
        unset(self::$running[spl_object_id($this)]);
        if (!is_resource($this->process)) {
            return;
        }
        // The end of its standard input tells the command to stop the server and clean up.
        foreach ($this->pipes as $pipe) {
            if (is_resource($pipe)) {
                fclose($pipe);
            }
        }
        $deadline = microtime(true) + self::STOP_TIMEOUT_S;
        while (proc_get_status($this->process)['running'] && microtime(true) < $deadline) {
            usleep(10000);
        }
        if (proc_get_status($this->process)['running']) {
            proc_terminate($this->process, 9);
        }
        proc_close($this->process);
        $this->process = null;
        if ($this->log !== null && is_file($this->log)) {
            @unlink($this->log);
        }
    }

    public function __destruct()
    {
        $this->stop();
    }

    /** @internal called at shutdown */
    public static function stopAll(): void
    {
        foreach (self::$running as $reference) {
            $reference->get()?->stop();
        }
    }

    /**
     * @param array<string, mixed>|null $json
     * @return array<string, mixed>
     */
    private function admin(string $method, string $path, ?array $json = null): array
    {
        $http = ['method' => $method, 'ignore_errors' => true, 'timeout' => 30, 'header' => "Connection: close\r\n"];
        if ($json !== null) {
            // [] must still go out as a JSON object.
            $http['content'] = $json === [] ? '{}' : json_encode($json, JSON_THROW_ON_ERROR);
            $http['header'] .= "Content-Type: application/json\r\n";
        }
        $body = @file_get_contents($this->baseUrl . $path, false, stream_context_create(['http' => $http]));
        if ($body === false) {
            throw new \RuntimeException("cashfin sandbox: $method $path: no answer from {$this->baseUrl}");
        }
        $answer = json_decode($body, true);
        if (!is_array($answer) || ($answer['ok'] ?? false) !== true) {
            throw new \RuntimeException("cashfin sandbox: $method $path: " . ($answer['error'] ?? $body));
        }
        return $answer;
    }

    /** @param resource $stream */
    private static function readLine($stream, float $timeout): ?string
    {
        $deadline = microtime(true) + $timeout;
        $line = '';
        while (!str_ends_with($line, "\n")) {
            $left = $deadline - microtime(true);
            $read = [$stream];
            $none = [];
            if ($left <= 0 || @stream_select($read, $none, $none, 0, (int) min($left * 1e6, 200000)) === false) {
                return null;
            }
            if ($read) {
                $chunk = fgets($stream);
                if ($chunk === false) {
                    return null; // the command ended without a URL
                }
                $line .= $chunk;
            }
        }
        return $line;
    }
}
