#include "ui/connections/PlatformCard.h"

#include "ui/connections/ConnectionStateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace cf {
namespace {

constexpr int kAvatarSize = 36;

QString kindChoiceText(RedirectKind kind)
{
    switch (kind) {
    case RedirectKind::Embedded: return QCoreApplication::translate("cf::PlatformCard", "Sign in inside CampaignForge");
    case RedirectKind::LoopbackEphemeral:
    case RedirectKind::LoopbackFixed: return QCoreApplication::translate("cf::PlatformCard", "Sign in with your web browser");
    case RedirectKind::Paste:
        return QCoreApplication::translate("cf::PlatformCard", "Sign in with your web browser, then paste the address");
    }
    return {};
}

QString stateColour(ConnectionDisplayState state)
{
    switch (state) {
    case ConnectionDisplayState::Connected: return QStringLiteral("#0B6B3A");
    case ConnectionDisplayState::ExpiresSoon: return QStringLiteral("#8A5A00");
    default: return QStringLiteral("#B91C1C");
    }
}

} // namespace

PlatformCard::PlatformCard(Platform platform, QWidget *parent)
    : QFrame(parent), m_body(new QVBoxLayout), m_message(new QLabel(this))
{
    m_data.platform = platform;
    setObjectName(QStringLiteral("card_%1").arg(platformId(platform)));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("cf--PlatformCard { background: palette(base); border: 1px solid #D5DAE1; border-radius: 8px; }"));
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->addLayout(m_body);
    layout->addWidget(m_message);
}

QPixmap PlatformCard::initialAvatar(const QString &name, int size)
{
    const qreal ratio = 2.0; // sharp on high-density screens
    QPixmap pixmap(int(size * ratio), int(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A stable colour per name, from a small palette readable with white text.
    static constexpr QRgb kColours[] = {0xFF0F766E, 0xFF1D4ED8, 0xFF7C3AED, 0xFFB45309, 0xFFBE185D, 0xFF374151};
    const QRgb colour = kColours[qHash(name) % (sizeof kColours / sizeof kColours[0])];
    painter.setBrush(QColor::fromRgb(colour));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setPixelSize(size / 2);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QString initial = name.trimmed().isEmpty() ? QStringLiteral("?") : name.trimmed().left(1).toUpper();
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initial);
    return pixmap;
}

void PlatformCard::setData(const PlatformCardData &data)
{
    const Platform platform = m_data.platform;
    m_data = data;
    m_data.platform = platform;
    rebuild();
}

void PlatformCard::setMessage(const QString &message, bool isError)
{
    m_messageText = message;
    m_messageIsError = isError;
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #B91C1C;") : QStringLiteral("color: #0B6B3A;"));
    m_message->setVisible(!message.isEmpty());
}

void PlatformCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

std::optional<RedirectKind> PlatformCard::chosenKind() const
{
    if (!m_kindChoice)
        return std::nullopt;
    return RedirectKind(m_kindChoice->currentData().toInt());
}

void PlatformCard::rebuild()
{
    const int previousKind = m_kindChoice ? m_kindChoice->currentIndex() : -1;
    m_kindChoice = nullptr;
    while (QLayoutItem *item = m_body->takeAt(0)) {
        // Out of the tree at once (findChild and the layout no longer see
        // it), deleted later: the click that caused the rebuild may still be
        // running inside it.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }

    auto *title = new QLabel(platformDisplayName(m_data.platform), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    m_body->addWidget(title);

    for (const auto &entry : m_data.accounts)
        m_body->addWidget(accountWidget(entry));
    for (const auto &[child, via] : m_data.foundElsewhere)
        m_body->addWidget(subAccountCheck(child, via));

    auto *actions = new QWidget(this);
    auto *row = new QHBoxLayout(actions);
    row->setContentsMargins(0, 4, 0, 0);
    const QString platform = platformId(m_data.platform);
    if (m_data.accounts.empty() && m_data.foundElsewhere.empty()) {
        auto *state = new QLabel(tr("Not connected"), actions);
        state->setObjectName(QStringLiteral("notConnected_%1").arg(platform));
        state->setStyleSheet(QStringLiteral("color: #55606E;"));
        row->addWidget(state);
    }
    row->addStretch(1);
    if (m_data.provider && m_data.appCredentialsMissing) {
        auto *setup = new QPushButton(tr("Set up app credentials first"), actions);
        setup->setObjectName(QStringLiteral("setupApp_%1").arg(platform));
        setup->setToolTip(tr("%1 needs a registered developer app: enter its client id under Platform apps.")
                              .arg(platformDisplayName(m_data.platform)));
        const QString providerId = m_data.provider->id;
        connect(setup, &QPushButton::clicked, this, [this, providerId] { Q_EMIT appCredentialsRequested(providerId); });
        row->addWidget(setup);
    } else if (m_data.provider || m_data.platform == Platform::WordPress) {
        if (m_data.provider && m_data.provider->redirectKinds.size() > 1) {
            m_kindChoice = new QComboBox(actions);
            m_kindChoice->setObjectName(QStringLiteral("signInKind_%1").arg(platform));
            m_kindChoice->setAccessibleName(tr("How to sign in"));
            QStringList seen;
            for (RedirectKind kind : m_data.provider->redirectKinds) {
                // Both loopback kinds read the same to a person; offer the first.
                const QString text = kindChoiceText(kind);
                if (seen.contains(text))
                    continue;
                seen << text;
                m_kindChoice->addItem(text, int(kind));
            }
            if (previousKind >= 0 && previousKind < m_kindChoice->count())
                m_kindChoice->setCurrentIndex(previousKind);
            row->addWidget(m_kindChoice);
        }
        auto *connectButton = new QPushButton(m_data.accounts.empty() ? tr("Connect") : tr("Connect another account"), actions);
        connectButton->setObjectName(QStringLiteral("connect_%1").arg(platform));
        connect(connectButton, &QPushButton::clicked, this,
                [this] { Q_EMIT connectRequested(m_data.platform, chosenKind()); });
        row->addWidget(connectButton);
    }
    m_body->addWidget(actions);
    setMessage(m_messageText, m_messageIsError);
}

QWidget *PlatformCard::accountWidget(const PlatformCardData::AccountEntry &entry)
{
    const Connection &account = entry.account;
    const QString id = QString::number(account.id);
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);

    auto *header = new QHBoxLayout;
    auto *avatar = new QLabel(box);
    avatar->setObjectName(QStringLiteral("avatar_%1").arg(id));
    const QPixmap picture = m_data.pictures.value(account.pictureUrl);
    avatar->setPixmap(picture.isNull() ? initialAvatar(account.accountName, kAvatarSize)
                                       : picture.scaled(kAvatarSize * 2, kAvatarSize * 2, Qt::KeepAspectRatio,
                                                        Qt::SmoothTransformation));
    avatar->setFixedSize(kAvatarSize, kAvatarSize);
    avatar->setScaledContents(true);
    header->addWidget(avatar);

    const ConnectionDisplayState state = entry.tokensMissing && !m_data.keychainUnavailable
                                             ? ConnectionDisplayState::NeedsRelogin
                                             : displayStateOf(account, m_data.nowUtc, m_data.keychainUnavailable);
    QString stateText = connectionStateText(account, m_data.nowUtc, m_data.keychainUnavailable);
    if (entry.tokensMissing && !m_data.keychainUnavailable)
        stateText = tr("%1 needs you to sign in again: its sign-in is missing from the keychain")
                        .arg(account.accountName.isEmpty() ? account.accountId : account.accountName);
    auto *stateLabel = new QLabel(stateText, box);
    stateLabel->setObjectName(QStringLiteral("state_%1").arg(id));
    stateLabel->setWordWrap(true);
    stateLabel->setTextFormat(Qt::PlainText);
    stateLabel->setStyleSheet(QStringLiteral("color: %1;").arg(stateColour(state)));
    header->addWidget(stateLabel, 1);
    layout->addLayout(header);

    if (!account.scopes.isEmpty()) {
        auto *toggle = new QToolButton(box);
        toggle->setObjectName(QStringLiteral("scopesToggle_%1").arg(id));
        toggle->setText(tr("Granted permissions (%1)").arg(QLocale().toString(account.scopes.size())));
        toggle->setCheckable(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setAutoRaise(true);
        auto *scopes = new QLabel(account.scopes.join(QStringLiteral(", ")), box);
        scopes->setObjectName(QStringLiteral("scopes_%1").arg(id));
        scopes->setWordWrap(true);
        scopes->setTextFormat(Qt::PlainText);
        scopes->setTextInteractionFlags(Qt::TextSelectableByMouse);
        scopes->setStyleSheet(QStringLiteral("color: #55606E;"));
        scopes->hide();
        connect(toggle, &QToolButton::toggled, scopes, &QWidget::setVisible);
        connect(toggle, &QToolButton::toggled, toggle,
                [toggle](bool open) { toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow); });
        layout->addWidget(toggle, 0, Qt::AlignLeading);
        layout->addWidget(scopes);
    }

    if (!entry.children.empty()) {
        auto *chosen = new QLabel(tr("Publish to:"), box);
        layout->addWidget(chosen);
        for (const Connection &child : entry.children)
            layout->addWidget(subAccountCheck(child, QString()));
    }

    const QString result = m_data.testResults.value(account.id);
    if (!result.isEmpty()) {
        auto *resultLabel = new QLabel(result, box);
        resultLabel->setObjectName(QStringLiteral("testResult_%1").arg(id));
        resultLabel->setWordWrap(true);
        resultLabel->setTextFormat(Qt::PlainText);
        layout->addWidget(resultLabel);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *test = new QPushButton(tr("Test connection"), box);
    test->setObjectName(QStringLiteral("test_%1").arg(id));
    test->setEnabled(!m_data.keychainUnavailable);
    auto *reconnect = new QPushButton(tr("Reconnect"), box);
    reconnect->setObjectName(QStringLiteral("reconnect_%1").arg(id));
    reconnect->setEnabled(!m_data.appCredentialsMissing && !m_data.keychainUnavailable);
    auto *disconnect = new QPushButton(tr("Disconnect…"), box);
    disconnect->setObjectName(QStringLiteral("disconnect_%1").arg(id));
    buttons->addWidget(test);
    buttons->addWidget(reconnect);
    buttons->addWidget(disconnect);
    layout->addLayout(buttons);
    connect(test, &QPushButton::clicked, this, [this, account] { Q_EMIT testRequested(account); });
    connect(reconnect, &QPushButton::clicked, this, [this, account] { Q_EMIT reconnectRequested(account); });
    connect(disconnect, &QPushButton::clicked, this, [this, account] { Q_EMIT disconnectRequested(account); });
    return box;
}

QWidget *PlatformCard::subAccountCheck(const Connection &child, const QString &via)
{
    const QString name = child.accountName.isEmpty() ? child.accountId : child.accountName;
    const QString text = via.isEmpty() ? tr("%1 (%2)").arg(name, connectionKindName(child.kind))
                                       : tr("%1 (%2, through %3)").arg(name, connectionKindName(child.kind), via);
    auto *check = new QCheckBox(text, this);
    check->setObjectName(QStringLiteral("selected_%1").arg(child.id));
    check->setChecked(child.selected);
    check->setToolTip(tr("Checked: campaigns can publish here."));
    const qint64 id = child.id;
    connect(check, &QCheckBox::toggled, this, [this, id](bool on) { Q_EMIT selectedChanged(id, on); });
    return check;
}

} // namespace cf
