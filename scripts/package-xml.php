<?php
/*
 * Regenerates the <contents> section of package.xml, and the <filelist> of its <extsrcrelease>, from
 * the files git knows about: tracked ones (git ls-files) plus untracked ones that .gitignore does not
 * exclude (git ls-files --others --exclude-standard). Everything else is kept byte for byte, so the
 * release metadata stays hand-written.
 *
 * Usage: php scripts/package-xml.php [path/to/package.xml]
 *
 * Only what a source build, the test suite, an application's tests or a reader needs goes into the
 * tarball; scripts/, bench/, tests/core/ and CI files stay in the repository.
 */

declare(strict_types=1);

const REQUIRED = ['config.m4', 'config.w32', 'php_cashfin.h', 'LICENSE', 'README.md'];

/**
 * How a repository path is shipped, or null when it is not packaged: its PEAR role, and where
 * `pecl install` puts it. `pecl install` unpacks the whole tarball and builds there, so every role
 * builds; the role only decides what is installed afterwards, and where:
 *   src     nothing (the build's sources)
 *   doc     <doc_dir>/cashfin/<path>, or <doc_dir>/cashfin/<as>
 *   test    <test_dir>/cashfin/<path>
 *   php     <php_dir>/<base>/<path> (php_dir is on PHP's include_path)
 *   script  <bin_dir>/<as>, executable, with the marker @php_dir@ replaced by php_dir
 * A file has exactly one role; the comments say why a file has the one it has where it could have
 * had another. scripts/smoke-install.sh installs the tarball and checks where each kind lands.
 *
 * `pecl package` runs its own analysis over role php files, written before namespaces: it warns that
 * the sandbox's classes are not prefixed with the package name, and reports "invalid PHP" for two files
 * whose newer syntax it does not follow (`self::class` in Server.php is one). The files are valid
 * (php -l, and every test runs them); the warnings do not stop the packaging.
 *
 * @return array{role: string, base?: string, as?: string, replace?: array<string, string>}|null
 */
function shipping_of(string $path): ?array
{
    static $rules = [
        // pattern (matched against the whole path) => how it is shipped
        '~^(config\.m4|config\.w32|php_cashfin\.h)$~' => ['role' => 'src'],
        '~^ext/.+\.(c|h)$~' => ['role' => 'src'],
        // The stub, the contract in PHP form, is read by IDEs and static analysers and by no build
        // (configure and make use the arginfo header made from it): doc rather than src, so that it is
        // installed, as <doc_dir>/cashfin/cashfin.stub.php.
        '~^ext/cashfin\.stub\.php$~' => ['role' => 'doc', 'as' => 'cashfin.stub.php'],
        '~^(LICENSE|README\.md)$~' => ['role' => 'doc'],
        '~^tests/[^/]+\.(phpt|inc)$~' => ['role' => 'test'],
        '~^tests/stack-client/[^/]+\.php$~' => ['role' => 'test'], // pages the PHP-FPM client pool serves in the stack tests
        // The sandbox's self-check drives it through tests/server.inc: a check of this repository, not
        // something an application runs, and the phpt suite is the package's test. Not packaged.
        '~^sandbox/selftest\.php$~' => null,
        // The command goes where commands go, as `cashfin-sandbox`. It looks for the sandbox beside its
        // own directory first (a clone, an unpacked release), then in the php_dir PEAR writes into it.
        '~^sandbox/bin/cashfin-sandbox$~' => ['role' => 'script', 'as' => 'cashfin-sandbox',
            'replace' => ['@php_dir@' => 'php_dir']],
        // The sandbox itself (the router and its classes), the command's implementation and the test
        // helper Cashfin\Sandbox\Server are what an application's tests need, with or without this
        // repository: php rather than test, so they land together in <php_dir>/Cashfin/sandbox/, on the
        // include_path (require 'Cashfin/sandbox/Server.php'). Role test would put them in the test_dir,
        // under a path no application knows. The installed phpt tests find them in php_dir too
        // (tests/server.inc, tests/sandbox-command.inc).
        '~^sandbox/(router|Server|cashfin-sandbox)\.php$~' => ['role' => 'php', 'base' => 'Cashfin'],
        '~^sandbox/src/[^/]+\.php$~' => ['role' => 'php', 'base' => 'Cashfin'],
        '~^sandbox/README\.md$~' => ['role' => 'doc'], // <doc_dir>/cashfin/sandbox/README.md
        '~^examples/[^/]+\.php$~' => ['role' => 'doc'],
    ];

    foreach ($rules as $pattern => $shipping) {
        if (preg_match($pattern, $path)) {
            return $shipping;
        }
    }
    return null;
}

/** @return list<string> the paths a `git ls-files` variant prints, relative to $root. */
function git_paths(string $root, array $args): array
{
    $command = array_merge(['git', '-C', $root, 'ls-files', '-z'], $args);
    $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if (!is_resource($process)) {
        fwrite(STDERR, "package-xml: cannot run git\n");
        exit(1);
    }
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    if (proc_close($process) !== 0) {
        fwrite(STDERR, 'package-xml: ' . implode(' ', $command) . " failed: $err");
        exit(1);
    }
    return array_values(array_filter(explode("\0", (string) $out), static fn (string $p): bool => $p !== ''));
}

function main(array $argv): int
{
    $root = dirname(__DIR__);
    $xmlPath = $argv[1] ?? $root . '/package.xml';

    $xml = @file_get_contents($xmlPath);
    if ($xml === false) {
        fwrite(STDERR, "package-xml: cannot read $xmlPath\n");
        return 1;
    }

    $paths = array_unique(array_merge(
        git_paths($root, []),
        git_paths($root, ['--others', '--exclude-standard']),
    ));
    sort($paths, SORT_STRING);

    $files = [];
    foreach ($paths as $path) {
        $shipping = shipping_of($path);
        // A tracked file deleted from the work tree would make `pecl package` fail.
        if ($shipping !== null && is_file($root . '/' . $path)) {
            $files[$path] = $shipping;
        }
    }

    foreach (REQUIRED as $path) {
        if (!isset($files[$path])) {
            fwrite(STDERR, "package-xml: warning: $path is missing; a source build or release needs it\n");
        }
    }
    check_build_lists($root, $files);

    $updated = replace_section($xml, '~<contents>.*?</contents>~s', contents_xml($files));
    $updated = $updated === null ? null : replace_section($updated, '~<extsrcrelease\s*/>|<extsrcrelease>.*?</extsrcrelease>~s', release_xml($files));
    if ($updated === null) {
        fwrite(STDERR, "package-xml: $xmlPath needs one <contents> and one <extsrcrelease> section\n");
        return 1;
    }

    if ($updated !== $xml && file_put_contents($xmlPath, $updated) === false) {
        fwrite(STDERR, "package-xml: cannot write $xmlPath\n");
        return 1;
    }
    $roles = array_count_values(array_column($files, 'role'));
    ksort($roles);
    $summary = implode(', ', array_map(static fn ($r, $n) => "$n $r", array_keys($roles), $roles));
    fwrite(STDERR, sprintf("package-xml: %d files (%s) in %s\n", count($files), $summary, $xmlPath));
    return 0;
}

/** @param array<string, array{role: string, base?: string, as?: string, replace?: array<string, string>}> $files */
function contents_xml(array $files): string
{
    $lines = ['<contents>', '  <dir name="/">'];
    foreach ($files as $path => $shipping) {
        $attributes = sprintf('name="%s" role="%s"', xml_text($path), $shipping['role']);
        if (isset($shipping['base'])) {
            $attributes .= sprintf(' baseinstalldir="%s"', xml_text($shipping['base']));
        }
        if (!isset($shipping['replace'])) {
            $lines[] = "   <file $attributes/>";
            continue;
        }
        $lines[] = "   <file $attributes>";
        foreach ($shipping['replace'] as $marker => $setting) {
            $lines[] = sprintf('    <tasks:replace from="%s" to="%s" type="pear-config"/>', xml_text($marker), xml_text($setting));
        }
        $lines[] = '   </file>';
    }
    $lines[] = '  </dir>';
    $lines[] = ' </contents>';
    return implode("\n", $lines);
}

/**
 * The release section: the files installed under another name than their path's.
 *
 * @param array<string, array{role: string, base?: string, as?: string, replace?: array<string, string>}> $files
 */
function release_xml(array $files): string
{
    $renamed = array_filter($files, static fn (array $shipping): bool => isset($shipping['as']));
    if ($renamed === []) {
        return '<extsrcrelease/>';
    }
    $lines = ['<extsrcrelease>', '  <filelist>'];
    foreach ($renamed as $path => $shipping) {
        $lines[] = sprintf('   <install as="%s" name="%s"/>', xml_text($shipping['as']), xml_text($path));
    }
    $lines[] = '  </filelist>';
    $lines[] = ' </extsrcrelease>';
    return implode("\n", $lines);
}

function xml_text(string $text): string
{
    return htmlspecialchars($text, ENT_XML1 | ENT_QUOTES);
}

/** $xml with the one match of $pattern replaced by $section, or null when it does not match exactly once. */
function replace_section(string $xml, string $pattern, string $section): ?string
{
    if (preg_match_all($pattern, $xml) !== 1) {
        return null;
    }
    return preg_replace_callback($pattern, static fn (): string => $section, $xml);
}

/**
 * Warns when a C file under ext/ is packaged but missing from config.m4 or config.w32:
 * the tarball would then build on one platform and fail to link on the other.
 *
 * @param array<string, array{role: string}> $files
 */
function check_build_lists(string $root, array $files): void
{
    $m4 = (string) @file_get_contents($root . '/config.m4');
    $w32 = str_replace('\\\\', '/', (string) @file_get_contents($root . '/config.w32'));

    foreach (array_keys($files) as $path) {
        if (!preg_match('~^ext/.+\.c$~', $path)) {
            continue;
        }
        foreach (['config.m4' => $m4, 'config.w32' => $w32] as $name => $text) {
            if ($text !== '' && !preg_match('~(?<![\w/])' . preg_quote($path, '~') . '\b~', $text)) {
                fwrite(STDERR, "package-xml: warning: $path is not listed in $name\n");
            }
        }
    }
}

exit(main($argv));
