#pragma once

#include "app/planning/parser/PhraseTable.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace cf {

// A place the parser knows, with what the planner needs to localise it.
struct PlaceInfo
{
    QString name;    // canonical English name, as in ParsedInstruction::locations
    QString country; // ISO 3166-1 alpha-2
    QString zone;    // IANA time zone id
};

// Every word list the instruction parser uses, loaded once from the JSON
// files under resources/vocab (see docs/parser.md for their format). Build
// one at start-up and pass it to every InstructionParser: loading is the only
// I/O the parser ever does.
class ParserVocabulary
{
public:
    // The compiled-in vocabularies. On failure returns nullopt and a reason
    // for developers in *error (a broken resource is a build defect).
    static std::optional<ParserVocabulary> loadBuiltIn(QString *error = nullptr);
    // Vocabularies from file contents keyed by file name ("platforms.json", ...).
    static std::optional<ParserVocabulary> fromJson(const QHash<QString, QByteArray> &files, QString *error = nullptr);
    static QStringList fileNames();

    // Country and time zone of a canonical place name, if known.
    std::optional<PlaceInfo> place(const QString &name) const;
    // The place whose marked spelling (diacritics kept, see places.json) the
    // original text ends with, or -1: "عمّان" is Amman although it folds to عمان.
    int markedPlace(const QString &originalText) const;

    struct Platforms
    {
        PhraseTable names; // kind: supported, group, unsupported
        PhraseTable cuesBefore, cuesAfter;
    } platforms;
    struct Money
    {
        PhraseTable currencies, budgetWords, negations, daily, total, excludedAfter;
        double absurdAmount = 1e8;
    } money;
    struct Places
    {
        PhraseTable names, cuesBefore;
    } places;
    PhraseTable themes;
    PhraseTable objectives;
    PhraseTable campaignTypes;
    struct Audience
    {
        PhraseTable genders, ageGroups, ageWords, audienceWords, yearsWords, olderAfter, youngerAfter, overBefore, underBefore,
            uptoBefore, rangeConnectors, rangeOpeners;
        int minimumAge = 13;
        int maximumAge = 100;
    } audience;
    PhraseTable numbers; // kind: value, hundred, scale, fraction, article, connector
    struct Dates
    {
        PhraseTable months, weekdays, relative, nextWords, ordinalSuffixes, dayWords, ofWords, startCues, endCues,
            offsetCues, offsetStarters, fillers;
        QSet<QString> ambiguousMonthWords; // folded; need a day or a year beside them
    } dates;
    struct Durations
    {
        PhraseTable units, cues, blockersBefore, blockersAfter, afterWords;
        int maxDays = 365;
    } durations;

private:
    QHash<QString, PlaceInfo> m_placeIndex;
    std::vector<std::pair<QString, int>> m_markedPlaces; // spelling without tatweel, places entry
};

} // namespace cf
