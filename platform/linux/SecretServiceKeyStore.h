#pragma once

#include "platform/SecureKeyStore.h"

#include <QDBusConnection>

namespace passbook::platform {

// The freedesktop Secret Service (GNOME Keyring, KWallet's bridge) through QtKeychain, with its
// insecure fallback switched off: when no Secret Service answers, storing fails rather than
// landing in a plain file. Entries live under the service name "Health Passbook".
class SecretServiceKeyStore final : public SecureKeyStore
{
public:
    // `bus` is where to look for the Secret Service (the session bus; tests pass a private one).
    explicit SecretServiceKeyStore(QDBusConnection bus, QString service = QStringLiteral("Health Passbook"));

    [[nodiscard]] bool isAvailable() override;
    [[nodiscard]] QString unavailableReason() const override { return m_reason; }
    [[nodiscard]] Result<void> store(const QString &name, const crypto::SecureBuffer &secret) override;
    [[nodiscard]] Result<crypto::SecureBuffer> read(const QString &name) override;
    [[nodiscard]] Result<void> remove(const QString &name) override;

private:
    QDBusConnection m_bus;
    QString m_service;
    QString m_reason;
};

} // namespace passbook::platform
