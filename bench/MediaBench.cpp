// The media benchmarks: image creatives at 1080x1080 rendered in parallel on
// a thread pool, as the generation jobs do, with and without PNG encoding.
#include "Benchmark.h"

#include "app/content/media/CreativeRenderer.h"
#include "app/content/media/FontRegistry.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QPainter>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <optional>

namespace cf::bench {
namespace {

constexpr int kCreativesPerIteration = 40;

class CreativeBenchmark : public Benchmark
{
public:
    explicit CreativeBenchmark(bool encode) : m_encode(encode) {}

    QString name() const override { return m_encode ? QStringLiteral("creatives_png") : QStringLiteral("creatives"); }
    QString description() const override
    {
        return m_encode ? QStringLiteral("render and PNG-encode 40 creatives at 1080x1080 (ar+en) on the thread pool")
                        : QStringLiteral("render 40 creatives at 1080x1080 (ar+en, photo, logo) on the thread pool");
    }

    bool prepare(QString *error) override
    {
        const auto fonts = FontRegistry::registerBundled(error);
        if (!fonts)
            return false;
        m_renderer.emplace(*fonts);
        // A product photo and a logo, decoded once like a job's inputs.
        QImage photo(1200, 900, QImage::Format_RGB32);
        QPainter p(&photo);
        QLinearGradient g(0, 0, 1200, 900);
        g.setColorAt(0, QColor(0xf3, 0xd9, 0xb1));
        g.setColorAt(1, QColor(0xc9, 0x8c, 0x5a));
        p.fillRect(photo.rect(), g);
        p.end();
        QImage logo(400, 120, QImage::Format_ARGB32_Premultiplied);
        logo.fill(QColor(0x22, 0x22, 0x22));
        for (int i = 0; i < kCreativesPerIteration; ++i) {
            CreativeSpec spec;
            spec.language = i % 2 ? QStringLiteral("en") : QStringLiteral("ar");
            spec.headline = i % 2 ? QStringLiteral("The big Ramadan sale, %1 days left").arg(i)
                                  : QStringLiteral("تخفيضات رمضان الكبرى، باقي %1 يوم").arg(i);
            spec.offer = i % 2 ? QStringLiteral("30% off every abaya") : QStringLiteral("خصم ٣٠٪ على كل العبايات");
            spec.callToAction = i % 2 ? QStringLiteral("Shop now") : QStringLiteral("تسوّقي الآن");
            spec.primaryColor = QColor::fromHsl((i * 37) % 360, 140, 70);
            m_jobs.push_back(Job{spec, CreativeImages{logo, i % 4 < 2 ? photo : QImage()}});
        }
        return true;
    }

    bool iteration(QString *error) override
    {
        QElapsedTimer timer;
        timer.start();
        const CreativeRenderer &renderer = *m_renderer;
        const bool encode = m_encode;
        const QList<qsizetype> sizes = QtConcurrent::blockingMapped(m_jobs, [&renderer, encode](const Job &job) {
            const RenderedCreative creative = renderer.render(job.spec, job.images);
            if (!encode)
                return qsizetype(creative.image.sizeInBytes());
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter(&buffer, "png").write(creative.image);
            return png.size();
        });
        m_seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (std::any_of(sizes.begin(), sizes.end(), [](qsizetype s) { return s <= 0; })) {
            *error = QStringLiteral("a creative came out empty");
            return false;
        }
        return true;
    }

    QString summary() const override
    {
        std::vector<double> sorted = m_seconds;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.empty() ? 0 : sorted[sorted.size() / 2];
        return QStringLiteral("%1 creatives per second (median iteration, %2 worker threads)")
            .arg(median > 0 ? kCreativesPerIteration / median : 0, 0, 'f', 1)
            .arg(QThreadPool::globalInstance()->maxThreadCount());
    }

private:
    struct Job
    {
        CreativeSpec spec;
        CreativeImages images;
    };
    bool m_encode;
    std::optional<CreativeRenderer> m_renderer;
    QList<Job> m_jobs;
    std::vector<double> m_seconds;
};

} // namespace

std::vector<std::unique_ptr<Benchmark>> mediaBenchmarks()
{
    std::vector<std::unique_ptr<Benchmark>> list;
    list.push_back(std::make_unique<CreativeBenchmark>(false));
    list.push_back(std::make_unique<CreativeBenchmark>(true));
    return list;
}

} // namespace cf::bench
