#!/usr/bin/env bash
# Checks the release artifacts as a user meets them, on PHP 8.2 (this machine) and PHP 8.4
# (Debian 13, through scripts/trixie.sh):
#   scripts/test-package.sh pecl   package.xml is what scripts/package-xml.php makes of this tree;
#                                  configure refuses a PHP, libcurl or cJSON older than it states;
#                                  `pecl package` makes the tarball; the tarball carries every file
#                                  package.xml lists, README, LICENSE, the stub, the sandbox and
#                                  the example; it builds and passes the smoke test on both PHPs;
#                                  `pecl install` of it into a scratch PEAR layout puts the sandbox,
#                                  its command, the stub and the tests where the README says, and
#                                  the installed command, helper and tests work on both PHPs
#   scripts/test-package.sh pie    a source archive as PIE downloads it (`git archive` of this
#                                  tree: HEAD, with uncommitted changes to tracked files) builds
#                                  with no configure options and passes the smoke test on both
# (no argument: both). The builds and the smoke test are scripts/smoke-build.sh's (which starts each
# archive's own sandbox command, as a PIE user does); the install is scripts/smoke-install.sh's.
# Works in .build/package. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
bash scripts/setup.sh git || exit 1
root="$(pwd)"
work="$root/.build/package"
rm -rf "$work"
mkdir -p "$work"
passed=0
failed=0

# Records the check named $1 as passed when the rest of the line (a command) succeeds.
check() {
    cashfin_check package "$@"
}

package_xml_is_current() {
    cp package.xml "$work/package.xml"
    php scripts/package-xml.php "$work/package.xml" 2>/dev/null || return 1
    diff -u package.xml "$work/package.xml" && return 0
    echo "  package.xml differs from what scripts/package-xml.php makes: run it and commit the result"
    return 1
}

# configure in a copy of the tree ($1 names it) with the configure options that follow; succeeds
# when configure stops with cashfin's own message.
configure_refuses() {
    local dir="$work/refuses-$1"
    shift
    if (cd "$dir" && phpize >/dev/null 2>&1 && ./configure "$@" >"$dir/configure.log" 2>&1); then
        echo "  configure accepted what $dir stands for"
        return 1
    fi
    grep -q "cashfin needs .* or later" "$dir/configure.log" || { tail -n 5 "$dir/configure.log"; return 1; }
}

# A copy of the tree where pkg-config sees the library $1 at version $2 (its real .pc file with
# another Version).
with_library_version() {
    local dir="$work/refuses-$1" pcdir
    cashfin_copy_sources "$dir"
    mkdir -p "$dir/pc"
    pcdir="$(pkg-config --variable=pcfiledir "$1")"
    sed "s/^Version:.*/Version: $2/" "$pcdir/$1.pc" >"$dir/pc/$1.pc"
    configure_refuses "$1" PKG_CONFIG_PATH="$dir/pc"
}

# A copy of the tree whose php-config says PHP 8.1 (PHP_VERSION_ID 80100), and is the real one
# for everything else.
with_php81() {
    local dir="$work/refuses-php"
    cashfin_copy_sources "$dir"
    # shellcheck disable=SC2016
    printf '#!/bin/sh\n[ "$1" = --vernum ] && { echo 80100; exit 0; }\nexec %s "$@"\n' "$(command -v php-config)" \
        >"$dir/php-config"
    chmod +x "$dir/php-config"
    configure_refuses php --with-php-config="$dir/php-config"
}

configure_refuses_old_versions() {
    with_php81 && with_library_version libcurl 7.84.0 && with_library_version libcjson 1.7.12
}

pecl_package() {
    cashfin_copy_sources "$work/tree"
    (cd "$work/tree" && pecl package package.xml >"$work/pecl.log" 2>&1) || { cat "$work/pecl.log"; return 1; }
    tarball="$(ls "$work"/tree/cashfin-*.tgz)" && mv "$tarball" "$work/" && tarball="$work/$(basename "$tarball")"
}

tarball_carries_what_a_user_needs() {
    local listing prefix path missing=0
    [ -n "${tarball:-}" ] || return 1
    listing="$(tar -tzf "$tarball")"
    prefix="$(basename "$tarball" .tgz)"
    for path in $(sed -n 's/.*<file name="\([^"]*\)".*/\1/p' package.xml) README.md LICENSE \
            ext/cashfin.stub.php sandbox/router.php sandbox/Server.php sandbox/bin/cashfin-sandbox examples/quickstart.php; do
        if ! grep -qx "$prefix/$path" <<<"$listing"; then
            echo "  $path is not in $(basename "$tarball")"
            missing=1
        fi
    done
    [ "$missing" -eq 0 ]
}

# Runs the smoke script $1 (scripts/smoke-build.sh or scripts/smoke-install.sh) on the archive $2
# with this machine's PHP.
here() {
    bash "$1" "$2" | sed 's/^/  /'
    [ "${PIPESTATUS[0]}" -eq 0 ]
}

# The same on PHP 8.4, in the Debian 13 root.
on_php84() {
    bash scripts/trixie.sh --carry "$2" "$1" "/tmp/carry/$(basename "$2")" | sed 's/^/  /'
    [ "${PIPESTATUS[0]}" -eq 0 ]
}

source_archive() {
    local tree
    tree="$(git stash create 2>/dev/null)"
    archive="$work/cashfin-source.tar"
    git archive --format=tar --prefix=cashfin/ -o "$archive" "${tree:-HEAD}"
}

php82="PHP $(php -r 'echo PHP_VERSION;')"
case "${1:-all}" in
    pecl | all) ;;
    pie) ;;
    *)
        echo "usage: scripts/test-package.sh [pecl | pie]"
        exit 2
        ;;
esac
if [ "${1:-all}" != pie ]; then
    check "package.xml matches the tree" package_xml_is_current
    check "configure refuses PHP 8.1, libcurl 7.84 and cJSON 1.7.12" configure_refuses_old_versions
    check "pecl package" pecl_package
    check "the tarball carries what a user needs" tarball_carries_what_a_user_needs
    check "the tarball builds and runs on $php82" here scripts/smoke-build.sh "${tarball:-none}"
    check "the tarball builds and runs on PHP 8.4" on_php84 scripts/smoke-build.sh "${tarball:-none}"
    check "pecl install of the tarball: its sandbox, command and tests work on $php82" here scripts/smoke-install.sh "${tarball:-none}"
    check "pecl install of the tarball: its sandbox, command and tests work on PHP 8.4" on_php84 scripts/smoke-install.sh "${tarball:-none}"
fi
if [ "${1:-all}" != pecl ]; then
    check "git archive" source_archive
    check "the source archive builds (PIE) and runs on $php82" here scripts/smoke-build.sh "$archive"
    check "the source archive builds (PIE) and runs on PHP 8.4" on_php84 scripts/smoke-build.sh "$archive"
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
