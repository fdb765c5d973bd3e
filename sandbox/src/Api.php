<?php

declare(strict_types=1);

namespace CashfinSandbox;

/**
 * The emulated Cashfin Customers API.
 *
 * Order of evaluation for every request: request log, injected fault, added
 * latency, authentication (401), rate limit (429), routing (404/405), then
 * the endpoint's own checks.
 */
final class Api
{
    /** path pattern => [method, handler] */
    private const ROUTES = [
        '#^/business/customer/create/?$#D' => ['POST', 'create'],
        '#^/business/customer/list/?$#D' => ['GET', 'list'],
        '#^/business/customer/details/([^/]+)/?$#D' => ['GET', 'details'],
        '#^/business/customer/update/([^/]+)/?$#D' => ['PATCH', 'update'],
    ];

    private const PAGE_SIZE_DEFAULT = 10;
    private const PAGE_SIZE_MAX = 100;

    private readonly Settings $settings;
    private readonly RateLimiter $limiter;

    public function __construct(private readonly Database $db)
    {
        $this->settings = Settings::load($db);
        $this->limiter = new RateLimiter($db);
    }

    public function handle(Request $request): Response
    {
        (new RequestLog($this->db))->append($request);

        $fault = (new FaultQueue($this->db))->take($request->method, $request->path);
        $delayMs = ($this->settings->latencyMs ?? 0) + ($fault['delay_ms'] ?? 0);
        if ($delayMs > 0) {
            usleep($delayMs * 1000);
        }

        if ($fault !== null && FaultQueue::replacesAnswer($fault)) {
            $response = FaultQueue::answer($fault);
            $rateHeaders = $this->limiter->peek($this->settings->rps);
        } else {
            [$response, $rateHeaders] = $this->answer($request);
        }
        if ($fault !== null) {
            FaultQueue::alter($response, $fault);
        }
        foreach ($rateHeaders as $name => $value) {
            $response->addDefaultHeader($name, $value);
        }
        return $response;
    }

    /** @return array{Response, array<string, string>} the answer and its rate headers */
    private function answer(Request $request): array
    {
        $secret = $request->header('authorization') ?? '';
        if (!$this->authorized($secret)) {
            // The one documented error without an "error" key, spaced exactly
            // as in Cashfin's documentation.
            $response = new Response(401, '{"success": false, "message": "Unauthorized access!"}');
            return [$response, $this->limiter->peek($this->settings->rps)];
        }

        $rate = $this->limiter->hit($this->settings->rps);
        if (!$rate['allowed']) {
            $response = Response::json(429, [
                'success' => false,
                'error' => 'Too many requests',
                'retry_after' => $rate['retry_after'],
            ])->setHeader('Retry-After', (string) $rate['retry_after']);
            return [$response, $rate['headers']];
        }

        return [$this->route($request, $secret), $rate['headers']];
    }

    private function authorized(string $secret): bool
    {
        if ($this->settings->secret !== null) {
            return hash_equals($this->settings->secret, $secret);
        }
        return str_starts_with($secret, 'cs_');
    }

    private function route(Request $request, string $secret): Response
    {
        // Express answers HEAD with the GET route, minus the body.
        $method = $request->method === 'HEAD' ? 'GET' : $request->method;
        foreach (self::ROUTES as $pattern => [$allowed, $handler]) {
            if (preg_match($pattern, $request->path, $m) !== 1) {
                continue;
            }
            if ($method !== $allowed) {
                return Response::error(405, 'Method not allowed')->setHeader('Allow', $allowed);
            }
            $store = new CustomerStore($this->db);
            return match ($handler) {
                'create' => $this->create($store, $request, $secret),
                'list' => $this->list($store, $request),
                'details' => $this->details($store, rawurldecode($m[1])),
                'update' => $this->update($store, rawurldecode($m[1]), $request->body),
            };
        }
        return Response::error(404, 'Route not found');
    }

    private function create(CustomerStore $store, Request $request, string $secret): Response
    {
        $key = $request->header('idempotency-key') ?? '';
        $fingerprint = IdempotencyStore::fingerprint($request->body);
        $keys = new IdempotencyStore($this->db);

        // One write transaction, so two concurrent retries of the same key
        // cannot both create a customer.
        return $this->db->transaction(function () use ($store, $request, $secret, $key, $fingerprint, $keys): Response {
            if ($key !== '' && ($prior = $keys->find($secret, $key)) !== null) {
                if (!hash_equals($prior['fingerprint'], $fingerprint)) {
                    return Response::error(400, 'Idempotency key reused with a different request');
                }
                return (new Response($prior['status'], $prior['body']))->setHeader('Idempotent-Replayed', 'true');
            }

            $fields = Json::decodeObject($request->body);
            if ($fields === null) {
                return Response::error(400, 'Invalid JSON body');
            }
            $errors = CustomerRules::check($fields, true);
            if ($errors !== []) {
                return self::validationError($errors);
            }
            if ($store->emailTaken($fields['email'])) {
                return Response::error(409, 'Customer with this email already exists');
            }

            $response = Response::json(201, [
                'success' => true,
                'message' => 'Customer created successfully',
                'data' => $store->create($fields),
            ]);
            if ($key !== '') {
                $keys->remember($secret, $key, $fingerprint, $response);
            }
            return $response;
        });
    }

    private function list(CustomerStore $store, Request $request): Response
    {
        $query = $request->queryParams();
        $page = self::positiveInt($query['page'] ?? null, 1);
        $limit = self::positiveInt($query['limit'] ?? null, self::PAGE_SIZE_DEFAULT);
        if ($page === null || $limit === null) {
            return Response::error(400, 'Invalid pagination parameters');
        }
        $limit = min($limit, self::PAGE_SIZE_MAX);

        $result = $store->page($page, $limit, $query['search'] ?? '');
        return Response::json(200, [
            'success' => true,
            'data' => $result['data'],
            'pagination' => [
                'total' => $result['total'],
                'page' => $page,
                'limit' => $limit,
                'pages' => intdiv($result['total'] + $limit - 1, $limit),
            ],
        ]);
    }

    private function details(CustomerStore $store, string $id): Response
    {
        if (!self::isObjectId($id)) {
            return Response::error(400, 'Invalid customer ID format');
        }
        $customer = $store->find($id);
        if ($customer === null) {
            return Response::error(404, 'Customer not found');
        }
        return Response::json(200, ['success' => true, 'data' => $customer]);
    }

    private function update(CustomerStore $store, string $id, string $body): Response
    {
        if (!self::isObjectId($id)) {
            return Response::error(400, 'Invalid customer ID format');
        }
        $changes = Json::decodeObject($body);
        if ($changes === null) {
            return Response::error(400, 'Invalid JSON body');
        }
        $errors = CustomerRules::check($changes, false);
        if ($errors !== []) {
            return self::validationError($errors);
        }

        return $this->db->transaction(function () use ($store, $id, $changes): Response {
            $customer = $store->find($id);
            if ($customer === null) {
                return Response::error(404, 'Customer not found');
            }
            if (isset($changes['email']) && $store->emailTaken($changes['email'], $customer['_id'])) {
                return Response::error(409, 'Customer with this email already exists');
            }
            $modified = $store->update($customer, $changes);
            return Response::json(200, [
                'success' => true,
                'message' => 'Customer updated successfully',
                'data' => ['_id' => $customer['_id'], 'modified' => $modified ? 1 : 0],
            ]);
        });
    }

    /** @param array<int|string, string> $errors */
    private static function validationError(array $errors): Response
    {
        return Response::json(422, [
            'success' => false,
            'error' => 'There are problems with your submission',
            // An object even when every key is numeric ({"0": ...}), never a list.
            'errors' => (object) $errors,
        ]);
    }

    private static function isObjectId(string $id): bool
    {
        return preg_match('/^[0-9a-fA-F]{24}$/D', $id) === 1;
    }

    /** Absent gives the default; anything but a positive decimal integer gives null. */
    private static function positiveInt(?string $value, int $default): ?int
    {
        if ($value === null) {
            return $default;
        }
        if (!ctype_digit($value) || ltrim($value, '0') === '') {
            return null;
        }
        // Digits beyond PHP_INT_MAX saturate; such a page is simply past the end.
        return (int) $value;
    }
}
