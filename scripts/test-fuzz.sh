#!/usr/bin/env bash
# A short libFuzzer run of every core target (tests/fuzz), after replaying the committed regressions.
# Seconds per target: the first argument, default 5. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
bash scripts/setup.sh clang libclang-rt-14-dev || exit 1
bash tests/fuzz/run.sh "${1:-5}"
