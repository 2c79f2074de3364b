#pragma once

#include "app/content/text/ContentGenerator.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace cf {

// The `generate --ai` step: loads the provider's settings and key (AppSettings
// and the keychain), lets AiCopyWriter improve the freshly generated items,
// and hands them back. When the provider is not set up, or the keychain
// cannot be read, every item keeps its template copy with the reason
// recorded, and notice says so once for the terminal. Never fails the command.
class GenerateAiStep : public QObject
{
public:
    GenerateAiStep(const ContentGenerator &generator, const PhraseBank &bank, const PlatformLimits &limits, QObject *parent = nullptr);
    ~GenerateAiStep() override;

    struct Summary
    {
        QString notice; // translated; empty when the provider was asked
        QString model;
        int asked = 0;
        int accepted = 0;
        int fellBack = 0;
    };
    using Done = std::function<void(std::vector<GeneratedItem> items, const Summary &summary)>;
    void run(const GenerationRequest &request, std::vector<GeneratedItem> items, Done done);

private:
    struct Parts;
    const ContentGenerator &m_generator;
    const PhraseBank &m_bank;
    const PlatformLimits &m_limits;
    std::unique_ptr<Parts> m_parts;
};

} // namespace cf
