// SqlTransaction: a multi-step write happens whole or not at all, whichever way the scope is left,
// on a real SQLCipher database file.
#include "VaultTestSupport.h"
#include "vault/SqlStatement.h"
#include "vault/SqlTransaction.h"
#include "vault/VaultDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace passbook;
using namespace passbook::vault;

class TestSqlTransaction : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    VaultDatabase m_db;

    bool insert(const char *key)
    {
        SqlStatement st(m_db.handle(), "INSERT INTO vault_meta (key, value) VALUES (?, 'v')");
        st.bind(1, QString::fromLatin1(key));
        return st.exec();
    }
    bool has(const char *key) { return m_db.meta(QString::fromLatin1(key)).ok(); }
    bool inTransaction() { return sqlite3_get_autocommit(m_db.handle()) == 0; }

    // Two writes, the second failing when asked to: the caller's early return is what rolls back.
    Result<void> twoSteps(const char *first, const char *second, bool failSecond)
    {
        SqlTransaction tx(m_db.handle());
        if (!tx.isActive()) {
            return m_db.sqlError(QStringLiteral("begin"));
        }
        if (!insert(first)) {
            return m_db.sqlError(QStringLiteral("first"));
        }
        if (failSecond || !insert(second)) {
            return makeError(ErrorCode::Io, QStringLiteral("second step failed"), QStringLiteral("second"));
        }
        if (!tx.commit()) {
            return m_db.sqlError(QStringLiteral("commit"));
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(
            m_db.open(m_dir.filePath(QStringLiteral("t.db")), crypto::SecureBuffer::random(32), true).ok());
    }

    void committedWritesStay()
    {
        QVERIFY(twoSteps("a1", "a2", false).ok());
        QVERIFY(has("a1") && has("a2"));
        QVERIFY(!inTransaction());
    }

    void anEarlyReturnRollsBackEveryStep()
    {
        const auto r = twoSteps("b1", "b2", true);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail, QStringLiteral("second"));
        QVERIFY(!has("b1"));
        QVERIFY(!has("b2"));
        QVERIFY(!inTransaction());
    }

    void aFailingStatementUndoesTheStepsBefore()
    {
        // a duplicate key makes the second insert fail: the first is undone with it
        const auto r = twoSteps("c1", "a1", false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().detail, QStringLiteral("second"));
        QVERIFY(!has("c1"));
        QVERIFY(!inTransaction());
    }

    void explicitRollbackAndMove()
    {
        {
            SqlTransaction tx(m_db.handle());
            QVERIFY(tx.isActive());
            QVERIFY(insert("d1"));
            SqlTransaction moved(std::move(tx));
            QVERIFY(!tx.isActive()); // NOLINT(bugprone-use-after-move): the moved-from guard is empty
            QVERIFY(moved.isActive());
            moved.rollback();
            QVERIFY(!moved.isActive());
            QVERIFY(!moved.commit());
        }
        QVERIFY(!has("d1"));
        QVERIFY(!inTransaction());
    }

    void aSecondBeginInsideOneIsRefused()
    {
        SqlTransaction outer(m_db.handle());
        QVERIFY(outer.isActive());
        SqlTransaction inner(m_db.handle());
        QVERIFY(!inner.isActive()); // SQLite has no nested BEGIN: the caller sees it and stops
        QVERIFY(!inner.commit());
        QVERIFY(inTransaction()); // the inner guard did not end the outer one
        QVERIFY(insert("e1"));
        QVERIFY(outer.commit());
        QVERIFY(has("e1"));
    }

    void noConnectionIsNeverActive()
    {
        SqlTransaction none(nullptr);
        QVERIFY(!none.isActive());
        QVERIFY(!none.commit());
    }
};

QTEST_GUILESS_MAIN(TestSqlTransaction)
#include "tst_sqltransaction.moc"
