# shellcheck shell=bash
# Helpers shared by scripts/test-valgrind.sh, scripts/test-sanitizers.sh and scripts/php-builds.sh.
# Sourced (from the top of the tree), never run. The counts are set in the caller's variables.
# shellcheck disable=SC2034

# Where builds that outlive a checkout live (Debian's PHP sources and the PHPs built from them):
# $CASHFIN_CACHE, else ~/.cache/cashfin.
cashfin_cache_dir() {
    echo "${CASHFIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cashfin}"
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
