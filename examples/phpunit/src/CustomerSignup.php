<?php

declare(strict_types=1);

namespace App;

use Cashfin\CustomersInterface;
use Cashfin\DuplicateException;
use Cashfin\RateLimitException;
use Cashfin\ValidationException;

/**
 * Signs a visitor up as a Cashfin customer from a web form: what a controller action would call. It
 * depends on Cashfin\CustomersInterface, so a test can hand it a mock instead of the real client.
 */
final class CustomerSignup
{
    private const FIELDS = ['name', 'email', 'phone', 'country', 'currency'];

    public function __construct(private readonly CustomersInterface $customers)
    {
    }

    /**
     * @param array<string, string> $form
     * @return array{status: int, headers: array<string, string>, body: array<string, mixed>}
     */
    public function handle(array $form): array
    {
        $customer = array_intersect_key($form, array_flip(self::FIELDS));
        try {
            $created = $this->customers->create($customer);
            return self::answer(201, ['id' => $created['_id'], 'existing' => false]);
        } catch (ValidationException $e) {
            return self::answer(422, ['errors' => $e->getErrors()]);
        } catch (DuplicateException) {
            // Signing up twice is not an error for the visitor: answer with the account they already have.
            $existing = $this->customers->findByEmail($customer['email']);
            return self::answer(200, ['id' => $existing['_id'] ?? null, 'existing' => true]);
        } catch (RateLimitException $e) {
            $wait = $e->getRetryAfter() ?? 1;
            return self::answer(503, ['retry_after' => $wait], ['Retry-After' => (string) $wait]);
        }
    }

    /**
     * @param array<string, mixed> $body
     * @param array<string, string> $headers
     * @return array{status: int, headers: array<string, string>, body: array<string, mixed>}
     */
    private static function answer(int $status, array $body, array $headers = []): array
    {
        return ['status' => $status, 'headers' => $headers, 'body' => $body];
    }
}
