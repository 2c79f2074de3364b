#pragma once

#include "models/domain/AutomationLog.h"
#include "models/store/StoreError.h"

#include <vector>

namespace cf {
class Database;

// automation_logs rows: what the publishing thread and the automation
// levels did or declined to do, for the campaign's activity view.
class AutomationLogRepository
{
public:
    explicit AutomationLogRepository(const Database &database) : m_db(database) {}

    StoreResult<qint64> insert(const AutomationLog &entry) const;
    // A campaign's entries, oldest first.
    StoreResult<std::vector<AutomationLog>> listForCampaign(qint64 campaignId) const;
    StoreResult<std::vector<AutomationLog>> listForContent(qint64 contentId) const;
    // One entry by id (NotFound when there is none).
    StoreResult<AutomationLog> find(qint64 id) const;

private:
    StoreResult<std::vector<AutomationLog>> select(const QString &where, const QVariantList &args) const;

    const Database &m_db;
};

} // namespace cf
