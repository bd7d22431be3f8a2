#include "VaultTestSupport.h"
#include "vault/SqlStatement.h"
#include "vault/VaultDatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using namespace passbook::vault;
using crypto::SecureBuffer;

class TestVaultDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsEncryptedDatabaseAndReadsSettingsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passbook.db"));
        const auto key = SecureBuffer::random(32);
        VaultDatabase db;
        QVERIFY(db.open(path, key, true).ok());
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        QVERIFY(db.setMeta(QStringLiteral("k"), QStringLiteral("v")).ok());
        QCOMPARE(db.meta(QStringLiteral("k")).value(), QStringLiteral("v"));
        QCOMPARE(db.meta(QStringLiteral("missing")).error().code, ErrorCode::NotFound);
        SqlStatement ps(db.handle(), "PRAGMA cipher_page_size;");
        QVERIFY(ps.step());
        QCOMPARE(ps.int64(0), 4096);
        db.close();
        // On disk: no SQLite magic, no plaintext, and plain SQLite (Python's) cannot read it.
        const QByteArray raw = test::readAll(path);
        QVERIFY(!raw.startsWith("SQLite format 3"));
        QVERIFY(!raw.contains("vault_meta"));
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('select * from "
                                 "sqlite_master').fetchall()"),
                  path});
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() != 0, "plain SQLite must not be able to read the vault database");
    }

    void wrongKeyIsDamagedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passbook.db"));
        VaultDatabase db;
        QVERIFY(db.open(path, SecureBuffer::random(32), true).ok());
        db.close();
        auto r = db.open(path, SecureBuffer::random(32), false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::DamagedDatabase);
        QVERIFY(!db.isOpen());
    }

    void flippedByteIsDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passbook.db"));
        const auto key = SecureBuffer::random(32);
        {
            VaultDatabase db;
            QVERIFY(db.open(path, key, true).ok());
            // enough rows for several pages
            QVERIFY(db.execInTransaction(
                          "CREATE TABLE filler (x TEXT);"
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                          "INSERT INTO filler SELECT hex(randomblob(40)) FROM n;")
                        .ok());
        }
        const QByteArray original = test::readAll(path);
        QVERIFY(original.size() >= 4 * VaultDatabase::kPageSize);
        for (qsizetype offset : {qsizetype(100), qsizetype(VaultDatabase::kPageSize + 2000),
                                 original.size() - VaultDatabase::kPageSize + 17, original.size() - 30}) {
            // (each page ends in 48 reserved bytes: IV 16, HMAC 20, then 12 bytes of padding that
            // carry nothing; size - 30 lands in the last page's HMAC)
            QByteArray damaged = original;
            damaged[offset] = char(damaged[offset] ^ 0x20);
            QVERIFY(test::writeAll(path, damaged));
            VaultDatabase db;
            auto opened = db.open(path, key, false);
            const auto outcome = opened.ok() ? db.integrityCheck() : opened;
            QVERIFY2(!outcome.ok(), qPrintable(QStringLiteral("flip at %1 went unnoticed").arg(offset)));
            QVERIFY2(outcome.error().code == ErrorCode::DamagedDatabase, qPrintable(outcome.error().detail));
            db.close();
            QCOMPARE(test::readAll(path), damaged); // nothing "repaired" behind the user's back
        }
        QVERIFY(test::writeAll(path, original));
        VaultDatabase db;
        QVERIFY(db.open(path, key, false).ok());
        QVERIFY(db.integrityCheck().ok());
    }

    void migrationsRunOnceAndRefuseNewerSchemas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passbook.db"));
        const auto key = SecureBuffer::random(32);
        QList<Migration> v2 = migrations();
        v2.append({latestSchemaVersion() + 1, "test table", "CREATE TABLE t2 (a INTEGER);"});
        {
            VaultDatabase db;
            QVERIFY(db.open(path, key, true, migrations()).ok());
            QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        }
        {
            VaultDatabase db;
            QVERIFY(db.open(path, key, false, v2).ok());
            QCOMPARE(db.schemaVersion(), latestSchemaVersion() + 1);
        }
        {
            VaultDatabase db;
            QVERIFY(db.open(path, key, false, v2).ok()); // idempotent
        }
        VaultDatabase db;
        auto r = db.open(path, key, false, migrations());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("newer version")));
    }

    void brokenMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passbook.db"));
        const auto key = SecureBuffer::random(32);
        QList<Migration> broken = migrations();
        broken.append(
            {latestSchemaVersion() + 1, "broken", "CREATE TABLE ok_table (a);CREATE TABLE ok_table (a);"});
        VaultDatabase db;
        QVERIFY(!db.open(path, key, true, broken).ok());
        QVERIFY(db.open(path, key, false, migrations()).ok());
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        SqlStatement st(db.handle(), "SELECT count(*) FROM sqlite_master WHERE name = 'ok_table';");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), 0);
    }

    void storeSchemasApplyWhatIsMissingOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("passbook.db"));
        const auto key = SecureBuffer::random(32);
        StoreSchema notes{"notes", {{1, "notes", "CREATE TABLE IF NOT EXISTS notes (a INTEGER);"}}};
        const auto tables = [](VaultDatabase &db, const char *name) {
            SqlStatement st(db.handle(), "SELECT count(*) FROM sqlite_master WHERE name = ?;");
            st.bind(1, QString::fromLatin1(name));
            return st.step() ? st.int64(0) : -1;
        };
        {
            VaultDatabase db;
            QVERIFY(db.open(path, key, true).ok());
            QCOMPARE(tables(db, "notes"), 0); // the vault itself makes no store's tables
            QVERIFY(db.ensureSchema(notes).ok());
            QCOMPARE(tables(db, "notes"), 1);
            QCOMPARE(db.meta(QStringLiteral("schema.notes")).value(), QStringLiteral("1"));
            QVERIFY(db.execInTransaction("DROP TABLE notes;").ok());
            QVERIFY(db.ensureSchema(notes).ok()); // checked once per connection
            QCOMPARE(tables(db, "notes"), 0);
        }
        {
            // a later version of the store adds a migration: only that one runs
            VaultDatabase db;
            QVERIFY(db.open(path, key, false).ok());
            notes.migrations.append({2, "tags", "CREATE TABLE tags (a INTEGER);"});
            QVERIFY(db.ensureSchema(notes).ok());
            QCOMPARE(tables(db, "notes"), 0); // version 1 is not run again
            QCOMPARE(tables(db, "tags"), 1);
            QCOMPARE(db.meta(QStringLiteral("schema.notes")).value(), QStringLiteral("2"));
        }
        {
            // a broken migration changes nothing; a database from a newer store is refused
            VaultDatabase db;
            QVERIFY(db.open(path, key, false).ok());
            StoreSchema broken = notes;
            broken.migrations.append({3, "broken", "CREATE TABLE half (a);CREATE TABLE half (a);"});
            QVERIFY(!db.ensureSchema(broken).ok());
            QCOMPARE(tables(db, "half"), 0);
            QCOMPARE(db.meta(QStringLiteral("schema.notes")).value(), QStringLiteral("2"));
            StoreSchema older{"notes", {notes.migrations.first()}};
            const auto refused = db.ensureSchema(older);
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().message.contains(QStringLiteral("newer version")));
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultDatabase)
#include "tst_vaultdatabase.moc"
