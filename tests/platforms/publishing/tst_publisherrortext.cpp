// PublishErrorText: every error kind has a distinct message and, except
// None, an action; ids are stable and unique; platform words are appended.
#include "platforms/publishing/PublishErrorText.h"

#include <QSet>
#include <QTest>

using namespace cf;

namespace {
const std::vector<PublishErrorKind> kKinds{
    PublishErrorKind::None,          PublishErrorKind::InsufficientBudget,    PublishErrorKind::InvalidTargeting,
    PublishErrorKind::ContentPolicyViolation, PublishErrorKind::RateLimited, PublishErrorKind::TokenExpiredOrInvalid,
    PublishErrorKind::PermissionMissing, PublishErrorKind::MediaRejected,  PublishErrorKind::Duplicate,
    PublishErrorKind::PlatformUnavailable, PublishErrorKind::ContentOutOfLimits, PublishErrorKind::Unknown,
};
} // namespace

class TestPublishErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasMessageAndAction()
    {
        QSet<QString> messages;
        QSet<QString> actions;
        QSet<QString> ids;
        for (PublishErrorKind kind : kKinds) {
            const PublishErrorText text = PublishErrorText::forKind(kind);
            QVERIFY(!text.message.isEmpty());
            messages.insert(text.message);
            ids.insert(PublishErrorText::kindId(kind));
            if (kind == PublishErrorKind::None)
                continue;
            QVERIFY2(!text.action.isEmpty(), qPrintable(PublishErrorText::kindId(kind)));
            actions.insert(text.action);
        }
        QCOMPARE(messages.size(), int(kKinds.size()));
        QCOMPARE(actions.size(), int(kKinds.size()) - 1);
        QCOMPARE(ids.size(), int(kKinds.size()));
        QCOMPARE(PublishErrorText::kindId(PublishErrorKind::RateLimited), QStringLiteral("rate_limited"));
    }

    void describeAddsThePlatformsWords()
    {
        PublishOutcome outcome;
        outcome.error = PublishErrorKind::Duplicate;
        QCOMPARE(PublishErrorText::describe(outcome), PublishErrorText::forKind(PublishErrorKind::Duplicate).message);
        outcome.platformMessage = QStringLiteral("(#506) Duplicate status message");
        const QString described = PublishErrorText::describe(outcome);
        QVERIFY(described.startsWith(PublishErrorText::forKind(PublishErrorKind::Duplicate).message));
        QVERIFY(described.contains(outcome.platformMessage));
    }
};

QTEST_GUILESS_MAIN(TestPublishErrorText)
#include "tst_publisherrortext.moc"
