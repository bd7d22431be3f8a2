// The desktop session locking reaches the vault: DBusSessionLifecycle against python3-dbusmock on
// private buses — a screen saver on the "session" bus, logind on the "system" bus — and a real
// vault on disk that locks on each signal (keys wiped).
#include "DBusMockFixture.h"
#include "DBusSessionLifecycle.h"
#include "PlatformServices.h"
#include "VaultTestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace passbook;

class TestPlatformLifecycle : public QObject
{
    Q_OBJECT

    test::DBusMockFixture m_sessionBus;
    test::DBusMockFixture m_systemBus;
    QTemporaryDir m_dir;

    std::unique_ptr<vault::VaultManager> unlockedVault()
    {
        auto v = std::make_unique<vault::VaultManager>(m_dir.filePath(QStringLiteral("p%1").arg(++m_n)));
        test::useFastKdf(*v);
        if (!v->create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English)) {
            return nullptr;
        }
        return v;
    }
    int m_n = 0;

    bool emitOnSession(const QString &path, const QString &interface, const QString &name,
                       const QVariantList &args)
    {
        return m_sessionBus.call(path, QStringLiteral("org.freedesktop.DBus.Mock"),
                                 QStringLiteral("EmitSignal"),
                                 {interface, name, QStringLiteral("b"), QVariant::fromValue(args)});
    }

private slots:
    void initTestCase()
    {
        QString problem = m_sessionBus.startMock({QStringLiteral("org.freedesktop.ScreenSaver"),
                                                  QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                  QStringLiteral("org.freedesktop.ScreenSaver")},
                                                 QStringLiteral("org.freedesktop.ScreenSaver"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = m_systemBus.start(QStringLiteral("logind"), QStringLiteral("org.freedesktop.login1"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_systemBus.call(QStringLiteral("/org/freedesktop/login1"),
                                 QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("AddSession"),
                                 {QStringLiteral("c7"), QStringLiteral("seat0"),
                                  QVariant::fromValue(uint(1000)), QStringLiteral("patient"), true}));
    }

    void screenSaverLocksTheVault()
    {
        platform::DBusSessionLifecycle lifecycle(m_sessionBus.bus(), m_systemBus.bus(), QStringLiteral("c7"));
        QVERIFY(lifecycle.watchesSessionLock());
        auto vault = unlockedVault();
        QVERIFY(vault && vault->isUnlocked());
        connect(&lifecycle, &platform::AppLifecycle::sessionLocked, vault.get(), &vault::VaultManager::lock);
        QSignalSpy locked(&lifecycle, &platform::AppLifecycle::sessionLocked);
        // the screen saver ending is not a lock
        QVERIFY(emitOnSession(QStringLiteral("/org/freedesktop/ScreenSaver"),
                              QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                              {false}));
        QTest::qWait(200);
        QCOMPARE(locked.size(), 0);
        QVERIFY(vault->isUnlocked());
        QVERIFY(emitOnSession(QStringLiteral("/org/freedesktop/ScreenSaver"),
                              QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                              {true}));
        QTRY_COMPARE(locked.size(), 1);
        QVERIFY(!vault->isUnlocked());
        QVERIFY(!vault->signingKey());
        QVERIFY(!vault->database());
    }

    void logindLockAndSleepLockTheVault()
    {
        platform::DBusSessionLifecycle lifecycle(m_sessionBus.bus(), m_systemBus.bus(), QStringLiteral("c7"));
        auto vault = unlockedVault();
        QVERIFY(vault);
        connect(&lifecycle, &platform::AppLifecycle::sessionLocked, vault.get(), &vault::VaultManager::lock);
        QSignalSpy locked(&lifecycle, &platform::AppLifecycle::sessionLocked);
        // loginctl lock-session: logind emits Lock on the session object
        QVERIFY(m_systemBus.call(QStringLiteral("/org/freedesktop/login1/session/c7"),
                                 QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"),
                                 {}));
        QTRY_COMPARE(locked.size(), 1);
        QVERIFY(!vault->isUnlocked());

        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
        QVERIFY(m_systemBus.call(QStringLiteral("/org/freedesktop/login1"),
                                 QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("EmitSignal"),
                                 {QStringLiteral("org.freedesktop.login1.Manager"),
                                  QStringLiteral("PrepareForSleep"), QStringLiteral("b"),
                                  QVariant::fromValue(QVariantList{true})}));
        QTRY_COMPARE(locked.size(), 2);
        QVERIFY(!vault->isUnlocked());
    }

    void anotherSessionsLockIsNotOurs()
    {
        QVERIFY(m_systemBus.call(QStringLiteral("/org/freedesktop/login1"),
                                 QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("AddSession"),
                                 {QStringLiteral("c8"), QStringLiteral("seat0"),
                                  QVariant::fromValue(uint(1001)), QStringLiteral("someone"), false}));
        platform::DBusSessionLifecycle lifecycle(m_sessionBus.bus(), m_systemBus.bus(), QStringLiteral("c7"));
        QSignalSpy locked(&lifecycle, &platform::AppLifecycle::sessionLocked);
        QVERIFY(m_systemBus.call(QStringLiteral("/org/freedesktop/login1/session/c8"),
                                 QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"),
                                 {}));
        QTest::qWait(300);
        QCOMPARE(locked.size(), 0);
    }

    void leavingTheAppLocksButLosingFocusDoesNot()
    {
        platform::NullAppLifecycle lifecycle;
        auto vault = unlockedVault();
        QVERIFY(vault);
        connect(&lifecycle, &platform::AppLifecycle::backgrounded, vault.get(), &vault::VaultManager::lock);
        lifecycle.noteApplicationState(Qt::ApplicationInactive); // another window took the focus
        QVERIFY(vault->isUnlocked());
        lifecycle.noteApplicationState(Qt::ApplicationSuspended);
        QVERIFY(!vault->isUnlocked());
        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
        lifecycle.noteApplicationState(Qt::ApplicationHidden);
        QVERIFY(!vault->isUnlocked());
    }

    void releaseHardeningLeavesNoCoreAndNoAttach()
    {
        QVERIFY(platform::hardenProcess());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
    }

    void withoutBusesNothingIsWatched()
    {
        platform::DBusSessionLifecycle lifecycle(QDBusConnection(QStringLiteral("none")),
                                                 QDBusConnection(QStringLiteral("none")), QString());
        QVERIFY(!lifecycle.watchesSessionLock());
    }
};

QTEST_GUILESS_MAIN(TestPlatformLifecycle)
#include "tst_platform_lifecycle.moc"
