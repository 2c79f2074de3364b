#!/usr/bin/env bash
# Builds CampaignForge and starts the GUI. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh dev
exec build/dev/app/gui/campaignforge "$@"
