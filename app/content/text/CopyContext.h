#pragma once

#include "app/content/text/PhraseBank.h"
#include "models/domain/Platform.h"
#include "models/domain/Workspace.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cf {

// Everything a composer needs to write one item in one language: who speaks
// (brand, voice, dialect), to whom (female audience for Arabic verb forms),
// about what (product facts already in this language, occasion, angle,
// objective) and where (platform, ad or organic, the item's tracked link).
struct CopyContext
{
    QString language; // "ar" or "en"
    VoiceKey voice;
    bool femaleAudience = false;
    QString brand;
    QString product;
    QString offer;
    std::optional<int> discount;
    QString price; // formatted for this language
    QString code;
    QString occasionGroup = QStringLiteral("none");
    QString occasionName;
    QString objective = QStringLiteral("awareness");
    QString angle = QStringLiteral("reveal");
    Platform platform = Platform::Facebook;
    bool isAd = false;
    QString channel; // meta, tiktok, snapchat for ads
    QString link;    // with UTM parameters; may be empty
    QStringList hashtags; // brand + occasion, without '#', in order of importance
    QString disclaimer;
    QString tagline;
    BrandKit brandKit;
    bool emojiAllowed = true;
};

// Deterministic choices and placeholder filling over the phrase bank. The
// random sequence depends only on the seed, so the same seed gives the same
// copy on every machine (SplitMix64; no global or time-based state).
class PhrasePicker
{
public:
    PhrasePicker(const PhraseBank &bank, const CopyContext &context, quint64 seed);

    // Lines of the voiced list at path whose placeholders all have values,
    // already filled.
    QStringList candidates(const QStringList &path, const QMap<QString, QString> &extra = {}) const;
    QStringList plainCandidates(const QStringList &path, const QMap<QString, QString> &extra = {}) const;
    // One element, chosen by the sequence; "" for an empty list.
    QString pick(const QStringList &options);
    // Fills {placeholders}; a null QString when one has no value.
    QString fill(const QString &line, const QMap<QString, QString> &extra = {}) const;
    bool chance(int percent);
    quint64 next();

    const PhraseBank &bank() const { return m_bank; }
    const CopyContext &context() const { return m_context; }

private:
    const PhraseBank &m_bank;
    const CopyContext &m_context;
    quint64 m_state;
};

// A stable 64-bit hash of text (FNV-1a over UTF-16), for seeding.
quint64 stableHash(const QString &text, quint64 basis = 1469598103934665603ULL);

} // namespace cf
