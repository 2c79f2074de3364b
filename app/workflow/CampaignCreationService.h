#pragma once

#include "app/content/media/CancelToken.h"
#include "app/content/media/FontRegistry.h"
#include "app/workflow/CampaignCreationRequest.h"
#include "app/workflow/PlanningResources.h"
#include "models/domain/Asset.h"
#include "models/store/CampaignTransfer.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace cf {
class Clock;
class Database;
class GenerationJobRunner;
struct GeneratedItem;

// Makes a campaign from the wizard's request, step by step, without blocking
// the thread it lives on (the GUI thread):
//   Planning     (worker) plan the brief, build the bundle, copy the logo and
//                product photo into the asset store;
//   Saving       store the campaign as a draft and remember the brand kit;
//   WritingCopy  (worker) write the bilingual copy, then store it;
//   MakingMedia  creatives, voice-overs and videos through GenerationJobRunner.
// Workers only compute; every database write happens on this object's thread,
// which owns the connection. cancel() stops at the next step boundary and
// cancels media jobs; what was saved stays as a consistent draft (the campaign
// and its items, with copy when that step finished). A run that completes
// leaves the campaign "in review".
class CampaignCreationService : public QObject
{
    Q_OBJECT
public:
    enum class Step { Planning, Saving, WritingCopy, MakingMedia, Done };
    Q_ENUM(Step)

    CampaignCreationService(const Database &database, const Clock &clock, QString assetsDir,
                            std::shared_ptr<const PlanningResources> resources, QObject *parent = nullptr);
    // Cancels and waits for a running worker step (no event loop).
    ~CampaignCreationService() override;

    // False (and nothing happens) while a run is in progress.
    bool start(const CampaignCreationRequest &request);
    // Asks the run to stop; cancelled() follows once it has.
    void cancel();
    bool isRunning() const { return m_running; }
    // The campaign of the current or last run; 0 until it is saved.
    qint64 campaignId() const { return m_campaignId; }
    // How many media jobs run at once (tests use 1 to cancel mid-way).
    void setMaxParallelMediaJobs(int count) { m_maxParallelMedia = count; }

    // A translated name for a step, for a progress dialog.
    static QString stepTitle(Step step);

Q_SIGNALS:
    // percent is for the whole run (0-100).
    void progressChanged(cf::CampaignCreationService::Step step, int percent, const QString &detail);
    // The campaign is complete; mediaFailures jobs failed (missing tools, say).
    void finished(qint64 campaignId, int mediaFailures);
    // campaignId is 0 when nothing was stored.
    void failed(const QString &error, qint64 campaignId);
    void cancelled(qint64 campaignId);

private:
    struct Planned
    {
        std::optional<CampaignBundle> bundle;
        std::optional<Asset> logo;
        std::optional<Asset> productPhoto;
        QString error;
    };
    struct Written
    {
        std::vector<GeneratedItem> items;
        QString error;
    };

    void report(Step step, int percent, const QString &detail = QString());
    void onPlanned();
    void saveCampaign(Planned planned);
    void onCopyWritten();
    void startMedia();
    void onMediaJobFinished();
    void finishRun();
    void failRun(const QString &error);
    void cancelRun();

    const Database &m_db;
    const Clock &m_clock;
    QString m_assetsDir;
    std::shared_ptr<const PlanningResources> m_resources;
    CampaignCreationRequest m_request;
    CancelToken m_cancel;
    bool m_running = false;
    qint64 m_campaignId = 0;
    int m_maxParallelMedia = 0;

    QFutureWatcher<Planned> m_planWatcher;
    QFutureWatcher<std::shared_ptr<Written>> m_copyWatcher;
    std::optional<CreativeFonts> m_fonts;
    std::unique_ptr<GenerationJobRunner> m_runner;
    int m_mediaTotal = 0;
    int m_mediaDone = 0;
    int m_mediaFailed = 0;
};

} // namespace cf
