#!/usr/bin/env bash
# Builds modules/cashfin.so in the source tree (phpize, configure, make). Warnings are errors here:
# the developer build adds -Werror to -Wall -Wextra. Extra arguments go to configure.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f Makefile ] || [ config.m4 -nt Makefile ]; then
    phpize >/dev/null
    ./configure --enable-cashfin --enable-cashfin-developer "$@" >/dev/null
    # Objects built under the old configuration would keep its flags (make does not track them).
    make clean >/dev/null
fi
make -j"$(nproc)" >/dev/null
echo "build: $(pwd)/modules/cashfin.so"
