#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cf {

// Which register and regional touch copy is written in. Dialect applies to
// Arabic only: "gulf" (friendly and playful), "egypt" (playful), or empty.
struct VoiceKey
{
    QString voice = QStringLiteral("friendly"); // formal, friendly, playful
    QString dialect;
};

// The phrase banks and language-independent tables under resources/phrases
// (copy_en.json, copy_ar.json, angles.json, guard_rules.json). Lookups
// return the list for the most specific voice key present: "<voice>_<dialect>",
// then "<voice>", then "any". Read-only once loaded; shared by every composer.
class PhraseBank
{
public:
    static std::optional<PhraseBank> loadBuiltIn(QString *error);

    // The list at path (e.g. {"angles", "offer", "bodies"}) in language's bank.
    QStringList voiced(const QString &language, const QStringList &path, const VoiceKey &voice) const;
    // A plain string or list at path (no voice level).
    QString text(const QString &language, const QStringList &path) const;
    QStringList list(const QString &language, const QStringList &path) const;
    double number(const QString &language, const QStringList &path, double fallback) const;

    // content type id -> angle ("teaser", "offer", ...); unknown types use "reveal".
    QString angleOf(const QString &contentType) const;
    // occasion id -> phrase group ("ramadan", "eid", ...); "none" when unknown.
    QString occasionGroup(const QString &occasionId) const;
    // "meta"/"tiktok"/"snapchat" x objective -> CTA enum ("SHOP_NOW").
    QString ctaType(const QString &channel, const QString &objective) const;
    QString utmMedium(const QString &kind) const;
    // "gulf", "egypt" or "" for an ISO country code.
    QString dialectOf(const QString &countryCode) const;

    const QJsonObject &guardRules() const { return m_guard; }

private:
    QJsonValue node(const QString &language, const QStringList &path) const;

    QJsonObject m_en;
    QJsonObject m_ar;
    QJsonObject m_tables;
    QJsonObject m_guard;
};

} // namespace cf
