#include "crypto/Digest.h"
#include "crypto/Hex.h"
#include "fhir/Merkle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace passbook;
using namespace passbook::fhir;

// The record tree of DESIGN.md §5. Roots are cross-checked with a few lines of Python (hashlib and
// json.dumps with sorted keys, which equals JCS for these plain documents) — not with this code.
class TestMerkle : public QObject
{
    Q_OBJECT

    static QJsonObject resource(int i)
    {
        return {
            {QStringLiteral("resourceType"), QStringLiteral("Observation")},
            {QStringLiteral("id"), QStringLiteral("obs-%1").arg(i)},
            {QStringLiteral("status"), QStringLiteral("final")},
            {QStringLiteral("valueQuantity"), QJsonObject{{QStringLiteral("value"), 100 + i},
                                                          {QStringLiteral("unit"), QStringLiteral("mg/dL")}}},
            {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), QStringLiteral("血糖 glucose")}}}};
    }

private slots:
    void leafAndNodeDomainSeparation()
    {
        const QJsonObject r = resource(1);
        const QByteArray jcs =
            "{\"code\":{\"text\":\"血糖 glucose\"},\"id\":\"obs-1\",\"resourceType\":\"Observation\","
            "\"status\":\"final\",\"valueQuantity\":{\"unit\":\"mg/dL\",\"value\":101}}";
        QCOMPARE(merkle::leafHash(r), crypto::sha256(QByteArray(1, '\0') + jcs));
        const QByteArray a(32, 'a'), b(32, 'b');
        QCOMPARE(merkle::nodeHash(a, b), crypto::sha256(QByteArray(1, '\1') + a + b));
        QVERIFY(merkle::nodeHash(a, b) != merkle::nodeHash(b, a));
    }

    void everyProofWalksToTheRoot()
    {
        for (int n = 1; n <= 17; ++n) {
            QList<QByteArray> leaves;
            for (int i = 0; i < n; ++i) {
                leaves << merkle::leafHash(resource(i));
            }
            const merkle::Tree tree(leaves);
            QCOMPARE(tree.leafCount(), n);
            for (int i = 0; i < n; ++i) {
                const auto path = tree.proof(i);
                QCOMPARE(merkle::rootFromProof(leaves[i], path), tree.root());
                // The encoded form survives a round trip.
                auto decoded = merkle::decodePath(QJsonArray::fromStringList(merkle::encodePath(path)));
                QVERIFY(decoded);
                QCOMPARE(merkle::rootFromProof(leaves[i], decoded.value()), tree.root());
                // Another leaf, or a flipped side, does not.
                if (n > 1) {
                    QVERIFY(merkle::rootFromProof(leaves[(i + 1) % n], path) != tree.root());
                    auto flipped = path;
                    flipped[0].siblingOnLeft = !flipped[0].siblingOnLeft;
                    QVERIFY(merkle::rootFromProof(leaves[i], flipped) != tree.root());
                }
            }
        }
    }

    void oddNodesArePromoted()
    {
        const QByteArray a = crypto::sha256("a"), b = crypto::sha256("b"), c = crypto::sha256("c");
        const merkle::Tree tree({a, b, c});
        QCOMPARE(tree.root(), merkle::nodeHash(merkle::nodeHash(a, b), c));
        QCOMPARE(tree.proof(2).size(), 1); // c has no sibling on the first level
        QCOMPARE(merkle::Tree({a}).root(), a);
    }

    void rootMatchesAnIndependentImplementation()
    {
        QJsonArray docs;
        QList<QByteArray> leaves;
        for (int i = 0; i < 11; ++i) {
            docs.append(resource(i));
            leaves << merkle::leafHash(resource(i));
        }

        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral(PASSBOOK_SOURCE_DIR "/tests/unit/fhir/merkle_reference.py")});
        QVERIFY(py.waitForStarted());
        py.write(QJsonDocument(docs).toJson());
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(py.readAllStandardOutput().trimmed()),
                 crypto::toHex(merkle::Tree(leaves).root()));
    }

    void malformedPathsAreRefused()
    {
        QVERIFY(!merkle::decodePath(QJsonValue(QStringLiteral("L:0x00"))));
        QVERIFY(!merkle::decodePath(QJsonArray{QStringLiteral("X:0x") + QString(64, QLatin1Char('0'))}));
        QVERIFY(!merkle::decodePath(QJsonArray{QStringLiteral("L:0x") + QString(64, QLatin1Char('g'))}));
        QJsonArray tooLong;
        for (int i = 0; i < 65; ++i) {
            tooLong.append(QStringLiteral("L:0x") + QString(64, QLatin1Char('0')));
        }
        QVERIFY(!merkle::decodePath(tooLong));
        QVERIFY(merkle::decodePath(QJsonArray{}));
    }
};

QTEST_GUILESS_MAIN(TestMerkle)
#include "tst_merkle.moc"
