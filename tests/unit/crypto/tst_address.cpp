#include "TestHelpers.h"
#include "crypto/Address.h"

#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

class TestAddress : public QObject
{
    Q_OBJECT
private slots:
    void eip55()
    {
        auto a = Address::fromString(u"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");
        QVERIFY(a.ok());
        QCOMPARE(a.value().toChecksumString(), QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"));
        QCOMPARE(a.value().toLowerHex(), QStringLiteral("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"));
        // EIP-55's own examples
        for (const char *s :
             {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
            auto parsed = Address::fromString(QString::fromLatin1(s));
            QVERIFY2(parsed.ok(), s);
            QCOMPARE(parsed.value().toChecksumString(), QString::fromLatin1(s));
        }
    }

    void rejectsBadChecksumAndShape()
    {
        auto typo = Address::fromString(u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d35A");
        QVERIFY(!typo.ok());
        QVERIFY(typo.error().message.contains(QStringLiteral("checksum")));
        QVERIFY(!Address::fromString(u"0x1234").ok());
        QVERIFY(!Address::fromString(u"fb6916095ca1df60bb79ce92ce3ea74c37c5d35900").ok());
        QVERIFY(!Address::fromString(u"0xzb6916095ca1df60bb79ce92ce3ea74c37c5d359").ok());
        QVERIFY(!Address::fromBytes(QByteArray(19, 'a')).ok());
        QVERIFY(Address::fromString(u"0xFB6916095CA1DF60BB79CE92CE3EA74C37C5D359").ok());
        // a second prefix is not hex: it once made a 19-byte "address" (found by fuzz_network_profile)
        QVERIFY(!Address::fromString(u"0x0x31515678afecb367f032d397df8cb3f032daa3").ok());
        QVERIFY(!Address::fromString(u"0x0X31515678afecb367f032d397df8cb3f032daa3").ok());
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
