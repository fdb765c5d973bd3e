<?php

declare(strict_types=1);

namespace App\Tests;

use App\CustomerSignup;
use Cashfin\Customers;
use Cashfin\Sandbox\Server;
use PHPUnit\Framework\TestCase;

/** The same controller against the real extension and a local Cashfin sandbox: no production data touched. */
final class CustomerSignupSandboxTest extends TestCase
{
    private static Server $sandbox;

    private Customers $customers;

    private CustomerSignup $signup;

    public static function setUpBeforeClass(): void
    {
        // A sandbox the CI script started with the cashfin-sandbox command, or a private one.
        $url = getenv('CASHFIN_SANDBOX_URL');
        self::$sandbox = $url ? Server::connect($url) : Server::start();
    }

    public static function tearDownAfterClass(): void
    {
        self::$sandbox->stop();
    }

    protected function setUp(): void
    {
        self::$sandbox->reset();
        $this->customers = new Customers(self::$sandbox->secret(), [
            'base_url' => self::$sandbox->baseUrl(),
            'max_retries' => 0,
        ]);
        $this->signup = new CustomerSignup($this->customers);
    }

    /** @return array<string, string> */
    private static function form(string $email): array
    {
        return ['name' => 'Ada Lovelace', 'email' => $email, 'phone' => '+254712345678', 'country' => 'Kenya',
            'currency' => 'KES'];
    }

    public function testSignsUpOnceAndFindsTheCustomerTheSecondTime(): void
    {
        // A customer whose address contains Ada's, created last: the search lists it first.
        $this->customers->create(['email' => 'notada@example.com'] + self::form('x'));

        $first = $this->signup->handle(self::form('ada@example.com'));
        $again = $this->signup->handle(self::form('ADA@example.com'));

        $this->assertSame(201, $first['status']);
        $this->assertSame(200, $again['status']);
        $this->assertSame(['id' => $first['body']['id'], 'existing' => true], $again['body']);
        $this->assertSame('ada@example.com', $this->customers->details($first['body']['id'])['email']);
    }

    public function testRejectsBadDataWithoutARequest(): void
    {
        $answer = $this->signup->handle(['phone' => '12'] + self::form('ada@example'));

        $this->assertSame(422, $answer['status']);
        $this->assertSame(['email', 'phone'], array_keys($answer['body']['errors']));
        $this->assertSame([], self::$sandbox->requests());
    }

    public function testPassesOnTheServersRetryAfter(): void
    {
        self::$sandbox->fault([
            'path' => '/business/customer/create',
            'status' => 429,
            'headers' => ['Retry-After' => '7'],
            'body' => '{"success":false,"error":"Too many requests","retry_after":7}',
        ]);

        $answer = $this->signup->handle(self::form('ada@example.com'));

        $this->assertSame(503, $answer['status']);
        $this->assertSame(['Retry-After' => '7'], $answer['headers']);
        $this->assertSame(0, $this->customers->list()['pagination']['total']);
    }
}
