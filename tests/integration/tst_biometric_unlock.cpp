// Fingerprint unlock end to end through the app's BiometricController and session::BiometricFlow: a dbusmock
// fprintd, the kernel's session keyring (the Linux key store), a real vault on disk. Turning it on needs the
// password and a finger; a match releases the key from this login's keyring and opens the vault, a wrong
// finger does not. A new login (a new session keyring) or an expired key leaves it on but waiting for one
// password unlock, which makes a new key, unless the enrolled fingers changed meanwhile; a changed
// enrolment turns it off with a sentence, and the stale slot goes at the next password unlock. A store that
// is meant to keep its key (Android, Apple) turns it off when the key is missing.
#include "BiometricController.h"
#include "DBusMockFixture.h"
#include "FprintdAuthenticator.h"
#include "KernelKeyringKeyStore.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QSettings>
#include <QTest>

#include <keyutils.h>

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
    // What the reader says is enrolled from now on (a Python list literal).
    void setFingers(const QString &list)
    {
        QVERIFY(m_bus.call(kDevice, kMock, QStringLiteral("AddMethod"),
                           {QStringLiteral("net.reactivated.Fprint.Device"),
                            QStringLiteral("ListEnrolledFingers"), QStringLiteral("s"), QStringLiteral("as"),
                            QStringLiteral("ret = %1").arg(list)}));
    }

    // A key store that keeps its keys like a hardware one says it does.
    class DeviceStore final : public platform::SecureKeyStore
    {
    public:
        bool isAvailable() override { return true; }
        QString unavailableReason() const override { return {}; }
        Result<void> store(const QString &name, const crypto::SecureBuffer &secret) override
        {
            return m_keys.store(name, secret);
        }
        Result<crypto::SecureBuffer> read(const QString &name) override { return m_keys.read(name); }
        Result<void> remove(const QString &name) override { return m_keys.remove(name); }
        Lifetime lifetime() const override { return Lifetime::Device; }

    private:
        platform::MemoryKeyStore m_keys;
    };

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString problem = m_bus.startMock(
            {QStringLiteral("--template"), QStringLiteral(PASSBOOK_SOURCE_DIR "/tests/dbusmock/fprintd.py")},
            QStringLiteral("net.reactivated.Fprint"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // this test's own login: a session keyring of its own
        QVERIFY(keyctl_join_session_keyring(nullptr) >= 0);
    }

    void theWholeLife()
    {
        vault::VaultManager vault(m_dir.filePath(QStringLiteral("patient")));
        test::useFastKdf(vault);
        PB_VERIFY_OK(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        platform::FprintdAuthenticator reader(m_bus.bus());
        platform::KernelKeyringKeyStore store(QStringLiteral("passbook-test"));
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

        // a new login (logout and in again, or a restart): this login's keyring has no key. Still on, but the
        // reader is not even asked until the password was used once; that unlock makes a new key
        QVERIFY(keyctl_join_session_keyring(nullptr) >= 0);
        vault.lock();
        QVERIFY(biometric.enabled());
        QVERIFY(!biometric.ready());
        QVERIFY(biometric.passwordFirst().contains(QStringLiteral("log out")));
        const auto asked = m_bus.calls(QStringLiteral("VerifyStart")).size();
        biometric.unlock();
        QVERIFY(!biometric.busy());
        QCOMPARE(biometric.errorMessage(), biometric.passwordFirst());
        QCOMPARE(m_bus.calls(QStringLiteral("VerifyStart")).size(), asked);
        QVERIFY(!vault.isUnlocked());
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QTRY_VERIFY(biometric.ready());
        QVERIFY(biometric.errorMessage().isEmpty());
        vault.lock();
        biometric.unlock();
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(vault.isUnlocked(), 30000);

        // a finger added while logged out: the first unlock of the next login notices (the enrolment is kept
        // in the vault's database too), turns it off and says why
        QVERIFY(keyctl_join_session_keyring(nullptr) >= 0);
        vault.lock();
        setFingers(QStringLiteral("['right-index-finger', 'left-index-finger']"));
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QTRY_VERIFY(!biometric.enabled());
        QVERIFY2(biometric.errorMessage().contains(QStringLiteral("changed")),
                 qPrintable(biometric.errorMessage()));
        QVERIFY(!vault.hasBiometricSlot());
        QVERIFY(!biometric.ready());

        // on again; a finger added while this login's key is there: turned off at the next finger, with a
        // sentence; the password still works and the stale slot goes with it
        biometric.enable(QString::fromLatin1(test::kGoodPassword));
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY(biometric.enabled());
        vault.lock();
        setFingers(QStringLiteral("['right-index-finger', 'left-index-finger', 'left-thumb']"));
        biometric.unlock();
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY2(biometric.errorMessage().contains(QStringLiteral("changed")),
                 qPrintable(biometric.errorMessage()));
        QVERIFY(!vault.isUnlocked());
        QVERIFY(!biometric.enabled());
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QTRY_VERIFY(!vault.hasBiometricSlot()); // the stale slot went with the password unlock
        const QString entry = QStringLiteral("vault-%1/biometric").arg(vault.readHeader().value().vaultId);
        QCOMPARE(store.read(entry).error().code, ErrorCode::NotFound);

        // on again; then this device's copy is erased: the key store keeps nothing of it
        biometric.enable(QString::fromLatin1(test::kGoodPassword));
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY(biometric.enabled());
        PB_VERIFY_OK(store.read(entry));
        PB_VERIFY_OK(vault.eraseDeviceCopy());
        const auto gone = store.read(entry);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    // Where the kernel forbids keyrings, the key lives in the app's memory: it works while the app runs, and
    // after a restart the password is needed once.
    void inMemoryUntilTheAppQuits()
    {
        setFingers(QStringLiteral("['right-index-finger']"));
        vault::VaultManager vault(m_dir.filePath(QStringLiteral("memory")));
        test::useFastKdf(vault);
        PB_VERIFY_OK(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        platform::FprintdAuthenticator reader(m_bus.bus());
        {
            platform::MemoryKeyStore store;
            app::BiometricController biometric(&vault, &reader, &store);
            biometric.enable(QString::fromLatin1(test::kGoodPassword));
            touch(QStringLiteral("verify-match"));
            QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
            QVERIFY(biometric.ready());
            vault.lock();
            biometric.unlock();
            touch(QStringLiteral("verify-match"));
            QTRY_VERIFY_WITH_TIMEOUT(vault.isUnlocked(), 30000);
            vault.lock();
        }
        // the app started again: a new, empty store
        platform::MemoryKeyStore store;
        app::BiometricController biometric(&vault, &reader, &store);
        QVERIFY(biometric.enabled());
        QVERIFY(!biometric.ready());
        QVERIFY(biometric.passwordFirst().contains(QStringLiteral("quit")));
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QTRY_VERIFY(biometric.ready());
        vault.lock();
        biometric.unlock();
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(vault.isUnlocked(), 30000);
    }

    // A slot made by an earlier version (no enrolment kept in the database, the key in a store it no longer
    // uses): the first password unlock turns it off with a sentence instead of arming it blindly.
    void anOlderSlotWithoutItsEnrolmentIsTurnedOff()
    {
        setFingers(QStringLiteral("['right-index-finger']"));
        vault::VaultManager vault(m_dir.filePath(QStringLiteral("older")));
        test::useFastKdf(vault);
        PB_VERIFY_OK(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        PB_VERIFY_OK(vault.addBiometricSlot());
        vault.lock();
        platform::FprintdAuthenticator reader(m_bus.bus());
        platform::MemoryKeyStore store;
        app::BiometricController biometric(&vault, &reader, &store);
        QVERIFY(biometric.enabled());
        QVERIFY(!biometric.ready());
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QTRY_VERIFY(!biometric.enabled());
        QVERIFY2(biometric.errorMessage().contains(QStringLiteral("update")),
                 qPrintable(biometric.errorMessage()));
        QVERIFY(!vault.hasBiometricSlot());
    }

    // A store meant to keep its key (Android Keystore, Apple Keychain — they do not run here; a store in
    // memory that says so stands in): a key gone from it is a fault, and turns fingerprint unlock off.
    void aKeptKeyThatVanishesTurnsItOff()
    {
        setFingers(QStringLiteral("['right-index-finger']"));
        vault::VaultManager vault(m_dir.filePath(QStringLiteral("device")));
        test::useFastKdf(vault);
        PB_VERIFY_OK(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        platform::FprintdAuthenticator reader(m_bus.bus());
        DeviceStore store;
        app::BiometricController biometric(&vault, &reader, &store);
        biometric.enable(QString::fromLatin1(test::kGoodPassword));
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY(biometric.ready());
        PB_VERIFY_OK(
            store.remove(QStringLiteral("vault-%1/biometric").arg(vault.readHeader().value().vaultId)));
        vault.lock();
        QVERIFY(biometric.ready()); // such a store is not asked before the finger
        biometric.unlock();
        touch(QStringLiteral("verify-match"));
        QTRY_VERIFY_WITH_TIMEOUT(!biometric.busy(), 30000);
        QVERIFY2(biometric.errorMessage().contains(QStringLiteral("key store")),
                 qPrintable(biometric.errorMessage()));
        QVERIFY(!vault.isUnlocked());
        QVERIFY(!biometric.enabled());
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QTRY_VERIFY(!vault.hasBiometricSlot());
    }
};

QTEST_GUILESS_MAIN(TestBiometricUnlock)
#include "tst_biometric_unlock.moc"
