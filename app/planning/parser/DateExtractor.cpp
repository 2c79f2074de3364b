#include "app/planning/parser/Extractors.h"
#include "app/planning/parser/ParseErrors.h"

namespace cf::extract {
namespace {

// How far in the past a date without a year may be and still mean this year.
constexpr qint64 kRecentPastDays = 30;

// One date found in the text, tokens [first, last].
struct DateMention
{
    QDate date;
    int first = 0;
    int last = 0;
    bool hasYear = false;
    bool isEnd = false;
    bool hasStartCue = false;
};

class DateFinder
{
public:
    explicit DateFinder(ParseContext &ctx) : m_ctx(ctx), m_d(ctx.vocab.dates) {}

    std::vector<DateMention> findAll()
    {
        std::vector<DateMention> out;
        for (int i = 0; i < m_ctx.size(); ++i) {
            if (m_ctx.isClaimed(i))
                continue;
            std::optional<DateMention> found = numeric(i);
            if (!found)
                found = dayMonth(i);
            if (!found)
                found = monthDay(i);
            if (!found)
                found = relative(i);
            if (!found)
                found = weekday(i);
            if (!found)
                found = offset(i);
            if (!found)
                continue;
            classify(*found);
            m_ctx.claim(found->first, found->last);
            out.push_back(*found);
            i = found->last;
        }
        return out;
    }

private:
    const Token &tok(int i) const { return m_ctx.at(i); }
    bool free(int i) const { return m_ctx.valid(i) && !m_ctx.isClaimed(i); }
    bool isNum(int i, int minDigits = 1, int maxDigits = 4) const
    {
        return free(i) && tok(i).isNumber() && tok(i).digitCount >= minDigits && tok(i).digitCount <= maxDigits;
    }
    int num(int i) const { return int(tok(i).value); }
    bool isSep(int i) const
    {
        return free(i) && (tok(i).isSymbol(QLatin1Char('/')) || tok(i).isSymbol(QLatin1Char('-'))
                           || tok(i).isSymbol(QLatin1Char('.')));
    }
    // A month name at i: returns {month, last token} or month 0.
    std::pair<int, int> month(int i) const
    {
        const auto match = m_d.months.matchAt(m_ctx.tokens, i, m_ctx.claimed);
        if (!match)
            return {0, -1};
        return {int(m_d.months.entry(match->entry).number), match->last};
    }
    bool ambiguousMonth(int i) const { return m_d.ambiguousMonthWords.contains(tok(i).text); }

    // Year after token `last`: "2026", ", 2026"; returns the new last token.
    int yearAfter(int last, int *year) const
    {
        int i = last + 1;
        if (free(i) && tok(i).isSymbol(QLatin1Char(',')))
            ++i;
        if (isNum(i, 4, 4) && num(i) >= 1900 && num(i) <= 2999) {
            *year = num(i);
            return i;
        }
        return last;
    }

    QDate resolve(int year, int monthIndex, int day, bool *hasYear) const
    {
        *hasYear = year > 0;
        if (year > 0)
            return QDate(year, monthIndex, day);
        // Without a year: this year's date, unless it passed more than a
        // month ago; then next year's. "20 November" said on 21 November is
        // yesterday (and in the past), "1 June" said in November is next June.
        QDate date(m_ctx.referenceDate.year(), monthIndex, day);
        if (date.isValid() && date.daysTo(m_ctx.referenceDate) > kRecentPastDays)
            date = QDate(m_ctx.referenceDate.year() + 1, monthIndex, day);
        return date;
    }

    std::optional<DateMention> make(QDate date, int first, int last, bool hasYear) const
    {
        if (!date.isValid())
            return std::nullopt;
        return DateMention{date, first, last, hasYear, false, false};
    }

    // 2027-01-10, 15/08/2027, 10.1.2027, 15/8 (after a start cue).
    std::optional<DateMention> numeric(int i) const
    {
        if (isNum(i, 4, 4) && isSep(i + 1) && isNum(i + 2, 1, 2) && isSep(i + 3) && isNum(i + 4, 1, 2)
            && tok(i + 3).text == tok(i + 1).text)
            return make(QDate(num(i), num(i + 2), num(i + 4)), i, i + 4, true);
        if (!(isNum(i, 1, 2) && isSep(i + 1) && isNum(i + 2, 1, 2)))
            return std::nullopt;
        int a = num(i), b = num(i + 2);
        int year = 0, last = i + 2;
        if (isSep(i + 3) && tok(i + 3).text == tok(i + 1).text && (isNum(i + 4, 4, 4) || isNum(i + 4, 2, 2))) {
            year = num(i + 4);
            if (year < 100)
                year += 2000;
            last = i + 4;
        } else if (!(tok(i + 1).isSymbol(QLatin1Char('/')) && m_ctx.cueBefore(m_d.startCues, i))) {
            return std::nullopt; // "25-40" is an age range, "3/4" a fraction
        }
        // Day first, as in the Gulf, Egypt and Europe; month first only
        // when day first is impossible (12/25/2026).
        if (b > 12 && a <= 12)
            std::swap(a, b);
        bool hasYear = false;
        return make(resolve(year, b, a, &hasYear), i, last, hasYear);
    }

    // Day number or word before a month: "21 November 2026", "1st of Oct", "أول أكتوبر".
    std::optional<DateMention> dayMonth(int i) const
    {
        int day = 0, at = i;
        if (isNum(i, 1, 2)) {
            day = num(i);
            at = i + 1;
            if (free(at) && m_d.ordinalSuffixes.matchesExactly(m_ctx.tokens, at, at))
                ++at;
        } else if (const auto word = m_d.dayWords.matchAt(m_ctx.tokens, i, m_ctx.claimed)) {
            day = int(m_d.dayWords.entry(word->entry).number);
            at = word->last + 1;
        } else {
            return std::nullopt;
        }
        if (free(at) && m_d.ofWords.matchesExactly(m_ctx.tokens, at, at) && month(at + 1).first > 0)
            ++at;
        const auto [monthIndex, monthLast] = month(at);
        if (monthIndex == 0)
            return std::nullopt;
        int year = 0;
        const int last = yearAfter(monthLast, &year);
        // A bare day word ("early", "mid") with an ambiguous month ("may") is no date.
        if (!tok(i).isNumber() && ambiguousMonth(at) && year == 0)
            return std::nullopt;
        bool hasYear = false;
        return make(resolve(year, monthIndex, day, &hasYear), i, last, hasYear);
    }

    // Month first: "March 3 2025", "November 21st, 2026", "December 2026",
    // and a month alone after a start cue ("from October", "بداية ديسمبر").
    std::optional<DateMention> monthDay(int i) const
    {
        const auto [monthIndex, monthLast] = month(i);
        if (monthIndex == 0)
            return std::nullopt;
        int at = monthLast + 1;
        if (isNum(at, 1, 2) && num(at) >= 1 && num(at) <= 31 && !(free(at + 1) && month(at + 1).first > 0)) {
            int dayLast = at;
            if (free(at + 1) && m_d.ordinalSuffixes.matchesExactly(m_ctx.tokens, at + 1, at + 1))
                ++dayLast;
            int year = 0;
            const int last = yearAfter(dayLast, &year);
            bool hasYear = false;
            return make(resolve(year, monthIndex, num(at), &hasYear), i, last, hasYear);
        }
        int year = 0;
        const int last = yearAfter(monthLast, &year);
        const bool cue = m_ctx.cueBefore(m_d.startCues, i) || m_ctx.cueBefore(m_d.endCues, i);
        if (ambiguousMonth(i) && year == 0)
            return std::nullopt;
        if (year == 0 && !cue)
            return std::nullopt;
        bool hasYear = false;
        return make(resolve(year, monthIndex, 1, &hasYear), i, last, hasYear);
    }

    std::optional<DateMention> relative(int i) const
    {
        const auto match = m_d.relative.matchAt(m_ctx.tokens, i, m_ctx.claimed);
        if (!match)
            return std::nullopt;
        if (match->ambiguous && !m_ctx.cueBefore(m_d.startCues, i))
            return std::nullopt;
        const VocabEntry &entry = m_d.relative.entry(match->entry);
        const QDate today = m_ctx.referenceDate;
        QDate date = today.addDays(qint64(entry.number));
        if (entry.kind == QLatin1String("next_month"))
            date = QDate(today.year(), today.month(), 1).addMonths(1);
        return make(date, i, match->last, true);
    }

    // "next Sunday", "الأحد القادم", "starting Monday": the first such day after today.
    std::optional<DateMention> weekday(int i) const
    {
        int first = i;
        bool cue = false;
        if (free(i) && m_d.nextWords.matchesExactly(m_ctx.tokens, i, i)) {
            first = i;
            ++i;
            cue = true;
        }
        const auto match = m_d.weekdays.matchAt(m_ctx.tokens, i, m_ctx.claimed);
        if (!match)
            return std::nullopt;
        int last = match->last;
        if (const int next = m_ctx.cueAt(m_d.nextWords, last + 1); next >= 0 && free(last + 1)) {
            last = next;
            cue = true;
        }
        cue = cue || m_ctx.cueBefore(m_d.startCues, first);
        if (!cue)
            return std::nullopt;
        const int target = int(m_d.weekdays.entry(match->entry).number);
        const QDate today = m_ctx.referenceDate;
        int ahead = (target - today.dayOfWeek() + 7) % 7;
        if (ahead == 0)
            ahead = 7;
        return make(today.addDays(ahead), first, last, true);
    }

    // "in 3 days", "after two weeks", "بعد أسبوعين": counted from today.
    std::optional<DateMention> offset(int i) const
    {
        if (!free(i) || !m_d.offsetCues.matchesExactly(m_ctx.tokens, i, i))
            return std::nullopt;
        // Only a start counted from today: "launch in two weeks", not
        // "customers who haven't bought in 6 months".
        bool starter = false;
        for (int k = i - 1; k >= std::max(0, i - 4) && !starter; --k)
            starter = m_d.offsetStarters.endsAt(m_ctx.tokens, k);
        if (!starter)
            return std::nullopt;
        const auto &units = m_ctx.vocab.durations.units;
        double count = 1;
        bool numbered = false, article = false;
        int at = i + 1;
        if (const auto number = m_ctx.numbers.readAt(m_ctx.tokens, at, m_ctx.claimed)) {
            count = number->value;
            at = number->last + 1;
            numbered = true;
        } else if (free(at) && (tok(at).text == QLatin1String("a") || tok(at).text == QLatin1String("an"))) {
            ++at;
            article = true;
        }
        const auto unit = units.matchAt(m_ctx.tokens, at, m_ctx.claimed);
        if (!unit)
            return std::nullopt;
        const VocabEntry &entry = units.entry(unit->entry);
        // "after two weeks" / "بعد أسبوعين" / "in a week"; not "in days".
        if ((entry.count > 0 && numbered) || (entry.count == 0 && !numbered && !article))
            return std::nullopt;
        const double days = count * entry.number * (entry.count > 0 ? entry.count : 1);
        if (days <= 0 || days > 366)
            return std::nullopt;
        return make(m_ctx.referenceDate.addDays(qint64(days)), i, unit->last, true);
    }

    void classify(DateMention &mention) const
    {
        // The cue may stand one filler word away: "ends on 31 Jan", "وتنتهي يوم ٣١".
        const int before = mention.first;
        const bool filler = before > 0 && m_d.fillers.matchesExactly(m_ctx.tokens, before - 1, before - 1);
        mention.isEnd = m_ctx.cueBefore(m_d.endCues, before) || (filler && m_ctx.cueBefore(m_d.endCues, before - 1));
        mention.hasStartCue = !mention.isEnd
                              && (m_ctx.cueBefore(m_d.startCues, before)
                                  || (filler && m_ctx.cueBefore(m_d.startCues, before - 1)));
    }

    ParseContext &m_ctx;
    const ParserVocabulary::Dates &m_d;
};

// "1-7 December", "من ١ إلى ٧ ديسمبر": a day number joined to the date
// after it by a range word is the start of the same month.
void splitDayRanges(ParseContext &ctx, std::vector<DateMention> &mentions)
{
    const auto &connectors = ctx.vocab.audience.rangeConnectors;
    std::vector<DateMention> added;
    for (const DateMention &mention : mentions) {
        const int join = mention.first - 1;
        const int dayAt = mention.first - 2;
        if (!ctx.valid(dayAt) || ctx.isClaimed(dayAt) || !ctx.at(dayAt).isNumber() || ctx.at(dayAt).digitCount > 2)
            continue;
        if (!(ctx.at(join).isSymbol(QLatin1Char('-')) || connectors.matchesExactly(ctx.tokens, join, join)))
            continue;
        const QDate start(mention.date.year(), mention.date.month(), int(ctx.at(dayAt).value));
        if (!start.isValid() || start > mention.date)
            continue;
        added.push_back({start, dayAt, dayAt, mention.hasYear, false, true});
        ctx.claim(dayAt, join);
    }
    for (DateMention &start : added) {
        for (DateMention &mention : mentions) {
            if (mention.first == start.last + 2)
                mention.isEnd = true;
        }
    }
    mentions.insert(mentions.end(), added.begin(), added.end());
    std::sort(mentions.begin(), mentions.end(),
              [](const DateMention &a, const DateMention &b) { return a.first < b.first; });
}

} // namespace

void dates(ParseContext &ctx)
{
    DateFinder finder(ctx);
    std::vector<DateMention> mentions = finder.findAll();
    splitDayRanges(ctx, mentions);
    if (mentions.empty())
        return;
    // The start: the first date marked as a start, else the first date that
    // is not an end.
    const DateMention *start = nullptr;
    for (const DateMention &m : mentions) {
        if (m.hasStartCue && !m.isEnd) {
            start = &m;
            break;
        }
    }
    for (const DateMention &m : mentions) {
        if (!start && !m.isEnd)
            start = &m;
    }
    if (!start)
        return;
    ctx.result.startDate = start->date;
    if (start->date < ctx.referenceDate)
        ctx.addError(parse_errors::kDateInPast, parse_errors::dateInPast(start->date, ctx.referenceDate), start->first,
                     start->last);
    for (const DateMention &m : mentions) {
        if (!m.isEnd || m.first < start->first)
            continue;
        QDate end = m.date;
        if (!m.hasYear && end < start->date)
            end = end.addYears(1);
        const qint64 days = start->date.daysTo(end) + 1;
        if (days <= 0) {
            ctx.addError(parse_errors::kDurationInvalid, parse_errors::durationEndsBeforeStart(), m.first, m.last);
        } else if (days > ctx.vocab.durations.maxDays) {
            ctx.addError(parse_errors::kDurationInvalid,
                         parse_errors::durationTooLong(int(days), ctx.vocab.durations.maxDays), start->first, m.last);
        } else {
            ctx.result.durationDays = int(days);
        }
        break;
    }
}

} // namespace cf::extract
