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

    // A planted time that cannot be one restarts the wait; it neither ends it nor overflows
    // (found by fuzz_unlock_throttle: 1.8e22 ms does not fit a 64-bit integer).
    void anImpossibleTimeRestartsTheWait_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("beyond 64 bits")
            << QByteArray(R"({"failures":7,"lastFailureMs":18000000001000000010000})");
        QTest::newRow("negative") << QByteArray(R"({"failures":7,"lastFailureMs":-5e20})");
        QTest::newRow("past year 9999") << QByteArray(R"({"failures":7,"lastFailureMs":3e14})");
    }
    void anImpossibleTimeRestartsTheWait()
    {
        QFETCH(QByteArray, record);
        QTemporaryDir dir;
        const qint64 now = 1'800'000'000'000;
        const QString path = dir.filePath(QStringLiteral("throttle.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(record);
        f.close();
        UnlockThrottle t(path, [now] { return now; });
        QCOMPARE(t.remainingWaitMs(), UnlockThrottle::delayAfter(7));
        QVERIFY(!t.check().ok());
    }
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlockthrottle.moc"
