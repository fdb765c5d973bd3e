#!/usr/bin/env bash
# Installs what building and testing cashfin needs on Debian, and only what is missing.
# Extra arguments are further packages a particular script needs (e.g. `setup.sh valgrind`).
set -euo pipefail
packages=(make gcc libc6-dev php-cli php-dev php-sqlite3 php-pear libcurl4-openssl-dev libcjson-dev pkg-config curl ca-certificates
          nginx php-fpm openssl libhiredis-dev redis-server php-psr-log "$@")
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    # nginx, php-fpm and redis-server start system services from their maintainer scripts; the tests run their own
    # private instances (tests/stack.inc), so keep the system ones off with a policy-rc.d that
    # refuses every action (exit 101), unless the machine already has a policy of its own.
    policy=/usr/sbin/policy-rc.d
    own_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\n# Temporary, from cashfin scripts/setup.sh: start no services while installing.\nexit 101\n' \
            | "${sudo_cmd[@]}" tee "$policy" >/dev/null
        "${sudo_cmd[@]}" chmod 755 "$policy"
        own_policy=1
        trap '"${sudo_cmd[@]}" rm -f "$policy"' EXIT
    fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    if [ "$own_policy" -eq 1 ]; then
        "${sudo_cmd[@]}" rm -f "$policy"
        trap - EXIT
    fi
fi
