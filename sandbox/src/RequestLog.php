<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * Every API request as received, for tests to assert on what a client sent.
 */
final class RequestLog
{
    /* Benchmarks can send millions of requests; keep the file small. */
    private const KEEP = 10000;

    public function __construct(private readonly Database $db)
    {
    }

    public function append(Request $request): void
    {
        $headers = $request->headers;
        if (isset($headers['authorization'])) {
            // The log is readable without auth; it must never show a secret.
            $headers['authorization'] = '[redacted]';
        }
        $entry = [
            'method' => $request->method,
            'path' => $request->path,
            'query' => $request->query,
            'headers' => (object) $headers,
            'body' => $request->body,
            'request_id' => $request->id,
        ];
        $this->db->run('INSERT INTO requests (entry) VALUES (?)', [Json::encodeLossy($entry)]);

        $seq = (int) $this->db->pdo->lastInsertId();
        if ($seq % 1000 === 0) {
            $this->db->run('DELETE FROM requests WHERE seq <= ?', [$seq - self::KEEP]);
        }
    }

    /** @return list<mixed> oldest first */
    public function all(): array
    {
        return array_map(
            fn (array $row) => json_decode($row['entry'], false, 512, JSON_THROW_ON_ERROR),
            $this->db->rows('SELECT entry FROM requests ORDER BY seq'),
        );
    }

    public function clear(): void
    {
        $this->db->run('DELETE FROM requests');
    }
}
