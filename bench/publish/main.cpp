// campaignforge-bench-publish [--items N] [--timeout S]: publishes N
// approved items (default 1,000) to campaignforge-sandbox through the real
// publishing thread and prints throughput overall and per platform, the
// time spent waiting on rate limits, the GUI event loop's worst and 99th
// percentile stall, peak RSS, and what the sandbox received (creates and
// duplicates). See bench/README.md.
#include "bench/publish/BenchSetup.h"
#include "bench/publish/PublishRun.h"
#include "models/store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>

#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#include <sys/resource.h>
#endif

namespace {

double peakRssMiB()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_MACOS)
    return double(usage.ru_maxrss) / (1024.0 * 1024.0);
#else
    return double(usage.ru_maxrss) / 1024.0;
#endif
#else
    return -1;
#endif
}

struct Creates
{
    int accepted = 0; // 2xx answers to a create call
    int refused = 0;  // throttled or failed create calls
    int distinctBodies = 0;
};

// The create calls the sandbox recorded for one platform.
Creates recordedCreates(cf::test::PublisherHarness &harness, const QString &host, const QString &pathRegex)
{
    Creates c;
    QSet<QString> bodies;
    for (const auto &request : harness.recorded(host, pathRegex)) {
        const int status = request.value("status", 0);
        if (status >= 200 && status < 300) {
            ++c.accepted;
            bodies.insert(QString::fromStdString(request.value("body", std::string())));
        } else {
            ++c.refused;
        }
    }
    c.distinctBodies = int(bodies.size());
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Publishes approved items to campaignforge-sandbox and times the GUI loop"));
    parser.addHelpOption();
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Items to publish (default 1000)."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QStringLiteral("Give up after S seconds (default 900)."),
                                           QStringLiteral("S"), QStringLiteral("900"));
    parser.addOption(itemsOption);
    parser.addOption(timeoutOption);
    parser.process(app);
    bool itemsOk = false;
    bool timeoutOk = false;
    const int items = parser.value(itemsOption).toInt(&itemsOk);
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!itemsOk || !timeoutOk || items < 10 || timeout < 1) {
        err << parser.helpText();
        return 2;
    }

    cf::bench::BenchSetup setup;
    QString error;
    if (!setup.startSandbox(&error) || !setup.signIn(&error) || !setup.seed(items, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("publish: %1 approved items released with Publish now, on:").arg(items) << Qt::endl;
    for (const auto &a : setup.accounts())
        out << QStringLiteral("  %1 %2 (%3): %4 items").arg(cf::platformId(a.platform), a.accountName, a.accountId).arg(a.items)
            << Qt::endl;
    out << QStringLiteral("rate limits: X allows 100 posts per user per 15 min (sandbox and the worker's own counter), so the "
                          "X account gets at most 100 items (limits respected by spreading, no window shortened); "
                          "the sandbox also answers the first X and the first LinkedIn create with its throttling "
                          "answer (429, Retry-After 3 s), which the worker must honour")
        << Qt::endl;
    auto &harness = setup.harness();
    for (const auto &[host, path] : {std::pair{QStringLiteral("api.x.com"), QStringLiteral("^/2/tweets$")},
                                     std::pair{QStringLiteral("api.linkedin.com"), QStringLiteral("/rest/posts$")}}) {
        if (!harness.addFault({{"host", host.toStdString()}, {"path_regex", path.toStdString()}, {"method", "POST"},
                               {"fault", "rate_limit"}, {"retry_after", 3}, {"count", 1}})) {
            err << QStringLiteral("the sandbox refused the planned throttling") << Qt::endl;
            return 1;
        }
    }
    harness.sandbox().control("DELETE", QStringLiteral("requests"));

    cf::bench::PublishRun run(setup, timeout);
    QObject::connect(&run, &cf::bench::PublishRun::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    if (!run.start(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    app.exec();
    run.report(out);

    // What reached the platforms: exactly one accepted create per item, no body twice.
    const Creates fb = recordedCreates(harness, QStringLiteral("graph.facebook.com"), QStringLiteral("/feed$"));
    const Creates x = recordedCreates(harness, QStringLiteral("api.x.com"), QStringLiteral("^/2/tweets$"));
    const Creates li = recordedCreates(harness, QStringLiteral("api.linkedin.com"), QStringLiteral("/rest/posts$"));
    const Creates wp = recordedCreates(harness, QStringLiteral("blog.example.com"), QStringLiteral("/wp/v2/posts$"));
    const int accepted = fb.accepted + x.accepted + li.accepted + wp.accepted;
    const int duplicates = accepted - (fb.distinctBodies + x.distinctBodies + li.distinctBodies + wp.distinctBodies);
    out << QStringLiteral("sandbox: %1 creates accepted (facebook %2, x %3, linkedin %4, wordpress %5), %6 duplicates, "
                          "%7 create calls refused (throttled)")
               .arg(accepted)
               .arg(fb.accepted)
               .arg(x.accepted)
               .arg(li.accepted)
               .arg(wp.accepted)
               .arg(duplicates)
               .arg(fb.refused + x.refused + li.refused + wp.refused)
        << Qt::endl;

    cf::Database db;
    int published = 0;
    int distinctIds = 0;
    if (db.open(setup.databasePath(), QStringLiteral("bench-check"))) {
        QSqlQuery q(db.handle());
        if (q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT platform || ':' || external_id) FROM publish_targets "
                                  "WHERE state = 'published'"))
            && q.next()) {
            published = q.value(0).toInt();
            distinctIds = q.value(1).toInt();
        }
    }
    out << QStringLiteral("database: %1 targets published with %2 distinct external ids").arg(published).arg(distinctIds)
        << Qt::endl;
    const double rss = peakRssMiB();
    out << (rss < 0 ? QStringLiteral("peak RSS: not available on this platform")
                    : QStringLiteral("peak RSS %1 MiB (this process: GUI thread, publishing thread, setup)").arg(rss, 0, 'f', 1))
        << Qt::endl;
    const bool exact = run.complete() && accepted == items && duplicates == 0 && published == items && distinctIds == items;
    out << (exact ? QStringLiteral("check: exactly %1 creates, 0 duplicates").arg(items)
                  : QStringLiteral("check FAILED: expected exactly %1 creates and 0 duplicates").arg(items))
        << Qt::endl;
    return exact ? 0 : 1;
}
