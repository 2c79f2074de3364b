// `campaignforge-cli generate CAMPAIGN_ID [--seed N] [--regenerate ITEM_ID]
// [product options] [--ai] [--media]`: writes bilingual copy for a saved
// campaign's items from the phrase banks (and, with --ai, lets the optional
// AI provider improve it), stores it, and prints per item the headline, the
// brand guard's findings and score as JSON.
#include "app/cli/CliCommand.h"
#include "app/cli/commands/GenerateAi.h"
#include "app/cli/commands/GenerateMedia.h"
#include "app/content/text/ContentGenerator.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/planning/data/PlanningData.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/SqlSupport.h"
#include "models/store/WorkspaceRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace cf {
namespace {

QJsonObject itemJson(const GeneratedItem &g)
{
    QJsonArray findings;
    for (const GuardFinding &f : g.report.findings) {
        QJsonObject o{{QStringLiteral("code"), f.code},
                      {QStringLiteral("severity"), findingSeverityId(f.severity)},
                      {QStringLiteral("field"), f.field},
                      {QStringLiteral("message"), f.message}};
        if (f.start >= 0) {
            o.insert(QStringLiteral("start"), qint64(f.start));
            o.insert(QStringLiteral("end"), qint64(f.end));
        }
        findings.append(o);
    }
    const ContentCopy &copy = *g.item.copy;
    return QJsonObject{{QStringLiteral("id"), g.item.id},
                       {QStringLiteral("platform"), platformId(g.item.platform)},
                       {QStringLiteral("content_type"), enumId(g.item.contentType)},
                       {QStringLiteral("ad"), g.item.adSetId.has_value()},
                       {QStringLiteral("changed"), g.changed},
                       {QStringLiteral("source"), copy.source},
                       {QStringLiteral("fallback_reason"), copy.fallbackReason},
                       {QStringLiteral("variant"), copy.variant},
                       {QStringLiteral("headline"), QJsonObject{{QStringLiteral("ar"), copy.ar.headline}, {QStringLiteral("en"), copy.en.headline}}},
                       {QStringLiteral("link"), copy.link},
                       {QStringLiteral("score"), g.report.score},
                       {QStringLiteral("findings"), findings}};
}

// Everything between reading the arguments and storing the copy; kept
// alive across the asynchronous AI step.
struct GenerateRun
{
    qint64 campaignId = 0;
    quint64 seed = 1;
    bool media = false;
    bool ai = false;
    Database db;
    Campaign storedCampaign;
    GenerationRequest request;
    std::optional<PlanningData> planning;
    std::optional<PhraseBank> bank;
    std::optional<PlatformLimits> limits;
    std::unique_ptr<ContentGenerator> generator;
    std::vector<GeneratedItem> generated;
    std::optional<GenerateAiStep::Summary> aiSummary;
};

class GenerateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    bool drawsText() const override { return true; }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::GenerateCommand", "Write Arabic and English copy for a saved campaign's items.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        GenerateRun r;
        if (const int status = prepare(args, context, &r); status != cli::kOk)
            return status;
        if (r.ai) {
            context.err << QCoreApplication::translate("cf::GenerateCommand", "--ai runs only from campaignforge-cli's event loop.") << Qt::endl;
            return cli::kFailed;
        }
        return finish(r, context);
    }

    void runAsync(const QStringList &args, CliContext &context, std::function<void(int)> done) override
    {
        auto r = std::make_shared<GenerateRun>();
        if (const int status = prepare(args, context, r.get()); status != cli::kOk || !r->ai) {
            done(status != cli::kOk ? status : finish(*r, context));
            return;
        }
        m_aiStep = std::make_unique<GenerateAiStep>(*r->generator, *r->bank, *r->limits);
        m_aiStep->run(r->request, std::move(r->generated),
                      [this, r, &context, done](std::vector<GeneratedItem> items, const GenerateAiStep::Summary &summary) {
                          r->generated = std::move(items);
                          r->aiSummary = summary;
                          if (!summary.notice.isEmpty())
                              context.err << summary.notice << Qt::endl;
                          done(finish(*r, context));
                      });
    }

private:
    std::unique_ptr<GenerateAiStep> m_aiStep;

    // Reads the arguments, the campaign and the tables and writes the
    // template copy into r->generated.
    static int prepare(const QStringList &args, CliContext &context, GenerateRun *r)
    {
        QCommandLineParser parser;
        const QCommandLineOption seedOption(QStringLiteral("seed"),
                                            QCoreApplication::translate("cf::GenerateCommand", "Vary the copy with seed N (default 1)."),
                                            QStringLiteral("N"), QStringLiteral("1"));
        const QCommandLineOption regenerateOption(
            QStringLiteral("regenerate"),
            QCoreApplication::translate("cf::GenerateCommand", "Rewrite only item ITEM_ID, as a new variant."), QStringLiteral("ITEM_ID"));
        const QCommandLineOption productEn(QStringLiteral("product-en"),
                                           QCoreApplication::translate("cf::GenerateCommand", "Product name in English."), QStringLiteral("TEXT"));
        const QCommandLineOption productAr(QStringLiteral("product-ar"),
                                           QCoreApplication::translate("cf::GenerateCommand", "Product name in Arabic."), QStringLiteral("TEXT"));
        const QCommandLineOption offerEn(QStringLiteral("offer-en"),
                                         QCoreApplication::translate("cf::GenerateCommand", "The offer in English."), QStringLiteral("TEXT"));
        const QCommandLineOption offerAr(QStringLiteral("offer-ar"),
                                         QCoreApplication::translate("cf::GenerateCommand", "The offer in Arabic."), QStringLiteral("TEXT"));
        const QCommandLineOption discount(QStringLiteral("discount"),
                                          QCoreApplication::translate("cf::GenerateCommand", "Discount in percent (1-99)."), QStringLiteral("N"));
        const QCommandLineOption price(QStringLiteral("price"),
                                       QCoreApplication::translate("cf::GenerateCommand", "Price in the campaign's currency."), QStringLiteral("AMOUNT"));
        const QCommandLineOption url(QStringLiteral("url"),
                                     QCoreApplication::translate("cf::GenerateCommand", "Landing page (http or https)."), QStringLiteral("URL"));
        const QCommandLineOption code(QStringLiteral("code"),
                                      QCoreApplication::translate("cf::GenerateCommand", "Promo code."), QStringLiteral("CODE"));
        const QCommandLineOption mediaOption(
            QStringLiteral("media"),
            QCoreApplication::translate("cf::GenerateCommand", "Also make the creatives, voice-overs and videos."));
        const QCommandLineOption aiOption(
            QStringLiteral("ai"),
            QCoreApplication::translate("cf::GenerateCommand", "Let the AI provider (see \"ai set\") improve the copy; template copy is kept where it fails."));
        parser.addOptions({seedOption, regenerateOption, productEn, productAr, offerEn, offerAr, discount, price, url, code,
                           mediaOption, aiOption});
        parser.addPositionalArgument(QStringLiteral("campaign"), QCoreApplication::translate("cf::GenerateCommand", "Campaign id."));
        if (!parser.parse(QStringList{QStringLiteral("generate")} + args) || parser.positionalArguments().size() != 1) {
            if (!parser.errorText().isEmpty())
                context.err << parser.errorText() << Qt::endl;
            context.err << usage() << Qt::endl;
            return cli::kUsage;
        }
        bool ok = false, seedOk = false;
        const qint64 campaignId = parser.positionalArguments().first().toLongLong(&ok);
        const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
        if (!ok || !seedOk || campaignId <= 0) {
            context.err << QCoreApplication::translate("cf::GenerateCommand", "The campaign id and the seed must be whole numbers.")
                        << Qt::endl;
            return cli::kUsage;
        }
        std::optional<qint64> regenerate;
        if (parser.isSet(regenerateOption)) {
            regenerate = parser.value(regenerateOption).toLongLong(&ok);
            if (!ok || *regenerate <= 0) {
                context.err << QCoreApplication::translate("cf::GenerateCommand", "The item id must be a whole number.") << Qt::endl;
                return cli::kUsage;
            }
        }

        r->campaignId = campaignId;
        r->seed = seed;
        r->media = parser.isSet(mediaOption);
        r->ai = parser.isSet(aiOption);
        Database &db = r->db;
        DatabaseOptions options;
        options.backupDir = context.paths.backupsDir();
        options.nowUtc = context.clock.nowUtc();
        QString error;
        if (!context.paths.ensureExists(&error) || !db.open(context.paths.databaseFile(), QStringLiteral("cli-generate"), options)) {
            context.err << (error.isEmpty() ? db.error().fullText() : error) << Qt::endl;
            return cli::kFailed;
        }
        GenerationRequest &request = r->request;
        auto campaign = CampaignRepository(db).find(campaignId);
        if (!campaign) {
            context.err << campaign.error().fullText() << Qt::endl;
            return cli::kFailed;
        }
        request.campaign = campaign.value();
        r->storedCampaign = campaign.value();
        if (const int status = applyProduct(parser, {productEn, productAr, offerEn, offerAr, discount, price, url, code},
                                            request.campaign.budget.amount.currency, &request.campaign.product, context);
            status != cli::kOk)
            return status;
        auto workspace = WorkspaceRepository(db).find(request.campaign.workspaceId);
        auto items = ContentRepository(db).listForCampaign(campaignId);
        if (!workspace || !items) {
            context.err << (!workspace ? workspace.error() : items.error()).fullText() << Qt::endl;
            return cli::kFailed;
        }
        request.workspace = workspace.value();
        request.items = items.value();
        request.seed = seed;
        request.regenerateItemId = regenerate;
        request.nowUtc = context.clock.nowUtc();
        if (regenerate && std::none_of(request.items.begin(), request.items.end(), [&](const ContentItem &i) { return i.id == *regenerate; })) {
            context.err << QCoreApplication::translate("cf::GenerateCommand", "Campaign %1 has no item %2.").arg(campaignId).arg(*regenerate)
                        << Qt::endl;
            return cli::kFailed;
        }

        r->planning = PlanningData::load(&error);
        r->bank = r->planning ? PhraseBank::loadBuiltIn(&error) : std::nullopt;
        r->limits = r->bank ? PlatformLimits::loadBuiltIn(&error) : std::nullopt;
        if (!r->limits) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        r->generator = std::make_unique<ContentGenerator>(*r->bank, *r->limits, *r->planning);
        r->generated = r->generator->generate(request);
        return cli::kOk;
    }

    // Stores the copy (and makes the media) and prints the report.
    static int finish(GenerateRun &r, CliContext &context)
    {
        Database &db = r.db;
        GenerationRequest &request = r.request;
        const std::vector<GeneratedItem> &generated = r.generated;
        const qint64 campaignId = r.campaignId;

        // Campaign facts and every changed item in one transaction.
        const StoreStatus saved = sql::inTransaction(db.handle(), [&]() -> StoreStatus {
            if (request.campaign.product != r.storedCampaign.product) {
                request.campaign.updatedAt = request.nowUtc;
                if (StoreStatus s = CampaignRepository(db).update(request.campaign); s.isError())
                    return s;
            }
            const ContentRepository content(db);
            for (const GeneratedItem &g : generated) {
                if (!g.changed)
                    continue;
                if (StoreStatus s = content.update(g.item); s.isError())
                    return s;
            }
            return {};
        });
        if (saved.isError()) {
            context.err << saved.fullText() << Qt::endl;
            return cli::kFailed;
        }

        // --media: creatives, voice-overs and videos from the stored copy,
        // after the copy is saved and before the report is printed.
        QJsonObject media;
        if (r.media && generateCampaignMedia(db, campaignId, context, &media) != cli::kOk)
            return cli::kFailed;

        QJsonArray list;
        int errors = 0, warnings = 0, changed = 0;
        for (const GeneratedItem &g : generated) {
            list.append(itemJson(g));
            errors += g.report.count(FindingSeverity::Error);
            warnings += g.report.count(FindingSeverity::Warning);
            changed += g.changed;
        }
        QJsonObject json{{QStringLiteral("campaign_id"), campaignId},
                               {QStringLiteral("seed"), QString::number(r.seed)},
                               {QStringLiteral("generated"), changed},
                               {QStringLiteral("errors"), errors},
                               {QStringLiteral("warnings"), warnings},
                               {QStringLiteral("items"), list}};
        if (r.media)
            json.insert(QStringLiteral("media"), media);
        if (r.aiSummary) {
            QJsonObject ai{{QStringLiteral("model"), r.aiSummary->model},
                           {QStringLiteral("asked"), r.aiSummary->asked},
                           {QStringLiteral("accepted"), r.aiSummary->accepted},
                           {QStringLiteral("fell_back"), r.aiSummary->fellBack}};
            if (!r.aiSummary->notice.isEmpty())
                ai.insert(QStringLiteral("notice"), r.aiSummary->notice);
            json.insert(QStringLiteral("ai"), ai);
        }
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return cli::kOk;
    }

    static QString usage()
    {
        return QCoreApplication::translate("cf::GenerateCommand",
                                           "Usage: campaignforge-cli generate CAMPAIGN_ID [--seed N] [--regenerate ITEM_ID] "
                                           "[--product-en TEXT] [--product-ar TEXT] [--offer-en TEXT] [--offer-ar TEXT] "
                                           "[--discount N] [--price AMOUNT] [--url URL] [--code CODE] [--ai] [--media]");
    }

    // Copies the product options that were given into *product.
    static int applyProduct(const QCommandLineParser &parser, const std::vector<QCommandLineOption> &o, const QString &currency,
                            ProductFacts *product, CliContext &context)
    {
        auto set = [&](const QCommandLineOption &option, QString *field) {
            if (parser.isSet(option))
                *field = parser.value(option).trimmed();
        };
        set(o[0], &product->nameEn);
        set(o[1], &product->nameAr);
        set(o[2], &product->offerEn);
        set(o[3], &product->offerAr);
        set(o[7], &product->promoCode);
        bool ok = true;
        if (parser.isSet(o[4])) {
            const int percent = parser.value(o[4]).toInt(&ok);
            if (!ok || percent < 1 || percent > 99) {
                context.err << QCoreApplication::translate("cf::GenerateCommand", "The discount must be a whole number from 1 to 99.")
                            << Qt::endl;
                return cli::kUsage;
            }
            product->discountPercent = percent;
        }
        if (parser.isSet(o[5])) {
            const double amount = parser.value(o[5]).toDouble(&ok);
            if (!ok || amount <= 0) {
                context.err << QCoreApplication::translate("cf::GenerateCommand", "The price must be a positive number.") << Qt::endl;
                return cli::kUsage;
            }
            // In the campaign's budget currency.
            product->price = moneyFromMajor(amount, currency);
        }
        if (parser.isSet(o[6])) {
            const QUrl landing(parser.value(o[6]).trimmed(), QUrl::StrictMode);
            if (!landing.isValid() || landing.host().isEmpty()
                || (landing.scheme() != QLatin1String("https") && landing.scheme() != QLatin1String("http"))) {
                context.err << QCoreApplication::translate("cf::GenerateCommand", "\"%1\" is not an http or https address.")
                                   .arg(parser.value(o[6]))
                            << Qt::endl;
                return cli::kUsage;
            }
            product->url = landing.toString();
        }
        return cli::kOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeGenerateCommand()
{
    return std::make_unique<GenerateCommand>();
}

} // namespace cf
