#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

namespace passbook::platform {

// The OS key store (Secret Service, Android Keystore, Apple Keychain). It only ever holds a random
// key that wraps the vault key in the vault's own "biometric" slot — never the vault key, the
// signing key or the phrase — and it fails closed: no fallback to a plain file.
class SecureKeyStore
{
public:
    virtual ~SecureKeyStore() = default;

    [[nodiscard]] virtual bool isAvailable() = 0;
    [[nodiscard]] virtual QString unavailableReason() const = 0;
    [[nodiscard]] virtual Result<void> store(const QString &name, const crypto::SecureBuffer &secret) = 0;
    // NotFound when there is no such entry (deleted, or the store was reset).
    [[nodiscard]] virtual Result<crypto::SecureBuffer> read(const QString &name) = 0;
    [[nodiscard]] virtual Result<void> remove(const QString &name) = 0;
};

class NullSecureKeyStore final : public SecureKeyStore
{
public:
    [[nodiscard]] bool isAvailable() override { return false; }
    [[nodiscard]] QString unavailableReason() const override;
    [[nodiscard]] Result<void> store(const QString &, const crypto::SecureBuffer &) override;
    [[nodiscard]] Result<crypto::SecureBuffer> read(const QString &) override;
    [[nodiscard]] Result<void> remove(const QString &) override;
};

} // namespace passbook::platform
