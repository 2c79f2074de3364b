#include "ui/review/ReviewItemEditor.h"

#include "app/content/text/PlatformLimits.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace cf {
namespace {

constexpr int kSaveDelayMs = 600;
constexpr std::array kFields = {ReviewField::Headline, ReviewField::PrimaryText, ReviewField::Description,
                                ReviewField::CallToAction, ReviewField::Hashtags};
const QStringList kLanguages{QStringLiteral("ar"), QStringLiteral("en")};

} // namespace

ReviewItemEditor::ReviewItemEditor(const PlatformLimits &limits, QWidget *parent)
    : QWidget(parent), m_limits(limits), m_findingsTitle(new QLabel(this)), m_findings(new QListWidget(this)),
      m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ReviewItemEditor::flush);

    auto *columns = new QHBoxLayout;
    for (const QString &language : kLanguages)
        columns->addWidget(buildLanguage(language), 1);
    m_findings->setObjectName(QStringLiteral("guardFindings"));
    m_findings->setMaximumHeight(110);
    connect(m_findings, &QListWidget::itemClicked, this, &ReviewItemEditor::selectFinding);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addWidget(m_findingsTitle);
    layout->addWidget(m_findings);
    retranslateUi();
}

QWidget *ReviewItemEditor::buildLanguage(const QString &language)
{
    auto *box = new QWidget(this);
    // Each column is written in its own language's direction.
    box->setLayoutDirection(language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *title = new QLabel(box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_languageTitles[language == QLatin1String("ar") ? 0 : 1] = title;
    layout->addWidget(title);
    for (ReviewField field : kFields) {
        FieldWidgets w;
        w.label = new QLabel(box);
        if (field == ReviewField::PrimaryText) {
            auto *edit = new QPlainTextEdit(box);
            edit->setTabChangesFocus(true);
            edit->setMinimumHeight(90);
            edit->setMaximumHeight(140);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, language, field] { onTyped(language, field); });
            w.editor = edit;
        } else {
            auto *edit = new QLineEdit(box);
            connect(edit, &QLineEdit::textEdited, this, [this, language, field] { onTyped(language, field); });
            connect(edit, &QLineEdit::editingFinished, this, &ReviewItemEditor::flush);
            w.editor = edit;
        }
        w.editor->setObjectName(QStringLiteral("%1_%2").arg(language, reviewFieldId(field)));
        w.counter = new QLabel(box);
        w.counter->setObjectName(QStringLiteral("%1_%2_counter").arg(language, reviewFieldId(field)));
        w.counter->setWordWrap(true);
        auto *row = new QHBoxLayout;
        row->addWidget(w.label, 1);
        row->addWidget(w.counter, 0, Qt::AlignTrailing);
        layout->addLayout(row);
        layout->addWidget(w.editor);
        m_fields[{language, field}] = w;
    }
    layout->addStretch(1);
    return box;
}

QString ReviewItemEditor::editorText(const FieldWidgets &w) const
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w.editor))
        return plain->toPlainText();
    return static_cast<QLineEdit *>(w.editor)->text();
}

void ReviewItemEditor::setEditorText(const FieldWidgets &w, const QString &text)
{
    if (editorText(w) == text)
        return;
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w.editor))
        plain->setPlainText(text);
    else
        static_cast<QLineEdit *>(w.editor)->setText(text);
}

void ReviewItemEditor::setItem(const ContentItem &item, const GuardReport &report)
{
    // A pending edit belongs to the previous item: save it first.
    if (m_item.id != item.id)
        flush();
    m_loading = true;
    m_item = item;
    for (const QString &language : kLanguages) {
        LanguageCopy copy;
        if (item.copy)
            copy = item.copy->in(language);
        for (ReviewField field : kFields) {
            const Key key{language, field};
            // Keep what is being typed in the field with a pending save.
            if (!(m_pending && *m_pending == key))
                setEditorText(m_fields[key], reviewFieldText(copy, field));
            updateCounter(language, field);
        }
    }
    m_loading = false;
    setReport(report);
}

void ReviewItemEditor::setReport(const GuardReport &report)
{
    m_findings->clear();
    for (const GuardFinding &f : report.findings) {
        const QString icon = f.severity == FindingSeverity::Error ? QStringLiteral("⛔ ")
                           : f.severity == FindingSeverity::Warning ? QStringLiteral("⚠ ") : QStringLiteral("ℹ ");
        auto *row = new QListWidgetItem(icon + f.message, m_findings);
        row->setData(Qt::UserRole, f.field);
        row->setData(Qt::UserRole + 1, qint64(f.start));
        row->setData(Qt::UserRole + 2, qint64(f.end));
        if (f.severity == FindingSeverity::Error)
            row->setForeground(QColor(0xB0, 0x1E, 0x1E));
    }
    m_findingsTitle->setText(report.findings.empty() ? tr("Brand guard: no findings (score %1)").arg(report.score)
                                                     : tr("Brand guard findings (score %1):").arg(report.score));
}

void ReviewItemEditor::setReadOnly(bool readOnly)
{
    for (auto &[key, w] : m_fields) {
        if (auto *plain = qobject_cast<QPlainTextEdit *>(w.editor))
            plain->setReadOnly(readOnly);
        else
            static_cast<QLineEdit *>(w.editor)->setReadOnly(readOnly);
    }
}

void ReviewItemEditor::onTyped(const QString &language, ReviewField field)
{
    updateCounter(language, field);
    if (m_loading)
        return;
    const Key key{language, field};
    if (m_pending && *m_pending != key)
        flush();
    m_pending = key;
    m_saveTimer->start();
}

void ReviewItemEditor::flush()
{
    m_saveTimer->stop();
    if (!m_pending)
        return;
    const Key key = *m_pending;
    m_pending.reset();
    Q_EMIT fieldEdited(key.first, key.second, editorText(m_fields[key]));
}

void ReviewItemEditor::updateCounter(const QString &language, ReviewField field)
{
    const FieldWidgets &w = m_fields[{language, field}];
    const FieldCount count = countField(m_limits, m_item, field, editorText(w));
    w.counter->setText(count.message);
    w.counter->setProperty("over", count.over);
    w.counter->setStyleSheet(count.over ? (count.hard ? QStringLiteral("color: #B01E1E; font-weight: bold;")
                                                      : QStringLiteral("color: #9A6700;"))
                                        : QStringLiteral("color: palette(mid);"));
}

void ReviewItemEditor::selectFinding(QListWidgetItem *row)
{
    const QString field = row->data(Qt::UserRole).toString();
    const QString language = field.section(QLatin1Char('.'), 0, 0);
    const auto reviewField = reviewFieldFromId(field.section(QLatin1Char('.'), 1));
    if (!reviewField || !m_fields.count({language, *reviewField}))
        return;
    QWidget *editor = m_fields[{language, *reviewField}].editor;
    editor->setFocus();
    const int start = int(row->data(Qt::UserRole + 1).toLongLong());
    const int end = int(row->data(Qt::UserRole + 2).toLongLong());
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        QTextCursor cursor = plain->textCursor();
        if (start >= 0 && end >= start) {
            cursor.setPosition(start);
            cursor.setPosition(end, QTextCursor::KeepAnchor);
        } else {
            cursor.select(QTextCursor::Document);
        }
        plain->setTextCursor(cursor);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (start >= 0 && end >= start)
            line->setSelection(start, end - start);
        else
            line->selectAll();
    }
}

void ReviewItemEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewItemEditor::retranslateUi()
{
    m_languageTitles[0]->setText(tr("Arabic"));
    m_languageTitles[1]->setText(tr("English"));
    for (auto &[key, w] : m_fields)
        w.label->setText(reviewFieldDisplayName(key.second));
    for (const QString &language : kLanguages) {
        for (ReviewField field : kFields)
            updateCounter(language, field);
    }
}

} // namespace cf

namespace cf {

QWidget *ReviewItemEditor::fieldEditor(const QString &language, ReviewField field) const
{
    const auto found = m_fields.find({language, field});
    return found == m_fields.end() ? nullptr : found->second.editor;
}

QLabel *ReviewItemEditor::counterLabel(const QString &language, ReviewField field) const
{
    const auto found = m_fields.find({language, field});
    return found == m_fields.end() ? nullptr : found->second.counter;
}

} // namespace cf
