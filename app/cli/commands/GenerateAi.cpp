#include "app/cli/commands/GenerateAi.h"

#include "app/content/text/ai/AiCopyWriter.h"
#include "app/content/text/ai/AiProviderStore.h"
#include "app/core/AppSettings.h"
#include "platforms/auth/KeychainStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace cf {

struct GenerateAiStep::Parts
{
    AppSettings settings;
    KeychainStore keychain;
    AiProviderStore store{settings, keychain};
    QNetworkAccessManager network;
    std::optional<AiPromptBuilder> prompts;
    std::unique_ptr<AiCopyClient> client;
    std::unique_ptr<AiCopyWriter> writer;
};

GenerateAiStep::GenerateAiStep(const ContentGenerator &generator, const PhraseBank &bank, const PlatformLimits &limits, QObject *parent)
    : QObject(parent), m_generator(generator), m_bank(bank), m_limits(limits), m_parts(std::make_unique<Parts>())
{
}

GenerateAiStep::~GenerateAiStep() = default;

void GenerateAiStep::run(const GenerationRequest &request, std::vector<GeneratedItem> items, Done done)
{
    QString error;
    // The builder holds a reference to the limits, so it is built in place.
    if (const auto prompts = AiPromptBuilder::loadBuiltIn(m_limits, &error))
        m_parts->prompts.emplace(*prompts);
    auto shared = std::make_shared<std::vector<GeneratedItem>>(std::move(items));
    m_parts->store.load(this, [this, request, shared, done, error](const std::optional<AiProviderConfig> &loaded, const QString &keychainError) {
        AiProviderConfig config = loaded.value_or(AiProviderConfig{});
        Summary summary;
        if (!m_parts->prompts)
            summary.notice = error;
        else if (!keychainError.isEmpty())
            summary.notice = QCoreApplication::translate("cf::GenerateCommand", "The AI key could not be read (%1); template copy was used.")
                                 .arg(keychainError);
        else if (!loaded)
            summary.notice = QCoreApplication::translate(
                "cf::GenerateCommand",
                "The AI provider is not set up (run \"campaignforge-cli ai set --base-url URL --model MODEL\"); template copy was used.");
        if (!m_parts->prompts) {
            done(std::move(*shared), summary);
            return;
        }
        // An incomplete config makes the writer record "not set up" on every item.
        m_parts->client = std::make_unique<AiCopyClient>(m_parts->network, config);
        m_parts->writer = std::make_unique<AiCopyWriter>(m_generator, m_bank, m_limits, *m_parts->prompts, *m_parts->client);
        m_parts->writer->improve(request, std::move(*shared), [this, done, summary, config](std::vector<GeneratedItem> improved) mutable {
            summary.model = config.model;
            summary.asked = m_parts->writer->counts().asked;
            summary.accepted = m_parts->writer->counts().accepted;
            summary.fellBack = m_parts->writer->counts().fellBack;
            done(std::move(improved), summary);
        });
    });
}

} // namespace cf
