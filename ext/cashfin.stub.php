<?php

/**
 * The PHP-facing contract of the cashfin extension.
 * cashfin_arginfo.h is generated from this file: run scripts/gen-arginfo.sh after editing it.
 *
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace Cashfin {

    /**
     * Every public method of Customers but its constructor: type your code against this interface, and
     * your tests can replace the client with a mock (Customers itself is final).
     *
     * A customer record, as the API returns it (see README, "The customer record"):
     * - always present: _id (24 hexadecimal characters), name, email, phone, active, createdat;
     * - present when set: company, country, currency, type, address, city, state, website, sourceorigin,
     *   updatedat. The sandbox always sends country, currency, type, sourceorigin and updatedat; Cashfin's
     *   documented answers leave some of them out, so read them with `?? null`.
     * Dates are ISO 8601 in UTC with milliseconds: "2024-01-15T10:30:00.000Z".
     *
     * Every method that sends a request can throw, besides what its own @throws lists:
     * AuthenticationException (401), PermissionException (403), RateLimitException (429, see
     * getRetryAfter()), ServerException (5xx), ApiException (any other error answer), ConnectionException
     * and TimeoutException (no answer), UnexpectedResponseException (an answer that is not the API's JSON),
     * \Error when called from this client's own callbacks (on_response, on_progress, the logger, a bulk
     * call's idempotency_key callable), and whatever one of those callbacks throws.
     *
     * Options and queries given as strings (from configuration files, .env, $_GET): a caller without
     * declare(strict_types=1) may give numeric strings for numbers ("3", " 2.5 ", "1e3"; an int needs an
     * integer value) and FILTER_VALIDATE_BOOLEAN's words for booleans ("true", "off", "yes", "0", "", ...).
     */
    interface CustomersInterface
    {
        /**
         * Creates a customer and returns it (the answer's "data").
         *
         * @param array $customer name, email, phone, country, currency (required); company, address, city,
         *                        type ('individual' or 'business')
         * @param array $options idempotency_key: 1 to 255 visible ASCII characters; one is generated when
         *                       absent, and retries reuse it
         * @phpstan-param array{name: string, email: string, phone: string, country: string, currency: string,
         *     company?: string, address?: string, city?: string, type?: 'individual'|'business'} $customer
         * @phpstan-param array{idempotency_key?: string} $options
         * @return array{
         *     _id: string,
         *     name: string,
         *     email: string,
         *     phone: string,
         *     company?: string,
         *     country?: string,
         *     currency?: string,
         *     type?: 'individual'|'business',
         *     address?: string,
         *     city?: string,
         *     state?: string,
         *     website?: string,
         *     active: bool,
         *     sourceorigin?: string,
         *     createdat: string,
         *     updatedat?: string
         * }
         * @throws ValidationException the data breaks the API's field rules (found before any request, or
         *                             answered 400/422): getErrors() is ['field' => 'message', ...]
         * @throws DuplicateException a customer with this email already exists (409)
         * @throws Exception any other failure of the call (see the interface's description)
         * @throws \ValueError a bad option
         */
        public function create(array $customer, array $options = []): array;

        /**
         * One page of customers, newest first.
         *
         * @param array $query page (int >= 1, default 1), limit (int 1..100, default 10), search (a
         *                     case-insensitive substring of the name, email or phone)
         * @phpstan-param array{page?: int, limit?: int, search?: string} $query
         * @return array{
         *     data: list<array{
         *         _id: string,
         *         name: string,
         *         email: string,
         *         phone: string,
         *         company?: string,
         *         country?: string,
         *         currency?: string,
         *         type?: 'individual'|'business',
         *         address?: string,
         *         city?: string,
         *         state?: string,
         *         website?: string,
         *         active: bool,
         *         sourceorigin?: string,
         *         createdat: string,
         *         updatedat?: string
         *     }>,
         *     pagination: array{total: int, page: int, limit: int, pages: int}
         * }
         * @throws Exception any failure of the call (see the interface's description)
         * @throws \ValueError a bad query value or an unknown query key
         */
        public function list(array $query = []): array;

        /**
         * The customer with this id.
         *
         * @param string $id 24 hexadecimal characters
         * @return array{
         *     _id: string,
         *     name: string,
         *     email: string,
         *     phone: string,
         *     company?: string,
         *     country?: string,
         *     currency?: string,
         *     type?: 'individual'|'business',
         *     address?: string,
         *     city?: string,
         *     state?: string,
         *     website?: string,
         *     active: bool,
         *     sourceorigin?: string,
         *     createdat: string,
         *     updatedat?: string
         * }
         * @throws InvalidIdException a malformed id (no request is sent), or "Invalid customer ID format"
         * @throws NotFoundException no customer has this id (404)
         * @throws Exception any other failure of the call (see the interface's description)
         */
        public function details(string $id): array;

        /**
         * Changes the given fields only: name, email, phone, company, address, city, state, country,
         * currency, website, type. An empty string removes an optional field.
         *
         * @param string $id 24 hexadecimal characters
         * @param array $options idempotency_key (sent only when given: an update is safe to repeat)
         * @phpstan-param array{name?: string, email?: string, phone?: string, company?: string,
         *     address?: string, city?: string, state?: string, country?: string, currency?: string,
         *     website?: string, type?: 'individual'|'business'|''} $changes
         * @phpstan-param array{idempotency_key?: string} $options
         * @return array{_id: string, modified: int} modified is 1, or 0 when every value was already so
         * @throws InvalidIdException a malformed id (no request is sent), or "Invalid customer ID format"
         * @throws ValidationException the changes break the API's field rules (before any request, or 400/422)
         * @throws NotFoundException no customer has this id (404)
         * @throws DuplicateException another customer already has this email (409)
         * @throws Exception any other failure of the call (see the interface's description)
         * @throws \ValueError a bad option
         */
        public function update(string $id, array $changes, array $options = []): array;

        /**
         * Every matching customer, fetched page by page (100 a page unless `limit` is given) as the
         * iteration reaches it; keys are 0, 1, 2, ...; rewinding starts over with fresh requests. Requests
         * are made while iterating, so the exceptions below come from the loop, not from this call.
         *
         * @param array $query page (the first page to fetch), limit, search: as for list()
         * @phpstan-param array{page?: int, limit?: int, search?: string} $query
         * @return \Iterator<int, array{
         *     _id: string,
         *     name: string,
         *     email: string,
         *     phone: string,
         *     company?: string,
         *     country?: string,
         *     currency?: string,
         *     type?: 'individual'|'business',
         *     address?: string,
         *     city?: string,
         *     state?: string,
         *     website?: string,
         *     active: bool,
         *     sourceorigin?: string,
         *     createdat: string,
         *     updatedat?: string
         * }>
         * @throws Exception (while iterating) any failure of a page's call (see the interface's description)
         * @throws \ValueError a bad query value or an unknown query key
         */
        public function all(array $query = []): \Iterator;

        /**
         * Creates many customers at once (see README, "Bulk calls"). The result has the input's keys in the
         * input's order; each value is what create() would return, or the exception it would throw.
         *
         * @param array $customers entries as create() takes them
         * @param array $options concurrency (1..64, default 8), requests_per_second (float: this call's own
         *                       pace with the 'process' store, a cap within the budget with a shared one),
         *                       on_progress (callable(int $done, int $total): void), idempotency_key: a
         *                       prefix (each entry's key is the prefix followed by the entry's array key)
         *                       or a callable(int|string $key, array $entry): string, called for every
         *                       entry that will be sent before any request; every key must be 1 to 255
         *                       visible ASCII characters, else the call is a \ValueError and nothing is sent
         * @phpstan-param array{concurrency?: int, requests_per_second?: float,
         *     on_progress?: callable(int, int): void,
         *     idempotency_key?: string|callable(int|string, array<string, string>): string} $options
         * @return array<array-key, array{
         *     _id: string,
         *     name: string,
         *     email: string,
         *     phone: string,
         *     company?: string,
         *     country?: string,
         *     currency?: string,
         *     type?: 'individual'|'business',
         *     address?: string,
         *     city?: string,
         *     state?: string,
         *     website?: string,
         *     active: bool,
         *     sourceorigin?: string,
         *     createdat: string,
         *     updatedat?: string
         * }|Exception>
         * @throws \TypeError an entry that is not an array
         * @throws \ValueError a bad option
         * @throws \Error when called from this client's own callbacks
         */
        public function createMany(array $customers, array $options = []): array;

        /**
         * Like createMany(), for ['<id>' => changes, ...]: each value is what update() would return or
         * throw.
         *
         * @param array $changesById changes as update() takes them, keyed by customer id
         * @param array $options as for createMany(); with idempotency_key each update sends the key made
         *                       from its id (the prefix followed by the id, or the callable's return)
         * @phpstan-param array<string, array<string, string>> $changesById
         * @phpstan-param array{concurrency?: int, requests_per_second?: float,
         *     on_progress?: callable(int, int): void,
         *     idempotency_key?: string|callable(string, array<string, string>): string} $options
         * @return array<string, array{_id: string, modified: int}|Exception>
         * @throws \TypeError an entry that is not an array
         * @throws \ValueError a bad option
         * @throws \Error when called from this client's own callbacks
         */
        public function updateMany(array $changesById, array $options = []): array;

        /**
         * Like createMany(), for a list of ids: each value is what details() would return or throw.
         *
         * @param array $ids customer ids (strings)
         * @param array $options concurrency, requests_per_second, on_progress, as for createMany() (reads
         *                       take no idempotency_key)
         * @phpstan-param array<array-key, string> $ids
         * @phpstan-param array{concurrency?: int, requests_per_second?: float,
         *     on_progress?: callable(int, int): void} $options
         * @return array<array-key, array{
         *     _id: string,
         *     name: string,
         *     email: string,
         *     phone: string,
         *     company?: string,
         *     country?: string,
         *     currency?: string,
         *     type?: 'individual'|'business',
         *     address?: string,
         *     city?: string,
         *     state?: string,
         *     website?: string,
         *     active: bool,
         *     sourceorigin?: string,
         *     createdat: string,
         *     updatedat?: string
         * }|Exception>
         * @throws \TypeError an id that is not a string
         * @throws \ValueError a bad option
         * @throws \Error when called from this client's own callbacks
         */
        public function detailsMany(array $ids, array $options = []): array;

        /**
         * The customer whose email is this address, or null when there is none. Addresses compare
         * ignoring ASCII case only, over the whole address, as the API does when it refuses a duplicate
         * ("Alice@Example.com" is "alice@example.com"; "É" and "é" differ). Pages through
         * list(['search' => $email, 'limit' => 100]) and stops at the first exact match or the last page.
         *
         * @return array{
         *     _id: string,
         *     name: string,
         *     email: string,
         *     phone: string,
         *     company?: string,
         *     country?: string,
         *     currency?: string,
         *     type?: 'individual'|'business',
         *     address?: string,
         *     city?: string,
         *     state?: string,
         *     website?: string,
         *     active: bool,
         *     sourceorigin?: string,
         *     createdat: string,
         *     updatedat?: string
         * }|null
         * @throws \ValueError an empty address, invalid UTF-8, control characters, over 254 characters
         * @throws Exception any failure of a page's call (see the interface's description)
         */
        public function findByEmail(string $email): ?array;

        /**
         * What the last request sent to the API answered, also when it failed; null before the first
         * request. A call rejected locally leaves it unchanged. headers has lower-case names; status is
         * null when no answer came; duration_ms covers every attempt and the waits between them;
         * idempotency_key is the Idempotency-Key the request carried (given or generated), null when none.
         *
         * @return array{
         *     status: int|null,
         *     headers: array<string, string>,
         *     request_id: string|null,
         *     rate_limit: array{limit: int|null, remaining: int|null, reset: int|null},
         *     attempts: int,
         *     duration_ms: float,
         *     connection_reused: bool,
         *     idempotency_key: string|null
         * }|null
         */
        public function lastResponse(): ?array;
    }

    /**
     * A client for the Cashfin Customers API.
     *
     * The on_response option is called after every attempt of every request with one array, and never sees
     * the secret or a body:
     *     array{
     *         method: string,             // "GET", "POST", "PATCH"
     *         path: string,               // with the query, e.g. "/business/customer/list?page=2&limit=100"
     *         status: int|null,           // null when no answer came
     *         attempt: int,               // 1, 2, ...
     *         duration_ms: float,
     *         connection_reused: bool,
     *         error: class-string<Exception>|null, // the exception class this attempt stands for
     *         will_retry: bool,
     *         retry_in_ms: int|null,      // when will_retry: the wait before the next attempt
     *         request_id: string|null,    // the answer's X-Request-Id
     *         idempotency_key: string|null, // the Idempotency-Key the request carried
     *         rate_limit_store: string|null, // "process", "host" or "redis": what gave this attempt its start
     *         queued_ms: float,           // how long the attempt waited for its start
     *         rate_limit_fallback: string|null // why the configured store did not pace it (Redis down, say)
     *     }
     * If it throws, no further attempt is made and its exception propagates; it may not start another call
     * on the same object (that is an \Error).
     *
     * The logger option takes a PSR-3 logger (Psr\Log\LoggerInterface; while that interface is not loaded,
     * any object with a public log($level, $message, array $context)). It gets a debug record per attempt
     * (the context is the on_response array, with the value of a search replaced by "[redacted]"), a
     * warning per retry, per rate-limit pause of a bulk call and per failure of a Redis rate-limit store
     * (the attempt's context; its rate_limit_fallback says why), and an error when a call that sent its
     * request finally fails (context: method, path, status, attempt, duration_ms, request_id,
     * idempotency_key, error, message). Messages hold PSR-3 placeholders; contexts hold scalars only,
     * never the secret or a body. The logger follows on_response's rules: it runs first, and one that
     * throws stops the call.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Customers implements CustomersInterface
    {
        /**
         * @param string|null $clientSecret the raw client secret (cs_...); null reads CASHFIN_CLIENT_SECRET as
         *                                 getenv() reads it (the SAPI's environment, e.g. nginx's
         *                                 fastcgi_param, then the process's)
         * @param array $options base_url (else CASHFIN_BASE_URL, else cashfin.base_url), timeout,
         *                       connect_timeout, max_retries, persistent, ca_info, proxy, user_agent,
         *                       allow_http, max_retry_delay, max_response_bytes, on_response,
         *                       requests_per_second (float, or 'auto': the plan's X-RateLimit-Limit),
         *                       rate_limit_store ('process', 'host': one budget in shared memory for the
         *                       host, the default when a rate is set, or a redis://, rediss:// or unix://
         *                       URL for a fleet; else cashfin.rate_limit_store), bulk_share (0..1, default
         *                       0.8: the most of a shared budget bulk calls take while single calls are
         *                       made), logger (README, "Options" and "Rate limits")
         * @phpstan-param array{base_url?: string, timeout?: float, connect_timeout?: float,
         *     max_retries?: int, max_retry_delay?: float, max_response_bytes?: int, persistent?: bool,
         *     ca_info?: string, proxy?: string, user_agent?: string, allow_http?: bool,
         *     requests_per_second?: float|'auto', rate_limit_store?: string, bulk_share?: float,
         *     on_response?: callable(array{method: string, path: string, status: int|null, attempt: int,
         *         duration_ms: float, connection_reused: bool, error: class-string<Exception>|null,
         *         will_retry: bool, retry_in_ms: int|null, request_id: string|null,
         *         idempotency_key: string|null, rate_limit_store: string|null, queued_ms: float,
         *         rate_limit_fallback: string|null}): void,
         *     logger?: \Psr\Log\LoggerInterface} $options
         * @throws \ValueError no secret at all, a secret with spaces or control characters, an unknown
         *                     option, a value out of range, a base URL (from the option, CASHFIN_BASE_URL or
         *                     cashfin.base_url) that is not https:// (or loopback), a rate_limit_store that
         *                     is not 'process', 'host' or a Redis URL this build can use (the message never
         *                     repeats the URL: it may hold a password)
         * @throws \TypeError an option of the wrong type (a logger that is not a PSR-3 logger)
         */
        public function __construct(#[\SensitiveParameter] ?string $clientSecret = null, array $options = []) {}

        /** {@inheritDoc} */
        public function create(array $customer, array $options = []): array {}

        /** {@inheritDoc} */
        public function list(array $query = []): array {}

        /** {@inheritDoc} */
        public function details(string $id): array {}

        /** {@inheritDoc} */
        public function update(string $id, array $changes, array $options = []): array {}

        /** {@inheritDoc} */
        public function all(array $query = []): \Iterator {}

        /** {@inheritDoc} */
        public function createMany(array $customers, array $options = []): array {}

        /** {@inheritDoc} */
        public function updateMany(array $changesById, array $options = []): array {}

        /** {@inheritDoc} */
        public function detailsMany(array $ids, array $options = []): array {}

        /** {@inheritDoc} */
        public function findByEmail(string $email): ?array {}

        /** {@inheritDoc} */
        public function lastResponse(): ?array {}
    }

    /**
     * The lazy pager returned by Customers::all().
     *
     * @strict-properties
     * @not-serializable
     */
    final class CustomerIterator implements \Iterator
    {
        private function __construct() {}

        public function current(): mixed {}

        public function key(): mixed {}

        public function next(): void {}

        public function rewind(): void {}

        public function valid(): bool {}
    }

    /** Every error the extension reports about an API call. */
    class Exception extends \RuntimeException
    {
        private ?int $httpStatus = null;
        private array $errors = [];
        private ?string $responseBody = null;
        private ?string $requestId = null;
        private ?string $idempotencyKey = null;

        /**
         * The extension builds the exceptions it throws itself; this constructor is for an application's
         * own code and tests, e.g. new NotFoundException('Customer not found', 404). The defaults are those
         * of an error found locally. The exception code is $httpStatus, or 0.
         *
         * @param int|null $httpStatus 100..599, or null when no answer came
         * @param array $errors field errors, ['field' => 'message', ...]
         * @phpstan-param array<array-key, string> $errors
         * @throws \ValueError a status outside 100..599
         * @throws \TypeError an errors value that is not a string
         */
        public function __construct(
            string $message = '',
            ?int $httpStatus = null,
            array $errors = [],
            ?string $responseBody = null,
            ?string $requestId = null,
            ?\Throwable $previous = null
        ) {}

        /** The HTTP status of the answer, or null when no answer was received or the error was found locally. */
        final public function getHttpStatus(): ?int {}

        /** Field errors as ['field' => 'message']. */
        final public function getErrors(): array {}

        /** The raw answer body, when there was one. */
        final public function getResponseBody(): ?string {}

        /** The X-Request-Id the server sent, if any. */
        final public function getRequestId(): ?string {}

        /**
         * The Idempotency-Key the failed request carried (the one given, or the one generated for a create),
         * or null when no request was sent or it carried none: retry later with
         * ['idempotency_key' => $e->getIdempotencyKey()] and the API applies the write at most once. Set by
         * the extension only; the constructor leaves it null.
         */
        final public function getIdempotencyKey(): ?string {}
    }

    /** 400/422 with field errors, or data rejected locally before any request. */
    class ValidationException extends Exception {}

    /** A malformed customer id (found locally) or "Invalid customer ID format". */
    class InvalidIdException extends ValidationException {}

    /** 401: the client secret was refused. */
    class AuthenticationException extends Exception {}

    /** 403. */
    class PermissionException extends Exception {}

    /** 404 or "Customer not found". */
    class NotFoundException extends Exception {}

    /** 409 or "... already exists". */
    class DuplicateException extends Exception {}

    /** 429: too many requests. */
    class RateLimitException extends Exception
    {
        private ?int $retryAfter = null;

        /**
         * As Exception's constructor, with $retryAfter before $previous, which stays last as in every PHP
         * exception: new RateLimitException('Too many requests', 429, retryAfter: 30).
         *
         * @param int|null $retryAfter seconds to wait (0 to 604800, one week), or null when the server did not say
         * @phpstan-param array<array-key, string> $errors
         * @throws \ValueError a status outside 100..599, a retryAfter outside 0..604800
         * @throws \TypeError an errors value that is not a string
         */
        public function __construct(
            string $message = '',
            ?int $httpStatus = null,
            array $errors = [],
            ?string $responseBody = null,
            ?string $requestId = null,
            ?int $retryAfter = null,
            ?\Throwable $previous = null
        ) {}

        /** Seconds the server asked to wait, if it said. */
        final public function getRetryAfter(): ?int {}
    }

    /** 5xx. */
    class ServerException extends Exception {}

    /** Any other error answer. */
    class ApiException extends Exception {}

    /** No usable answer: DNS, connect, TLS, reset. */
    class ConnectionException extends Exception {}

    /** The timeout or connect_timeout ran out. */
    class TimeoutException extends ConnectionException {}

    /** An answer that is not the documented JSON envelope: an HTML page, a truncated or oversize body. */
    class UnexpectedResponseException extends Exception {}
}
