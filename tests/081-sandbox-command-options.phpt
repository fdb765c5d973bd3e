--TEST--
cashfin-sandbox: --port, --secret, --rps, --latency-ms, --db and --help; usage errors exit with status 2
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/sandbox-command.inc';

/** Runs the command with these options until it prints its URL; returns [process, url]. */
function serve(array $options): array
{
    [$process, $pipes] = cf_spawn(array_merge([CF_PHP, CF_COMMAND, '--watch-stdin'], $options));
    $GLOBALS['keep'][] = $pipes; // closing stdin would stop it
    return [$process, cf_first_line($pipes)];
}

function stop($process): void
{
    proc_terminate($process, 15);
    echo "  stopped: exit ", var_export(cf_wait_exit($process), true), "\n";
}

echo "-- --port N: that port --\n";
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(stream_socket_get_name($probe, false), 10);
fclose($probe);
[$process, $url] = serve(['--port', (string) $port]);
var_dump($url === "http://127.0.0.1:$port", cf_answers($url));
echo "-- the same port again: it is taken --\n";
[$second, $pipes, $log] = cf_spawn([CF_PHP, CF_COMMAND, "--port=$port"]);
var_dump(cf_first_line($pipes));
echo "  exit ", var_export(cf_wait_exit($second), true), "\n";
echo '  ', str_replace($port, 'PORT', implode("\n  ", preg_grep('/^cashfin-sandbox:/', file($log, FILE_IGNORE_NEW_LINES)))), "\n";
stop($process);

echo "-- --secret S: only that secret --\n";
[$process, $url] = serve(['--secret', 'cs_only_this']);
foreach (['cs_only_this', 'cs_other'] as $secret) {
    try {
        (new Cashfin\Customers($secret, ['base_url' => $url]))->list();
        echo "  $secret: accepted\n";
    } catch (Cashfin\AuthenticationException $e) {
        echo "  $secret: ", get_class($e), "\n";
    }
}
stop($process);

echo "-- --rps N: a rate limit, answered with 429 and Retry-After --\n";
[$process, $url] = serve(['--rps=1']);
$client = new Cashfin\Customers('cs_x', ['base_url' => $url, 'max_retries' => 0, 'max_retry_delay' => 0]);
$limited = null;
// Calls in a row until one is refused: two of them share a second however slow each is (valgrind).
for ($i = 0; $i < 20 && !$limited; $i++) {
    try {
        $client->list();
    } catch (Cashfin\RateLimitException $e) {
        $limited = $e;
    }
}
echo "  ", $limited ? get_class($limited) . ', retry after ' . $limited->getRetryAfter() . ' s' : 'never limited', "\n";
echo "  limit reported: ", $client->lastResponse()['rate_limit']['limit'], "\n";
stop($process);

echo "-- --latency-ms N: every answer waits --\n";
[$process, $url] = serve(['--latency-ms', '300']);
$client = new Cashfin\Customers('cs_x', ['base_url' => $url]);
$start = microtime(true);
$client->list();
echo "  at least 300 ms: ", var_export(microtime(true) - $start >= 0.3, true), "\n";
stop($process);

echo "-- --db PATH: the data stays, for the next run too --\n";
$db = cf_private_dir() . '/sandbox.sqlite';
[$process, $url] = serve(['--db', $db]);
(new Cashfin\Customers('cs_x', ['base_url' => $url]))->create(['name' => 'Kept', 'email' => 'kept@example.com',
    'phone' => '+254700000002', 'country' => 'Kenya', 'currency' => 'KES']);
stop($process);
var_dump(is_file($db));
[$process, $url] = serve(["--db=$db"]);
echo "  found again: ", (new Cashfin\Customers('cs_x', ['base_url' => $url]))->findByEmail('kept@example.com')['name'], "\n";
stop($process);
var_dump(is_file($db));

echo "-- --help --\n";
[$process, $pipes, $log] = cf_spawn([CF_PHP, CF_COMMAND, '--help']);
$help = stream_get_contents($pipes[1]);
echo "  exit ", var_export(cf_wait_exit($process), true), "\n";
echo '  ', implode("\n  ", array_filter(explode("\n", $help), fn ($l) => str_starts_with(trim($l), '--') || str_starts_with($l, 'Usage'))), "\n";

echo "-- usage errors --\n";
foreach ([['--port', 'http'], ['--port=65536'], ['--rps', '0'], ['--rps=-1'], ['--latency-ms', '600001'], ['--secret', 'cs with space'],
          ['--secret='], ['--db='], ['--bogus'], ['8080'], ['--port'], ['--help=yes']] as $args) {
    [$process, $pipes, $log] = cf_spawn(array_merge([CF_PHP, CF_COMMAND], $args));
    $status = cf_wait_exit($process);
    $stdout = stream_get_contents($pipes[1]);
    printf("  %-28s exit %s, stdout %s, %s\n", implode(' ', $args), var_export($status, true), json_encode($stdout),
        strtok(file_get_contents($log), "\n"));
}
?>
--EXPECT--
-- --port N: that port --
bool(true)
bool(true)
-- the same port again: it is taken --
NULL
  exit 1
  cashfin-sandbox: port PORT is in use
  stopped: exit 0
-- --secret S: only that secret --
  cs_only_this: accepted
  cs_other: Cashfin\AuthenticationException
  stopped: exit 0
-- --rps N: a rate limit, answered with 429 and Retry-After --
  Cashfin\RateLimitException, retry after 1 s
  limit reported: 1
  stopped: exit 0
-- --latency-ms N: every answer waits --
  at least 300 ms: true
  stopped: exit 0
-- --db PATH: the data stays, for the next run too --
  stopped: exit 0
bool(true)
  found again: Kept
  stopped: exit 0
bool(true)
-- --help --
  exit 0
  Usage: cashfin-sandbox [options]
    --port N         listen on this port (default 0: a free one)
    --secret S       accept only this Authorization value (default: any value starting with cs_)
    --rps N          allow N requests a second, then answer 429 with Retry-After (default: no limit)
    --latency-ms N   delay every API answer by N milliseconds (0 to 600000)
    --db PATH        keep the data in this SQLite file, which stays (default: a temporary file,
    --watch-stdin    also stop when standard input reaches its end (for programs that start it)
    --help           show this text
-- usage errors --
  --port http                  exit 2, stdout "", cashfin-sandbox: --port must be an integer from 0 to 65535
  --port=65536                 exit 2, stdout "", cashfin-sandbox: --port must be an integer from 0 to 65535
  --rps 0                      exit 2, stdout "", cashfin-sandbox: --rps must be an integer from 1 to 9223372036854775807
  --rps=-1                     exit 2, stdout "", cashfin-sandbox: --rps must be an integer from 1 to 9223372036854775807
  --latency-ms 600001          exit 2, stdout "", cashfin-sandbox: --latency-ms must be an integer from 0 to 600000
  --secret cs with space       exit 2, stdout "", cashfin-sandbox: --secret must be non-empty, without spaces or control characters
  --secret=                    exit 2, stdout "", cashfin-sandbox: --secret must be non-empty, without spaces or control characters
  --db=                        exit 2, stdout "", cashfin-sandbox: --db needs a path
  --bogus                      exit 2, stdout "", cashfin-sandbox: unknown option --bogus
  8080                         exit 2, stdout "", cashfin-sandbox: unexpected argument '8080'
  --port                       exit 2, stdout "", cashfin-sandbox: --port needs a value
  --help=yes                   exit 2, stdout "", cashfin-sandbox: unknown option --help