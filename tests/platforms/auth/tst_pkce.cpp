#include "platforms/auth/OAuthState.h"
#include "platforms/auth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cf;

class TestPkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7636AppendixBVector()
    {
        // RFC 7636 Appendix B. (The issue text quotes "...URWbuEJSstw-cM" with one
        // letter changed; the RFC and SHA-256 itself give "...URWbuGJSstw-cM".)
        QCOMPARE(pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void tiktokHexChallengeIsLowercaseHexOfSha256()
    {
        const QByteArray hex = pkce::challengeS256Hex("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QCOMPARE(hex, QByteArray("13d31e961a1ad8ec2f16b10c4c982e0876a878ad6df144566ee1894acb70f9c3"));
    }

    void verifiersAreLongRandomAndUrlSafe()
    {
        const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray v = pkce::generateVerifier();
            QVERIFY2(allowed.match(QString::fromLatin1(v)).hasMatch(), v.constData());
            seen.insert(v);
        }
        QCOMPARE(seen.size(), 200);
    }

    void generatedPairMatchesMethod()
    {
        const PkcePair s256 = pkce::generate(PkceMethod::S256);
        QCOMPARE(s256.challenge, pkce::challengeS256(s256.verifier));
        const PkcePair hex = pkce::generate(PkceMethod::S256Hex);
        QCOMPARE(hex.challenge, pkce::challengeS256Hex(hex.verifier));
        QCOMPARE(pkce::methodParameter(PkceMethod::S256Hex), QByteArray("S256"));
        const PkcePair none = pkce::generate(PkceMethod::None);
        QVERIFY(none.verifier.isEmpty() && none.challenge.isEmpty());
    }

    void stateHasAtLeast128BitsAndIsSingleUse()
    {
        OAuthState state;
        // 32 random bytes in base64url = 43 characters = 256 bits.
        QVERIFY(state.value().size() >= 22);
        QVERIFY(OAuthState().value() != state.value());
        QVERIFY(!state.consume("wrong"));
        QVERIFY(!state.isConsumed());
        QVERIFY(state.matches(state.value()));
        QVERIFY(state.consume(state.value()));
        QVERIFY(state.isConsumed());
        QVERIFY(!state.consume(state.value()));
        QVERIFY(!state.matches(state.value()));
    }

    void stateMismatchOfSameLengthRejected()
    {
        OAuthState state;
        QByteArray forged = state.value();
        forged[forged.size() - 1] = forged.back() == 'A' ? 'B' : 'A';
        QVERIFY(!state.consume(forged));
        QVERIFY(!state.consume(QByteArray()));
        QVERIFY(state.consume(state.value()));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
