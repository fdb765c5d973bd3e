--TEST--
Stack: a slow answer holds up no other entry (the first entry, held back 500 ms, answers last; one that times out takes no other with it), and every answer still lands under its own key in the input's order (HTTP/1.1 and HTTP/2)
--SKIPIF--
<?php
require __DIR__ . '/stack.inc';
if (($why = cashfin_stack_missing()) !== null) {
    die("skip $why");
}
?>
--EXTENSIONS--
cashfin
--FILE--
<?php
require __DIR__ . '/stack.inc';

$stack = cashfin_stack_start(['api_workers' => 8]);
$ids = cashfin_stack_seed($stack, 4);
$slow = fn (string $path) => cashfin_stack_admin($stack, 'POST', '/__sandbox/faults', ['path' => $path, 'delay_ms' => 500]);
$number = 10;

foreach (['http' => ['base_url' => $stack['http']], 'https' => ['base_url' => $stack['https'], 'ca_info' => $stack['ca']]]
         as $name => $options) {
    $arrived = [];
    $client = new Cashfin\Customers('cs_test', $options + ['on_response' => function (array $event) use (&$arrived) {
        $arrived[] = [$event['path'], $event['duration_ms']];
    }]);
    $lastIs = function (string $path) use (&$arrived) {
        return var_export(end($arrived)[0] === $path, true);
    };
    // Each of the others took less than the held one less half the 500 ms it was held: none waited for it,
    // however slow the machine (valgrind) makes every answer.
    $fastOnes = function () use (&$arrived) {
        return var_export(count($arrived) > 1 && max(array_column(array_slice($arrived, 0, -1), 1)) + 250 < end($arrived)[1], true);
    };

    $input = ['first' => $ids[0], 7 => $ids[1], 'third' => $ids[2], -2 => $ids[3], 'again' => $ids[1]];
    $slow("/business/customer/details/{$ids[0]}");
    $result = $client->detailsMany($input, ['concurrency' => 8]);
    $right = array_keys($result) === array_keys($input);
    foreach ($input as $key => $id) {
        $right = $right && $result[$key]['_id'] === $id;
    }
    echo "$name details: the first entry answered last: ", $lastIs("/business/customer/details/{$ids[0]}"),
        ", the others did not wait for it: ", $fastOnes(), ", keys and values in place: ", var_export($right, true), "\n";

    $arrived = [];
    $input = [$ids[3] => ['city' => "Three $name"], $ids[0] => ['city' => "Zero $name"], $ids[2] => ['city' => "Two $name"]];
    $slow("/business/customer/update/{$ids[3]}");
    $result = $client->updateMany($input, ['concurrency' => 8]);
    echo "$name update: the first entry answered last: ", $lastIs("/business/customer/update/{$ids[3]}"),
        ", the others did not wait for it: ", $fastOnes(), ", keys and values in place: ", var_export(array_keys($result) === array_keys($input)
            && array_map(fn ($r) => $r['_id'], $result) === array_combine(array_keys($input), array_keys($input)), true), "\n";

    // Whichever create reaches the sandbox first is held back; every customer still sits under its own record's key.
    $arrived = [];
    $people = [];
    foreach (['z', 3, 'a', 0, 'm'] as $key) {
        $n = $number++;
        $people[$key] = ['name' => "Customer $n", 'email' => "customer$n@example.com", 'phone' => sprintf('+2547%08d', $n),
            'country' => 'Kenya', 'currency' => 'KES'];
    }
    $slow('/business/customer/create');
    $result = $client->createMany($people, ['concurrency' => 8]);
    $right = array_keys($result) === array_keys($people);
    foreach ($people as $key => $person) {
        $right = $right && $result[$key]['email'] === $person['email'] && $result[$key]['name'] === $person['name'];
    }
    echo "$name create: one answer held back: ", var_export(end($arrived)[1] >= 500, true), ", the others did not wait for it: ",
        $fastOnes(), ", keys and values in place: ", var_export($right, true), "\n";

    // The first entry's answer takes longer than the timeout: it alone times out, the others are answered.
    cashfin_stack_admin($stack, 'POST', '/__sandbox/faults', ['path' => "/business/customer/details/{$ids[0]}", 'delay_ms' => 1500]);
    $impatient = new Cashfin\Customers('cs_test', $options + ['timeout' => 1, 'max_retries' => 0]);
    $result = $impatient->detailsMany(['slow' => $ids[0], 'a' => $ids[1], 'b' => $ids[2], 'c' => $ids[3]], ['concurrency' => 4]);
    echo "$name timeout: ", implode(', ', array_map(fn ($k, $v) => "$k " . (is_array($v) ? 'answered' : get_class($v)),
        array_keys($result), $result)), "\n";
}
?>
--EXPECT--
http details: the first entry answered last: true, the others did not wait for it: true, keys and values in place: true
http update: the first entry answered last: true, the others did not wait for it: true, keys and values in place: true
http create: one answer held back: true, the others did not wait for it: true, keys and values in place: true
http timeout: slow Cashfin\TimeoutException, a answered, b answered, c answered
https details: the first entry answered last: true, the others did not wait for it: true, keys and values in place: true
https update: the first entry answered last: true, the others did not wait for it: true, keys and values in place: true
https create: one answer held back: true, the others did not wait for it: true, keys and values in place: true
https timeout: slow Cashfin\TimeoutException, a answered, b answered, c answered
