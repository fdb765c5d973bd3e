#!/usr/bin/env bash
# Installs a PECL tarball (cashfin-<version>.tgz, from `pecl package`) with `pecl install`, as a user
# does, and uses what it installed from a directory outside any source tree:
#   scripts/smoke-install.sh TARBALL
# The install goes into a scratch PEAR layout, so that nothing of the system's PHP or PEAR changes:
# `pear config-create` puts php_dir, doc_dir, test_dir and the rest under a scratch directory, bin_dir
# goes beside them, and a php-config first on the PATH answers --prefix and --extension-dir with that
# directory (and is the real one for everything else), so the module lands there too. Then:
#   - every file is where the README says it lands, and the repository-only ones are not installed
#   - `cashfin-sandbox`, found on the PATH, prints its URL; the installed module creates and reads a
#     customer there; Cashfin\Sandbox\Server, loaded from the installed php_dir through the
#     include_path, queues a fault that the next call meets; SIGTERM stops the command
#   - the installed phpt tests that start the sandbox (001 through tests/server.inc, 080-083 through
#     the command) pass where PEAR put them, in test_dir, with php-src's run-tests.php
# scripts/test-package.sh runs it on PHP 8.2 and, through scripts/trixie.sh, on PHP 8.4.
# Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "usage: scripts/smoke-install.sh TARBALL"
    exit 2
fi
tarball="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
scratch="$(mktemp -d /tmp/cashfin-install.XXXXXX)"
trap 'cashfin_sandbox_stop; rm -rf "$scratch"' EXIT
root="$scratch/root"
bin_dir="$scratch/bin"
ext_dir="$root/ext"
php_label="PHP $(php -r 'echo PHP_VERSION;')"
php_dir='' doc_dir='' test_dir=''
passed=0
failed=0

check() {
    cashfin_check "install on $php_label" "$@"
}

pecl_install() {
    local real_php_config
    real_php_config="$(command -v php-config)" || return 1
    mkdir -p "$scratch/wrap" "$bin_dir"
    # The module goes where `make install` puts it: php-config's --extension-dir, which PEAR takes
    # relative to php-config's --prefix.
    cat >"$scratch/wrap/php-config" <<EOF
#!/bin/sh
case "\$1" in
    --prefix) echo "$root" ;;
    --extension-dir) echo "$ext_dir" ;;
    *) exec "$real_php_config" "\$@" ;;
esac
EOF
    chmod +x "$scratch/wrap/php-config"
    pear config-create "$root" "$scratch/pear.conf" >/dev/null &&
        pecl -c "$scratch/pear.conf" config-set bin_dir "$bin_dir" >/dev/null || return 1
    php_dir="$(pecl -c "$scratch/pear.conf" config-get php_dir)"
    doc_dir="$(pecl -c "$scratch/pear.conf" config-get doc_dir)"
    test_dir="$(pecl -c "$scratch/pear.conf" config-get test_dir)"
    if ! PATH="$scratch/wrap:$PATH" pecl -c "$scratch/pear.conf" install "$tarball" >"$scratch/pecl.log" 2>&1 ||
        ! grep -q '^install ok:' "$scratch/pecl.log"; then
        tail -n 20 "$scratch/pecl.log" | sed 's/^/    /'
        return 1
    fi
}

# Succeeds when the file $1 exists; says which one does not.
present() {
    [ -f "$1" ] || { echo "  missing: ${1#"$scratch"/}"; return 1; }
}

files_land_where_documented() {
    local file missing=0 stray
    for file in "$ext_dir/cashfin.so" "$bin_dir/cashfin-sandbox" \
        "$php_dir"/Cashfin/sandbox/{router.php,Server.php,cashfin-sandbox.php,src/Api.php} \
        "$doc_dir"/cashfin/{cashfin.stub.php,README.md,LICENSE,sandbox/README.md,examples/quickstart.php} \
        "$test_dir"/cashfin/tests/{server.inc,sandbox-command.inc,001-create.phpt}; do
        present "$file" || missing=1
    done
    [ -x "$bin_dir/cashfin-sandbox" ] || { echo "  $bin_dir/cashfin-sandbox is not executable"; missing=1; }
    if ! grep -qF "\$installedPhpDir = '$php_dir';" "$bin_dir/cashfin-sandbox"; then
        echo "  the command does not name the php_dir it was installed with"
        missing=1
    fi
    # The sources are built from, not installed; the sandbox's self-check stays in the repository.
    stray="$(find "$root" "$bin_dir" \( -name selftest.php -o -name '*.c' -o -name config.m4 \) -not -path '*/temp/*' -print)"
    [ -z "$stray" ] || { echo "  installed, but should not be: $stray"; missing=1; }
    [ ! -e "$test_dir/cashfin/sandbox" ] || { echo "  the sandbox is in test_dir as well"; missing=1; }
    [ "$missing" -eq 0 ]
}

# The installed command, by name from the PATH, from the application's directory.
command_starts() {
    mkdir -p "$scratch/app"
    PATH="$bin_dir:$PATH" cashfin_sandbox_start cashfin-sandbox "$scratch/app"
}

module_and_helper_drive_it() {
    [ -n "${sandbox_url:-}" ] &&
        cashfin_sandbox_app_check "$scratch/app" "$ext_dir/cashfin.so" Cashfin/sandbox/Server.php \
            "$php_dir/Cashfin/sandbox/Server.php" -d include_path=".:$php_dir"
}

command_stops() {
    local url="${sandbox_url:-}" status
    [ -n "$url" ] || return 1
    cashfin_sandbox_stop
    status=$?
    [ "$status" -eq 0 ] || { echo "  exit status $status after SIGTERM"; return 1; }
    # shellcheck disable=SC2016
    php -r 'exit(@file_get_contents($argv[1]) === false ? 0 : 1);' "$url/__sandbox/health" && return 0
    echo "  $url still answers"
    return 1
}

installed_tests_pass() {
    local run_tests candidate tests=() name
    for candidate in "$(php-config --extension-dir)/build/run-tests.php" "$(php-config --prefix)/lib/php/build/run-tests.php"; do
        [ -f "$candidate" ] && run_tests="$candidate" && break
    done
    [ -n "${run_tests:-}" ] || { echo "  no run-tests.php beside phpize"; return 1; }
    for name in 001-create 080-sandbox-command 081-sandbox-command-options 082-sandbox-installed 083-sandbox-server-helper; do
        tests+=("$test_dir/cashfin/tests/$name.phpt")
    done
    (cd "$scratch/app" && PATH="$bin_dir:$PATH" TEST_PHP_EXECUTABLE="$(command -v php)" NO_INTERACTION=1 \
        php -n "$run_tests" -q --show-diff -n -d extension="$ext_dir/cashfin.so" -d include_path=".:$php_dir" \
        "${tests[@]}") >"$scratch/tests.log" 2>&1
    cashfin_phpt_counts "$scratch/tests.log"
    if [ "$phpt_passed" -eq "${#tests[@]}" ] && [ "$phpt_failed" -eq 0 ]; then
        return 0
    fi
    echo "  $phpt_passed of ${#tests[@]} passed:"
    grep -E '^(FAIL|SKIP|BORK)' "$scratch/tests.log" | sed 's/^/    /'
    sed -n '/^=====* *$/,$p' "$scratch/tests.log" | head -n 60 | sed 's/^/    /'
    return 1
}

check "pecl install into a scratch PEAR layout" pecl_install
check "the files land where the README says" files_land_where_documented
check "cashfin-sandbox prints its URL" command_starts
check "the installed module and Cashfin\\Sandbox\\Server drive it" module_and_helper_drive_it
check "SIGTERM stops cashfin-sandbox" command_stops
check "the installed tests 001, 080-083 pass from test_dir" installed_tests_pass
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
