#include "app/content/text/LongFormComposer.h"

#include <QRegularExpression>

#include <cmath>

namespace cf {

namespace {

// What the voice says: no links, hashtags or emoji.
QString spoken(const QString &text)
{
    static const QRegularExpression links(QStringLiteral("https?://\\S+|#\\S+"));
    QString out = textmeasure::withoutEmoji(QString(text).remove(links));
    return out.simplified();
}

// The first clause, for on-screen text.
QString firstClause(const QString &text)
{
    static const QRegularExpression stop(QStringLiteral("[.!?؟،,:…]"));
    const qsizetype at = text.indexOf(stop);
    return (at > 8 ? text.left(at) : text).trimmed();
}

} // namespace

VideoScript VideoScriptComposer::compose(const CopyContext &c, const LanguageCopy &social, quint64 seed) const
{
    PhrasePicker picker(m_bank, c, seed ^ 0x51DE0ULL);
    const double wordsPerSecond = m_bank.number(c.language, {QStringLiteral("video"), QStringLiteral("words_per_second")}, 2.5);
    const double minSeconds = m_bank.number(c.language, {QStringLiteral("video"), QStringLiteral("min_scene_seconds")}, 2.0);
    auto seconds = [&](const QString &voice) {
        const double words = double(voice.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        return std::max(minSeconds, std::ceil((words / wordsPerSecond + 0.5) * 2.0) / 2.0);
    };
    VideoScript script;
    script.language = c.language;
    auto add = [&](const QString &onScreen, const QString &voice) {
        const QString said = spoken(voice);
        if (said.isEmpty() && onScreen.isEmpty())
            return;
        script.scenes.push_back({textmeasure::withoutEmoji(onScreen), said, seconds(said)});
    };
    const QString greeting =
        c.occasionGroup == QLatin1String("none")
            ? QString()
            : picker.pick(picker.candidates({QStringLiteral("occasions"), c.occasionGroup, QStringLiteral("greetings")}));
    add(social.headline, greeting.isEmpty() ? social.headline : greeting);
    const QString body = picker.pick(picker.candidates({QStringLiteral("angles"), c.angle, QStringLiteral("bodies")}));
    add(firstClause(body), body);
    const QString offer = SocialCopyComposer::compactOffer(c);
    if (!offer.isEmpty()) {
        QStringList lines;
        for (const char *kind : {"discount", "offer", "price"})
            lines << picker.candidates({QStringLiteral("offers"), QLatin1String(kind)});
        add(offer, picker.pick(lines));
    }
    const QString ctaVoice = picker.pick(
        picker.plainCandidates({QStringLiteral("video"), QStringLiteral("cta_scene")}, {{QStringLiteral("cta"), social.callToAction}}));
    add(social.callToAction + (c.brand.isEmpty() ? QString() : QStringLiteral(" · ") + c.brand), ctaVoice);
    return script;
}

} // namespace cf
