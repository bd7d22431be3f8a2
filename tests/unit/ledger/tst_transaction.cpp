#include "TestHelpers.h"
#include "ledger/Abi.h"
#include "ledger/Transaction.h"

#include <QTest>

using namespace passbook;
using namespace passbook::ledger;

namespace {
crypto::SigningKey key(const char *hex)
{
    return crypto::SigningKey::fromSecret(crypto::SecureBuffer::copyOf(test::unhex(hex))).value();
}
} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT
private slots:
    void eip155LegacyVector()
    {
        Transaction tx;
        tx.type = Transaction::Type::Legacy;
        tx.chainId = 1;
        tx.nonce = 9;
        tx.maxFeePerGas = 20'000'000'000ULL;
        tx.gasLimit = 21000;
        tx.to = crypto::Address::fromString(u"0x3535353535353535353535353535353535353535").value();
        tx.value = 1'000'000'000'000'000'000ULL;
        QCOMPARE(test::hex(tx.signingPayload()),
                 QStringLiteral("ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080"));
        QCOMPARE(test::hex(tx.signingHash()),
                 QStringLiteral("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        const auto signedTx = sign(tx, key("4646464646464646464646464646464646464646464646464646464646464646"));
        QCOMPARE(test::hex(signedTx.raw),
                 QStringLiteral("f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a0"
                                "28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb70330"
                                "4b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
        auto decoded = decodeSigned(signedTx.raw);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().sender.toChecksumString(), QStringLiteral("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
        QCOMPARE(decoded.value().tx.chainId, 1u);
    }

    void eip1559AnvilVector()
    {
        Transaction tx;
        tx.chainId = 31337;
        tx.nonce = 0;
        tx.gasLimit = 100000;
        tx.to = crypto::Address::fromString(u"0x5fbdb2315678afecb367f032d93f642f64180aa3").value();
        tx.data = abi::Encoder()
                      .bytes32(QByteArray(32, char(0x11)))
                      .address(crypto::Address::fromBytes(QByteArray(18, '\0') + QByteArray(2, char(0xaa))).value())
                      .uint(0x67748580)
                      .call("grantAccess(bytes32,address,uint64)");
        QCOMPARE(test::hex(tx.data.left(4)), QStringLiteral("507a4e3e"));
        QCOMPARE(test::hex(tx.signingPayload()),
                 QStringLiteral("02f887827a69808080830186a0945fbdb2315678afecb367f032d93f642f64180aa380b864507a4e3e11111111111111"
                                "111111111111111111111111111111111111111111111111110000000000000000000000000000000000000000000000"
                                "00000000000000aaaa0000000000000000000000000000000000000000000000000000000067748580c0"));
        QCOMPARE(test::hex(tx.signingHash()),
                 QStringLiteral("cea62e50c1613e2f33b9c568bdc98a1e3ee14a0948b568824706cc5fe11eabe2"));
        const auto signedTx = sign(tx, key("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
        QCOMPARE(test::hex(signedTx.raw),
                 QStringLiteral("02f8ca827a69808080830186a0945fbdb2315678afecb367f032d93f642f64180aa380b864507a4e3e11111111111111"
                                "111111111111111111111111111111111111111111111111110000000000000000000000000000000000000000000000"
                                "00000000000000aaaa0000000000000000000000000000000000000000000000000000000067748580c080a048ff4922"
                                "49e72af5a9f07cd6b8dec746b2f191f2f08151da9f2db4babdc16347a06940916e32ad0c6f70280f1fc256e4c5a42868"
                                "eb923fcbaa691ebd27c5b22916"));
        QCOMPARE(test::hex(signedTx.hash),
                 QStringLiteral("df96040be74fc3f22caebfcd828c1b7118d4e3dda759d0e1dcbec888114c01a7"));
        auto decoded = decodeSigned(signedTx.raw);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().sender.toChecksumString(), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(decoded.value().tx.data, tx.data);
    }

    void contractCreationAndGarbage()
    {
        Transaction tx;
        tx.chainId = 31337;
        tx.gasLimit = 3'000'000;
        tx.data = test::unhex("6080604052");
        const auto signedTx = sign(tx, crypto::SigningKey::generate());
        auto decoded = decodeSigned(signedTx.raw);
        QVERIFY(decoded.ok());
        QVERIFY(!decoded.value().tx.to.has_value());
        QVERIFY(!decodeSigned(QByteArray()).ok());
        QVERIFY(!decodeSigned(test::unhex("01c0")).ok());
        QVERIFY(!decodeSigned(signedTx.raw.left(signedTx.raw.size() - 3)).ok());
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
