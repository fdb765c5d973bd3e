--TEST--
Reflection: the Cashfin exception tree, its public constructors, its final getters and RateLimitException::getRetryAfter
--EXTENSIONS--
cashfin
--FILE--
<?php
$tree = [
    'Cashfin\Exception',
    'Cashfin\ValidationException',
    'Cashfin\InvalidIdException',
    'Cashfin\AuthenticationException',
    'Cashfin\PermissionException',
    'Cashfin\NotFoundException',
    'Cashfin\DuplicateException',
    'Cashfin\RateLimitException',
    'Cashfin\ServerException',
    'Cashfin\ApiException',
    'Cashfin\ConnectionException',
    'Cashfin\TimeoutException',
    'Cashfin\UnexpectedResponseException',
];
foreach ($tree as $name) {
    $class = new ReflectionClass($name);
    printf("%s extends %s%s%s\n", $name, $class->getParentClass()->getName(),
        $class->isFinal() ? ' final' : '', $class->isAbstract() ? ' abstract' : '');
}
var_dump(is_subclass_of('Cashfin\Exception', RuntimeException::class));
var_dump(is_subclass_of('Cashfin\TimeoutException', 'Cashfin\Exception'));
var_dump(is_subclass_of('Cashfin\InvalidIdException', 'Cashfin\Exception'));

echo "-- every class of the extension --\n";
$names = (new ReflectionExtension('cashfin'))->getClassNames();
sort($names);
echo implode("\n", $names), "\n";

echo "-- getters --\n";
$getters = [
    ['Cashfin\Exception', 'getHttpStatus', '?int'],
    ['Cashfin\Exception', 'getErrors', 'array'],
    ['Cashfin\Exception', 'getResponseBody', '?string'],
    ['Cashfin\Exception', 'getRequestId', '?string'],
    ['Cashfin\Exception', 'getIdempotencyKey', '?string'],
    ['Cashfin\RateLimitException', 'getRetryAfter', '?int'],
];
foreach ($getters as [$class, $method, $type]) {
    $m = new ReflectionMethod($class, $method);
    printf("%s::%s %s declared in %s, %d parameters, returns %s%s\n", $class, $method,
        implode(' ', Reflection::getModifierNames($m->getModifiers())), $m->getDeclaringClass()->getName(),
        $m->getNumberOfParameters(), $m->getReturnType(), (string) $m->getReturnType() === $type ? '' : " (expected $type)");
}
// Inherited, still final, on every subclass.
foreach ($tree as $name) {
    foreach (['getHttpStatus', 'getErrors', 'getResponseBody', 'getRequestId', 'getIdempotencyKey'] as $method) {
        if (!(new ReflectionMethod($name, $method))->isFinal()) {
            echo "$name::$method is not final\n";
        }
    }
}
var_dump(method_exists('Cashfin\Exception', 'getRetryAfter'), method_exists('Cashfin\ServerException', 'getRetryAfter'));

echo "-- state is private --\n";
foreach (['Cashfin\Exception', 'Cashfin\RateLimitException'] as $name) {
    foreach ((new ReflectionClass($name))->getProperties() as $p) {
        if ($p->getDeclaringClass()->getName() === $name) {
            printf("%s::$%s %s %s\n", $name, $p->getName(), implode(' ', Reflection::getModifierNames($p->getModifiers())), $p->getType());
        }
    }
}

echo "-- public constructors, declared twice: RateLimitException's adds retryAfter --\n";
foreach ($tree as $name) {
    $ctor = (new ReflectionClass($name))->getConstructor();
    $params = array_map(fn (ReflectionParameter $p) => $p->getType() . ' $' . $p->getName() . ' = '
        . json_encode($p->getDefaultValue()), $ctor->getParameters());
    printf("%s: %s::%s(%s)%s\n", $name, $ctor->getDeclaringClass()->getName(), $ctor->getName(),
        implode(', ', $params), $ctor->isPublic() && !$ctor->isFinal() ? '' : ' (not public, or final)');
}

echo "-- a fresh exception has empty details --\n";
$e = new Cashfin\RateLimitException('slow down');
var_dump($e->getMessage(), $e->getCode(), $e->getHttpStatus(), $e->getErrors(), $e->getResponseBody(), $e->getRequestId(), $e->getRetryAfter());
var_dump($e->getIdempotencyKey());
var_dump($e instanceof RuntimeException, $e instanceof Cashfin\Exception);

echo "-- a subclass cannot override a getter --\n";
try {
    eval('class MyError extends Cashfin\Exception { public function getErrors(): array { return []; } }');
} catch (Throwable $t) {
    echo get_class($t), "\n";
}
--EXPECTF--
Cashfin\Exception extends RuntimeException
Cashfin\ValidationException extends Cashfin\Exception
Cashfin\InvalidIdException extends Cashfin\ValidationException
Cashfin\AuthenticationException extends Cashfin\Exception
Cashfin\PermissionException extends Cashfin\Exception
Cashfin\NotFoundException extends Cashfin\Exception
Cashfin\DuplicateException extends Cashfin\Exception
Cashfin\RateLimitException extends Cashfin\Exception
Cashfin\ServerException extends Cashfin\Exception
Cashfin\ApiException extends Cashfin\Exception
Cashfin\ConnectionException extends Cashfin\Exception
Cashfin\TimeoutException extends Cashfin\ConnectionException
Cashfin\UnexpectedResponseException extends Cashfin\Exception
bool(true)
bool(true)
bool(true)
-- every class of the extension --
Cashfin\ApiException
Cashfin\AuthenticationException
Cashfin\ConnectionException
Cashfin\CustomerIterator
Cashfin\Customers
Cashfin\CustomersInterface
Cashfin\DuplicateException
Cashfin\Exception
Cashfin\InvalidIdException
Cashfin\NotFoundException
Cashfin\PermissionException
Cashfin\RateLimitException
Cashfin\ServerException
Cashfin\TimeoutException
Cashfin\UnexpectedResponseException
Cashfin\ValidationException
-- getters --
Cashfin\Exception::getHttpStatus final public declared in Cashfin\Exception, 0 parameters, returns ?int
Cashfin\Exception::getErrors final public declared in Cashfin\Exception, 0 parameters, returns array
Cashfin\Exception::getResponseBody final public declared in Cashfin\Exception, 0 parameters, returns ?string
Cashfin\Exception::getRequestId final public declared in Cashfin\Exception, 0 parameters, returns ?string
Cashfin\Exception::getIdempotencyKey final public declared in Cashfin\Exception, 0 parameters, returns ?string
Cashfin\RateLimitException::getRetryAfter final public declared in Cashfin\RateLimitException, 0 parameters, returns ?int
bool(false)
bool(false)
-- state is private --
Cashfin\Exception::$httpStatus private ?int
Cashfin\Exception::$errors private array
Cashfin\Exception::$responseBody private ?string
Cashfin\Exception::$requestId private ?string
Cashfin\Exception::$idempotencyKey private ?string
Cashfin\RateLimitException::$retryAfter private ?int
-- public constructors, declared twice: RateLimitException's adds retryAfter --
Cashfin\Exception: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\ValidationException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\InvalidIdException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\AuthenticationException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\PermissionException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\NotFoundException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\DuplicateException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\RateLimitException: Cashfin\RateLimitException::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?int $retryAfter = null, ?Throwable $previous = null)
Cashfin\ServerException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\ApiException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\ConnectionException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\TimeoutException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
Cashfin\UnexpectedResponseException: Cashfin\Exception::__construct(string $message = "", ?int $httpStatus = null, array $errors = [], ?string $responseBody = null, ?string $requestId = null, ?Throwable $previous = null)
-- a fresh exception has empty details --
string(9) "slow down"
int(0)
NULL
array(0) {
}
NULL
NULL
NULL
NULL
bool(true)
bool(true)
-- a subclass cannot override a getter --

Fatal error: Cannot override final method Cashfin\Exception::getErrors() in %s on line %d