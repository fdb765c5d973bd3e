--TEST--
Unknown keys are shown escaped in messages (a NUL byte never makes a key read as a valid one); LOCALHOST is loopback
--EXTENSIONS--
cashfin
--FILE--
<?php
$checks = [
    fn () => new Cashfin\Customers('cs_test', ["timeout\0x" => 1]),
    fn () => new Cashfin\Customers('cs_test', ["bad\"key\\\x7f" => 1]),
    fn () => (new Cashfin\Customers('cs_test'))->list(["page\0" => 1]),
    fn () => (new Cashfin\Customers('cs_test'))->create([], ["idempotency_key\n" => 'k']),
];
foreach ($checks as $check) {
    try {
        $check();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(str_contains(print_r(new Cashfin\Customers('cs_test', ['base_url' => 'http://LOCALHOST:8080']), true), 'LOCALHOST'));
?>
--EXPECT--
Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "timeout\x00x"
Cashfin\Customers::__construct(): Argument #2 ($options) contains an unknown option "bad\x22key\x5C\x7F"
Cashfin\Customers::list(): Argument #1 ($query) contains an unknown query key "page\x00" (page, limit and search are known)
Cashfin\Customers::create(): Argument #2 ($options) contains an unknown option "idempotency_key\x0A"
bool(true)
