<?php

declare(strict_types=1);

if (!extension_loaded('cashfin')) {
    fwrite(STDERR, "These tests need the cashfin extension (php -d extension=cashfin ...)\n");
    exit(1);
}

require __DIR__ . '/src/CustomerSignup.php';

// The sandbox's test helper: on the include_path once the cashfin package is installed (PECL), else the
// copy in this repository.
require stream_resolve_include_path('Cashfin/sandbox/Server.php') ?: __DIR__ . '/../../sandbox/Server.php';
