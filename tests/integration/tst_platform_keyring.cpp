// KernelKeyringKeyStore against this machine's kernel: the fingerprint key lives in the session
// keyring of one login, readable by that login's processes only, never by another login of the same
// user even if it knows the key's id, and gone after its timeout. The test runs in a session keyring
// of its own (a fresh "login"), so it neither sees nor leaves anything in the machine's.
#include "KernelKeyringKeyStore.h"
#include "TestHelpers.h"

#include <QElapsedTimer>
#include <QTest>

#include <keyutils.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>

using namespace passbook;
using platform::KernelKeyringKeyStore;
using platform::SecureKeyStore;

namespace {
const QString kName = QStringLiteral("vault-test/biometric");

// Runs `check` in a child process (a copy of this one) and returns its exit code; 127 if it
// could not be started. The child never returns into the test.
int inChild(const std::function<int()> &check)
{
    const pid_t pid = fork();
    if (pid < 0) {
        return 127;
    }
    if (pid == 0) {
        _exit(check());
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
        return 127;
    }
    return WEXITSTATUS(status);
}

key_serial_t keyId(const QString &description)
{
    return keyctl_search(KEY_SPEC_SESSION_KEYRING, "user", description.toUtf8().constData(), 0);
}
} // namespace

class TestPlatformKeyring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(KernelKeyringKeyStore::kernelAllows(), "this kernel (or its sandbox) refuses keyrings");
        // a new anonymous session keyring: this test's own login
        QVERIFY(keyctl_join_session_keyring(nullptr) >= 0);
    }

    void storesReadsReplacesAndRemoves()
    {
        KernelKeyringKeyStore store(QStringLiteral("passbook-test"));
        QVERIFY(store.isAvailable());
        QCOMPARE(store.lifetime(), SecureKeyStore::Lifetime::LoginSession);
        QCOMPARE(store.read(kName).error().code, ErrorCode::NotFound);
        PB_VERIFY_OK(store.store(kName, crypto::SecureBuffer::copyOf(QByteArrayView("first key"))));
        QCOMPARE(store.read(kName).value().view(), QByteArrayView("first key"));
        PB_VERIFY_OK(store.store(kName, crypto::SecureBuffer::copyOf(QByteArrayView("second key"))));
        QCOMPARE(store.read(kName).value().view(), QByteArrayView("second key"));
        // another app's prefix is another name
        KernelKeyringKeyStore other(QStringLiteral("passbook-other"));
        QCOMPARE(other.read(kName).error().code, ErrorCode::NotFound);
        PB_VERIFY_OK(store.remove(kName));
        QCOMPARE(store.read(kName).error().code, ErrorCode::NotFound);
        QCOMPARE(keyId(QStringLiteral("passbook-test:") + kName), -1); // invalidated, not just unlinked
        PB_VERIFY_OK(store.remove(kName));
    }

    void onlyThisLoginCanReadIt()
    {
        KernelKeyringKeyStore store(QStringLiteral("passbook-test"));
        PB_VERIFY_OK(store.store(kName, crypto::SecureBuffer::copyOf(QByteArrayView("slot key"))));
        const key_serial_t id = keyId(QStringLiteral("passbook-test:") + kName);
        QVERIFY(id > 0);
        // nothing for the user, group or others: only possessors (holders of this session keyring)
        char *described = nullptr;
        QVERIFY(keyctl_describe_alloc(id, &described) > 0);
        const QStringList fields = QString::fromUtf8(described).split(QLatin1Char(';'));
        free(described);
        QCOMPARE(fields.value(0), QStringLiteral("user"));
        bool ok = false;
        const uint perm = fields.value(3).toUInt(&ok, 16);
        QVERIFY(ok);
        QCOMPARE(perm & 0x00ffffffu, 0u);
        QVERIFY(perm & KEY_POS_READ);

        // a process of this login (a child keeps the session keyring) reads it — the limit the README
        // states: a program running in your own login could read the key
        QCOMPARE(inChild([] {
                     KernelKeyringKeyStore child(QStringLiteral("passbook-test"));
                     auto got = child.read(kName);
                     return got && got.value().view() == QByteArrayView("slot key") ? 0 : 1;
                 }),
                 0);
        // another login of the same user (its own session keyring) finds nothing, and cannot read the
        // key even by its id
        QCOMPARE(inChild([id] {
                     if (keyctl_join_session_keyring(nullptr) < 0) {
                         return 2;
                     }
                     KernelKeyringKeyStore child(QStringLiteral("passbook-test"));
                     if (child.read(kName) || child.read(kName).error().code != ErrorCode::NotFound) {
                         return 1;
                     }
                     char buffer[64];
                     return keyctl_read(id, buffer, sizeof buffer) < 0 && errno == EACCES ? 0 : 3;
                 }),
                 0);
        PB_VERIFY_OK(store.remove(kName));
    }

    void goesAfterItsTimeout()
    {
        KernelKeyringKeyStore store(QStringLiteral("passbook-test"), 1);
        PB_VERIFY_OK(store.store(kName, crypto::SecureBuffer::copyOf(QByteArrayView("short-lived"))));
        QCOMPARE(store.read(kName).value().view(), QByteArrayView("short-lived"));
        // the kernel counts whole seconds: gone within three
        QElapsedTimer waited;
        waited.start();
        while (store.read(kName) && waited.elapsed() < 3000) {
            QTest::qWait(100);
        }
        const auto gone = store.read(kName);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        // storing again after expiry works (a new key, a new timeout)
        PB_VERIFY_OK(store.store(kName, crypto::SecureBuffer::copyOf(QByteArrayView("again"))));
        QCOMPARE(store.read(kName).value().view(), QByteArrayView("again"));
        PB_VERIFY_OK(store.remove(kName));
    }
};

QTEST_GUILESS_MAIN(TestPlatformKeyring)
#include "tst_platform_keyring.moc"
