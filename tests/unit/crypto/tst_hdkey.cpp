#include "TestHelpers.h"
#include "crypto/HdKey.h"
#include "crypto/Mnemonic.h"

#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

class TestHdKey : public QObject
{
    Q_OBJECT
private slots:
    void bip32TestVector1()
    {
        const auto seed = SecureBuffer::copyOf(test::unhex("000102030405060708090a0b0c0d0e0f"));
        auto master = HdKey::fromSeed(seed);
        QVERIFY(master.ok());
        QCOMPARE(test::hex(master.value().privateKey()),
                 QStringLiteral("e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35"));
        QCOMPARE(test::hex(master.value().chainCode()),
                 QStringLiteral("873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508"));
        QCOMPARE(test::hex(master.value().derive(u"m/0'").value().privateKey()),
                 QStringLiteral("edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea"));
        QCOMPARE(test::hex(master.value().derive(u"m/0'/1/2'/2/1000000000").value().privateKey()),
                 QStringLiteral("471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8"));
    }

    void ethereumPathFromPhrase()
    {
        // vectors.md: "abandon" x23 + "art", empty passphrase
        const Mnemonic m =
            std::move(Mnemonic::fromEntropy(SecureBuffer(32), WordlistLanguage::English)).value();
        auto master = HdKey::fromSeed(m.seed());
        auto account = master.value().derive(QString::fromLatin1(HdKey::kEthereumPath));
        QVERIFY(account.ok());
        QCOMPARE(test::hex(account.value().privateKey()),
                 QStringLiteral("1053fae1b3ac64f178bcc21026fd06a3f4544ec2f35338b001f02d1d8efa3d5f"));
        QCOMPARE(account.value().signingKey().value().address().toChecksumString(),
                 QStringLiteral("0xF278cF59F82eDcf871d630F28EcC8056f25C1cdb"));
        QCOMPARE(master.value()
                     .derive(u"m/44'/60'/0'/0/1")
                     .value()
                     .signingKey()
                     .value()
                     .address()
                     .toChecksumString(),
                 QStringLiteral("0xf785bD075874b8423D3583728a981399f31e95aA"));
    }

    void rejectsBadPaths()
    {
        auto master = HdKey::fromSeed(SecureBuffer::copyOf(test::unhex("000102030405060708090a0b0c0d0e0f")));
        QVERIFY(!master.value().derive(u"44'/60'").ok());
        QVERIFY(!master.value().derive(u"m/x").ok());
        QVERIFY(!master.value().derive(u"m/2147483648").ok());
        QVERIFY(!HdKey::fromSeed(SecureBuffer(8)).ok());
    }
};

QTEST_GUILESS_MAIN(TestHdKey)
#include "tst_hdkey.moc"
