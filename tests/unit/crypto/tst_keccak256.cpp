#include "TestHelpers.h"
#include "crypto/Keccak256.h"

#include <QTest>

using namespace passbook;
using namespace passbook::crypto;

class TestKeccak256 : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral(
                                      "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral(
                                    "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
        // selector and topic vectors from the ABI spec
        QTest::newRow("transfer selector")
            << QByteArray("transfer(address,uint256)")
            << QStringLiteral("a9059cbb2ab09eb219583f4a59a5d0623ade346d962bcd4e46b11da047c9049b");
        QTest::newRow("Transfer topic")
            << QByteArray("Transfer(address,address,uint256)")
            << QStringLiteral("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    }
    void knownAnswers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(test::hex(Keccak256::hash(input)), digest);
    }

    void differsFromSha3()
    {
        QVERIFY(test::hex(Keccak256::hash(QByteArray())) !=
                QStringLiteral("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"));
    }

    void incrementalEqualsOneShotAcrossBlockBoundaries()
    {
        // 135, 136 and 137 bytes straddle the 136-byte rate; feed them in awkward pieces.
        for (int len : {0, 1, 135, 136, 137, 271, 272, 273, 1000}) {
            QByteArray data(len, Qt::Uninitialized);
            for (int i = 0; i < len; ++i) {
                data[i] = char(i * 7 + 3);
            }
            Keccak256 k;
            for (int i = 0; i < len; i += 13) {
                k.update(data.constData() + i, std::size_t(std::min(13, len - i)));
            }
            QByteArray out(32, Qt::Uninitialized);
            k.final(reinterpret_cast<std::uint8_t *>(out.data()));
            QCOMPARE(out, Keccak256::hash(data));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeccak256)
#include "tst_keccak256.moc"
