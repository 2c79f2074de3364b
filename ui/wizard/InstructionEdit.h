#pragma once

#include "app/planning/ParsedInstruction.h"

#include <QPlainTextEdit>

#include <vector>

namespace cf {

// The wizard's instruction box: plain text (English, Arabic or both) whose
// problems are underlined with a red wavy line; hovering an underlined span
// shows its message. Spans are the parser's UTF-16 offsets.
class InstructionEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit InstructionEdit(QWidget *parent = nullptr);

    void setProblems(const std::vector<ParseError> &problems);
    const std::vector<ParseError> &problems() const { return m_problems; }
    // The message of the problem under a text position, or an empty string.
    QString problemAt(int position) const;

protected:
    bool event(QEvent *event) override;

private:
    std::vector<ParseError> m_problems;
};

} // namespace cf
