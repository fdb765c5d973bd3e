<?php

/*
 * cashfin-sandbox: runs the Cashfin sandbox (router.php beside this file) on a loopback port, in the
 * foreground, until it is told to stop.
 *
 *   php cashfin-sandbox.php [options]          (installed as the command `cashfin-sandbox`)
 *
 * Once the sandbox answers, the first line of stdout is its base URL ("http://127.0.0.1:PORT") and
 * nothing else is written there; the server's own log goes to stderr. SIGTERM, SIGINT (Ctrl-C) and SIGHUP
 * stop it (this needs the pcntl extension, which Debian's php-cli has), as does the end of standard input
 * with --watch-stdin. On the way out it stops the server and deletes the database it created.
 *
 * Exit status: 0 when told to stop, 1 when the sandbox could not start or died, 2 for a usage error.
 * Plain PHP 8.1+ with pdo_sqlite; no Composer, no extension of this project.
 */

declare(strict_types=1);

namespace Cashfin\Sandbox;

final class Command
{
    private const USAGE = <<<'TEXT'
        Usage: cashfin-sandbox [options]

        Runs the local Cashfin API sandbox on 127.0.0.1 until SIGTERM or SIGINT (Ctrl-C), and prints its
        base URL, e.g. http://127.0.0.1:41234, as the first line of standard output.

          --port N         listen on this port (default 0: a free one)
          --secret S       accept only this Authorization value (default: any value starting with cs_)
          --rps N          allow N requests a second, then answer 429 with Retry-After (default: no limit)
          --latency-ms N   delay every API answer by N milliseconds (0 to 600000)
          --db PATH        keep the data in this SQLite file, which stays (default: a temporary file,
                           deleted at exit)
          --watch-stdin    also stop when standard input reaches its end (for programs that start it)
          --help           show this text

        Faults and settings are driven over HTTP under /__sandbox/ (see the sandbox's README.md).
        The CASHFIN_SANDBOX_* variables of the environment are ignored: only these options count.

        TEXT;

    private const VALUE_OPTIONS = ['port', 'secret', 'rps', 'latency-ms', 'db'];
    private const START_ATTEMPTS = 5;   // a free port can be taken between choosing it and binding it
    private const START_TIMEOUT_S = 10.0;
    private const STOP_TIMEOUT_S = 3.0;

    private bool $stopRequested = false;

    /** @var resource|null the php -S process */
    private $server = null;

    private ?string $temporaryDb = null;

    /** @param array<string, string|true> $options */
    private function __construct(private readonly array $options)
    {
    }

    /** @param list<string> $argv */
    public static function main(array $argv): int
    {
        try {
            $options = self::parse(array_slice($argv, 1));
        } catch (\InvalidArgumentException $e) {
            fwrite(STDERR, 'cashfin-sandbox: ' . $e->getMessage() . "\n\n" . self::USAGE);
            return 2;
        }
        if (isset($options['help'])) {
            fwrite(STDOUT, self::USAGE);
            return 0;
        }
        try {
            return (new self($options))->run();
        } catch (\RuntimeException $e) {
            fwrite(STDERR, 'cashfin-sandbox: ' . $e->getMessage() . "\n");
            return 1;
        }
    }

    /**
     * @param list<string> $args
     * @return array<string, string|true>
     */
    private static function parse(array $args): array
    {
        $options = [];
        while ($args) {
            $arg = array_shift($args);
            if (!preg_match('/^--([a-z-]+)(?:=(.*))?$/s', $arg, $m)) {
                throw new \InvalidArgumentException("unexpected argument '$arg'");
            }
            $name = $m[1];
            if (in_array($name, ['help', 'watch-stdin'], true) && !isset($m[2])) {
                $options[$name] = true;
                continue;
            }
            if (!in_array($name, self::VALUE_OPTIONS, true)) {
                throw new \InvalidArgumentException("unknown option --$name");
            }
            $value = $m[2] ?? array_shift($args);
            if ($value === null) {
                throw new \InvalidArgumentException("--$name needs a value");
            }
            $options[$name] = $value;
        }
        self::checkInteger($options, 'port', 0, 65535);
        self::checkInteger($options, 'rps', 1, PHP_INT_MAX);
        self::checkInteger($options, 'latency-ms', 0, 600000);
        if (isset($options['secret']) && ($options['secret'] === '' || preg_match('/[\x00-\x20\x7f]/', $options['secret']))) {
            throw new \InvalidArgumentException('--secret must be non-empty, without spaces or control characters');
        }
        if (isset($options['db']) && $options['db'] === '') {
            throw new \InvalidArgumentException('--db needs a path');
        }
        return $options;
    }

    /** @param array<string, string|true> $options */
    private static function checkInteger(array $options, string $name, int $min, int $max): void
    {
        if (!isset($options[$name])) {
            return;
        }
        $value = $options[$name];
        if (!is_string($value) || !ctype_digit($value) || strlen($value) > 18 || (int) $value < $min || (int) $value > $max) {
            throw new \InvalidArgumentException("--$name must be an integer from $min to $max");
        }
    }

    private function run(): int
    {
        $this->listenForSignals();
        try {
            $baseUrl = $this->startServer();
            if ($baseUrl === null) {
                return 1;
            }
            fwrite(STDOUT, $baseUrl . "\n");
            fflush(STDOUT);
            fwrite(STDERR, "cashfin-sandbox: serving $baseUrl; SIGTERM or Ctrl-C stops it\n");
            return $this->waitForStop();
        } finally {
            $this->stopServer();
            $this->removeTemporaryDb();
        }
    }

    private function listenForSignals(): void
    {
        if (!function_exists('pcntl_async_signals')) {
            fwrite(STDERR, "cashfin-sandbox: no pcntl extension: a signal ends this command at once, without cleaning up\n");
            return;
        }
        pcntl_async_signals(true);
        foreach ([SIGTERM, SIGINT, SIGHUP] as $signal) {
            pcntl_signal($signal, function (): void {
                $this->stopRequested = true;
            });
        }
    }

    /** The base URL once the sandbox answers, or null (with the reason on stderr). */
    private function startServer(): ?string
    {
        $router = __DIR__ . '/router.php';
        if (!is_file($router)) {
            fwrite(STDERR, "cashfin-sandbox: $router is missing\n");
            return null;
        }
        $db = $this->options['db'] ?? null;
        if ($db === null) {
            $db = $this->temporaryDb = tempnam(sys_get_temp_dir(), 'cashfin-sandbox-');
        }
        $givenPort = isset($this->options['port']) && (int) $this->options['port'] > 0 ? (int) $this->options['port'] : null;

        for ($attempt = 1; $attempt <= ($givenPort ? 1 : self::START_ATTEMPTS) && !$this->stopRequested; $attempt++) {
            $port = $givenPort ?? self::freePort();
            // Another server on a given port would answer the health check in place of ours.
            if ($givenPort !== null && !self::portFree($port)) {
                fwrite(STDERR, "cashfin-sandbox: port $port is in use\n");
                return null;
            }
            $baseUrl = "http://127.0.0.1:$port";
            // No shell in between: the handle's pid is the server's own, so stopping it stops the server.
            $this->server = proc_open(
                [PHP_BINARY, '-S', "127.0.0.1:$port", $router],
                [0 => ['file', '/dev/null', 'r'], 1 => STDERR, 2 => STDERR],
                $pipes,
                __DIR__,
                $this->serverEnvironment($db),
            );
            if (!is_resource($this->server)) {
                fwrite(STDERR, 'cashfin-sandbox: could not run ' . PHP_BINARY . "\n");
                return null;
            }
            $state = $this->waitUntilServing($baseUrl);
            if ($state === 'serving') {
                return $baseUrl;
            }
            $this->stopServer();
            fwrite(STDERR, "cashfin-sandbox: the server on port $port $state\n");
            if ($state === 'did not answer in time') {
                break;
            }
        }
        return null;
    }

    /** @return array<string, string> */
    private function serverEnvironment(string $db): array
    {
        $env = getenv();
        foreach (array_keys($env) as $name) {
            if (str_starts_with($name, 'CASHFIN_SANDBOX_') || $name === 'PHP_CLI_SERVER_WORKERS') {
                unset($env[$name]);
            }
        }
        $env['CASHFIN_SANDBOX_DB'] = $db;
        foreach (['secret' => 'CASHFIN_SANDBOX_SECRET', 'rps' => 'CASHFIN_SANDBOX_RPS', 'latency-ms' => 'CASHFIN_SANDBOX_LATENCY_MS'] as $option => $name) {
            if (isset($this->options[$option])) {
                $env[$name] = (string) $this->options[$option];
            }
        }
        return $env;
    }

    private static function freePort(): int
    {
        $probe = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
        if ($probe === false) {
            throw new \RuntimeException("cannot bind a loopback port: $error");
        }
        $name = (string) stream_socket_get_name($probe, false);
        fclose($probe);
        return (int) substr($name, strrpos($name, ':') + 1);
    }

    private static function portFree(int $port): bool
    {
        $probe = @stream_socket_server("tcp://127.0.0.1:$port");
        if ($probe === false) {
            return false;
        }
        fclose($probe);
        return true;
    }

    /** "serving", "exited" (most likely the port was taken), "was stopped" or "did not answer in time". */
    private function waitUntilServing(string $baseUrl): string
    {
        $deadline = microtime(true) + self::START_TIMEOUT_S;
        $context = stream_context_create(['http' => ['timeout' => 1, 'ignore_errors' => true]]);
        while (microtime(true) < $deadline) {
            if ($this->stopRequested) {
                return 'was stopped';
            }
            if (!proc_get_status($this->server)['running']) {
                return 'exited';
            }
            $answer = @file_get_contents("$baseUrl/__sandbox/health", false, $context);
            if (is_string($answer) && (json_decode($answer, true)['ok'] ?? false) === true) {
                return 'serving';
            }
            usleep(20000);
        }
        return 'did not answer in time';
    }

    private function waitForStop(): int
    {
        $watchStdin = isset($this->options['watch-stdin']);
        while (!$this->stopRequested) {
            if (!proc_get_status($this->server)['running']) {
                fwrite(STDERR, "cashfin-sandbox: the server stopped on its own\n");
                return 1;
            }
            if ($watchStdin && self::inputEnded()) {
                break;
            }
            usleep($watchStdin ? 0 : 200000);
        }
        return 0;
    }

    /** Waits up to 0.2 s for standard input; true at its end. A signal cuts the wait short. */
    private static function inputEnded(): bool
    {
        $read = [STDIN];
        $none = [];
        if (@stream_select($read, $none, $none, 0, 200000) > 0) {
            fread(STDIN, 8192); // what a program writes there is not read for meaning
            return feof(STDIN);
        }
        return false;
    }

    private function stopServer(): void
    {
        if (!is_resource($this->server)) {
            return;
        }
        if (proc_get_status($this->server)['running']) {
            proc_terminate($this->server);
            $deadline = microtime(true) + self::STOP_TIMEOUT_S;
            while (proc_get_status($this->server)['running'] && microtime(true) < $deadline) {
                usleep(10000);
            }
            if (proc_get_status($this->server)['running']) {
                proc_terminate($this->server, 9);
            }
        }
        proc_close($this->server);
        $this->server = null;
    }

    private function removeTemporaryDb(): void
    {
        if ($this->temporaryDb === null) {
            return;
        }
        // SQLite's WAL mode keeps -wal and -shm files beside the database.
        foreach (['', '-wal', '-shm', '-journal'] as $suffix) {
            if (is_file($this->temporaryDb . $suffix)) {
                @unlink($this->temporaryDb . $suffix);
            }
        }
    }
}

exit(Command::main($argv));
