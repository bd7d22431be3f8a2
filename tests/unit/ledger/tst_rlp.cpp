#include "TestHelpers.h"
#include "ledger/Rlp.h"

#include <QTest>

using namespace passbook;
using namespace passbook::ledger;

class TestRlp : public QObject
{
    Q_OBJECT
private slots:
    void ethereumTestsVectors()
    {
        QCOMPARE(test::hex(rlp::encodeBytes(QByteArray())), QStringLiteral("80"));
        QCOMPARE(test::hex(rlp::encodeBytes("dog")), QStringLiteral("83646f67"));
        QCOMPARE(test::hex(rlp::encodeUint(0)), QStringLiteral("80"));
        QCOMPARE(test::hex(rlp::encodeUint(128)), QStringLiteral("8180"));
        QCOMPARE(test::hex(rlp::encodeUint(1000)), QStringLiteral("8203e8"));
        QCOMPARE(test::hex(rlp::encodeList({})), QStringLiteral("c0"));
        QCOMPARE(test::hex(rlp::encodeList({rlp::encodeBytes("dog"), rlp::encodeBytes("god"), rlp::encodeBytes("cat")})),
                 QStringLiteral("cc83646f6783676f6483636174"));
        QCOMPARE(test::hex(rlp::encodeList(
                     {rlp::encodeBytes("zw"), rlp::encodeList({rlp::encodeUint(4)}), rlp::encodeUint(1)})),
                 QStringLiteral("c6827a77c10401"));
        QCOMPARE(test::hex(rlp::encodeBytes("Lorem ipsum dolor sit amet, consectetur adipisicing elit")),
                 QStringLiteral("b8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164"
                                "697069736963696e6720656c6974"));
    }

    void decodeRoundTrip()
    {
        const QByteArray encoded = rlp::encodeList(
            {rlp::encodeBytes("zw"), rlp::encodeList({rlp::encodeUint(4)}), rlp::encodeUint(1000),
             rlp::encodeBytes(QByteArray(300, 'x'))});
        auto item = rlp::decode(encoded);
        QVERIFY(item.ok());
        QVERIFY(item.value().isList);
        QCOMPARE(item.value().items.size(), 4);
        QCOMPARE(item.value().items[0].bytes, QByteArray("zw"));
        QCOMPARE(item.value().items[1].items[0].toUint().value(), 4u);
        QCOMPARE(item.value().items[2].toUint().value(), 1000u);
        QCOMPARE(item.value().items[3].bytes.size(), 300);
    }

    void rejectsMalformed()
    {
        for (const char *bad : {"", "83646f", "8100", "b80100", "c3646f", "83646f6700", "f800", "b90000"}) {
            QVERIFY2(!rlp::decode(test::unhex(bad)).ok(), bad);
        }
        // non-canonical integer (leading zero)
        QVERIFY(!rlp::decode(test::unhex("820001")).value().toUint().ok());
        // deep nesting is bounded
        QByteArray deep;
        for (int i = 0; i < 100; ++i) {
            deep = rlp::encodeList({deep});
        }
        QVERIFY(!rlp::decode(deep).ok());
    }
};

QTEST_GUILESS_MAIN(TestRlp)
#include "tst_rlp.moc"
