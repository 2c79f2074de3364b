#pragma once

#include "app/cli/CliCommand.h"

#include <QJsonObject>

namespace cf {
class Database;

// The `generate CAMPAIGN_ID --media` step: plans creatives, voice-overs and
// videos for the campaign's stored items, runs them (reusing cached assets)
// and fills *report with one entry per job. Missing tools are reported per
// job and once on stderr with install advice; images are still made. Returns
// cli::kFailed only when the campaign cannot be read or the fonts or tables
// are missing.
int generateCampaignMedia(const Database &database, qint64 campaignId, CliContext &context, QJsonObject *report);

} // namespace cf
