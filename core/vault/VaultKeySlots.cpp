// VaultManager: its key slots — the biometric slot, re-authentication, changing the password,
// showing the recovery phrase again.
#include "VaultManager.h"
#include "VaultManagerPrivate.h"

#include "crypto/Aead.h"
#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <sodium.h>

Q_DECLARE_LOGGING_CATEGORY(lcVault)

namespace passbook::vault {

using crypto::Address;
using crypto::Aead;
using crypto::Mnemonic;
using crypto::SecureBuffer;
using crypto::SigningKey;
using namespace detail;

bool VaultManager::hasBiometricSlot() const
{
    if (isUnlocked()) {
        return m_header.slot(kBiometricSlot) != nullptr;
    }
    auto h = readHeader();
    return h && h.value().slot(kBiometricSlot) != nullptr;
}

Result<SecureBuffer> VaultManager::addBiometricSlot()
{
    if (!isUnlocked()) {
        return vaultLocked();
    }
    SecureBuffer slotKey = SecureBuffer::random(32);
    VaultHeader h = m_header;
    h.keySlots.removeIf([](const KeySlot &s) { return s.name == kBiometricSlot; });
    KeySlot slot;
    slot.name = kBiometricSlot;
    slot.wrappedKey = Aead::seal(slotKey, m_vaultKey, h.slotAssociatedData(slot));
    h.keySlots.append(slot);
    if (auto r = reconcileCounter(h, true); !r) {
        return r.error();
    }
    m_header = h;
    qCInfo(lcVault) << "biometric slot added";
    return slotKey;
}

Result<void> VaultManager::removeBiometricSlot()
{
    if (!isUnlocked()) {
        // also when locked: a slot whose key is gone is dropped from the header on its own
        auto header = readHeader();
        if (!header) {
            return header.error();
        }
        if (!header.value().slot(kBiometricSlot)) {
            return {};
        }
        return vaultLocked();
    }
    if (!m_header.slot(kBiometricSlot)) {
        return {};
    }
    VaultHeader h = m_header;
    h.keySlots.removeIf([](const KeySlot &s) { return s.name == kBiometricSlot; });
    if (auto r = reconcileCounter(h, true); !r) {
        return r.error();
    }
    m_header = h;
    qCInfo(lcVault) << "biometric slot removed";
    return {};
}

Result<void> VaultManager::unlockWithBiometricKey(const SecureBuffer &slotKey)
{
    auto header = readHeader();
    if (!header) {
        return header.error();
    }
    const KeySlot *slot = header.value().slot(kBiometricSlot);
    if (!slot) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("passbook", "Fingerprint unlock is not set up; use your password."),
            QStringLiteral("no biometric slot"));
    }
    auto vk = Aead::open(slotKey, slot->wrappedKey, header.value().slotAssociatedData(*slot));
    if (!vk) {
        // Not a wrong password: the key store gave back a key that does not open the slot.
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("passbook",
                                                     "Fingerprint unlock no longer works on this device; "
                                                     "use your password, then turn it on again."),
                         QStringLiteral("biometric slot did not open"));
    }
    return completeUnlock(header.value(), std::move(vk).value());
}

Result<SecureBuffer> VaultManager::completeReauthentication(const VaultHeader &header,
                                                            Result<SecureBuffer> unwrapped)
{
    if (!isUnlocked()) {
        return vaultLocked();
    }
    auto vk = finishAuthentication(header, std::move(unwrapped));
    if (vk && !vk.value().equals(m_vaultKey)) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("passbook", "The vault file changed while the app was using it."),
            QStringLiteral("header changed under us"));
    }
    return vk;
}

Result<SecureBuffer> VaultManager::unwrapChecked(const SecureBuffer &password, VaultHeader &header)
{
    if (!isUnlocked()) {
        return vaultLocked();
    }
    auto h = readHeader();
    if (!h) {
        return h.error();
    }
    if (auto r = checkThrottle(); !r) {
        return r.error();
    }
    header = h.value();
    return completeReauthentication(header, unwrapPasswordSlot(header, password));
}

Result<void> VaultManager::verifyPassword(const SecureBuffer &password)
{
    VaultHeader h;
    auto vk = unwrapChecked(password, h);
    if (!vk) {
        return vk.error();
    }
    return {};
}

Result<void> VaultManager::changePassword(const SecureBuffer &oldPassword, const SecureBuffer &newPassword)
{
    if (!isUnlocked()) {
        return vaultLocked();
    }
    auto h = readHeader();
    if (!h) {
        return h.error();
    }
    if (auto r = checkThrottle(); !r) {
        return r.error();
    }
    auto prepared = preparePassword(newPassword);
    if (!prepared) {
        return prepared.error();
    }
    return completeChangePassword(h.value(), unwrapPasswordSlot(h.value(), oldPassword),
                                  std::move(prepared).value());
}

Result<void> VaultManager::completeChangePassword(const VaultHeader &header, Result<SecureBuffer> oldKey,
                                                  PreparedPassword newPassword)
{
    auto vk = completeReauthentication(header, std::move(oldKey));
    if (!vk) {
        return vk.error();
    }
    return rekey(std::move(newPassword));
}

Result<Mnemonic> VaultManager::revealRecoveryPhrase(const SecureBuffer &password)
{
    VaultHeader h;
    auto vk = unwrapChecked(password, h);
    if (!vk) {
        return vk.error();
    }
    auto entropy = Aead::open(m_vaultKey, h.sealedIdentity, h.identityAssociatedData());
    if (!entropy) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("passbook", "The recovery phrase cannot be read from the vault."),
            QStringLiteral("identity did not open"));
    }
    return Mnemonic::fromEntropy(
        std::move(entropy).value(),
        crypto::languageFromCode(h.language).value_or(crypto::WordlistLanguage::English));
}

} // namespace passbook::vault
