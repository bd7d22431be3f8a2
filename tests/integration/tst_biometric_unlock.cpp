// Fingerprint unlock end to end through the app's BiometricController and session::BiometricFlow: a dbusmock
// fprintd and a real gnome-keyring-daemon on a private bus, a real vault on disk. Turning it on needs the
// password and a finger; a match releases the key from the key store and opens the vault, a wrong finger does
// not; a changed enrolment or a key gone from the key store turns it off with a sentence, and the stale slot
// goes at the next password unlock.
#include "BiometricController.h"
#include "DBusMockFixture.h"
#include "FprintdAuthenticator.h"
#include "SecretServiceKeyStore.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QSettings>
#include <QTest>

using namespace passbook;

namespace {
const QString kDevice = QStringLiteral("/net/reactivated/Fprint/Device/0");
const QString kMock = QStringLiteral("org.freedesktop.DBus.Mock");
} // namespace

class TestBiometricUnlock : public QObject
{
    Q_OBJECT

    test::DBusMockFixture m_bus;
    QTemporaryDir m_dir;
    QProcess m_keyring;

    bool scan(const QString &result)
    {
        return m_bus.call(kDevice, kMock, QStringLiteral("EmitSignal"),
                          {QStringLiteral("net.reactivated.Fprint.Device"), QStringLiteral("VerifyStatus"),
                           QStringLiteral("sb"), QVariant::fromValue(QVariantList{result, true})});
    }
    // Waits for the reader to be asked (once more than before), then scans.
    void touch(const QString &result)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.calls(QStringLiteral("VerifyStart")).size() > m_verifies, 15000);
        m_verifies = m_bus.calls(QStringLiteral("VerifyStart")).size();
        QVERIFY(scan(result));
    }
    qsizetype m_verifies = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString problem = m_bus.startMock(
            {QStringLiteral("--template"), QStringLiteral(PASSBOOK_SOURCE_DIR "/tests/dbusmock/fprintd.py")},
            QStringLiteral("net.reactivated.Fprint"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // the same private bus is the session bus of the key store (libsecret reads this at first use)
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
        QDir(m_dir.path()).mkpath(QStringLiteral("home"));
        QDir(m_dir.path()).mkpath(QStringLiteral("run"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_bus.address());
        m_keyring.setProcessEnvironment(env);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
                         QStringLiteral("--foreground")});
        m_keyring.write("sandbox keyring password");
        m_keyring.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_bus.bus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")), 15000);
        QTest::qWait(500); // the daemon makes its "login" collection just after appearing
    }

    void cleanupTestCase()
    {
        m_keyring.terminate();
        m_keyring.waitForFinished(5000);
    }

    void theWholeLife()
    {
        vault::VaultManager vault(m_dir.filePath(QStringLiteral("patient")));
        test::useFastKdf(vault);
        PB_VERIFY_OK(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        platform::FprintdAuthenticator reader(m_bus.bus());
        platform::SecretServiceKeyStore store(m_bus.bus(), QStringLiteral("Health Passbook test"));
        app::BiometricController biometric(&vault, &reader, &store);
        QVERIFY2(biometric.available(), qPrintable(biometric.unavailableReason()));
        QVERIFY(!biometric.enabled());

        // turning it on: a wrong password goes no further than the password
        biometric.enable(QStringLiteral("not my password"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY(!biometric.errorMessage().isEmpty());
        QVERIFY(!biometric.enabled());
        QVERIFY(m_bus.calls(QStringLiteral("VerifyStart")).isEmpty());
        // the right password, then a finger
        biometric.enable(QString::fromLatin1(test::kGoodPassword));
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY2(biometric.errorMessage().isEmpty(), qPrintable(biometric.errorMessage()));
        QVERIFY(biometric.enabled());

        // locked: a wrong finger does not open it, the right one does
        vault.lock();
        biometric.unlock();
        touch(QStringLiteral("verify-no-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY(biometric.errorMessage().contains(QStringLiteral("does not match")));
        QVERIFY(!vault.isUnlocked());
        biometric.unlock();
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(vault.isUnlocked(), 30000);

        // a finger added on this computer: turned off, with a sentence; the password still works
        vault.lock();
        QVERIFY(m_bus.call(kDevice, kMock, QStringLiteral("AddMethod"),
                           {QStringLiteral("net.reactivated.Fprint.Device"),
                            QStringLiteral("ListEnrolledFingers"), QStringLiteral("s"), QStringLiteral("as"),
                            QStringLiteral("ret = ['right-index-finger', 'left-thumb']")}));
        biometric.unlock();
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY2(biometric.errorMessage().contains(QStringLiteral("changed")),
                 qPrintable(biometric.errorMessage()));
        QVERIFY(!vault.isUnlocked());
        QVERIFY(!biometric.enabled());
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QTRY_VERIFY(!vault.hasBiometricSlot()); // the stale slot went with the password unlock

        // on again; then its key disappears from the key store
        biometric.enable(QString::fromLatin1(test::kGoodPassword));
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY(biometric.enabled());
        PB_VERIFY_OK(
            store.remove(QStringLiteral("vault-%1/biometric").arg(vault.readHeader().value().vaultId)));
        vault.lock();
        biometric.unlock();
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY2(biometric.errorMessage().contains(QStringLiteral("key store")),
                 qPrintable(biometric.errorMessage()));
        QVERIFY(!vault.isUnlocked());
        QVERIFY(!biometric.enabled());

        // on again; then this device's copy is erased: the key store keeps nothing of it
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        biometric.enable(QString::fromLatin1(test::kGoodPassword));
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY(biometric.enabled());
        const QString entry = QStringLiteral("vault-%1/biometric").arg(vault.readHeader().value().vaultId);
        PB_VERIFY_OK(store.read(entry));
        PB_VERIFY_OK(vault.eraseDeviceCopy());
        const auto gone = store.read(entry);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBiometricUnlock)
#include "tst_biometric_unlock.moc"
