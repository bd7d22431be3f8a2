#pragma once

#include "Clock.h"
#include "UnlockThrottle.h"
#include "VaultDatabase.h"
#include "VaultHeader.h"
#include "common/Result.h"
#include "crypto/Mnemonic.h"
#include "crypto/SecureBuffer.h"
#include "crypto/SigningKey.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace passbook::vault {

// The error for anything that needs the vault's keys while it is locked (one sentence everywhere).
[[nodiscard]] Error vaultLocked(const QString &detail = QStringLiteral("vault locked"));

// Owns one profile's vault: vault.json (header, key slots, sealed identity), passbook.db
// (SQLCipher), unlock-throttle.json. While unlocked it holds the vault key, the signing key and the
// database handle; lock() wipes all three.
//
// The slow part of unlocking (Argon2id) is a static function so callers can run it on a worker
// thread and finish on their own thread: checkThrottle() -> unwrapPasswordSlot() -> completeUnlock().
class VaultManager : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NoVault,
        Locked,
        Unlocked
    };
    Q_ENUM(State)

    struct Created
    {
        crypto::Mnemonic mnemonic; // show once, then let go of it
        crypto::Address address;
    };

    // A new password, checked against the strength policy, with its Argon2id key already derived
    // (the slow part, safe to run on a worker thread).
    struct PreparedPassword
    {
        crypto::KdfParams kdf;
        crypto::SecureBuffer kek;
    };

    struct CheckReport
    {
        crypto::Address address;
        qint64 writeCounter = 0;
        int schemaVersion = 0;
    };

    explicit VaultManager(QString profileDir, QObject *parent = nullptr);
    ~VaultManager() override;

    // The wall clock, and (tests) a time since boot that moves with it in one endless boot.
    void setClock(Clock clock);
    // Fixed Argon2id cost instead of calibrating at creation (tests, benchmarks; never below 64 MiB).
    void setKdfCost(std::uint64_t opsLimit, std::uint64_t memLimit);

    [[nodiscard]] QString profileDir() const { return m_dir; }
    [[nodiscard]] QString headerPath() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] State state() const;
    // NotFound, in words, when this profile has no vault yet.
    [[nodiscard]] Result<void> requireVault() const;
    [[nodiscard]] bool isUnlocked() const { return m_vaultKey.size() == 32; }
    // The address from the header: public, readable without unlocking.
    [[nodiscard]] Result<crypto::Address> storedAddress() const;
    [[nodiscard]] Result<VaultHeader> readHeader() const { return VaultHeader::load(headerPath()); }

    [[nodiscard]] Result<PreparedPassword> preparePassword(const crypto::SecureBuffer &password) const;
    [[nodiscard]] Result<Created> create(const crypto::SecureBuffer &password,
                                         crypto::WordlistLanguage language);
    [[nodiscard]] Result<Created> create(PreparedPassword password, crypto::WordlistLanguage language);
    [[nodiscard]] Result<crypto::Address> restore(const crypto::Mnemonic &mnemonic,
                                                  const crypto::SecureBuffer &password);
    [[nodiscard]] Result<crypto::Address> restore(const crypto::Mnemonic &mnemonic,
                                                  PreparedPassword password);
    // The phrase may replace this profile's vault only when it is the same account (checked before
    // the slow password work; replaceWithRestore checks again).
    [[nodiscard]] Result<void> checkRestoreFits(const crypto::Mnemonic &mnemonic) const;
    // Restore over this profile's existing vault (forgotten password); only for the same account.
    [[nodiscard]] Result<crypto::Address> replaceWithRestore(const crypto::Mnemonic &mnemonic,
                                                             PreparedPassword password);

    [[nodiscard]] Result<void> unlock(const crypto::SecureBuffer &password);
    [[nodiscard]] Result<void> checkThrottle() const;
    [[nodiscard]] static Result<crypto::SecureBuffer>
    unwrapPasswordSlot(const VaultHeader &header, const crypto::SecureBuffer &password);
    [[nodiscard]] Result<void> completeUnlock(const VaultHeader &header,
                                              Result<crypto::SecureBuffer> vaultKey);
    void lock();

    // Re-authentication at the moment of a sensitive action (same throttle as unlocking).
    [[nodiscard]] Result<void> verifyPassword(const crypto::SecureBuffer &password);
    // A new password, and with it new keys: a new VK and so a new database key, the record database
    // and every cared-for copy re-encrypted (sqlcipher_export) and the identity sealed again, so that
    // a copy of the old vault.json opens nothing written since, even with the old password. The
    // vault locks for the change (work on other threads stops as at any lock) and is unlocked again
    // with the new keys. Crash-safe: the copies under the new keys are written and synced beside the
    // old files before the new header replaces the old one; whatever a crash interrupts is finished or
    // undone at the next unlock (finishInterruptedRekey), so exactly one password opens the vault,
    // with all of it. The fingerprint slot goes (it wraps the old VK).
    [[nodiscard]] Result<void> changePassword(const crypto::SecureBuffer &oldPassword,
                                              const crypto::SecureBuffer &newPassword);
    // Thread-split forms: run unwrapPasswordSlot()/preparePassword() on a worker, finish here.
    [[nodiscard]] Result<crypto::SecureBuffer>
    completeReauthentication(const VaultHeader &header, Result<crypto::SecureBuffer> unwrapped);
    [[nodiscard]] Result<void> completeChangePassword(const VaultHeader &header,
                                                      Result<crypto::SecureBuffer> oldKey,
                                                      PreparedPassword newPassword);
    [[nodiscard]] Result<crypto::Mnemonic> revealRecoveryPhrase(const crypto::SecureBuffer &password);
    // Deletes this device's copy (after re-authentication by the caller): the vault header first —
    // with it every wrapped key, so whatever a crash might leave behind cannot be decrypted — then
    // the record database and anything kept aside. Records stay at the hospitals, consents on the
    // ledger; the recovery phrase restores the account anywhere. Locks first.
    [[nodiscard]] Result<void> eraseDeviceCopy();

    // The optional biometric slot (DESIGN.md §3): VK wrapped under a random key that the OS key
    // store keeps behind a fingerprint or face check. Adding one (unlocked, after the password at
    // that moment) returns that key for the key store; unlocking with it needs the key back.
    static inline const QString kBiometricSlot = QStringLiteral("biometric");
    [[nodiscard]] bool hasBiometricSlot() const;
    [[nodiscard]] Result<crypto::SecureBuffer> addBiometricSlot();
    [[nodiscard]] Result<void> removeBiometricSlot();
    [[nodiscard]] Result<void> unlockWithBiometricKey(const crypto::SecureBuffer &slotKey);
    [[nodiscard]] Result<void> setAutoLockSeconds(int seconds);
    [[nodiscard]] int autoLockSeconds() const;
    // Unlocks, then reads every database page and checks the write counter, without changing anything.
    [[nodiscard]] Result<CheckReport> check(const crypto::SecureBuffer &password);
    // Moves a damaged or stale passbook.db aside (kept, never deleted) and starts an empty one;
    // records re-sync from hospitals and ledger state from the chain.
    [[nodiscard]] Result<QString> rebuildDatabase(const crypto::SecureBuffer &password);

    // A caregiver's copy of one cared-for patient's records: its own SQLCipher file under care/,
    // keyed from VK and the patient's address, so that it is deleted alone when the patient ends the
    // caregiver's access (and goes with the vault when this device's copy is erased).
    [[nodiscard]] QString careDatabasePath(const crypto::Address &patient) const;
    [[nodiscard]] Result<void> openCareDatabase(const crypto::Address &patient, VaultDatabase &db) const;
    // Deletes that copy; true when there was one.
    [[nodiscard]] Result<bool> removeCareDatabase(const crypto::Address &patient) const;

    [[nodiscard]] VaultDatabase *database() { return isUnlocked() ? &m_db : nullptr; }

    // The steps of a password change after which a crash leaves a different state on disk (tests
    // stop the process there and check that exactly one password opens everything).
    enum class RekeyStep
    {
        CopiesWritten, // new-key copies beside the old files, old header
        HeaderWritten, // new header, copies not yet moved over the old files
        DatabaseMoved  // the record database moved, cared-for copies not yet
    };
    void setRekeyCheckpoint(std::function<void(RekeyStep)> checkpoint)
    {
        m_rekeyCheckpoint = std::move(checkpoint);
    }
    // During a password change's lock-and-unlock (stateChanged is emitted then too; a screen may wait
    // for keysChanged instead of showing the lock in between).
    [[nodiscard]] bool changingKeys() const { return m_changingKeys; }
    [[nodiscard]] const crypto::SigningKey *signingKey() const
    {
        return isUnlocked() ? &m_signingKey : nullptr;
    }
    [[nodiscard]] crypto::Address address() const { return m_signingKey.address(); }
    [[nodiscard]] UnlockThrottle throttle() const;

signals:
    void stateChanged();
    void lockedNow();
    // Emitted (directly) just before the keys and the database handle go away.
    void aboutToLock();
    // Emitted (directly) when this device's copy is about to be erased: whatever else holds a key
    // of this vault (the OS key store's fingerprint entry) goes with it.
    void erasing(const QString &vaultId);
    // A password change ended (with new keys, or with the old ones after a failure): see state().
    void keysChanged();

private:
    [[nodiscard]] Result<crypto::SecureBuffer> finishAuthentication(const VaultHeader &header,
                                                                    Result<crypto::SecureBuffer> vaultKey);
    [[nodiscard]] Result<crypto::SecureBuffer> authenticate(const crypto::SecureBuffer &password,
                                                            VaultHeader &header);
    [[nodiscard]] Result<crypto::SecureBuffer> unwrapChecked(const crypto::SecureBuffer &password,
                                                             VaultHeader &header);
    [[nodiscard]] Result<void> openIdentity(const VaultHeader &header, const crypto::SecureBuffer &vaultKey,
                                            crypto::SigningKey &out) const;
    [[nodiscard]] Result<void> reconcileCounter(VaultHeader &header, bool bump);
    // VaultRekey.cpp
    [[nodiscard]] Result<void> rekey(PreparedPassword password);
    [[nodiscard]] Result<qint64> writeRekeyedCopies(const crypto::SecureBuffer &oldKey,
                                                    const crypto::SecureBuffer &newKey,
                                                    const VaultHeader &header,
                                                    const QList<crypto::Address> &cared) const;
    void removeRekeyedCopies(const QList<crypto::Address> &cared) const;
    // Before the databases open: complete copies under `vaultKey` (the record database's naming vault
    // `vaultId`) left by an interrupted password change replace the old files; a copy under other
    // keys (a change that never took effect) is deleted when the file it would replace opens with
    // `vaultKey`, and otherwise both are left alone; a copy interrupted while written is deleted.
    [[nodiscard]] Result<void> finishInterruptedRekey(const crypto::SecureBuffer &vaultKey,
                                                      const QString &vaultId);
    [[nodiscard]] QList<crypto::Address> caredForCopies() const;
    void reached(RekeyStep step) const
    {
        if (m_rekeyCheckpoint) {
            m_rekeyCheckpoint(step);
        }
    }

    QString m_dir;
    Clock m_clock;
    BootClock m_bootClock;
    std::optional<std::pair<std::uint64_t, std::uint64_t>> m_kdfCost;
    crypto::SecureBuffer m_vaultKey;
    crypto::SigningKey m_signingKey;
    VaultDatabase m_db;
    VaultHeader m_header; // as last verified while unlocked
    std::function<void(RekeyStep)> m_rekeyCheckpoint;
    bool m_changingKeys = false;
};

// The key of a cared-for patient's copy: BLAKE2b keyed with a VK subkey over the patient's address.
[[nodiscard]] crypto::SecureBuffer careDatabaseKey(const crypto::SecureBuffer &vaultKey,
                                                   const crypto::Address &patient);

// Signing key of a recovery phrase at m/44'/60'/0'/0/0.
[[nodiscard]] Result<crypto::SigningKey> accountKey(const crypto::Mnemonic &mnemonic);

} // namespace passbook::vault
