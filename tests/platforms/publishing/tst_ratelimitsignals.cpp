// RateLimitSignals: Retry-After in both forms, X's reset header, Meta's usage
// headers and the platform codes that mean "rate limited".
#include "platforms/publishing/RateLimitSignals.h"

#include <QTest>

using namespace cf;

class TestRateLimitSignals : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);

private Q_SLOTS:
    void retryAfterSeconds()
    {
        QCOMPARE(ratelimit::fromRetryAfter("120", m_now), std::optional(m_now.addSecs(120)));
        QCOMPARE(ratelimit::fromRetryAfter(" 0 ", m_now), std::optional(m_now));
        QVERIFY(!ratelimit::fromRetryAfter("-5", m_now));
        QVERIFY(!ratelimit::fromRetryAfter("", m_now));
        QVERIFY(!ratelimit::fromRetryAfter("soon", m_now));
    }

    void retryAfterHttpDate()
    {
        const auto at = ratelimit::fromRetryAfter("Sat, 21 Nov 2026 12:30:15 GMT", m_now);
        QVERIFY(at);
        QCOMPARE(*at, QDateTime(QDate(2026, 11, 21), QTime(12, 30, 15), Qt::UTC));
        QCOMPARE(at->timeSpec(), Qt::UTC);
    }

    void xRateLimitReset()
    {
        QCOMPARE(ratelimit::fromRateLimitReset("1795348800"), std::optional(QDateTime::fromSecsSinceEpoch(1795348800, Qt::UTC)));
        QVERIFY(!ratelimit::fromRateLimitReset("abc"));
        QVERIFY(!ratelimit::fromRateLimitReset("0"));
    }

    void metaBusinessUseCaseUsage()
    {
        const QByteArray buc = R"({"104000000000001":[{"type":"pages","call_count":100,"total_cputime":20,"total_time":30,"estimated_time_to_regain_access":7}]})";
        QCOMPARE(ratelimit::fromMetaUsage(buc, {}, m_now), std::optional(m_now.addSecs(7 * 60)));
        // Zero minutes is "not blocked"; the app usage header may carry the wait instead.
        const QByteArray zero = R"({"1":[{"estimated_time_to_regain_access":0}]})";
        QVERIFY(!ratelimit::fromMetaUsage(zero, R"({"call_count":100})", m_now));
        QCOMPARE(ratelimit::fromMetaUsage(zero, R"({"call_count":100,"estimated_time_to_regain_access":3})", m_now),
                 std::optional(m_now.addSecs(180)));
        QVERIFY(!ratelimit::fromMetaUsage("not json", "{", m_now));
    }

    void headersTakeTheLatestSignal()
    {
        const QList<QNetworkReply::RawHeaderPair> headers{
            {"Retry-After", "30"},
            {"X-Rate-Limit-Reset", QByteArray::number(m_now.addSecs(900).toSecsSinceEpoch())},
            {"X-Business-Use-Case-Usage", R"({"1":[{"estimated_time_to_regain_access":2}]})"},
        };
        QCOMPARE(ratelimit::fromHeaders(headers, m_now), std::optional(m_now.addSecs(900)));
        QVERIFY(!ratelimit::fromHeaders({{"Content-Type", "application/json"}}, m_now));
    }

    void platformCodes()
    {
        QVERIFY(ratelimit::isMetaRateLimitCode(32, 0));
        QVERIFY(ratelimit::isMetaRateLimitCode(4, 0));
        QVERIFY(ratelimit::isMetaRateLimitCode(613, 1487742));
        QVERIFY(ratelimit::isMetaRateLimitCode(80001, 0));
        QVERIFY(!ratelimit::isMetaRateLimitCode(190, 463));
        QVERIFY(!ratelimit::isMetaRateLimitCode(100, 0));
        QVERIFY(ratelimit::isTikTokBusinessRateLimitCode(40100));
        QVERIFY(!ratelimit::isTikTokBusinessRateLimitCode(40001));
        QVERIFY(ratelimit::isSnapchatRateLimitCode(QStringLiteral("E1008")));
        QVERIFY(!ratelimit::isSnapchatRateLimitCode(QStringLiteral("E1003")));
        QVERIFY(ratelimit::isTikTokContentRateLimitCode(QStringLiteral("rate_limit_exceeded")));
    }
};

QTEST_GUILESS_MAIN(TestRateLimitSignals)
#include "tst_ratelimitsignals.moc"
