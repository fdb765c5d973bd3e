<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * Effective settings: environment variables, overridden at runtime through
 * POST /__sandbox/config (stored in SQLite so every worker sees them).
 */
final class Settings
{
    /** Settings the admin API may change, and the variable each overrides. */
    public const RUNTIME = ['rps' => 'CASHFIN_SANDBOX_RPS', 'latency_ms' => 'CASHFIN_SANDBOX_LATENCY_MS'];

    public const MAX_LATENCY_MS = 600000;

    private function __construct(
        public readonly ?string $secret,
        public readonly ?int $rps,
        public readonly ?int $latencyMs,
    ) {
    }

    public static function load(Database $db): self
    {
        $values = [
            'rps' => self::envInt('CASHFIN_SANDBOX_RPS', 1),
            'latency_ms' => self::envInt('CASHFIN_SANDBOX_LATENCY_MS', 0),
        ];
        // An override row wins even when its value is null: null means "off".
        foreach ($db->rows('SELECT name, value FROM settings') as $row) {
            if (array_key_exists($row['name'], $values)) {
                $values[$row['name']] = json_decode((string) $row['value']);
            }
        }

        $secret = getenv('CASHFIN_SANDBOX_SECRET');
        return new self(
            is_string($secret) && $secret !== '' ? $secret : null,
            $values['rps'],
            $values['latency_ms'],
        );
    }

    /**
     * Checks one runtime override; returns an error message or null.
     */
    public static function invalid(string $name, mixed $value): ?string
    {
        if (!array_key_exists($name, self::RUNTIME)) {
            return "Unknown setting: $name";
        }
        if ($value === null) {
            return null;
        }
        if ($name === 'rps' && !(is_int($value) && $value >= 1)) {
            return 'rps must be a positive integer or null';
        }
        if ($name === 'latency_ms' && !(is_int($value) && $value >= 0 && $value <= self::MAX_LATENCY_MS)) {
            return 'latency_ms must be an integer from 0 to ' . self::MAX_LATENCY_MS . ' or null';
        }
        return null;
    }

    public static function override(Database $db, string $name, ?int $value): void
    {
        $db->run(
            'INSERT INTO settings (name, value) VALUES (?, ?)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value',
            [$name, json_encode($value)],
        );
    }

    /** @return array{rps: ?int, latency_ms: ?int} */
    public function toArray(): array
    {
        return ['rps' => $this->rps, 'latency_ms' => $this->latencyMs];
    }

    /*
     * A malformed variable is ignored (with a note in the server log) rather
     * than failing every request: the sandbox should start whatever the shell
     * happens to export.
     */
    private static function envInt(string $name, int $min): ?int
    {
        $raw = getenv($name);
        if (!is_string($raw) || $raw === '') {
            return null;
        }
        if (!ctype_digit($raw) || (int) $raw < $min) {
            error_log("cashfin sandbox: ignoring $name=$raw (expected an integer >= $min)");
            return null;
        }
        return (int) $raw;
    }
}
