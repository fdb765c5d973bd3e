<?php
/*
 * The whole Customers flow: create, list, details, update, and one error handled.
 *
 *   CASHFIN_CLIENT_SECRET=cs_... CASHFIN_BASE_URL=http://127.0.0.1:8080 php -d extension=cashfin examples/quickstart.php
 *
 * It creates customers, so it runs against a sandbox only: scripts/quickstart.sh starts one and sets
 * CASHFIN_BASE_URL for you (sandbox/bin/cashfin-sandbox prints a sandbox's URL). Cashfin has one
 * environment and no sandbox of its own: pointed at it (no CASHFIN_BASE_URL, and cashfin.base_url left at
 * its default), the example stops before any request.
 */

declare(strict_types=1);

use Cashfin\Customers;
use Cashfin\DuplicateException;
use Cashfin\ValidationException;

// The extension's own precedence: the base_url option (none here), CASHFIN_BASE_URL, cashfin.base_url.
$target = getenv('CASHFIN_BASE_URL') ?: ini_get('cashfin.base_url');
if (parse_url((string) $target, PHP_URL_HOST) === 'api.cashfin.africa') {
    fwrite(STDERR, "quickstart: this example creates customers and would reach the real Cashfin API; "
        . "set CASHFIN_BASE_URL to a sandbox (scripts/quickstart.sh does)\n");
    exit(1);
}
$customers = new Customers(); // the secret from CASHFIN_CLIENT_SECRET, the base URL from CASHFIN_BASE_URL

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
