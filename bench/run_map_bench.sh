#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Patchbay authors
#
# `patchbay-cli map` side by side with the nlohmann parse-and-serialise floor, gojq, jq and
# JSONata on the same JSON Lines stream of the shared benchmark material. Prints a Markdown
# table of medians and ratios. Usage: bench/run_map_bench.sh [PAYLOADS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
payloads="${1:-20000}"
runs="${2:-5}"
shared="${PATCHBAY_SHARED_DIR:-$(cd .. && pwd)/shared}/bench"
out=build/bench-map
mkdir -p "$out"

PATCHBAY_WITH_PEERS=1 scripts/install-deps.sh
cmake -S . -B build/release-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPATCHBAY_GUI=OFF \
    -DPATCHBAY_TESTS=OFF -DPATCHBAY_BENCH=ON >/dev/null
cmake --build build/release-bench --target patchbay-cli nlohmann_floor >/dev/null
cli=build/release-bench/app/patchbay-cli
floor=build/release-bench/bench/nlohmann_floor

python3 "$shared/gen_stream.py" "$payloads" > "$out/stream.jsonl"
if [ ! -d "$out/node_modules/jsonata" ]; then
    (cd "$out" && npm install --silent --no-audit --no-fund jsonata@2 >/dev/null 2>&1) || true
fi

declare -A commands=(
    [floor]="$floor < $out/stream.jsonl > /dev/null"
    [patchbay]="$cli map --mapping $shared/mapping-set.json --schema $shared/schema.json --fixed-ids --fixed-clock $out/stream.jsonl > /dev/null 2>$out/patchbay.err || true"
    [gojq]="gojq -c -f $shared/map.jq < $out/stream.jsonl > /dev/null"
    [jq]="jq -c -f $shared/map.jq < $out/stream.jsonl > /dev/null"
)
order=(floor patchbay gojq jq)
if [ -d "$out/node_modules/jsonata" ]; then
    commands[jsonata]="NODE_PATH=$out/node_modules node $shared/run_jsonata.js < $out/stream.jsonl > /dev/null"
    order+=(jsonata)
fi

# Interleave the contenders run by run so that machine noise hits them alike. Wall time, CPU
# time (user + system) and peak memory of each run.
declare -A times cpus peaks
for ((run = 1; run <= runs; ++run)); do
    for name in "${order[@]}"; do
        /usr/bin/time -o "$out/time.txt" -f "%e %U %S %M" bash -c "${commands[$name]}"
        read -r wall user system kilobytes < "$out/time.txt"
        times[$name]+="$wall "
        cpus[$name]+="$(echo "$user + $system" | bc) "
        peaks[$name]+="$kilobytes "
    done
done

median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
floor_median=$(echo "${times[floor]}" | median)
floor_cpu=$(echo "${cpus[floor]}" | median)
bytes=$(stat -c %s "$out/stream.jsonl")
messages=$($cli map --mapping "$shared/mapping-set.json" --schema "$shared/schema.json" \
    "$out/stream.jsonl" 2>/dev/null | wc -l || true)
echo "Stream: $payloads payloads, $((bytes / 1024)) KiB, $messages messages from patchbay; median of $runs runs."
echo
echo "| contender | wall s | CPU s | peak MiB | payloads/s | × floor, wall | × floor, CPU |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for name in "${order[@]}"; do
    m=$(echo "${times[$name]}" | median)
    c=$(echo "${cpus[$name]}" | median)
    k=$(echo "${peaks[$name]}" | median)
    printf '| %s | %.3f | %.3f | %.0f | %.0f | %.2f | %.2f |\n' "$name" "$m" "$c" \
        "$(echo "$k / 1024" | bc -l)" "$(echo "$payloads / $m" | bc -l)" \
        "$(echo "$m / $floor_median" | bc -l)" "$(echo "$c / $floor_cpu" | bc -l)"
done
