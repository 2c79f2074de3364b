#include "app/planning/parser/Tokenizer.h"

#include <QRegularExpression>

namespace cf {
namespace {

bool isArabicLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0620 && u <= 0x064A) || (u >= 0x066E && u <= 0x06D3) || (u >= 0x06FA && u <= 0x06FF)
           || (u >= 0x0750 && u <= 0x077F);
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

// Attached Arabic clitics, outermost first: a conjunction (و، ف), then a
// preposition (ب، ل، ك), then the article. "لل" is ل + ال with the alef
// dropped, so its form gets the article back. Colloquial "عال" is على + ال
// ("عالفيسبوك" = على الفيسبوك), kept for words long enough that it cannot be
// the start of a stem ("عالمي", "عالية").
void addArabicForms(Token &token)
{
    const QString &word = token.text;
    token.forms.append(word);
    token.prefixes.push_back(QString());
    auto add = [&](const QString &form, const QString &prefix) {
        if (form.size() < 2 || token.forms.contains(form))
            return;
        token.forms.append(form);
        token.prefixes.push_back(prefix);
    };
    const QString waw(QChar(0x0648)), feh(QChar(0x0641));
    const QString beh(QChar(0x0628)), lam(QChar(0x0644)), kaf(QChar(0x0643));
    const QString article = QString(QChar(0x0627)) + lam;
    for (const QString &conj : {QString(), waw, feh}) {
        if (!conj.isEmpty() && !word.startsWith(conj))
            continue;
        const QString afterConj = word.mid(conj.size());
        if (!conj.isEmpty())
            add(afterConj, conj);
        for (const QString &prep : {beh, lam, kaf}) {
            if (!afterConj.startsWith(prep))
                continue;
            const QString afterPrep = afterConj.mid(1);
            if (prep == lam && afterPrep.startsWith(lam))
                add(article + afterPrep.mid(1), conj + prep); // للرياض -> الرياض
            add(afterPrep, conj + prep);
        }
        const QString ainArticle = QString(QChar(0x0639)) + article; // عال
        if (afterConj.startsWith(ainArticle) && afterConj.size() >= ainArticle.size() + 4)
            add(article + afterConj.mid(ainArticle.size()), conj + QChar(0x0639));
    }
}

bool parseGroupedNumber(const QString &raw, double *value)
{
    static const QRegularExpression commaGroups(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    static const QRegularExpression dotGroups(QStringLiteral("^\\d{1,3}(\\.\\d{3}){2,}$"));
    static const QRegularExpression decimal(QStringLiteral("^\\d+(\\.\\d+)?$"));
    QString digits;
    if (commaGroups.match(raw).hasMatch())
        digits = QString(raw).remove(QLatin1Char(','));
    else if (dotGroups.match(raw).hasMatch())
        digits = QString(raw).remove(QLatin1Char('.'));
    else if (decimal.match(raw).hasMatch())
        digits = raw;
    else
        return false;
    bool ok = false;
    *value = digits.toDouble(&ok);
    return ok;
}

} // namespace

TokenList Tokenizer::tokenize(const NormalizedText &normalized)
{
    const QString &text = normalized.text;
    TokenList tokens;
    const qsizetype size = text.size();
    bool space = true;
    qsizetype i = 0;
    auto isOriginalUpper = [&](qsizetype at) {
        const qsizetype src = normalized.sourceStart[std::size_t(at)];
        return src < normalized.original.size() && normalized.original.at(src).isUpper();
    };
    auto pushNumber = [&](qsizetype from, qsizetype to, double value, bool plain) {
        Token token;
        token.kind = Token::Kind::Number;
        token.text = text.mid(from, to - from);
        token.start = from;
        token.end = to;
        token.value = value;
        token.digitCount = plain ? int(to - from) : 0;
        token.spaceBefore = space;
        tokens.push_back(std::move(token));
        space = false;
    };
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < size && (text.at(j).isDigit()
                                || ((text.at(j) == QLatin1Char(',') || text.at(j) == QLatin1Char('.')) && j + 1 < size
                                    && text.at(j + 1).isDigit())))
                ++j;
            const QString raw = text.mid(i, j - i);
            double value = 0;
            if (parseGroupedNumber(raw, &value)) {
                bool plain = true;
                for (const QChar d : raw)
                    plain = plain && d.isDigit();
                pushNumber(i, j, value, plain);
            } else {
                // Not one number ("15.08.2027", "25,30"): digit runs and separators.
                qsizetype k = i;
                while (k < j) {
                    if (text.at(k).isDigit()) {
                        qsizetype e = k;
                        while (e < j && text.at(e).isDigit())
                            ++e;
                        pushNumber(k, e, text.mid(k, e - k).toDouble(), true);
                        k = e;
                    } else {
                        Token sep;
                        sep.kind = Token::Kind::Symbol;
                        sep.text = text.mid(k, 1);
                        sep.start = k;
                        sep.end = k + 1;
                        sep.spaceBefore = false;
                        tokens.push_back(sep);
                        ++k;
                    }
                }
            }
            i = j;
            continue;
        }
        if (isWordChar(c)) {
            const bool arabic = isArabicLetter(c);
            Token token;
            token.start = i;
            token.arabic = arabic;
            token.capitalized = isOriginalUpper(i);
            token.spaceBefore = space;
            qsizetype j = i;
            while (j < size) {
                const QChar d = text.at(j);
                if (isWordChar(d) && (d.isMark() || isArabicLetter(d) == arabic)) {
                    token.text.append(d);
                    ++j;
                    continue;
                }
                // Apostrophes inside Latin words are dropped: mother's -> mothers.
                if (!arabic && d == QLatin1Char('\'') && j + 1 < size && text.at(j + 1).isLetter()
                    && !isArabicLetter(text.at(j + 1))) {
                    ++j;
                    continue;
                }
                break;
            }
            token.end = j;
            if (arabic)
                addArabicForms(token);
            else
                token.forms.append(token.text), token.prefixes.push_back(QString());
            tokens.push_back(std::move(token));
            space = false;
            // A hyphen joining two Latin words disappears: e-mail, twenty-five.
            if (!arabic && j + 1 < size && text.at(j) == QLatin1Char('-') && text.at(j + 1).isLetter()
                && !isArabicLetter(text.at(j + 1))) {
                space = true;
                ++j;
            }
            i = j;
            continue;
        }
        Token symbol;
        symbol.kind = Token::Kind::Symbol;
        qsizetype len = c.isHighSurrogate() && i + 1 < size ? 2 : 1;
        symbol.text = text.mid(i, len);
        symbol.start = i;
        symbol.end = i + len;
        symbol.spaceBefore = space;
        tokens.push_back(std::move(symbol));
        space = false;
        i += len;
    }
    return tokens;
}

QStringList Tokenizer::phraseTokens(const QString &phrase)
{
    const NormalizedText normalized = TextNormalizer::normalize(phrase);
    QStringList out;
    for (const Token &token : tokenize(normalized))
        out.append(token.text);
    return out;
}

} // namespace cf
