// campaignforge-bench NAME [--repeat N]: runs one benchmark N times and
// prints min / median / max wall time in milliseconds and the peak resident
// memory of the process. `--list` shows the benchmarks. See README.md.
#include "Benchmark.h"
#include "FrameTimer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace {

// Peak resident set size in MiB, or -1 where the platform does not say.
double peakRssMiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_MACOS)
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes on macOS
#else
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
#endif
#else
    return -1;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // The media benchmarks draw text, which needs a QGuiApplication; the
    // offscreen platform keeps the benchmark headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CampaignForge benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Run N timed iterations (default 20)."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("List the benchmarks."));
    parser.addOption(repeatOption);
    parser.addOption(listOption);
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The benchmark to run."));
    parser.process(app);

    auto benchmarks = cf::bench::planBenchmarks();
    for (auto &b : cf::bench::contentBenchmarks())
        benchmarks.push_back(std::move(b));
    for (auto &b : cf::bench::mediaBenchmarks())
        benchmarks.push_back(std::move(b));
    if (parser.isSet(listOption)) {
        for (const auto &b : benchmarks)
            out << b->name() << QStringLiteral("  ") << b->description() << Qt::endl;
        return 0;
    }
    bool ok = false;
    const int repeat = parser.value(repeatOption).toInt(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || repeat < 1) {
        err << parser.helpText();
        return 2;
    }
    const QString name = parser.positionalArguments().first();
    const auto it = std::find_if(benchmarks.begin(), benchmarks.end(), [&](const auto &b) { return b->name() == name; });
    if (it == benchmarks.end()) {
        err << QStringLiteral("Unknown benchmark \"%1\"; --list shows them.").arg(name) << Qt::endl;
        return 2;
    }
    cf::bench::Benchmark &bench = **it;
    QString error;
    if (!bench.prepare(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1: %2 (%3 runs)").arg(bench.name(), bench.description()).arg(repeat) << Qt::endl;
    if (!cf::bench::timeRuns(repeat, [&bench](QString *why) { return bench.iteration(why); }, out, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const double rss = peakRssMiB();
    out << (rss < 0 ? QStringLiteral("peak RSS: not available on this platform")
                    : QStringLiteral("peak RSS %1 MiB").arg(rss, 0, 'f', 1))
        << Qt::endl;
    if (!bench.summary().isEmpty())
        out << bench.summary() << Qt::endl;
    return 0;
}
