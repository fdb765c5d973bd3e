--TEST--
INI: numbers and booleans are read by the rules of the option of the same name: "3.0" and "1e1" are integers, "off" and "" are false, a word FILTER_VALIDATE_BOOLEAN does not know is refused, and a client gets the values as read
--EXTENSIONS--
cashfin
--FILE--
<?php
foreach ([['persistent', 'maybe'], ['persistent', '2'], ['max_retries', '1.5'], ['max_retries', '0x3']] as [$name, $value]) {
    echo "cashfin.$name=", json_encode($value), ': ';
    echo var_export(@ini_set("cashfin.$name", $value), true), ', ', error_get_last()['message'] ?? '', "\n";
}
function client_shows(string $key): string
{
    ob_start();
    var_dump(new Cashfin\Customers('cs_x', ['base_url' => 'http://127.0.0.1:9']));
    preg_match('~\["' . $key . '"\]=>\n  ([^\n]*)\n~', ob_get_clean(), $m);
    return $m[1];
}
foreach ([['max_retries', '3.0'], ['max_retries', '1e1'], ['max_retries', ' 4 '], ['timeout', '1e1'], ['timeout', '2'],
          ['persistent', 'off'], ['persistent', ''], ['persistent', 'Yes'], ['persistent', '0'], ['persistent', 'true']] as [$name, $value]) {
    ini_set("cashfin.$name", $value);
    echo "cashfin.$name=", json_encode($value), ': ', client_shows($name), "\n";
}
?>
--EXPECT--
cashfin.persistent="maybe": false, ini_set(): cashfin.persistent must be a boolean: 1, true, on, yes, or 0, false, off, no, or empty; the setting keeps its value
cashfin.persistent="2": false, ini_set(): cashfin.persistent must be a boolean: 1, true, on, yes, or 0, false, off, no, or empty; the setting keeps its value
cashfin.max_retries="1.5": false, ini_set(): cashfin.max_retries must be an integer from 0 to 10; the setting keeps its value
cashfin.max_retries="0x3": false, ini_set(): cashfin.max_retries must be an integer from 0 to 10; the setting keeps its value
cashfin.max_retries="3.0": int(3)
cashfin.max_retries="1e1": int(10)
cashfin.max_retries=" 4 ": int(4)
cashfin.timeout="1e1": float(10)
cashfin.timeout="2": float(2)
cashfin.persistent="off": bool(false)
cashfin.persistent="": bool(false)
cashfin.persistent="Yes": bool(true)
cashfin.persistent="0": bool(false)
cashfin.persistent="true": bool(true)
