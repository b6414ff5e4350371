#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# End-to-end timing of topograph-cli on the synthetic networks S, M and L written as
# CloudFormation JSON templates (issue 4, "Performance", last item: validate at most 3 s and
# reach --matrix at most 5 s on L, parsing included). Not a CTest: it takes a minute.
#
#   tests/bench/e2e_cli.sh [BUILD_DIR] [WORK_DIR] [SHAPES...]
#
# BUILD_DIR (default build/release) must hold app/cli/topograph-cli and
# tests/bench/write_large_template (a Release build; the GUI is not needed). WORK_DIR (default
# a fresh temporary folder) receives S.json, M.json and L.json. Each command runs REPEAT times
# (default 3, environment); the table shows the fastest run: wall, user and system seconds and
# the peak memory. Matrix output goes to /dev/null (25 million rows, 1.3 GB of text, on L);
# set MATRIX_OUT to a file to time writing it too.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/release}
work=${2:-$(mktemp -d)}
shift $(($# > 2 ? 2 : $#))
shapes=("$@")
[[ ${#shapes[@]} -gt 0 ]] || shapes=(S M L)
repeat=${REPEAT:-3}
matrix_out=${MATRIX_OUT:-/dev/null}

cli=$build/app/cli/topograph-cli
writer=$build/tests/bench/write_large_template
for tool in "$cli" "$writer"; do
    if [[ ! -x $tool ]]; then
        echo "e2e_cli.sh: $tool is missing; build the targets topograph-cli and" \
            "write_large_template in $build first" >&2
        exit 2
    fi
done
if [[ ! -x /usr/bin/time ]]; then
    echo "e2e_cli.sh: /usr/bin/time is needed (package 'time')" >&2
    exit 2
fi

echo "Templates in $work"
"$writer" "$work" "${shapes[@]}"
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# best_of COMMAND...: runs the command REPEAT times, prints "wall user sys maxKB" of the run
# with the lowest wall time. Exit statuses 0 and 1 (findings) are both fine.
best_of() {
    local best="" line status
    for ((i = 0; i < repeat; i++)); do
        status=0
        line=$(/usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >"$sink" | tail -n 1) || status=$?
        if [[ $status -gt 1 ]]; then
            echo "e2e_cli.sh: '$*' failed with status $status" >&2
            exit 1
        fi
        if [[ -z $best ]] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
            best=$line
        fi
    done
    echo "$best"
}

printf '%-5s %-8s %12s %8s %8s %8s %10s %8s\n' shape command bytes wall user sys maxMB target
for shape in "${shapes[@]}"; do
    file=$work/$shape.json
    bytes=$(stat -c %s "$file")
    sink=/dev/null
    read -r wall user sys kb < <(best_of "$cli" validate "$file")
    target=$([[ $shape == L ]] && echo "3 s" || echo "-")
    printf '%-5s %-8s %12s %8s %8s %8s %10s %8s\n' "$shape" validate "$bytes" "$wall" "$user" \
        "$sys" $((kb / 1024)) "$target"
    sink=$matrix_out
    read -r wall user sys kb < <(best_of "$cli" reach "$file" --matrix --port 443)
    target=$([[ $shape == L ]] && echo "5 s" || echo "-")
    printf '%-5s %-8s %12s %8s %8s %8s %10s %8s\n' "$shape" matrix "$bytes" "$wall" "$user" \
        "$sys" $((kb / 1024)) "$target"
done
