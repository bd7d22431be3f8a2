// VaultManager: its files — the cared-for people's databases, erasing the device copy, the
// database check and rebuild, settings kept in the database.
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

SecureBuffer careDatabaseKey(const SecureBuffer &vaultKey, const Address &patient)
{
    // a key of its own per patient
    const SecureBuffer careKey = deriveSubkey(vaultKey, 2, "PBCAREDB");
    SecureBuffer key(32);
    const QByteArray who = patient.bytes();
    crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char *>(who.constData()),
                       size_t(who.size()), careKey.data(), careKey.size());
    return key;
}

QString VaultManager::careDatabasePath(const crypto::Address &patient) const
{
    return QDir(m_dir).filePath(QStringLiteral("care/%1.db").arg(patient.toLowerHex().mid(2)));
}

Result<void> VaultManager::openCareDatabase(const crypto::Address &patient, VaultDatabase &db) const
{
    if (!isUnlocked()) {
        return vaultLocked();
    }
    if (!QDir(m_dir).mkpath(QStringLiteral("care"))) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("passbook",
                                                     "The app could not write to its data folder. Check the "
                                                     "free space and permissions, then try again."),
                         QStringLiteral("mkpath care failed"));
    }
    db.close();
    return db.open(careDatabasePath(patient), careDatabaseKey(m_vaultKey, patient), true);
}

Result<bool> VaultManager::removeCareDatabase(const crypto::Address &patient) const
{
    const QString path = careDatabasePath(patient);
    bool existed = false;
    for (const QString &f : {path, path + QStringLiteral("-journal"), path + QStringLiteral("-wal")}) {
        if (!QFile::exists(f)) {
            continue;
        }
        existed = true;
        if (!QFile::remove(f)) {
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate(
                                 "passbook", "The copy of these records on this device could not "
                                             "be deleted. Check that the app may write to its data "
                                             "folder, then try again."),
                             QStringLiteral("remove care database failed"));
        }
    }
    if (existed) {
        qCInfo(lcVault) << "a cared-for patient's copy was deleted";
    }
    return existed;
}

Result<void> VaultManager::eraseDeviceCopy()
{
    if (!isUnlocked()) {
        return vaultLocked();
    }
    if (auto header = readHeader()) {
        emit erasing(header.value().vaultId);
    }
    lock();
    if (QFile::exists(headerPath()) && !QFile::remove(headerPath())) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "passbook",
                             "The vault file could not be deleted. Check that the app may write to its "
                             "data folder, then try again."),
                         QStringLiteral("remove header failed"));
    }
    // The header is gone: the app is back to "no vault" whatever follows.
    const bool removed = QDir(m_dir).removeRecursively();
    qCInfo(lcVault) << "this device's copy was deleted";
    emit stateChanged();
    if (!removed) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("passbook",
                                        "The vault was deleted, but some of its encrypted files could not be "
                                        "removed from %1.")
                .arg(m_dir),
            QStringLiteral("removeRecursively incomplete"));
    }
    return {};
}

int VaultManager::autoLockSeconds() const
{
    if (isUnlocked()) {
        return m_header.autoLockSeconds;
    }
    auto h = readHeader();
    return h ? h.value().autoLockSeconds : 300;
}

Result<void> VaultManager::setAutoLockSeconds(int seconds)
{
    if (!isUnlocked()) {
        return vaultLocked();
    }
    if (seconds < 30 || seconds > 24 * 3600) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "passbook", "Choose an automatic lock time between 30 seconds and 24 hours."),
                         QStringLiteral("autolock out of range"));
    }
    VaultHeader h = m_header;
    h.autoLockSeconds = seconds;
    h.seal(m_vaultKey);
    if (auto r = h.save(headerPath()); !r) {
        return r.error();
    }
    m_header = h;
    return {};
}

Result<VaultManager::CheckReport> VaultManager::check(const SecureBuffer &password)
{
    lock();
    VaultHeader h;
    auto vk = authenticate(password, h);
    if (!vk) {
        return vk.error();
    }
    SigningKey key;
    if (auto r = openIdentity(h, vk.value(), key); !r) {
        return r.error();
    }
    m_vaultKey = std::move(vk).value();
    const auto done = [this] {
        m_db.close();
        m_vaultKey.wipe();
    };
    if (auto r = finishInterruptedRekey(m_vaultKey, h.vaultId); !r) {
        done();
        return r.error();
    }
    if (auto r = m_db.open(databasePath(), databaseKey(m_vaultKey), false); !r) {
        done();
        return r.error().code == ErrorCode::DamagedDatabase ? databaseDoesNotOpen(r.error()) : r.error();
    }
    if (auto r = m_db.integrityCheck(); !r) {
        done();
        return r.error();
    }
    if (auto r = reconcileCounter(h, false); !r) {
        done();
        return r.error();
    }
    CheckReport report{h.address, h.writeCounter, m_db.schemaVersion()};
    done();
    return report;
}

Result<QString> VaultManager::rebuildDatabase(const SecureBuffer &password)
{
    lock();
    VaultHeader h;
    auto vk = authenticate(password, h);
    if (!vk) {
        return vk.error();
    }
    if (auto r = finishInterruptedRekey(vk.value(), h.vaultId); !r) {
        // neither the database nor a re-encrypted copy of it opens: both are kept aside below
        qCWarning(lcVault) << "rebuilding over an unfinished password change:" << r.error().detail;
    }
    const QString aside =
        databasePath() + QStringLiteral(".damaged-") +
        QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).toString(QStringLiteral("yyyyMMddThhmmss"));
    if (QFile::exists(databasePath()) && !QFile::rename(databasePath(), aside)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "passbook", "The damaged database could not be moved aside. Check free space."),
                         QStringLiteral("rename failed"));
    }
    const QString copy = databasePath() + QStringLiteral(".rekey");
    if (QFile::exists(copy) && !QFile::rename(copy, aside + QStringLiteral(".rekey"))) {
        QFile::rename(aside, databasePath());
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "passbook", "The damaged database could not be moved aside. Check free space."),
                         QStringLiteral("rename of the unfinished copy failed"));
    }
    VaultDatabase db;
    const qint64 counter = h.writeCounter;
    if (auto r = db.open(databasePath(), databaseKey(vk.value()), true); !r) {
        QFile::remove(databasePath());
        QFile::rename(aside, databasePath());
        return r.error();
    }
    if (auto r1 = db.setMeta(kVaultIdKey, h.vaultId), r2 = db.setMeta(kCounterKey, QString::number(counter));
        !r1 || !r2) {
        db.close();
        QFile::remove(databasePath());
        QFile::rename(aside, databasePath());
        return !r1 ? r1.error() : r2.error();
    }
    db.close();
    qCInfo(lcVault) << "database rebuilt; the old one was kept aside";
    return aside;
}

} // namespace passbook::vault
