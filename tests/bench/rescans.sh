#!/usr/bin/env bash
# Rescans with the scan cache on one workspace, in a scratch copy of it:
# cold (--no-cache), first scan into an empty cache (which writes the cache
# and, after the scan, a commit-graph), warm rescan of the unchanged
# workspace, and a rescan after one new OSS release tag and one new chart
# tag. Each is timed with GNU time (wall, peak RSS) and with the scan's own
# log (the Scanner::scan time, JSON output excluded).
#
#   tests/bench/rescans.sh BINARY WORKSPACE OUT [--runs N] [--label NAME]
#
# The repositories are cloned with --shared into OUT/scratch-NAME (their
# objects are not copied and never changed); the cache lives in
# OUT/cache-NAME. Prints markdown table rows:
#   | NAME: what | wall s | scan ms | peak RSS MB | charts read | commits walked |
set -euo pipefail

[[ $# -ge 3 ]] || { sed -n '2,15p' "$0" >&2; exit 2; }
binary=$(realpath "$1") ws=$(realpath "$2") out=$(realpath -m "$3")
shift 3
runs=3 label=workspace
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --label) label=$2; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
scratch=$out/scratch-$label cache=$out/cache-$label logs=$out/rescans-$label
rm -rf "$scratch" "$cache" "$logs"
mkdir -p "$scratch" "$logs"

# The workspace file with each repository replaced by a shared bare clone;
# prints the release repository, the charts repository and the first chart
# tag template ("openhands/{version}").
read -r oss_repo charts_repo chart_template < <(python3 - "$ws" "$scratch" <<'PY'
import os, re, subprocess, sys, yaml
ws, scratch = sys.argv[1], sys.argv[2]
text = open(ws).read()
doc = yaml.safe_load(text)
base = os.path.dirname(ws)
paths = {}
for repo in doc['repos']:
    src = os.path.normpath(os.path.join(base, repo['path']))
    dst = os.path.join(scratch, 'repos', repo['id'] + '.git')
    subprocess.run(['git', 'clone', '-q', '--bare', '--shared', src, dst], check=True)
    paths[repo['id']] = dst
    text = re.sub(r'(\n\s*path:\s*)' + re.escape(repo['path']) + r'\s*\n', lambda m: m.group(1) + dst + '\n', text, count=1)
open(os.path.join(scratch, 'releasedeck.yaml'), 'w').write(text)
chart = next(c for c in doc['components'] if c.get('kind') == 'chart')
release = next(r['id'] for r in doc['repos'] if r.get('releaseTags'))
print(paths[release], paths[chart['repo']], chart['tags'])
PY
)
sws=$scratch/releasedeck.yaml

to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<< "$1"; }
elapsed() { to_seconds "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1")"; }
maxrss() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1"; }
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
scan_ms() { sed -n 's/.*releasedeck.scan: scan: \([0-9]*\) ms.*/\1/p; s/^scan: \([0-9]*\) ms.*/\1/p' "$1" | tail -1; }
field() { sed -n "s/.*$2: \([0-9]*\).*/\1/p" "$1" | tail -1; }

# One timed scan: NAME-i files in the log folder; extra arguments go to scan.
scan() {
    local name=$1; shift
    QT_LOGGING_RULES=releasedeck.scan.info=true XDG_CACHE_HOME=$cache \
        /usr/bin/time -v -o "$logs/$name.time" "$binary" scan -w "$sws" --json "$@" > /dev/null 2> "$logs/$name.log"
}
declare -A walls scans rsss reads walks
record() {
    local kind=$1 name=$2
    walls[$kind]+="$(elapsed "$logs/$name.time") " scans[$kind]+="$(scan_ms "$logs/$name.log") "
    rsss[$kind]+="$(maxrss "$logs/$name.time") "
    reads[$kind]=$(field "$logs/$name.log" "charts read") walks[$kind]=$(field "$logs/$name.log" "commits walked")
}

next_major() { # the major above every X.Y.Z in the tag list on stdin
    sed -n 's/^\(.*\/\)\{0,1\}\([0-9][0-9]*\)\.[0-9][0-9]*\.[0-9][0-9]*$/\2/p' | sort -n | tail -1 | awk '{ print $1 + 1 }'
}
new_release="$(git -C "$oss_repo" tag --list | next_major).0.0"
chart_prefix=${chart_template%\{version\}}
new_chart="$chart_prefix$(git -C "$charts_repo" tag --list "$chart_prefix*" | sed "s|^$chart_prefix||" | next_major).0.0"
# A commit of the charts repository no tag names and that is not HEAD: its
# tree has not been read.
chart_commit=$(git -C "$charts_repo" rev-list --max-count=200 HEAD~1 | while read -r c; do
    [[ -z $(git -C "$charts_repo" tag --points-at "$c") ]] && { echo "$c"; break; }; done)

for ((i = 1; i <= runs; i++)); do
    scan "cold-$i" --no-cache; record cold "cold-$i"
done
for ((i = 1; i <= runs; i++)); do
    rm -rf "$cache"
    scan "first-$i"; record first "first-$i"
done
for ((i = 1; i <= runs; i++)); do
    scan "warm-$i"; record warm "warm-$i"
done
for ((i = 1; i <= runs; i++)); do
    git -C "$oss_repo" tag "$new_release" HEAD
    git -C "$charts_repo" tag "$new_chart" "$chart_commit"
    scan "newtag-$i"; record newtag "newtag-$i"
    git -C "$oss_repo" tag -d "$new_release" > /dev/null
    git -C "$charts_repo" tag -d "$new_chart" > /dev/null
    scan "restore-$i" # back to the cache of the workspace without them (untimed)
done

row() {
    local kind=$1 what=$2
    # shellcheck disable=SC2086
    printf '| %s: %s | %s (%s) | %s (%s) | %s | %s | %s |\n' "$label" "$what" \
        "$(median ${walls[$kind]})" "$(echo ${walls[$kind]} | tr ' ' '/')" \
        "$(median ${scans[$kind]})" "$(echo ${scans[$kind]} | tr ' ' '/')" \
        "$(mb "$(median ${rsss[$kind]})")" "${reads[$kind]}" "${walks[$kind]}"
}
row cold "cold scan, \`--no-cache\`"
row first "first scan, empty cache (writes it and the commit-graph)"
row warm "warm rescan, unchanged"
row newtag "rescan after new tags $new_release and $new_chart"
# shellcheck disable=SC2086
echo "RATIO $label warm/cold scan time: $(awk -v w="$(median ${scans[warm]})" -v c="$(median ${scans[cold]})" 'BEGIN { printf "%.1f %%", 100 * w / c }')"
