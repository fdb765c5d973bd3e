<?php
/*
 * Regenerates the <contents> section of package.xml from the files git knows about:
 * tracked ones (git ls-files) plus untracked ones that .gitignore does not exclude
 * (git ls-files --others --exclude-standard). Everything outside <contents> is kept
 * byte for byte, so the release metadata stays hand-written.
 *
 * Usage: php scripts/package-xml.php [path/to/package.xml]
 *
 * Only what a source build, the test suite or a reader needs goes into the tarball;
 * scripts/, bench/, tests/core/ and CI files stay in the repository.
 */

declare(strict_types=1);

const REQUIRED = ['config.m4', 'config.w32', 'php_cashfin.h', 'LICENSE', 'README.md'];

/** The PEAR role of a repository path, or null when the path is not packaged. */
function role_of(string $path): ?string
{
    static $rules = [
        // pattern (matched against the whole path)   role
        ['~^(config\.m4|config\.w32|php_cashfin\.h)$~', 'src'],
        ['~^ext/.+\.(c|h)$~', 'src'],
        ['~^ext/[^/]+\.stub\.php$~', 'src'],
        ['~^(LICENSE|README\.md)$~', 'doc'],
        ['~^tests/[^/]+\.(phpt|inc)$~', 'test'],
        ['~^tests/stack-client/[^/]+\.php$~', 'test'], // pages the PHP-FPM client pool serves in the stack tests
        // The sandbox is what the tests start as their server: install it next to them.
        ['~^sandbox/.+$~', 'test'],
        ['~^examples/[^/]+\.php$~', 'doc'],
    ];

    foreach ($rules as [$pattern, $role]) {
        if (preg_match($pattern, $path)) {
            return $role;
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
        $role = role_of($path);
        // A tracked file deleted from the work tree would make `pecl package` fail.
        if ($role !== null && is_file($root . '/' . $path)) {
            $files[$path] = $role;
        }
    }

    foreach (REQUIRED as $path) {
        if (!isset($files[$path])) {
            fwrite(STDERR, "package-xml: warning: $path is missing; a source build or release needs it\n");
        }
    }
    check_build_lists($root, $files);

    $lines = ['<contents>', '  <dir name="/">'];
    foreach ($files as $path => $role) {
        $lines[] = sprintf('   <file name="%s" role="%s"/>', htmlspecialchars($path, ENT_XML1 | ENT_QUOTES), $role);
    }
    $lines[] = '  </dir>';
    $lines[] = ' </contents>';

    $count = 0;
    $updated = preg_replace_callback(
        '~<contents>.*?</contents>~s',
        static fn (): string => implode("\n", $lines),
        $xml,
        1,
        $count,
    );
    if ($updated === null || $count !== 1) {
        fwrite(STDERR, "package-xml: no <contents> section in $xmlPath\n");
        return 1;
    }

    if ($updated !== $xml && file_put_contents($xmlPath, $updated) === false) {
        fwrite(STDERR, "package-xml: cannot write $xmlPath\n");
        return 1;
    }
    $roles = array_count_values($files);
    ksort($roles);
    $summary = implode(', ', array_map(static fn ($r, $n) => "$n $r", array_keys($roles), $roles));
    fwrite(STDERR, sprintf("package-xml: %d files (%s) in %s\n", count($files), $summary, $xmlPath));
    return 0;
}

/**
 * Warns when a C file under ext/ is packaged but missing from config.m4 or config.w32:
 * the tarball would then build on one platform and fail to link on the other.
 *
 * @param array<string, string> $files
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
