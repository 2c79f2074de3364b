#pragma once

#include "platforms/publishing/PublishTypes.h"

#include <QString>
#include <QStringList>

namespace cf {

// The words a post carries, taken from the item's copy in the target's
// language (falling back to the flat bilingual fields for items without
// structured copy).
namespace publishtext {

QString primaryText(const PublishRequest &request);
QString headline(const PublishRequest &request);
QStringList hashtags(const PublishRequest &request); // without '#'
QString link(const PublishRequest &request);
// Primary text, then the hashtags on a line of their own ("#a #b").
QString postText(const PublishRequest &request);
// postText with the link on its own line when the link is not already in it:
// for platforms without a separate link field (X, LinkedIn, Instagram).
QString postTextWithLink(const PublishRequest &request);

} // namespace publishtext
} // namespace cf
