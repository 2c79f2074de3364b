// campaignforge-cli: the headless entry point. It links no Widgets, which is
// what proves the core layers are free of GUI code.
#include "app/cli/CliCommand.h"
#include "app/core/Clock.h"
#include "app/core/DataPaths.h"
#include "app/core/LanguageController.h"
#include "platforms/net/EndpointMap.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

QString commandListing(const std::vector<std::unique_ptr<cf::CliCommand>> &commands)
{
    QString text = QCoreApplication::translate("cf::Cli", "Commands:") + QLatin1Char('\n');
    for (const auto &command : commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -12).arg(command->summary());
    return text;
}

// The command named on the command line, found before the application
// object exists (it decides which kind to create). Global options that take
// a value are skipped with their value.
QString commandNameFromArguments(int argc, char *argv[])
{
    const QStringList withValue = {QStringLiteral("--data-dir"), QStringLiteral("--endpoints"), QStringLiteral("--lang")};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[], bool drawsText)
{
    if (!drawsText)
        return std::make_unique<QCoreApplication>(argc, argv);
    // Drawing text needs QFontDatabase, hence a QGuiApplication; the
    // offscreen platform keeps the CLI headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    auto commands = cf::makeCliCommands();
    const QString requested = commandNameFromArguments(argc, argv);
    const bool drawsText = std::any_of(commands.begin(), commands.end(), [&](const auto &command) {
        return command->name() == requested && command->drawsText();
    });
    const auto app = makeApplication(argc, argv, drawsText);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignForge"));
    QCoreApplication::setApplicationName(QStringLiteral("CampaignForge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CF_VERSION_STRING));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    // Messages follow --lang, else CAMPAIGNFORGE_LANG, else English: scripts
    // get stable output whatever the machine's locale is.
    cf::LanguageController language;

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cf::Cli", "CampaignForge command line: plan, store, export and publish campaigns without the GUI."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("cf::Cli", "Use DIR for the database and assets (also CAMPAIGNFORGE_DATA_DIR)."),
        QStringLiteral("DIR"));
    const QCommandLineOption endpointsOption(
        QStringLiteral("endpoints"),
        QCoreApplication::translate("cf::Cli", "Redirect platform hosts as FILE says (also CAMPAIGNFORGE_ENDPOINTS)."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("cf::Cli", "Language of messages: en or ar."),
                                        QStringLiteral("LANG"));
    parser.addOption(dataDirOption);
    parser.addOption(endpointsOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cf::Cli", "The command to run, then its arguments."));
    // Everything after the command name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << Qt::endl;
        return cf::cli::kUsage;
    }

    QString lang = parser.value(langOption);
    if (lang.isEmpty())
        lang = qEnvironmentVariable("CAMPAIGNFORGE_LANG", QStringLiteral("en"));
    if (!language.setLanguage(lang)) {
        err << QCoreApplication::translate("cf::Cli", "Unknown language \"%1\": use en or ar.").arg(lang) << Qt::endl;
        return cf::cli::kUsage;
    }

    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return cf::cli::kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        out << parser.helpText() << '\n' << commandListing(commands);
        out.flush();
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? cf::cli::kUsage : cf::cli::kOk;
    }

    QString error;
    const auto endpoints = cf::EndpointMap::load(parser.value(endpointsOption), &error);
    if (!endpoints) {
        err << error << Qt::endl;
        return cf::cli::kFailed;
    }
    const cf::DataPaths paths = cf::DataPaths::resolve(parser.value(dataDirOption));
    cf::SystemClock clock;
    cf::CliContext context{paths, *endpoints, clock, out, err};

    const QString name = positional.first();
    for (const auto &command : commands) {
        if (command->name() == name) {
            // Every command starts inside the event loop, so the ones that wait
            // (network, keychain, stdin) stay asynchronous; done() ends the loop.
            int code = cf::cli::kFailed;
            QTimer::singleShot(0, app.get(), [&] {
                command->runAsync(positional.mid(1), context, [&](int exitCode) {
                    code = exitCode;
                    out.flush();
                    err.flush();
                    QCoreApplication::exit(exitCode);
                });
            });
            QCoreApplication::exec();
            return code;
        }
    }
    err << QCoreApplication::translate("cf::Cli", "Unknown command \"%1\".").arg(name) << '\n'
        << commandListing(commands);
    return cf::cli::kUsage;
}
