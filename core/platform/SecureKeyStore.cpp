#include "SecureKeyStore.h"

#include <QCoreApplication>

namespace passbook::platform {

QString NullSecureKeyStore::unavailableReason() const
{
    return QCoreApplication::translate("passbook", "This device has no secure key store the app can use.");
}

Result<void> NullSecureKeyStore::store(const QString &, const crypto::SecureBuffer &)
{
    return makeError(ErrorCode::Unreachable, unavailableReason(), QStringLiteral("no key store"));
}

Result<crypto::SecureBuffer> NullSecureKeyStore::read(const QString &)
{
    return makeError(ErrorCode::Unreachable, unavailableReason(), QStringLiteral("no key store"));
}

Result<void> NullSecureKeyStore::remove(const QString &)
{
    return {};
}

Result<void> MemoryKeyStore::store(const QString &name, const crypto::SecureBuffer &secret)
{
    std::lock_guard guard(m_mutex);
    m_keys.insert_or_assign(name, secret.clone());
    return {};
}

Result<crypto::SecureBuffer> MemoryKeyStore::read(const QString &name)
{
    std::lock_guard guard(m_mutex);
    const auto it = m_keys.find(name);
    if (it == m_keys.end()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("passbook", "The key is no longer in the key store."),
                         QStringLiteral("no such key in memory"));
    }
    return it->second.clone();
}

Result<void> MemoryKeyStore::remove(const QString &name)
{
    std::lock_guard guard(m_mutex);
    m_keys.erase(name); // its SecureBuffer wipes the key
    return {};
}

} // namespace passbook::platform
