#include "BiometricUnlock.h"

#include "crypto/Hex.h"

#include <QSettings>

#include <sodium.h>

namespace passbook::session {

namespace {
// The vault whose fingerprint unlock was turned off while it was locked (its header could not be
// rewritten then).
const QString kInvalidKey = QStringLiteral("biometric/invalid");
// In the vault's database: the enrolment fingerprint unlock was turned on under (a digest of the
// reader and its enrolled fingers, see BiometricAuthenticator::enrollmentId).
const QString kEnrolmentMeta = QStringLiteral("biometric_enrolment");
} // namespace

bool BiometricUnlock::enabled() const
{
    auto h = m_vault.readHeader();
    return m_vault.hasBiometricSlot() && h && QSettings().value(kInvalidKey).toString() != h.value().vaultId;
}

QString BiometricUnlock::passwordFirst() const
{
    return m_store.lifetime() == platform::SecureKeyStore::Lifetime::Process
               ? tr("Unlock with your password once: after that, your fingerprint unlocks the app until you "
                    "quit it.")
               : tr("Unlock with your password once: after that, your fingerprint unlocks the app for up to "
                    "a "
                    "day, until you log out or restart the computer.");
}

QString BiometricUnlock::keyScope() const
{
    switch (m_store.lifetime()) {
    case platform::SecureKeyStore::Lifetime::LoginSession:
        return tr(
            "The key your finger releases is kept only in your login's memory (the system's kernel key "
            "store), never on disk: after you log out, restart or a day has passed, your password is needed "
            "once. It keeps the vault closed to backups, copied or stolen disks and other logins; a program "
            "running in your own login could still read the key.");
    case platform::SecureKeyStore::Lifetime::Process:
        return tr("The key your finger releases is kept only in this app's memory, never on disk: after the "
                  "app quits, your password is needed once. Other programs cannot read it.");
    case platform::SecureKeyStore::Lifetime::Device:
        break;
    }
    return tr("The key your finger releases is kept in this device's hardware key store, which gives it out "
              "only after a fingerprint, and forgets it when the enrolled fingerprints change.");
}

bool BiometricUnlock::ready() const
{
    if (!enabled()) {
        return false;
    }
    return !keyLastsOneSession() || m_store.read(entryName()).ok();
}

QString BiometricUnlock::entryName() const
{
    auto h = m_vault.readHeader();
    return h ? entryNameFor(h.value().vaultId) : QString();
}

void BiometricUnlock::forget(const QString &vaultId)
{
    (void)m_store.remove(entryNameFor(vaultId)); // none there, or no key store: nothing to remove
    if (QSettings().value(kInvalidKey).toString() == vaultId) {
        QSettings().remove(kInvalidKey);
    }
}

Error BiometricUnlock::turnOff(const QString &why)
{
    if (auto h = m_vault.readHeader()) {
        QSettings().setValue(kInvalidKey, h.value().vaultId);
    }
    return makeError(ErrorCode::Rejected, why, QStringLiteral("fingerprint unlock turned off"));
}

Result<void> BiometricUnlock::enrol(const QByteArray &enrollmentId)
{
    if (auto added = addSlot(enrollmentId); !added) {
        return added.error();
    }
    // unlocked, since the slot was added
    if (auto kept = m_vault.database()->setMeta(kEnrolmentMeta, crypto::toHex(enrollmentId)); !kept) {
        (void)disable();
        return kept.error();
    }
    QSettings().remove(kInvalidKey);
    return {};
}

void BiometricUnlock::forgetEnrolment()
{
    if (vault::VaultDatabase *db = m_vault.database()) {
        // empty: none (a database that cannot be written keeps a stale one, which only refuses a rearm)
        (void)db->setMeta(kEnrolmentMeta, QString());
    }
}

Result<void> BiometricUnlock::addSlot(const QByteArray &enrollmentId)
{
    auto key = m_vault.addBiometricSlot();
    if (!key) {
        return key.error();
    }
    // The entry: the slot key, then the enrolment it was made under.
    QByteArray entry(reinterpret_cast<const char *>(key.value().data()), qsizetype(key.value().size()));
    entry += enrollmentId;
    auto stored = m_store.store(entryName(), crypto::SecureBuffer::copyOf(entry));
    sodium_memzero(entry.data(), std::size_t(entry.size()));
    if (!stored) {
        (void)m_vault.removeBiometricSlot();
        return stored.error();
    }
    return {};
}

Result<void> BiometricUnlock::disable()
{
    if (auto removed = m_vault.removeBiometricSlot(); !removed) {
        return removed.error();
    }
    (void)m_store.remove(entryName());
    forgetEnrolment();
    return {};
}

bool BiometricUnlock::needsRearm() const
{
    return m_vault.isUnlocked() && enabled() && keyLastsOneSession() && !m_store.read(entryName());
}

Result<void> BiometricUnlock::rearm(const QByteArray &enrolledNow)
{
    vault::VaultDatabase *db = m_vault.database();
    if (!db || !needsRearm()) {
        return {};
    }
    const auto enrolledThen = db->meta(kEnrolmentMeta);
    if (enrolledNow.isEmpty()) {
        return {}; // the reader could not be asked now: stays on, waiting
    }
    if (!enrolledThen || enrolledThen.value().isEmpty()) {
        // turned on before the enrolment was kept here (an earlier version): nothing to compare with
        (void)disable();
        return makeError(
            ErrorCode::Rejected,
            tr("Fingerprint unlock was turned off after an update of the app. You can turn it on "
               "again in Settings."),
            QStringLiteral("no enrolment kept for this slot"));
    }
    if (enrolledThen.value() != crypto::toHex(enrolledNow)) {
        (void)disable();
        return makeError(ErrorCode::Rejected,
                         tr("The fingerprints enrolled on this computer changed, so fingerprint unlock was "
                            "turned off. You can turn it on again in Settings."),
                         QStringLiteral("enrolment changed while the key store held no key"));
    }
    return addSlot(enrolledNow);
}

Result<void> BiometricUnlock::unlock(const QByteArray &enrolledNow)
{
    auto entry = m_store.read(entryName());
    if (!entry && entry.error().code == ErrorCode::NotFound && keyLastsOneSession()) {
        // logged out, restarted, or the app quit since: expected, and no fault
        return makeError(ErrorCode::NotFound, passwordFirst(),
                         QStringLiteral("fingerprint key not in this session's key store"));
    }
    if (!entry) {
        return turnOff(
            entry.error().code == ErrorCode::NotFound
                ? tr("Fingerprint unlock stopped working: its key is no longer in this computer's key "
                     "store. Use your password; you can turn it on again in Settings.")
                : entry.error().message);
    }
    if (entry.value().size() < kKeySize) {
        return turnOff(tr(
            "Fingerprint unlock stopped working. Use your password; you can turn it on again in Settings."));
    }
    const QByteArrayView enrolledThen = entry.value().view().sliced(qsizetype(kKeySize));
    if (enrolledThen != QByteArrayView(enrolledNow)) {
        return turnOff(
            tr("The fingerprints enrolled on this computer changed, so fingerprint unlock was turned off. "
               "Use your password; you can turn it on again in Settings."));
    }
    auto unlocked = m_vault.unlockWithBiometricKey(
        crypto::SecureBuffer::copyOf(entry.value().view().first(qsizetype(kKeySize))));
    if (!unlocked) {
        return turnOff(unlocked.error().message);
    }
    return {};
}

void BiometricUnlock::removeStale()
{
    auto h = m_vault.readHeader();
    if (!h) {
        return;
    }
    if (QSettings().value(kInvalidKey).toString() == h.value().vaultId) {
        (void)m_vault.removeBiometricSlot();
        (void)m_store.remove(entryName());
        forgetEnrolment();
        QSettings().remove(kInvalidKey);
    } else if (!m_vault.hasBiometricSlot()) {
        // the slot went without this device's store hearing of it (a password change made new
        // vault keys): its key opens nothing now, and goes too
        (void)m_store.remove(entryName());
    }
}

} // namespace passbook::session
