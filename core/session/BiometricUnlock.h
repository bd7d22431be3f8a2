#pragma once

#include "common/Result.h"
#include "platform/SecureKeyStore.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>

namespace passbook::session {

// Fingerprint unlock's rules (DESIGN.md §3, §9; OWASP MASVS AUTH-2), for whichever face asks the
// reader: the vault's biometric slot holds VK wrapped under a random key, and that key lives in the
// OS key store beside the enrolment it was made under, read only after the reader said the finger
// matched. When the key cannot be read, no longer opens the slot, or the enrolled fingers changed,
// fingerprint unlock is turned off with the reason, and the stale slot is removed at the next
// password unlock (removeStale).
class BiometricUnlock
{
    Q_DECLARE_TR_FUNCTIONS(BiometricUnlock)

public:
    BiometricUnlock(vault::VaultManager &vault, platform::SecureKeyStore &store)
        : m_vault(vault), m_store(store)
    {
    }

    // There is a slot and it was not turned off.
    [[nodiscard]] bool enabled() const;
    // Unlocked, after the reader matched: a new slot, its key stored with `enrollmentId`. Nothing
    // is left behind when storing fails.
    [[nodiscard]] Result<void> enrol(const QByteArray &enrollmentId);
    [[nodiscard]] Result<void> disable();
    // Locked, after the reader matched: opens the vault with the stored key. Any failure turns
    // fingerprint unlock off; the error says why and what to do.
    [[nodiscard]] Result<void> unlock(const QByteArray &enrolledNow);
    // Unlocked: removes the slot and key of a fingerprint unlock turned off while locked.
    void removeStale();
    // The vault `vaultId` is being erased from this device: its key store entry goes too.
    void forget(const QString &vaultId);

    static constexpr std::size_t kKeySize = 32;

private:
    [[nodiscard]] QString entryName() const;
    [[nodiscard]] static QString entryNameFor(const QString &vaultId)
    {
        return QStringLiteral("vault-%1/biometric").arg(vaultId);
    }
    [[nodiscard]] Error turnOff(const QString &why);

    vault::VaultManager &m_vault;
    platform::SecureKeyStore &m_store;
};

} // namespace passbook::session
