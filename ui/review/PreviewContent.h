#pragma once

#include "models/domain/ContentItem.h"

#include <QImage>
#include <QString>

namespace cf {

// What a platform preview shows for one item in one language: the copy
// fields, the item's first image (null when it has none) and who posts it.
struct PreviewContent
{
    Platform platform = Platform::Facebook;
    ContentType contentType = ContentType::TextPost;
    bool isAd = false;
    QString language; // "ar" or "en": the preview's direction follows it
    QString accountName;
    QString headline;
    QString primaryText;
    QString description;
    QString callToAction;
    QString link;
    QString emailSubject;
    QString emailPreheader;
    QString html; // e-mail or blog body
    QImage image;

    bool isRightToLeft() const { return language == QLatin1String("ar"); }
    static PreviewContent from(const ContentItem &item, const QString &language, const QString &accountName, const QImage &image);
};

// The platforms' own interface words ("… more", "Sponsored") in the
// preview's language. They imitate the platform's screen, so they follow
// the copy's language, not the application's.
namespace previewchrome {
QString more(const QString &language);
QString sponsored(const QString &language);
QString swipeUp(const QString &language);
} // namespace previewchrome

} // namespace cf
