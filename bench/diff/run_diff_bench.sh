#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Patchbay authors
#
# Times `patchbay-cli diff` side by side with GNU diff on the same pair of pretty-printed
# documents (and, on request, jsondiffpatch on Node), then prints a markdown table of medians.
#
#   bench/diff/run_diff_bench.sh [--profiles N] [--runs R] [--jsondiffpatch]
#
# PATCHBAY_CLI names the patchbay-cli to time (default: build/app/patchbay-cli in the
# repository), PATCHBAY_SHARED_DIR the shared folder with gen_diff_pair.py (default: ../shared
# beside the repository). Runs of the contenders are interleaved, so a load that comes and goes
# on a shared machine hits them alike. jsondiffpatch is installed with npm into
# ~/.cache/patchbay-bench on first use and runs once: it takes seconds to minutes and gigabytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cli="${PATCHBAY_CLI:-$repo/build/app/patchbay-cli}"
shared="${PATCHBAY_SHARED_DIR:-$repo/../shared}"
profiles=20000
runs=5
with_jsondiffpatch=0

while [[ $# -gt 0 ]]; do
    case "$1" in
        --profiles) profiles="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --jsondiffpatch) with_jsondiffpatch=1; shift ;;
        *) echo "usage: $0 [--profiles N] [--runs R] [--jsondiffpatch]" >&2; exit 2 ;;
    esac
done

for needed in "$cli" "$shared/bench/gen_diff_pair.py" /usr/bin/time; do
    if [[ ! -e "$needed" ]]; then
        echo "missing: $needed (build patchbay-cli first, or set PATCHBAY_CLI / PATCHBAY_SHARED_DIR)" >&2
        exit 2
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$shared/bench/gen_diff_pair.py" "$profiles" "$work/A.json" "$work/B.json"

# time_once NAME COMMAND...: appends "seconds kilobytes" of one run to $work/NAME.times.
time_once() {
    local name="$1"
    shift
    /usr/bin/time -f "%e %M" -o "$work/last.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
    tail -n 1 "$work/last.time" >> "$work/$name.times"
}

for ((run = 0; run < runs; ++run)); do
    time_once gnu-diff diff "$work/A.json" "$work/B.json"
    time_once patchbay "$cli" diff "$work/A.json" "$work/B.json" --key /=_id
    time_once patchbay-patch "$cli" diff "$work/A.json" "$work/B.json" --key /=_id --format patch
done

if [[ $with_jsondiffpatch -eq 1 ]]; then
    if command -v node > /dev/null && command -v npm > /dev/null; then
        cache="${XDG_CACHE_HOME:-$HOME/.cache}/patchbay-bench"
        mkdir -p "$cache"
        if [[ ! -d "$cache/node_modules/jsondiffpatch" ]]; then
            (cd "$cache" && npm install --no-audit --no-fund --silent jsondiffpatch@0.7)
        fi
        # The script imports jsondiffpatch by name, so it runs from beside node_modules.
        cp "$shared/bench/run_jsondiffpatch.mjs" "$cache/"
        time_once jsondiffpatch node "$cache/run_jsondiffpatch.mjs" "$work/A.json" "$work/B.json"
    else
        echo "node or npm not found: jsondiffpatch left out" >&2
    fi
fi

# median NAME COLUMN: the median of one column of NAME's runs.
median() {
    sort -n -k "$2" "$work/$1.times" | awk -v col="$2" '{ v[NR] = $col }
        END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

size_a=$(du -m "$work/A.json" | cut -f1)
size_b=$(du -m "$work/B.json" | cut -f1)
echo "Two documents of $profiles profiles (${size_a} MB and ${size_b} MB), $(nproc) cores, median of the runs:"
echo
echo "| contender | runs | seconds | peak memory (MiB) |"
echo "| --- | --- | --- | --- |"
row() {
    local name="$1" label="$2"
    [[ -s "$work/$name.times" ]] || return 0
    local seconds kb
    seconds=$(median "$name" 1)
    kb=$(median "$name" 2)
    printf '| %s | %d | %.2f | %d |\n' "$label" "$(wc -l < "$work/$name.times")" "$seconds" \
        "$((${kb%.*} / 1024))"
}
row gnu-diff "GNU diff, line by line (not structural)"
row patchbay "patchbay-cli diff --key /=_id (text report)"
row patchbay-patch "patchbay-cli diff --key /=_id --format patch"
row jsondiffpatch "jsondiffpatch 0.7 on Node $(node --version 2>/dev/null || echo '?'), objectHash on _id"
echo
echo "patchbay-cli: $(tail -n 1 "$work/patchbay.out")"
