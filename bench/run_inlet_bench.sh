#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Patchbay authors
#
# Requests per second of the local inlet on loopback: wrk posts the sample's merge payload (with
# identity creation), for a new person each time, to `patchbay-cli serve` over 8 kept-alive
# connections, every request run through the pipeline and applied to a fresh emulated store. Then the store is checked: every
# answered request must have been applied. Usage: bench/run_inlet_bench.sh [SECONDS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"
runs="${2:-3}"
out=build/bench-inlet
mkdir -p "$out"

PATCHBAY_WITH_PEERS=1 scripts/install-deps.sh
cmake -S . -B build/release-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPATCHBAY_GUI=OFF \
    -DPATCHBAY_TESTS=OFF -DPATCHBAY_BENCH=ON >/dev/null
cmake --build build/release-bench --target patchbay-cli bench_inlet >/dev/null
cli=build/release-bench/app/patchbay-cli
workspace=resources/sample-workspace
payload="$workspace/payloads/guide-merge-identity-create.json"

# Every request is another person: the e-mail identity, and so the profile, differs, so the
# store grows by one profile and one identity graph per request.
cat > "$out/post.lua" <<LUA
local file = io.open("$payload", "r")
local template = file:read("*a")
file:close()
local counter = 0
request = function()
    counter = counter + 1
    local body = template:gsub("sampleEmail@gmail.com", "person" .. counter .. "@example.com")
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
LUA

for ((run = 1; run <= runs; ++run)); do
    rm -rf "$out/store"
    "$cli" serve --workspace "$workspace" --store "$out/store" --port 0 > "$out/serve.out" \
        2> "$out/serve.err" &
    server=$!
    for _ in $(seq 50); do grep -q listening "$out/serve.out" 2>/dev/null && break; sleep 0.1; done
    port=$(grep -o '127.0.0.1:[0-9]*' "$out/serve.out" | cut -d: -f2)
    wrk -t1 -c8 -d"${seconds}s" -s "$out/post.lua" "http://127.0.0.1:$port/collection/bench" \
        > "$out/wrk.txt"
    status=$(curl -s "http://127.0.0.1:$port/patchbay/status")
    kill -TERM "$server"
    wait "$server" || true
    rate=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
    sent=$(awk '/requests in/ {print $1}' "$out/wrk.txt")
    errors=$(grep -c -E 'Non-2xx|Socket errors' "$out/wrk.txt" || true)
    echo "run $run: $rate requests/s, $sent answered, server says $status, error lines: $errors"
done
echo
echo "Work behind one request, without HTTP (bench_inlet):"
build/release-bench/bench/bench_inlet 2>/dev/null | grep BM_
