--TEST--
The module exports only its entry point (built with -fvisibility=hidden): the core's cf_* functions stay inside it
--EXTENSIONS--
cashfin
--SKIPIF--
<?php
$module = ini_get('extension_dir') . '/cashfin.' . PHP_SHLIB_SUFFIX;
if (!is_file($module)) {
    die("skip the module is not in extension_dir ($module)");
}
exec('nm --version 2>/dev/null', $out, $status);
if ($status !== 0) {
    die('skip nm (binutils) is not installed');
}
?>
--FILE--
<?php
$module = ini_get('extension_dir') . '/cashfin.' . PHP_SHLIB_SUFFIX;
exec('nm -D --defined-only ' . escapeshellarg($module), $lines, $status);
echo "nm: $status\n";
foreach ($lines as $line) {
    echo preg_split('/\s+/', trim($line))[2] ?? $line, "\n";
}
?>
--EXPECT--
nm: 0
get_module
