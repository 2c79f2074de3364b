#include "app/automation/OptimisationUndo.h"

#include "app/automation/OptimiserData.h"
#include "app/automation/OptimiserLog.h"
#include "app/core/Clock.h"
#include "models/domain/TimeText.h"
#include "models/store/AdSetRepository.h"
#include "models/store/AutomationLogRepository.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "models/store/PublishTargetRepository.h"
#include "models/store/SqlSupport.h"

#include <QLocale>
#include <QTimeZone>

#include <nlohmann/json.hpp>

namespace cf {
namespace {

nlohmann::json parseDetails(const QString &text)
{
    return nlohmann::json::parse(text.toStdString(), nullptr, false);
}

} // namespace

bool OptimisationUndo::isOptimisation(const AutomationLog &entry)
{
    return entry.event == QLatin1String("optimised_schedule") || entry.event == QLatin1String("optimised_budget");
}

std::set<qint64> OptimisationUndo::undoneIds(const std::vector<AutomationLog> &logs)
{
    std::set<qint64> ids;
    for (const AutomationLog &log : logs) {
        if (log.event != QLatin1String("optimisation_undone"))
            continue;
        const auto details = parseDetails(log.detailsJson);
        if (details.is_object() && details.contains("undone_log_id") && details["undone_log_id"].is_number_integer())
            ids.insert(details["undone_log_id"].get<qint64>());
    }
    return ids;
}

StoreResult<UndoOutcome> OptimisationUndo::undo(qint64 logId) const
{
    auto entry = AutomationLogRepository(m_db).find(logId);
    if (!entry)
        return entry.error();
    UndoOutcome outcome;
    if (!isOptimisation(*entry) || !entry->campaignId) {
        outcome.message = tr("Entry %1 is not a change made by the optimiser, so there is nothing to undo.").arg(logId);
        return outcome;
    }
    auto logs = AutomationLogRepository(m_db).listForCampaign(*entry->campaignId);
    if (!logs)
        return logs.error();
    if (undoneIds(*logs).count(logId)) {
        outcome.message = tr("This change was already undone.");
        return outcome;
    }
    const StoreStatus status = sql::inTransaction(m_db.handle(), [&]() -> StoreStatus {
        return entry->event == QLatin1String("optimised_schedule") ? undoSchedule(*entry, entry->detailsJson, outcome)
                                                                   : undoBudget(*entry, entry->detailsJson, outcome);
    });
    if (status.isError())
        return status;
    if (outcome.undone)
        qCInfo(lcAutomation) << "optimisation" << logId << "undone";
    return outcome;
}

StoreStatus OptimisationUndo::undoSchedule(const AutomationLog &entry, const QString &detailsJson,
                                           UndoOutcome &outcome) const
{
    const auto details = parseDetails(detailsJson);
    const qint64 contentId = details.is_object() ? details.value("content_id", qint64(0)) : 0;
    const QDateTime before = utcFromText(QString::fromStdString(details.is_object() ? details.value("before", "") : ""));
    const QDateTime after = utcFromText(QString::fromStdString(details.is_object() ? details.value("after", "") : ""));
    if (contentId <= 0 || !before.isValid() || !after.isValid()) {
        outcome.message = tr("The entry does not say what was changed, so it cannot be undone.");
        return {};
    }
    auto item = ContentRepository(m_db).find(contentId);
    if (!item) {
        if (item.error().code != StoreError::Code::NotFound)
            return item.error();
        outcome.message = tr("The post no longer exists.");
        return {};
    }
    auto campaign = CampaignRepository(m_db).find(item->campaignId);
    if (!campaign)
        return campaign.error();
    const QTimeZone zone(campaign->timeZone.toUtf8());
    auto local = [&zone](const QDateTime &utc) {
        return QLocale().toString(zone.isValid() ? utc.toTimeZone(zone) : utc, QStringLiteral("ddd d MMM HH:mm"));
    };
    const QDateTime now = m_clock.nowUtc();
    if (item->scheduledUtc != after) {
        outcome.message = tr("The post was moved again since (it is now at %1), so the change was not undone.")
                              .arg(local(item->scheduledUtc));
        return {};
    }
    auto targets = PublishTargetRepository(m_db).listForContent(contentId);
    if (!targets)
        return targets.error();
    if (!itemMayMove(*item, *targets, now)) {
        outcome.message = tr("The post has already gone out or is on its way, so its time cannot change now.");
        return {};
    }
    if (before <= now) {
        outcome.message = tr("Its earlier time (%1) has already passed, so the post stays at %2.")
                              .arg(local(before), local(after));
        return {};
    }
    ContentItem back = *item;
    back.scheduledUtc = before;
    back.updatedAt = now;
    if (StoreStatus s = ContentRepository(m_db).update(back); s.isError())
        return s;
    return writeUndoneLog(entry, tr("Undid a schedule change: the %1 post is back at %2.")
                                     .arg(platformDisplayName(item->platform), local(before)),
                          outcome);
}

StoreStatus OptimisationUndo::undoBudget(const AutomationLog &entry, const QString &detailsJson,
                                         UndoOutcome &outcome) const
{
    const auto details = parseDetails(detailsJson);
    if (!details.is_object() || !details.contains("ad_sets") || !details["ad_sets"].is_array()
        || details["ad_sets"].empty()) {
        outcome.message = tr("The entry does not say what was changed, so it cannot be undone.");
        return {};
    }
    const AdSetRepository repo(m_db);
    std::vector<AdSet> restored;
    for (const auto &change : details["ad_sets"]) {
        const qint64 id = change.is_object() ? change.value("id", qint64(0)) : 0;
        auto adSet = repo.find(id);
        if (!adSet) {
            if (adSet.error().code != StoreError::Code::NotFound)
                return adSet.error();
            outcome.message = tr("One of the ad sets of this change no longer exists, so nothing was undone.");
            return {};
        }
        const qint64 afterMinor = change.value("after", qint64(-1));
        if (adSet->budget.amount.minor != afterMinor) {
            outcome.message = tr("The budget of the ad set “%1” was changed since (it is now %2), so nothing was "
                                 "undone.")
                                  .arg(adSet->name, formatMoney(adSet->budget.amount));
            return {};
        }
        AdSet back = *adSet;
        back.budget.amount.minor = change.value("before", afterMinor);
        restored.push_back(back);
    }
    for (const AdSet &adSet : restored) {
        if (StoreStatus s = repo.update(adSet); s.isError())
            return s;
    }
    return writeUndoneLog(entry, tr("Undid a budget shift: %n ad set(s) are back at their earlier budgets.", nullptr,
                                    int(restored.size())),
                          outcome);
}

StoreStatus OptimisationUndo::writeUndoneLog(const AutomationLog &entry, const QString &message,
                                             UndoOutcome &outcome) const
{
    AutomationLog log;
    log.campaignId = entry.campaignId;
    log.contentItemId = entry.contentItemId;
    log.event = QStringLiteral("optimisation_undone");
    log.message = message;
    nlohmann::json details{{"undone_log_id", entry.id}, {"undone_event", entry.event.toStdString()}};
    log.detailsJson = QString::fromStdString(details.dump());
    log.at = m_clock.nowUtc();
    auto id = AutomationLogRepository(m_db).insert(log);
    if (!id)
        return id.error();
    outcome.undone = true;
    outcome.message = message;
    outcome.logId = *id;
    return {};
}

} // namespace cf
