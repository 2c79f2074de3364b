#pragma once

#include <QStringList>

namespace cf {

// Schema version 5 (paid ads, issue #7): ad_entities holds the platform
// entities several ads share - one campaign per (campaign, ad account) and
// one ad set per (ad set, ad account) - with their delivery and the budget
// last pushed; publish_targets gains the platform's own status of a post or
// ad (review, processing) and, for ads, whether delivery was switched on.
QStringList schemaV5Statements();

} // namespace cf
