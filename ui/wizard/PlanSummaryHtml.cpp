#include "ui/wizard/PlanSummaryHtml.h"

#include "models/domain/Money.h"
#include "ui/wizard/WizardText.h"

#include <QCoreApplication>
#include <QLocale>

namespace cf {
namespace {

QString money(double amount, const QString &currency)
{
    return formatMoney(moneyFromMajor(amount, currency), QLocale()).toHtmlEscaped();
}

QString range(const ValueRange &r)
{
    const QLocale locale;
    return QCoreApplication::translate("cf::PlanSummaryHtml", "%1 – %2").arg(locale.toString(qint64(r.low)), locale.toString(qint64(r.high)));
}

QString messagesList(const std::vector<PlanMessage> &messages, const QString &colour)
{
    QString html = QStringLiteral("<ul style=\"color:%1\">").arg(colour);
    for (const PlanMessage &m : messages)
        html += QStringLiteral("<li>%1</li>").arg(m.message.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

QString PlanSummaryHtml::plan(const CampaignPlan &p, const QString &language)
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "Strategy").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                .arg(p.strategy.typeName.in(language).toHtmlEscaped(), p.strategy.objectiveName.in(language).toHtmlEscaped(),
                     QCoreApplication::translate("cf::PlanSummaryHtml", "%1 to %2 (%3 days)")
                         .arg(locale.toString(p.brief.flight.first, QLocale::ShortFormat),
                              locale.toString(p.brief.flight.last, QLocale::ShortFormat), locale.toString(p.brief.flight.days()))
                         .toHtmlEscaped());
    if (!p.strategy.keyMessages.empty()) {
        html += QStringLiteral("<ul>");
        for (const Bilingual &message : p.strategy.keyMessages)
            html += QStringLiteral("<li>%1</li>").arg(message.in(language).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "Budget split").toHtmlEscaped());
    if (p.budget.channels.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "No paid budget: organic posts only.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<table cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(QCoreApplication::translate("cf::PlanSummaryHtml", "Channel").toHtmlEscaped(), QCoreApplication::translate("cf::PlanSummaryHtml", "Platforms").toHtmlEscaped(), QCoreApplication::translate("cf::PlanSummaryHtml", "Total").toHtmlEscaped(),
                         QCoreApplication::translate("cf::PlanSummaryHtml", "Per day").toHtmlEscaped());
        for (const ChannelBudget &c : p.budget.channels) {
            QStringList platforms;
            for (const QString &id : c.platforms)
                platforms << WizardText::platform(id);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(c.channel.toHtmlEscaped(), locale.createSeparatedList(platforms).toHtmlEscaped(),
                             money(c.amount, p.budget.currency), money(c.dailyAmount, p.budget.currency));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "Ad structure").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "%1 content items in the calendar.").arg(locale.toString(int(p.items.size()))).toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const AdCampaignPlan &campaign : p.structure) {
        int ads = 0;
        for (const AdSetPlan &set : campaign.adSets)
            ads += int(set.ads.size());
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(campaign.name.toHtmlEscaped(),
                         QCoreApplication::translate("cf::PlanSummaryHtml", "%1 ad sets, %2 ads").arg(locale.toString(int(campaign.adSets.size())), locale.toString(ads)).toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "Estimates").toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"4\">");
    const std::pair<const char *, const ValueRange *> rows[] = {
        {QT_TRANSLATE_NOOP("cf::PlanSummaryHtml", "Reach"), &p.estimates.reach},
        {QT_TRANSLATE_NOOP("cf::PlanSummaryHtml", "Impressions"), &p.estimates.impressions},
        {QT_TRANSLATE_NOOP("cf::PlanSummaryHtml", "Clicks"), &p.estimates.clicks},
        {QT_TRANSLATE_NOOP("cf::PlanSummaryHtml", "Conversions"), &p.estimates.conversions}};
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", label).toHtmlEscaped(), range(*value).toHtmlEscaped());
    html += QStringLiteral("</table>");

    if (!p.warnings.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "Warnings").toHtmlEscaped());
        html += messagesList(p.warnings, QStringLiteral("#92400E"));
    }
    return html;
}

QString PlanSummaryHtml::errors(const std::vector<PlanMessage> &errors)
{
    return QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "The campaign cannot be planned yet").toHtmlEscaped())
        + messagesList(errors, QStringLiteral("#B91C1C"))
        + QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("cf::PlanSummaryHtml", "Go back and correct the details.").toHtmlEscaped());
}

} // namespace cf
