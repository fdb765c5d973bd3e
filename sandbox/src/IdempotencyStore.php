<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * Remembered answers to creates sent with an Idempotency-Key.
 *
 * Only a successful create is remembered: a request refused before anything
 * was written (bad JSON, validation, duplicate) can simply be evaluated again.
 * Keys are scoped by secret, stored as a hash so the database holds no secret.
 */
final class IdempotencyStore
{
    public function __construct(private readonly Database $db)
    {
    }

    /**
     * The remembered answer for this key, or null when the key is new.
     *
     * @return array{fingerprint: string, status: int, body: string}|null
     */
    public function find(string $secret, string $key): ?array
    {
        $row = $this->db->row(
            'SELECT fingerprint, status, body FROM idempotency WHERE secret_hash = ? AND idem_key = ?',
            [hash('sha256', $secret), $key],
        );
        return $row === null ? null
            : ['fingerprint' => $row['fingerprint'], 'status' => (int) $row['status'], 'body' => $row['body']];
    }

    public function remember(string $secret, string $key, string $fingerprint, Response $response): void
    {
        $this->db->run(
            'INSERT INTO idempotency (secret_hash, idem_key, fingerprint, status, body) VALUES (?, ?, ?, ?, ?)',
            [hash('sha256', $secret), $key, $fingerprint, $response->status, $response->body],
        );
    }

    /*
     * "Same request" means the same body bytes: a retrying client resends
     * exactly what it sent, and anything else is a different request.
     */
    public static function fingerprint(string $body): string
    {
        return hash('sha256', $body);
    }
}
