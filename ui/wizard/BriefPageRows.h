#pragma once

#include "models/domain/Campaign.h"

// Constants BriefPage's form and its behaviour share.
namespace cf::briefpage {

inline constexpr const char *kCurrencies[] = {"SAR", "AED", "KWD", "QAR", "BHD", "OMR",
                                              "EGP", "JOD", "USD", "EUR", "GBP"};

// The rows of the form, in order; each has a label and an "inferred" badge.
inline constexpr const char *kRows[] = {"platforms", "budget",        "audience",  "locations", "start_date",
                                        "duration_days", "campaign_type", "objective", "automation"};

inline constexpr cf::AutomationLevel kLevels[] = {cf::AutomationLevel::Manual, cf::AutomationLevel::SemiAutomatic,
                                                  cf::AutomationLevel::Automatic, cf::AutomationLevel::AiOptimized};

} // namespace cf::briefpage
