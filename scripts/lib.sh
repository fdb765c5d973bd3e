# shellcheck shell=bash
# Helpers shared by the scripts in scripts/.
# Sourced (from the top of the tree), never run. The counts are set in the caller's variables.
# shellcheck disable=SC2034

# Runs the command that follows as the check named $2 of the group $1: prints "$1: $2: ok" or
# "$1: $2: FAILED" after what the command printed, and counts it in the caller's passed or failed.
cashfin_check() {
    local group="$1" name="$2"
    shift 2
    if "$@"; then
        echo "$group: $name: ok"
        passed=$((passed + 1))
    else
        echo "$group: $name: FAILED"
        failed=$((failed + 1))
    fi
}

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

# Starts a sandbox in the background with its command, as a user does: $1 is the command (a path,
# e.g. sandbox/bin/cashfin-sandbox of a clone or an unpacked release, or a name found on the PATH),
# run from the directory $2 (default /, outside any tree), on a free loopback port with a temporary
# database of its own. Waits up to 15 s for the URL it prints; sets sandbox_url and sandbox_pid.
# cashfin_sandbox_stop stops it.
cashfin_sandbox_start() {
    local command="$1" dir="${2:-/}"
    sandbox_files="$(mktemp -d /tmp/cashfin-sandbox.XXXXXX)"
    # exec: the pid is the command's own (its #! line execs php in place too).
    (cd "$dir" && exec "$command") >"$sandbox_files/out" 2>"$sandbox_files/log" &
    sandbox_pid=$!
    for _ in $(seq 1 150); do
        [ -s "$sandbox_files/out" ] || ! kill -0 "$sandbox_pid" 2>/dev/null && break
        sleep 0.1
    done
    sandbox_url="$(head -n 1 "$sandbox_files/out")"
    [[ "$sandbox_url" =~ ^http://127\.0\.0\.1:[0-9]+$ ]] && return 0
    echo "sandbox: $command printed no URL ('$sandbox_url'); its log:" >&2
    sed 's/^/    /' "$sandbox_files/log" >&2
    cashfin_sandbox_stop
    return 1
}

# Stops the sandbox cashfin_sandbox_start started (SIGTERM: the command stops its server and deletes
# its database) and returns the command's exit status, 0 when it stopped as asked.
cashfin_sandbox_stop() {
    local status=0
    if [ -n "${sandbox_pid:-}" ]; then
        kill "$sandbox_pid" 2>/dev/null
        wait "$sandbox_pid" 2>/dev/null
        status=$?
    fi
    sandbox_pid=
    [ -z "${sandbox_files:-}" ] || rm -rf "$sandbox_files"
    sandbox_files=
    return "$status"
}

# Runs scripts/sandbox-app-check.php from the directory $1 against the sandbox at sandbox_url, with the
# module $2, requiring the helper $3 (php options may follow, e.g. -d include_path=...): what an
# application's test does. Succeeds when the helper was loaded from the file $4 and every step printed
# what it should; otherwise shows what it printed.
cashfin_sandbox_app_check() {
    local dir="$1" module="$2" helper="$3" helper_file="$4" check out expected
    shift 4
    check="$(pwd)/scripts/sandbox-app-check.php"
    out="$(cd "$dir" && php -d extension="$module" "$@" "$check" "$sandbox_url" "$helper" 2>&1)"
    expected="helper: $helper_file
created and read: ada@example.com
fault met: Cashfin\\ServerException 503
requests logged: 3"
    [ "$out" = "$expected" ] && return 0
    echo "  the application's check printed:"
    echo "    ${out//$'\n'/$'\n'    }"
    return 1
}
