#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real, unlocked
# gnome-keyring, so keychain tests never touch the user's own keyring.
set -euo pipefail
if [ -z "${CF_IN_PRIVATE_DBUS:-}" ]; then
    export CF_IN_PRIVATE_DBUS=1
    exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A throwaway password creates and unlocks the login keyring non-interactively.
eval "$(printf 'campaignforge-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
