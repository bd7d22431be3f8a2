#include "TestHelpers.h"
#include "crypto/Digest.h"

#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

class TestDigest : public QObject
{
    Q_OBJECT
private slots:
    void sha256KnownAnswers()
    {
        QCOMPARE(test::hex(sha256(QByteArray())),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(test::hex(sha256(QByteArray("abc"))),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void hmacSha512Rfc4231()
    {
        // RFC 4231 test case 2
        const auto mac = hmacSha512(QByteArray("Jefe"), QByteArray("what do ya want for nothing?"));
        QCOMPARE(
            test::hex(mac),
            QStringLiteral("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a"
                           "6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"));
        // RFC 4231 test case 6: a key longer than the block size is hashed first
        const QByteArray longKey(131, char(0xaa));
        const auto mac6 =
            hmacSha512(longKey, QByteArray("Test Using Larger Than Block-Size Key - Hash Key First"));
        QCOMPARE(
            test::hex(mac6),
            QStringLiteral("80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598"
                           "bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"));
    }

    void pbkdf2HmacSha512KnownAnswers()
    {
        // Widely published PBKDF2-HMAC-SHA512 vectors (password "password", salt "salt")
        QCOMPARE(
            test::hex(pbkdf2HmacSha512(QByteArray("password"), QByteArray("salt"), 1, 64)),
            QStringLiteral("867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d470a285a0501"
                           "bad999bfe943c08f050235d7d68b1da55e63f73b60a57fce"));
        QCOMPARE(
            test::hex(pbkdf2HmacSha512(QByteArray("password"), QByteArray("salt"), 2, 64)),
            QStringLiteral("e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53cf76cab2868a39b9f"
                           "7840edce4fef5a82be67335c77a6068e04112754f27ccf4e"));
        // output longer than one block, truncated in the second block
        const auto longer = pbkdf2HmacSha512(QByteArray("password"), QByteArray("salt"), 1, 80);
        QCOMPARE(longer.size(), std::size_t(80));
        QCOMPARE(test::hex(longer).left(128),
                 test::hex(pbkdf2HmacSha512(QByteArray("password"), QByteArray("salt"), 1, 64)));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
