#!/usr/bin/env bash
# Regenerates ext/cashfin_arginfo.h from ext/cashfin.stub.php with the gen_stub.php that php-dev ships.
# gen_stub.php wants PHP-Parser next to itself and would download it; Debian's php-parser package
# provides the same library, so a scratch copy of gen_stub.php is pointed at it instead.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="$(php-config --prefix)/lib/php/$(php-config --phpapi)/build"
[ -f "$build_dir/gen_stub.php" ] || build_dir="/usr/lib/php/$(php-config --phpapi)/build"
if [ ! -d /usr/share/php/PhpParser ]; then
    apt-get install -y -qq php-parser >/dev/null
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$build_dir/gen_stub.php" "$scratch/"
version="$(grep -o '\$version = "[0-9.]*"' "$scratch/gen_stub.php" | head -1 | cut -d'"' -f2)"
mkdir -p "$scratch/PHP-Parser-$version/lib"
ln -s /usr/share/php/PhpParser "$scratch/PHP-Parser-$version/lib/PhpParser"
php "$scratch/gen_stub.php" -f ext/cashfin.stub.php
