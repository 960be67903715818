#!/usr/bin/env bash
# The I/O floor of a scan: reading, once, every distinct Chart.yaml and
# values*.yaml blob found at any chart release tag, with one
# `git cat-file --batch` per repository and nothing else.
#
#   floor.sh WORKSPACE [--runs N]
#
# Collecting the blob ids (for-each-ref, ls-tree -r per distinct tagged
# commit) is not timed. The timed part is `git cat-file --batch < ids >
# /dev/null`, measured with /usr/bin/time -v, N times (default 3); the
# median wall time is reported. The last line is machine-readable:
#   FLOOR wall_s=... rss_kb=... blobs=... bytes=... runs=...
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ws= runs=3
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) ws=$1; shift ;;
    esac
done
[[ -n $ws ]] || { echo "usage: floor.sh WORKSPACE [--runs N]" >&2; exit 2; }
ws=$(realpath "$ws")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

python3 "$here/gitcli_lib.py" workspace "$ws" "$work"
declare -A repo_path
while IFS=$'\t' read -r id path; do repo_path[$id]=$path; done < "$work/repos.tsv"

# ---- untimed: the blob ids ---------------------------------------------
declare -A chart_repos
while IFS='|' read -r comp repo pre suf names; do
    chart_repos[$repo]=1
    git -C "${repo_path[$repo]}" for-each-ref refs/tags --format='%(refname:strip=2)%09%(objecttype)%09%(objectname)%09%(*objectname)' |
        awk -F'\t' -v pre="$pre" -v suf="$suf" '
            length($1) > length(pre) + length(suf) && substr($1, 1, length(pre)) == pre &&
            substr($1, length($1) - length(suf) + 1) == suf { print ($2 == "tag" ? $4 : $3) }' \
        >> "$work/commits-$repo"
done < "$work/charts.tsv"

for repo in "${!chart_repos[@]}"; do
    rpath=${repo_path[$repo]}
    sort -u "$work/commits-$repo" | while read -r c; do
        git -C "$rpath" ls-tree -r --full-tree "$c" 2>/dev/null || true
    done | awk -F'\t' '{
            n = split($2, parts, "/"); base = parts[n]; split($1, m, " ")
            if (m[2] != "blob" || m[1] == "120000") next
            if (base == "Chart.yaml" || (base ~ /^values/ && base ~ /\.ya?ml$/)) print m[3]
        }' | sort -u > "$work/blobs-$repo"
done

blobs=0 bytes=0
for repo in "${!chart_repos[@]}"; do
    n=$(wc -l < "$work/blobs-$repo")
    b=$(git -C "${repo_path[$repo]}" cat-file --batch-check='%(objectsize)' < "$work/blobs-$repo" | awk '{ s += $1 } END { print s + 0 }')
    blobs=$((blobs + n)); bytes=$((bytes + b))
done
echo "floor: $blobs distinct Chart.yaml/values blobs, $bytes bytes, at the chart tags of ${!chart_repos[*]}"

# ---- timed: git cat-file --batch -----------------------------------------
to_seconds() { # h:mm:ss.ss or m:ss.ss
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.3f", s }' <<< "$1"
}
walls=() rss_max=0
for ((i = 1; i <= runs; i++)); do
    wall=0
    for repo in "${!chart_repos[@]}"; do
        /usr/bin/time -v -o "$work/time" git -C "${repo_path[$repo]}" cat-file --batch \
            < "$work/blobs-$repo" > /dev/null
        e=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
        r=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
        wall=$(awk -v a="$wall" -v b="$(to_seconds "$e")" 'BEGIN { printf "%.3f", a + b }')
        (( r > rss_max )) && rss_max=$r
    done
    walls+=("$wall")
    echo "floor: run $i: ${wall}s, max RSS ${rss_max} kB"
done
median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "FLOOR wall_s=$median rss_kb=$rss_max blobs=$blobs bytes=$bytes runs=$runs"
