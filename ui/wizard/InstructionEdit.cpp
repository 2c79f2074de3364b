#include "ui/wizard/InstructionEdit.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

namespace cf {

InstructionEdit::InstructionEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void InstructionEdit::setProblems(const std::vector<ParseError> &problems)
{
    m_problems = problems;
    QList<QTextEdit::ExtraSelection> selections;
    const int length = document()->characterCount() - 1;
    for (const ParseError &problem : m_problems) {
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0xB9, 0x1C, 0x1C));
        selection.format.setToolTip(problem.message);
        int start = int(qBound(qsizetype(0), problem.start, qsizetype(length)));
        int end = int(qBound(qsizetype(0), problem.end, qsizetype(length)));
        // A problem about the whole text (no platform named, say) has no
        // span of its own: underline everything so it is still visible.
        if (end <= start) {
            start = 0;
            end = length;
        }
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selections << selection;
    }
    setExtraSelections(selections);
}

QString InstructionEdit::problemAt(int position) const
{
    // The narrowest span wins: "Pinterest" rather than the whole sentence.
    const ParseError *best = nullptr;
    for (const ParseError &problem : m_problems) {
        if (problem.end > problem.start && position >= problem.start && position < problem.end
            && (!best || problem.end - problem.start < best->end - best->start))
            best = &problem;
    }
    if (best)
        return best->message;
    for (const ParseError &problem : m_problems) {
        if (problem.end <= problem.start)
            return problem.message;
    }
    return {};
}

bool InstructionEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString message = problemAt(cursorForPosition(inViewport).position());
        if (message.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), message, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace cf
