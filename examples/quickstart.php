<?php
/*
 * The whole Customers flow: create, list, details, update, and one error handled.
 *
 *   CASHFIN_CLIENT_SECRET=cs_... php -d extension=cashfin examples/quickstart.php
 *
 * CASHFIN_BASE_URL points it at the local sandbox (scripts/quickstart.sh does this for you);
 * without it the example talks to the real API, which has no sandbox of its own.
 */

declare(strict_types=1);

use Cashfin\Customers;
use Cashfin\DuplicateException;
use Cashfin\ValidationException;

$options = [];
if (getenv('CASHFIN_BASE_URL')) {
    $options['base_url'] = getenv('CASHFIN_BASE_URL');
}
$customers = new Customers(null, $options); // the secret comes from CASHFIN_CLIENT_SECRET

$email = sprintf('john.doe+%s@example.com', bin2hex(random_bytes(3)));
$john = $customers->create([
    'name' => 'John Doe',
    'email' => $email,
    'phone' => '+254712345678',
    'country' => 'Kenya',
    'currency' => 'KES',
]);
printf("created   %s  %s <%s>\n", $john['_id'], $john['name'], $john['email']);

$page = $customers->list(['search' => 'john', 'limit' => 10]);
printf("listed    %d of %d matching customers (page %d of %d)\n", count($page['data']),
    $page['pagination']['total'], $page['pagination']['page'], $page['pagination']['pages']);

$details = $customers->details($john['_id']);
printf("details   %s, %s, %s\n", $details['name'], $details['country'], $details['currency']);

$result = $customers->update($john['_id'], ['phone' => '+254799000001', 'city' => 'Mombasa']);
printf("updated   %s (modified: %d)\n", $result['_id'], $result['modified']);
printf("now       %s in %s\n", $customers->details($john['_id'])['phone'], $customers->details($john['_id'])['city']);

try {
    $customers->create([
        'name' => 'John Again',
        'email' => $email,
        'phone' => '+254712345678',
        'country' => 'Kenya',
        'currency' => 'KES',
    ]);
} catch (DuplicateException $e) {
    printf("refused   %s (HTTP %d, request %s)\n", $e->getMessage(), $e->getHttpStatus(), $e->getRequestId());
}

try {
    $customers->create(['name' => 'No Email', 'phone' => '12', 'country' => 'Kenya', 'currency' => 'kes']);
} catch (ValidationException $e) {
    printf("invalid   %s, before any request:\n", $e->getMessage());
    foreach ($e->getErrors() as $field => $message) {
        printf("          - %s: %s\n", $field, $message);
    }
}

$last = $customers->lastResponse();
printf("last call HTTP %d in %.1f ms, %d attempt(s), rate limit %s/%s\n", $last['status'], $last['duration_ms'],
    $last['attempts'], $last['rate_limit']['remaining'] ?? '?', $last['rate_limit']['limit'] ?? '?');
