#!/usr/bin/env bash
# Sets everything up, builds ReleaseDeck (release, without the tests) in
# build/package and makes the Debian package there with cpack; prints the
# package's path. Install it with: sudo apt install ./build/package/releasedeck_*.deb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" >&2
build="$root/build/package"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >&2
fi
cmake --build "$build" >&2
rm -f "$build"/releasedeck_*.deb
(cd "$build" && cpack -G DEB -B "$build") >&2
ls "$build"/releasedeck_*.deb
