#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, build/fuzz) and fuzzes each for
# MINUTES minutes, one target at a time, at low priority.
#
#     tests/fuzz/run.sh MINUTES [TARGET...]
#
# New inputs go to build/fuzz/corpus/TARGET (the committed seeds in
# tests/fuzz/corpus are read, never written); crashes, hangs and
# out-of-memory inputs to build/fuzz/artifacts; logs to build/fuzz/logs.
# A target that crashes is started again for the rest of its time. The
# figures of every run are appended to build/fuzz/results.md.
#
# Environment: FUZZ_JOBS (build jobs, 2), FUZZ_ARGS (more libFuzzer flags),
# FUZZ_STOP_AT_KNOWN (do not step around the findings in found/).
set -euo pipefail
minutes="${1:?usage: tests/fuzz/run.sh MINUTES [TARGET...]}"
shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build/fuzz"
all=(version blockyaml workspace manifest oci chart)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

if [ ! -f "$build/build.ninja" ]; then
    nice -n 10 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 -DRELEASEDECK_FUZZ=ON -DBUILD_TESTING=ON
fi
nice -n 10 cmake --build "$build" -j "${FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

mkdir -p "$build/artifacts" "$build/logs"
# Findings already kept in tests/fuzz/found are stepped around (see
# README.md); FUZZ_STOP_AT_KNOWN=1 stops at them instead.
if [ -z "${FUZZ_STOP_AT_KNOWN:-}" ]; then
    export RELEASEDECK_FUZZ_SKIP_KNOWN=1
fi
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:malloc_context_size=8:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
if [ -x /usr/bin/llvm-symbolizer-14 ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
fi

results="$build/results.md"
[ -f "$results" ] || printf '| target | executions | cov | ft | corpus | seconds | runs | crashes |\n|---|---:|---:|---:|---:|---:|---:|---:|\n' >"$results"

for t in "${targets[@]}"; do
    work="$build/corpus/$t"
    mkdir -p "$work"
    start=$(date +%s)
    deadline=$((start + minutes * 60))
    runs=0
    crashes=0
    execs=0
    last=""
    while :; do
        left=$((deadline - $(date +%s)))
        [ "$left" -gt 10 ] || break
        runs=$((runs + 1))
        log="$build/logs/$t-$(date +%Y%m%d-%H%M%S).log"
        last="$log"
        status=0
        # shellcheck disable=SC2086
        nice -n 10 "$build/tests/fuzz/fuzz_$t" -max_total_time="$left" -max_len=65536 -timeout=25 \
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" \
            ${FUZZ_ARGS:-} "$work" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1 || status=$?
        # Executions: the final statistics, or the last status line when it stopped on a crash.
        n=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
        [ -n "$n" ] || n=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
        execs=$((execs + ${n:-0}))
        if [ "$status" -eq 0 ]; then
            break
        fi
        crashes=$((crashes + 1))
        echo "fuzz_$t stopped ($status); see $log" >&2
        grep -m1 -E 'ERROR: |fuzz check failed|runtime error' "$log" >&2 || true
        [ "$runs" -lt 30 ] || break
    done
    seconds=$(($(date +%s) - start))
    final=$(grep -E '^#[0-9]+.*(cov|ft): ' "$last" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$final")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$final")
    corpus=$(find "$work" -type f | wc -l)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$t" "$execs" "${cov:-?}" "${ft:-?}" "$corpus" \
        "$seconds" "$runs" "$crashes" | tee -a "$results"
done
