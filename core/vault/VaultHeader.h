#pragma once

#include "common/Result.h"
#include "crypto/Address.h"
#include "crypto/PasswordKdf.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace passbook::vault {

// vault.json: everything needed to unlock, as versioned JSON written atomically.
//
// - Key keySlots wrap the vault key VK with XChaCha20-Poly1305; their associated data binds format,
//   version, vault id, address, KDF parameters and slot name, so moving any of them breaks the seal.
// - The identity (BIP-39 entropy) is sealed under VK.
// - `checksum` (SHA-256 of the canonical body) catches accidental damage before the KDF runs, so
//   people are told "damaged" rather than "wrong password"; `mac` (keyed by a subkey of VK) catches
//   deliberate edits, including to the write counter and settings.
struct KeySlot
{
    QString name;          // "password" or "biometric"
    crypto::KdfParams kdf; // meaningful for the password slot
    QByteArray wrappedKey;
};

struct VaultHeader
{
    static constexpr int kVersion = 1;
    static inline const QString kFormat = QStringLiteral("health-passbook-vault");

    QString vaultId; // 16 random bytes, hex
    crypto::Address address;
    QString language; // recovery-phrase wordlist: en, zh_TW, ko
    QString created;  // ISO 8601 UTC
    qint64 writeCounter = 0;
    int autoLockSeconds = 300;
    QList<KeySlot> keySlots;
    QByteArray sealedIdentity;
    QByteArray mac;

    [[nodiscard]] const KeySlot *slot(const QString &name) const;
    [[nodiscard]] QByteArray slotAssociatedData(const KeySlot &slot) const;
    [[nodiscard]] QByteArray identityAssociatedData() const;

    // Serialisation. fromJson validates structure and checksum: a truncated, hand-edited or
    // foreign file is reported as damaged with a sentence for people.
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static Result<VaultHeader> fromJson(const QByteArray &json);

    // MAC over the canonical body with a key derived from VK.
    [[nodiscard]] QByteArray computeMac(const crypto::SecureBuffer &vaultKey) const;
    void seal(const crypto::SecureBuffer &vaultKey) { mac = computeMac(vaultKey); }
    [[nodiscard]] bool verifyMac(const crypto::SecureBuffer &vaultKey) const;

    [[nodiscard]] static Result<VaultHeader> load(const QString &path);
    // Atomic replace (QSaveFile): on any failure the previous file is untouched.
    [[nodiscard]] Result<void> save(const QString &path) const;

private:
    [[nodiscard]] QJsonObject body() const;
};

// Subkeys of VK (crypto_kdf_derive_from_key), one per purpose.
[[nodiscard]] crypto::SecureBuffer deriveSubkey(const crypto::SecureBuffer &vaultKey, quint64 id,
                                                const char context[8]);
[[nodiscard]] crypto::SecureBuffer databaseKey(const crypto::SecureBuffer &vaultKey); // (1, "PBDBKEY0")

} // namespace passbook::vault
