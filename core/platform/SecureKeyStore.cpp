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

} // namespace passbook::platform
