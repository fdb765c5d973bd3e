#!/usr/bin/env bash
# A short libFuzzer run of every core target (tests/fuzz), after replaying the committed regressions.
# CI runs a fixed number of executions from a fixed seed, so a run is repeatable; the first argument
# overrides the length (seconds, or runs=N), CASHFIN_FUZZ_SEED the seed (0: a new one each run).
# Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
bash scripts/setup.sh clang libclang-rt-14-dev libphp-embed || exit 1
CASHFIN_FUZZ_SEED="${CASHFIN_FUZZ_SEED:-1}" bash tests/fuzz/run.sh "${1:-runs=100000}"
