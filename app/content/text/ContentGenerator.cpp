#include "app/content/text/ContentGenerator.h"

#include "app/content/text/UtmBuilder.h"
#include "app/planning/data/PlanningData.h"

#include <QLocale>

#include <set>

namespace cf {

namespace {

QString voiceOf(const BrandKit &kit)
{
    const QString tone = kit.tone.trimmed().toLower();
    if (tone == QLatin1String("formal") || tone == QLatin1String("friendly") || tone == QLatin1String("playful"))
        return tone;
    // A free-text voice ("warm, confident") still says something.
    const QString voice = kit.voice.toLower();
    for (const char *w : {"formal", "professional", "serious", "رسمي"}) {
        if (voice.contains(QString::fromUtf8(w)))
            return QStringLiteral("formal");
    }
    for (const char *w : {"playful", "fun", "cheeky", "witty", "مرح"}) {
        if (voice.contains(QString::fromUtf8(w)))
            return QStringLiteral("playful");
    }
    return QStringLiteral("friendly");
}

QString formatPrice(const Money &price, const QString &language)
{
    const double major = moneyToMajor(price);
    const bool whole = price.minor % minorUnitsPerMajor(price.currency) == 0;
    const QString amount = QLocale::c().toString(major, 'f', whole ? 0 : currencyExponent(price.currency));
    if (language != QLatin1String("ar"))
        return QStringLiteral("%1 %2").arg(price.currency, amount);
    static const std::map<QString, QString> arabic{
        {QStringLiteral("SAR"), QStringLiteral("ر.س")}, {QStringLiteral("AED"), QStringLiteral("د.إ")},
        {QStringLiteral("KWD"), QStringLiteral("د.ك")}, {QStringLiteral("QAR"), QStringLiteral("ر.ق")},
        {QStringLiteral("BHD"), QStringLiteral("د.ب")}, {QStringLiteral("OMR"), QStringLiteral("ر.ع")},
        {QStringLiteral("EGP"), QStringLiteral("ج.م")}, {QStringLiteral("JOD"), QStringLiteral("د.أ")}};
    const auto it = arabic.find(price.currency);
    return QStringLiteral("%1 %2").arg(amount, it == arabic.end() ? price.currency : it->second);
}

// "#MothersDay" in English, "#عيد_الأم" in Arabic.
QString occasionHashtag(const QString &name, const QString &language)
{
    QString tag;
    bool upper = true;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            tag += language == QLatin1String("ar") ? c : (upper ? c.toUpper() : c);
            upper = false;
        } else if (c.isSpace() || c == QLatin1Char('-')) {
            if (language == QLatin1String("ar") && !tag.isEmpty() && !tag.endsWith(QLatin1Char('_')))
                tag += QLatin1Char('_');
            upper = true;
        }
    }
    return tag;
}

QString channelOf(Platform p)
{
    switch (p) {
    case Platform::Facebook:
    case Platform::Instagram: return QStringLiteral("meta");
    case Platform::TikTok: return QStringLiteral("tiktok");
    case Platform::Snapchat: return QStringLiteral("snapchat");
    default: return {};
    }
}

bool isEmailItem(const ContentItem &item)
{
    return item.contentType == ContentType::Email || item.platform == Platform::Mailchimp || item.platform == Platform::Kit;
}

bool isBlogItem(const ContentItem &item)
{
    return item.contentType == ContentType::BlogPost || item.platform == Platform::WordPress;
}

} // namespace

ContentGenerator::ContentGenerator(const PhraseBank &bank, const PlatformLimits &limits, const PlanningData &planning)
    : m_bank(bank), m_limits(limits), m_planning(planning), m_social(bank, limits), m_email(bank, limits, m_social),
      m_blog(bank, limits), m_video(bank)
{
}

CopyContext ContentGenerator::contextFor(const GenerationRequest &r, const ContentItem &item, const QString &lang) const
{
    const Campaign &campaign = r.campaign;
    const BrandKit &kit = r.workspace.brandKit;
    const ProductFacts &product = campaign.product;
    const bool ar = lang == QLatin1String("ar");
    CopyContext c;
    c.language = lang;
    c.voice.voice = voiceOf(kit);
    if (ar) {
        QString country;
        for (const QString &place : campaign.audience.locations) {
            const auto it = m_planning.places.find(place);
            if (it != m_planning.places.end()) {
                country = it->second.country;
                break;
            }
        }
        if (country.isEmpty())
            country = r.workspace.locale.section(QLatin1Char('_'), 1, 1).toUpper();
        c.voice.dialect = m_bank.dialectOf(country);
    }
    c.femaleAudience = campaign.audience.genders == QStringList{QStringLiteral("female")};
    c.brand = r.workspace.name;
    c.product = ar ? (product.nameAr.isEmpty() ? product.nameEn : product.nameAr)
                   : (product.nameEn.isEmpty() ? product.nameAr : product.nameEn);
    c.offer = ar ? product.offerAr : product.offerEn;
    c.discount = product.discountPercent;
    if (product.price && product.price->minor > 0)
        c.price = formatPrice(*product.price, lang);
    c.code = product.promoCode;

    QString occasionId;
    for (const OccasionInfo &o : m_planning.occasions) {
        if (o.names.contains(campaign.theme, Qt::CaseInsensitive) || o.name.en.compare(campaign.theme, Qt::CaseInsensitive) == 0) {
            occasionId = o.id;
            c.occasionName = o.name.in(lang);
            break;
        }
    }
    c.occasionGroup = m_bank.occasionGroup(occasionId);
    c.objective = campaign.objective ? enumId(*campaign.objective) : QStringLiteral("awareness");
    c.angle = m_bank.angleOf(item.theme);
    c.platform = item.platform;
    c.isAd = item.adSetId.has_value();
    c.channel = channelOf(item.platform);

    const QString landing = product.url.isEmpty() ? kit.website : product.url;
    const QString group = isEmailItem(item) ? QStringLiteral("email") : isBlogItem(item) ? QStringLiteral("blog")
                                                                                       : QStringLiteral("social");
    UtmParams utmParams;
    utmParams.source = platformId(item.platform);
    utmParams.medium = m_bank.utmMedium(c.isAd ? QStringLiteral("paid") : group);
    utmParams.campaign = QStringLiteral("cf%1").arg(campaign.id);
    if (const QString theme = utm::token(campaign.theme); !theme.isEmpty())
        utmParams.campaign += QLatin1Char('-') + theme;
    utmParams.content = QStringLiteral("item%1-%2").arg(item.id).arg(utm::token(item.theme.isEmpty() ? c.angle : item.theme));
    c.link = utm::withUtm(landing, utmParams);

    QStringList tags = kit.hashtags;
    if (!c.occasionName.isEmpty())
        tags << occasionHashtag(c.occasionName, lang);
    tags << m_bank.list(lang, {QStringLiteral("occasions"), c.occasionGroup, QStringLiteral("hashtags")});
    for (const QString &t : std::as_const(tags)) {
        const QString clean = QString(t).remove(QLatin1Char('#')).trimmed();
        if (!clean.isEmpty() && !c.hashtags.contains(clean, Qt::CaseInsensitive))
            c.hashtags << clean;
    }
    c.disclaimer = ar ? kit.disclaimerAr : kit.disclaimerEn;
    c.tagline = ar ? kit.taglineAr : kit.taglineEn;
    c.brandKit = kit;
    return c;
}

GuardSubject ContentGenerator::subjectFor(const GenerationRequest &r, const ContentItem &item) const
{
    GuardSubject s;
    s.platform = item.platform;
    s.isAd = item.adSetId.has_value();
    s.contentType = item.contentType;
    const QString objective = r.campaign.objective ? enumId(*r.campaign.objective) : QString();
    s.linkExpected = s.isAd || isEmailItem(item) || isBlogItem(item) || objective == QLatin1String("sales")
                  || objective == QLatin1String("traffic") || objective == QLatin1String("leads");
    const ProductFacts &p = r.campaign.product;
    s.names = QStringList{r.workspace.name, p.nameAr, p.nameEn, p.promoCode};
    s.names.removeAll(QString());
    return s;
}

LanguageCopy ContentGenerator::composeLanguage(const CopyContext &c, const ContentItem &item, quint64 seed) const
{
    LanguageCopy copy = m_social.compose(c, seed);
    if (isEmailItem(item))
        copy.email = m_email.compose(c, copy, seed);
    else if (isBlogItem(item))
        copy.blog = m_blog.compose(c, copy, seed);
    if (item.contentType == ContentType::Video || item.contentType == ContentType::ShortVideo)
        copy.video = m_video.compose(c, copy, seed);
    return copy;
}

QString ContentGenerator::mainText(const LanguageCopy &copy, const QString &link)
{
    QString text = copy.primaryText;
    if (!link.isEmpty())
        text.remove(link);
    return text.simplified();
}

void ContentGenerator::applySummary(ContentItem *item, const QStringList &languages)
{
    const ContentCopy &copy = *item->copy;
    item->title = {copy.ar.headline, copy.en.headline};
    item->body = {copy.ar.primaryText, copy.en.primaryText};
    item->callToAction = {copy.ar.callToAction, copy.en.callToAction};
    item->hashtags = copy.in(languages.value(0, QStringLiteral("en"))).hashtags;
}

std::vector<GeneratedItem> ContentGenerator::generate(const GenerationRequest &r) const
{
    static const QStringList kLanguages{QStringLiteral("ar"), QStringLiteral("en")};
    std::map<std::pair<Platform, QString>, std::set<QString>> used; // (platform, language) -> main texts
    std::vector<GeneratedItem> out;
    out.reserve(r.items.size());
    const BrandGuard guard(m_bank, m_limits, r.workspace.brandKit);
    // A regeneration keeps every other item: their texts are taken first.
    if (r.regenerateItemId) {
        for (const ContentItem &item : r.items) {
            if (item.id != *r.regenerateItemId && item.copy) {
                for (const QString &lang : kLanguages)
                    used[{item.platform, lang}].insert(mainText(item.copy->in(lang), item.copy->link));
            }
        }
    }
    for (std::size_t index = 0; index < r.items.size(); ++index) {
        const ContentItem &source = r.items[index];
        GeneratedItem g;
        g.item = source;
        const bool rewrite = !r.regenerateItemId || source.id == *r.regenerateItemId;
        if (rewrite) {
            ContentCopy copy;
            const int previousVariant = source.copy ? source.copy->variant : -1;
            copy.variant = r.regenerateItemId ? previousVariant + 1 : 0;
            copy.seed = r.seed;
            copy.source = QStringLiteral("templates");
            copy.generatedAt = r.nowUtc;
            const QString key = source.id > 0 ? QString::number(source.id) : QStringLiteral("i%1").arg(index);
            for (const QString &lang : kLanguages) {
                const CopyContext context = contextFor(r, source, lang);
                copy.link = context.link;
                copy.brandName = r.workspace.name;
                copy.callToActionType = context.isAd ? m_bank.ctaType(context.channel, context.objective) : QString();
                const QString previous = source.copy ? mainText(source.copy->in(lang), source.copy->link) : QString();
                auto &seen = used[{source.platform, lang}];
                LanguageCopy written;
                for (int attempt = 0; attempt < 60; ++attempt) {
                    const quint64 seed = stableHash(
                        QStringLiteral("%1|%2|%3|%4|%5").arg(r.seed).arg(key, lang).arg(copy.variant).arg(attempt));
                    written = composeLanguage(context, source, seed);
                    const QString main = mainText(written, context.link);
                    if (!seen.count(main) && (!r.regenerateItemId || main != previous))
                        break;
                }
                seen.insert(mainText(written, context.link));
                copy.in(lang) = written;
            }
            if (const FieldLimit *b = m_limits.limit(source.platform, true, QStringLiteral("brand_name")))
                copy.brandName = textmeasure::truncateToFit(copy.brandName, b->max, b->count);
            g.item.copy = copy;
            g.item.updatedAt = r.nowUtc;
            applySummary(&g.item, r.campaign.languages);
            g.changed = true;
        }
        if (g.item.copy)
            g.report = guard.check(*g.item.copy, subjectFor(r, g.item));
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace cf
