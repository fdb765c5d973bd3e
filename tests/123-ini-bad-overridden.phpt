--TEST--
INI: a cashfin.base_url that only allow_http accepts stands as a default; the constructor refuses it unless allow_http or a base_url option says otherwise
--DESCRIPTION--
The INI entries only give defaults, checked when set for what does not depend on the options. Whether
an http:// URL for a host that is not loopback is acceptable depends on allow_http, so that is decided
when a client is constructed.
--EXTENSIONS--
cashfin
--INI--
cashfin.base_url=http://example.com
--FILE--
<?php
require __DIR__ . '/local-checks.inc';

var_dump(ini_get('cashfin.base_url'));
cf_try(fn () => new Cashfin\Customers('cs_x'));
cf_try(fn () => new Cashfin\Customers('cs_x', ['allow_http' => true]));
cf_try(fn () => new Cashfin\Customers('cs_x', ['base_url' => 'https://api.example.test']));
--EXPECT--
string(18) "http://example.com"
ValueError: Cashfin\Customers::__construct(): Argument #2 ($options) cashfin.base_url must use https:// (http:// is accepted for loopback hosts, or with allow_http)
ok
ok
