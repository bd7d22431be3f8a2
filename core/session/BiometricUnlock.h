#pragma once

#include "common/Result.h"
#include "platform/SecureKeyStore.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>

namespace passbook::session {

// Fingerprint unlock's rules (DESIGN.md §3, §9; OWASP MASVS AUTH-2), for whichever face asks the
// reader: the vault's biometric slot holds VK wrapped under a random key, and that key lives in the
// OS key store beside the enrolment it was made under, read only after the reader said the finger
// matched. The enrolment is also kept in the vault's database, so a change of enrolled fingers is
// noticed even after the key store forgot the key.
//
// Where the store keeps keys for a login session or a process only (Linux: the kernel keyring, or
// memory), the key is expected to go at logout or restart: fingerprint unlock then stays on but
// waits for one password unlock, which makes a new slot key (rearm). Where the store is meant to
// keep it (Android, Apple), a missing key is a fault. When the key cannot be read, no longer opens
// the slot, or the enrolled fingers changed, fingerprint unlock is turned off with the reason, and
// the stale slot is removed at the next password unlock (removeStale).
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
    // Enabled, and the key store holds its key now (a finger can unlock).
    [[nodiscard]] bool ready() const;
    // What to tell someone whose store forgot the key: the password once, then the finger again.
    [[nodiscard]] QString passwordFirst() const;
    // Where the key is kept and what that protects against, for Settings.
    [[nodiscard]] QString keyScope() const;
    // The store forgets keys at logout or restart (or when the app quits).
    [[nodiscard]] bool keyLastsOneSession() const
    {
        return m_store.lifetime() != platform::SecureKeyStore::Lifetime::Device;
    }
    // Unlocked, after the reader matched: a new slot, its key stored with `enrollmentId`. Nothing
    // is left behind when storing fails.
    [[nodiscard]] Result<void> enrol(const QByteArray &enrollmentId);
    [[nodiscard]] Result<void> disable();
    // Locked, after the reader matched: opens the vault with the stored key. Any failure turns
    // fingerprint unlock off; the error says why and what to do.
    [[nodiscard]] Result<void> unlock(const QByteArray &enrolledNow);
    // Unlocked: removes the slot and key of a fingerprint unlock turned off while locked.
    void removeStale();
    // Unlocked, enabled, and the store forgot the key (a new login).
    [[nodiscard]] bool needsRearm() const;
    // Unlocked with the password, enabled, and the store forgot the key (a new login): a new slot
    // key, if the enrolled fingers are the ones it was turned on with; otherwise it is turned off
    // and the error says why. Nothing to do is success.
    [[nodiscard]] Result<void> rearm(const QByteArray &enrolledNow);
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
    [[nodiscard]] Result<void> addSlot(const QByteArray &enrollmentId);
    void forgetEnrolment();

    vault::VaultManager &m_vault;
    platform::SecureKeyStore &m_store;
};

} // namespace passbook::session
