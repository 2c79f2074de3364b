#include "ui/widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace cf {
namespace {
constexpr int kIllustrationSize = 96;
// Long lines are hard to read; the paragraph wraps at about 60 characters.
constexpr int kTextWidth = 520;
} // namespace

EmptyState::EmptyState(const QString &illustration, QWidget *parent)
    : QWidget(parent),
      m_illustration(new QSvgWidget(this)),
      m_title(new QLabel(this)),
      m_explanation(new QLabel(this)),
      m_detail(new QLabel(this)),
      m_action(new QPushButton(this))
{
    // Drawn from the vector file at paint time, so it is sharp at any scale.
    m_illustration->setFixedSize(kIllustrationSize, kIllustrationSize);
    setIllustration(illustration);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    for (QLabel *label : { m_title, m_explanation, m_detail }) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    m_detail->setObjectName(QStringLiteral("emptyStateDetail"));
    // Muted, but dark enough to read: the disabled palette colour is too faint.
    m_detail->setStyleSheet(QStringLiteral("color: #55606E;"));
    m_detail->hide();
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    // The texts fill a centred column of limited width: wrapped labels given
    // an alignment in a layout shrink to their shortest line instead.
    auto *column = new QWidget(this);
    column->setMaximumWidth(kTextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_illustration, 0, Qt::AlignHCenter);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_explanation);
    columnLayout->addWidget(m_detail);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_action, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::setIllustration(const QString &illustration)
{
    m_illustration->load(illustration);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    // Screen readers announce the illustration by what the screen is about.
    m_illustration->setAccessibleName(title);
}

void EmptyState::setExplanation(const QString &explanation)
{
    m_explanation->setText(explanation);
}

void EmptyState::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void EmptyState::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}
QString EmptyState::explanation() const
{
    return m_explanation->text();
}
QString EmptyState::detail() const
{
    return m_detail->text();
}

} // namespace cf
