--TEST--
A long error message from the server is the exception message whole, and always valid UTF-8 (never cut inside a character)
--DESCRIPTION--
ext/core/error.c formats every message through a 512-byte buffer, so a server message longer than
511 bytes is cut, possibly inside a multi-byte character: getMessage() is then invalid UTF-8.
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers('cs_test', ['base_url' => $base, 'max_retries' => 0]);
$id = '507f1f77bcf86cd799439011';

foreach ([
    'error, 300 e-acute (600 bytes)' => [404, 'error', str_repeat("\u{e9}", 300)],
    'error, 510 bytes, e-acute' => [409, 'error', str_repeat('a', 510) . "\u{e9} already exists"],
    'message, 5,000 bytes' => [401, 'message', str_repeat('Unauthorized access! ', 250)],
    'error, 255 emoji (1,020 bytes)' => [500, 'error', str_repeat("\u{1F600}", 255)],
] as $label => [$status, $key, $message]) {
    cf_fault($base, ['status' => $status, 'body' => json_encode(['success' => false, $key => $message], JSON_UNESCAPED_UNICODE)]);
    $e = cf_catch(fn () => $client->details($id));
    echo str_pad($label, 32), get_class($e), ', valid UTF-8 ', var_export(preg_match('//u', $e->getMessage()) === 1, true),
        ', whole ', var_export($e->getMessage() === $message, true), "\n";
}

// Field messages are kept whole already.
$long = str_repeat("\u{e9}", 400);
cf_fault($base, ['status' => 422, 'body' => json_encode(['success' => false, 'error' => 'There are problems with your submission',
    'errors' => ['email' => $long, str_repeat('k', 600) => 'Unknown field']], JSON_UNESCAPED_UNICODE)]);
$e = cf_catch(fn () => $client->details($id));
echo "field errors: ", get_class($e), ', whole ', var_export($e->getErrors() === ['email' => $long, str_repeat('k', 600) => 'Unknown field'], true), "\n";
?>
--EXPECT--
error, 300 e-acute (600 bytes)  Cashfin\NotFoundException, valid UTF-8 true, whole true
error, 510 bytes, e-acute       Cashfin\DuplicateException, valid UTF-8 true, whole true
message, 5,000 bytes            Cashfin\AuthenticationException, valid UTF-8 true, whole true
error, 255 emoji (1,020 bytes)  Cashfin\ServerException, valid UTF-8 true, whole true
field errors: Cashfin\ValidationException, whole true
