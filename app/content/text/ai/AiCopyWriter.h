#pragma once

#include "app/content/text/ContentGenerator.h"
#include "app/content/text/ai/AiCopyClient.h"
#include "app/content/text/ai/AiPromptBuilder.h"

#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace cf {

// The optional AI step after ContentGenerator: for every item the generator
// (re)wrote, asks the AI provider for headline, body, call to action,
// description and hashtags in Arabic and English, builds the item's copy from
// them with the same assembly as template copy (link line, disclaimer,
// hashtags, emoji rules), and keeps it only when it fits the platform's hard
// limits, introduces no brand-guard error, no banned word or risky claim, and
// does not repeat another item's text. Otherwise the template copy stays and
// ContentCopy::fallbackReason says why (translated). E-mail bodies, blog
// articles and video scripts always stay template-written.
//
// At most config().maxInFlight requests run at once, and no new request
// starts after config().runBudgetMs. A failure that would
// repeat for every item (no network, timeout, refused key, rate limit, not
// configured) stops the run: the remaining items keep their template copy
// at once, so a dead endpoint costs one timeout, not one per item.
class AiCopyWriter : public QObject
{
    Q_OBJECT
public:
    AiCopyWriter(const ContentGenerator &generator, const PhraseBank &bank, const PlatformLimits &limits,
                 const AiPromptBuilder &prompts, AiCopyClient &client, QObject *parent = nullptr);

    using Done = std::function<void(std::vector<GeneratedItem> items)>;
    // items is ContentGenerator::generate(request)'s output. done runs once,
    // later, on this object's thread.
    void improve(const GenerationRequest &request, std::vector<GeneratedItem> items, Done done);

    struct Counts
    {
        int asked = 0;
        int accepted = 0;
        int fellBack = 0;
    };
    const Counts &counts() const { return m_counts; }

    // Builds the AI version of one item's copy from the model's JSON;
    // failure Malformed or Rejected (with detail) when it cannot be used.
    // *report receives the guard's report of the accepted copy.
    AiResult buildCopy(const GenerationRequest &request, const GeneratedItem &item, const AiResult &answer, ContentCopy *out,
                       GuardReport *report) const;

private:
    struct Run;
    void launchNext(const std::shared_ptr<Run> &run);
    void finishItem(const std::shared_ptr<Run> &run, std::size_t index, const AiResult &answer);
    void fallBack(GeneratedItem *item, const AiResult &why);
    void completeIfDone(const std::shared_ptr<Run> &run);

    const ContentGenerator &m_generator;
    const PhraseBank &m_bank;
    const PlatformLimits &m_limits;
    const AiPromptBuilder &m_prompts;
    AiCopyClient &m_client;
    Counts m_counts;
};

} // namespace cf
