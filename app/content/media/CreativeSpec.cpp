#include "app/content/media/CreativeSpec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace cf {

namespace {

constexpr int kMaxHeadlineChars = 140;
constexpr int kMaxOfferChars = 60;
constexpr int kMaxCtaChars = 40;

QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QString();
}

// sha256 of a file's bytes, or of nothing when no path is given.
std::optional<QString> fileDigest(const QString &path, QString *error)
{
    if (path.isEmpty())
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cf::CreativeSpec", "Cannot read the image \"%1\": %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        *error = QCoreApplication::translate("cf::CreativeSpec", "Cannot read the image \"%1\": %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QList<QSize> standardCreativeSizes()
{
    return {QSize(1080, 1080), QSize(1080, 1350), QSize(1080, 1920), QSize(1200, 628), QSize(1280, 720)};
}

std::optional<QSize> parseCreativeSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{2,5})\\s*[xX\u00D7]\\s*(\\d{2,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (!standardCreativeSizes().contains(size))
        return std::nullopt;
    return size;
}

QString creativeSizeText(const QSize &size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

std::optional<QColor> parseBrandColor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    return QColor::fromString(trimmed);
}

QString validateCreativeSpec(const CreativeSpec &spec)
{
    if (!standardCreativeSizes().contains(spec.size)) {
        QStringList sizes;
        for (const QSize &size : standardCreativeSizes())
            sizes << creativeSizeText(size);
        return QCoreApplication::translate("cf::CreativeSpec", "%1 is not a supported creative size; use one of %2.")
            .arg(creativeSizeText(spec.size), sizes.join(QStringLiteral(", ")));
    }
    if (spec.language != QLatin1String("ar") && spec.language != QLatin1String("en"))
        return QCoreApplication::translate("cf::CreativeSpec", "Unknown language \"%1\": use en or ar.").arg(spec.language);
    if (spec.reservedBottom < 0 || spec.reservedBottom > 0.4)
        return QCoreApplication::translate("cf::CreativeSpec", "The space kept for captions must be between 0 and 40 %.");
    if (spec.headline.trimmed().isEmpty())
        return QCoreApplication::translate("cf::CreativeSpec", "A creative needs a headline.");
    if (spec.headline.size() > kMaxHeadlineChars)
        return QCoreApplication::translate("cf::CreativeSpec", "The headline is longer than %1 characters.")
            .arg(kMaxHeadlineChars);
    if (spec.offer.size() > kMaxOfferChars)
        return QCoreApplication::translate("cf::CreativeSpec", "The offer is longer than %1 characters.").arg(kMaxOfferChars);
    if (spec.callToAction.size() > kMaxCtaChars)
        return QCoreApplication::translate("cf::CreativeSpec", "The call to action is longer than %1 characters.")
            .arg(kMaxCtaChars);
    return {};
}

QString creativeCacheKey(const CreativeSpec &spec, int rendererVersion, QString *error)
{
    const auto logo = fileDigest(spec.logoPath, error);
    const auto photo = logo ? fileDigest(spec.photoPath, error) : std::nullopt;
    if (!logo || !photo)
        return {};
    // QJsonObject sorts its keys, so the text is canonical.
    const QJsonObject canonical{
        {QStringLiteral("renderer"), rendererVersion},
        {QStringLiteral("w"), spec.size.width()},
        {QStringLiteral("h"), spec.size.height()},
        {QStringLiteral("lang"), spec.language},
        {QStringLiteral("headline"), spec.headline},
        {QStringLiteral("offer"), spec.offer},
        {QStringLiteral("cta"), spec.callToAction},
        {QStringLiteral("primary"), colorText(spec.primaryColor)},
        {QStringLiteral("secondary"), colorText(spec.secondaryColor)},
        {QStringLiteral("accent"), colorText(spec.accentColor)},
        {QStringLiteral("logo"), *logo},
        {QStringLiteral("photo"), *photo},
        {QStringLiteral("reserved_bottom"), spec.reservedBottom},
    };
    const QByteArray text = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace cf
