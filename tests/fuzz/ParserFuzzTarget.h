#pragma once

#include "app/planning/parser/InstructionParser.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace cf::fuzz {

// Parses one arbitrary input (read as UTF-8, invalid bytes and all) and
// checks what must hold for every parse: spans inside the text, lists
// sorted and unique, known platform ids and error codes, finite positive
// amounts, sane ages and durations. Returns the first broken invariant, or
// an empty string. Shared by the libFuzzer target and the gcc smoke test.
QString parseAndCheck(const InstructionParser &parser, const QByteArray &input, QDate today = QDate(2026, 11, 21));

} // namespace cf::fuzz
