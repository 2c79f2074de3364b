// `campaignforge-cli render --size WxH --lang ar|en --headline TEXT [--offer TEXT]
// [--cta TEXT] [--brand-color #hex] [--secondary-color #hex] [--accent-color #hex]
// [--logo FILE] [--photo FILE] --output FILE.png`: draws one image creative.
#include "app/cli/CliCommand.h"
#include "app/content/media/CreativeRenderer.h"
#include "app/content/media/FontRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QImageWriter>

namespace cf {
namespace {

class RenderCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("render"); }
    bool drawsText() const override { return true; }
    QString summary() const override
    {
        return QCoreApplication::translate("cf::RenderCommand", "Draw one image creative to a PNG or JPEG file.");
    }

    int run(const QStringList &args, CliContext &context) override
    {
        QCommandLineParser parser;
        const auto option = [](const char *name, const char *valueName, const QString &description) {
            return QCommandLineOption(QLatin1String(name), description, QLatin1String(valueName));
        };
        const QCommandLineOption sizeOption = option(
            "size", "WxH",
            QCoreApplication::translate("cf::RenderCommand",
                                        "Canvas size: 1080x1080, 1080x1350, 1080x1920, 1200x628 or 1280x720."));
        const QCommandLineOption langOption =
            option("lang", "LANG", QCoreApplication::translate("cf::RenderCommand", "Language of the text: ar or en."));
        const QCommandLineOption headlineOption =
            option("headline", "TEXT", QCoreApplication::translate("cf::RenderCommand", "The headline."));
        const QCommandLineOption offerOption =
            option("offer", "TEXT", QCoreApplication::translate("cf::RenderCommand", "The offer, shown on a badge."));
        const QCommandLineOption ctaOption =
            option("cta", "TEXT", QCoreApplication::translate("cf::RenderCommand", "The call to action, shown as a button."));
        const QCommandLineOption brandOption =
            option("brand-color", "#RRGGBB", QCoreApplication::translate("cf::RenderCommand", "The brand's main colour."));
        const QCommandLineOption secondaryOption = option(
            "secondary-color", "#RRGGBB", QCoreApplication::translate("cf::RenderCommand", "The brand's second colour."));
        const QCommandLineOption accentOption = option(
            "accent-color", "#RRGGBB", QCoreApplication::translate("cf::RenderCommand", "The brand's accent colour."));
        const QCommandLineOption logoOption =
            option("logo", "FILE", QCoreApplication::translate("cf::RenderCommand", "The logo image."));
        const QCommandLineOption photoOption =
            option("photo", "FILE", QCoreApplication::translate("cf::RenderCommand", "A product photo."));
        const QCommandLineOption outputOption = option(
            "output", "FILE", QCoreApplication::translate("cf::RenderCommand", "Where to write the image (.png or .jpg)."));
        parser.addOptions({sizeOption, langOption, headlineOption, offerOption, ctaOption, brandOption, secondaryOption,
                           accentOption, logoOption, photoOption, outputOption});
        if (!parser.parse(QStringList{name()} + args)) {
            context.err << parser.errorText() << Qt::endl << usage() << Qt::endl;
            return cli::kUsage;
        }
        if (!parser.positionalArguments().isEmpty() || !parser.isSet(headlineOption) || !parser.isSet(outputOption)) {
            context.err << usage() << Qt::endl;
            return cli::kUsage;
        }

        CreativeSpec spec;
        if (parser.isSet(sizeOption)) {
            const auto size = parseCreativeSize(parser.value(sizeOption));
            if (!size) {
                context.err << QCoreApplication::translate("cf::RenderCommand",
                                                           "\"%1\" is not a supported size: use 1080x1080, 1080x1350, "
                                                           "1080x1920, 1200x628 or 1280x720.")
                                   .arg(parser.value(sizeOption))
                            << Qt::endl;
                return cli::kUsage;
            }
            spec.size = *size;
        }
        if (parser.isSet(langOption))
            spec.language = parser.value(langOption);
        spec.headline = parser.value(headlineOption);
        spec.offer = parser.value(offerOption);
        spec.callToAction = parser.value(ctaOption);
        spec.logoPath = parser.value(logoOption);
        spec.photoPath = parser.value(photoOption);
        const std::pair<const QCommandLineOption *, QColor *> colors[] = {
            {&brandOption, &spec.primaryColor}, {&secondaryOption, &spec.secondaryColor}, {&accentOption, &spec.accentColor}};
        for (const auto &[colorOption, target] : colors) {
            if (!parser.isSet(*colorOption))
                continue;
            const auto color = parseBrandColor(parser.value(*colorOption));
            if (!color) {
                context.err << QCoreApplication::translate("cf::RenderCommand",
                                                           "\"%1\" is not a colour: write it as #RRGGBB.")
                                   .arg(parser.value(*colorOption))
                            << Qt::endl;
                return cli::kUsage;
            }
            *target = *color;
        }

        QString error;
        const auto fonts = FontRegistry::registerBundled(&error);
        if (!fonts) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        const auto rendered = CreativeRenderer(*fonts).render(spec, &error);
        if (!rendered) {
            context.err << error << Qt::endl;
            return cli::kFailed;
        }
        const QString output = parser.value(outputOption);
        QImageWriter writer(output);
        if (writer.format().isEmpty())
            writer.setFormat("png");
        if (!writer.write(rendered->image)) {
            context.err << QCoreApplication::translate("cf::RenderCommand", "Cannot write \"%1\": %2")
                               .arg(output, writer.errorString())
                        << Qt::endl;
            return cli::kFailed;
        }
        context.out << QCoreApplication::translate("cf::RenderCommand", "Wrote %1 (%2 \u00D7 %3 pixels).")
                           .arg(output)
                           .arg(spec.size.width())
                           .arg(spec.size.height())
                    << Qt::endl;
        if (rendered->headlineCut)
            context.err << QCoreApplication::translate("cf::RenderCommand",
                                                       "The headline was too long for this size and was shortened.")
                        << Qt::endl;
        return cli::kOk;
    }

private:
    static QString usage()
    {
        return QCoreApplication::translate(
            "cf::RenderCommand",
            "Usage: campaignforge-cli render [--size WxH] [--lang ar|en] --headline TEXT [--offer TEXT] [--cta TEXT] "
            "[--brand-color #RRGGBB] [--secondary-color #RRGGBB] [--accent-color #RRGGBB] [--logo FILE] [--photo FILE] "
            "--output FILE");
    }
};

} // namespace

std::unique_ptr<CliCommand> makeRenderCommand()
{
    return std::make_unique<RenderCommand>();
}

} // namespace cf
