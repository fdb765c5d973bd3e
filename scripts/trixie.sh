#!/usr/bin/env bash
# Runs a script of this tree on Debian 13's PHP 8.4 and libcurl 8, in a Debian 13 (trixie) root:
#   scripts/trixie.sh [--carry FILE]... SCRIPT [ARGS...]
# e.g. `scripts/trixie.sh scripts/test.sh` (the suite and the core tests on PHP 8.4) or
# `scripts/trixie.sh scripts/test-valgrind.sh`. SCRIPT runs as root with bash, from a copy of the
# sources at /tmp/src in the root; each --carry FILE is copied to /tmp/carry/<its name>.
# TERM, CASHFIN_TESTS, CASHFIN_CORE_FILTER and CASHFIN_VALGRIND_OPTS are passed on. The script's
# output is passed on as it comes (its last line stays its "N passed, N failed") and its exit
# status is this one's.
#
# The root, under $CASHFIN_CACHE (default ~/.cache/cashfin) as trixie/:
# - `debootstrap --variant=minbase trixie` from the Debian mirror this machine's apt uses
#   (CASHFIN_DEBIAN_MIRROR overrides), an /etc/hosts with localhost as every installed Debian
#   has, then scripts/setup.sh with valgrind run inside it: what a fresh Debian 13 machine gets
#   from the README's commands. About 2 minutes.
# - Built in a temporary directory beside it and renamed into place only when complete, so a
#   build that was interrupted is never used; the next run removes what such a build left.
# - Reused while the recipe is the same (the stamp in trixie/.cashfin-root: this recipe's
#   version, the mirror, scripts/setup.sh), without network; rebuilt when it changes.
#
# Each run gets a mount and PID namespace of its own (unshare): /proc mounted fresh, /dev bound
# (with /dev/pts), /tmp an empty directory of the host. Those mounts exist only in that namespace
# and go with it: none is ever left on the host, however the run ends. The servers the tests start
# live in the same PID namespace, and the namespace ends with the run: when the script inside
# ends, or when this one is interrupted (INT, TERM, HUP), as debootstrap's does during a build.
# Loopback is the host's: tests pick free ports as usual.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

recipe=1 # raise when the steps of build_root change
suite=trixie
extra_packages=(valgrind)
cache="$(cashfin_cache_dir)"
root="$cache/trixie"

carried=()
while [ "${1:-}" = --carry ]; do
    [ -f "${2:-}" ] || { echo "trixie: --carry needs a file, not '${2:-}'"; exit 2; }
    carried+=("$2")
    shift 2
done
if [ $# -eq 0 ] || [ ! -f "$1" ]; then
    echo "trixie: usage: scripts/trixie.sh [--carry FILE]... SCRIPT [ARGS...]"
    exit 2
fi

# The mount points (field 5 of mountinfo) at or below the directory $1, in this namespace.
mounts_under() {
    awk -v dir="$1" '$5 == dir || index($5, dir "/") == 1 { print $5 }' /proc/self/mountinfo
}

# Deletes a root that is not in use; never crosses into a mounted file system.
remove_root() {
    if [ -n "$(mounts_under "$1")" ]; then
        echo "trixie: $1 has mounts, leaving it: $(mounts_under "$1" | tr '\n' ' ')"
        return 1
    fi
    rm -rf --one-file-system "$1"
}

# Runs "$@" (an unshare with --kill-child) in the background and waits for it, so that a signal
# to this script reaches it: the trap below kills it (with KILL: unshare --fork ignores INT and
# TERM), its child goes with it, and the kernel then ends everything in that PID namespace and
# drops the namespace's mounts.
supervised() {
    local status
    "$@" &
    child=$!
    wait "$child"
    status=$?
    child=
    return "$status"
}
trap 'if [ -n "${child:-}" ]; then kill -KILL "$child" 2>/dev/null; wait "$child" 2>/dev/null; fi; exit 143' TERM INT HUP

# Runs "$@" chrooted in the root $1, with the host directory $2 (if not empty) as its /tmp, in a
# mount and PID namespace that end with it.
in_root() {
    local dir="$1" tmp="$2"
    shift 2
    local env=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8)
    local name
    for name in TERM CASHFIN_TESTS CASHFIN_CORE_FILTER CASHFIN_VALGRIND_OPTS; do
        [ -z "${!name:-}" ] || env+=("$name=${!name}")
    done
    # shellcheck disable=SC2016
    supervised unshare --mount --pid --fork --kill-child --propagation private -- bash -c '
        dir="$1" tmp="$2"
        shift 2
        trap "umount --recursive \"\$dir/tmp\" \"\$dir/dev\" \"\$dir/proc\" 2>/dev/null" EXIT
        mount -t proc proc "$dir/proc" && mount --rbind /dev "$dir/dev" || exit 1
        if [ -n "$tmp" ]; then
            mount --bind "$tmp" "$dir/tmp" || exit 1
        fi
        chroot "$dir" /usr/bin/env -i "$@"
    ' bash "$dir" "$tmp" "${env[@]}" "$@" 9>&-
}

stamp() {
    printf 'recipe %s: debootstrap --variant=minbase %s %s\nscripts/setup.sh %s, with %s\n' "$recipe" "$suite" \
        "$mirror" "$(sha256sum scripts/setup.sh | cut -d' ' -f1)" "${extra_packages[*]}"
}

build_root() {
    local new old log
    new="$(mktemp -d "$cache/trixie.build.XXXXXX")" || return 1
    log="$new.log"
    echo "trixie: building a Debian 13 root in $new from $mirror (about 2 minutes; log in $log)"
    # debootstrap mounts /proc and /sys in the new root while it works: in namespaces of its own.
    if ! supervised unshare --mount --pid --fork --kill-child --mount-proc --propagation private -- \
            debootstrap --variant=minbase "$suite" "$new" "$mirror" >"$log" 2>&1; then
        echo "trixie: debootstrap failed; last lines of $log:"
        tail -n 15 "$log"
        return 1
    fi
    cp /etc/resolv.conf "$new/etc/resolv.conf"
    printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$new/etc/hosts"
    cp scripts/setup.sh "$new/root/setup.sh"
    if ! in_root "$new" "" bash /root/setup.sh "${extra_packages[@]}" >>"$log" 2>&1 \
            || ! in_root "$new" "" apt-get clean >>"$log" 2>&1; then
        echo "trixie: scripts/setup.sh failed in the new root; last lines of $log:"
        tail -n 15 "$log"
        return 1
    fi
    rm -f "$new/root/setup.sh"
    stamp >"$new/.cashfin-root"
    if [ -d "$root" ]; then
        old="$(mktemp -d "$cache/trixie.old.XXXXXX")" && mv "$root" "$old/root" && remove_root "$old"
    fi
    mv "$new" "$root" && rm -f "$log"
}

# Under the lock: reuse the root, or remove what interrupted builds left and build it again.
ensure_root() {
    local leftover
    if [ -f "$root/.cashfin-root" ] && [ "$(cat "$root/.cashfin-root")" = "$(stamp)" ]; then
        return 0
    fi
    for leftover in "$cache"/trixie.build.* "$cache"/trixie.old.*; do
        [ -e "$leftover" ] || continue
        echo "trixie: removing $leftover (an interrupted build)"
        case "$leftover" in
            *.log) rm -f "$leftover" ;;
            *) remove_root "$leftover" ;;
        esac
    done
    bash scripts/setup.sh debootstrap || return 1
    build_root
}

if [ "$(id -u)" -ne 0 ]; then
    echo "trixie: needs root (debootstrap, chroot, mounts)"
    exit 1
fi
mkdir -p "$cache"
mirror="$(cashfin_debian_mirror "")"
start=$SECONDS
# Builds take the lock alone; runs share it, so that no build replaces a root in use.
exec 9>"$cache/trixie.lock"
flock -x 9
if ! ensure_root; then
    echo "0 passed, 1 failed"
    exit 1
fi
flock -s 9
versions="$(dpkg-query --admindir="$root/var/lib/dpkg" -W -f '${Package} ${Version}, ' php8.4-cli libcurl4t64 libcjson1)"
echo "trixie: $root (${versions%, }; ready in $((SECONDS - start)) s)"

work="$(mktemp -d /tmp/cashfin-trixie.XXXXXX)"
trap 'rm -rf "$work"' EXIT
chmod 1777 "$work"
cashfin_copy_sources "$work/src"
if [ "${#carried[@]}" -gt 0 ]; then
    mkdir -p "$work/carry"
    cp "${carried[@]}" "$work/carry/"
fi
# shellcheck disable=SC2016
in_root "$root" "$work" /bin/bash -c 'cd /tmp/src && exec bash "$@"' bash "$@"
