// BriefPage's form: the widgets and layout of the editable brief (the page's
// behaviour is in BriefPage.cpp).
#include "ui/wizard/BriefPage.h"
#include "app/core/Clock.h"
#include "models/domain/Connection.h"
#include "models/domain/Platform.h"
#include "models/store/ConnectionRepository.h"
#include "ui/wizard/BriefPageRows.h"
#include "ui/wizard/WizardText.h"
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace cf {

QLabel *BriefPage::badge(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("inferred_%1").arg(field));
    label->setStyleSheet(QStringLiteral("QLabel { font-style: italic; color: #7C5E10; background: #FEF3C7;"
                                        " border-radius: 8px; padding: 1px 8px; }"));
    label->hide();
    m_badges[field] = label;
    return label;
}

void BriefPage::build()
{
    auto *content = new QWidget;
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](const char *key, QLayout *fields) {
        const QString field = QString::fromLatin1(key);
        auto *row = new QHBoxLayout;
        row->addLayout(fields, 1);
        row->addWidget(badge(field), 0, Qt::AlignTop);
        auto *label = new QLabel(this);
        m_rowLabels[field] = label;
        m_form->addRow(label, row);
    };

    auto *platforms = new QGridLayout;
    int index = 0;
    for (Platform platform : kAllPlatforms) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("platform_%1").arg(platformId(platform)));
        platforms->addWidget(box, index / 2, index % 2);
        m_platforms[platformId(platform)] = box;
        connect(box, &QCheckBox::toggled, this, [this] {
            userChanged(QStringLiteral("platforms"));
            Q_EMIT completeChanged();
        });
        ++index;
    }
    addRow("platforms", platforms);

    m_budget = new QDoubleSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budgetAmount"));
    m_budget->setRange(0, 100'000'000);
    m_budget->setDecimals(0);
    m_budget->setGroupSeparatorShown(true);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const char *code : briefpage::kCurrencies)
        m_currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("budgetPeriod"));
    m_period->addItem(QString(), QStringLiteral("total"));
    m_period->addItem(QString(), QStringLiteral("daily"));
    auto *budget = new QHBoxLayout;
    budget->addWidget(m_budget, 1);
    budget->addWidget(m_currency);
    budget->addWidget(m_period);
    addRow("budget", budget);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this] { userChanged(QStringLiteral("budget")); });
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] { userChanged(QStringLiteral("budget")); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { userChanged(QStringLiteral("budget")); });

    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(QString(), QString());
    m_gender->addItem(QString(), QStringLiteral("female"));
    m_gender->addItem(QString(), QStringLiteral("male"));
    m_ageMin = new QSpinBox(this);
    m_ageMax = new QSpinBox(this);
    m_ageMin->setObjectName(QStringLiteral("ageMin"));
    m_ageMax->setObjectName(QStringLiteral("ageMax"));
    m_ageMin->setRange(13, 65);
    m_ageMax->setRange(13, 65);
    auto *audience = new QHBoxLayout;
    audience->addWidget(m_gender, 1);
    audience->addWidget(m_ageMin);
    audience->addWidget(new QLabel(QStringLiteral("–"), this));
    audience->addWidget(m_ageMax);
    addRow("audience", audience);
    for (QSpinBox *age : {m_ageMin, m_ageMax}) {
        connect(age, &QSpinBox::valueChanged, this, [this] {
            userChanged(QStringLiteral("audience"));
            Q_EMIT completeChanged();
        });
    }
    connect(m_gender, &QComboBox::currentIndexChanged, this, [this] { userChanged(QStringLiteral("audience")); });

    m_places = new QLineEdit(this);
    m_places->setObjectName(QStringLiteral("places"));
    auto *places = new QHBoxLayout;
    places->addWidget(m_places);
    addRow("locations", places);
    connect(m_places, &QLineEdit::textEdited, this, [this] { userChanged(QStringLiteral("locations")); });

    m_start = new QDateEdit(this);
    m_end = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    for (QDateEdit *edit : {m_start, m_end})
        edit->setCalendarPopup(true);
    auto *start = new QHBoxLayout;
    start->addWidget(m_start);
    addRow("start_date", start);
    auto *end = new QHBoxLayout;
    end->addWidget(m_end);
    addRow("duration_days", end);
    connect(m_start, &QDateEdit::dateChanged, this, [this] {
        userChanged(QStringLiteral("start_date"));
        Q_EMIT completeChanged();
    });
    connect(m_end, &QDateEdit::dateChanged, this, [this] {
        userChanged(QStringLiteral("duration_days"));
        Q_EMIT completeChanged();
    });

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("campaignType"));
    for (const QString &id : enumIds<CampaignType>())
        m_type->addItem(WizardText::campaignType(id), id);
    auto *type = new QHBoxLayout;
    type->addWidget(m_type);
    addRow("campaign_type", type);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { userChanged(QStringLiteral("campaign_type")); });

    m_objective = new QComboBox(this);
    m_objective->setObjectName(QStringLiteral("objective"));
    for (const QString &id : enumIds<Objective>())
        m_objective->addItem(WizardText::objective(id), id);
    auto *objective = new QHBoxLayout;
    objective->addWidget(m_objective);
    addRow("objective", objective);
    connect(m_objective, &QComboBox::currentIndexChanged, this, [this] { userChanged(QStringLiteral("objective")); });

    m_automation = new QButtonGroup(this);
    auto *automation = new QVBoxLayout;
    for (AutomationLevel level : briefpage::kLevels) {
        auto *button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("automation_%1").arg(enumId(level)));
        auto *help = new QLabel(this);
        help->setWordWrap(true);
        help->setIndent(24);
        help->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
        m_automation->addButton(button, int(level));
        m_automationHelp[int(level)] = help;
        automation->addWidget(button);
        automation->addWidget(help);
    }
    m_automation->button(int(AutomationLevel::Manual))->setChecked(true);
    addRow("automation", automation);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace cf
