<?php

/**
 * Self-check of the sandbox: php sandbox/selftest.php
 *
 * Starts private sandboxes through tests/server.inc and drives every endpoint
 * with plain PHP streams. Prints "N passed, N failed"; exits 1 on any failure.
 */

declare(strict_types=1);

require dirname(__DIR__) . '/tests/server.inc';

const SECRET = 'cs_selftest';

$passed = 0;
$failed = 0;

function check(string $name, bool $ok, mixed $detail = null): void
{
    global $passed, $failed;
    if ($ok) {
        $passed++;
        return;
    }
    $failed++;
    echo "FAIL: $name" . ($detail === null ? '' : ' -- ' . json_encode($detail, JSON_UNESCAPED_SLASHES)) . "\n";
}

/**
 * One request through the http:// stream wrapper.
 *
 * @return array{status: int, headers: array<string, string>, body: string, json: mixed}
 */
function call(string $base, string $method, string $path, ?string $body = null, array $headers = []): array
{
    $headers += ['Authorization' => SECRET];
    $lines = '';
    foreach ($headers as $name => $value) {
        if ($value !== null) {
            $lines .= "$name: $value\r\n";
        }
    }
    if ($body !== null) {
        $lines .= "Content-Type: application/json\r\n";
    }
    $context = stream_context_create(['http' => [
        'method' => $method,
        'header' => $lines,
        'content' => $body ?? '',
        'ignore_errors' => true,
        'timeout' => 10,
    ]]);
    $answer = @file_get_contents($base . $path, false, $context);

    $status = 0;
    $parsed = [];
    foreach ($http_response_header ?? [] as $line) {
        if (preg_match('#^HTTP/\S+ (\d{3})#', $line, $m)) {
            $status = (int) $m[1];
            $parsed = [];
        } elseif (str_contains($line, ':')) {
            [$name, $value] = explode(':', $line, 2);
            $parsed[strtolower($name)] = trim($value);
        }
    }
    $answer = $answer === false ? '' : $answer;
    return ['status' => $status, 'headers' => $parsed, 'body' => $answer, 'json' => json_decode($answer, true)];
}

/** The bytes on the wire, for the answers the stream wrapper would hide. */
function raw(string $base, string $method, string $path): string
{
    $host = substr($base, strlen('http://'));
    $socket = stream_socket_client("tcp://$host", $errno, $errstr, 5);
    stream_set_timeout($socket, 5);
    fwrite($socket, "$method $path HTTP/1.1\r\nHost: $host\r\nAuthorization: " . SECRET
        . "\r\nConnection: close\r\n\r\n");
    $bytes = stream_get_contents($socket);
    fclose($socket);
    return (string) $bytes;
}

function admin(string $base, string $method, string $path, ?array $json = null): array
{
    return cashfin_sandbox_admin($base, $method, $path, $json);
}

function customer(array $overrides = []): array
{
    static $n = 0;
    $n++;
    return array_merge([
        'name' => "Customer $n",
        'email' => "customer$n@example.com",
        'phone' => '+254712345678',
        'country' => 'Kenya',
        'currency' => 'KES',
    ], $overrides);
}

function create(string $base, array $fields, array $headers = []): array
{
    return call($base, 'POST', '/business/customer/create', $fields === [] ? '{}' : json_encode($fields), $headers);
}

function isError(array $r, int $status, string $error): bool
{
    return $r['status'] === $status && $r['json'] === ['success' => false, 'error' => $error];
}

function validationErrors(array $r): ?array
{
    return $r['status'] === 422 && ($r['json']['error'] ?? null) === 'There are problems with your submission'
        ? $r['json']['errors'] : null;
}

function countCustomers(string $base): int
{
    return call($base, 'GET', '/business/customer/list')['json']['pagination']['total'];
}

/** Sleeps until just after the start of the next second (rate windows). */
function nextSecond(): void
{
    $now = microtime(true);
    usleep((int) ((ceil($now) - $now) * 1e6) + 20000);
}

// ---------------------------------------------------------------------------

$base = cashfin_sandbox_start();

function testCommonHeadersAndAuth(string $base): void
{
    check('health', admin($base, 'GET', '/__sandbox/health') === ['ok' => true]);

    $r = call($base, 'GET', '/business/customer/list', null, ['Authorization' => null]);
    check('401 without Authorization', $r['status'] === 401);
    check('401 body is exactly the documented one',
        $r['body'] === '{"success": false, "message": "Unauthorized access!"}', $r['body']);
    check('401 carries X-Request-Id', preg_match('/^req_[0-9a-f]{24}$/', $r['headers']['x-request-id'] ?? '') === 1);
    check('401 carries rate headers', isset($r['headers']['x-ratelimit-limit'], $r['headers']['x-ratelimit-remaining'],
        $r['headers']['x-ratelimit-reset']));
    $r = call($base, 'GET', '/business/customer/list', null, ['Authorization' => 'Bearer ' . SECRET]);
    check('401 with a Bearer prefix', $r['status'] === 401);
    $r = call($base, 'GET', '/nope', null, ['Authorization' => null]);
    check('auth comes before routing', $r['status'] === 401);

    $r = call($base, 'GET', '/business/customer/list');
    check('any cs_ secret accepted', $r['status'] === 200);
    check('Content-Type is JSON', str_starts_with($r['headers']['content-type'] ?? '', 'application/json'));
    check('nominal rate limit is 25', ($r['headers']['x-ratelimit-limit'] ?? '') === '25');
    check('reset is the end of the current second',
        abs((int) ($r['headers']['x-ratelimit-reset'] ?? 0) - (time() + 1)) <= 1, $r['headers']);
    $other = call($base, 'GET', '/business/customer/list');
    check('request ids differ', $other['headers']['x-request-id'] !== $r['headers']['x-request-id']);

    check('404 unknown route', isError(call($base, 'GET', '/business/customer/nope'), 404, 'Route not found'));
    check('404 root', isError(call($base, 'GET', '/'), 404, 'Route not found'));
    check('405 wrong method', isError(call($base, 'POST', '/business/customer/list', '{}'), 405, 'Method not allowed'));
    check('405 PUT on update', isError(call($base, 'PUT', '/business/customer/update/507f1f77bcf86cd799439011', '{}'),
        405, 'Method not allowed'));
    check('405 GET on create', isError(call($base, 'GET', '/business/customer/create'), 405, 'Method not allowed'));
    check('trailing slash accepted', call($base, 'GET', '/business/customer/list/')['status'] === 200);
    check('404 carries X-Request-Id', isset(call($base, 'GET', '/x')['headers']['x-request-id']));

    $head = raw($base, 'HEAD', '/business/customer/list');
    check('HEAD answers like GET without a body', str_starts_with($head, 'HTTP/1.1 200') && str_ends_with($head, "\r\n\r\n"),
        $head);
}

function testCreate(string $base): void
{
    $before = time();
    $r = call($base, 'POST', '/business/customer/create',
        '{"name":"John Doe","email":"john@example.com","phone":"+254712345678","country":"Kenya","currency":"KES"}');
    check('create: 201', $r['status'] === 201, $r);
    check('create: envelope', ($r['json']['success'] ?? null) === true
        && ($r['json']['message'] ?? null) === 'Customer created successfully');
    $c = $r['json']['data'] ?? [];
    check('create: key order', array_keys($c) === ['_id', 'name', 'email', 'phone', 'country', 'currency', 'type',
        'active', 'sourceorigin', 'createdat', 'updatedat'], array_keys($c));
    check('create: ObjectId-like id', preg_match('/^[0-9a-f]{24}$/', $c['_id'] ?? '') === 1);
    check('create: id starts with the time', abs(hexdec(substr($c['_id'] ?? '0', 0, 8)) - $before) <= 2);
    check('create: defaults', $c['type'] === 'individual' && $c['active'] === true && $c['sourceorigin'] === 'api');
    check('create: timestamp format',
        preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/', $c['createdat'] ?? '') === 1, $c['createdat'] ?? null);
    check('create: updatedat = createdat', $c['updatedat'] === $c['createdat']);

    $r = create($base, customer(['company' => 'Doe Ltd', 'address' => "1 Main St\n\tFloor 2\r\n", 'city' => 'Nairobi',
        'type' => 'business', 'name' => '  Padded  ']));
    $c = $r['json']['data'] ?? [];
    check('create: all optional fields, in order', array_keys($c) === ['_id', 'name', 'email', 'phone', 'company',
        'country', 'currency', 'type', 'address', 'city', 'active', 'sourceorigin', 'createdat', 'updatedat'], $r);
    check('create: values stored as given', $c['name'] === '  Padded  ' && $c['address'] === "1 Main St\n\tFloor 2\r\n");

    $r = create($base, customer(['company' => '', 'type' => '']));
    check('create: empty optional fields are omitted, type defaults',
        !array_key_exists('company', $r['json']['data'] ?? []) && ($r['json']['data']['type'] ?? '') === 'individual', $r);

    $r = create($base, customer(['email' => 'JOHN@Example.COM']));
    check('create: duplicate email, any case', isError($r, 409, 'Customer with this email already exists'), $r);

    $unicode = create($base, customer(['name' => 'Élodie Ñandú 日本']));
    check('create: UTF-8 returned raw', str_contains($unicode['body'], 'Élodie Ñandú 日本'));
}

function testInvalidJson(string $base): void
{
    foreach (['', ' ', 'null', '[]', '[1]', '"x"', '42', '{bad', '{"a":1,}', "{\"name\":\"\xff\"}",
              '{"name":"\ud800"}'] as $body) {
        $r = call($base, 'POST', '/business/customer/create', $body);
        check('create: invalid JSON body ' . json_encode($body, JSON_INVALID_UTF8_SUBSTITUTE),
            isError($r, 400, 'Invalid JSON body'), $r);
    }
    $r = call($base, 'PATCH', '/business/customer/update/507f1f77bcf86cd799439011', '[]');
    check('update: invalid JSON body', isError($r, 400, 'Invalid JSON body'), $r);
}

function testValidation(string $base): void
{
    $r = create($base, []);
    check('create {}: five required fields in order', validationErrors($r) === [
        'name' => 'Name is required', 'email' => 'Email is required', 'phone' => 'Phone is required',
        'country' => 'Country is required', 'currency' => 'Currency is required'], $r);

    // [field, value, expected message on create, expected message on update]
    $long = fn (int $n) => str_repeat('é', $n);
    $cases = [
        ['name', null, 'Name is required', 'Name must be a string'],
        ['name', 5, 'Name must be a string', 'Name must be a string'],
        ['name', ['a'], 'Name must be a string', 'Name must be a string'],
        ['name', true, 'Name must be a string', 'Name must be a string'],
        ['name', " \t\n\v\f\r", 'Name is required', 'Name is required'],
        ['name', "a\x00b", 'Name must not contain control characters', 'Name must not contain control characters'],
        ['name', "a\x7f", 'Name must not contain control characters', 'Name must not contain control characters'],
        ['name', "a\nb", 'Name must not contain control characters', 'Name must not contain control characters'],
        ['name', "\x01", 'Name must not contain control characters', 'Name must not contain control characters'],
        ['name', $long(100), null, null],
        ['name', $long(101), 'Name must be at most 100 characters', 'Name must be at most 100 characters'],
        ['email', 'a@b', 'Email must be a valid email address', 'Email must be a valid email address'],
        ['email', 'a@@b.c', 'Email must be a valid email address', 'Email must be a valid email address'],
        ['email', '@b.c', 'Email must be a valid email address', 'Email must be a valid email address'],
        ['email', 'a b@c.d', 'Email must be a valid email address', 'Email must be a valid email address'],
        ['email', 'a@.b.c', 'Email must be a valid email address', 'Email must be a valid email address'],
        ['email', 'a@b.c.', 'Email must be a valid email address', 'Email must be a valid email address'],
        ['email', 'a@b..c', 'Email must be a valid email address', 'Email must be a valid email address'],
        ['email', str_repeat('a', 243) . '@example.com', 'Email must be at most 254 characters',
            'Email must be at most 254 characters'],
        ['email', 'x.y+z@sub.example.co.ke', null, null],
        ['phone', '123456', 'Phone must be a valid phone number', 'Phone must be a valid phone number'],
        ['phone', '1234567890123456', 'Phone must be a valid phone number', 'Phone must be a valid phone number'],
        ['phone', '++254712345678', 'Phone must be a valid phone number', 'Phone must be a valid phone number'],
        ['phone', '254-71x', 'Phone must be a valid phone number', 'Phone must be a valid phone number'],
        ['phone', '+1 (555) 010-9999', null, null],
        ['phone', '1.2.3.4.5.6.7', null, null],
        ['phone', str_repeat(' ', 26) . '1234567', 'Phone must be at most 32 characters',
            'Phone must be at most 32 characters'],
        ['currency', 'kes', 'Currency must be a 3-letter ISO 4217 code', 'Currency must be a 3-letter ISO 4217 code'],
        ['currency', 'KESH', 'Currency must be a 3-letter ISO 4217 code', 'Currency must be a 3-letter ISO 4217 code'],
        ['currency', ' ', 'Currency is required', 'Currency is required'],
        ['country', $long(101), 'Country must be at most 100 characters', 'Country must be at most 100 characters'],
        ['company', null, 'Company must be a string', 'Company must be a string'],
        ['company', $long(101), 'Company must be at most 100 characters', 'Company must be at most 100 characters'],
        ['address', "a\tb\nc\r", null, null],
        ['address', "a\x0bb", 'Address must not contain control characters',
            'Address must not contain control characters'],
        ['address', $long(256), 'Address must be at most 255 characters', 'Address must be at most 255 characters'],
        ['city', "x\ty", 'City must not contain control characters', 'City must not contain control characters'],
        ['type', 'Business', 'Type must be individual or business', 'Type must be individual or business'],
        ['type', ' ', 'Type must be individual or business', 'Type must be individual or business'],
        ['type', 1, 'Type must be a string', 'Type must be a string'],
        ['state', 'Nairobi County', 'Unknown field', null],
        ['state', $long(101), 'Unknown field', 'State must be at most 100 characters'],
        ['website', 'https://doe.example.com', 'Unknown field', null],
        ['website', 'HTTP://X', 'Unknown field', null],
        ['website', 'ftp://x.y', 'Unknown field', 'Website must be a valid http or https URL'],
        ['website', 'https://', 'Unknown field', 'Website must be a valid http or https URL'],
        ['website', 'https://a b', 'Unknown field', 'Website must be a valid http or https URL'],
        ['website', 'example.com', 'Unknown field', 'Website must be a valid http or https URL'],
        ['website', '', 'Unknown field', null],
    ];

    $target = create($base, customer())['json']['data']['_id'];
    foreach ($cases as [$field, $value, $onCreate, $onUpdate]) {
        $label = "$field=" . json_encode($value, JSON_UNESCAPED_UNICODE);
        $r = create($base, customer([$field => $value]));
        $expected = $onCreate === null ? null : [$field => $onCreate];
        check("create $label", $expected === null ? $r['status'] === 201 : validationErrors($r) === $expected, $r);

        if ($field === 'email' && $onUpdate === null) {
            $value = "u.$value"; // the create above took the address
        }
        $r = call($base, 'PATCH', "/business/customer/update/$target", json_encode([$field => $value]));
        $expected = $onUpdate === null ? null : [$field => $onUpdate];
        check("update $label", $expected === null ? $r['status'] === 200 : validationErrors($r) === $expected, $r);
    }

    $r = call($base, 'POST', '/business/customer/create',
        '{"zeta":1,"currency":"x","name":5,"0":true,"website":"https://x.y","email":"bad"}');
    check('errors follow canonical order, then unknown keys as given', $r['body'] === '{"success":false,'
        . '"error":"There are problems with your submission","errors":{"name":"Name must be a string",'
        . '"email":"Email must be a valid email address","phone":"Phone is required","country":"Country is required",'
        . '"currency":"Currency must be a 3-letter ISO 4217 code","zeta":"Unknown field","0":"Unknown field",'
        . '"website":"Unknown field"}}', $r['body']);
    $r = call($base, 'PATCH', "/business/customer/update/$target", '{"1":"x"}');
    check('numeric unknown key still gives an object', $r['body'] === '{"success":false,'
        . '"error":"There are problems with your submission","errors":{"1":"Unknown field"}}', $r['body']);
    $r = call($base, 'PATCH', "/business/customer/update/$target", '{}');
    check('update {}', validationErrors($r) === ['body' => 'At least one field is required'], $r);
}

function testDetailsAndUpdate(string $base): void
{
    $c = create($base, customer(['city' => 'Nairobi', 'company' => 'Acme']))['json']['data'];
    $id = $c['_id'];

    $r = call($base, 'GET', "/business/customer/details/$id");
    check('details: 200 with the record', $r['status'] === 200 && $r['json'] === ['success' => true, 'data' => $c], $r);
    check('details: uppercase id finds the same record',
        (call($base, 'GET', '/business/customer/details/' . strtoupper($id))['json']['data'] ?? null) === $c);
    foreach (['xyz', substr($id, 1), $id . 'a', str_repeat('g', 24), '%20' . substr($id, 1)] as $bad) {
        check("details: invalid id $bad",
            isError(call($base, 'GET', "/business/customer/details/$bad"), 400, 'Invalid customer ID format'));
        check("update: invalid id $bad", isError(call($base, 'PATCH', "/business/customer/update/$bad", '{"city":"x"}'),
            400, 'Invalid customer ID format'));
    }
    check('details: unknown id', isError(call($base, 'GET', '/business/customer/details/507f1f77bcf86cd799439011'),
        404, 'Customer not found'));
    check('update: unknown id', isError(call($base, 'PATCH', '/business/customer/update/507f1f77bcf86cd799439011',
        '{"city":"x"}'), 404, 'Customer not found'));

    $r = call($base, 'PATCH', "/business/customer/update/$id", '{"phone":"+254799000001","city":"Mombasa"}');
    check('update: documented answer', $r['status'] === 200 && $r['json'] === ['success' => true,
        'message' => 'Customer updated successfully', 'data' => ['_id' => $id, 'modified' => 1]], $r);
    $after = call($base, 'GET', "/business/customer/details/$id")['json']['data'];
    check('update: fields changed', $after['phone'] === '+254799000001' && $after['city'] === 'Mombasa');
    check('update: createdat kept', $after['createdat'] === $c['createdat']);

    usleep(5000);
    $r = call($base, 'PATCH', "/business/customer/update/$id", '{"phone":"+254799000001","city":"Mombasa"}');
    check('update: same values -> modified 0', ($r['json']['data']['modified'] ?? null) === 0, $r);
    check('update: modified 0 keeps updatedat',
        call($base, 'GET', "/business/customer/details/$id")['json']['data']['updatedat'] === $after['updatedat']);

    $r = call($base, 'PATCH', "/business/customer/update/$id",
        '{"company":"","type":"business","state":"Coast","website":"https://acme.example"}');
    $after = call($base, 'GET', "/business/customer/details/$id")['json']['data'];
    check('update: empty string clears an optional field', !array_key_exists('company', $after), $after);
    check('update: all keys in canonical order', array_keys($after) === ['_id', 'name', 'email', 'phone', 'country',
        'currency', 'type', 'city', 'state', 'website', 'active', 'sourceorigin', 'createdat', 'updatedat'], $after);
    $r = call($base, 'PATCH', "/business/customer/update/$id", '{"type":""}');
    check('update: clearing type restores individual', ($r['json']['data']['modified'] ?? null) === 1
        && call($base, 'GET', "/business/customer/details/$id")['json']['data']['type'] === 'individual');
    $r = call($base, 'PATCH', "/business/customer/update/$id", '{"company":""}');
    check('update: clearing an absent field changes nothing', ($r['json']['data']['modified'] ?? null) === 0, $r);

    $other = create($base, customer())['json']['data'];
    $r = call($base, 'PATCH', "/business/customer/update/$id", json_encode(['email' => strtoupper($other['email'])]));
    check('update: email of another customer', isError($r, 409, 'Customer with this email already exists'), $r);
    $r = call($base, 'PATCH', "/business/customer/update/$id", json_encode(['email' => strtoupper($c['email'])]));
    check('update: own email in another case', ($r['json']['data']['modified'] ?? null) === 1, $r);
}

function testList(string $base): void
{
    admin($base, 'POST', '/__sandbox/reset');
    check('list: empty', call($base, 'GET', '/business/customer/list')['json'] === ['success' => true, 'data' => [],
        'pagination' => ['total' => 0, 'page' => 1, 'limit' => 10, 'pages' => 0]]);

    $ids = [];
    for ($i = 1; $i <= 23; $i++) {
        $ids[] = create($base, customer())['json']['data']['_id'];
    }
    create($base, customer(['name' => 'Ærøskøbing ÉLODIE', 'email' => 'elodie@example.org', 'phone' => '+33 1 23 45 67 89']));

    $r = call($base, 'GET', '/business/customer/list');
    check('list: defaults', $r['json']['pagination'] === ['total' => 24, 'page' => 1, 'limit' => 10, 'pages' => 3]
        && count($r['json']['data']) === 10, $r['json']['pagination'] ?? $r);
    check('list: newest first', ($r['json']['data'][1]['_id'] ?? null) === $ids[22]);

    $r = call($base, 'GET', '/business/customer/list?page=3&limit=10');
    check('list: last page', count($r['json']['data']) === 4 && $r['json']['data'][3]['_id'] === $ids[0]);
    $r = call($base, 'GET', '/business/customer/list?page=4');
    check('list: past the end', $r['json']['data'] === [] && $r['json']['pagination']['page'] === 4);
    $r = call($base, 'GET', '/business/customer/list?limit=1000');
    check('list: limit clamped to 100', $r['json']['pagination']['limit'] === 100 && count($r['json']['data']) === 24);
    $r = call($base, 'GET', '/business/customer/list?limit=7&page=2');
    check('list: pages = ceil(total/limit)', $r['json']['pagination'] === ['total' => 24, 'page' => 2, 'limit' => 7,
        'pages' => 4]);

    foreach (['page=0', 'page=-1', 'page=abc', 'page=1.5', 'page=', 'limit=0', 'limit=+5', 'limit=%201', 'limit=1e2']
             as $query) {
        check("list: $query", isError(call($base, 'GET', "/business/customer/list?$query"), 400,
            'Invalid pagination parameters'));
    }

    foreach (['search=%C3%A9lodie' => 1, 'search=' . rawurlencode('ÆRØ') => 1, 'search=EXAMPLE.ORG' => 1, 'search=23+45' => 1,
              'search=customer' => 23, 'search=nobody' => 0, 'search=' => 24, 'search=%FF' => 0] as $query => $n) {
        $r = call($base, 'GET', "/business/customer/list?$query&limit=100");
        check("list: $query", ($r['json']['pagination']['total'] ?? null) === $n && count($r['json']['data']) === $n,
            $r['json']['pagination'] ?? $r);
    }
}

function testIdempotency(string $base): void
{
    $body = json_encode(customer());
    $key = ['Idempotency-Key' => 'key-' . bin2hex(random_bytes(4))];
    $first = call($base, 'POST', '/business/customer/create', $body, $key);
    $total = countCustomers($base);
    $second = call($base, 'POST', '/business/customer/create', $body, $key);
    check('idempotency: first answer is not a replay', !isset($first['headers']['idempotent-replayed']));
    check('idempotency: replay has the same status and body',
        $second['status'] === 201 && $second['body'] === $first['body'], $second);
    check('idempotency: replay header', ($second['headers']['idempotent-replayed'] ?? null) === 'true');
    check('idempotency: no new record', countCustomers($base) === $total);

    $r = call($base, 'POST', '/business/customer/create', json_encode(customer()), $key);
    check('idempotency: same key, other body',
        isError($r, 400, 'Idempotency key reused with a different request'), $r);
    $r = call($base, 'POST', '/business/customer/create', $body, $key + ['Authorization' => 'cs_someone_else']);
    check('idempotency: keys are per secret (no replay for another secret)',
        isError($r, 409, 'Customer with this email already exists'), $r);

    $invalid = json_encode(['name' => 'x']);
    call($base, 'POST', '/business/customer/create', $invalid, ['Idempotency-Key' => 'k-invalid']);
    $r = create($base, customer(), ['Idempotency-Key' => 'k-invalid']);
    check('idempotency: a refused create is not remembered', $r['status'] === 201, $r);
}

function testRateLimit(string $base): void
{
    check('config: set rps', admin($base, 'POST', '/__sandbox/config', ['rps' => 3])
        === ['ok' => true, 'config' => ['rps' => 3, 'latency_ms' => null]]);
    nextSecond();
    $answers = [];
    for ($i = 0; $i < 5; $i++) {
        $answers[] = call($base, 'GET', '/business/customer/list?limit=1');
    }
    check('rate: first 3 pass', array_column(array_slice($answers, 0, 3), 'status') === [200, 200, 200],
        array_column($answers, 'status'));
    check('rate: remaining counts down', array_map(fn ($a) => $a['headers']['x-ratelimit-remaining'],
        array_slice($answers, 0, 3)) === ['2', '1', '0']);
    $r = $answers[3];
    check('rate: 4th is 429', $r['status'] === 429 && $r['json'] === ['success' => false,
        'error' => 'Too many requests', 'retry_after' => 1], $r);
    check('rate: Retry-After', ($r['headers']['retry-after'] ?? null) === '1');
    check('rate: limit header', ($r['headers']['x-ratelimit-limit'] ?? null) === '3'
        && $r['headers']['x-ratelimit-remaining'] === '0');
    check('rate: admin not limited', admin($base, 'GET', '/__sandbox/health') === ['ok' => true]);
    nextSecond();
    check('rate: next second passes again', call($base, 'GET', '/business/customer/list')['status'] === 200);

    check('config: latency', admin($base, 'POST', '/__sandbox/config', ['rps' => null, 'latency_ms' => 120])['config']
        === ['rps' => null, 'latency_ms' => 120]);
    $t = microtime(true);
    call($base, 'GET', '/business/customer/list');
    check('latency is added', microtime(true) - $t >= 0.12);
    admin($base, 'POST', '/__sandbox/config', ['latency_ms' => null]);
    check('config: bad value', admin($base, 'POST', '/__sandbox/config', ['rps' => 0])['ok'] === false);
    check('config: unknown key', admin($base, 'POST', '/__sandbox/config', ['speed' => 1])['ok'] === false);
    check('config: GET', admin($base, 'GET', '/__sandbox/config') === ['ok' => true,
        'config' => ['rps' => null, 'latency_ms' => null]]);
}

function testFaults(string $base): void
{
    admin($base, 'POST', '/__sandbox/reset');
    $r = admin($base, 'POST', '/__sandbox/faults', ['method' => 'GET', 'path' => '/business/customer/list',
        'count' => 2, 'status' => 503, 'body' => '<html>busy</html>', 'content_type' => 'text/html',
        'headers' => ['Retry-After' => '7']]);
    check('faults: queued', ($r['fault']['remaining'] ?? null) === 2 && ($r['fault']['status'] ?? null) === 503, $r);
    check('faults: other methods pass', call($base, 'POST', '/business/customer/list', '{}')['status'] === 405);
    for ($i = 1; $i <= 2; $i++) {
        $f = call($base, 'GET', '/business/customer/list?page=1');
        check("faults: hit $i", $f['status'] === 503 && $f['body'] === '<html>busy</html>'
            && $f['headers']['content-type'] === 'text/html' && $f['headers']['retry-after'] === '7'
            && isset($f['headers']['x-request-id']), $f);
    }
    check('faults: used up', call($base, 'GET', '/business/customer/list')['status'] === 200);
    check('faults: queue empty', admin($base, 'GET', '/__sandbox/faults') === ['ok' => true, 'faults' => []]);

    $long = str_repeat('y', 5000);
    $r = admin($base, 'POST', '/__sandbox/faults', ['status' => 200, 'body' => $long]);
    $listed = admin($base, 'GET', '/__sandbox/faults')['faults'][0] ?? [];
    check('faults: a long body is shown cut, with its length', strlen($r['fault']['body']) === 4096
        && $r['fault']['body_bytes'] === 5000 && ($listed['body_bytes'] ?? null) === 5000, $r);
    check('faults: a long body is answered whole', call($base, 'GET', '/business/customer/list')['body'] === $long);

    admin($base, 'POST', '/__sandbox/faults', ['path' => '/business/customer/details', 'status' => 500]);
    admin($base, 'POST', '/__sandbox/faults', ['status' => 502, 'body' => 'second']);
    admin($base, 'POST', '/__sandbox/faults', ['status' => 504, 'body' => 'third']);
    $r = call($base, 'GET', '/business/customer/list');
    check('faults: first matching fault in queue order', $r['status'] === 502 && $r['body'] === 'second', $r);
    $r = call($base, 'GET', '/business/customer/details/507f1f77bcf86cd799439011');
    check('faults: path prefix, default body', $r['status'] === 500
        && $r['json'] === ['success' => false, 'error' => 'Injected fault'], $r);
    check('faults: listed', count(admin($base, 'GET', '/__sandbox/faults')['faults']) === 1);
    check('faults: cleared', admin($base, 'DELETE', '/__sandbox/faults') === ['ok' => true]
        && admin($base, 'GET', '/__sandbox/faults')['faults'] === []);
    admin($base, 'POST', '/__sandbox/faults', ['status' => 503]);
    check('faults: a replacing fault comes before auth',
        call($base, 'GET', '/business/customer/list', null, ['Authorization' => null])['status'] === 503);

    admin($base, 'POST', '/__sandbox/faults', ['delay_ms' => 150, 'headers' => ['X-Extra' => 'yes']]);
    $t = microtime(true);
    $r = call($base, 'GET', '/business/customer/list');
    check('faults: delay then the real answer with extra header', microtime(true) - $t >= 0.15 && $r['status'] === 200
        && ($r['headers']['x-extra'] ?? null) === 'yes', $r);

    admin($base, 'POST', '/__sandbox/faults', ['truncate' => true]);
    $wire = raw($base, 'GET', '/business/customer/list');
    [$head, $body] = explode("\r\n\r\n", $wire, 2) + [1 => ''];
    preg_match('/^Content-Length: (\d+)$/mi', $head, $m);
    check('truncate: Content-Length larger than the body sent',
        isset($m[1]) && (int) $m[1] > strlen($body) && strlen($body) === intdiv((int) $m[1], 2), $wire);
    check('truncate: real status kept', str_starts_with($wire, 'HTTP/1.1 200'));

    admin($base, 'POST', '/__sandbox/faults', ['drop' => true]);
    $wire = raw($base, 'GET', '/business/customer/list');
    check('drop: only an interim 100, then the connection closes',
        str_starts_with($wire, 'HTTP/1.1 100 Continue') && substr_count($wire, 'HTTP/1.1') === 1
        && str_ends_with($wire, "\r\n\r\n"), $wire);

    // The nasty case: the create happened, its answer was lost, the client retries.
    $body = json_encode(customer());
    admin($base, 'POST', '/__sandbox/faults', ['path' => '/business/customer/create', 'drop' => true]);
    $lost = call($base, 'POST', '/business/customer/create', $body, ['Idempotency-Key' => 'lost-1']);
    check('drop: no usable answer through PHP streams', $lost['status'] !== 201, $lost);
    $retry = call($base, 'POST', '/business/customer/create', $body, ['Idempotency-Key' => 'lost-1']);
    check('drop: the create was processed; the retry replays it',
        $retry['status'] === 201 && ($retry['headers']['idempotent-replayed'] ?? null) === 'true', $retry);

    admin($base, 'POST', '/__sandbox/faults', ['path' => '/business/customer/create', 'drop' => true, 'status' => 500]);
    $before = countCustomers($base);
    call($base, 'POST', '/business/customer/create', json_encode(customer()));
    check('drop with status: the request is not processed', countCustomers($base) === $before);

    foreach ([['count' => 0], ['status' => 99], ['status' => '500'], ['path' => 'x'], ['drop' => 1],
              ['headers' => ['Bad Name' => 'x']], ['headers' => ['X' => "a\r\nb"]], ['headers' => ['a']],
              ['delay_ms' => -1], ['nope' => 1], ['body' => 5]] as $bad) {
        check('faults: rejects ' . json_encode($bad), admin($base, 'POST', '/__sandbox/faults', $bad)['ok'] === false);
    }
}

function testRequestLog(string $base): void
{
    admin($base, 'DELETE', '/__sandbox/requests');
    admin($base, 'POST', '/__sandbox/faults', ['status' => 503]);
    call($base, 'POST', '/business/customer/create?x=1', '{"a":1}', ['Idempotency-Key' => 'K', 'X-Custom' => 'v']);
    call($base, 'GET', '/nope?q=%20', null, ['Authorization' => null]);
    admin($base, 'GET', '/__sandbox/health');

    $log = admin($base, 'GET', '/__sandbox/requests')['requests'];
    check('log: two API requests, admin excluded', count($log) === 2, $log);
    $e = $log[0] ?? [];
    check('log: entry keys', array_keys($e) === ['method', 'path', 'query', 'headers', 'body', 'request_id'], $e);
    check('log: faulted request logged', ($e['method'] ?? '') === 'POST' && $e['path'] === '/business/customer/create'
        && $e['query'] === 'x=1' && $e['body'] === '{"a":1}');
    check('log: lower-case headers, secret redacted', ($e['headers']['authorization'] ?? '') === '[redacted]'
        && ($e['headers']['idempotency-key'] ?? '') === 'K' && ($e['headers']['x-custom'] ?? '') === 'v'
        && ($e['headers']['content-type'] ?? '') === 'application/json', $e['headers'] ?? null);
    check('log: raw query', ($log[1]['query'] ?? '') === 'q=%20' && !isset($log[1]['headers']['authorization']));
    check('log: cleared', admin($base, 'DELETE', '/__sandbox/requests') === ['ok' => true]
        && admin($base, 'GET', '/__sandbox/requests') === ['ok' => true, 'requests' => []]);
}

function testAdminErrors(string $base): void
{
    check('admin: unknown endpoint', admin($base, 'GET', '/__sandbox/nope')
        === ['ok' => false, 'error' => 'Unknown sandbox endpoint']);
    check('admin: wrong method', admin($base, 'GET', '/__sandbox/reset')
        === ['ok' => false, 'error' => 'Method not allowed']);
    $r = call($base, 'POST', '/__sandbox/config', '{bad');
    check('admin: invalid JSON', $r['status'] === 400 && $r['json']['ok'] === false);

    create($base, customer());
    admin($base, 'POST', '/__sandbox/faults', ['status' => 500]);
    admin($base, 'POST', '/__sandbox/config', ['rps' => 1]);
    check('reset', admin($base, 'POST', '/__sandbox/reset') === ['ok' => true]);
    check('reset: customers gone', countCustomers($base) === 0);
    check('reset: faults gone', admin($base, 'GET', '/__sandbox/faults')['faults'] === []);
    check('reset: settings back to env', admin($base, 'GET', '/__sandbox/config')['config']
        === ['rps' => null, 'latency_ms' => null]);
}

function testEnvironment(): void
{
    $base = cashfin_sandbox_start([
        'CASHFIN_SANDBOX_SECRET' => 'cs_exact',
        'CASHFIN_SANDBOX_RPS' => '2',
        'CASHFIN_SANDBOX_LATENCY_MS' => '60',
    ]);
    check('env: rps and latency', admin($base, 'GET', '/__sandbox/config')['config']
        === ['rps' => 2, 'latency_ms' => 60]);
    nextSecond();
    check('env: another cs_ secret refused', call($base, 'GET', '/business/customer/list')['status'] === 401);
    $t = microtime(true);
    $r = call($base, 'GET', '/business/customer/list', null, ['Authorization' => 'cs_exact']);
    check('env: exact secret accepted', $r['status'] === 200 && $r['headers']['x-ratelimit-limit'] === '2', $r);
    check('env: latency applied', microtime(true) - $t >= 0.06);
    admin($base, 'POST', '/__sandbox/config', ['rps' => null]);
    $r = call($base, 'GET', '/business/customer/list', null, ['Authorization' => 'cs_exact']);
    check('env: null override lifts the limit', $r['headers']['x-ratelimit-limit'] === '25', $r['headers']);
}

testCommonHeadersAndAuth($base);
testCreate($base);
testInvalidJson($base);
testValidation($base);
testDetailsAndUpdate($base);
testList($base);
testIdempotency($base);
testRateLimit($base);
testFaults($base);
testRequestLog($base);
testAdminErrors($base);
testEnvironment();

echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
