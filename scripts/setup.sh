#!/usr/bin/env bash
# Installs the Debian 12 packages ReleaseDeck needs to build, run and test.
# Idempotent: only missing packages are installed.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git time python3 python3-yaml
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6 libqt6opengl6-dev libgl-dev
    libgit2-dev libyaml-cpp-dev libarchive-dev catch2
    fonts-dejavu-core
    skopeo docker-registry apache2-utils openssl poppler-utils
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon
    librsvg2-bin groff-base man-db dpkg-dev file desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
    "${sudo_cmd[@]}" apt-get update
    "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
