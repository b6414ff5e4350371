#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The README's first command: install what is missing, build in Release, open Topograph on the
# bundled three-tier example (or on the files given as arguments).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" release
if [[ $# -eq 0 ]]; then
    set -- "$root/resources/examples/three-tier-web.yaml"
fi
exec "$root/build/release/app/topograph" "$@"
