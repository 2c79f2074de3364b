// The Arabic catalogue must be complete: every string in the code has a
// finished, non-empty translation that keeps the source's placeholders. The
// catalogue is compared with a fresh lupdate run over the sources, so a new
// tr() string without an Arabic translation fails here, not in front of users.
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or one
    bool finished = true;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && current.source.isNull())
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                current = Message{context, QString(), {}, true};
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete"))
                    current.finished = false;
                // Plural messages hold one <numerusform> per form; others hold text.
                QString text;
                while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            current = Message{};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

bool hasArabicLetters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
}

QString key(const Message &m) { return m.context + QLatin1String("\x1f") + m.source; }

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void arabicIsCompleteAndKeepsPlaceholders()
    {
        QString error;
        const auto messages = readCatalogue(cf::test::sourceDir() + QStringLiteral("/translations/campaignforge_ar.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (!m.finished)
                problems << QStringLiteral("unfinished: ") + where;
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (hasLetters(m.source) && !hasArabicLetters(t) && t != m.source)
                    problems << QStringLiteral("not Arabic: ") + where;
                else if (placeholders(t) != placeholders(m.source) && !placeholders(m.source).contains(QStringLiteral("%n")))
                    problems << QStringLiteral("placeholders differ: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cataloguesCoverEveryStringInTheCode()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ar.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(CF_LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QLatin1Char('@') + QStringLiteral(CF_I18N_SOURCE_LIST), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const auto inCode = readCatalogue(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("en")}) {
            const auto committed = readCatalogue(
                cf::test::sourceDir() + QStringLiteral("/translations/campaignforge_%1.ts").arg(lang), &error);
            QSet<QString> known;
            for (const Message &m : committed)
                known.insert(key(m));
            QStringList missing;
            for (const Message &m : inCode) {
                if (!known.contains(key(m)))
                    missing << m.context + QStringLiteral(": ") + m.source.left(60);
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("campaignforge_%1.ts lacks (run the update_translations target):\n").arg(lang)
                                + missing.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
