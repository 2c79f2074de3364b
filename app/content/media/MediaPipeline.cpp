#include "app/content/media/MediaPipeline.h"

#include "app/content/media/MediaLog.h"

#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <deque>

namespace cf {

namespace {

// A short script from plain fields, for video items whose copy has none.
VideoScript fallbackScript(const QString &language, const QString &headline, const QString &offer, const QString &cta)
{
    VideoScript script;
    script.language = language;
    script.scenes.push_back({headline, headline, 3.0});
    if (!offer.isEmpty())
        script.scenes.push_back({offer, offer, 3.0});
    if (!cta.isEmpty())
        script.scenes.push_back({cta, cta, 2.5});
    return script;
}

QColor brandColor(const QString &text)
{
    return parseBrandColor(text).value_or(QColor());
}

} // namespace

QSize MediaPipeline::imageSizeFor(Platform platform, ContentType type)
{
    if (type == ContentType::Story)
        return {1080, 1920};
    switch (platform) {
    case Platform::Instagram:
    case Platform::Facebook:
        return {1080, 1350}; // 4:5 takes the most feed space Meta allows
    case Platform::X:
    case Platform::LinkedIn:
    case Platform::WordPress:
    case Platform::Mailchimp:
    case Platform::Kit:
        return {1200, 628};
    case Platform::TikTok:
    case Platform::Snapchat:
        return {1080, 1920};
    case Platform::YouTube:
        return {1280, 720};
    }
    return {1080, 1080};
}

std::vector<PlannedMediaJob> MediaPipeline::plan(const Campaign &campaign, const Workspace &workspace,
                                                 const std::vector<ContentItem> &items, const QString &logoPath) const
{
    std::vector<PlannedMediaJob> jobs;
    const BrandKit &brand = workspace.brandKit;
    for (const ContentItem &item : items) {
        const bool image = item.contentType == ContentType::ImagePost || item.contentType == ContentType::Carousel ||
                           item.contentType == ContentType::Story;
        const bool video = item.contentType == ContentType::Video || item.contentType == ContentType::ShortVideo;
        if (!image && !video)
            continue;
        for (const QString &language : campaign.languages) {
            if (language != QLatin1String("ar") && language != QLatin1String("en"))
                continue;
            const bool arabic = language == QLatin1String("ar");
            const LanguageCopy *copy = item.copy ? &item.copy->in(language) : nullptr;
            CreativeSpec creative;
            creative.language = language;
            creative.headline = copy && !copy->headline.isEmpty() ? copy->headline
                                                                  : (arabic ? item.title.ar : item.title.en);
            creative.callToAction = copy && !copy->callToAction.isEmpty()
                                        ? copy->callToAction
                                        : (arabic ? item.callToAction.ar : item.callToAction.en);
            creative.offer = arabic ? campaign.product.offerAr : campaign.product.offerEn;
            creative.primaryColor = brandColor(brand.primaryColor);
            creative.secondaryColor = brandColor(brand.secondaryColor);
            creative.accentColor = brandColor(brand.accentColor);
            creative.logoPath = logoPath;
            if (creative.headline.trimmed().isEmpty())
                continue; // nothing written in this language yet
            if (image) {
                creative.size = imageSizeFor(item.platform, item.contentType);
                jobs.push_back({item.id, MediaJobSpec{GenerationKind::Image, creative, {}, {}}});
                continue;
            }
            const auto target = m_limits.videoTarget(item.platform, item.contentType);
            if (!target)
                continue;
            creative.size = target->size;
            const VideoScript script = copy && copy->video && !copy->video->scenes.empty()
                                           ? *copy->video
                                           : fallbackScript(language, creative.headline, creative.offer,
                                                            creative.callToAction);
            jobs.push_back({item.id, MediaJobSpec{GenerationKind::Voice, creative, script, *target}});
            jobs.push_back({item.id, MediaJobSpec{GenerationKind::Video, creative, script, *target}});
        }
    }
    return jobs;
}

std::vector<MediaJobReport> runMediaJobsBlocking(const Database &database, const MediaEnvironment &environment,
                                                 const Clock &clock, qint64 campaignId,
                                                 const std::vector<PlannedMediaJob> &jobs)
{
    const GenerationJobLedger ledger(database, environment.assetsDir, clock);
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    std::vector<MediaJobReport> reports;
    // At most one job per worker is in flight, so a job is marked running
    // when a worker really takes it.
    std::deque<std::pair<size_t, QFuture<MediaJobOutcome>>> inFlight;
    const auto finishOldest = [&] {
        auto &[index, future] = inFlight.front();
        future.waitForFinished();
        MediaJobReport &report = reports[index];
        const GenerationJobLedger::Recorded r = ledger.record(report.jobId, report.contentItemId, future.result());
        report.status = r.status;
        report.assetId = r.assetId;
        report.error = r.error;
        inFlight.pop_front();
    };
    for (const PlannedMediaJob &planned : jobs) {
        MediaJobReport report;
        report.contentItemId = planned.contentItemId;
        report.kind = planned.spec.kind;
        report.language = planned.spec.kind == GenerationKind::Image ? planned.spec.creative.language
                                                                     : planned.spec.script.language;
        const auto admission = ledger.admit(campaignId, planned.contentItemId, planned.spec);
        if (!admission) {
            report.error = admission.error().message;
            reports.push_back(report);
            continue;
        }
        report.jobId = admission->jobId;
        report.status = admission->status;
        report.assetId = admission->assetId;
        report.reused = admission->assetId.has_value();
        report.error = admission->error;
        reports.push_back(report);
        if (!admission->mustRun)
            continue;
        if (int(inFlight.size()) >= pool.maxThreadCount())
            finishOldest();
        ledger.markRunning(admission->jobId);
        inFlight.emplace_back(reports.size() - 1, QtConcurrent::run(&pool, [spec = planned.spec, env = environment] {
                                  return runMediaJob(spec, env, CancelToken(), {});
                              }));
    }
    while (!inFlight.empty())
        finishOldest();
    return reports;
}

} // namespace cf
