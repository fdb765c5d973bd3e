--TEST--
cashfin-sandbox and Cashfin\Sandbox\Server work from an installed layout: the command in a bin directory, the sandbox under Cashfin/sandbox/ in a PHP directory
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/sandbox-command.inc';

// What a PEAR install puts in place (role php under php_dir, role script in bin_dir), and nothing else:
// no tests/, no repository around it.
$root = cf_private_dir();
$source = cashfin_sandbox_dir();
$php = "$root/php/Cashfin/sandbox";
mkdir("$php/src", 0755, true);
mkdir("$root/bin");
foreach (['router.php', 'Server.php', 'cashfin-sandbox.php'] as $file) {
    copy("$source/$file", "$php/$file");
}
foreach (glob("$source/src/*.php") as $file) {
    copy($file, "$php/src/" . basename($file));
}
// The command as the package ships it. Run from the test_dir of a `pecl install`, CF_COMMAND is the installed
// one: PEAR's replacement of the marker is undone.
$shipped = preg_replace('~^\$installedPhpDir = .*;$~m', "\$installedPhpDir = '@php_dir@';", file_get_contents(CF_COMMAND));
file_put_contents("$root/bin/cashfin-sandbox", $shipped);
$elsewhere = cf_private_dir();

function run_installed(array $command, string $cwd): void
{
    [$process, $pipes, $log] = cf_spawn($command, [], $cwd);
    $url = cf_first_line($pipes, 15);
    if ($url === null) {
        echo "  no URL; exit ", var_export(cf_wait_exit($process), true), ': ', trim(file_get_contents($log)), "\n";
        return;
    }
    echo "  ", preg_replace('/\d+$/', 'PORT', $url), ', answers: ', var_export(cf_answers($url), true);
    $client = new Cashfin\Customers('cs_x', ['base_url' => $url]);
    echo ', customers: ', $client->list()['pagination']['total'], "\n";
    proc_terminate($process, 15);
    echo "  exit ", var_export(cf_wait_exit($process), true), "\n";
}

echo "-- found through the include_path --\n";
run_installed([CF_PHP, '-d', "include_path=.:$root/php", "$root/bin/cashfin-sandbox"], $elsewhere);

echo "-- found where PEAR wrote its php_dir into the script --\n";
file_put_contents("$root/bin/cashfin-sandbox", str_replace("'@php_dir@'", var_export("$root/php", true),
    file_get_contents("$root/bin/cashfin-sandbox")));
run_installed([CF_PHP, "$root/bin/cashfin-sandbox"], $elsewhere);

echo "-- not found: a clear error --\n";
file_put_contents("$root/bin/cashfin-sandbox", $shipped);
run_installed([CF_PHP, '-d', 'include_path=.', "$root/bin/cashfin-sandbox"], $elsewhere);

echo "-- the helper, required from the installed directory, from another working directory --\n";
chdir($elsewhere);
require "$php/Server.php";
$sandbox = Cashfin\Sandbox\Server::start(['php' => CF_PHP]);
$client = new Cashfin\Customers($sandbox->secret(), ['base_url' => $sandbox->baseUrl()]);
echo "  customers: ", $client->list()['pagination']['total'], "\n";
$sandbox->stop();
var_dump(cf_answers($sandbox->baseUrl()));
?>
--EXPECT--
-- found through the include_path --
  http://127.0.0.1:PORT, answers: true, customers: 0
  exit 0
-- found where PEAR wrote its php_dir into the script --
  http://127.0.0.1:PORT, answers: true, customers: 0
  exit 0
-- not found: a clear error --
  no URL; exit 1: cashfin-sandbox: cannot find Cashfin/sandbox/cashfin-sandbox.php (is the cashfin package installed?)
-- the helper, required from the installed directory, from another working directory --
  customers: 0
bool(false)
