#pragma once

#include <QString>

namespace cf {

// Google Analytics campaign parameters for one item's link.
struct UtmParams
{
    QString source;   // platform id: instagram, mailchimp, ...
    QString medium;   // social, paid_social, email, blog
    QString campaign; // stable per campaign, e.g. "cf12-ramadan"
    QString content;  // per item, e.g. "item345-offer"
};

namespace utm {

// url with the utm_* parameters set (existing utm_* replaced, other query
// items and the fragment kept). An empty or non-http(s) url gives "".
QString withUtm(const QString &url, const UtmParams &params);
// Lower-case ASCII token for parameter values: letters, digits and '-'.
QString token(const QString &text);

} // namespace utm
} // namespace cf
