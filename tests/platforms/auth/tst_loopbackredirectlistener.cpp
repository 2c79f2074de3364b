#include "platforms/auth/LoopbackRedirectListener.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using cf::LoopbackRedirectListener;

namespace {

// Sends one raw request to 127.0.0.1:port and returns the whole answer.
QByteArray rawGet(quint16 port, const QByteArray &target, const QByteArray &method = "GET")
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    (void)QTest::qWaitFor([&] {
        answer += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState || answer.contains("</html>");
    }, 5000);
    return answer + socket.readAll();
}

} // namespace

class TestLoopbackRedirectListener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bindsLoopbackOnlyOnAnEphemeralPort()
    {
        LoopbackRedirectListener listener([](const QUrlQuery &) { return true; });
        QString error;
        QVERIFY2(listener.listen(0, QStringLiteral("/callback"), &error), qPrintable(error));
        QVERIFY(listener.port() > 0);
        QCOMPARE(listener.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(listener.port()));
        // Any other address of this machine must not reach the listener.
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket probe;
            probe.connectToHost(address, listener.port());
            QVERIFY2(!probe.waitForConnected(1000), qPrintable(address.toString()));
        }
    }

    void wrongPathGets404AndKeepsWaiting()
    {
        LoopbackRedirectListener listener([](const QUrlQuery &q) { return q.queryItemValue(QStringLiteral("state")) == QLatin1String("s1"); });
        QVERIFY(listener.listen(0, QStringLiteral("/callback"), nullptr));
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QVERIFY(rawGet(listener.port(), "/favicon.ico").startsWith("HTTP/1.1 404"));
        QVERIFY(rawGet(listener.port(), "/callback/extra?code=a&state=s1").startsWith("HTTP/1.1 404"));
        QVERIFY(rawGet(listener.port(), "/callback?code=a&state=s1", "POST").startsWith("HTTP/1.1 404"));
        QCOMPARE(received.count(), 0);
        QVERIFY(listener.isListening());
        QCOMPARE(listener.rejectedCount(), 3);
    }

    void wrongStateIsRejectedAndRightOneAccepted()
    {
        LoopbackRedirectListener listener([](const QUrlQuery &q) { return q.queryItemValue(QStringLiteral("state")) == QLatin1String("good"); });
        QVERIFY(listener.listen(0, QStringLiteral("/callback"), nullptr));
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        const QByteArray refused = rawGet(listener.port(), "/callback?code=stolen&state=evil");
        QVERIFY(refused.startsWith("HTTP/1.1 400"));
        QCOMPARE(received.count(), 0);
        QVERIFY(listener.isListening());

        const QByteArray accepted = rawGet(listener.port(), "/callback?code=abc%2Fdef&state=good");
        QVERIFY(accepted.startsWith("HTTP/1.1 200"));
        QVERIFY(accepted.contains("You can close this window"));
        QVERIFY(accepted.contains("Content-Type: text/html; charset=utf-8"));
        QVERIFY(!accepted.contains("abc")); // the page does not echo the code
        QCOMPARE(received.count(), 1);
        const QUrl url = received.at(0).at(0).toUrl();
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("abc/def"));
        QCOMPARE(url.path(), QStringLiteral("/callback"));
    }

    void servesOneRequestThenCloses()
    {
        LoopbackRedirectListener listener([](const QUrlQuery &) { return true; });
        QVERIFY(listener.listen(0, QStringLiteral("/"), nullptr));
        const quint16 port = listener.port();
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QVERIFY(rawGet(port, "/?code=1&state=x").startsWith("HTTP/1.1 200"));
        QCOMPARE(received.count(), 1);
        QVERIFY(!listener.isListening());
        QTcpSocket again;
        again.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(!again.waitForConnected(1000));
        QCOMPARE(received.count(), 1);
    }

    void errorRedirectWithRightStateIsDeliveredToo()
    {
        LoopbackRedirectListener listener([](const QUrlQuery &q) { return q.queryItemValue(QStringLiteral("state")) == QLatin1String("s"); });
        QVERIFY(listener.listen(0, QStringLiteral("/cb"), nullptr));
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        const QByteArray page = rawGet(listener.port(), "/cb?error=access_denied&state=s");
        QVERIFY(page.startsWith("HTTP/1.1 200"));
        QVERIFY(page.contains("not completed"));
        QCOMPARE(received.count(), 1);
    }

    void garbageAndOversizedRequestsAreRefused()
    {
        LoopbackRedirectListener listener([](const QUrlQuery &) { return true; });
        QVERIFY(listener.listen(0, QStringLiteral("/cb"), nullptr));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), listener.port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(QByteArray(20000, 'x'));
        QByteArray answer;
        QVERIFY(QTest::qWaitFor([&] { answer += socket.readAll(); return answer.contains("</html>"); }, 5000));
        QVERIFY(answer.startsWith("HTTP/1.1 431"));
        QVERIFY(listener.isListening());
    }

    void fixedPortInUseGivesAReason()
    {
        LoopbackRedirectListener first([](const QUrlQuery &) { return true; });
        QVERIFY(first.listen(0, QStringLiteral("/cb"), nullptr));
        LoopbackRedirectListener second([](const QUrlQuery &) { return true; });
        QString error;
        QVERIFY(!second.listen(first.port(), QStringLiteral("/cb"), &error));
        QVERIFY(error.contains(QString::number(first.port())));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRedirectListener)
#include "tst_loopbackredirectlistener.moc"
