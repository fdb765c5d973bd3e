<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * Injected faults: queued through POST /__sandbox/faults, consumed by API
 * requests in queue order.
 *
 * A fault that sets status, body or content_type replaces the answer and the
 * request is not processed. Any other fault lets the request run (with its
 * side effects) and then alters the real answer: this is how a client learns
 * what happens when a create succeeded but its answer was lost.
 */
final class FaultQueue
{
    private const DEFAULTS = [
        'method' => null,
        'path' => null,
        'count' => 1,
        'status' => null,
        'body' => null,
        'content_type' => null,
        'headers' => [],
        'delay_ms' => 0,
        'truncate' => false,
        'drop' => false,
    ];

    private const MAX_DELAY_MS = 600000;

    public function __construct(private readonly Database $db)
    {
    }

    /**
     * Checks and completes a fault given to the admin API.
     *
     * @param array<int|string, mixed> $input
     * @return array<string, mixed>|string the normalised fault, or an error message
     */
    public static function normalize(array $input): array|string
    {
        foreach ($input as $key => $_) {
            if (!array_key_exists((string) $key, self::DEFAULTS)) {
                return "Unknown fault option: $key";
            }
        }
        $fault = array_merge(self::DEFAULTS, array_filter($input, fn ($v) => $v !== null));

        return match (true) {
            !self::isOptionalString($fault['method']) => 'method must be a string',
            $fault['path'] !== null && (!is_string($fault['path']) || !str_starts_with($fault['path'], '/'))
                => 'path must be a string starting with /',
            !is_int($fault['count']) || $fault['count'] < 1 => 'count must be a positive integer',
            $fault['status'] !== null && (!is_int($fault['status']) || $fault['status'] < 200 || $fault['status'] > 599)
                => 'status must be an integer from 200 to 599',
            !self::isOptionalString($fault['body']) => 'body must be a string',
            !self::isOptionalString($fault['content_type']) || !self::isHeaderValue($fault['content_type'] ?? '')
                => 'content_type must be a string without line breaks',
            !is_int($fault['delay_ms']) || $fault['delay_ms'] < 0 || $fault['delay_ms'] > self::MAX_DELAY_MS
                => 'delay_ms must be an integer from 0 to ' . self::MAX_DELAY_MS,
            !is_bool($fault['truncate']) => 'truncate must be a boolean',
            !is_bool($fault['drop']) => 'drop must be a boolean',
            default => self::withHeaders($fault),
        };
    }

    public function add(array $fault): int
    {
        $count = $fault['count'];
        $this->db->run('INSERT INTO faults (remaining, spec) VALUES (?, ?)', [$count, Json::encode($fault)]);
        return (int) $this->db->pdo->lastInsertId();
    }

    /** @return list<array<string, mixed>> pending faults, oldest first */
    public function pending(): array
    {
        return array_map(
            fn (array $row) => ['id' => (int) $row['seq'], 'remaining' => (int) $row['remaining']]
                + $this->decode($row['spec']),
            $this->db->rows('SELECT seq, remaining, spec FROM faults ORDER BY seq'),
        );
    }

    public function clear(): void
    {
        $this->db->run('DELETE FROM faults');
    }

    /**
     * Consumes one use of the oldest fault matching this request.
     *
     * @return array<string, mixed>|null
     */
    public function take(string $method, string $path): ?array
    {
        return $this->db->transaction(function () use ($method, $path): ?array {
            foreach ($this->db->rows('SELECT seq, remaining, spec FROM faults ORDER BY seq') as $row) {
                $fault = $this->decode($row['spec']);
                if (($fault['method'] !== null && strcasecmp($fault['method'], $method) !== 0)
                    || ($fault['path'] !== null && !str_starts_with($path, $fault['path']))) {
                    continue;
                }
                if ((int) $row['remaining'] > 1) {
                    $this->db->run('UPDATE faults SET remaining = remaining - 1 WHERE seq = ?', [$row['seq']]);
                } else {
                    $this->db->run('DELETE FROM faults WHERE seq = ?', [$row['seq']]);
                }
                return $fault;
            }
            return null;
        });
    }

    /** @param array<string, mixed> $fault */
    public static function replacesAnswer(array $fault): bool
    {
        return $fault['status'] !== null || $fault['body'] !== null || $fault['content_type'] !== null;
    }

    /**
     * The answer a replacing fault gives instead of the real one.
     *
     * @param array<string, mixed> $fault
     */
    public static function answer(array $fault): Response
    {
        return new Response(
            $fault['status'] ?? 500,
            $fault['body'] ?? Json::encode(['success' => false, 'error' => 'Injected fault']),
            $fault['content_type'] ?? Response::JSON_TYPE,
        );
    }

    /**
     * Applies the parts of a fault that alter whatever answer was produced.
     *
     * @param array<string, mixed> $fault
     */
    public static function alter(Response $response, array $fault): Response
    {
        foreach ($fault['headers'] as $name => $value) {
            $response->setHeader($name, $value);
        }
        $response->truncate = $fault['truncate'];
        $response->drop = $fault['drop'];
        return $response;
    }

    /** @return array<string, mixed>|string */
    private static function withHeaders(array $fault): array|string
    {
        $headers = $fault['headers'];
        if ($headers instanceof \stdClass) {
            $headers = get_object_vars($headers);
        }
        if (!is_array($headers) || (array_is_list($headers) && $headers !== [])) {
            return 'headers must be an object of name => value';
        }
        $clean = [];
        foreach ($headers as $name => $value) {
            $name = (string) $name;
            if (preg_match('/^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$/D', $name) !== 1) {
                return "headers: invalid header name: $name";
            }
            if (is_int($value)) {
                $value = (string) $value;
            }
            if (!is_string($value) || !self::isHeaderValue($value)) {
                return "headers: the value of $name must be a string without line breaks";
            }
            $clean[$name] = $value;
        }
        $fault['headers'] = $clean;
        return $fault;
    }

    private static function isOptionalString(mixed $value): bool
    {
        return $value === null || is_string($value);
    }

    /* header() refuses CR, LF and NUL; reject them here with a clear message. */
    private static function isHeaderValue(string $value): bool
    {
        return strpbrk($value, "\r\n\0") === false;
    }

    /** @return array<string, mixed> */
    private function decode(string $spec): array
    {
        $fault = json_decode($spec, true, 512, JSON_THROW_ON_ERROR);
        // An empty header map round-trips through JSON as a list.
        $fault['headers'] = (array) $fault['headers'];
        return $fault;
    }
}
