#!/usr/bin/env bash
# Configures (once) and builds with a CMake preset: dev unless given.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
"$(dirname "$0")/deps.sh"
if [ ! -f "build/$preset/CMakeCache.txt" ]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset"
