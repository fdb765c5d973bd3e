<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * Fixed one-second window, counted in SQLite so that all workers share it.
 * One window for the whole sandbox: it stands for a single Cashfin account.
 */
final class RateLimiter
{
    /** What X-RateLimit-Limit says when no limit is configured. */
    public const NOMINAL_LIMIT = 25;

    public function __construct(private readonly Database $db)
    {
    }

    /**
     * Counts one request against the current window. A request over the
     * limit is refused and not counted.
     *
     * @return array{allowed: bool, headers: array<string, string>, retry_after: int}
     */
    public function hit(?int $limit): array
    {
        return $this->db->transaction(function () use ($limit): array {
            $second = time();
            $count = $this->countIn($second);
            $allowed = $limit === null || $count < $limit;
            if ($allowed) {
                $count++;
                $this->db->run(
                    'INSERT INTO rate_window (id, second, count) VALUES (1, ?, ?)
                     ON CONFLICT (id) DO UPDATE SET second = excluded.second, count = excluded.count',
                    [$second, $count],
                );
            }
            return $this->state($limit, $second, $count, $allowed);
        });
    }

    /**
     * Headers for answers that do not count (401, injected faults).
     *
     * @return array<string, string>
     */
    public function peek(?int $limit): array
    {
        $second = time();
        return $this->state($limit, $second, $this->countIn($second), true)['headers'];
    }

    private function countIn(int $second): int
    {
        $row = $this->db->row('SELECT second, count FROM rate_window WHERE id = 1');
        return $row !== null && (int) $row['second'] === $second ? (int) $row['count'] : 0;
    }

    /** @return array{allowed: bool, headers: array<string, string>, retry_after: int} */
    private function state(?int $limit, int $second, int $count, bool $allowed): array
    {
        $effective = $limit ?? self::NOMINAL_LIMIT;
        $reset = $second + 1;
        return [
            'allowed' => $allowed,
            'headers' => [
                'X-RateLimit-Limit' => (string) $effective,
                'X-RateLimit-Remaining' => (string) max(0, $effective - $count),
                'X-RateLimit-Reset' => (string) $reset,
            ],
            // Whole seconds, never 0: "retry after 0 s" invites a hot loop.
            'retry_after' => max(1, (int) ceil($reset - microtime(true))),
        ];
    }
}
