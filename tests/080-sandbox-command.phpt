--TEST--
cashfin-sandbox: prints its URL first, serves until SIGTERM, SIGINT or SIGHUP, then stops the server and deletes its database
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/sandbox-command.inc';

foreach (['SIGTERM' => 15, 'SIGINT' => 2, 'SIGHUP' => 1] as $name => $signal) {
    echo "-- stopped by $name --\n";
    $tmp = cf_private_dir();
    // Run as a user would: the file itself, through its #! line. Its temporary files go to $tmp.
    [$process, $pipes, $log] = cf_spawn([CF_COMMAND], ['TMPDIR' => $tmp, 'CASHFIN_SANDBOX_SECRET' => 'cs_ignored']);
    $url = cf_first_line($pipes);
    echo "first line: ", preg_replace('/\d+$/', 'PORT', (string) $url), "\n";
    var_dump(cf_answers($url));

    $client = new Cashfin\Customers('cs_any_value', ['base_url' => $url, 'max_retries' => 0]);
    $created = $client->create(['name' => 'Ada', 'email' => 'ada@example.com', 'phone' => '+254700000001',
        'country' => 'Kenya', 'currency' => 'KES']);
    echo "created, found: ", $client->findByEmail('ADA@example.com')['_id'] === $created['_id'] ? 'yes' : 'no', "\n";
    echo "database while serving: ", count(cf_files($tmp)) >= 1 ? 'present' : 'missing', "\n";
    $server = cf_children(proc_get_status($process)['pid']);
    echo "server processes: ", count($server), "\n";

    proc_terminate($process, $signal);
    echo "exit status: ", var_export(cf_wait_exit($process), true), "\n";
    echo "still answering: ", var_export(cf_answers($url), true), "\n";
    echo "server process left: ", var_export(file_exists("/proc/{$server[0]}"), true), "\n";
    echo "files left in TMPDIR: ", json_encode(cf_files($tmp)), "\n";
    echo "rest of stdout: ", json_encode(stream_get_contents($pipes[1])), "\n";
    echo "stderr: ", preg_match('~cashfin-sandbox: serving http://127\.0\.0\.1:\d+~', file_get_contents($log)) ? 'says where it serves' : file_get_contents($log), "\n";
    proc_close($process);
}

echo "-- --watch-stdin: the end of standard input stops it too --\n";
$tmp = cf_private_dir();
[$process, $pipes, $log] = cf_spawn([CF_PHP, CF_COMMAND, '--watch-stdin'], ['TMPDIR' => $tmp]);
$url = cf_first_line($pipes);
fwrite($pipes[0], "anything\n");
usleep(300000);
echo "after a line on stdin: ", var_export(cf_answers($url), true), "\n";
fclose($pipes[0]);
echo "exit status: ", var_export(cf_wait_exit($process), true), "\n";
echo "still answering: ", var_export(cf_answers($url), true), "\n";
echo "files left in TMPDIR: ", json_encode(cf_files($tmp)), "\n";

echo "-- without --watch-stdin, the end of standard input changes nothing --\n";
[$process, $pipes, $log] = cf_spawn([CF_PHP, CF_COMMAND], ['TMPDIR' => $tmp]);
$url = cf_first_line($pipes);
fclose($pipes[0]);
usleep(500000);
echo "answering: ", var_export(cf_answers($url), true), "\n";
proc_terminate($process, 15);
echo "exit status: ", var_export(cf_wait_exit($process), true), "\n";

echo "-- a server that dies is reported, with exit status 1 --\n";
[$process, $pipes, $log] = cf_spawn([CF_PHP, CF_COMMAND], ['TMPDIR' => $tmp]);
$url = cf_first_line($pipes);
cf_kill(cf_children(proc_get_status($process)['pid'])[0]);
echo "exit status: ", var_export(cf_wait_exit($process), true), "\n";
echo "stderr: ", trim(array_slice(explode("\n", trim(file_get_contents($log))), -1)[0]), "\n";
echo "files left in TMPDIR: ", json_encode(cf_files($tmp)), "\n";
?>
--EXPECT--
-- stopped by SIGTERM --
first line: http://127.0.0.1:PORT
bool(true)
created, found: yes
database while serving: present
server processes: 1
exit status: 0
still answering: false
server process left: false
files left in TMPDIR: []
rest of stdout: ""
stderr: says where it serves
-- stopped by SIGINT --
first line: http://127.0.0.1:PORT
bool(true)
created, found: yes
database while serving: present
server processes: 1
exit status: 0
still answering: false
server process left: false
files left in TMPDIR: []
rest of stdout: ""
stderr: says where it serves
-- stopped by SIGHUP --
first line: http://127.0.0.1:PORT
bool(true)
created, found: yes
database while serving: present
server processes: 1
exit status: 0
still answering: false
server process left: false
files left in TMPDIR: []
rest of stdout: ""
stderr: says where it serves
-- --watch-stdin: the end of standard input stops it too --
after a line on stdin: true
exit status: 0
still answering: false
files left in TMPDIR: []
-- without --watch-stdin, the end of standard input changes nothing --
answering: true
exit status: 0
-- a server that dies is reported, with exit status 1 --
exit status: 1
stderr: cashfin-sandbox: the server stopped on its own
files left in TMPDIR: []