#include "VaultTestSupport.h"
#include "ledger/Outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using namespace passbook::ledger;

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void lifecycleSurvivesReopening()
    {
        QTemporaryDir dir;
        const auto to = crypto::Address::fromString(u"0x5fbdb2315678afecb367f032d93f642f64180aa3").value();
        crypto::Address me;
        {
            vault::VaultManager v(dir.filePath(QStringLiteral("p")));
            test::useFastKdf(v);
            QVERIFY(v.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
            me = v.address();
            Outbox outbox(*v.database());
            const qint64 a = outbox
                                 .addSigned(31337, me, 0, to, QStringLiteral("Approve request 1"), "raw-a",
                                            QByteArray(32, 'a'))
                                 .value();
            const qint64 b = outbox
                                 .addSigned(31337, me, 1, to, QStringLiteral("Deny request 2"), "raw-b",
                                            QByteArray(32, 'b'))
                                 .value();
            const qint64 q =
                outbox.addQueued(31337, me, to, QStringLiteral("Revoke consent 3"), "calldata").value();
            QVERIFY(outbox.markSent(a).ok());
            QVERIFY(outbox.markMined(a, 12).ok());
            QCOMPARE(outbox.highestUnfinishedNonce(31337, me).value(), std::optional<quint64>(1));
            QCOMPARE(outbox.pending(31337, me).value().size(), 2); // b and q
            QVERIFY(outbox.markSigned(q, 2, "raw-q", QByteArray(32, 'q')).ok());
            Q_UNUSED(b);
        }
        // as after a restart: everything is still there, in order
        vault::VaultManager v(dir.filePath(QStringLiteral("p")));
        QVERIFY(v.unlock(test::secret(test::kGoodPassword)).ok());
        Outbox outbox(*v.database());
        const auto pending = outbox.pending(31337, me).value();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].description, QStringLiteral("Deny request 2"));
        QCOMPARE(pending[0].raw, QByteArray("raw-b"));
        QCOMPARE(pending[1].status, Outbox::Status::Signed);
        QCOMPARE(pending[1].nonce, std::optional<quint64>(2));
        QCOMPARE(pending[1].hash, QByteArray(32, 'q'));
        const auto recent = outbox.recent(10).value();
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.last().status, Outbox::Status::Mined);
        QCOMPARE(recent.last().blockNumber, std::optional<quint64>(12));
        QVERIFY(outbox.markFailed(pending[0].id, QStringLiteral("The ledger refused the transaction.")).ok());
        QCOMPARE(outbox.pending(31337, me).value().size(), 1);
        // a hash can only be stored once: no transaction is recorded twice
        QVERIFY(!outbox.addSigned(31337, me, 5, to, QStringLiteral("dup"), "raw", QByteArray(32, 'q')).ok());
        QCOMPARE(outbox.pending(31337, me).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
