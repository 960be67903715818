#!/usr/bin/env bash
# Sets everything up, builds ReleaseDeck with its tests and runs the whole
# ctest suite. Extra arguments go to ctest (e.g. -R scanner).
#
# --sanitize builds everything with AddressSanitizer and
# UndefinedBehaviorSanitizer in build/sanitize and runs the suite there; it
# may be combined with ctest arguments (--sanitize -R scanner).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sanitize=0
args=()
for arg in "$@"; do
    if [ "$arg" = --sanitize ]; then
        sanitize=1
    else
        args+=("$arg")
    fi
done
"$root/scripts/setup.sh"
if [ "$sanitize" -eq 0 ]; then
    build="$root/build/test"
    if [ ! -f "$build/build.ninja" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON
    fi
    cmake --build "$build"
    cd "$build"
    ctest --output-on-failure --timeout 900 -j "$(nproc)" ${args[@]+"${args[@]}"}
    exit
fi

# -O1 -g1 (line tables only): reports keep file:line, and the build takes
# about half the time that -O2 -g takes with the sanitizers.
build="$root/build/sanitize"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DRELEASEDECK_SANITIZE=ON
fi
cmake --build "$build"
# Every process the tests start inherits these, the releasedeck binary as
# much as the test executables. See tests/README.md.
. "$root/tests/sanitize/environment.sh"
cd "$build"
ctest --output-on-failure --timeout 900 -j "$(nproc)" ${args[@]+"${args[@]}"}
