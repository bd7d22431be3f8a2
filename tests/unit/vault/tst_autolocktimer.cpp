#include "VaultTestSupport.h"
#include "vault/AutoLockTimer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using namespace passbook::vault;

class TestAutoLockTimer : public QObject
{
    Q_OBJECT
private slots:
    void locksWhenIdleAndActivityKeepsItOpen()
    {
        QTemporaryDir dir;
        VaultManager vault(dir.filePath(QStringLiteral("p")));
        test::useFastKdf(vault);
        AutoLockTimer timer(&vault);
        QVERIFY(!timer.isArmed());
        QVERIFY(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        QVERIFY(timer.isArmed());
        QCOMPARE(timer.timeoutMs(), 300'000); // default five minutes
        timer.setTimeoutMs(300);
        QSignalSpy autoLocked(&timer, &AutoLockTimer::autoLocked);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            timer.noteActivity();
        }
        QVERIFY(vault.isUnlocked()); // 600 ms of activity kept it open
        QTRY_VERIFY_WITH_TIMEOUT(!vault.isUnlocked(), 5000);
        QCOMPARE(autoLocked.size(), 1);
        QVERIFY(!timer.isArmed());
    }

    void lockNowAndTimeoutFromSettings()
    {
        QTemporaryDir dir;
        VaultManager vault(dir.filePath(QStringLiteral("p")));
        test::useFastKdf(vault);
        AutoLockTimer timer(&vault);
        QVERIFY(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English).ok());
        QVERIFY(vault.setAutoLockSeconds(45).ok());
        vault.lock();
        QVERIFY(vault.unlock(test::secret(test::kGoodPassword)).ok());
        QCOMPARE(timer.timeoutMs(), 45'000);
        timer.lockNow();
        QVERIFY(!vault.isUnlocked());
        timer.noteActivity(); // activity while locked does not arm anything
        QVERIFY(!timer.isArmed());
    }
};

QTEST_GUILESS_MAIN(TestAutoLockTimer)
#include "tst_autolocktimer.moc"
