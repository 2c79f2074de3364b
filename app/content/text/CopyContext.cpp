#include "app/content/text/CopyContext.h"

#include <QRegularExpression>

namespace cf {

quint64 stableHash(const QString &text, quint64 basis)
{
    quint64 h = basis;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

PhrasePicker::PhrasePicker(const PhraseBank &bank, const CopyContext &context, quint64 seed)
    : m_bank(bank), m_context(context), m_state(seed)
{
}

quint64 PhrasePicker::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool PhrasePicker::chance(int percent)
{
    return int(next() % 100) < percent;
}

QString PhrasePicker::pick(const QStringList &options)
{
    if (options.isEmpty())
        return {};
    return options.at(qsizetype(next() % quint64(options.size())));
}

QString PhrasePicker::fill(const QString &line, const QMap<QString, QString> &extra) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    const CopyContext &c = m_context;
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1);
        QString value;
        const bool genderMark = key == QStringLiteral("ي") || key == QStringLiteral("ين");
        if (genderMark)
            value = c.femaleAudience ? key : QString(QLatin1String(""));
        else if (key == QLatin1String("brand"))
            value = c.brand;
        else if (key == QLatin1String("product"))
            value = c.product;
        else if (key == QLatin1String("offer"))
            value = c.offer;
        else if (key == QLatin1String("discount"))
            value = c.discount ? QString::number(*c.discount) : QString();
        else if (key == QLatin1String("price"))
            value = c.price;
        else if (key == QLatin1String("code"))
            value = c.code;
        else if (key == QLatin1String("occasion"))
            value = c.occasionName;
        else
            value = extra.value(key);
        // {ي} and {ين} may be empty on purpose; every other value must exist.
        if (value.isEmpty() && !genderMark)
            return {};
        out += QStringView(line).mid(last, m.capturedStart() - last);
        out += value;
        last = m.capturedEnd();
    }
    out += QStringView(line).mid(last);
    return out;
}

QStringList PhrasePicker::candidates(const QStringList &path, const QMap<QString, QString> &extra) const
{
    QStringList out;
    for (const QString &line : m_bank.voiced(m_context.language, path, m_context.voice)) {
        const QString filled = fill(line, extra);
        if (!filled.isNull())
            out << filled;
    }
    return out;
}

QStringList PhrasePicker::plainCandidates(const QStringList &path, const QMap<QString, QString> &extra) const
{
    QStringList out;
    for (const QString &line : m_bank.list(m_context.language, path)) {
        const QString filled = fill(line, extra);
        if (!filled.isNull())
            out << filled;
    }
    return out;
}

} // namespace cf
