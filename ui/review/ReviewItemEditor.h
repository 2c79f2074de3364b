#pragma once

#include "app/content/text/BrandGuard.h"
#include "app/review/ReviewField.h"
#include "models/domain/ContentItem.h"

#include <QWidget>

#include <array>
#include <map>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace cf {

class PlatformLimits;

// The copy of one item, editable per language (Arabic and English side by
// side, each in its own direction): headline, primary text, description,
// call to action and hashtags, each with a live counter that counts as the
// item's platform counts and turns red with the limit message when over.
// Below, the brand guard's findings; clicking one selects its span.
//
// Typing is saved after a short pause (or when focus leaves the field or
// flush() is called): fieldEdited() then carries the field's final text.
class ReviewItemEditor : public QWidget
{
    Q_OBJECT
public:
    ReviewItemEditor(const PlatformLimits &limits, QWidget *parent = nullptr);

    // Shows the item's copy without emitting fieldEdited().
    void setItem(const ContentItem &item, const GuardReport &report);
    void setReport(const GuardReport &report);
    void setReadOnly(bool readOnly);
    // Emits the pending edit now (before switching items or closing).
    void flush();

    QWidget *fieldEditor(const QString &language, ReviewField field) const;
    QLabel *counterLabel(const QString &language, ReviewField field) const;
    QListWidget *findingsList() const { return m_findings; }

Q_SIGNALS:
    void fieldEdited(const QString &language, cf::ReviewField field, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldWidgets
    {
        QLabel *label = nullptr;
        QWidget *editor = nullptr; // QLineEdit or QPlainTextEdit
        QLabel *counter = nullptr;
    };
    using Key = std::pair<QString, ReviewField>;

    QWidget *buildLanguage(const QString &language);
    QString editorText(const FieldWidgets &w) const;
    void setEditorText(const FieldWidgets &w, const QString &text);
    void onTyped(const QString &language, ReviewField field);
    void updateCounter(const QString &language, ReviewField field);
    void selectFinding(QListWidgetItem *row);
    void retranslateUi();

    const PlatformLimits &m_limits;
    ContentItem m_item;
    std::map<Key, FieldWidgets> m_fields;
    std::array<QLabel *, 2> m_languageTitles{};
    QLabel *m_findingsTitle;
    QListWidget *m_findings;
    QTimer *m_saveTimer;
    std::optional<Key> m_pending;
    bool m_loading = false;
};

} // namespace cf
