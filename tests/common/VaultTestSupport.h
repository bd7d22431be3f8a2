#pragma once

#include "TestHelpers.h"
#include "crypto/SecureBuffer.h"
#include "vault/VaultManager.h"

#include <QFile>
#include <QStandardPaths>

namespace passbook::test {

// The fastest Argon2id cost the vault accepts (1 pass, 64 MiB): tests must not spend seconds on
// calibration, and the 64 MiB floor still holds.
inline void useFastKdf(vault::VaultManager &vault)
{
    vault.setKdfCost(1, 64ULL * 1024 * 1024);
}

inline crypto::SecureBuffer secret(const char *text)
{
    return crypto::SecureBuffer::copyOf(QByteArrayView(text));
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

inline const char *kGoodPassword = "correct horse battery staple";
inline const char *kOtherPassword = "purple elephant tuesday 42";

} // namespace passbook::test
