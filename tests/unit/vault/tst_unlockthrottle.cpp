#include "vault/UnlockThrottle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using namespace passbook::vault;

class TestUnlockThrottle : public QObject
{
    Q_OBJECT
private slots:
    void backoffSchedule()
    {
        QCOMPARE(UnlockThrottle::delayAfter(4), 0);
        QCOMPARE(UnlockThrottle::delayAfter(5), 30'000);
        QCOMPARE(UnlockThrottle::delayAfter(6), 60'000);
        QCOMPARE(UnlockThrottle::delayAfter(7), 120'000);
        QCOMPARE(UnlockThrottle::delayAfter(50), UnlockThrottle::kMaxDelayMs);
    }

    void persistsAcrossInstancesAndClears()
    {
        QTemporaryDir dir;
        qint64 now = 1'700'000'000'000;
        const Clock clock = [&now] { return now; };
        const QString path = dir.filePath(QStringLiteral("throttle.json"));
        {
            UnlockThrottle t(path, clock);
            for (int i = 0; i < 5; ++i) {
                QVERIFY(t.check().ok());
                t.recordFailure();
            }
        }
        UnlockThrottle again(path, clock); // as after an app restart
        QCOMPARE(again.failures(), 5);
        const auto refused = again.check();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Throttled);
        QVERIFY(refused.error().message.contains(QStringLiteral("30 seconds")));
        now += 29'000;
        QVERIFY(!again.check().ok());
        now += 1'000;
        QVERIFY(again.check().ok());
        again.recordFailure();
        QVERIFY(again.check().error().message.contains(QStringLiteral("60 seconds")));
        // a clock moved backwards restarts the wait instead of ending it
        now -= 3'600'000;
        QVERIFY(!again.check().ok());
        again.recordSuccess();
        QCOMPARE(again.failures(), 0);
        QVERIFY(again.check().ok());
    }

    void unreadableStateIsCautiousNotPermanent()
    {
        QTemporaryDir dir;
        qint64 now = 1'000'000;
        const QString path = dir.filePath(QStringLiteral("throttle.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{garbage");
        f.close();
        UnlockThrottle t(path, [&now] { return now; });
        QVERIFY(!t.check().ok());
        now += 29'000;
        QVERIFY(!t.check().ok());
        now += 2'000;
        QVERIFY(t.check().ok()); // the repaired record lets the wait end
        QCOMPARE(t.failures(), UnlockThrottle::kFreeAttempts);
    }
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlockthrottle.moc"
