// campaignforge-bench-ui calendar_month|calendar_month_relayout [--repeat N]:
// paints the calendar's month view with 10,000 items N times and prints min /
// median / max milliseconds per frame (same output as campaignforge-bench).
#include "CalendarBench.h"
#include "bench/FrameTimer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QTextStream>


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
    if (!bench.prepare(&error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1: month view, 10,000 items (%2 frames)").arg(name).arg(repeat) << Qt::endl;
    if (!cf::bench::timeRuns(repeat, [&bench](QString *why) { return bench.frame(why); }, out, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << bench.summary() << Qt::endl;
    return 0;
}
