--TEST--
Exceptions: public constructors with named parameters for what the getters return, for applications' tests
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

function show(Cashfin\Exception $e): void
{
    printf("%s message=%s code=%d status=%s errors=%s body=%s request=%s%s previous=%s\n", get_class($e),
        json_encode($e->getMessage()), $e->getCode(), json_encode($e->getHttpStatus()), json_encode($e->getErrors()),
        json_encode($e->getResponseBody()), json_encode($e->getRequestId()),
        $e instanceof Cashfin\RateLimitException ? ' retryAfter=' . json_encode($e->getRetryAfter()) : '',
        $e->getPrevious() ? get_class($e->getPrevious()) : 'none');
}

echo "-- every class, every parameter by name --\n";
foreach ([
    'Cashfin\Exception', 'Cashfin\ValidationException', 'Cashfin\InvalidIdException', 'Cashfin\AuthenticationException',
    'Cashfin\PermissionException', 'Cashfin\NotFoundException', 'Cashfin\DuplicateException', 'Cashfin\RateLimitException',
    'Cashfin\ServerException', 'Cashfin\ApiException', 'Cashfin\ConnectionException', 'Cashfin\TimeoutException',
    'Cashfin\UnexpectedResponseException',
] as $class) {
    show(new $class(
        message: 'Customer not found',
        httpStatus: 404,
        errors: ['id' => 'Customer not found'],
        responseBody: '{"success":false,"error":"Customer not found"}',
        requestId: 'req_0123456789abcdef01234567',
        previous: new LogicException('cause'),
    ));
}

echo "-- defaults: those of an error found before any request --\n";
show(new Cashfin\NotFoundException());
show(new Cashfin\RateLimitException());
show(new Cashfin\ValidationException('There are problems with your submission', errors: ['email' => 'Email is required']));

echo "-- RateLimitException: retryAfter before previous, which stays last --\n";
show(new Cashfin\RateLimitException('Too many requests', 429, retryAfter: 30));
show(new Cashfin\RateLimitException('Too many requests', 429, [], null, 'req_1', 0, new RuntimeException('cause')));
show(new Cashfin\RateLimitException(retryAfter: 86400, httpStatus: 429));

echo "-- positional, as \\Exception's callers might write it --\n";
show(new Cashfin\ServerException('Internal server error', 500, [], '<html>oops</html>'));
cf_try(fn () => new Cashfin\ServerException('x', 500, [], null, null, 'not a throwable'));

echo "-- thrown and caught like the extension's own --\n";
foreach ([new Cashfin\DuplicateException('Customer with this email already exists', 409),
          new Cashfin\TimeoutException('Operation timed out')] as $thrown) {
    try {
        throw $thrown;
    } catch (Cashfin\DuplicateException $e) {
        echo "caught as DuplicateException: ", $e->getMessage(), "\n";
    } catch (Cashfin\ConnectionException $e) {
        echo "caught as ConnectionException: ", get_class($e), ' ', $e->getMessage(), "\n";
    }
}
try {
    throw new Cashfin\InvalidIdException('Invalid customer ID format', 400, ['id' => 'Invalid customer ID format']);
} catch (Cashfin\ValidationException $e) {
    echo "caught as ValidationException: ", get_class($e), ' ', json_encode($e->getErrors()), "\n";
}
$e = new Cashfin\NotFoundException('Customer not found', 404);
var_dump($e instanceof RuntimeException, $e->getLine() === __LINE__ - 1, $e->getFile() === __FILE__);

echo "-- a chain of previous exceptions --\n";
$root = new Cashfin\ConnectionException('Could not reach Cashfin');
$middle = new Cashfin\RateLimitException('Too many requests', 429, retryAfter: 2, previous: $root);
$top = new RuntimeException('sync failed', 0, new Cashfin\ApiException('Gave up', previous: $middle));
for ($link = $top; $link; $link = $link->getPrevious()) {
    echo get_class($link), ': ', $link->getMessage(), "\n";
}
var_dump(substr_count((string) $top, 'Next '));

echo "-- an application's subclass --\n";
class CustomerMissing extends Cashfin\NotFoundException
{
    public function __construct(public readonly string $id)
    {
        parent::__construct("Customer $id not found", 404, ['id' => 'Customer not found'], requestId: 'req_app');
    }
}
class Untouched extends Cashfin\ApiException
{
    public function __construct()
    {
    }
}
try {
    throw new CustomerMissing('0123456789abcdef01234567');
} catch (Cashfin\NotFoundException $e) {
    show($e);
    echo $e->id, "\n";
}
show(new Untouched());

echo "-- field errors: keys as given (PHP turns '0' into 0), values must be strings, copied --\n";
show(new Cashfin\ValidationException(errors: ['0' => 'Unknown field', 'emial' => 'Unknown field', 7 => 'Unknown field']));
$message = 'Email is required';
$errors = ['email' => &$message];
$e = new Cashfin\ValidationException(errors: $errors);
$message = 'changed later';
$errors['phone'] = 'added later';
show($e);
cf_try(fn () => new Cashfin\ValidationException(errors: ['email' => 5]));
cf_try(fn () => new Cashfin\ValidationException(errors: ['email' => ['Email is required']]));
cf_try(fn () => new Cashfin\ValidationException(errors: ['email' => null]));
cf_try(fn () => new Cashfin\ValidationException(errors: 'Email is required'));

echo "-- an HTTP status is 100 to 599 --\n";
foreach ([100, 599, 99, 600, 0, -404] as $status) {
    echo str_pad((string) $status, 6);
    cf_try(fn () => new Cashfin\ApiException('x', $status));
}
echo str_pad('"404"', 6);
show(new Cashfin\ApiException('x', '404'));
echo "-- retryAfter is 0 or more seconds --\n";
cf_try(fn () => new Cashfin\RateLimitException(retryAfter: -1));
cf_try(fn () => new Cashfin\RateLimitException(retryAfter: 604801));
show(new Cashfin\RateLimitException(retryAfter: 604800));
cf_try(fn () => new Cashfin\RateLimitException(retryAfter: 'soon'));
cf_try(fn () => new Cashfin\NotFoundException(retryAfter: 5));
?>
--EXPECT--
-- every class, every parameter by name --
Cashfin\Exception message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\ValidationException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\InvalidIdException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\AuthenticationException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\PermissionException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\NotFoundException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\DuplicateException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\RateLimitException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" retryAfter=null previous=LogicException
Cashfin\ServerException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\ApiException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\ConnectionException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\TimeoutException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
Cashfin\UnexpectedResponseException message="Customer not found" code=404 status=404 errors={"id":"Customer not found"} body="{\"success\":false,\"error\":\"Customer not found\"}" request="req_0123456789abcdef01234567" previous=LogicException
-- defaults: those of an error found before any request --
Cashfin\NotFoundException message="" code=0 status=null errors=[] body=null request=null previous=none
Cashfin\RateLimitException message="" code=0 status=null errors=[] body=null request=null retryAfter=null previous=none
Cashfin\ValidationException message="There are problems with your submission" code=0 status=null errors={"email":"Email is required"} body=null request=null previous=none
-- RateLimitException: retryAfter before previous, which stays last --
Cashfin\RateLimitException message="Too many requests" code=429 status=429 errors=[] body=null request=null retryAfter=30 previous=none
Cashfin\RateLimitException message="Too many requests" code=429 status=429 errors=[] body=null request="req_1" retryAfter=0 previous=RuntimeException
Cashfin\RateLimitException message="" code=429 status=429 errors=[] body=null request=null retryAfter=86400 previous=none
-- positional, as \Exception's callers might write it --
Cashfin\ServerException message="Internal server error" code=500 status=500 errors=[] body="<html>oops<\/html>" request=null previous=none
TypeError: Cashfin\Exception::__construct(): Argument #6 ($previous) must be of type ?Throwable, string given
-- thrown and caught like the extension's own --
caught as DuplicateException: Customer with this email already exists
caught as ConnectionException: Cashfin\TimeoutException Operation timed out
caught as ValidationException: Cashfin\InvalidIdException {"id":"Invalid customer ID format"}
bool(true)
bool(true)
bool(true)
-- a chain of previous exceptions --
RuntimeException: sync failed
Cashfin\ApiException: Gave up
Cashfin\RateLimitException: Too many requests
Cashfin\ConnectionException: Could not reach Cashfin
int(3)
-- an application's subclass --
CustomerMissing message="Customer 0123456789abcdef01234567 not found" code=404 status=404 errors={"id":"Customer not found"} body=null request="req_app" previous=none
0123456789abcdef01234567
Untouched message="" code=0 status=null errors=[] body=null request=null previous=none
-- field errors: keys as given (PHP turns '0' into 0), values must be strings, copied --
Cashfin\ValidationException message="" code=0 status=null errors={"0":"Unknown field","emial":"Unknown field","7":"Unknown field"} body=null request=null previous=none
Cashfin\ValidationException message="" code=0 status=null errors={"email":"Email is required"} body=null request=null previous=none
TypeError: Cashfin\Exception::__construct(): Argument #3 ($errors) must contain only strings (field => message), int given
TypeError: Cashfin\Exception::__construct(): Argument #3 ($errors) must contain only strings (field => message), array given
TypeError: Cashfin\Exception::__construct(): Argument #3 ($errors) must contain only strings (field => message), null given
TypeError: Cashfin\Exception::__construct(): Argument #3 ($errors) must be of type array, string given
-- an HTTP status is 100 to 599 --
100   ok
599   ok
99    ValueError: Cashfin\Exception::__construct(): Argument #2 ($httpStatus) must be an HTTP status (100 to 599) or null
600   ValueError: Cashfin\Exception::__construct(): Argument #2 ($httpStatus) must be an HTTP status (100 to 599) or null
0     ValueError: Cashfin\Exception::__construct(): Argument #2 ($httpStatus) must be an HTTP status (100 to 599) or null
-404  ValueError: Cashfin\Exception::__construct(): Argument #2 ($httpStatus) must be an HTTP status (100 to 599) or null
"404" Cashfin\ApiException message="x" code=404 status=404 errors=[] body=null request=null previous=none
-- retryAfter is 0 or more seconds --
ValueError: Cashfin\RateLimitException::__construct(): Argument #6 ($retryAfter) must be 0 to 604800 seconds, or null
ValueError: Cashfin\RateLimitException::__construct(): Argument #6 ($retryAfter) must be 0 to 604800 seconds, or null
Cashfin\RateLimitException message="" code=0 status=null errors=[] body=null request=null retryAfter=604800 previous=none
TypeError: Cashfin\RateLimitException::__construct(): Argument #6 ($retryAfter) must be of type ?int, string given
Error: Unknown named parameter $retryAfter