<?php

/*
 * Writes the seed corpora (tests/fuzz/corpus/<target>/) from the documented bodies and headers
 * (DESIGN.md section 1, sandbox/README.md), in each target's input format (see the comment at the
 * top of each fuzz_<target>.c). The decode target also gets the answers of a sandbox started for the
 * purpose (tests/server.inc), a page of the benchmark's canned customers, and bodies at the edges of
 * json_decode's rules. The files are committed; run this again after changing a format:
 *
 *   php tests/fuzz/make-corpus.php
 */

$corpus = __DIR__ . '/corpus';

function seed(string $target, string $name, string $bytes): void
{
    global $corpus;
    @mkdir("$corpus/$target", 0777, true);
    file_put_contents("$corpus/$target/$name", $bytes);
}

/* classify: [status hi][status lo][flags][header length][headers][body] */
function answer(int $status, string $body, string $headers = '', int $flags = 0): string
{
    if (strlen($headers) > 255) {
        throw new LengthException('headers too long for one seed');
    }
    return chr(($status >> 8) & 0x7F) . chr($status & 0xFF) . chr($flags) . chr(strlen($headers)) . $headers . $body;
}

$customer = '{"_id":"507f1f77bcf86cd799439011","name":"John Doe","email":"john@example.com","phone":"+254712345678",'
    . '"company":"Acme Ltd","country":"Kenya","currency":"KES","type":"individual","address":"Moi Avenue 1",'
    . '"city":"Nairobi","active":true,"sourceorigin":"api","createdat":"2024-01-15T10:30:00.000Z",'
    . '"updatedat":"2024-01-15T10:30:00.000Z"}';
$rate = "X-RateLimit-Limit: 25\r\nX-RateLimit-Remaining: 24\r\nX-RateLimit-Reset: 1700000000\r\n";
$html = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";

$answers = [
    'create-201' => answer(201, '{"success":true,"message":"Customer created successfully","data":' . $customer . '}', $rate),
    'list-200' => answer(200, '{"success":true,"data":[' . $customer . '],"pagination":{"total":1,"page":1,"limit":10,"pages":1}}', $rate, 1),
    'list-200-meta' => answer(200, '{"success":true,"data":[],"meta":{"total":0,"page":1,"limit":10,"pages":0}}', '', 1),
    'list-200-empty-page' => answer(200, "{\n  \"success\": true,\n  \"data\": [],\n  \"pagination\": {\"total\": 150, \"page\": 16, \"limit\": 10, \"pages\": 15}\n}\n", '', 1),
    'details-200' => answer(200, '{"success":true,"data":' . $customer . '}', "X-Request-Id: req_0123456789abcdef01234567\r\n"),
    'update-200' => answer(200, '{"success":true,"message":"Customer updated successfully","data":{"_id":"507f1f77bcf86cd799439011","modified":1}}'),
    'invalid-id-400' => answer(400, '{"success":false,"error":"Invalid customer ID format"}'),
    'unauthorized-401' => answer(401, '{"success": false, "message": "Unauthorized access!"}'),
    'forbidden-403' => answer(403, '{"success":false,"error":"Forbidden"}'),
    'not-found-404' => answer(404, '{"success":false,"error":"Customer not found"}'),
    'route-404' => answer(404, '{"success":false,"error":"Route not found"}'),
    'duplicate-409' => answer(409, '{"success":false,"error":"Customer with this email already exists"}'),
    'duplicate-400' => answer(400, '{"success":false,"error":"Customer with this email already exists"}'),
    'validation-422' => answer(422, '{"success":false,"error":"There are problems with your submission","errors":{"email":"Email is required","phone":"Phone must be a valid phone number"}}'),
    'validation-400-lists' => answer(400, '{"success":false,"message":"Validation failed","errors":{"email":["Email is required","Email is invalid"],"0":"Unknown field"}}'),
    'rate-limit-429' => answer(429, '{"success":false,"error":"Too many requests","retry_after":2}', "Retry-After: 2\r\n" . $rate),
    'rate-limit-429-date' => answer(429, '{"success":false,"error":"Too many requests","retry_after":1.5}', "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n"),
    'server-500' => answer(500, '{"success":false,"error":"Injected fault"}'),
    'server-502-html' => answer(502, $html),
    'ok-200-html' => answer(200, $html),
    'ok-200-failure' => answer(200, '{"success":false,"error":"Something went wrong"}'),
    'ok-200-not-envelope' => answer(200, '{"id":"507f1f77bcf86cd799439011","name":"John"}'),
    'ok-200-empty' => answer(200, '', '', 0x40),
    'redirect-302' => answer(302, '', "Location: https://elsewhere.example/\r\n"),
    'transport-timeout' => answer(0, '', '', 6 << 1),
    'reader-accepts' => answer(200, '{"success":true,"data":{}}', '', 1 << 4),
    'big-numbers' => answer(200, '{"success":true,"data":[],"pagination":{"total":18446744073709551616,"page":1e400,"limit":-0,"pages":1.5}}', '', 1),
    // Repeated keys that every reading agrees on (regressions/classify/ holds the ones that disagree).
    'duplicate-keys' => answer(200, '{"success":true,"success":true,"data":{"a":1},"data":{"b":2}}'),
    'utf8-escapes' => answer(404, '{"success":false,"error":"Cust\u00f3mer \ud83d\ude00 \u0000not found"}'),
    // json_decode's depth: 511 arrays and objects open at once are read, 512 are not.
    'depth-511-error' => answer(404, '{"success":false,"error":"Customer not found","x":' . str_repeat('[', 510) . str_repeat(']', 510) . '}'),
    'depth-512-error' => answer(404, '{"success":false,"error":"Customer not found","x":' . str_repeat('[', 511) . str_repeat(']', 511) . '}'),
];
foreach ($answers as $name => $bytes) {
    seed('classify', $name, $bytes);
}

/* headers: [clock][lines] */
$headerSeeds = [
    'sandbox-answer' => "\x02HTTP/1.1 201 Created\r\nHost: 127.0.0.1\r\nDate: Mon, 15 Jan 2024 10:30:00 GMT\r\nConnection: close\r\n"
        . "Content-Type: application/json; charset=utf-8\r\nX-Request-Id: req_0123456789abcdef01234567\r\n$rate\r\n",
    'rate-limited' => "\x02HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\n$rate\r\n",
    'retry-after-date' => "\x00HTTP/2 503\r\nretry-after: Thu, 01 Jan 1970 00:01:40 GMT\r\n\r\n",
    'interim-then-final' => "\x02HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-Interim: no\r\nx-ratelimit-limit:5\r\n\r\n",
    'odd-spacing' => "\x03X-RateLimit-Remaining:\t 7 \t\r\nRETRY-AFTER:   120  \r\n: no name\r\nno colon\r\n",
    'repeated' => "\x01X-RateLimit-Limit: 25\r\nX-RateLimit-Limit: 10\r\nRetry-After: 3\r\nRetry-After: soon\r\n",
    'long-numbers' => "\x01X-RateLimit-Reset: 9223372036854775799\r\nX-RateLimit-Limit: 99999999999999999999\r\nRetry-After: 0000000000000000000000000000001\r\n",
];
foreach ($headerSeeds as $name => $bytes) {
    seed('headers', $name, $bytes);
}

/* customer: [operation][selector][value...]...; selector = key index | (kind << 5) */
function field(int $key, string $value): string
{
    return chr($key) . chr(strlen($value)) . $value;
}
$names = ['name', 'email', 'phone', 'country', 'currency', 'company', 'address', 'city', 'state', 'website', 'type'];
$documented = field(0, 'John Doe') . field(1, 'john@example.com') . field(2, '+254712345678')
    . field(3, 'Kenya') . field(4, 'KES');
$customerSeeds = [
    'create-documented' => "\x00" . $documented,
    'create-all-optional' => "\x00" . $documented . field(5, 'Acme Ltd') . field(6, "Moi Avenue 1\nNairobi") . field(7, 'Nairobi') . field(10, 'business'),
    'update-documented' => "\x01" . field(2, '+254799000001') . field(7, 'Mombasa'),
    'update-everything' => "\x01" . field(8, 'Nairobi County') . field(9, 'https://example.com') . field(10, 'individual') . field(5, ''),
    'update-empty' => "\x01",
    'create-missing' => "\x00" . field(4, 'KES'),
    'create-bad-formats' => "\x00" . field(0, ' ') . field(1, 'john@@example..com') . field(2, '12-34') . field(3, "Ke\x00nya") . field(4, 'kes'),
    'create-types' => "\x00" . chr(0 | (5 << 5)) . chr(1 | (6 << 5)) . chr(2 | (7 << 5)) . "\x00",
    'unknown-keys' => "\x00" . chr(27) . "\x05emial" . "\x03a@b" . chr(11) . "\x07" . "\x01x" . field(8, 'Lagos'),
    'long-values' => "\x01" . chr(0) . "\xff\x65\x00" . str_repeat('a', 101) . field(6, str_repeat("\xc3\xa9", 120)),
    'utf8-invalid' => "\x01" . field(0, "Jo\xc3\x28n") . field(7, "\xed\xa0\x80") . field(3, "\xf4\x90\x80\x80"),
];
foreach ($customerSeeds as $name => $bytes) {
    seed('customer', $name, $bytes);
}

/* text: any bytes */
$textSeeds = [
    'ascii' => 'John Doe <john@example.com>',
    'id' => '507f1f77bcf86cd799439011',
    'id-upper' => '507F1F77BCF86CD79943901G',
    'search' => "john doe+\xc3\xa9&page=2/%20~._-",
    'utf8-edges' => "\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf",
    'utf8-invalid' => "\xc0\xaf\xe0\x80\xaf\xed\xa0\x80\xf4\x90\x80\x80\xf8\x88\x80\x80\x80\xfe\xff\x80",
    'controls' => "a\tb\nc\rd\x00e\x1f\x7f \x0b\x0c",
    'blank' => " \t\r\n\x0b\x0c",
];
foreach ($textSeeds as $name => $bytes) {
    seed('text', $name, $bytes);
}

/* decode: a body, nothing else */
require __DIR__ . '/../server.inc';
require __DIR__ . '/../../bench/lib/canned.php';

/** One request to the sandbox by PHP's own streams; the answer's body as it came. */
function sandbox_body(string $base, string $method, string $path, ?string $json = null): string
{
    $context = stream_context_create(['http' => [
        'method' => $method,
        'header' => "Authorization: cs_corpus\r\nContent-Type: application/json\r\n",
        'content' => $json ?? '',
        'ignore_errors' => true,
        'timeout' => 10,
    ]]);
    $body = file_get_contents($base . $path, false, $context);
    if ($body === false) {
        throw new RuntimeException("sandbox: $method $path failed");
    }
    return $body;
}

$base = cashfin_sandbox_start(['CASHFIN_SANDBOX_SECRET' => 'cs_corpus']);
$people = [
    ['name' => 'John Doe', 'email' => 'john@example.com', 'phone' => '+254712345678', 'country' => 'Kenya', 'currency' => 'KES'],
    ['name' => 'Zoë Traoré', 'email' => 'zoe@example.com', 'phone' => '+254712345679', 'country' => 'Côte d\'Ivoire',
        'currency' => 'XOF', 'company' => 'Émile & Fils "SARL"', 'address' => "Rue 12\nAbidjan\t(Plateau) \\ 😀",
        'city' => 'Abidjan', 'type' => 'business'],
    ['name' => 'Wanjiru Mwangi', 'email' => 'wanjiru@example.com', 'phone' => '+254712345680', 'country' => 'Kenya',
        'currency' => 'KES', 'company' => '', 'address' => str_repeat('Moi Avenue ', 20), 'city' => 'Nairobi'],
];
$ids = [];
foreach ($people as $i => $person) {
    $body = sandbox_body($base, 'POST', '/business/customer/create', json_encode($person));
    seed('decode', "sandbox-create-$i", $body);
    $ids[] = json_decode($body, true)['data']['_id'] ?? throw new RuntimeException("sandbox: create failed: $body");
}
$sandboxAnswers = [
    'list' => ['GET', '/business/customer/list', null],
    'list-page-2-limit-1' => ['GET', '/business/customer/list?page=2&limit=1', null],
    'list-search-none' => ['GET', '/business/customer/list?search=nobody', null],
    'details' => ['GET', "/business/customer/details/{$ids[1]}", null],
    'update' => ['PATCH', "/business/customer/update/{$ids[0]}", '{"city":"Mombasa","state":"Mombasa County","website":"https://example.com/a/b"}'],
    'update-unchanged' => ['PATCH', "/business/customer/update/{$ids[0]}", '{"city":"Mombasa"}'],
    'not-found' => ['GET', '/business/customer/details/507f1f77bcf86cd799439011', null],
    'invalid-id' => ['GET', '/business/customer/details/nothex', null],
    'duplicate' => ['POST', '/business/customer/create', json_encode($people[0])],
    'validation' => ['POST', '/business/customer/create', '{"name":"","email":"nope","phone":"12"}'],
];
foreach ($sandboxAnswers as $name => [$method, $path, $json]) {
    seed('decode', "sandbox-$name", sandbox_body($base, $method, $path, $json));
}

$page = [];
for ($n = 1; $n <= BENCH_PAGE_SIZE; $n++) {
    $page[] = bench_customer($n);
}
seed('decode', 'bench-page', bench_json(['success' => true, 'data' => $page,
    'pagination' => ['total' => 10000, 'page' => 1, 'limit' => 100, 'pages' => 100]]));

$nest = fn (int $depth) => str_repeat('[', $depth) . str_repeat(']', $depth);
$decodeSeeds = [
    'numbers' => '[0,-0,0.0,-0.0,2.0,1e2,1E+2,1e-2,-1.5e-300,9223372036854775807,9223372036854775808,'
        . '-9223372036854775808,-9223372036854775809,18446744073709551616,1e400,-1e400,4.9e-324,0.1,'
        . '123456789012345678901234567890.5e-10]',
    'strings' => '["","a","\\u0000","\\ud83d\\ude00","\\u00e9\\u07ff\\u0800\\uffff","\\/\\"\\\\\\b\\f\\n\\r\\t",'
        . "\"é€😀\",\"\\u005f\",\"\\u0000x\\u0000\"]",
    'numeric-keys' => '{"0":1,"1":2,"-1":3,"-0":4,"01":5,"9223372036854775807":6,"9223372036854775808":7,'
        . '"-9223372036854775808":8,"-9223372036854775809":9,"":10," 1":11,"1 ":12,"1.5":13}',
    'duplicate-known' => '{"data":1,"name":2,"data":3,"name":{"x":[4]}}',
    'duplicate-unknown' => '{"a":1,"b":2,"a":3,"0":4,"00":5,"0":6}',
    'escaped-known-key' => '{"_id":"x","\\u005fid":"y","n\\u0061me":"z"}',
    'shapes' => '{"data":[{"_id":"a","name":"b","email":"c"},{"_id":"a","name":"b","email":"c"},'
        . '{"name":"b","_id":"a","email":"c","extra":1},{"_id":"a","nam":"b","names":"c"},{"_id":"a"},'
        . '{"_id":"a","name":"b","email":"c","_id":"d"}],"pagination":{"total":3,"page":1,"limit":10,"pages":1}}',
    'short-tail-key' => '{"a":{"name":1,"type":2},"b":{"name":1,"type":2}}',
    'whitespace' => " \t\r\n{ \"success\" :\ttrue ,\r\n \"data\" : [ 1 , { } , [ ] ] }\r\n ",
    'scalar-number' => '-12.5e+3',
    'scalar-string' => '"just a string"',
    'scalar-true' => 'true',
    'scalar-null' => ' null ',
    'depth-510' => $nest(510),
    'depth-511' => $nest(511),
    'depth-512' => $nest(512),
    'objects-300' => str_repeat('{"a":', 300) . '1' . str_repeat('}', 300),
    'lone-high-surrogate' => '["\\ud800"]',
    'lone-low-surrogate' => '["\\udc00\\ud800"]',
    'surrogate-then-letter' => '["\\ud800\\u0041"]',
    'bad-hex' => '["\\u12G4"]',
    'bad-escape' => '["\\x41"]',
    'invalid-utf8' => "[\"\xc3\x28\",\"\xc0\xaf\",\"\xed\xa0\x80\",\"\xf4\x90\x80\x80\"]",
    'bom' => "\xef\xbb\xbf{}",
    'raw-control' => "[\"a\x01b\"]",
    'nul-inside' => "{\"a\":1}\x00",
    'trailing-comma' => '[1,2,]',
    'trailing-comma-object' => '{"a":1,}',
    'leading-zero' => '[01]',
    'bare-dot' => '[1.]',
    'dot-first' => '[.5]',
    'minus-alone' => '[-]',
    'exponent-alone' => '[1e]',
    'missing-comma' => '[1 2]',
    'missing-colon' => '{"a" 1}',
    'upper-literal' => 'TRUE',
    'short-literal' => '[nul]',
    'trailing-garbage' => '{} x',
    'two-values' => '{}{}',
    'vertical-tab' => "\x0b{}",
    'nbsp' => "\xc2\xa0{}",
    'empty' => '',
    'mismatched' => '[1}',
];
foreach ($decodeSeeds as $name => $bytes) {
    seed('decode', $name, $bytes);
}

echo "seeds written under $corpus\n";
