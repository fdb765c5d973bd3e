--TEST--
A server that repeats the secret cannot put it in an exception: messages, field errors and (string)$e show [redacted], in single and bulk calls; getResponseBody() stays the raw body
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/api.inc';
const SECRET = 'cs_SECRET_never_shown_123';
$base = cashfin_sandbox_start();
$client = new Cashfin\Customers(SECRET, ['base_url' => $base, 'max_retries' => 0]);

$answers = [
    '401 error' => [401, ['success' => false, 'error' => 'Invalid client secret ' . SECRET]],
    '401 message' => [401, ['success' => false, 'message' => 'Unauthorized: ' . SECRET . ' (' . SECRET . ')']],
    '422 fields' => [422, ['success' => false, 'error' => 'There are problems with your submission',
        'errors' => ['name' => 'Name ' . SECRET . ' is taken', SECRET => 'a field named after the secret', 'list' => [SECRET]]]],
    '200 failure' => [200, ['success' => false, 'error' => 'refused for ' . SECRET]],
    '503' => [503, ['success' => false, 'error' => SECRET]],
    'escaped' => [400, null, '{"success":false,"error":"key \u0063s_SECRET_never_shown_123 refused"}'],
];
foreach ($answers as $label => $answer) {
    [$status, $body] = $answer;
    $raw = $answer[2] ?? json_encode($body);
    foreach (['single' => fn () => $client->list(), 'bulk' => fn () => throw $client->detailsMany(['507f1f77bcf86cd799439011'])[0]] as $how => $call) {
        cf_fault($base, ['status' => $status, 'body' => $raw]);
        $e = cf_catch($call);
        $shown = $e->getMessage() . ' ' . json_encode($e->getErrors()) . ' ' . $e;
        printf("%-12s %-6s %s: %s %s; secret shown: %s; in the raw body: %s\n", $label, $how, get_class($e), $e->getMessage(),
            json_encode($e->getErrors()), var_export(str_contains($shown, SECRET), true),
            var_export(str_contains($e->getResponseBody(), 'SECRET_never_shown'), true));
    }
}
?>
--EXPECT--
401 error    single Cashfin\AuthenticationException: Invalid client secret [redacted] []; secret shown: false; in the raw body: true
401 error    bulk   Cashfin\AuthenticationException: Invalid client secret [redacted] []; secret shown: false; in the raw body: true
401 message  single Cashfin\AuthenticationException: Unauthorized: [redacted] ([redacted]) []; secret shown: false; in the raw body: true
401 message  bulk   Cashfin\AuthenticationException: Unauthorized: [redacted] ([redacted]) []; secret shown: false; in the raw body: true
422 fields   single Cashfin\ValidationException: There are problems with your submission {"name":"Name [redacted] is taken","[redacted]":"a field named after the secret","list":"[redacted]"}; secret shown: false; in the raw body: true
422 fields   bulk   Cashfin\ValidationException: There are problems with your submission {"name":"Name [redacted] is taken","[redacted]":"a field named after the secret","list":"[redacted]"}; secret shown: false; in the raw body: true
200 failure  single Cashfin\ApiException: refused for [redacted] []; secret shown: false; in the raw body: true
200 failure  bulk   Cashfin\ApiException: refused for [redacted] []; secret shown: false; in the raw body: true
503          single Cashfin\ServerException: [redacted] []; secret shown: false; in the raw body: true
503          bulk   Cashfin\ServerException: [redacted] []; secret shown: false; in the raw body: true
escaped      single Cashfin\ApiException: key [redacted] refused []; secret shown: false; in the raw body: true
escaped      bulk   Cashfin\ApiException: key [redacted] refused []; secret shown: false; in the raw body: true
