#!/usr/bin/env bash
# Sets everything up, builds ReleaseDeck with its tests and runs the whole
# ctest suite. Extra arguments go to ctest (e.g. -R scanner).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
build="$root/build/test"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON
fi
cmake --build "$build"
cd "$build"
ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
