#!/usr/bin/env bash
# Builds CampaignForge and runs the whole test suite with ctest.
# The ci preset (warnings as errors) is used when CI is set, dev otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=dev
[ -n "${CI:-}" ] && preset=ci
scripts/build.sh "$preset"
ctest --preset "$preset" "$@"
