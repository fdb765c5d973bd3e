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
     * A client for the Cashfin Customers API.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Customers
    {
        /**
         * @param string|null $clientSecret the raw client secret (cs_...); null reads CASHFIN_CLIENT_SECRET
         * @param array $options base_url, timeout, connect_timeout, max_retries, persistent, ca_info, proxy,
         *                       user_agent, allow_http, max_retry_delay, max_response_bytes, on_response,
         *                       requests_per_second
         */
        public function __construct(#[\SensitiveParameter] ?string $clientSecret = null, array $options = []) {}

        /**
         * Creates a customer and returns it (the answer's "data").
         * Options: idempotency_key (one is generated when absent; retries reuse it).
         */
        public function create(array $customer, array $options = []): array {}

        /**
         * One page of customers: ['data' => [...], 'pagination' => ['total', 'page', 'limit', 'pages']].
         * Query: page (int >= 1), limit (int 1..100), search (string).
         */
        public function list(array $query = []): array {}

        /** The customer with this id (24 hexadecimal characters). */
        public function details(string $id): array {}

        /**
         * Changes the given fields only; returns ['_id' => ..., 'modified' => int].
         * Options: idempotency_key.
         */
        public function update(string $id, array $changes, array $options = []): array {}

        /** Every matching customer, fetched page by page as the iteration reaches it. */
        public function all(array $query = []): \Iterator {}

        /**
         * Creates many customers at once. The result has the input's keys in the input's order; each value
         * is what create() would return, or the Cashfin\Exception it would throw.
         * Options: concurrency (1..64, default 8), requests_per_second, on_progress (callable(int $done, int $total)).
         */
        public function createMany(array $customers, array $options = []): array {}

        /** Like createMany(), for ['<id>' => changes, ...]: each value is what update() would return or throw. */
        public function updateMany(array $changesById, array $options = []): array {}

        /** Like createMany(), for a list of ids: each value is what details() would return or throw. */
        public function detailsMany(array $ids, array $options = []): array {}

        /**
         * What the last request sent to the API answered: status, headers, request_id, rate_limit,
         * attempts, duration_ms, connection_reused; null before the first request.
         */
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

        /** The HTTP status of the answer, or null when no answer was received or the error was found locally. */
        final public function getHttpStatus(): ?int {}

        /** Field errors as ['field' => 'message']. */
        final public function getErrors(): array {}

        /** The raw answer body, when there was one. */
        final public function getResponseBody(): ?string {}

        /** The X-Request-Id the server sent, if any. */
        final public function getRequestId(): ?string {}
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
