#!/usr/bin/env bash
# The `releasedeck scan --json` fields computed the way a person would script
# them with the git CLI: one git process per question, answers cached only
# where the obvious script would cache them (values blobs by object id,
# `git tag --contains` by commit).
#
#   gitcli_scan.sh WORKSPACE OUT.json [--sample K] [--keep DIR]
#
# --sample K  reads only every K-th chart tag (in component, tag-name order)
#             and prints a linear extrapolation of the time to all of them.
# --keep DIR  keeps the intermediate files in DIR.
#
# All git data comes from git processes: for-each-ref (tags, commits, dates,
# annotated), ls-tree -r (Chart.yaml and values files at each chart tag),
# cat-file blob (their text), rev-parse --disambiguate / --verify SHA^{commit}
# (commit ids in image tags) and tag --contains (earliest release).
# gitcli_lib.py only parses text and writes JSON. Phase timings go to
# OUT.json.timing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lib="$here/gitcli_lib.py"

ws= out= sample=1 keep=
while [[ $# -gt 0 ]]; do
    case $1 in
        --sample) sample=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) if [[ -z $ws ]]; then ws=$1; elif [[ -z $out ]]; then out=$1; else echo "unexpected $1" >&2; exit 2; fi; shift ;;
    esac
done
[[ -n $ws && -n $out ]] || { echo "usage: gitcli_scan.sh WORKSPACE OUT.json [--sample K] [--keep DIR]" >&2; exit 2; }
ws=$(realpath "$ws")

if [[ -n $keep ]]; then
    work=$keep; rm -rf "$work"; mkdir -p "$work"
else
    work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/blobs"

now() { date +%s.%N; }
declare -A phase
t_start=$(now)
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
mark_phase() { local t; t=$(now); phase[$1]=$(calc "$t - $t_start"); t_start=$t; }

# ---- 1. repositories and their tags ------------------------------------
python3 "$lib" workspace "$ws" "$work"
declare -A repo_path
while IFS=$'\t' read -r id path; do
    repo_path[$id]=$path
    git -C "$path" rev-parse -q --verify HEAD > "$work/head-$id" || true
    git -C "$path" for-each-ref refs/tags --format='%(refname:strip=2)%09%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)%09%(taggerdate:iso-strict)%09%(*committerdate:iso-strict)%09%(committerdate:iso-strict)' \
        > "$work/tags-$id.tsv"
done < "$work/repos.tsv"
mark_phase tags

# ---- 2. chart tags: Chart.yaml by name, values files by blob ------------
# tasks: component, repo, tag, version text, commit, date
: > "$work/tasks.tsv"
while IFS='|' read -r comp repo pre suf names; do
    awk -F'\t' -v OFS='\t' -v comp="$comp" -v repo="$repo" -v pre="$pre" -v suf="$suf" '
        length($1) > length(pre) + length(suf) && substr($1, 1, length(pre)) == pre &&
        substr($1, length($1) - length(suf) + 1) == suf {
            if ($2 == "tag") { if ($4 != "commit") next; commit = $5; date = $6 }
            else { if ($2 != "commit") next; commit = $3; date = $8 }
            print comp, repo, $1, substr($1, length(pre) + 1, length($1) - length(pre) - length(suf)), commit, date
        }' "$work/tags-$repo.tsv" | sort -t$'\t' -k3,3 >> "$work/tasks.tsv"
done < "$work/charts.tsv"
declare -A chart_names
while IFS='|' read -r comp repo pre suf names; do chart_names[$comp]=" $names "; done < "$work/charts.tsv"
declare -A chart_main
while IFS='|' read -r comp repo pre suf names; do chart_main[$comp]=${names%% *}; done < "$work/charts.tsv"

all_tasks=$(wc -l < "$work/tasks.tsv")
if (( sample > 1 )); then
    awk -v k="$sample" '(NR - 1) % k == 0' "$work/tasks.tsv" > "$work/tasks.sampled"
    mv "$work/tasks.sampled" "$work/tasks.tsv"
fi
n_tasks=$(wc -l < "$work/tasks.tsv")

# Sets cy_name, cy_version, cy_app from a Chart.yaml blob: top-level keys,
# comments dropped, quotes removed.
clean() {
    local v=$1
    v=${v%%' #'*}
    v="${v#"${v%%[![:space:]]*}"}"
    v="${v%"${v##*[![:space:]]}"}"
    if [[ $v == \"*\" || $v == \'*\' ]]; then v=${v:1:${#v}-2}; fi
    REPLY=$v
}
read_chart_yaml() {
    cy_name= cy_version= cy_app=
    local l
    while IFS= read -r l; do
        case $l in
            name:*) clean "${l#name:}"; cy_name=$REPLY ;;
            version:*) clean "${l#version:}"; cy_version=$REPLY ;;
            appVersion:*) clean "${l#appVersion:}"; cy_app=$REPLY ;;
        esac
    done < <(git -C "$1" cat-file blob "$2")
}
fetch_blob() { # repo path, blob id
    [[ -e $work/blobs/$2 ]] || git -C "$1" cat-file blob "$2" > "$work/blobs/$2"
}

: > "$work/charts-out.tsv"; : > "$work/values.tsv"; : > "$work/chartfiles.tsv"
while IFS=$'\t' read -r comp repo tag vtext commit date; do
    rpath=${repo_path[$repo]}
    charts=() values=()
    declare -A vblob=()
    while IFS= read -r line; do
        meta=${line%%$'\t'*}; p=${line#*$'\t'}
        mode=${meta%% *}; rest=${meta#* }; type=${rest%% *}; oid=${rest#* }
        [[ $type == blob && $mode != 120000 ]] || continue
        base=${p##*/}
        if [[ $base == Chart.yaml ]]; then
            charts+=("$p"$'\t'"$oid")
        elif [[ $base == values* && ( $base == *.yaml || $base == *.yml ) ]]; then
            values+=("$p"$'\t'"$oid"); vblob[$p]=$oid
        fi
    done < <(git -C "$rpath" ls-tree -r --full-tree "$commit")
    found= places= version= app=
    for entry in "${charts[@]}"; do
        p=${entry%%$'\t'*}; oid=${entry#*$'\t'}
        read_chart_yaml "$rpath" "$oid"
        dir=${p%Chart.yaml}
        vb=${vblob[${dir}values.yaml]:--}
        printf '%s\t%s\t%s\t%s\n' "$tag" "$p" "$cy_name" "$vb" >> "$work/chartfiles.tsv"
        if [[ $vb != - ]]; then fetch_blob "$rpath" "$vb"; fi
        if [[ ${chart_names[$comp]} == *" $cy_name "* ]]; then
            if [[ -z $found ]]; then found=$p; version=$cy_version; app=$cy_app; fi
            places+="$p "
        fi
    done
    path=
    if [[ -n $found ]]; then
        path=${found%Chart.yaml}; path=${path%/}
        prefix=${path:+$path/}
        for entry in "${values[@]}"; do
            p=${entry%%$'\t'*}; oid=${entry#*$'\t'}
            [[ $p == "$prefix"* ]] || continue
            fetch_blob "$rpath" "$oid"
            printf '%s\t%s\t%s\t%s\t%s\n' "$comp" "$repo" "$tag" "$p" "$oid" >> "$work/values.tsv"
        done
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$comp" "$repo" "$tag" "$vtext" "$commit" "$date" \
        "${chart_main[$comp]}" "$path" "$version" "$app" "${places% }" >> "$work/charts-out.tsv"
    unset vblob
done < "$work/tasks.tsv"
mark_phase charts

# ---- 3. image references in the values text -----------------------------
python3 "$lib" images "$work" "$ws"
mark_phase images

# ---- 4. commit ids in image tags, in the repository that builds the image -
: > "$work/resolved.tsv"
while IFS=$'\t' read -r repo sha; do
    rpath=${repo_path[$repo]}
    mapfile -t cands < <(git -C "$rpath" rev-parse --disambiguate="$sha" 2>/dev/null || true)
    if (( ${#cands[@]} > 1 )); then
        printf '%s\t%s\tambiguous\t\n' "$repo" "$sha"
    elif (( ${#cands[@]} == 1 )) && c=$(git -C "$rpath" rev-parse -q --verify "$sha^{commit}" 2>/dev/null); then
        printf '%s\t%s\tresolved\t%s\n' "$repo" "$sha" "$c"
    else
        printf '%s\t%s\tnot-found\t\n' "$repo" "$sha"
    fi
done < "$work/shas.tsv" >> "$work/resolved.tsv"
mark_phase resolve

# ---- 5. earliest release: git tag --contains, once per distinct commit ----
: > "$work/contains.tsv"
n_contains=0
while IFS=$'\t' read -r repo commit; do
    n_contains=$((n_contains + 1))
    while IFS= read -r t; do
        printf '%s\t%s\t%s\n' "$repo" "$commit" "$t"
    done < <(git -C "${repo_path[$repo]}" tag --contains "$commit")
done < <(awk -F'\t' '$3 == "resolved" { print $1 "\t" $4 }' "$work/resolved.tsv" | sort -u) >> "$work/contains.tsv"
mark_phase contains

# ---- 6. JSON ----------------------------------------------------------------
python3 "$lib" assemble "$work" "$ws" "$out" "$sample"
mark_phase assemble

n_shas=$(wc -l < "$work/shas.tsv")
{
    echo "{"
    echo "  \"sample\": $sample, \"chartTags\": $all_tasks, \"chartTagsRead\": $n_tasks,"
    echo "  \"distinctShas\": $n_shas, \"tagContainsCalls\": $n_contains,"
    for k in tags charts images resolve contains assemble; do echo "  \"$k\": ${phase[$k]},"; done
    fixed=${phase[tags]}
    variable=$(calc "${phase[charts]} + ${phase[images]} + ${phase[resolve]} + ${phase[contains]} + ${phase[assemble]}")
    echo "  \"measured\": $(calc "$fixed + $variable"),"
    echo "  \"extrapolated\": $(calc "$fixed + $variable * $sample")"
    echo "}"
} > "$out.timing"
if (( sample > 1 )); then
    echo "gitcli_scan: SAMPLED every $sample-th chart tag ($n_tasks of $all_tasks); linear extrapolation to all tags: $(grep extrapolated "$out.timing" | tr -dc '0-9.') s" >&2
fi
