// The list of people a caregiver cares for, in a real SQLCipher database: kept only with rights from
// the ledger, replaced by a newer invite (keeping the name), ended as "revoked" or "expired" by the
// chain's clock, refused in words when damaged; and a caregiver's copy of a patient's records is a
// database of its own that is deleted alone.
#include "TestHelpers.h"
#include "VaultTestSupport.h"
#include "consent/CareCircle.h"
#include "ledger/RegistryClient.h"
#include "vault/VaultManager.h"

#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using consent::CareCircle;
using consent::CareInvite;

class TestCareCircle : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    vault::VaultDatabase m_db;
    crypto::SigningKey m_patient = crypto::SigningKey::generate();
    crypto::Address m_hospital = crypto::SigningKey::generate().address();

    CareInvite invite(QList<crypto::Address> hospitals) const
    {
        return CareInvite::parse(CareInvite::create(m_patient, 31337, hospitals), 31337).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(
            m_db.open(m_dir.filePath(QStringLiteral("p.db")), crypto::SecureBuffer::random(32), true).ok());
    }

    void nobodyAtFirst()
    {
        auto list = CareCircle(m_db).list();
        PB_VERIFY_OK(list);
        QVERIFY(list.value().isEmpty());
    }

    void keptOnlyWithRightsFromTheLedger()
    {
        CareCircle circle(m_db);
        auto refused = circle.add(invite({m_hospital}), QStringLiteral("Dad"), 0, 0, 1000);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Rejected);
        QVERIFY(refused.error().message.contains(QStringLiteral("caregiver")));
        QVERIFY(!circle.add(invite({m_hospital}), QString(65, QLatin1Char('x')), 1, 0, 1000).ok());
        QVERIFY(circle.list().value().isEmpty());

        auto added = circle.add(invite({m_hospital}), QStringLiteral(" Dad "), domain::View, 5000, 1000);
        PB_VERIFY_OK(added);
        QCOMPARE(added.value().displayName(), QStringLiteral("Dad"));
        QVERIFY(added.value().active());
        // a newer invite replaces the old one and keeps the name given before
        auto again = circle.add(invite({m_hospital, m_patient.address()}), QString(),
                                domain::View | domain::Approve, 6000, 1100);
        PB_VERIFY_OK(again);
        const auto list = circle.list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().label, QStringLiteral("Dad"));
        QCOMPARE(list.first().hospitals.size(), 2);
        QCOMPARE(list.first().rights, quint8(3));
        QCOMPARE(list.first().expiresAt, quint64(6000));
    }

    void endedByTheChainsClock()
    {
        CareCircle circle(m_db);
        // before the expiry on the chain's clock: a 0 is a revocation
        auto revoked = circle.applyRights(m_patient.address(), 0, 0, 9000, 5999);
        PB_VERIFY_OK(revoked);
        QVERIFY(revoked.value().endedNow);
        QCOMPARE(revoked.value().person.ended, QStringLiteral("revoked"));
        // asked again: still ended, not "ended now"
        auto still = circle.applyRights(m_patient.address(), 0, 0, 9100, 9100);
        PB_VERIFY_OK(still);
        QVERIFY(!still.value().endedNow);
        QCOMPARE(still.value().person.ended, QStringLiteral("revoked"));
        // given rights again: active again
        auto back = circle.applyRights(m_patient.address(), domain::View, 7000, 9200, 9200);
        PB_VERIFY_OK(back);
        QVERIFY(back.value().person.active());
        // past the expiry: expired
        auto expired = circle.applyRights(m_patient.address(), 0, 0, 9300, 7000);
        PB_VERIFY_OK(expired);
        QCOMPARE(expired.value().person.ended, QStringLiteral("expired"));
        // someone never added
        auto stranger = circle.applyRights(crypto::SigningKey::generate().address(), 0, 0, 1, 1);
        QVERIFY(!stranger.ok());
        QCOMPARE(stranger.error().code, ErrorCode::NotFound);
        PB_VERIFY_OK(circle.remove(m_patient.address()));
        QVERIFY(circle.list().value().isEmpty());
    }

    void aDamagedListIsReportedNotGuessed()
    {
        PB_VERIFY_OK(m_db.setMeta(QStringLiteral("care.patients"), QStringLiteral("{not json")));
        auto list = CareCircle(m_db).list();
        QVERIFY(!list.ok());
        QCOMPARE(list.error().code, ErrorCode::Damaged);
        PB_VERIFY_OK(m_db.setMeta(QStringLiteral("care.patients"), QStringLiteral("[]")));
    }

    void aCaredForCopyIsItsOwnDatabase()
    {
        QTemporaryDir dir;
        vault::VaultManager vault(dir.filePath(QStringLiteral("profile")));
        test::useFastKdf(vault);
        PB_VERIFY_OK(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        const auto a = crypto::SigningKey::generate().address();
        const auto b = crypto::SigningKey::generate().address();
        {
            vault::VaultDatabase da;
            vault::VaultDatabase db;
            PB_VERIFY_OK(vault.openCareDatabase(a, da));
            PB_VERIFY_OK(vault.openCareDatabase(b, db));
            PB_VERIFY_OK(da.setMeta(QStringLiteral("x"), QStringLiteral("a")));
        }
        QVERIFY(QFile::exists(vault.careDatabasePath(a)));
        QVERIFY(vault.careDatabasePath(a) != vault.careDatabasePath(b));
        // each has its own key: a's file does not open with b's key
        QFile::copy(vault.careDatabasePath(a), vault.careDatabasePath(b) + QStringLiteral(".swap"));
        QVERIFY(QFile::remove(vault.careDatabasePath(b)));
        QVERIFY(
            QFile::rename(vault.careDatabasePath(b) + QStringLiteral(".swap"), vault.careDatabasePath(b)));
        vault::VaultDatabase wrong;
        QVERIFY(!vault.openCareDatabase(b, wrong).ok());
        // reopened after a lock and unlock: the same key
        vault.lock();
        vault::VaultDatabase locked;
        QVERIFY(!vault.openCareDatabase(a, locked).ok());
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        vault::VaultDatabase again;
        PB_VERIFY_OK(vault.openCareDatabase(a, again));
        QCOMPARE(again.meta(QStringLiteral("x")).value(), QStringLiteral("a"));
        again.close();
        // deleted alone
        auto removed = vault.removeCareDatabase(a);
        PB_VERIFY_OK(removed);
        QVERIFY(removed.value());
        QVERIFY(!QFile::exists(vault.careDatabasePath(a)));
        QVERIFY(QFile::exists(vault.careDatabasePath(b)));
        QVERIFY(QFile::exists(vault.databasePath()));
        QVERIFY(!vault.removeCareDatabase(a).value());
    }
};

QTEST_GUILESS_MAIN(TestCareCircle)
#include "tst_carecircle.moc"
