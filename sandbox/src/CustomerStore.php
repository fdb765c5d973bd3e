<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * Customer records. Callers run the methods that check-then-write inside
 * Database::transaction().
 */
final class CustomerStore
{
    /** The order of keys in every customer the API returns. */
    private const KEY_ORDER = [
        '_id', 'name', 'email', 'phone', 'company', 'country', 'currency', 'type',
        'address', 'city', 'state', 'website', 'active', 'sourceorigin', 'createdat', 'updatedat',
    ];

    private const DEFAULT_TYPE = 'individual';

    public function __construct(private readonly Database $db)
    {
        // Search must fold case beyond ASCII ("ÉLODIE" finds "élodie"), which
        // SQLite's LIKE/lower() do not; PCRE's /iu does.
        $db->pdo->sqliteCreateFunction('cashfin_contains', static function ($haystack, $needle): int {
            return preg_match('/' . preg_quote((string) $needle, '/') . '/iu', (string) $haystack) === 1 ? 1 : 0;
        }, 2, \PDO::SQLITE_DETERMINISTIC);
    }

    /**
     * @param array<string, string> $fields validated create fields
     * @return array<string, mixed> the stored customer
     */
    public function create(array $fields): array
    {
        $now = self::timestamp();
        $customer = ['_id' => self::newId()];
        foreach ($fields as $field => $value) {
            if ($value !== '') {
                $customer[$field] = $value;
            }
        }
        $customer += [
            'type' => self::DEFAULT_TYPE,
            'active' => true,
            'sourceorigin' => 'api',
            'createdat' => $now,
            'updatedat' => $now,
        ];
        $customer = self::ordered($customer);

        $this->db->run(
            'INSERT INTO customers (id, email_key, name, email, phone, doc) VALUES (?, ?, ?, ?, ?, ?)',
            [$customer['_id'], self::emailKey($customer['email']), $customer['name'],
             $customer['email'], $customer['phone'], Json::encode($customer)],
        );
        return $customer;
    }

    /**
     * Applies validated changes.
     *
     * @param array<string, mixed> $customer as returned by find()
     * @param array<string, string> $changes
     * @return bool whether anything changed
     */
    public function update(array $customer, array $changes): bool
    {
        $updated = $customer;
        foreach ($changes as $field => $value) {
            if ($value !== '') {
                $updated[$field] = $value;
            } elseif ($field === 'type') {
                // Every customer has a type; clearing it restores the default.
                $updated['type'] = self::DEFAULT_TYPE;
            } else {
                unset($updated[$field]);
            }
        }
        $updated = self::ordered($updated);
        if ($updated === $customer) {
            return false;
        }
        $updated['updatedat'] = self::timestamp();

        $this->db->run(
            'UPDATE customers SET email_key = ?, name = ?, email = ?, phone = ?, doc = ? WHERE id = ?',
            [self::emailKey($updated['email']), $updated['name'], $updated['email'],
             $updated['phone'], Json::encode($updated), $updated['_id']],
        );
        return true;
    }

    /** @return array<string, mixed>|null */
    public function find(string $id): ?array
    {
        // ObjectIds are hex numbers: "ABC..." names the same record as "abc...".
        $row = $this->db->row('SELECT doc FROM customers WHERE id = ?', [strtolower($id)]);
        return $row === null ? null : self::decode($row['doc']);
    }

    /** Whether a customer other than $exceptId already uses this email. */
    public function emailTaken(string $email, ?string $exceptId = null): bool
    {
        return $this->db->row(
            'SELECT 1 FROM customers WHERE email_key = ? AND id IS NOT ?',
            [self::emailKey($email), $exceptId],
        ) !== null;
    }

    /**
     * @return array{total: int, data: list<array<string, mixed>>}
     */
    public function page(int $page, int $limit, string $search): array
    {
        $where = '';
        $params = [];
        if (preg_match('//u', $search) !== 1) {
            // Not UTF-8 (e.g. "%FF" in the query string): it cannot match any
            // stored value, and PCRE would reject it as a pattern.
            return ['total' => 0, 'data' => []];
        }
        if ($search !== '') {
            $where = 'WHERE cashfin_contains(name, :s) OR cashfin_contains(email, :s) OR cashfin_contains(phone, :s)';
            $params['s'] = $search;
        }
        $total = (int) $this->db->row("SELECT COUNT(*) AS n FROM customers $where", $params)['n'];

        // Asking for a page past the end is legal and yields nothing; checking
        // first also keeps a huge page number from overflowing the offset.
        if ($page > intdiv($total + $limit - 1, $limit)) {
            return ['total' => $total, 'data' => []];
        }
        $rows = $this->db->rows(
            "SELECT doc FROM customers $where ORDER BY seq DESC LIMIT $limit OFFSET " . (($page - 1) * $limit),
            $params,
        );
        return ['total' => $total, 'data' => array_map(fn (array $row) => self::decode($row['doc']), $rows)];
    }

    /*
     * Uniqueness ignores ASCII case only: without mbstring/intl PHP has no
     * Unicode case folding, and non-ASCII emails are rare enough not to matter.
     */
    private static function emailKey(string $email): string
    {
        return strtolower($email);
    }

    /** ObjectId layout: 4-byte big-endian unix time, then 8 random bytes. */
    private static function newId(): string
    {
        return sprintf('%08x', time()) . bin2hex(random_bytes(8));
    }

    /** ISO 8601, UTC, milliseconds: what JavaScript's Date#toISOString() prints. */
    private static function timestamp(): string
    {
        $now = microtime(true);
        $seconds = (int) floor($now);
        return gmdate('Y-m-d\TH:i:s', $seconds) . sprintf('.%03dZ', (int) (($now - $seconds) * 1000));
    }

    /**
     * @param array<string, mixed> $customer
     * @return array<string, mixed>
     */
    private static function ordered(array $customer): array
    {
        $ordered = [];
        foreach (self::KEY_ORDER as $key) {
            if (array_key_exists($key, $customer)) {
                $ordered[$key] = $customer[$key];
            }
        }
        return $ordered;
    }

    /** @return array<string, mixed> */
    private static function decode(string $doc): array
    {
        return json_decode($doc, true, 512, JSON_THROW_ON_ERROR);
    }
}
