#include "crypto/SigningKey.h"
#include "fhir/SiweMessage.h"

#include <QTest>
#include <QUrl>

using namespace passbook;
using namespace passbook::fhir;

class TestSiweMessage : public QObject
{
    Q_OBJECT

    crypto::SigningKey m_key = crypto::SigningKey::generate();
    QDateTime m_now = QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC);

    SiweMessage sample() const
    {
        SiweMessage m;
        m.domain = QStringLiteral("127.0.0.1:8443");
        m.address = m_key.address();
        m.statement = QStringLiteral("Sign in to Taipei City Hospital to read your health records.");
        m.uri = QStringLiteral("http://127.0.0.1:8443");
        m.chainId = 31337;
        m.nonce = QStringLiteral("abcDEF123456");
        m.issuedAt = m_now;
        m.expirationTime = m_now.addSecs(300);
        return m;
    }

private slots:
    void eip4361Layout()
    {
        const QString text = sample().toText();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines[0], QStringLiteral("127.0.0.1:8443 wants you to sign in with your Ethereum account:"));
        QCOMPARE(lines[1], m_key.address().toChecksumString());
        QCOMPARE(lines[2], QString());
        QCOMPARE(lines[5], QStringLiteral("URI: http://127.0.0.1:8443"));
        QCOMPARE(lines[6], QStringLiteral("Version: 1"));
        QCOMPARE(lines[7], QStringLiteral("Chain ID: 31337"));
        QCOMPARE(lines[8], QStringLiteral("Nonce: abcDEF123456"));
        QCOMPARE(lines[9], QStringLiteral("Issued At: 2026-11-24T06:00:00Z"));
        QCOMPARE(lines[10], QStringLiteral("Expiration Time: 2026-11-24T06:05:00Z"));
    }

    void roundTrip()
    {
        auto parsed = SiweMessage::parse(sample().toText());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().detail));
        QCOMPARE(parsed.value().toText(), sample().toText());
        SiweMessage bare = sample();
        bare.statement.clear();
        auto parsedBare = SiweMessage::parse(bare.toText());
        QVERIFY(parsedBare);
        QVERIFY(parsedBare.value().statement.isEmpty());
    }

    void checkedBeforeSigning()
    {
        const QUrl node(QStringLiteral("http://127.0.0.1:8443"));
        QVERIFY(sample().checkFor(node, m_key.address(), 31337, m_now));
        QVERIFY(
            !sample().checkFor(QUrl(QStringLiteral("http://127.0.0.1:9999")), m_key.address(), 31337, m_now));
        QVERIFY(!sample().checkFor(node, crypto::SigningKey::generate().address(), 31337, m_now));
        QVERIFY(!sample().checkFor(node, m_key.address(), 1, m_now));
        QVERIFY(!sample().checkFor(node, m_key.address(), 31337, m_now.addSecs(301)));
        SiweMessage otherUri = sample();
        otherUri.uri = QStringLiteral("http://evil.example:8443");
        const auto refused = otherUri.checkFor(node, m_key.address(), 31337, m_now);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("nothing was signed")));
    }

    void malformedMessages_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = sample().toText();
        QTest::newRow("empty") << QString();
        QTest::newRow("no header") << QString(good).replace(QStringLiteral("wants you to sign in"),
                                                            QStringLiteral("asks you to log in"));
        QTest::newRow("bad address") << QString(good).replace(m_key.address().toChecksumString(),
                                                              QStringLiteral("0x1234"));
        QTest::newRow("version 2") << QString(good).replace(QStringLiteral("Version: 1"),
                                                            QStringLiteral("Version: 2"));
        QTest::newRow("short nonce") << QString(good).replace(QStringLiteral("abcDEF123456"),
                                                              QStringLiteral("abc"));
        QTest::newRow("nonce with symbols")
            << QString(good).replace(QStringLiteral("abcDEF123456"), QStringLiteral("abc$EF12345!"));
        QTest::newRow("bad chain") << QString(good).replace(QStringLiteral("Chain ID: 31337"),
                                                            QStringLiteral("Chain ID: x"));
        QTest::newRow("bad time") << QString(good).replace(QStringLiteral("2026-11-24T06:00:00Z"),
                                                           QStringLiteral("yesterday"));
        QTest::newRow("trailing line") << good + QStringLiteral("\nResources: x");
        QTest::newRow("missing nonce") << QString(good).remove(QStringLiteral("Nonce: abcDEF123456\n"));
        QTest::newRow("huge") << good + QString(5000, QLatin1Char('x'));
    }
    void malformedMessages()
    {
        QFETCH(QString, text);
        QVERIFY(!SiweMessage::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestSiweMessage)
#include "tst_siwemessage.moc"
