#include "TestHelpers.h"
#include "crypto/SigningKey.h"

#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

namespace {
SigningKey keyFrom(const char *hex)
{
    auto key = SigningKey::fromSecret(SecureBuffer::copyOf(test::unhex(hex)));
    Q_ASSERT(key.ok());
    return std::move(key).value();
}
} // namespace

class TestSigningKey : public QObject
{
    Q_OBJECT
private slots:
    void eip155Vector()
    {
        // EIP-155 example: the signing hash, r and s are published with the EIP.
        const SigningKey key = keyFrom("4646464646464646464646464646464646464646464646464646464646464646");
        QCOMPARE(key.address().toChecksumString(),
                 QStringLiteral("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
        const QByteArray hash =
            test::unhex("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        const Signature sig = key.signHash(hash);
        QCOMPARE(test::hex(sig.r),
                 QStringLiteral("28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276"));
        QCOMPARE(test::hex(sig.s),
                 QStringLiteral("67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
        QCOMPARE(sig.recoveryId, 0); // v = 37 = 1*2 + 35 + 0
        QCOMPARE(sig.recoverSigner(hash).value(), key.address());
    }

    void eip1559AnvilVector()
    {
        const SigningKey key = keyFrom("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        QCOMPARE(key.address().toChecksumString(),
                 QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        const QByteArray hash =
            test::unhex("cea62e50c1613e2f33b9c568bdc98a1e3ee14a0948b568824706cc5fe11eabe2");
        const Signature sig = key.signHash(hash);
        QCOMPARE(test::hex(sig.r),
                 QStringLiteral("48ff492249e72af5a9f07cd6b8dec746b2f191f2f08151da9f2db4babdc16347"));
        QCOMPARE(test::hex(sig.s),
                 QStringLiteral("6940916e32ad0c6f70280f1fc256e4c5a42868eb923fcbaa691ebd27c5b22916"));
        QCOMPARE(sig.recoveryId, 0);
    }

    void personalSignRoundTrip()
    {
        const SigningKey key = SigningKey::generate();
        const QByteArray message("localhost wants you to sign in with your Ethereum account");
        const Signature sig = key.signPersonalMessage(message);
        const QByteArray rsv = sig.toRsv27();
        QCOMPARE(rsv.size(), qsizetype(65));
        QVERIFY(rsv[64] == char(27) || rsv[64] == char(28));
        auto parsed = Signature::fromRsv(rsv);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().recoverSigner(personalMessageHash(message)).value(), key.address());
        // a different message recovers someone else
        QVERIFY(parsed.value().recoverSigner(personalMessageHash("other")).value() != key.address());
    }

    void rejectsInvalidSecretsAndSignatures()
    {
        QVERIFY(!SigningKey::fromSecret(SecureBuffer(32)).ok()); // zero
        QVERIFY(
            !SigningKey::fromSecret(SecureBuffer::copyOf(test::unhex(
                                        "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")))
                 .ok()); // the curve order itself
        QVERIFY(!SigningKey::fromSecret(SecureBuffer::random(31)).ok());
        QVERIFY(!Signature::fromRsv(QByteArray(64, 'a')).ok());
        QByteArray badV(65, 'a');
        badV[64] = char(30);
        QVERIFY(!Signature::fromRsv(badV).ok());
        // high-s twin of a valid signature is refused (EIP-2)
        const SigningKey key = SigningKey::generate();
        const QByteArray hash = personalMessageHash("m");
        Signature sig = key.signHash(hash);
        const QByteArray n = test::unhex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        QByteArray highS(32, '\0');
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            int d =
                int(static_cast<unsigned char>(n[i])) - int(static_cast<unsigned char>(sig.s[i])) - borrow;
            borrow = d < 0 ? 1 : 0;
            highS[i] = char(d < 0 ? d + 256 : d);
        }
        sig.s = highS;
        sig.recoveryId ^= 1;
        QVERIFY(!sig.recoverSigner(hash).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
