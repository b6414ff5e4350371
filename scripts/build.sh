#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Configures and builds one build tree. Usage: scripts/build.sh release|sanitize [extra cmake args]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
flavour="${1:?usage: build.sh release|sanitize}"
shift
case "$flavour" in
release)
    args=(-DCMAKE_BUILD_TYPE=Release -DTOPOGRAPH_BUILD_GUI=ON) ;;
sanitize)
    # Sanitizers cover core and exporters with their tests; the GUI stays out (Qt is not built
    # with them, and false reports from uninstrumented libraries would hide real ones).
    args=(-DCMAKE_BUILD_TYPE=Debug -DTOPOGRAPH_BUILD_GUI=OFF -DTOPOGRAPH_BUILD_BENCHMARKS=OFF
          -DTOPOGRAPH_SANITIZE=ON) ;;
*)
    echo "error: unknown build flavour '$flavour' (use release or sanitize)" >&2; exit 2 ;;
esac
build="$root/build/$flavour"
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DTOPOGRAPH_WERROR=ON "${args[@]}" "$@" >/dev/null
fi
cmake --build "$build" -- -j"$(nproc)" | grep -vE '^\[[0-9]+/[0-9]+\] ' || true
# grep hides ninja's progress lines; the build's own status decides.
exit "${PIPESTATUS[0]}"
