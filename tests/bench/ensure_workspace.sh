#!/usr/bin/env bash
# Generates the benchmark workspace into DIR unless a current one is cached
# there: the cache is current while generate_workspace.py is unchanged (its
# sha256 is kept in DIR/generator.sha256). run_bench.sh and the GUI
# benchmarks share one DIR through it. Prints one line saying which; the generator's log goes to stderr.
#
#   tests/bench/ensure_workspace.sh DIR [--regen]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ $# -ge 1 ]] || { sed -n '2,7p' "$0" >&2; exit 2; }
data=$1
regen=0
[[ ${2:-} == --regen ]] && regen=1
stamp=$(sha256sum "$here/generate_workspace.py" | cut -d' ' -f1)
if [[ $regen == 1 || ! -f $data/releasedeck.yaml || "$(cat "$data/generator.sha256" 2>/dev/null)" != "$stamp" ]]; then
    # A run cut short leaves no stamp, so the next one generates again.
    rm -f "$data/generator.sha256"
    t0=$(date +%s.%N)
    python3 "$here/generate_workspace.py" "$data" >&2
    t1=$(date +%s.%N)
    echo "$stamp" > "$data/generator.sha256"
    echo "Generated the workspace $data/releasedeck.yaml in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s."
else
    echo "Using the cached workspace $data/releasedeck.yaml."
fi
