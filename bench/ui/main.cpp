// campaignforge-bench-ui calendar_month|calendar_month_relayout [--repeat N]:
// paints the calendar's month view with 10,000 items N times and prints min /
// median / max milliseconds per frame (same output as campaignforge-bench).
#include "CalendarBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFont>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QFont font(QStringLiteral("Noto Sans"), 10);
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")});
    QApplication::setFont(font);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CampaignForge widget benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Run N timed frames (default 50)."),
                                          QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("List the benchmarks."));
    parser.addOption(repeatOption);
    parser.addOption(listOption);
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The benchmark to run (--list shows them)."));
    parser.process(app);
    if (parser.isSet(listOption)) {
        out << QStringLiteral("calendar_month  month view repaint with 10,000 items, one frame per iteration") << Qt::endl;
        out << QStringLiteral("calendar_month_relayout  the same with the layout redone every frame") << Qt::endl;
        return 0;
    }
    bool ok = false;
    const int repeat = parser.value(repeatOption).toInt(&ok);
    const QStringList names{QStringLiteral("calendar_month"), QStringLiteral("calendar_month_relayout")};
    if (parser.positionalArguments().size() != 1 || !names.contains(parser.positionalArguments().first()) || !ok
        || repeat < 1) {
        err << parser.helpText();
        return 2;
    }
    const QString name = parser.positionalArguments().first();

    cf::bench::CalendarMonthBench bench(name == names.last());
    QString error;
    if (!bench.prepare(&error) || !bench.frame(&error)) { // the untimed warm-up frame
        err << error << Qt::endl;
        return 1;
    }
    std::vector<double> ms;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!bench.frame(&error)) {
            err << error << Qt::endl;
            return 1;
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    out << QStringLiteral("%1: month view, 10,000 items (%2 frames)").arg(name).arg(repeat) << Qt::endl;
    out << QStringLiteral("min %1 ms  median %2 ms  max %3 ms")
               .arg(ms.front(), 0, 'f', 2)
               .arg(median, 0, 'f', 2)
               .arg(ms.back(), 0, 'f', 2)
        << Qt::endl;
    out << bench.summary() << Qt::endl;
    return 0;
}
