#include "app/planning/parser/ParserVocabulary.h"

#include "resources/ResourceFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cf {
namespace {

// Keeps letters and the shadda, drops tatweel and other marks, so marked
// spellings compare equal however the vowels were written.
QString markedKey(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() == 0x0640 || (c.isMark() && c.unicode() != 0x0651))
            continue;
        out.append(c);
    }
    return out;
}


// Reads one vocabulary file section by section; the first problem found is
// kept with the file and key it concerns.
class VocabReader
{
public:
    VocabReader(QString file, QJsonObject root) : m_file(std::move(file)), m_root(std::move(root)) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void entries(const QString &key, PhraseTable &table)
    {
        const QJsonValue value = m_root.value(key);
        if (!value.isArray())
            return fail(key, QStringLiteral("must be an array of objects"));
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isObject())
                return fail(key, QStringLiteral("every item must be an object"));
            const QJsonObject object = item.toObject();
            const QJsonValue names = object.value(QStringLiteral("names"));
            if (!names.isArray() || names.toArray().isEmpty())
                return fail(key, QStringLiteral("every item needs a non-empty \"names\" array"));
            VocabEntry entry;
            entry.value = object.value(QStringLiteral("value")).toString();
            entry.values = strings(object.value(QStringLiteral("values")));
            if (entry.values.isEmpty() && !entry.value.isEmpty())
                entry.values.append(entry.value);
            entry.number = object.value(QStringLiteral("number")).toDouble();
            entry.count = object.value(QStringLiteral("count")).toInt();
            entry.weight = object.value(QStringLiteral("weight")).toInt(1);
            entry.country = object.value(QStringLiteral("country")).toString();
            entry.zone = object.value(QStringLiteral("zone")).toString();
            entry.theme = object.value(QStringLiteral("theme")).toString();
            entry.kind = object.value(QStringLiteral("kind")).toString();
            const QJsonObject byCountry = object.value(QStringLiteral("by_country")).toObject();
            for (auto it = byCountry.begin(); it != byCountry.end(); ++it)
                entry.byCountry.insert(it.key(), it.value().toString());
            entry.marked = strings(object.value(QStringLiteral("marked")));
            for (const QString &word : strings(object.value(QStringLiteral("blocked_by"))))
                entry.blockedBy.append(TextNormalizer::fold(word));
            for (const QString &word : strings(object.value(QStringLiteral("blocked_after"))))
                entry.blockedAfter.append(TextNormalizer::fold(word));
            entry.ageMin = object.value(QStringLiteral("age_min")).toInt(-1);
            entry.ageMax = object.value(QStringLiteral("age_max")).toInt(-1);
            const int index = table.addEntry(entry);
            for (const QString &name : strings(names))
                table.addPhrase(index, name);
            for (const QString &name : strings(object.value(QStringLiteral("ambiguous"))))
                table.addPhrase(index, name, true);
        }
    }

    void words(const QString &key, PhraseTable &table)
    {
        const QJsonValue value = m_root.value(key);
        if (!value.isArray())
            return fail(key, QStringLiteral("must be an array of strings"));
        for (const QString &word : strings(value)) {
            VocabEntry entry;
            entry.value = word;
            table.addPhrase(table.addEntry(entry), word);
        }
    }

    double number(const QString &key, double fallback)
    {
        const QJsonValue value = m_root.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || value.toDouble() <= 0)
            fail(key, QStringLiteral("must be a positive number"));
        return value.toDouble(fallback);
    }

private:
    static QStringList strings(const QJsonValue &value)
    {
        QStringList out;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString() && !item.toString().trimmed().isEmpty())
                out.append(item.toString());
        }
        return out;
    }
    void fail(const QString &key, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: \"%2\" %3").arg(m_file, key, why);
    }

    QString m_file;
    QJsonObject m_root;
    QString m_error;
};

} // namespace

QStringList ParserVocabulary::fileNames()
{
    return {QStringLiteral("platforms.json"), QStringLiteral("money.json"),     QStringLiteral("places.json"),
            QStringLiteral("occasions.json"), QStringLiteral("intents.json"),   QStringLiteral("audience.json"),
            QStringLiteral("numbers.json"),   QStringLiteral("dates.json"),     QStringLiteral("durations.json")};
}

std::optional<ParserVocabulary> ParserVocabulary::loadBuiltIn(QString *error)
{
    QHash<QString, QByteArray> files;
    for (const QString &name : fileNames()) {
        QByteArray data = readResource(QStringLiteral("vocab/") + name, error);
        if (data.isEmpty())
            return std::nullopt;
        files.insert(name, data);
    }
    return fromJson(files, error);
}

std::optional<ParserVocabulary> ParserVocabulary::fromJson(const QHash<QString, QByteArray> &files, QString *error)
{
    ParserVocabulary vocab;
    for (const QString &name : fileNames()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(files.value(name), &parseError);
        if (!document.isObject()) {
            if (error)
                *error = QStringLiteral("%1: not a JSON object (%2)").arg(name, parseError.errorString());
            return std::nullopt;
        }
        VocabReader r(name, document.object());
        auto s = [](const char *key) { return QString::fromLatin1(key); };
        if (name == s("platforms.json")) {
            r.entries(s("supported"), vocab.platforms.names);
            for (int i = 0; i < vocab.platforms.names.entryCount(); ++i)
                vocab.platforms.names.mutableEntry(i).kind = s("supported");
            const int supportedCount = vocab.platforms.names.entryCount();
            r.entries(s("groups"), vocab.platforms.names);
            const int groupEnd = vocab.platforms.names.entryCount();
            r.entries(s("unsupported"), vocab.platforms.names);
            // Misspellings are guessed for supported platforms only: a real word one letter away
            // from an unsupported network ("video"/Vimeo, "likes"/Likee) must not raise an error.
            for (int i = supportedCount; i < vocab.platforms.names.entryCount(); ++i) {
                VocabEntry &entry = vocab.platforms.names.mutableEntry(i);
                entry.kind = i < groupEnd ? s("group") : s("unsupported");
                entry.fuzzy = i < groupEnd;
            }
            r.words(s("cues_before"), vocab.platforms.cuesBefore);
            r.words(s("cues_after"), vocab.platforms.cuesAfter);
            vocab.platforms.names.enableFuzzy(int(r.number(s("fuzzy_min_length"), 5)));
        } else if (name == s("money.json")) {
            r.entries(s("currencies"), vocab.money.currencies);
            r.words(s("budget_words"), vocab.money.budgetWords);
            r.words(s("budget_negations"), vocab.money.negations);
            r.words(s("daily"), vocab.money.daily);
            r.words(s("total"), vocab.money.total);
            r.words(s("excluded_after"), vocab.money.excludedAfter);
            vocab.money.absurdAmount = r.number(s("absurd_amount"), 1e8);
        } else if (name == s("places.json")) {
            r.entries(s("places"), vocab.places.names);
            r.words(s("cues_before"), vocab.places.cuesBefore);
        } else if (name == s("occasions.json")) {
            r.entries(s("themes"), vocab.themes);
        } else if (name == s("intents.json")) {
            r.entries(s("objectives"), vocab.objectives);
            r.entries(s("campaign_types"), vocab.campaignTypes);
        } else if (name == s("audience.json")) {
            auto &a = vocab.audience;
            r.entries(s("genders"), a.genders);
            r.entries(s("age_groups"), a.ageGroups);
            r.words(s("age_words"), a.ageWords);
            r.words(s("audience_words"), a.audienceWords);
            r.words(s("years_words"), a.yearsWords);
            r.words(s("older_after"), a.olderAfter);
            r.words(s("younger_after"), a.youngerAfter);
            r.words(s("over_before"), a.overBefore);
            r.words(s("under_before"), a.underBefore);
            r.words(s("upto_before"), a.uptoBefore);
            r.words(s("range_connectors"), a.rangeConnectors);
            r.words(s("range_openers"), a.rangeOpeners);
            a.minimumAge = int(r.number(s("minimum_age"), 13));
            a.maximumAge = int(r.number(s("maximum_age"), 100));
        } else if (name == s("numbers.json")) {
            r.entries(s("words"), vocab.numbers);
        } else if (name == s("dates.json")) {
            auto &d = vocab.dates;
            r.entries(s("months"), d.months);
            r.entries(s("weekdays"), d.weekdays);
            r.entries(s("relative"), d.relative);
            r.entries(s("day_words"), d.dayWords);
            r.words(s("next_words"), d.nextWords);
            r.words(s("ordinal_suffixes"), d.ordinalSuffixes);
            r.words(s("of_words"), d.ofWords);
            r.words(s("start_cues"), d.startCues);
            r.words(s("end_cues"), d.endCues);
            r.words(s("offset_cues"), d.offsetCues);
            r.words(s("offset_starters"), d.offsetStarters);
            r.words(s("date_fillers"), d.fillers);
            // Month abbreviations that are also words ("may", "mar") need a day or a year beside them.
            PhraseTable ambiguous;
            r.words(s("ambiguous_months"), ambiguous);
            for (int i = 0; i < ambiguous.entryCount(); ++i)
                d.ambiguousMonthWords.insert(TextNormalizer::fold(ambiguous.entry(i).value));
        } else if (name == s("durations.json")) {
            auto &u = vocab.durations;
            r.entries(s("units"), u.units);
            r.words(s("cues"), u.cues);
            r.words(s("blockers_before"), u.blockersBefore);
            r.words(s("blockers_after"), u.blockersAfter);
            r.words(s("after_words"), u.afterWords);
            u.maxDays = int(r.number(s("max_days"), 365));
        }
        if (!r.ok()) {
            if (error)
                *error = r.error();
            return std::nullopt;
        }
    }
    for (int i = 0; i < vocab.places.names.entryCount(); ++i) {
        const VocabEntry &entry = vocab.places.names.entry(i);
        vocab.m_placeIndex.insert(entry.value, PlaceInfo{entry.value, entry.country, entry.zone});
        for (const QString &spelling : entry.marked)
            vocab.m_markedPlaces.emplace_back(markedKey(spelling), i);
    }
    return vocab;
}

int ParserVocabulary::markedPlace(const QString &originalText) const
{
    const QString key = markedKey(originalText);
    for (const auto &[spelling, entry] : m_markedPlaces) {
        if (key.endsWith(spelling))
            return entry;
    }
    return -1;
}

std::optional<PlaceInfo> ParserVocabulary::place(const QString &name) const
{
    const auto found = m_placeIndex.constFind(name);
    if (found == m_placeIndex.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace cf
