#include "app/publishing/PublishStatusReport.h"

#include "models/domain/AdEntity.h"
#include "models/domain/EnumIds.h"
#include "models/domain/TimeText.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/RowSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <map>

namespace cf {

StoreResult<PublishQueueCounts> countPublishQueue(const Database &db)
{
    QSqlQuery q(db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT state, COUNT(*) FROM publish_targets GROUP BY state"));
        s.isError())
        return s;
    PublishQueueCounts counts;
    while (q.next()) {
        const std::optional<TargetState> state = enumFromId<TargetState>(q.value(0).toString());
        const int n = q.value(1).toInt();
        if (!state)
            continue; // a state this build does not know: neither waiting nor settled by us
        switch (*state) {
        case TargetState::Scheduled:
        case TargetState::Claimed:
        case TargetState::Sending:
        case TargetState::FailedRetryable: counts.waiting += n; break;
        case TargetState::FailedPermanent:
        case TargetState::Unknown: counts.attention += n; break;
        case TargetState::Published:
        case TargetState::Cancelled: break;
        }
    }
    return counts;
}

StoreResult<std::vector<TargetStatusRow>> loadPublishStatus(const Database &db)
{
    auto targets = PublishTargetRepository(db).listAll();
    if (!targets)
        return targets.error();
    // Names and times in one query; the targets themselves come from the
    // repository so their columns are read in one place.
    QSqlQuery q(db.handle());
    if (StoreStatus s = sql::exec(q, QStringLiteral("SELECT t.id, k.id, k.name, i.account_name, c.scheduled_at, "
                                                    "c.ad_set_id IS NOT NULL "
                                                    "FROM publish_targets t "
                                                    "JOIN campaign_content c ON c.id = t.content_id "
                                                    "JOIN campaigns k ON k.id = c.campaign_id "
                                                    "JOIN platform_integrations i ON i.id = t.connection_id"));
        s.isError())
        return s;
    struct Names
    {
        qint64 campaignId;
        QString campaign;
        QString account;
        QDateTime scheduled;
        bool isAd;
    };
    std::map<qint64, Names> names;
    while (q.next())
        names[q.value(0).toLongLong()] = Names{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                               utcFromText(q.value(4).toString()), q.value(5).toBool()};
    std::vector<TargetStatusRow> rows;
    for (const PublishTarget &t : *targets) {
        TargetStatusRow row;
        row.target = t;
        if (auto found = names.find(t.id); found != names.end()) {
            row.campaignId = found->second.campaignId;
            row.campaignName = found->second.campaign;
            row.accountName = found->second.account;
            row.scheduledUtc = found->second.scheduled;
            row.isAd = found->second.isAd;
        }
        if (row.isAd && t.state == TargetState::Published)
            row.adDelivery = t.adDelivery.isEmpty() ? enumId(AdDelivery::Paused) : t.adDelivery;
        rows.push_back(std::move(row));
    }
    return rows;
}

nlohmann::json publishStatusJson(const std::vector<TargetStatusRow> &rows)
{
    nlohmann::json targets = nlohmann::json::array();
    std::map<std::string, int> counts;
    int attention = 0;
    for (const TargetStatusRow &row : rows) {
        const PublishTarget &t = row.target;
        const std::string state = enumId(t.state).toStdString();
        ++counts[state];
        if (t.state == TargetState::FailedPermanent || t.state == TargetState::Unknown)
            ++attention;
        targets.push_back({
            {"id", t.id},
            {"content_id", t.contentItemId},
            {"campaign_id", row.campaignId},
            {"campaign", row.campaignName.toStdString()},
            {"connection_id", t.connectionId},
            {"account", row.accountName.toStdString()},
            {"platform", platformId(t.platform).toStdString()},
            {"language", t.language.toStdString()},
            {"state", state},
            {"attempts", t.attempts},
            {"scheduled_at", utcText(row.scheduledUtc).toStdString()},
            {"next_attempt_at", utcText(t.nextAttemptAt).toStdString()},
            {"native_schedule", t.nativeSchedule},
            {"external_id", t.externalId.toStdString()},
            {"permalink", t.permalink.toStdString()},
            {"error_kind", t.errorKind.toStdString()},
            {"error_message", t.errorMessage.toStdString()},
            {"error_action", t.errorAction.toStdString()},
            {"ad", row.isAd},
            {"ad_delivery", row.adDelivery.toStdString()},
            {"platform_status", t.platformStatus.toStdString()},
        });
    }
    return {{"targets", targets}, {"counts", counts}, {"attention", attention}};
}

QString publishStatusText(const std::vector<TargetStatusRow> &rows)
{
    if (rows.empty())
        return QCoreApplication::translate("cf::PublishStatusReport", "Nothing is queued for publishing.") + QLatin1Char('\n');
    QString out;
    std::map<QString, int> counts;
    for (const TargetStatusRow &row : rows) {
        const PublishTarget &t = row.target;
        ++counts[enumId(t.state)];
        out += QCoreApplication::translate("cf::PublishStatusReport", "#%1  item %2  %3 (%4)  %5  %6")
                   .arg(t.id)
                   .arg(t.contentItemId)
                   .arg(platformDisplayName(t.platform), row.accountName, enumId(t.state),
                        utcText(row.scheduledUtc));
        if (!t.externalId.isEmpty())
            out += QStringLiteral("  ") + t.externalId;
        if (row.adDelivery == enumId(AdDelivery::Active))
            out += QStringLiteral("  ") + QCoreApplication::translate("cf::PublishStatusReport", "ad delivering");
        else if (!row.adDelivery.isEmpty())
            out += QStringLiteral("  ") + QCoreApplication::translate("cf::PublishStatusReport", "ad paused");
        out += QLatin1Char('\n');
        if (!t.errorMessage.isEmpty())
            out += QStringLiteral("    ") + t.errorMessage
                   + (t.errorAction.isEmpty() ? QString() : QStringLiteral(" ") + t.errorAction) + QLatin1Char('\n');
    }
    QStringList parts;
    for (const auto &[state, n] : counts)
        parts << QStringLiteral("%1: %2").arg(state).arg(n);
    out += QCoreApplication::translate("cf::PublishStatusReport", "Targets by state: %1").arg(parts.join(QStringLiteral(", ")))
           + QLatin1Char('\n');
    return out;
}

} // namespace cf
