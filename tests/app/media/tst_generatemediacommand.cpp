// `campaignforge-cli generate CAMPAIGN_ID --media` end to end in a temporary
// data folder: plan --save, then (to keep the run short: videos take a
// while) keep one carousel and one short video of the plan, then generate
// --media. Every job succeeds (or,
// without ffmpeg/espeak-ng, says what to install), each reported file exists,
// creatives are PNGs at a platform size, a video item gets an MP4 when ffmpeg
// is present, and a second run reuses every asset.
#include "app/content/media/ToolLocator.h"
#include "models/store/ContentRepository.h"
#include "models/store/Database.h"
#include "tests/support/TestPaths.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestGenerateMediaCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QJsonObject json;
        QString err;
    };

    Run cli(const QStringList &args) const
    {
        QProcess p;
        p.start(cf::test::cliPath(), QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), m_dir.path()} + args);
        Run r;
        if (!p.waitForFinished(280000)) {
            p.kill();
            return r;
        }
        r.code = p.exitCode();
        r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void generatesAndStoresMedia()
    {
        const Run plan = cli({QStringLiteral("plan"), QStringLiteral("--today"), QStringLiteral("2026-03-01"), QStringLiteral("--save"),
                              QStringLiteral("Create Instagram and TikTok campaign for Eid sale with 300 SAR budget for 3 days")});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        const qint64 campaignId = plan.json.value(QStringLiteral("campaign_id")).toInt();
        const QString id = QString::number(campaignId);
        {
            cf::Database db;
            QVERIFY(db.open(m_dir.filePath(QStringLiteral("campaignforge.sqlite")), QStringLiteral("t-media-trim")));
            const auto items = cf::ContentRepository(db).listForCampaign(campaignId);
            QVERIFY(items);
            std::optional<qint64> image, video;
            for (const cf::ContentItem &item : items.value()) {
                if (!image && (item.contentType == cf::ContentType::Carousel || item.contentType == cf::ContentType::ImagePost))
                    image = item.id;
                if (!video && item.contentType == cf::ContentType::ShortVideo)
                    video = item.id;
            }
            QVERIFY(image && video);
            QSqlQuery trim(db.handle());
            QVERIFY(trim.prepare(QStringLiteral("DELETE FROM campaign_content WHERE campaign_id = ? AND id NOT IN (?, ?)")));
            trim.addBindValue(campaignId);
            trim.addBindValue(*image);
            trim.addBindValue(*video);
            QVERIFY(trim.exec());
        }

        const Run r = cli({QStringLiteral("generate"), id, QStringLiteral("--media")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject media = r.json.value(QStringLiteral("media")).toObject();
        const QJsonArray jobs = media.value(QStringLiteral("items")).toArray();
        QVERIFY(jobs.size() >= 4); // an image per language, voice and video per language
        QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(media.value(QStringLiteral("jobs")).toInt(), jobs.size());

        const bool haveFfmpeg = cf::ToolLocator().find(cf::MediaTool::Ffmpeg).has_value();
        const bool haveEspeak = cf::ToolLocator().find(cf::MediaTool::EspeakNg).has_value();
        static const QSet<QSize> kSizes{QSize(1080, 1080), QSize(1080, 1350), QSize(1080, 1920), QSize(1200, 628), QSize(1280, 720)};
        int images = 0, videos = 0;
        for (const QJsonValue &v : jobs) {
            const QJsonObject job = v.toObject();
            const QString kind = job.value(QStringLiteral("kind")).toString();
            const bool toolMissing = (kind == QLatin1String("video") && !haveFfmpeg) || (kind == QLatin1String("voice") && !haveEspeak);
            if (toolMissing) {
                QVERIFY(job.value(QStringLiteral("error")).toString().contains(QStringLiteral("install"), Qt::CaseInsensitive));
                continue;
            }
            QVERIFY2(job.value(QStringLiteral("status")).toString() == QLatin1String("succeeded"),
                     qPrintable(job.value(QStringLiteral("error")).toString()));
            const QString file = job.value(QStringLiteral("file")).toString();
            QVERIFY2(QFileInfo(file).isFile() && QFileInfo(file).size() > 0, qPrintable(file));
            QVERIFY(file.startsWith(m_dir.path()));
            if (kind == QLatin1String("image")) {
                QImageReader reader(file);
                QCOMPARE(reader.format(), QByteArray("png"));
                QVERIFY2(kSizes.contains(reader.size()), qPrintable(file));
                ++images;
            } else if (kind == QLatin1String("video")) {
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(f.read(12).mid(4, 4), QByteArray("ftyp")); // an ISO media (MP4) file
                QVERIFY(file.endsWith(QStringLiteral(".mp4")));
                ++videos;
            }
        }
        QVERIFY(images > 0);
        if (haveFfmpeg)
            QVERIFY(videos > 0);

        // Identical inputs: nothing is made again.
        const Run again = cli({QStringLiteral("generate"), id, QStringLiteral("--media")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        const QJsonObject second = again.json.value(QStringLiteral("media")).toObject();
        QCOMPARE(second.value(QStringLiteral("reused")).toInt(), media.value(QStringLiteral("succeeded")).toInt());
    }
};

QTEST_GUILESS_MAIN(TestGenerateMediaCommand)
#include "tst_generatemediacommand.moc"
