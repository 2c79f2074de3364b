#pragma once

#include "app/planning/ParsedInstruction.h"
#include "models/domain/Campaign.h"
#include "models/domain/ProductFacts.h"

#include <QDate>
#include <QString>

namespace cf {

// Everything the wizard collected: the brief as the owner corrected it (in the
// parser's shape, so the planner takes it unchanged), how much the app may do
// alone, and the brand and product the copy is written for.
struct CampaignCreationRequest
{
    ParsedInstruction brief;
    QDate referenceDate; // "today" for the planner
    AutomationLevel automation = AutomationLevel::Manual;

    // Brand kit of the workspace, remembered for the next campaign. Empty
    // values keep what the workspace has.
    QString businessName;
    QString tone; // "formal", "friendly" or "playful"
    ProductFacts product;
    QString logoFile;         // image file to use as the logo
    QString productPhotoFile; // image file of the product

    bool generateMedia = true; // creatives, voice-overs and videos after the copy
    quint64 seed = 1;
};

} // namespace cf
