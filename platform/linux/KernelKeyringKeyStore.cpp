#include "KernelKeyringKeyStore.h"

#include <QCoreApplication>

#include <keyutils.h>

#include <cerrno>
#include <cstring>

namespace passbook::platform {

namespace {
// Everything for the possessor (this login's processes), nothing for anyone else — not even other
// processes of the same user that do not hold this session keyring.
constexpr key_perm_t kPossessorOnly =
    KEY_POS_VIEW | KEY_POS_READ | KEY_POS_WRITE | KEY_POS_SEARCH | KEY_POS_LINK | KEY_POS_SETATTR;

Error keyringError(const char *what, int error)
{
    return makeError(
        ErrorCode::Unreachable, QCoreApplication::translate("passbook", "The key store could not be used."),
        QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLatin1(strerror(error))));
}

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("passbook", "The key is no longer in the key store."),
                     QStringLiteral("no such key in the session keyring"));
}

// The errors that mean "no such key (any more)": never stored, removed, expired, revoked.
bool isGone(int error)
{
    return error == ENOKEY || error == EKEYEXPIRED || error == EKEYREVOKED;
}
} // namespace

KernelKeyringKeyStore::KernelKeyringKeyStore(QString prefix, unsigned timeoutSeconds)
    : m_prefix(std::move(prefix)), m_timeoutSeconds(timeoutSeconds)
{
}

bool KernelKeyringKeyStore::kernelAllows()
{
    // Asks for the session keyring's id without creating one: refused only where the system calls are.
    const key_serial_t id = keyctl_get_keyring_ID(KEY_SPEC_SESSION_KEYRING, 0);
    return id >= 0 || (errno != ENOSYS && errno != EPERM && errno != EACCES);
}

bool KernelKeyringKeyStore::isAvailable()
{
    if (!kernelAllows()) {
        m_reason = QCoreApplication::translate(
            "passbook", "This computer does not let the app use the kernel's key store.");
        return false;
    }
    m_reason.clear();
    return true;
}

QByteArray KernelKeyringKeyStore::description(const QString &name) const
{
    return (m_prefix + QLatin1Char(':') + name).toUtf8();
}

Result<void> KernelKeyringKeyStore::store(const QString &name, const crypto::SecureBuffer &secret)
{
    const QByteArray desc = description(name);
    // add_key replaces the payload of a key of the same description in the same keyring.
    const key_serial_t id =
        add_key("user", desc.constData(), secret.data(), secret.size(), KEY_SPEC_SESSION_KEYRING);
    if (id < 0) {
        return keyringError("add_key", errno);
    }
    if (keyctl_setperm(id, kPossessorOnly) < 0 || keyctl_set_timeout(id, m_timeoutSeconds) < 0) {
        const int error = errno;
        (void)keyctl_invalidate(id); // no key with wider rights or an endless life is left behind
        return keyringError("keyctl setperm/set_timeout", error);
    }
    return {};
}

Result<crypto::SecureBuffer> KernelKeyringKeyStore::read(const QString &name)
{
    const QByteArray desc = description(name);
    const key_serial_t id = keyctl_search(KEY_SPEC_SESSION_KEYRING, "user", desc.constData(), 0);
    if (id < 0) {
        return isGone(errno) ? Result<crypto::SecureBuffer>(notFound())
                             : keyringError("keyctl_search", errno);
    }
    const long size = keyctl_read(id, nullptr, 0);
    if (size < 0) {
        return isGone(errno) ? Result<crypto::SecureBuffer>(notFound()) : keyringError("keyctl_read", errno);
    }
    if (size == 0 || size > 4096) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("passbook", "The key store gave back something unusable."),
            QStringLiteral("session keyring entry of %1 bytes").arg(size));
    }
    // straight into secure memory: no intermediate copy
    crypto::SecureBuffer out{std::size_t(size)};
    const long got = keyctl_read(id, reinterpret_cast<char *>(out.data()), std::size_t(size));
    if (got != size) {
        return got < 0 && isGone(errno) ? Result<crypto::SecureBuffer>(notFound())
                                        : keyringError("keyctl_read", got < 0 ? errno : EIO);
    }
    return out;
}

Result<void> KernelKeyringKeyStore::remove(const QString &name)
{
    const QByteArray desc = description(name);
    const key_serial_t id = keyctl_search(KEY_SPEC_SESSION_KEYRING, "user", desc.constData(), 0);
    if (id < 0) {
        return isGone(errno) ? Result<void>() : Result<void>(keyringError("keyctl_search", errno));
    }
    // Invalidated, not just unlinked: gone at once from every keyring that links it.
    if (keyctl_invalidate(id) < 0 && !isGone(errno)) {
        return keyringError("keyctl_invalidate", errno);
    }
    return {};
}

} // namespace passbook::platform
