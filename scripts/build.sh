#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Configures and builds one build tree. Usage: scripts/build.sh release|sanitize|fuzz [cmake args]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
flavour="${1:?usage: build.sh release|sanitize|fuzz}"
shift
case "$flavour" in
release)
    args=(-DCMAKE_BUILD_TYPE=Release -DTOPOGRAPH_BUILD_GUI=ON) ;;
sanitize)
    # The core and its tests under the sanitizers (the exporters' loaders get them in the fuzz
    # build); the GUI stays out (Qt is not built with them, and false reports from
    # uninstrumented libraries would hide real ones).
    args=(-DCMAKE_BUILD_TYPE=Debug -DTOPOGRAPH_BUILD_GUI=OFF -DTOPOGRAPH_BUILD_BENCHMARKS=OFF
          -DTOPOGRAPH_SANITIZE=ON -DTOPOGRAPH_CORE_TESTS_ONLY=ON) ;;
fuzz)
    # libFuzzer needs clang; only the loaders and what they reach are built.
    export CC=clang CXX=clang++
    args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOPOGRAPH_BUILD_GUI=OFF -DTOPOGRAPH_BUILD_TESTS=OFF
          -DTOPOGRAPH_BUILD_BENCHMARKS=OFF -DTOPOGRAPH_FUZZ=ON) ;;
*)
    echo "error: unknown build flavour '$flavour' (use release, sanitize or fuzz)" >&2; exit 2 ;;
esac
build="$root/build/$flavour"
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DTOPOGRAPH_WERROR=ON "${args[@]}" "$@" >/dev/null
fi
# grep hides ninja's progress lines; the build's own status decides (grep fails when it has
# nothing to print, which is fine).
set +e +o pipefail
cmake --build "$build" -- -j"$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\] '
status="${PIPESTATUS[0]}"
exit "$status"
