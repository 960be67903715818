#!/bin/sh
# Runs a command in a D-Bus session of its own, with a GNOME keyring of its
# own, unlocked, serving the Secret Service: the system keychain as a
# desktop has it, without touching the user's. Used for keychain tests.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf "%s" keyring-for-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
