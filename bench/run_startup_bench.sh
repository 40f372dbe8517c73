#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Patchbay authors
#
# Start-up to a usable window and memory: `patchbay --screenshot` opens the window on the
# sample workspace, waits for the first preview, saves a picture and quits. Timed whole process
# with /usr/bin/time, beside `patchbay-cli preview` of the same payload as the engine's share.
# Usage: bench/run_startup_bench.sh [RUNS] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
build="${2:-build/release}"
workspace=resources/sample-workspace
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

if [ ! -x "$build/app/patchbay" ]; then
    cmake --preset release >/dev/null && cmake --build --preset release >/dev/null
fi
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

window_s=(); window_kb=(); cli_s=(); cli_kb=()
for ((i = 0; i < runs; ++i)); do
    read -r s kb < <(/usr/bin/time -f "%e %M" "$build/app/patchbay" --workspace "$workspace" \
        --screenshot /tmp/patchbay-startup.png 2>&1 >/dev/null | tail -1)
    window_s+=("$s"); window_kb+=("$kb")
    read -r s kb < <(/usr/bin/time -f "%e %M" "$build/app/patchbay-cli" preview \
        --workspace "$workspace" --payload "$workspace/payloads/guide-create.json" 2>&1 \
        >/dev/null | tail -1)
    cli_s+=("$s"); cli_kb+=("$kb")
done
echo "| program | median s (start to first preview to quit) | median peak RSS MiB |"
echo "| --- | --- | --- |"
printf '| patchbay window (%s) | %s | %.0f |\n' "$QT_QPA_PLATFORM" \
    "$(printf '%s\n' "${window_s[@]}" | median)" \
    "$(echo "$(printf '%s\n' "${window_kb[@]}" | median) / 1024" | bc -l)"
printf '| patchbay-cli preview | %s | %.0f |\n' "$(printf '%s\n' "${cli_s[@]}" | median)" \
    "$(echo "$(printf '%s\n' "${cli_kb[@]}" | median) / 1024" | bc -l)"
