#pragma once

#include "platforms/publishing/PublishTypes.h"

#include <QString>

namespace cf {

// The parts of an e-mail campaign taken from a request: the item's e-mail
// copy in the target's language when there is one, otherwise the headline
// as subject and the post text as body (escaped into paragraphs).
struct EmailCopyParts
{
    QString subject;
    QString previewText;
    QString html;
    QString plainText;

    static EmailCopyParts of(const PublishRequest &request);
};

// Plain text as HTML: one escaped <p> per blank-line separated block, line
// breaks kept (e-mail bodies and blog posts written without HTML).
QString htmlParagraphs(const QString &text);

} // namespace cf
