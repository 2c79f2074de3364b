#include "platforms/publishing/XText.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace cf::xtext {

namespace {

constexpr int kUrlWeight = 23;

bool isLight(char32_t c)
{
    return c <= 0x10FF || (c >= 0x2000 && c <= 0x200D) || (c >= 0x2010 && c <= 0x201F) || (c >= 0x2032 && c <= 0x2037);
}

bool looksLikeEmoji(char32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F || c == 0x200D;
}

int plainWeight(const QString &text)
{
    int weight = 0;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = graphemes.toNextBoundary(); end != -1; end = graphemes.toNextBoundary()) {
        const QList<uint> codePoints = QStringView(text).mid(start, end - start).toUcs4();
        start = end;
        bool emoji = false;
        int sum = 0;
        for (uint c : codePoints) {
            emoji = emoji || looksLikeEmoji(c);
            sum += isLight(c) ? 1 : 2;
        }
        weight += emoji ? 2 : sum;
    }
    return weight;
}

const QRegularExpression &urls()
{
    static const QRegularExpression pattern(QStringLiteral("https?://\\S+"), QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Breaks one paragraph into pieces that fit, preferring sentence ends, then spaces.
QStringList breakParagraph(const QString &paragraph)
{
    QStringList pieces;
    QString rest = paragraph.trimmed();
    while (weightedLength(rest) > kMaxWeightedLength) {
        qsizetype cut = -1;
        qsizetype lastSpace = -1;
        for (qsizetype i = 1; i < rest.size(); ++i) {
            if (weightedLength(rest.left(i)) > kMaxWeightedLength)
                break;
            const QChar c = rest.at(i);
            if (c.isSpace()) {
                lastSpace = i;
                const QChar before = rest.at(i - 1);
                if (before == QLatin1Char('.') || before == QLatin1Char('!') || before == QLatin1Char('?') || before == QChar(0x061F))
                    cut = i;
            }
        }
        if (cut <= 0)
            cut = lastSpace;
        if (cut <= 0) {
            // One unbroken word longer than a post: cut it hard.
            cut = 1;
            while (cut < rest.size() && weightedLength(rest.left(cut + 1)) <= kMaxWeightedLength)
                ++cut;
        }
        pieces << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty())
        pieces << rest;
    return pieces;
}

} // namespace

int weightedLength(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    int weight = 0;
    qsizetype from = 0;
    for (auto it = urls().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch url = it.next();
        weight += plainWeight(text.mid(from, url.capturedStart() - from)) + kUrlWeight;
        from = url.capturedEnd();
    }
    return weight + plainWeight(text.mid(from));
}

QStringList splitThread(const QString &text)
{
    QStringList posts;
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : text.split(blankLine, Qt::SkipEmptyParts)) {
        if (!paragraph.trimmed().isEmpty())
            posts << breakParagraph(paragraph);
    }
    return posts;
}

} // namespace cf::xtext
