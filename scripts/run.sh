#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Patchbay authors
#
# Builds Patchbay and starts it on the bundled sample workspace. Without a display it says so
# and previews the sample's payloads on the command line instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

workspace="resources/sample-workspace"
if [ -x build/release/app/patchbay ]; then
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
        exec build/release/app/patchbay --workspace "$workspace" "$@"
    fi
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."
    echo "To run headless: QT_QPA_PLATFORM=offscreen build/release/app/patchbay --workspace $workspace --screenshot shot.png"
    echo "or under a virtual display: xvfb-run -a build/release/app/patchbay --workspace $workspace"
    echo "Meanwhile, here is what the command line makes of the sample payloads:"
fi
for payload in "$workspace"/payloads/*.json; do
    echo "== $payload"
    build/release/app/patchbay-cli check --workspace "$workspace" "$payload" || true
done
echo "== preview of $workspace/payloads/guide-merge-identity-create.json"
build/release/app/patchbay-cli preview --workspace "$workspace" \
    --payload "$workspace/payloads/guide-merge-identity-create.json" || true
