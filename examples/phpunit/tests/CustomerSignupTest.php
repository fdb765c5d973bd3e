<?php

declare(strict_types=1);

namespace App\Tests;

use App\CustomerSignup;
use Cashfin\CustomersInterface;
use Cashfin\DuplicateException;
use Cashfin\RateLimitException;
use Cashfin\ValidationException;
use PHPUnit\Framework\MockObject\MockObject;
use PHPUnit\Framework\TestCase;

/** The controller's decisions, with the Cashfin client mocked: no network, no sandbox. */
final class CustomerSignupTest extends TestCase
{
    private const FORM = [
        'name' => 'Ada Lovelace',
        'email' => 'ada@example.com',
        'phone' => '+254712345678',
        'country' => 'Kenya',
        'currency' => 'KES',
        'csrf_token' => 'not for Cashfin',
    ];

    /** @var CustomersInterface&MockObject */
    private CustomersInterface $customers;

    private CustomerSignup $signup;

    protected function setUp(): void
    {
        $this->customers = $this->createMock(CustomersInterface::class);
        $this->signup = new CustomerSignup($this->customers);
    }

    public function testCreatesTheCustomerFromTheFormFields(): void
    {
        $fields = self::FORM;
        unset($fields['csrf_token']);
        $this->customers->expects($this->once())->method('create')->with($fields)
            ->willReturn(['_id' => '507f1f77bcf86cd799439011'] + $fields);

        $answer = $this->signup->handle(self::FORM);

        $this->assertSame(201, $answer['status']);
        $this->assertSame(['id' => '507f1f77bcf86cd799439011', 'existing' => false], $answer['body']);
    }

    public function testShowsTheFieldErrors(): void
    {
        $this->customers->method('create')->willThrowException(new ValidationException(
            'There are problems with your submission',
            errors: ['email' => 'Email must be a valid email address'],
        ));

        $answer = $this->signup->handle(['email' => 'ada@'] + self::FORM);

        $this->assertSame(422, $answer['status']);
        $this->assertSame(['errors' => ['email' => 'Email must be a valid email address']], $answer['body']);
    }

    public function testAnswersWithTheExistingCustomerOnADuplicate(): void
    {
        $this->customers->method('create')->willThrowException(
            new DuplicateException('Customer with this email already exists', 409, requestId: 'req_test'),
        );
        $this->customers->expects($this->once())->method('findByEmail')->with('ada@example.com')
            ->willReturn(['_id' => '65a1b2c3d4e5f6a7b8c9d0e1', 'email' => 'Ada@Example.com']);

        $answer = $this->signup->handle(self::FORM);

        $this->assertSame(200, $answer['status']);
        $this->assertSame(['id' => '65a1b2c3d4e5f6a7b8c9d0e1', 'existing' => true], $answer['body']);
    }

    public function testAsksTheVisitorToComeBackWhenRateLimited(): void
    {
        $this->customers->method('create')->willThrowException(
            new RateLimitException('Too many requests', 429, retryAfter: 30),
        );
        $this->customers->expects($this->never())->method('findByEmail');

        $answer = $this->signup->handle(self::FORM);

        $this->assertSame(503, $answer['status']);
        $this->assertSame(['Retry-After' => '30'], $answer['headers']);
    }

    public function testWaitsOneSecondWhenTheServerDidNotSayHowLong(): void
    {
        $this->customers->method('create')->willThrowException(new RateLimitException('Too many requests', 429));

        $this->assertSame(['Retry-After' => '1'], $this->signup->handle(self::FORM)['headers']);
    }

    public function testLetsOtherFailuresThrough(): void
    {
        $cause = new \RuntimeException('connection reset');
        $this->customers->method('create')->willThrowException(
            new \Cashfin\ConnectionException('Could not reach Cashfin', previous: $cause),
        );

        $this->expectException(\Cashfin\ConnectionException::class);
        $this->expectExceptionMessage('Could not reach Cashfin');
        $this->signup->handle(self::FORM);
    }
}
