#include "platforms/publishing/AdEntityNames.h"

namespace cf::AdEntityNames {

QString compose(const QString &label, const QString &fallbackLabel, qint64 id)
{
    const QString suffix = QStringLiteral(" \u00B7 CF-%1").arg(id);
    QString text = label.simplified();
    if (text.isEmpty())
        text = fallbackLabel;
    const qsizetype room = kMaxLength - suffix.size();
    if (text.size() > room) {
        text.truncate(room - 1);
        // Never cut a surrogate pair in half (emoji in titles).
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        text = text.trimmed() + QChar(0x2026); // …
    }
    return text + suffix;
}

QString campaign(const QString &campaignName, qint64 campaignId)
{
    return compose(campaignName, QStringLiteral("Campaign"), campaignId);
}

QString adSet(const QString &adSetName, qint64 adSetId)
{
    return compose(adSetName, QStringLiteral("Ad set"), adSetId);
}

QString ad(const QString &title, qint64 targetId)
{
    return compose(title, QStringLiteral("Ad"), targetId);
}

} // namespace cf::AdEntityNames
