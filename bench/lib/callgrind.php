<?php

/*
 * Reads a callgrind output file (valgrind --tool=callgrind) and returns the
 * self cost (instructions, the Ir event) of every function, with the object
 * (executable or shared library) it lives in:
 *
 *   ['total' => Ir, 'functions' => [['object' => ..., 'function' => ..., 'ir' => ...], ...] (largest first),
 *    'objects' => [object => Ir] (largest first), 'inclusive' => [function => Ir]]
 *
 * A function's inclusive cost is its self cost plus the cost of the calls it makes (the line after each
 * "calls="). Callgrind names deeper levels of a recursion apart ("f'2"), so the outermost name's
 * inclusive cost counts each instruction once.
 *
 * Self cost is what the cost lines of a function say, except the line after
 * each "calls=" line, which is the inclusive cost of that call (counted in
 * the callee already). Names may be compressed ("(12) name" defines id 12,
 * "(12)" refers to it); positions may be relative ("+3", "-1", "*"); only the
 * first event (Ir) is read.
 */
function bench_callgrind_read(string $file): array
{
    $handle = fopen($file, 'r');
    if ($handle === false) {
        throw new RuntimeException("cannot read $file");
    }
    $names = ['ob' => [], 'fn' => []];
    $resolve = function (string $kind, string $value) use (&$names): string {
        if (preg_match('/^\((\d+)\)(?: (.*))?$/', $value, $m)) {
            if (isset($m[2])) {
                $names[$kind][$m[1]] = $m[2];
            }
            return $names[$kind][$m[1]] ?? "?($m[1])";
        }
        return $value;
    };
    $object = '???';
    $function = '???';
    $self = [];
    $called = [];
    $afterCalls = false;
    $eventIndex = 0;
    while (($line = fgets($handle)) !== false) {
        $line = rtrim($line, "\r\n");
        if ($line === '') {
            continue;
        }
        $first = $line[0];
        if (ctype_digit($first) || $first === '+' || $first === '-' || $first === '*') {
            if ($afterCalls) {
                $afterCalls = false;   // inclusive cost of the call just named: the callee has it as self cost
                $fields = preg_split('/\s+/', $line);
                $called[$function] = ($called[$function] ?? 0) + (int) ($fields[1 + $eventIndex] ?? 0);
                continue;
            }
            $fields = preg_split('/\s+/', $line);
            $ir = (int) ($fields[1 + $eventIndex] ?? 0);
            if ($ir !== 0) {
                $key = "$object\0$function";
                $self[$key] = ($self[$key] ?? 0) + $ir;
            }
            continue;
        }
        $equals = strpos($line, '=');
        $colon = strpos($line, ':');
        if ($equals !== false && ($colon === false || $equals < $colon)) {
            $key = substr($line, 0, $equals);
            $value = substr($line, $equals + 1);
            switch ($key) {
                case 'ob':
                    $object = $resolve('ob', $value);
                    break;
                case 'cob':
                    $resolve('ob', $value);
                    break;
                case 'fn':
                    $function = $resolve('fn', $value);
                    break;
                case 'cfn':
                    $resolve('fn', $value);
                    break;
                case 'calls':
                    $afterCalls = true;
                    break;
            }
        } elseif (str_starts_with($line, 'events:')) {
            $events = preg_split('/\s+/', trim(substr($line, 7)));
            $eventIndex = max(0, (int) array_search('Ir', $events, true));
        }
    }
    fclose($handle);
    arsort($self);
    $functions = [];
    $objects = [];
    foreach ($self as $key => $ir) {
        [$ob, $fn] = explode("\0", $key, 2);
        $functions[] = ['object' => $ob, 'function' => $fn, 'ir' => $ir];
        $objects[$ob] = ($objects[$ob] ?? 0) + $ir;
    }
    arsort($objects);
    $inclusive = $called;
    foreach ($functions as $function) {
        $inclusive[$function['function']] = ($inclusive[$function['function']] ?? 0) + $function['ir'];
    }
    return ['total' => array_sum($objects), 'functions' => $functions, 'objects' => $objects, 'inclusive' => $inclusive];
}

/** The total instruction count of a callgrind output file (its "summary:" or "totals:" line). */
function bench_callgrind_total(string $file): int
{
    $handle = fopen($file, 'r');
    $total = null;
    while ($handle && ($line = fgets($handle)) !== false) {
        if (preg_match('/^(summary|totals):\s+(\d+)/', $line, $m)) {
            $total = (int) $m[2];
        }
    }
    if ($handle) {
        fclose($handle);
    }
    if ($total === null) {
        throw new RuntimeException("no summary in $file");
    }
    return $total;
}
