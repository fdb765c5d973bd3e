# shellcheck shell=bash
# Helpers shared by the scripts in scripts/.
# Sourced (from the top of the tree), never run. The counts are set in the caller's variables.
# shellcheck disable=SC2034

# Where builds that outlive a checkout live (Debian's PHP sources and the PHPs built from them):
# $CASHFIN_CACHE, else ~/.cache/cashfin.
cashfin_cache_dir() {
    echo "${CASHFIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cashfin}"
}

# The Debian mirror this machine's apt already fetches the suite $1 from (the machine's own release
# when $1 is empty); CASHFIN_DEBIAN_MIRROR overrides it, deb.debian.org is the fallback.
cashfin_debian_mirror() {
    local suite="${1:-}" mirror
    [ -n "$suite" ] || suite="$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release 2>/dev/null)"
    # $(...) is apt's format, not the shell's.
    # shellcheck disable=SC2016
    mirror="$(apt-get indextargets --format '$(CODENAME) $(REPO_URI)' 'Created-By: Packages' 2>/dev/null \
        | awk -v suite="$suite" '$1 == suite { print $2; exit }')"
    echo "${CASHFIN_DEBIAN_MIRROR:-${mirror:-http://deb.debian.org/debian/}}"
}

# Copies the extension's sources, without any build output, into the emptied directory $1, for a
# build of its own (phpize writes into the tree it builds, and the in-tree objects belong to
# scripts/build.sh). In a git checkout: the files git tracks and new files it does not ignore, so
# that uncommitted work is built too. Otherwise: the tree minus what a build leaves behind.
cashfin_copy_sources() {
    local dest="$1"
    rm -rf "$dest"
    mkdir -p "$dest"
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z --cached --others --exclude-standard \
            | while IFS= read -r -d '' file; do
                # A tracked file deleted in the work tree is still listed.
                [ -e "$file" ] && printf '%s\0' "$file"
            done \
            | tar --null -T - -cf - | tar -C "$dest" -xf -
    else
        tar --exclude=./.git --exclude=./.build --exclude=./modules --exclude=./build --exclude=./autom4te.cache \
            --exclude=.libs --exclude='*.lo' --exclude='*.o' --exclude='*.la' --exclude='*.dep' \
            --exclude=./tests/core/build -cf - . | tar -C "$dest" -xf -
    fi
}

# Reads run-tests.php's summary from the log $1 into phpt_passed, phpt_failed (failed, borked and
# leaked tests), phpt_skipped and phpt_warned (passed only when retried). Returns 1, with
# phpt_failed=1, when the log has no summary (run-tests.php did not finish).
cashfin_phpt_counts() {
    local log="$1" name value
    phpt_passed=0 phpt_failed=0 phpt_skipped=0 phpt_warned=0
    if ! grep -q '^Tests passed *:' "$log"; then
        phpt_failed=1
        return 1
    fi
    for name in passed failed borked leaked skipped warned; do
        value="$(sed -n "s/^Tests $name *: *\([0-9]*\).*/\1/p" "$log" | tail -1)"
        value="${value:-0}"
        case "$name" in
            passed) phpt_passed=$value ;;
            failed | borked | leaked) phpt_failed=$((phpt_failed + value)) ;;
            skipped) phpt_skipped=$value ;;
            warned) phpt_warned=$value ;;
        esac
    done
    # A test that passed on its retry is counted under "warned" only.
    phpt_passed=$((phpt_passed + phpt_warned))
}

# Reads "core: N passed, N failed" (tests/core/run.sh) from the log $1 into core_passed and
# core_failed. Returns 1, with core_failed=1, when the core tests did not finish.
cashfin_core_counts() {
    local log="$1"
    core_passed="$(sed -n 's/^core: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$log" | tail -1)"
    core_failed="$(sed -n 's/^core: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$log" | tail -1)"
    if [ -z "$core_passed" ]; then
        core_passed=0 core_failed=1
        return 1
    fi
}

# Starts the sandbox of the source tree $1 in the background (php -S on a free loopback port, a
# database file of its own) and waits until it answers; sets sandbox_url and sandbox_pid.
# cashfin_sandbox_stop stops it and removes its database.
cashfin_sandbox_start() {
    local port
    # shellcheck disable=SC2016
    port="$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')"
    sandbox_db="$(mktemp -u /tmp/cashfin-sandbox-XXXXXX.sqlite)"
    sandbox_url="http://127.0.0.1:$port"
    CASHFIN_SANDBOX_DB="$sandbox_db" php -S "127.0.0.1:$port" "$1/sandbox/router.php" >/dev/null 2>&1 &
    sandbox_pid=$!
    for _ in $(seq 1 50); do
        # shellcheck disable=SC2016
        php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "$sandbox_url/__sandbox/health" && return 0
        sleep 0.1
    done
    echo "sandbox: $sandbox_url did not answer" >&2
    cashfin_sandbox_stop
    return 1
}

cashfin_sandbox_stop() {
    if [ -n "${sandbox_pid:-}" ]; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    sandbox_pid=
    [ -z "${sandbox_db:-}" ] || rm -f "$sandbox_db"*
}
