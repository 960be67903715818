#!/usr/bin/env bash
# The GUI responsiveness benchmark: event-loop stalls while the main window
# scans the large generated workspace and shows it, then switches views.
# See tests/bench/README.md.
#
#   tests/bench/run_responsiveness.sh [--binary PATH] [--data DIR] [--out DIR]
#                                     [--runs N] [--limit MS] [--regen]
#
# --binary  the bench_responsiveness to run (default build/release/tests/bench/bench_responsiveness)
# --data    where the workspace is generated and cached (default build/bench-data,
#           shared with run_bench.sh)
# --out     where the JSON lines and the report go (default build/bench-results)
# --runs    runs; the median and the worst are reported (default 3)
# --limit   a run fails when a stall exceeds this many ms (default 250)
# --regen   generate the workspace again even if a current one is cached
#
# Builds nothing. Exits non-zero when a run fails.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=$root/build/release/tests/bench/bench_responsiveness
data=$root/build/bench-data
out=$root/build/bench-results
runs=3 limit=250 regen=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --binary) binary=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --limit) limit=$2; shift 2 ;;
        --regen) regen=(--regen); shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ -x $binary ]] || { echo "no bench_responsiveness at $binary (build it first)" >&2; exit 1; }
mkdir -p "$out"
report=$out/responsiveness.md
results=$out/responsiveness.jsonl
: > "$report"
: > "$results"
say() { printf '%s\n' "$*" | tee -a "$report"; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
say "# ReleaseDeck GUI responsiveness"
say ""
say "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
say "- machine: $(nproc) CPUs ($cpu), $mem RAM, $(uname -sr)"
say "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
say "- $("$here/ensure_workspace.sh" "$data" "${regen[@]}")"
say ""

status=0
for ((i = 1; i <= runs; i++)); do
    rc=0
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$binary" "$data/releasedeck.yaml" \
        --switch-views --breakdown --limit "$limit" >> "$results" || rc=$?
    (( rc > status )) && status=$rc
    echo "run $i: exit $rc" >&2
done

python3 - "$results" "$limit" <<'PY' | tee -a "$report"
import json, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
limit = float(sys.argv[2])
med = lambda xs: sorted(xs)[len(xs) // 2]
def row(name, key):
    xs = [key(r) for r in runs]
    print("| %s | %s | %s | %s |" % (name, med(xs), max(xs), ", ".join(str(x) for x in xs)))
r0 = runs[0]
print("Workspace: %d train releases, %d image references; platform %s, probe every %d ms."
      % (r0["releases"], r0["imageRefs"], r0["platform"], r0["intervalMs"]))
print()
print("| measure (%d runs) | median | worst | runs |" % len(runs))
print("|---|---:|---:|---|")
row("max stall during the scan, ms", lambda r: r["maxStallScanMs"])
row("max stall while the result is shown (+2 s), ms", lambda r: r["maxStallShownMs"])
row("p99 probe gap, ms", lambda r: r["p99GapMs"])
row("scan: start to result on the GUI thread, ms", lambda r: r["scanMs"])
row("start to snapshotShown, ms", lambda r: r["shownMs"])
row("MainWindow::showOverview, ms", lambda r: r["showOverviewMs"])
row("ScanView::setSnapshot and status, ms", lambda r: r["setSnapshotMs"])
for view in r0.get("switches", {}):
    row("max stall after showView(%s), ms" % view, lambda r, v=view: r["switches"][v]["maxStallMs"])
    if "shownAfterMs" in r0["switches"][view]:
        row("showView(%s) to its content shown, ms" % view, lambda r, v=view: r["switches"][v]["shownAfterMs"])
row("peak RSS (VmHWM), MB", lambda r: r["peakRssMb"])
print()
print("Each view's setter called again with the same overview (median of 3 calls, ms):")
print()
print("| call | median over runs |")
print("|---|---:|")
for k in sorted(r0.get("breakdownMs", {}), key=lambda k: -r0["breakdownMs"][k]):
    print("| %s | %s |" % (k, med([r["breakdownMs"][k] for r in runs])))
print()
worst = max(max(r["maxStallScanMs"], r["maxStallShownMs"]) for r in runs)
print("Budget (DESIGN §6): no stall over 50 ms: %s (worst %.1f ms); limit %.0f ms: %s."
      % ("met" if worst <= 50 else "NOT met", worst, limit, "passed" if all(r["pass"] for r in runs) else "FAILED"))
PY
say ""
say "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). JSON lines: $results"
exit "$status"
