#pragma once

#include "app/content/text/BrandGuard.h"
#include "app/content/text/CopyContext.h"
#include "app/content/text/LongFormComposer.h"
#include "models/domain/Campaign.h"
#include "models/domain/ContentItem.h"
#include "models/domain/Workspace.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace cf {
class PlanningData;

struct GenerationRequest
{
    Campaign campaign;
    Workspace workspace;
    std::vector<ContentItem> items; // the campaign's items, in calendar order
    quint64 seed = 1;
    // Only this item is rewritten, as its next variant; the others keep their
    // copy and only take part in the "no repeated text" check.
    std::optional<qint64> regenerateItemId;
    QDateTime nowUtc;
};

struct GeneratedItem
{
    ContentItem item; // copy set; title/body/callToAction/hashtags filled from it
    GuardReport report;
    bool changed = false; // false for items a regeneration left alone
};

// Writes bilingual copy for every item of a campaign from the phrase banks:
// per item and language a CopyContext (voice and dialect from the brand kit
// and the audience, occasion from the theme, angle from the content type,
// UTM link per platform and item), then the social, e-mail, blog and video
// composers, then the brand guard. Deterministic for a seed; within a
// campaign no two items on one platform share their main text (a repeat is
// written again with the next attempt's choices).
class ContentGenerator
{
public:
    ContentGenerator(const PhraseBank &bank, const PlatformLimits &limits, const PlanningData &planning);

    std::vector<GeneratedItem> generate(const GenerationRequest &request) const;

    // The per-language context of one item (also used to check AI copy).
    CopyContext contextFor(const GenerationRequest &request, const ContentItem &item, const QString &language) const;
    GuardSubject subjectFor(const GenerationRequest &request, const ContentItem &item) const;
    // Fills title/body/callToAction/hashtags from item.copy.
    static void applySummary(ContentItem *item, const QStringList &languages);
    // The text that must not repeat on a platform: the post text without its link.
    static QString mainText(const LanguageCopy &copy, const QString &link);

    const SocialCopyComposer &social() const { return m_social; }

private:
    LanguageCopy composeLanguage(const CopyContext &context, const ContentItem &item, quint64 seed) const;

    const PhraseBank &m_bank;
    const PlatformLimits &m_limits;
    const PlanningData &m_planning;
    SocialCopyComposer m_social;
    EmailCopyComposer m_email;
    BlogCopyComposer m_blog;
    VideoScriptComposer m_video;
};

} // namespace cf
