#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Patchbay authors
#
# Builds everything with warnings as errors, checks formatting, runs every test headless, and
# gives each fuzzer a short run on its own instrumented build.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

echo "== formatting (clang-format, .clang-format)"
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
unformatted=()
for file in "${sources[@]}"; do
    if ! clang-format --dry-run -Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done
if [ ${#unformatted[@]} -gt 0 ]; then
    printf 'Not clang-formatted (run clang-format -i):\n'
    printf '  %s\n' "${unformatted[@]}"
    exit 1
fi
echo "${#sources[@]} files formatted"

echo "== build (warnings are errors)"
cmake --preset ci >/dev/null
cmake --build --preset ci

echo "== tests"
ctest --preset ci

echo "== fuzz smoke run"
scripts/fuzz.sh "${PATCHBAY_FUZZ_SECONDS:-20}"
