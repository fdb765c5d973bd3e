#!/usr/bin/env bash
# Builds PHP from Debian's own php8.2 source package, the version in bookworm's main pocket, as
#   debug      --enable-debug: checks every arginfo against its parameter parsing and every
#              internal return value against its declared type, and reports request memory
#              that was never freed (the suite fails on the report);
#   zts-debug  the same with --enable-zts: module globals and the connection pool per thread;
# then builds cashfin against each (in .build/php-<name>) and runs the phpt suite on it.
# `scripts/php-builds.sh debug` runs one of them. Ends with "N passed, N failed".
#
# The PHPs are installed under $CASHFIN_CACHE (default ~/.cache/cashfin): php-debug, php-zts-debug,
# with the unpacked Debian source in src/. A build is reused while Debian's version and the
# configure options below stay the same, so a rerun costs only the extension build and the suite;
# without network, the cached builds are used as they are.
#
# The configure options: --disable-all --enable-cli, plus what the suite needs of the PHP under test:
#   --enable-fpm        tests/stack.inc runs the sandbox and the client pages in php-fpm of this
#                       PHP (CASHFIN_STACK_FPM), whose client pool loads the cashfin.so built here;
#   --enable-pdo=shared --with-pdo-sqlite=shared --enable-ctype
#                       the sandbox behind that FPM needs them; shared, so the test process never
#                       loads them (the php -S sandboxes run on the system php: CASHFIN_SANDBOX_PHP);
#   --with-openssl      tests/stack.inc checks its HTTPS ports with PHP streams;
#   --with-zlib         a test gunzips an answer (gzdecode);
#   --enable-posix      the sandbox and tests/stack.inc use it when it is there, as on Debian;
#   --enable-pcntl      the fork tests (301, 311, 317) fork from a callback and from a client's owner.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
root="$(pwd)"
cache="$(cashfin_cache_dir)"
source_package=php8.2
suite=bookworm

builds=("$@")
[ "${#builds[@]}" -gt 0 ] || builds=(debug zts-debug)
for name in "${builds[@]}"; do
    case "$name" in
        debug | zts-debug) ;;
        *)
            echo "php-builds: unknown build '$name' (debug, zts-debug)"
            exit 2
            ;;
    esac
done

configure_options() {
    local options=(--enable-debug --disable-all --enable-cli --disable-cgi --disable-phpdbg --without-pear
        --enable-fpm --enable-pdo=shared --with-pdo-sqlite=shared --enable-ctype --with-openssl --with-zlib
        --enable-posix --enable-pcntl)
    [ "$1" != zts-debug ] || options+=(--enable-zts)
    echo "${options[@]}"
}

bash scripts/setup.sh dpkg-dev autoconf libssl-dev zlib1g-dev libsqlite3-dev xz-utils || exit 1
mkdir -p "$cache"

# apt with a sources list of its own (one deb-src line for bookworm main), its own package lists
# and download directory under the cache: the system's apt configuration is left alone.
apt_dir="$cache/apt"
apt_options=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o "APT::Sandbox::User=$(id -un)")

# Prints the version of $source_package in bookworm's main pocket, or nothing (offline).
debian_version() {
    local mirror keyring
    mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
    mirror="$(cashfin_debian_mirror "$suite")"
    keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    if [ -f "$keyring" ]; then
        echo "deb-src [signed-by=$keyring] $mirror $suite main" >"$apt_dir/sources.list"
    else
        echo "deb-src $mirror $suite main" >"$apt_dir/sources.list"
    fi
    apt-get "${apt_options[@]}" -qq update >/dev/null 2>&1 || return 0
    apt-cache "${apt_options[@]}" madison "$source_package" 2>/dev/null \
        | awk -F'|' -v suite="$suite/main" '$3 ~ suite && $3 ~ /Sources/ { gsub(/ /, "", $2); print $2; exit }'
}

# Unpacks Debian's source (its patches applied by dpkg-source) and regenerates configure as
# Debian's rules do; prints the source directory.
debian_source() {
    local version="$1" upstream dir
    upstream="${version%%-*}"
    dir="$cache/src/$source_package-$upstream"
    if [ ! -f "$dir/.cashfin-prepared" ] || [ "$(cat "$dir/.cashfin-prepared")" != "$version" ]; then
        rm -rf "$cache/src"
        mkdir -p "$cache/src"
        echo "php-builds: apt-get source $source_package=$version" >&2
        (cd "$cache/src" && apt-get "${apt_options[@]}" -qq source "$source_package=$version" >/dev/null 2>&1) \
            || { echo "php-builds: apt-get source $source_package=$version failed" >&2; return 1; }
        [ -d "$dir" ] || { echo "php-builds: $dir was not unpacked" >&2; return 1; }
        rm -f "$cache/src/"*.tar.* "$cache/src/"*.dsc
        (cd "$dir" && ./buildconf --force >/dev/null 2>&1) || { echo "php-builds: buildconf failed" >&2; return 1; }
        echo "$version" >"$dir/.cashfin-prepared"
    fi
    echo "$dir"
}

# Builds and installs PHP $1 under $cache/php-$1 unless the same build is there already.
build_php() {
    local name="$1" version="$2" prefix="$cache/php-$1" stamp options src work
    options="$(configure_options "$name")"
    stamp="$(printf 'Debian %s %s\n%s\n' "$source_package" "$version" "$options")"
    if [ -x "$prefix/bin/php" ] && [ -f "$prefix/.cashfin-build" ]; then
        if [ -z "$version" ] || [ "$(cat "$prefix/.cashfin-build")" = "$stamp" ]; then
            echo "php-builds: $name: reusing $prefix ($(head -1 "$prefix/.cashfin-build"))"
            return 0
        fi
    fi
    if [ -z "$version" ]; then
        echo "php-builds: $name: Debian's $suite sources are out of reach and nothing is cached"
        return 1
    fi
    src="$(debian_source "$version")" || return 1
    work="$cache/build-$name"
    rm -rf "$work" "$prefix"
    mkdir -p "$work"
    echo "php-builds: $name: building PHP $version in $work (a few minutes; logs there)"
    # shellcheck disable=SC2086
    if ! (cd "$work" && "$src/configure" --prefix="$prefix" $options >configure.log 2>&1 \
            && make -j"$(nproc)" >make.log 2>&1 && make install >install.log 2>&1); then
        echo "php-builds: $name: the PHP build failed; last lines of the logs in $work:"
        tail -n 20 "$work"/*.log
        return 1
    fi
    # Debian's phpize (0034-libtool2.2.patch) copies libtool's m4 files from <prefix>/share/aclocal.
    mkdir -p "$prefix/share/aclocal"
    cp /usr/share/aclocal/{pkg.m4,libtool.m4,ltoptions.m4,ltsugar.m4,ltversion.m4,lt~obsolete.m4} \
        "$prefix/share/aclocal/" || return 1
    echo "$stamp" >"$prefix/.cashfin-build"
    rm -rf "$work"
}

# Builds cashfin against PHP $1 and runs the suite on it; sets phpt_* (scripts/lib.sh).
run_suite() {
    local name="$1" prefix="$cache/php-$1" build="$root/.build/php-$1" log
    echo "php-builds: $name: building cashfin in $build"
    cashfin_copy_sources "$build"
    if ! (cd "$build" && "$prefix/bin/phpize" >/dev/null 2>&1 \
            && ./configure --with-php-config="$prefix/bin/php-config" --enable-cashfin --enable-cashfin-developer >/dev/null \
            && make -j"$(nproc)" >/dev/null); then
        echo "php-builds: $name: the extension did not build"
        phpt_passed=0 phpt_failed=1 phpt_skipped=0
        return
    fi
    log="$(mktemp)"
    # The php -S sandboxes need pdo_sqlite: the system php has it, the PHP under test does not.
    (cd "$build" && CASHFIN_SANDBOX_PHP="$system_php" CASHFIN_STACK_FPM="$prefix/sbin/php-fpm" NO_INTERACTION=1 \
        make test TESTS="-q --show-diff -j$(nproc) ${CASHFIN_TESTS:-tests}") 2>&1 | tee "$log"
    cashfin_phpt_counts "$log" || echo "php-builds: $name: run-tests.php printed no summary"
    rm -f "$log"
}

system_php="$(command -v php)"
if ! "$system_php" -r 'exit(extension_loaded("pdo_sqlite") ? 0 : 1);'; then
    echo "php-builds: $system_php has no pdo_sqlite, which the sandbox needs (apt-get install php-sqlite3)"
    exit 1
fi

version="$(debian_version)"
if [ -n "$version" ]; then
    echo "php-builds: Debian $suite/main has $source_package $version"
else
    echo "php-builds: Debian's $suite sources are out of reach; using cached builds"
fi

total_passed=0
total_failed=0
summary=()
for name in "${builds[@]}"; do
    start=$SECONDS
    if ! build_php "$name" "$version"; then
        summary+=("$name: PHP did not build")
        total_failed=$((total_failed + 1))
        continue
    fi
    run_suite "$name"
    described="$("$cache/php-$name/bin/php" -n -r 'echo PHP_VERSION, ZEND_DEBUG_BUILD ? " debug" : "", ZEND_THREAD_SAFE ? " ZTS" : " NTS";')"
    summary+=("$name (PHP $described): $phpt_passed passed, $phpt_failed failed, $phpt_skipped skipped, in $((SECONDS - start)) s")
    total_passed=$((total_passed + phpt_passed))
    total_failed=$((total_failed + phpt_failed))
done

echo
for line in "${summary[@]}"; do
    echo "php-builds: $line"
done
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
