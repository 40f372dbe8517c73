#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Patchbay authors
#
# Installs the Debian 12 packages Patchbay needs to build, test and run, when they are missing.
# Non-interactive, without recommended packages; packages that recommends would have pulled in
# (the SQLite driver, the fonts) are named.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git python3
    clang clang-format libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6
    libqscintilla2-qt6-dev qtkeychain-qt6-dev nlohmann-json3-dev
    libgtest-dev libbenchmark-dev libgl-dev
    fonts-dejavu-core xvfb xauth dbus dbus-daemon gnome-keyring
)
if [ "${PATCHBAY_WITH_PEERS:-0}" = 1 ]; then
    # The peers of the side-by-side benchmarks. Node.js may come from elsewhere already.
    packages+=(jq gojq bc time wrk curl)
    command -v node >/dev/null || packages+=(nodejs)
    command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
