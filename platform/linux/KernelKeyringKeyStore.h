#pragma once

#include "platform/SecureKeyStore.h"

namespace passbook::platform {

// The Linux kernel's session keyring (keyrings(7), through libkeyutils) as the key store for the
// fingerprint slot's key. The key lives in kernel memory only: never on disk, gone when the
// computer restarts, when the login session that holds the keyring ends (or, where the login made
// no keyring of its own, when the user's last process ends), and at the latest `timeoutSeconds`
// after it was stored. Only processes that possess the session keyring — this login's — can read
// it (the key's permissions give nothing to other processes of the same user): fingerprint unlock
// then needs the password once per login, as KeePassXC's quick unlock does.
class KernelKeyringKeyStore final : public SecureKeyStore
{
public:
    static constexpr unsigned kDefaultTimeoutSeconds = 24 * 3600;

    explicit KernelKeyringKeyStore(QString prefix = QStringLiteral("health-passbook"),
                                   unsigned timeoutSeconds = kDefaultTimeoutSeconds);

    // Whether this process may use kernel keyrings at all (containers often forbid the calls).
    [[nodiscard]] static bool kernelAllows();

    [[nodiscard]] bool isAvailable() override;
    [[nodiscard]] QString unavailableReason() const override { return m_reason; }
    [[nodiscard]] Lifetime lifetime() const override { return Lifetime::LoginSession; }
    [[nodiscard]] Result<void> store(const QString &name, const crypto::SecureBuffer &secret) override;
    [[nodiscard]] Result<crypto::SecureBuffer> read(const QString &name) override;
    [[nodiscard]] Result<void> remove(const QString &name) override;

private:
    [[nodiscard]] QByteArray description(const QString &name) const;

    QString m_prefix;
    unsigned m_timeoutSeconds;
    QString m_reason;
};

} // namespace passbook::platform
