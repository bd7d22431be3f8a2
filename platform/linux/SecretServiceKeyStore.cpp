#include "SecretServiceKeyStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace passbook::platform {

namespace {
// Runs one QtKeychain job to its end (they are asynchronous; callers here want an answer).
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error storeError(const QKeychain::Job &job, const char *what)
{
    const QString message =
        job.error() == QKeychain::NoBackendAvailable
            ? QCoreApplication::translate("passbook",
                                          "No secure key store (Secret Service) is running on this computer.")
        : job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser
            ? QCoreApplication::translate("passbook", "The key store refused access.")
            : QCoreApplication::translate("passbook", "The key store could not be used.");
    return makeError(job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser
                         ? ErrorCode::Rejected
                         : ErrorCode::Unreachable,
                     message, QStringLiteral("%1: %2").arg(QString::fromLatin1(what), job.errorString()));
}
} // namespace

SecretServiceKeyStore::SecretServiceKeyStore(QDBusConnection bus, QString service)
    : m_bus(std::move(bus)), m_service(std::move(service))
{
}

bool SecretServiceKeyStore::isAvailable()
{
    // libsecret answers "not found" to a read even when no Secret Service exists, so ask the bus.
    const QString name = QStringLiteral("org.freedesktop.secrets");
    // Only a running one counts: one that could merely be started on demand may be unable to
    // unlock without a login session, and biometric unlock is then better not offered.
    const bool present =
        m_bus.isConnected() && m_bus.interface() && m_bus.interface()->isServiceRegistered(name);
    if (!present) {
        m_reason = QCoreApplication::translate(
            "passbook", "No secure key store (Secret Service) is running on this computer.");
        return false;
    }
    m_reason.clear();
    return true;
}

Result<void> SecretServiceKeyStore::store(const QString &name, const crypto::SecureBuffer &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    // The job keeps a shared reference to these bytes: wiped in place once it has run (zeroing
    // through data() would detach and wipe a copy, leaving the key in the job's buffer). Copies
    // QtKeychain's libsecret backend makes of its own (it base64-encodes the bytes) are beyond our
    // reach: one more reason the Linux fingerprint key is not hardware-bound (README).
    const QByteArray copy(secret.view().data(), secret.view().size());
    job.setBinaryData(copy);
    runJob(job);
    crypto::wipeInPlace(copy);
    if (job.error() != QKeychain::NoError) {
        return storeError(job, "write");
    }
    return {};
}

Result<crypto::SecureBuffer> SecretServiceKeyStore::read(const QString &name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("passbook", "The key store no longer has this key."),
                         QStringLiteral("entry not found"));
    }
    if (job.error() != QKeychain::NoError) {
        return storeError(job, "read");
    }
    const QByteArray data = job.binaryData(); // shared with the job's own buffer
    crypto::SecureBuffer out = crypto::SecureBuffer::copyOf(data);
    crypto::wipeInPlace(data);
    return out;
}

Result<void> SecretServiceKeyStore::remove(const QString &name)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        return storeError(job, "delete");
    }
    return {};
}

} // namespace passbook::platform
