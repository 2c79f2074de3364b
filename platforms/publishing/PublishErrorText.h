#pragma once

#include "platforms/publishing/PublishTypes.h"

#include <QString>

namespace cf {

// The translated words for each PublishErrorKind: what went wrong and what
// the user can do about it (context "cf::PublishErrorText").
struct PublishErrorText
{
    QString message;
    QString action;

    static PublishErrorText forKind(PublishErrorKind kind);
    // The message for an outcome, naming the platform's own words in the
    // details line when there are any.
    static QString describe(const PublishOutcome &outcome);
    // A stable id per kind ("rate_limited"), for logs, JSON and the CLI.
    static QString kindId(PublishErrorKind kind);
};

} // namespace cf
