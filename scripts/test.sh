#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The README's second command: install what is missing, build, and run every test.
#  1. Release build of everything (warnings are errors), all CTest tests.
#  2. The core and its tests with AddressSanitizer + UndefinedBehaviorSanitizer (the exporters'
#     loaders run under the same sanitizers in step 3).
#  3. The file loaders under libFuzzer for a bounded time (TOPOGRAPH_FUZZ_SECONDS per target).
# Every stage runs even when an earlier one failed, so one run shows every problem; the last
# line is the summary and the exit status is non-zero when anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc)"
logs="$root/build/test-logs"
mkdir -p "$logs"

passed=0
failed=0
failures=()

# Runs ctest quietly into a log; prints the failures' output and ctest's own summary. Extra
# arguments go to ctest.
run_ctest() {
    local stage="$1" build="$2" log="$logs/$1.log"
    shift 2
    ctest --test-dir "$build" --output-on-failure -j"$jobs" "$@" >"$log" 2>&1
    local status=$?
    local total failures_here
    total="$(sed -nE 's/.*tests passed, ([0-9]+) tests failed out of ([0-9]+).*/\2/p' "$log")"
    failures_here="$(sed -nE 's/.*tests passed, ([0-9]+) tests failed out of ([0-9]+).*/\1/p' "$log")"
    if [[ -z "$total" ]]; then
        echo "ctest did not run in $build; its output:" >&2
        tail -n 40 "$log" >&2
        failed=$((failed + 1))
        failures+=("$stage: ctest did not run")
        return
    fi
    passed=$((passed + total - failures_here))
    failed=$((failed + failures_here))
    if [[ $status -ne 0 ]]; then
        # --output-on-failure put each failing test's output in the log; show it all.
        grep -vE '^ *(Start +[0-9]+:|[0-9]+/[0-9]+ Test +#[0-9]+: .* Passed)' "$log" >&2
        while read -r name; do failures+=("$stage: $name"); done < <(
            sed -nE 's/^[[:space:]]+[0-9]+ - (.*) \(.*\)$/\1/p' "$log")
    fi
    echo "$stage: $((total - failures_here)) of $total tests passed (log: $log)"
}

# A build failure counts as one failure and skips that stage's tests.
build() {
    local stage="$1"
    if ! "$root/scripts/build.sh" "$stage"; then
        failed=$((failed + 1))
        failures+=("$stage: build failed")
        return 1
    fi
}

if ! "$root/scripts/install-deps.sh"; then
    echo "error: installing the Debian packages failed; see above" >&2
    exit 1
fi

echo "== Release build and tests"
if build release; then
    run_ctest release "$root/build/release"
fi

echo "== The core and its tests under AddressSanitizer and UndefinedBehaviorSanitizer"
if build sanitize; then
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        run_ctest sanitize "$root/build/sanitize"
fi

echo "== Fuzzing the model and template loaders"
if build fuzz; then
    if "$root/tests/fuzz/run_fuzzers.sh" "$root/build/fuzz" "${TOPOGRAPH_FUZZ_SECONDS:-30}"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures+=("fuzz: a fuzz target found a problem (inputs in build/fuzz-findings)")
    fi
fi

for failure in "${failures[@]}"; do
    echo "FAILED: $failure" >&2
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
