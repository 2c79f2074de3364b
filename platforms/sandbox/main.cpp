// campaignforge-sandbox: a strict local emulator of every platform's OAuth
// and APIs for tests. Prints its base URL as the first line of stdout.
#include "platforms/sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("campaignforge-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CF_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cf::SandboxMain", "Local emulator of the platforms CampaignForge publishes to, for tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QCoreApplication::translate("cf::SandboxMain", "Port on 127.0.0.1 (0 picks a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption endpointsOption(QStringLiteral("endpoints-out"),
                                             QCoreApplication::translate("cf::SandboxMain", "Write an endpoints file mapping every real host to the sandbox."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QCoreApplication::translate("cf::SandboxMain", "JSON file applied over the default accounts and apps."),
                                        QStringLiteral("FILE"));
    parser.addOptions({portOption, endpointsOption, seedOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << QCoreApplication::translate("cf::SandboxMain", "The port must be a number from 0 to 65535.") << Qt::endl;
        return 2;
    }
    cf::sandbox::SandboxSeed seed = cf::sandbox::SandboxSeed::defaults();
    if (parser.isSet(seedOption)) {
        QFile file(parser.value(seedOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("cf::SandboxMain", "Cannot read the seed file %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return 2;
        }
        const QByteArray text = file.readAll();
        const auto json = cf::sandbox::Json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
        QString reason;
        if (json.is_discarded() || !seed.apply(json, &reason)) {
            err << QCoreApplication::translate("cf::SandboxMain", "The seed file %1 is not valid: %2").arg(file.fileName(), reason) << Qt::endl;
            return 2;
        }
    }

    cf::sandbox::SandboxServer server(std::move(seed));
    if (server.start(quint16(port)) == 0) {
        err << QCoreApplication::translate("cf::SandboxMain", "Cannot listen on 127.0.0.1:%1.").arg(port) << Qt::endl;
        return 1;
    }
    if (parser.isSet(endpointsOption)) {
        QSaveFile out(parser.value(endpointsOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(cf::sandbox::toBytes(server.endpointsJson())) < 0 || !out.commit()) {
            err << QCoreApplication::translate("cf::SandboxMain", "Cannot write the endpoints file %1: %2").arg(out.fileName(), out.errorString()) << Qt::endl;
            return 1;
        }
    }
    // The first line is the base URL, for tests that start us on port 0.
    std::fputs(server.baseUrl().toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
    return app.exec();
}
