#include "TestHelpers.h"
#include "ledger/Abi.h"
#include "ledger/JsonRpcClient.h"
#include "ledger/RegistryErrors.h"

#include <QTest>

using namespace passbook;
using namespace passbook::ledger;

class TestRegistryErrors : public QObject
{
    Q_OBJECT
private slots:
    void everyErrorHasASentence()
    {
        for (const QString &sig : registryErrorSignatures()) {
            const QByteArray data = abi::selector(sig.toLatin1().constData()) + QByteArray(96, '\0');
            const DecodedRevert d = decodeRevert(data);
            QCOMPARE(d.name, sig.section(QLatin1Char('('), 0, 0));
            QVERIFY(!d.sentence.isEmpty());
            QVERIFY2(!d.sentence.contains(QLatin1Char('%')), qPrintable(d.sentence));
        }
    }

    void argumentsFillTheSentence()
    {
        const QByteArray data = abi::selector("RequestExpired(uint256)") + abi::Encoder().uint(42).encode();
        QCOMPARE(decodeRevert(data).sentence,
                 QStringLiteral("Request 42 has expired; the hospital has to ask again."));
        const auto who = crypto::Address::fromString(u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359").value();
        const QByteArray inactive =
            abi::selector("NotActiveParticipant(address)") + abi::Encoder().address(who).encode();
        QVERIFY(decodeRevert(inactive).sentence.startsWith(
            QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")));
    }

    void standardAndUnknownReverts()
    {
        const QByteArray reason =
            abi::selector("Error(string)") + abi::Encoder().string(QStringLiteral("nope")).encode();
        QCOMPARE(decodeRevert(reason).sentence, QStringLiteral("The ledger refused: nope"));
        QCOMPARE(decodeRevert(abi::selector("Panic(uint256)") + abi::Encoder().uint(17).encode()).name,
                 QStringLiteral("Panic"));
        QCOMPARE(decodeRevert(QByteArray::fromHex("deadbeef")).name, QStringLiteral("Unknown"));
        QCOMPARE(decodeRevert(QByteArray()).name, QStringLiteral("Revert"));
        const Error e = rejectedWith(abi::selector("SelfDelegation()"), QStringLiteral("delegate"));
        QCOMPARE(e.code, ErrorCode::Rejected);
        QVERIFY(e.detail.contains(QStringLiteral("reverted with SelfDelegation")));
    }

    void revertDataFromNodeErrors()
    {
        Error e{ErrorCode::Rejected, QString(),
                QStringLiteral("eth_estimateGas: execution reverted (3) revert:0x0a1b2c3d")};
        QCOMPARE(test::hex(JsonRpcClient::revertData(e)), QStringLiteral("0a1b2c3d"));
        QVERIFY(JsonRpcClient::revertData(Error{}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistryErrors)
#include "tst_registryerrors.moc"
