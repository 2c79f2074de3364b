#include "app/content/text/ai/AiCopyWriter.h"

#include "app/content/text/BrandGuard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

namespace cf {

namespace {

const QStringList kLanguages{QStringLiteral("ar"), QStringLiteral("en")};

AiResult rejected(AiFailure failure, const QString &detail)
{
    AiResult r;
    r.failure = failure;
    r.detail = detail;
    return r;
}

bool overHardLimit(const QString &text, const FieldLimit *limit)
{
    return limit && limit->hard && textmeasure::measure(text, limit->count) > limit->max;
}

QStringList cleanTags(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        QString tag = v.toString();
        tag.remove(QLatin1Char('#'));
        tag = tag.simplified().replace(QLatin1Char(' '), QLatin1Char('_'));
        if (!tag.isEmpty())
            out << tag;
    }
    return out;
}

} // namespace

struct AiCopyWriter::Run
{
    GenerationRequest request;
    std::vector<GeneratedItem> items;
    Done done;
    std::deque<std::size_t> queue;
    int running = 0;
    std::optional<AiResult> stopped; // set once a failure ends the run
    std::map<std::pair<Platform, QString>, std::set<QString>> acceptedTexts;
    bool finished = false;
    QElapsedTimer clock;
};

AiCopyWriter::AiCopyWriter(const ContentGenerator &generator, const PhraseBank &bank, const PlatformLimits &limits,
                           const AiPromptBuilder &prompts, AiCopyClient &client, QObject *parent)
    : QObject(parent), m_generator(generator), m_bank(bank), m_limits(limits), m_prompts(prompts), m_client(client)
{
}

void AiCopyWriter::improve(const GenerationRequest &request, std::vector<GeneratedItem> items, Done done)
{
    auto run = std::make_shared<Run>();
    run->request = request;
    run->items = std::move(items);
    run->done = std::move(done);
    run->clock.start();
    for (std::size_t i = 0; i < run->items.size(); ++i) {
        if (run->items[i].changed && run->items[i].item.copy)
            run->queue.push_back(i);
    }
    if (!m_client.config().isComplete()) {
        AiResult r;
        r.failure = AiFailure::NotConfigured;
        run->stopped = r;
    }
    // Never call back from inside improve().
    QTimer::singleShot(0, this, [this, run] { launchNext(run); });
}

void AiCopyWriter::launchNext(const std::shared_ptr<Run> &run)
{
    if (!run->stopped && run->clock.elapsed() > m_client.config().runBudgetMs) {
        AiResult r;
        r.failure = AiFailure::Timeout;
        run->stopped = r;
    }
    while (!run->queue.empty() && run->stopped) {
        fallBack(&run->items[run->queue.front()], *run->stopped);
        run->queue.pop_front();
    }
    const int cap = std::max(1, m_client.config().maxInFlight);
    while (!run->queue.empty() && run->running < cap) {
        const std::size_t index = run->queue.front();
        run->queue.pop_front();
        const ContentItem &item = run->items[index].item;
        const CopyContext ar = m_generator.contextFor(run->request, item, QStringLiteral("ar"));
        const CopyContext en = m_generator.contextFor(run->request, item, QStringLiteral("en"));
        ++run->running;
        ++m_counts.asked;
        m_client.complete(m_prompts.build(item, ar, en, *item.copy), [this, run, index](const AiResult &answer) {
            --run->running;
            finishItem(run, index, answer);
            launchNext(run);
        });
    }
    completeIfDone(run);
}

void AiCopyWriter::finishItem(const std::shared_ptr<Run> &run, std::size_t index, const AiResult &answer)
{
    GeneratedItem &g = run->items[index];
    if (!answer.ok()) {
        if (ai::failureStopsRun(answer.failure) && !run->stopped)
            run->stopped = answer;
        fallBack(&g, answer);
        return;
    }
    ContentCopy copy;
    GuardReport report;
    AiResult built = buildCopy(run->request, g, answer, &copy, &report);
    // The model's own body decides repetition: the assembled text differs
    // per item anyway (its link line), which would hide a model that
    // answers every item the same.
    const auto bodyOf = [&answer](const QString &lang) {
        return answer.content.value(lang).toObject().value(QLatin1String("body")).toString().simplified();
    };
    if (built.ok()) {
        for (const QString &lang : kLanguages) {
            if (run->acceptedTexts[{g.item.platform, lang}].count(bodyOf(lang))) {
                built = rejected(AiFailure::Rejected,
                                 QCoreApplication::translate("cf::AiCopyWriter", "it repeats another item's text"));
                break;
            }
        }
    }
    if (!built.ok()) {
        fallBack(&g, built);
        return;
    }
    for (const QString &lang : kLanguages)
        run->acceptedTexts[{g.item.platform, lang}].insert(bodyOf(lang));
    g.item.copy = copy;
    ContentGenerator::applySummary(&g.item, run->request.campaign.languages);
    g.report = report;
    ++m_counts.accepted;
}

void AiCopyWriter::fallBack(GeneratedItem *g, const AiResult &why)
{
    g->item.copy->source = QStringLiteral("templates");
    g->item.copy->fallbackReason = ai::failureText(why);
    ++m_counts.fellBack;
}

void AiCopyWriter::completeIfDone(const std::shared_ptr<Run> &run)
{
    if (run->finished || run->running > 0 || !run->queue.empty())
        return;
    run->finished = true;
    Done done = std::move(run->done);
    done(std::move(run->items));
}

AiResult AiCopyWriter::buildCopy(const GenerationRequest &request, const GeneratedItem &g, const AiResult &answer, ContentCopy *out,
                                 GuardReport *report) const
{
    const ContentItem &item = g.item;
    const ContentCopy &templateCopy = *item.copy;
    ContentCopy copy = templateCopy;
    for (const QString &lang : kLanguages) {
        const QJsonObject o = answer.content.value(lang).toObject();
        const QString headline = o.value(QLatin1String("headline")).toString().simplified();
        const QString body = o.value(QLatin1String("body")).toString().trimmed();
        const QString cta = o.value(QLatin1String("call_to_action")).toString().simplified();
        for (const auto &[name, value] : {std::pair{"headline", headline}, std::pair{"body", body}, std::pair{"call_to_action", cta}}) {
            if (value.isEmpty())
                return rejected(AiFailure::Malformed, QStringLiteral("%1.%2 is missing").arg(lang, QLatin1String(name)));
        }
        const CopyContext c = m_generator.contextFor(request, item, lang);
        const FieldLimit *headlineLimit = m_limits.limit(item.platform, c.isAd, QStringLiteral("headline"));
        if (overHardLimit(headline, headlineLimit))
            return rejected(AiFailure::Rejected, QCoreApplication::translate("cf::AiCopyWriter", "the %1 headline is longer than %2")
                                                     .arg(lang).arg(headlineLimit->max));

        LanguageCopy written = templateCopy.in(lang); // e-mail, blog and video parts stay
        written.headline = headline;
        written.callToAction = cta;
        const FieldLimit *bodyLimit = m_limits.limit(item.platform, c.isAd, QStringLiteral("primary_text"));
        SocialParts parts;
        parts.body = (!c.emojiAllowed || (bodyLimit && bodyLimit->noEmoji)) ? textmeasure::withoutEmoji(body).trimmed() : body;
        if (!c.isAd) {
            PhrasePicker picker(m_bank, c, stableHash(item.copy->link + lang, templateCopy.seed));
            parts.ctaLine = m_generator.social().ctaLine(c, picker, cta);
            QStringList tags = c.hashtags;
            for (const QString &t : cleanTags(o.value(QLatin1String("hashtags")))) {
                if (!tags.contains(t, Qt::CaseInsensitive))
                    tags << t;
            }
            parts.hashtags = tags.mid(0, m_limits.rules(item.platform).hashtagTarget());
        }
        parts.disclaimer = c.disclaimer;
        written.primaryText = m_generator.social().assemble(c, parts, &written.hashtags);
        // assemble() cuts the body only when nothing else can go: AI text
        // that needs cutting is too long to use as written.
        if (!written.primaryText.contains(parts.body))
            return rejected(AiFailure::Rejected,
                            QCoreApplication::translate("cf::AiCopyWriter", "the %1 text is too long for %2").arg(lang, platformDisplayName(item.platform)));

        const QString description = o.value(QLatin1String("description")).toString().simplified();
        const FieldLimit *descriptionLimit = m_limits.limit(item.platform, c.isAd, QStringLiteral("description"));
        if (item.platform == Platform::YouTube && descriptionLimit)
            written.description = written.primaryText;
        else if (!description.isEmpty() && !overHardLimit(description, descriptionLimit))
            written.description = description;
        copy.in(lang) = written;
    }
    copy.source = QStringLiteral("ai:") + answer.model;
    copy.fallbackReason.clear();

    const BrandGuard guard(m_bank, m_limits, request.workspace.brandKit);
    const GuardSubject subject = m_generator.subjectFor(request, item);
    const GuardReport aiReport = guard.check(copy, subject);
    // The AI is judged on what it adds: errors the template copy has too
    // (e.g. a missing landing page) are not its fault.
    std::set<std::pair<QString, QString>> known;
    for (const GuardFinding &f : g.report.findings)
        known.insert({f.code, f.field});
    for (const GuardFinding &f : aiReport.findings) {
        const bool claimOrBanned = f.code == QLatin1String("banned_word") || f.code.startsWith(QLatin1String("risky_claim"));
        if (claimOrBanned || (f.severity == FindingSeverity::Error && !known.count({f.code, f.field})))
            return rejected(AiFailure::Rejected, f.message);
    }
    *out = copy;
    *report = aiReport;
    return {};
}

} // namespace cf
