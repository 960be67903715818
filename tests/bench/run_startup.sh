#!/usr/bin/env bash
# The start-up benchmark: process start to the first painted timeline on a
# fresh demo workspace, offscreen and, when Xvfb is installed, on an X server.
# See tests/bench/README.md.
#
#   tests/bench/run_startup.sh [--binary PATH] [--out DIR] [--runs N] [--display :N]
#
# --binary   the bench_startup to run (default build/release/tests/bench/bench_startup)
# --out      where the JSON lines and the report go (default build/bench-results)
# --runs     runs per platform; the median is reported (default 5)
# --display  the display number for the Xvfb it starts (default :98)
#
# Builds nothing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=$root/build/release/tests/bench/bench_startup
out=$root/build/bench-results
runs=5 display=:98
while [[ $# -gt 0 ]]; do
    case $1 in
        --binary) binary=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --display) display=$2; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
[[ -x $binary ]] || { echo "no bench_startup at $binary (build it first)" >&2; exit 1; }
mkdir -p "$out"
report=$out/startup.md
: > "$report"
say() { printf '%s\n' "$*" | tee -a "$report"; }

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
say "# ReleaseDeck start-up to the first painted timeline"
say ""
say "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
say "- machine: $(nproc) CPUs ($cpu), $(uname -sr); load average $(cut -d' ' -f1-3 /proc/loadavg)"
say ""

xvfb_pid=
cleanup() { if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

measure() { # name, then environment assignments
    local name=$1; shift
    local log=$out/startup-$name.log
    env "$@" "$binary" --runs "$runs" > "$out/startup-$name.json" 2> "$log"
    cat "$log" >&2
    say "$name: $(cat "$out/startup-$name.json")"
}

measure offscreen QT_QPA_PLATFORM=offscreen
if command -v Xvfb > /dev/null; then
    if [[ -e /tmp/.X${display#:}-lock ]]; then
        say "xcb: skipped, display $display is taken (pass --display)"
    else
        Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp > "$out/xvfb.log" 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
        measure xcb QT_QPA_PLATFORM=xcb DISPLAY="$display"
    fi
else
    say "xcb: skipped, Xvfb is not installed"
fi
say ""
say "Budget: 1000 ms from process start to the first painted timeline (medianLaunchToPaintMs)."
