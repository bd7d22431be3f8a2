#include "TestHelpers.h"
#include "ledger/Abi.h"

#include <QTest>

using namespace passbook;
using namespace passbook::ledger;

class TestAbi : public QObject
{
    Q_OBJECT
private slots:
    void selectorsAndTopics()
    {
        QCOMPARE(test::hex(abi::selector("transfer(address,uint256)")), QStringLiteral("a9059cbb"));
        QCOMPARE(test::hex(abi::topic("Transfer(address,address,uint256)")),
                 QStringLiteral("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    }

    void staticArguments()
    {
        // abi-spec example: baz(uint32,bool)(69, true)
        const QByteArray call = abi::Encoder().uint(69).boolean(true).call("baz(uint32,bool)");
        QCOMPARE(test::hex(call),
                 QStringLiteral("cdcd77c0"
                                "0000000000000000000000000000000000000000000000000000000000000045"
                                "0000000000000000000000000000000000000000000000000000000000000001"));
    }

    void dynamicArguments()
    {
        // abi-spec example: sam(bytes,bool,uint256[]) is out of scope; use f(uint,string,bool)-style layout
        const QByteArray data = abi::Encoder().uint(1).string(QStringLiteral("dave")).boolean(true).encode();
        QCOMPARE(test::hex(data),
                 QStringLiteral("0000000000000000000000000000000000000000000000000000000000000001"
                                "0000000000000000000000000000000000000000000000000000000000000060"
                                "0000000000000000000000000000000000000000000000000000000000000001"
                                "0000000000000000000000000000000000000000000000000000000000000004"
                                "6461766500000000000000000000000000000000000000000000000000000000"));
        abi::Decoder d(data);
        QCOMPARE(d.uint(0).value(), 1u);
        QCOMPARE(d.string(1).value(), QStringLiteral("dave"));
        QCOMPARE(d.boolean(2).value(), true);
    }

    void roundTripWithUnicode()
    {
        const auto addr = crypto::Address::fromString(u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359").value();
        const QString name = QStringLiteral("臺北市立聯合醫院 Taipei City Hospital 명지병원");
        const QByteArray data = abi::Encoder()
                                    .address(addr)
                                    .string(name)
                                    .uint(3)
                                    .string(QStringLiteral("https://example.org"))
                                    .boolean(false)
                                    .encode();
        abi::Decoder d(data);
        QCOMPARE(d.address(0).value(), addr);
        QCOMPARE(d.string(1).value(), name);
        QCOMPARE(d.uint(2).value(), 3u);
        QCOMPARE(d.string(3).value(), QStringLiteral("https://example.org"));
        QCOMPARE(d.boolean(4).value(), false);
    }

    void untrustedInputIsBoundsChecked()
    {
        abi::Decoder empty(QByteArray{});
        QVERIFY(!empty.uint(0).ok());
        // offset pointing past the end
        QByteArray bad = QByteArray(31, '\0') + char(0x40);
        QVERIFY(!abi::Decoder(bad).string(0).ok());
        // huge length
        QByteArray huge = abi::Encoder().string(QStringLiteral("x")).encode();
        huge[63] = char(0xff);
        huge[62] = char(0xff);
        QVERIFY(!abi::Decoder(huge).string(0).ok());
        // integer wider than 64 bits, address word with dirty high bytes, bool of 2
        QByteArray wide(32, '\0');
        wide[0] = 1;
        QVERIFY(!abi::Decoder(wide).uint(0).ok());
        QVERIFY(!abi::Decoder(wide).address(0).ok());
        QVERIFY(!abi::Decoder(abi::Encoder().uint(2).encode()).boolean(0).ok());
        // offsets and lengths that wrap around 2^64 when added to: refused, not read out of bounds
        QByteArray wrapOffset =
            QByteArray(24, '\0') + QByteArray::fromHex("ffffffffffffffe0") + QByteArray(64, '\0');
        QVERIFY(!abi::Decoder(wrapOffset).bytes(0).ok());
        QVERIFY(!abi::Decoder(wrapOffset).string(0).ok());
        QByteArray wrapLength = abi::Encoder().bytes(QByteArray(3, 'x')).encode();
        wrapLength.replace(32 + 24, 8, QByteArray::fromHex("ffffffffffffffe0"));
        QVERIFY(!abi::Decoder(wrapLength).bytes(0).ok());
    }
};

QTEST_GUILESS_MAIN(TestAbi)
#include "tst_abi.moc"
