#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs each fuzz target for a bounded time, seeded with the bundled examples, the test data and
# the external CloudFormation corpus. Usage: run_fuzzers.sh BUILD_DIR SECONDS_PER_TARGET
set -euo pipefail
build="$(cd "${1:?build folder}" && pwd)"
seconds="${2:-30}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="$root/../shared"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seed_model="$work/seed-model"
seed_template="$work/seed-template"
mkdir -p "$seed_model" "$seed_template"
cp "$root"/resources/examples/*.yaml "$seed_model"/ 2>/dev/null || true
find "$root/tests/data" -type f \( -name '*.yaml' -o -name '*.json' \) -exec cp -t "$seed_model" {} + 2>/dev/null || true
if [[ -d "$shared/corpus/cfn" ]]; then
    cp "$shared"/corpus/cfn/*.yaml "$shared"/corpus/cfn/*.json "$seed_template"/
fi
cp "$seed_model"/* "$seed_template"/ 2>/dev/null || true

status=0
for target in fuzz_model_loader fuzz_template_importer; do
    seeds="$seed_model"
    [[ "$target" == fuzz_template_importer ]] && seeds="$seed_template"
    corpus="$work/corpus-$target"
    mkdir -p "$corpus"
    echo "fuzzing $target for ${seconds}s ($(ls "$seeds" | wc -l) seed files)"
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb bounds a memory blow-up.
    if ! (cd "$work" && "$build/tests/fuzz/$target" "$corpus" "$seeds" -max_total_time="$seconds" \
            -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
            >"$work/$target.log" 2>&1); then
        echo "FAILED: $target found a problem; its log:" >&2
        tail -n 60 "$work/$target.log" >&2
        mkdir -p "$root/build/fuzz-findings"
        cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* "$root/build/fuzz-findings/" 2>/dev/null || true
        status=1
    else
        grep -E '^stat::number_of_executed_units|^Done' "$work/$target.log" | sed "s/^/  $target: /"
    fi
done
exit $status
