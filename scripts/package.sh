#!/usr/bin/env bash
# Builds the PECL source release, cashfin-<version>.tgz, at the top of the tree: first regenerates the
# <contents> of package.xml from the files git knows about (scripts/package-xml.php), then runs
# `pecl package`, which checks every listed file exists and records its md5sum in the tarball.
# Install it with `pecl install ./cashfin-<version>.tgz` (phpize, configure, make from the tarball).
set -euo pipefail
cd "$(dirname "$0")/.."
php scripts/package-xml.php package.xml
pecl package package.xml
