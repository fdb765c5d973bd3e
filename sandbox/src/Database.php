<?php

declare(strict_types=1);

namespace CashfinSandbox;

use PDO;

/**
 * The SQLite file that holds all sandbox state.
 *
 * Nothing lives in process memory: php -S runs every request in a fresh
 * request context, and under PHP-FPM several workers serve the same sandbox.
 * WAL lets readers run beside the single writer; BEGIN IMMEDIATE plus a busy
 * timeout serialises the read-modify-write steps (rate window, fault queue,
 * duplicate checks) across processes.
 */
final class Database
{
    private const SCHEMA_VERSION = 1;

    private const SCHEMA = [
        // seq gives "newest first" without relying on timestamps, which can tie.
        'CREATE TABLE customers (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            email_key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            phone TEXT NOT NULL,
            doc TEXT NOT NULL
        )',
        'CREATE TABLE idempotency (
            secret_hash TEXT NOT NULL,
            idem_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            status INTEGER NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (secret_hash, idem_key)
        )',
        'CREATE TABLE faults (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            remaining INTEGER NOT NULL,
            spec TEXT NOT NULL
        )',
        'CREATE TABLE requests (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            entry TEXT NOT NULL
        )',
        'CREATE TABLE settings (
            name TEXT PRIMARY KEY,
            value TEXT
        )',
        'CREATE TABLE rate_window (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            second INTEGER NOT NULL,
            count INTEGER NOT NULL
        )',
    ];

    private function __construct(public readonly PDO $pdo)
    {
    }

    public static function open(): self
    {
        $pdo = new PDO('sqlite:' . self::path(), null, null, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
        ]);
        // The busy timeout must come first: switching to WAL itself takes a lock.
        $pdo->exec('PRAGMA busy_timeout = 10000');
        $pdo->exec('PRAGMA journal_mode = WAL');
        // A sandbox may lose its last writes in a power cut; it must not be slow.
        $pdo->exec('PRAGMA synchronous = NORMAL');

        $db = new self($pdo);
        $db->migrate();
        return $db;
    }

    /**
     * Runs $work inside a write transaction taken up front, so two processes
     * never both read a value and then both write based on it.
     *
     * @template T
     * @param callable(): T $work
     * @return T
     */
    public function transaction(callable $work): mixed
    {
        $this->pdo->exec('BEGIN IMMEDIATE');
        try {
            $result = $work();
            $this->pdo->exec('COMMIT');
            return $result;
        } catch (\Throwable $e) {
            $this->pdo->exec('ROLLBACK');
            throw $e;
        }
    }

    /** @return list<array<string, mixed>> */
    public function rows(string $sql, array $params = []): array
    {
        $stmt = $this->pdo->prepare($sql);
        $stmt->execute($params);
        return $stmt->fetchAll();
    }

    /** @return array<string, mixed>|null */
    public function row(string $sql, array $params = []): ?array
    {
        return $this->rows($sql, $params)[0] ?? null;
    }

    public function run(string $sql, array $params = []): void
    {
        $this->pdo->prepare($sql)->execute($params);
    }

    private function migrate(): void
    {
        if ((int) $this->pdo->query('PRAGMA user_version')->fetchColumn() === self::SCHEMA_VERSION) {
            return;
        }
        $this->transaction(function (): void {
            // Re-check under the lock: another worker may have won the race.
            if ((int) $this->pdo->query('PRAGMA user_version')->fetchColumn() === self::SCHEMA_VERSION) {
                return;
            }
            foreach (self::SCHEMA as $sql) {
                $this->pdo->exec($sql);
            }
            $this->pdo->exec('PRAGMA user_version = ' . self::SCHEMA_VERSION);
        });
    }

    /**
     * CASHFIN_SANDBOX_DB, or a temporary file private to this server instance.
     */
    private static function path(): string
    {
        $configured = getenv('CASHFIN_SANDBOX_DB');
        if (is_string($configured) && $configured !== '') {
            return $configured;
        }
        return sys_get_temp_dir() . '/cashfin-sandbox-' . self::instanceKey() . '.sqlite';
    }

    /*
     * Requests of one server instance must share a database, and a new
     * instance must not inherit an old one's. The key is the pid of the
     * process that stands for the instance, plus its start time when /proc
     * has it (pids get reused; temp files outlive servers).
     */
    private static function instanceKey(): string
    {
        $pid = self::instancePid();
        $stat = @file_get_contents("/proc/$pid/stat");
        if (is_string($stat) && ($close = strrpos($stat, ')')) !== false) {
            // Fields after "(comm) " start at field 3; the start time is field 22.
            $fields = explode(' ', substr($stat, $close + 2));
            if (isset($fields[19]) && ctype_digit($fields[19])) {
                return $pid . '-' . $fields[19];
            }
        }
        return (string) $pid;
    }

    /*
     * FPM workers are children of the master, which serves nothing. php -S
     * runs requests in its own process, except with PHP_CLI_SERVER_WORKERS,
     * where the master serves too and forks workers running the same command
     * line: a process whose parent runs our command line is such a worker.
     */
    private static function instancePid(): int
    {
        $self = getmypid();
        if (!function_exists('posix_getppid')) {
            return $self;
        }
        $parent = posix_getppid();
        if (PHP_SAPI === 'fpm-fcgi') {
            return $parent;
        }
        $cmdline = @file_get_contents("/proc/$self/cmdline");
        return is_string($cmdline) && $cmdline === @file_get_contents("/proc/$parent/cmdline") ? $parent : $self;
    }
}
