#include "BiometricUnlock.h"

#include <QSettings>

#include <sodium.h>

namespace passbook::session {

namespace {
// The vault whose fingerprint unlock was turned off while it was locked (its header could not be
// rewritten then).
const QString kInvalidKey = QStringLiteral("biometric/invalid");
} // namespace

bool BiometricUnlock::enabled() const
{
    auto h = m_vault.readHeader();
    return m_vault.hasBiometricSlot() && h && QSettings().value(kInvalidKey).toString() != h.value().vaultId;
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
    QSettings().remove(kInvalidKey);
    return {};
}

Result<void> BiometricUnlock::disable()
{
    if (auto removed = m_vault.removeBiometricSlot(); !removed) {
        return removed.error();
    }
    (void)m_store.remove(entryName());
    return {};
}

Result<void> BiometricUnlock::unlock(const QByteArray &enrolledNow)
{
    auto entry = m_store.read(entryName());
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
    if (h && QSettings().value(kInvalidKey).toString() == h.value().vaultId) {
        (void)m_vault.removeBiometricSlot();
        (void)m_store.remove(entryName());
        QSettings().remove(kInvalidKey);
    }
}

} // namespace passbook::session
