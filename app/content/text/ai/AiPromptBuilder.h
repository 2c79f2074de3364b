#pragma once

#include "app/content/text/CopyContext.h"
#include "app/content/text/PlatformLimits.h"
#include "app/content/text/ai/AiCopyClient.h"
#include "models/domain/ContentCopy.h"
#include "models/domain/ContentItem.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cf {

// Writes the chat prompt for one item from resources/phrases/ai_prompt_copy.json:
// the item's platform, placement, type, phase, occasion, brand voice and
// dialect, audience, product facts in both languages, the platform's limits,
// the banned words, the suggested call to action, where the link goes, and
// the JSON shape to answer in. Lines whose placeholders have no value are
// left out, so the model is never told "Promo code: ." Pure once loaded.
class AiPromptBuilder
{
public:
    static std::optional<AiPromptBuilder> loadBuiltIn(const PlatformLimits &limits, QString *error);
    static std::optional<AiPromptBuilder> fromJson(const QByteArray &json, const PlatformLimits &limits, QString *error);

    // ar and en are the item's two contexts; templateCopy supplies the
    // suggested call to action.
    AiPrompt build(const ContentItem &item, const CopyContext &ar, const CopyContext &en, const ContentCopy &templateCopy) const;

private:
    explicit AiPromptBuilder(const PlatformLimits &limits) : m_limits(limits) {}
    static QString fill(const QString &line, const QMap<QString, QString> &values, bool *complete);

    const PlatformLimits &m_limits;
    QStringList m_system;
    QStringList m_user;
    QJsonObject m_notes;
    double m_temperature = 0.8;
};

} // namespace cf
