#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The README's second command: install what is missing, build, and run every test.
#  1. Release build of everything (warnings are errors), all CTest tests.
#  2. Core and exporters with AddressSanitizer + UndefinedBehaviorSanitizer, their tests.
#  3. The file loaders under libFuzzer for a bounded time (TOPOGRAPH_FUZZ_SECONDS per target).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"
"$root/scripts/install-deps.sh"

echo "== Release build and tests"
"$root/scripts/build.sh" release
ctest --test-dir "$root/build/release" --output-on-failure -j"$jobs"

echo "== Core and exporters under AddressSanitizer and UndefinedBehaviorSanitizer"
"$root/scripts/build.sh" sanitize
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir "$root/build/sanitize" --output-on-failure -j"$jobs"

echo "== Fuzzing the model and template loaders"
"$root/scripts/build.sh" fuzz
"$root/tests/fuzz/run_fuzzers.sh" "$root/build/fuzz" "${TOPOGRAPH_FUZZ_SECONDS:-30}"
