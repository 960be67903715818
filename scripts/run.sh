#!/usr/bin/env bash
# Sets everything up, builds ReleaseDeck (release) and runs it. With no
# arguments the GUI opens on the last workspace, or on the demo workspace.
# Arguments pass through: ./scripts/run.sh scan -w FILE --json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" >&2
build="$root/build/release"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >&2
fi
cmake --build "$build" >&2
exec "$build/app/releasedeck" "$@"
