// Each store owns its tables (vault::StoreSchema). A database written before that — the outbox,
// the ledger's events and the timeline made by the vault's own migrations 2-4 — is adopted as it
// is: nothing is lost, nothing is made twice, and each store records its version.
#include "VaultTestSupport.h"
#include "consent/ConsentStore.h"
#include "ledger/EventSync.h"
#include "ledger/Outbox.h"
#include "passbook/TimelineStore.h"
#include "vault/SqlStatement.h"
#include "vault/VaultDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using vault::Migration;
using vault::VaultDatabase;

namespace {
// The SQL the vault ran as migrations 2-4 before the stores owned it: the stores' first
// migrations without IF NOT EXISTS.
QByteArray asShipped(const vault::StoreSchema &schema)
{
    return QByteArray(schema.migrations.first().sql).replace(" IF NOT EXISTS", "");
}

qint64 countOf(VaultDatabase &db, const char *sql)
{
    vault::SqlStatement st(db.handle(), sql);
    return st.step() ? st.int64(0) : -1;
}
} // namespace

class TestStoreSchemas : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseGetsEveryStoresTables()
    {
        QTemporaryDir dir;
        VaultDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("passbook.db")), crypto::SecureBuffer::random(32), true)
                    .ok());
        ::passbook::passbook::TimelineStore timeline(db);
        ledger::Outbox outbox(db);
        consent::ConsentStore consents(
            db, 31337,
            crypto::Address::fromString(QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3"))
                .value());
        QVERIFY(timeline.hospitals().ok());
        QVERIFY(outbox.recent(5).ok());
        QCOMPARE(countOf(db, "SELECT count(*) FROM ledger_events;"), 0);
        for (const char *name : {"schema.timeline", "schema.ledger.outbox", "schema.ledger.events"}) {
            QCOMPARE(db.meta(QString::fromLatin1(name)).value(), QStringLiteral("1"));
        }
    }

    void databaseFromBeforeIsAdopted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passbook.db"));
        const auto key = crypto::SecureBuffer::random(32);
        const QByteArray outboxSql = asShipped(ledger::Outbox::schema());
        const QByteArray eventsSql = asShipped(ledger::EventSync::schema());
        const QByteArray timelineSql = asShipped(::passbook::passbook::TimelineStore::schema());
        QVERIFY(!outboxSql.contains("IF NOT EXISTS") && outboxSql.contains("CREATE TABLE outbox"));
        {
            const QList<Migration> before = {vault::migrations().first(),
                                             {2, "ledger outbox", outboxSql.constData()},
                                             {3, "ledger events", eventsSql.constData()},
                                             {4, "timeline", timelineSql.constData()}};
            VaultDatabase db;
            QVERIFY(db.open(path, key, true, before).ok());
            QVERIFY(db.execInTransaction(
                          "INSERT INTO hospitals (participant, name, endpoint, patient_ref, connected_at) "
                          "VALUES ('0xabc', 'Taipei City Hospital', 'http://127.0.0.1:1', 'Patient/1', 1);")
                        .ok());
        }
        VaultDatabase db;
        QVERIFY(db.open(path, key, false).ok()); // the vault's versions 2-4 are empty now: nothing runs
        QCOMPARE(db.schemaVersion(), vault::latestSchemaVersion());
        ::passbook::passbook::TimelineStore timeline(db);
        ledger::Outbox outbox(db);
        const auto hospitals = timeline.hospitals();
        QVERIFY(hospitals.ok());
        QCOMPARE(hospitals.value().size(), 1);
        QCOMPARE(hospitals.value().first().name, QStringLiteral("Taipei City Hospital"));
        QVERIFY(outbox.recent(5).ok());
        QCOMPARE(db.meta(QStringLiteral("schema.timeline")).value(), QStringLiteral("1"));
        QCOMPARE(db.meta(QStringLiteral("schema.ledger.outbox")).value(), QStringLiteral("1"));
        QCOMPARE(countOf(db, "SELECT count(*) FROM sqlite_master WHERE name = 'entries_fts';"), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreSchemas)
#include "tst_storeschemas.moc"
