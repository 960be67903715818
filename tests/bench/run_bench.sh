#!/usr/bin/env bash
# The scan benchmark: releasedeck against a git-CLI script and the I/O floor
# on one large generated workspace. See tests/bench/README.md.
#
#   tests/bench/run_bench.sh [--binary PATH] [--data DIR] [--out DIR]
#                            [--runs N] [--sample K] [--regen] [--no-rescans]
#
# --binary  the releasedeck to measure (default build/release/app/releasedeck)
# --data    where the workspace is generated and cached (default build/bench-data)
# --out     where outputs and the report go (default build/bench-results)
# --runs    releasedeck and floor runs; the median is reported (default 3)
# --sample  read only every K-th chart tag in the git-CLI script and
#           extrapolate its time linearly (default: read all of them)
# --regen   generate the workspace again even if a current one is cached
# --no-rescans  skip the rescans with the scan cache (rescans.sh) on this
#           workspace and on the demo workspace
#
# Builds nothing. Prints a markdown report and writes it to OUT/report.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=$root/build/release/app/releasedeck
data=$root/build/bench-data
out=$root/build/bench-results
runs=3 sample=1 regen=0 rescans=1
while [[ $# -gt 0 ]]; do
    case $1 in
        --binary) binary=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --sample) sample=$2; shift 2 ;;
        --regen) regen=1; shift ;;
        --no-rescans) rescans=0; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
binary=$(realpath "$binary")
[[ -x $binary ]] || { echo "no releasedeck binary at $binary (build it first)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
mkdir -p "$out"
report=$out/report.md
: > "$report"
say() { printf '%s\n' "$*" | tee -a "$report"; }

to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<< "$1"; }
elapsed() { to_seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1")"; }
maxrss() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# ---- header ---------------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
say "# ReleaseDeck scan benchmark"
say ""
say "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
say "- machine: $(nproc) CPUs ($cpu), $mem RAM, $(uname -sr)"
say "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
say "- git: $(git --version | cut -d' ' -f3); releasedeck: $binary"
say "- workspace: $data/releasedeck.yaml"
say ""

# ---- workspace --------------------------------------------------------------
# The same cache rule as the GUI benchmarks: one script keeps it.
regen_arg=()
[[ $regen == 1 ]] && regen_arg=(--regen)
say "$("$here/ensure_workspace.sh" "$data" "${regen_arg[@]}" 2> "$out/generate.log")"
say ""
say '```'
say "$(cat "$data/generated.json")"
say '```'
say ""

# ---- releasedeck --------------------------------------------------------------
ws=$data/releasedeck.yaml
rd_walls=() rd_rss=()
for ((i = 1; i <= runs; i++)); do
    # --no-cache: the cold scan, whatever an earlier run left in the cache.
    /usr/bin/time -v -o "$out/time-releasedeck-$i" "$binary" scan -w "$ws" --json --no-cache > "$out/releasedeck.json"
    rd_walls+=("$(elapsed "$out/time-releasedeck-$i")")
    rd_rss+=("$(maxrss "$out/time-releasedeck-$i")")
    echo "releasedeck run $i: ${rd_walls[-1]} s, max RSS $(mb "${rd_rss[-1]}") MB" >&2
done
rd_wall=$(median "${rd_walls[@]}")
rd_rssm=$(median "${rd_rss[@]}")

# ---- I/O floor ------------------------------------------------------------------
"$here/floor.sh" "$ws" --runs "$runs" | tee "$out/floor.log" >&2
floor_line=$(grep '^FLOOR ' "$out/floor.log")
fl_wall=$(sed 's/.*wall_s=\([^ ]*\).*/\1/' <<< "$floor_line")
fl_rss=$(sed 's/.*rss_kb=\([^ ]*\).*/\1/' <<< "$floor_line")
fl_blobs=$(sed 's/.*blobs=\([^ ]*\).*/\1/' <<< "$floor_line")
fl_bytes=$(sed 's/.*bytes=\([^ ]*\).*/\1/' <<< "$floor_line")

# ---- git CLI -----------------------------------------------------------------------
gc_args=()
(( sample > 1 )) && gc_args=(--sample "$sample")
echo "git-CLI script: running (this takes a while)..." >&2
/usr/bin/time -v -o "$out/time-gitcli" "$here/gitcli_scan.sh" "$ws" "$out/gitcli.json" "${gc_args[@]}"
gc_wall=$(elapsed "$out/time-gitcli")
gc_rss=$(maxrss "$out/time-gitcli")
timing=$out/gitcli.json.timing
gc_extra=$(python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); print(t["extrapolated"], t["distinctShas"], t["tagContainsCalls"], t["chartTagsRead"], t["chartTags"])' "$timing")
read -r gc_extrap gc_shas gc_contains gc_read gc_all <<< "$gc_extra"

# ---- report -------------------------------------------------------------------
say "## Results"
say ""
say "| tool | wall s | peak RSS MB | ratio vs releasedeck |"
say "|---|---:|---:|---:|"
say "| releasedeck \`scan --json\` (median of $runs: ${rd_walls[*]}) | $rd_wall | $(mb "$rd_rssm") | 1.00 |"
if (( sample > 1 )); then
    say "| git CLI script, SAMPLED every ${sample}th chart tag ($gc_read of $gc_all), measured | $gc_wall | $(mb "$gc_rss") | $(ratio "$gc_wall" "$rd_wall") |"
    say "| git CLI script, linear EXTRAPOLATION to all $gc_all chart tags | $gc_extrap | - | $(ratio "$gc_extrap" "$rd_wall") |"
else
    say "| git CLI script (1 run, all $gc_all chart tags) | $gc_wall | $(mb "$gc_rss") | $(ratio "$gc_wall" "$rd_wall") |"
fi
say "| I/O floor: \`git cat-file --batch\`, $fl_blobs blobs, $(mb $((fl_bytes / 1024))) MB (median of $runs) | $fl_wall | $(mb "$fl_rss") | $(ratio "$fl_wall" "$rd_wall") |"
say ""
say "Peak RSS is the largest single process (GNU time's maximum resident set size; for the"
say "git-CLI script that is its largest git or python3 child). All runs are warm-cache."
say "git-CLI phases (seconds):"
say ""
say '```'
say "$(cat "$timing")"
say '```'
say ""
say "The git-CLI script ran $gc_contains \`git tag --contains\` (one per distinct resolved commit) and"
say "resolved $gc_shas distinct (repository, sha) pairs with \`rev-parse --disambiguate\` + \`rev-parse --verify SHA^{commit}\`."
say ""
say "## Sanity: releasedeck vs git CLI output"
say ""
python3 "$here/compare_scans.py" "$out/releasedeck.json" "$out/gitcli.json" --examples 3 | tee -a "$report"
say ""
# ---- rescans with the scan cache ----------------------------------------------------
if [[ $rescans == 1 ]]; then
    demo=$out/demo
    rm -rf "$demo"
    demo_ws=$("$binary" demo init "$demo")
    "$here/floor.sh" "$demo_ws" --runs "$runs" > "$out/floor-demo.log" 2>&1 || true
    demo_floor=$(sed -n 's/^FLOOR wall_s=\([^ ]*\) rss_kb=\([^ ]*\).*/\1 s, \2 kB/p' "$out/floor-demo.log")
    demo_gc=n/a
    if /usr/bin/time -v -o "$out/time-gitcli-demo" "$here/gitcli_scan.sh" "$demo_ws" "$out/gitcli-demo.json" > /dev/null 2>&1; then
        demo_gc="$(elapsed "$out/time-gitcli-demo") s, $(mb "$(maxrss "$out/time-gitcli-demo")") MB"
    fi
    say "## Rescans with the scan cache"
    say ""
    say "Median of $runs runs (each run in brackets). Wall is the whole process (GNU time), JSON"
    say "output to /dev/null included; scan is \`Scanner::scan\` from the scan's log, JSON excluded."
    say "The first scan into an empty cache also writes the cache, and the process waits for"
    say "the commit-graph written after the scan."
    say ""
    say "| workspace: scan | wall s | scan ms | peak RSS MB | charts read | commits walked |"
    say "|---|---:|---:|---:|---:|---:|"
    "$here/rescans.sh" "$binary" "$ws" "$out" --runs "$runs" --label large > "$out/rescans-large.md"
    "$here/rescans.sh" "$binary" "$demo_ws" "$out" --runs "$runs" --label demo > "$out/rescans-demo.md"
    say "$(grep '^|' "$out/rescans-large.md")"
    say "$(grep '^|' "$out/rescans-demo.md")"
    say ""
    say "$(grep '^RATIO' "$out/rescans-large.md" "$out/rescans-demo.md" | sed 's/^[^:]*:RATIO /- /')"
    say "- the large workspace's git-CLI script and floor: the tables above; the demo's floor: $demo_floor; its git-CLI script: $demo_gc"
    say ""
fi

say "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
say "Outputs: $out/releasedeck.json, $out/gitcli.json; this report: $report"
