<?php

declare(strict_types=1);

namespace BenchPhp;

/*
 * What the two pure-PHP clients of the benchmark share: the Customers API's
 * rules, written the way a careful PHP SDK writes them. Only the transport
 * differs: PurePhpClient drives ext/curl itself, GuzzleClient goes through
 * Guzzle. So the gap between them is the HTTP stack, and the gap to the
 * extension is everything a PHP SDK does in PHP.
 *
 * Per call: the arguments are checked (ids, the create fields, list queries),
 * create() sends an Idempotency-Key (UUID v4) that its retries reuse, the body
 * is json_encode()d, the answer json_decode()d, and judged by status and body
 * (the documented envelope); errors become one exception class per cause.
 * Transient failures (connection, 429, 5xx) are retried with backoff.
 * lastResponse() gives the status, headers, request id and rate limits; the
 * header block is parsed only when it is asked for.
 */

class CashfinError extends \RuntimeException
{
    public function __construct(string $message, public readonly ?int $httpStatus = null,
                                public readonly array $errors = [], public readonly ?string $body = null,
                                public readonly ?int $retryAfter = null)
    {
        parent::__construct($message, $httpStatus ?? 0);
    }
}
class ValidationError extends CashfinError {}
class InvalidIdError extends ValidationError {}
class AuthenticationError extends CashfinError {}
class PermissionError extends CashfinError {}
class NotFoundError extends CashfinError {}
class DuplicateError extends CashfinError {}
class RateLimitError extends CashfinError {}
class ServerError extends CashfinError {}
class ApiError extends CashfinError {}
class ConnectionError extends CashfinError
{
    public function __construct(string $message, public readonly bool $transient = false)
    {
        parent::__construct($message);
    }
}
class UnexpectedResponseError extends CashfinError {}

abstract class CashfinPhpClient
{
    private const CREATE_FIELDS = ['name' => true, 'email' => true, 'phone' => true, 'country' => true,
        'currency' => true, 'company' => false, 'address' => false, 'city' => false, 'type' => false];

    protected string $baseUrl;
    protected string $secret;
    protected ?string $caInfo;
    protected float $timeout;
    protected float $connectTimeout;
    protected int $maxRetries;
    /** @var array{status:int, head:string, attempts:int, duration_ms:float}|null */
    private ?array $last = null;

    public function __construct(#[\SensitiveParameter] ?string $secret = null, array $options = [])
    {
        $secret ??= getenv('CASHFIN_CLIENT_SECRET') ?: null;
        if ($secret === null || $secret === '' || preg_match('/[\x00-\x20\x7f]/', $secret)) {
            throw new \ValueError('A client secret is required and may not hold spaces or control characters');
        }
        $this->secret = $secret;
        $this->baseUrl = rtrim((string) ($options['base_url'] ?? 'https://api.cashfin.africa'), '/');
        $this->caInfo = $options['ca_info'] ?? null;
        $this->timeout = (float) ($options['timeout'] ?? 30.0);
        $this->connectTimeout = (float) ($options['connect_timeout'] ?? 10.0);
        $this->maxRetries = (int) ($options['max_retries'] ?? 2);
    }

    /**
     * Sends one request. Returns [status, raw header block, body]; throws
     * ConnectionError (transient or not) when no answer came.
     *
     * @param list<string> $headers extra request headers, "Name: value"
     * @return array{0:int, 1:string, 2:string}
     */
    abstract protected function send(string $method, string $path, ?string $body, array $headers): array;

    public function details(string $id): array
    {
        if (!preg_match('/^[0-9a-fA-F]{24}$/D', $id)) {
            throw new InvalidIdError('Invalid customer ID format');
        }
        return $this->call('GET', "/business/customer/details/$id", null, [])['data'];
    }

    public function create(array $customer, array $options = []): array
    {
        $this->check($customer);
        $key = $options['idempotency_key'] ?? self::uuid4();
        $body = json_encode($customer, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
        return $this->call('POST', '/business/customer/create', $body,
            ['Content-Type: application/json', "Idempotency-Key: $key"])['data'];
    }

    public function list(array $query = []): array
    {
        $params = [];
        foreach ($query as $name => $value) {
            if (($name === 'page' && is_int($value) && $value >= 1) || ($name === 'limit' && is_int($value) && $value >= 1 && $value <= 100)
                || ($name === 'search' && is_string($value))) {
                $params[$name] = $value;
            } else {
                throw new \ValueError("Bad list query value for '$name'");
            }
        }
        $answer = $this->call('GET', '/business/customer/list' . ($params ? '?' . http_build_query($params) : ''), null, [], true);
        return ['data' => $answer['data'], 'pagination' => $answer['pagination'] ?? $answer['meta']];
    }

    /** Every matching customer, a page of 100 at a time. */
    public function all(array $query = []): \Generator
    {
        $query += ['page' => 1, 'limit' => 100];
        do {
            $page = $this->list($query);
            yield from $page['data'];
            $query['page']++;
        } while ($query['page'] <= $page['pagination']['pages']);
    }

    public function lastResponse(): ?array
    {
        if ($this->last === null) {
            return null;
        }
        $headers = [];
        foreach (explode("\r\n", $this->last['head']) as $line) {
            if (str_starts_with($line, 'HTTP/')) {
                $headers = [];   // a later block (after a 100 Continue) replaces an earlier one
            } elseif (($colon = strpos($line, ':')) !== false) {
                $headers[strtolower(substr($line, 0, $colon))] = trim(substr($line, $colon + 1));
            }
        }
        $number = fn (string $name) => isset($headers[$name]) && ctype_digit($headers[$name]) ? (int) $headers[$name] : null;
        return [
            'status' => $this->last['status'],
            'headers' => $headers,
            'request_id' => $headers['x-request-id'] ?? null,
            'rate_limit' => ['limit' => $number('x-ratelimit-limit'), 'remaining' => $number('x-ratelimit-remaining'),
                'reset' => $number('x-ratelimit-reset')],
            'attempts' => $this->last['attempts'],
            'duration_ms' => $this->last['duration_ms'],
        ];
    }

    /** Sends with retries and returns the decoded envelope of a success; throws the mapped error otherwise. */
    private function call(string $method, string $path, ?string $body, array $headers, bool $page = false): array
    {
        $started = hrtime(true);
        for ($attempt = 1; ; $attempt++) {
            try {
                [$status, $head, $raw] = $this->send($method, $path, $body, $headers);
            } catch (ConnectionError $e) {
                if ($attempt <= $this->maxRetries && $e->transient) {
                    usleep(self::backoff($attempt));
                    continue;
                }
                $this->last = ['status' => 0, 'head' => '', 'attempts' => $attempt,
                    'duration_ms' => (hrtime(true) - $started) / 1e6];
                throw $e;
            }
            if ($attempt <= $this->maxRetries && ($status === 429 || ($status >= 500 && $status !== 501))) {
                $wait = preg_match('/^retry-after:\s*(\d+)/mi', $head, $m) ? (int) $m[1] * 1000000 : self::backoff($attempt);
                if ($wait <= 5000000) {
                    usleep($wait);
                    continue;
                }
            }
            $this->last = ['status' => $status, 'head' => $head, 'attempts' => $attempt,
                'duration_ms' => (hrtime(true) - $started) / 1e6];
            break;
        }
        $decoded = json_decode($raw, true, 64);
        if ($status >= 200 && $status < 300 && is_array($decoded) && ($decoded['success'] ?? null) === true
            && isset($decoded['data']) && is_array($decoded['data'])
            && (!$page || is_array($decoded['pagination'] ?? $decoded['meta'] ?? null))) {
            return $decoded;
        }
        throw self::error($status, $decoded, $raw, $head);
    }

    /** The exception for an answer that is not a success: the status decides the class, the body refines it. */
    private static function error(int $status, mixed $decoded, string $raw, string $head): CashfinError
    {
        if (!is_array($decoded)) {
            return new UnexpectedResponseError($status >= 500 ? 'Server error' : 'The answer is not the JSON envelope',
                $status, [], $raw);
        }
        $message = (string) ($decoded['error'] ?? $decoded['message'] ?? "HTTP $status");
        $errors = is_array($decoded['errors'] ?? null) ? $decoded['errors'] : [];
        if ($status >= 500) {
            return new ServerError($message, $status, $errors, $raw);
        }
        if ($message === 'Invalid customer ID format') {
            return new InvalidIdError($message, $status, $errors, $raw);
        }
        if ($status === 404 || $message === 'Customer not found') {
            return new NotFoundError($message, $status, $errors, $raw);
        }
        if ($status === 409 || str_ends_with($message, 'already exists')) {
            return new DuplicateError($message, $status, $errors, $raw);
        }
        return match (true) {
            $status === 401 => new AuthenticationError($message, $status, $errors, $raw),
            $status === 403 => new PermissionError($message, $status, $errors, $raw),
            $status === 429 => new RateLimitError($message, $status, $errors, $raw,
                preg_match('/^retry-after:\s*(\d+)/mi', $head, $m) ? (int) $m[1] : (isset($decoded['retry_after']) ? (int) $decoded['retry_after'] : null)),
            ($status === 400 || $status === 422) && $errors !== [] => new ValidationError($message, $status, $errors, $raw),
            $status >= 200 && $status < 300 && ($decoded['success'] ?? null) === true
                => new UnexpectedResponseError('The answer is not the JSON envelope', $status, [], $raw),
            default => new ApiError($message, $status, $errors, $raw),
        };
    }

    /** The API's field rules for create(), checked before any request, reported as the server would. */
    private function check(array $customer): void
    {
        $errors = [];
        foreach ($customer as $field => $value) {
            if (!isset(self::CREATE_FIELDS[$field])) {
                $errors[$field] = 'Unknown field';
            } elseif (!is_string($value) || !preg_match('//u', $value) || preg_match('/[\x00-\x1f\x7f]/', $value)) {
                $errors[$field] = ucfirst((string) $field) . ' must be a string';
            }
        }
        foreach (self::CREATE_FIELDS as $field => $required) {
            if ($required && !isset($errors[$field]) && trim((string) ($customer[$field] ?? '')) === '') {
                $errors[$field] = ucfirst($field) . ' is required';
            }
        }
        $value = fn (string $field) => isset($errors[$field]) || !isset($customer[$field]) ? null : $customer[$field];
        if (($email = $value('email')) !== null && !preg_match('/^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/D', $email)) {
            $errors['email'] = 'Email must be a valid email address';
        }
        if (($phone = $value('phone')) !== null && !preg_match('/^\+?[0-9 ().-]{7,32}$/D', $phone)) {
            $errors['phone'] = 'Phone must be a valid phone number';
        }
        if (($currency = $value('currency')) !== null && !preg_match('/^[A-Z]{3}$/D', $currency)) {
            $errors['currency'] = 'Currency must be a 3-letter ISO 4217 code';
        }
        if (($type = $value('type')) !== null && $type !== 'individual' && $type !== 'business') {
            $errors['type'] = 'Type must be individual or business';
        }
        foreach (['name' => 100, 'country' => 100, 'company' => 100, 'address' => 255, 'city' => 100] as $field => $max) {
            if (($text = $value($field)) !== null && strlen($text) > $max && preg_match_all('/./su', $text) > $max) {
                $errors[$field] = ucfirst($field) . " must be at most $max characters";
            }
        }
        if ($errors !== []) {
            throw new ValidationError('There are problems with your submission', null, $errors);
        }
    }

    private static function uuid4(): string
    {
        $bytes = random_bytes(16);
        $bytes[6] = chr(ord($bytes[6]) & 0x0f | 0x40);
        $bytes[8] = chr(ord($bytes[8]) & 0x3f | 0x80);
        return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($bytes), 4));
    }

    /** Microseconds: exponential backoff with full jitter, 0.5 s base, 8 s cap. */
    private static function backoff(int $attempt): int
    {
        return random_int(0, min(8000000, 500000 << min($attempt - 1, 5)));
    }
}
