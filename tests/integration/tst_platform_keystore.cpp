// The Secret Service key store through QtKeychain, against a real gnome-keyring-daemon on a private
// session bus: it stores, reads back and removes a key, a missing entry is NotFound; once the Secret
// Service is gone it fails closed (not offered, storing fails, no fallback file).
#include "SecretServiceKeyStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook;

class TestPlatformKeystore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;

    QProcessEnvironment keyringEnv() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        return env;
    }

    QDBusConnection privateBus() const
    {
        return QDBusConnection::connectToBus(m_address, QStringLiteral("keystore-test"));
    }

private slots:
    void initTestCase()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("home"));
        QDir(m_dir.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1"),
                     QStringLiteral("--address=unix:dir=%1").arg(m_dir.path())});
        QVERIFY(m_bus.waitForReadyRead(10000));
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        // libsecret (under QtKeychain) finds the session bus here, at its first use.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                p->waitForFinished(5000);
            }
        }
    }

    void storeReadRemove()
    {
        m_keyring.setProcessEnvironment(keyringEnv());
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
                         QStringLiteral("--foreground")});
        m_keyring.write("sandbox keyring password");
        m_keyring.closeWriteChannel();
        QDBusConnection bus = privateBus();
        QTRY_VERIFY_WITH_TIMEOUT(
            bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")), 15000);

        platform::SecretServiceKeyStore store(bus, QStringLiteral("Health Passbook test"));
        QVERIFY2(store.isAvailable(), qPrintable(store.unavailableReason()));
        const QByteArray key =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        // the daemon makes its "login" collection just after it appears on the bus
        QTRY_VERIFY_WITH_TIMEOUT(
            store.store(QStringLiteral("vault-1/biometric"), crypto::SecureBuffer::copyOf(key)).ok(), 10000);
        auto back = store.read(QStringLiteral("vault-1/biometric"));
        QVERIFY(back.ok());
        QCOMPARE(QByteArray(back.value().view().data(), back.value().view().size()), key);
        QVERIFY(store.remove(QStringLiteral("vault-1/biometric")).ok());
        auto gone = store.read(QStringLiteral("vault-1/biometric"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QVERIFY(store.remove(QStringLiteral("never-there")).ok());
    }
    void failsClosedOnceTheSecretServiceIsGone()
    {
        m_keyring.terminate();
        QVERIFY(m_keyring.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            !privateBus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")), 10000);
        platform::SecretServiceKeyStore store(privateBus(), QStringLiteral("Health Passbook test"));
        QVERIFY(!store.isAvailable());
        QVERIFY(!store.unavailableReason().isEmpty());
        const auto stored =
            store.store(QStringLiteral("k"), crypto::SecureBuffer::copyOf(QByteArray(32, '\x5a')));
        QVERIFY(!stored.ok());
        // no insecure fallback: QtKeychain wrote no settings file of its own
        QDirIterator it(m_dir.filePath(QStringLiteral("home")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QVERIFY2(!file.contains(QStringLiteral("/.config/")), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestPlatformKeystore)
#include "tst_platform_keystore.moc"
