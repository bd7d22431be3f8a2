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
            UnlockThrottle t(path, clock, bootClockFollowing(clock));
            for (int i = 0; i < 5; ++i) {
                QVERIFY(t.check().ok());
                t.recordFailure();
            }
        }
        UnlockThrottle again(path, clock, bootClockFollowing(clock)); // as after an app restart
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
        const Clock clock = [&now] { return now; };
        UnlockThrottle t(path, clock, bootClockFollowing(clock));
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
        const Clock clock = [now] { return now; };
        UnlockThrottle t(path, clock, bootClockFollowing(clock));
        QCOMPARE(t.remainingWaitMs(), UnlockThrottle::delayAfter(7));
        QVERIFY(!t.check().ok());
    }

    // The person sets the computer's clock two hours ahead: the wait is not over until the time
    // since boot (which no setting moves) says so too.
    void windingTheClockForwardDoesNotEndTheWait()
    {
        QTemporaryDir dir;
        qint64 wall = 1'800'000'000'000;
        BootTime boot{5'000'000, QByteArrayLiteral("boot-a")};
        UnlockThrottle t(
            dir.filePath(QStringLiteral("throttle.json")), [&wall] { return wall; },
            [&boot] { return boot; });
        for (int i = 0; i < UnlockThrottle::kFreeAttempts; ++i) {
            QVERIFY(t.check().ok());
            t.recordFailure();
        }
        QVERIFY(!t.check().ok());
        wall += 2 * 3'600'000;
        boot.sinceBootMs += 1'000;
        QCOMPARE(t.check().error().code, ErrorCode::Throttled);
        QCOMPARE(t.remainingWaitMs(), 29'000);
        boot.sinceBootMs += 29'000;
        QVERIFY(t.check().ok());
    }

    // After a restart of the computer, the old boot's clock means nothing: the wait runs again from
    // the first look in the new boot (and does not restart at every look after that).
    void aNewBootRunsTheWaitFromTheFirstLook()
    {
        QTemporaryDir dir;
        qint64 wall = 1'800'000'000'000;
        BootTime boot{5'000'000, QByteArrayLiteral("boot-a")};
        const QString path = dir.filePath(QStringLiteral("throttle.json"));
        UnlockThrottle t(
            path, [&wall] { return wall; }, [&boot] { return boot; });
        for (int i = 0; i < UnlockThrottle::kFreeAttempts; ++i) {
            t.recordFailure();
        }
        wall += 3'600'000;
        boot = BootTime{20'000, QByteArrayLiteral("boot-b")};
        QCOMPARE(t.remainingWaitMs(), 30'000);
        boot.sinceBootMs += 10'000;
        wall += 10'000;
        QCOMPARE(t.remainingWaitMs(), 20'000);
        boot.sinceBootMs += 20'000;
        wall += 20'000;
        QVERIFY(t.check().ok());
        QCOMPARE(t.failures(), UnlockThrottle::kFreeAttempts);
    }

    // Where the system has no boot clock (no CLOCK_BOOTTIME), the wall clock alone decides: the
    // wait still ends, it is not a lock-out.
    void withoutABootClockTheWallClockDecides()
    {
        QTemporaryDir dir;
        qint64 wall = 1'800'000'000'000;
        UnlockThrottle t(
            dir.filePath(QStringLiteral("throttle.json")), [&wall] { return wall; },
            [] { return BootTime{}; });
        for (int i = 0; i < UnlockThrottle::kFreeAttempts; ++i) {
            t.recordFailure();
        }
        QCOMPARE(t.check().error().code, ErrorCode::Throttled);
        wall += 30'000;
        QVERIFY(t.check().ok());
    }

    // Fail closed: where the record cannot be written (a full or read-only disk; here its folder is
    // a file), no attempt is allowed, with a sentence that says why.
    void anUnwritableRecordAllowsNoAttempt()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Clock clock = [] { return qint64(1'800'000'000'000); };
        UnlockThrottle t(dir.filePath(QStringLiteral("not-a-folder/throttle.json")), clock,
                         bootClockFollowing(clock));
        const auto refused = t.check();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Io);
        QVERIFY(refused.error().message.contains(QStringLiteral("keep count")));
    }
};

QTEST_GUILESS_MAIN(TestUnlockThrottle)
#include "tst_unlockthrottle.moc"
