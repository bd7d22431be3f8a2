#include "vault/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook::vault;

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void listsOnlyProfilesWithAVault()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.profiles().isEmpty());
        const QString fresh = store.defaultProfileDir();
        QVERIFY(fresh.startsWith(dir.filePath(QStringLiteral("profiles/"))));
        QVERIFY(fresh != store.newProfileDir());
        QVERIFY(QDir().mkpath(store.profileDir(QStringLiteral("empty"))));
        QVERIFY(QDir().mkpath(store.profileDir(QStringLiteral("abc"))));
        QFile f(store.profileDir(QStringLiteral("abc")) + QStringLiteral("/vault.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(store.profiles(), QStringList{QStringLiteral("abc")});
        QCOMPARE(store.defaultProfileDir(), store.profileDir(QStringLiteral("abc")));
    }

    void defaultDataDirIsAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!ProfileStore::defaultDataDir().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
