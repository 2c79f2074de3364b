#pragma once

#include "app/planning/ParsedInstruction.h"
#include "app/planning/parser/ParserVocabulary.h"

#include <QDate>
#include <QString>

namespace cf {

// Turns one instruction in English, Arabic (MSA, Gulf, Egyptian) or a mix
// into a ParsedInstruction: platforms, budget, audience, places, theme,
// objective, campaign type, duration and start date, plus errors with the
// span of text they concern. Deterministic and free of I/O: all word lists
// come from the ParserVocabulary given at construction, which must outlive
// the parser. See docs/parser.md for the conventions.
class InstructionParser
{
public:
    explicit InstructionParser(const ParserVocabulary &vocabulary);

    // referenceDate is "today" for relative dates and the date_in_past check.
    ParsedInstruction parse(const QString &text, QDate referenceDate) const;

private:
    const ParserVocabulary &m_vocab;
};

} // namespace cf
