#include "VaultManager.h"
#include "VaultManagerPrivate.h"

#include "PasswordStrength.h"
#include "crypto/Aead.h"
#include "crypto/HdKey.h"
#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <sodium.h>

Q_DECLARE_LOGGING_CATEGORY(lcVault)

namespace passbook::vault {

Error vaultLocked(const QString &detail)
{
    return makeError(ErrorCode::WrongSecret,
                     QCoreApplication::translate("passbook", "Unlock the vault first."), detail);
}

using crypto::Address;
using crypto::Aead;
using crypto::Mnemonic;
using crypto::SecureBuffer;
using crypto::SigningKey;
using namespace detail;

Result<SigningKey> accountKey(const Mnemonic &mnemonic)
{
    auto master = crypto::HdKey::fromSeed(mnemonic.seed());
    if (!master) {
        return master.error();
    }
    auto account = master.value().derive(QString::fromLatin1(crypto::HdKey::kEthereumPath));
    if (!account) {
        return account.error();
    }
    return account.value().signingKey();
}

VaultManager::VaultManager(QString profileDir, QObject *parent)
    : QObject(parent), m_dir(std::move(profileDir)), m_clock(systemClock()), m_bootClock(systemBootClock())
{
}

VaultManager::~VaultManager()
{
    lock();
}

void VaultManager::setClock(Clock clock)
{
    m_bootClock = bootClockFollowing(clock);
    m_clock = std::move(clock);
}

void VaultManager::setKdfCost(std::uint64_t opsLimit, std::uint64_t memLimit)
{
    m_kdfCost = std::make_pair(opsLimit, memLimit);
}

QString VaultManager::headerPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("vault.json"));
}

QString VaultManager::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("passbook.db"));
}

UnlockThrottle VaultManager::throttle() const
{
    return UnlockThrottle(QDir(m_dir).filePath(QStringLiteral("unlock-throttle.json")), m_clock, m_bootClock);
}

VaultManager::State VaultManager::state() const
{
    if (isUnlocked()) {
        return State::Unlocked;
    }
    return QFile::exists(headerPath()) ? State::Locked : State::NoVault;
}

Result<void> VaultManager::requireVault() const
{
    if (state() == State::NoVault) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("passbook", "There is no vault here yet: create or restore one."),
            QStringLiteral("no vault"));
    }
    return {};
}

Result<Address> VaultManager::storedAddress() const
{
    auto h = readHeader();
    if (!h) {
        return h.error();
    }
    return h.value().address;
}

Result<VaultManager::PreparedPassword> VaultManager::preparePassword(const SecureBuffer &password) const
{
    if (auto ok = checkNewPassword(password); !ok) {
        return ok.error();
    }
    PreparedPassword prepared;
    prepared.kdf = m_kdfCost ? crypto::PasswordKdf::fixed(m_kdfCost->first, m_kdfCost->second)
                             : crypto::PasswordKdf::calibrate(700);
    auto kek = crypto::PasswordKdf::derive(password, prepared.kdf);
    if (!kek) {
        return kek.error();
    }
    prepared.kek = std::move(kek).value();
    return prepared;
}

Result<VaultManager::Created> VaultManager::create(const SecureBuffer &password,
                                                   crypto::WordlistLanguage language)
{
    auto prepared = preparePassword(password);
    if (!prepared) {
        return prepared.error();
    }
    return create(std::move(prepared).value(), language);
}

Result<VaultManager::Created> VaultManager::create(PreparedPassword password,
                                                   crypto::WordlistLanguage language)
{
    Mnemonic mnemonic = Mnemonic::generate(language);
    auto address = restore(mnemonic, std::move(password));
    if (!address) {
        return address.error();
    }
    return Created{std::move(mnemonic), address.value()};
}

Result<Address> VaultManager::restore(const Mnemonic &mnemonic, const SecureBuffer &password)
{
    auto prepared = preparePassword(password);
    if (!prepared) {
        return prepared.error();
    }
    return restore(mnemonic, std::move(prepared).value());
}

Result<Address> VaultManager::restore(const Mnemonic &mnemonic, PreparedPassword password)
{
    if (QFile::exists(headerPath())) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "passbook", "A vault already exists in this profile. Unlock it, or remove it first."),
            QStringLiteral("header exists"));
    }
    auto key = accountKey(mnemonic);
    if (!key) {
        return key.error();
    }
    if (!QDir().mkpath(m_dir)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "passbook", "The app could not create its data folder. Check free space."),
                         QStringLiteral("mkpath failed"));
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    SecureBuffer vaultKey = SecureBuffer::random(32);
    VaultHeader h;
    h.vaultId = crypto::toHex(SecureBuffer::random(16).view());
    h.address = key.value().address();
    h.language = crypto::languageCode(mnemonic.language());
    h.created = QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).toString(Qt::ISODate);
    h.writeCounter = 1;
    h.keySlots.append(passwordSlot(h, password.kdf, password.kek, vaultKey));
    h.sealedIdentity = Aead::seal(vaultKey, mnemonic.entropy(), h.identityAssociatedData());
    h.seal(vaultKey);

    // Database first, header last: a vault exists only once its header is written.
    QFile::remove(databasePath());
    const auto cleanup = [this] { QFile::remove(databasePath()); };
    VaultDatabase db;
    if (auto r = db.open(databasePath(), databaseKey(vaultKey), true); !r) {
        cleanup();
        return r.error();
    }
    if (auto r = db.setMeta(kVaultIdKey, h.vaultId); !r) {
        db.close();
        cleanup();
        return r.error();
    }
    if (auto r = db.setMeta(kCounterKey, QString::number(h.writeCounter)); !r) {
        db.close();
        cleanup();
        return r.error();
    }
    db.close();
    if (auto r = h.save(headerPath()); !r) {
        cleanup();
        return r.error();
    }
    qCInfo(lcVault) << "vault created";
    // Creating leaves the vault unlocked: the person just proved the password.
    if (auto r = completeUnlock(h, std::move(vaultKey)); !r) {
        return r.error();
    }
    return h.address;
}

Result<void> VaultManager::checkRestoreFits(const Mnemonic &mnemonic) const
{
    auto key = accountKey(mnemonic);
    if (!key) {
        return key.error();
    }
    auto stored = storedAddress();
    if (stored && stored.value() != key.value().address()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "passbook", "This recovery phrase belongs to a different account than the "
                                         "passbook on this device (%1). Check the words, or remove that "
                                         "passbook first.")
                             .arg(stored.value().toChecksumString()),
                         QStringLiteral("restore address mismatch"));
    }
    return {};
}

Result<Address> VaultManager::replaceWithRestore(const Mnemonic &mnemonic, PreparedPassword password)
{
    // For a forgotten password: the phrase proves ownership of this vault's account. The old files
    // are moved into a dated folder inside the profile (kept, never deleted) and a fresh vault is
    // restored in their place; if that fails, they are put back.
    if (auto fits = checkRestoreFits(mnemonic); !fits) {
        return fits.error();
    }
    lock();
    const QString asideDir = QDir(m_dir).filePath(
        QStringLiteral("replaced-") +
        QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).toString(QStringLiteral("yyyyMMddThhmmsszzz")));
    if (!QDir().mkpath(asideDir)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate(
                "passbook", "The app could not make room for the restored vault. Check free space."),
            QStringLiteral("mkpath aside failed"));
    }
    const QStringList files = {QStringLiteral("vault.json"), QStringLiteral("passbook.db"),
                               QStringLiteral("unlock-throttle.json")};
    QStringList moved;
    const auto putBack = [&] {
        for (const QString &f : moved) {
            QFile::remove(QDir(m_dir).filePath(f));
            QFile::rename(QDir(asideDir).filePath(f), QDir(m_dir).filePath(f));
        }
        QDir().rmdir(asideDir);
    };
    for (const QString &f : files) {
        const QString from = QDir(m_dir).filePath(f);
        if (!QFile::exists(from)) {
            continue;
        }
        if (!QFile::rename(from, QDir(asideDir).filePath(f))) {
            putBack();
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate(
                                 "passbook", "The app could not move the old vault aside. Check free space."),
                             QStringLiteral("rename aside failed"));
        }
        moved << f;
    }
    auto restored = restore(mnemonic, std::move(password));
    if (!restored) {
        putBack();
    }
    return restored;
}

Result<void> VaultManager::checkThrottle() const
{
    return throttle().check();
}

Result<SecureBuffer> VaultManager::unwrapPasswordSlot(const VaultHeader &header, const SecureBuffer &password)
{
    const KeySlot *slot = header.slot(kPasswordSlot);
    if (!slot) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("passbook", "The vault file has no password slot."),
                         QStringLiteral("no password slot"));
    }
    auto kek = crypto::PasswordKdf::derive(password, slot->kdf);
    if (!kek) {
        return kek.error();
    }
    auto vk = Aead::open(kek.value(), slot->wrappedKey, header.slotAssociatedData(*slot));
    if (!vk || vk.value().size() != 32) {
        return makeError(ErrorCode::WrongSecret, QString(), QStringLiteral("password slot did not open"));
    }
    return std::move(vk).value();
}

Result<void> VaultManager::openIdentity(const VaultHeader &header, const SecureBuffer &vaultKey,
                                        SigningKey &out) const
{
    auto entropy = Aead::open(vaultKey, header.sealedIdentity, header.identityAssociatedData());
    const auto language = crypto::languageFromCode(header.language);
    if (!entropy || !language) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "passbook",
                             "The vault file is damaged: its identity cannot be read. Restore from your "
                             "recovery phrase."),
                         QStringLiteral("identity did not open"));
    }
    auto mnemonic = Mnemonic::fromEntropy(std::move(entropy).value(), *language);
    if (!mnemonic) {
        return mnemonic.error();
    }
    auto key = accountKey(mnemonic.value());
    if (!key) {
        return key.error();
    }
    if (key.value().address() != header.address) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate(
                "passbook", "The vault file is damaged: its identity does not match its address."),
            QStringLiteral("address mismatch"));
    }
    out = std::move(key).value();
    return {};
}

Result<void> VaultManager::reconcileCounter(VaultHeader &header, bool bump)
{
    auto id = m_db.meta(kVaultIdKey);
    if (!id) {
        return id.error().code == ErrorCode::NotFound
                   ? makeError(ErrorCode::DamagedDatabase,
                               QCoreApplication::translate(
                                   "passbook",
                                   "The record database on this device is damaged. Rebuild it and "
                                   "your records will be downloaded again."),
                               QStringLiteral("vault_id missing"))
                   : id.error();
    }
    if (id.value() != header.vaultId) {
        return makeError(ErrorCode::DamagedDatabase,
                         QCoreApplication::translate(
                             "passbook",
                             "The record database on this device belongs to another vault. Rebuild it "
                             "and your records will be downloaded again."),
                         QStringLiteral("vault id mismatch"));
    }
    auto counterText = m_db.meta(kCounterKey);
    bool ok = false;
    const qint64 dbCounter = counterText ? counterText.value().toLongLong(&ok) : -1;
    if (!ok) {
        return makeError(ErrorCode::DamagedDatabase,
                         QCoreApplication::translate(
                             "passbook",
                             "The record database on this device is damaged. Rebuild it and your records "
                             "will be downloaded again."),
                         QStringLiteral("write counter unreadable"));
    }
    if (dbCounter < header.writeCounter) {
        return makeError(ErrorCode::DamagedDatabase,
                         QCoreApplication::translate(
                             "passbook",
                             "The record database on this device is older than your vault: an old copy "
                             "was put back. Nothing was changed. Rebuild the database and your records "
                             "will be downloaded again from your hospitals."),
                         QStringLiteral("database counter %1 < header counter %2")
                             .arg(dbCounter)
                             .arg(header.writeCounter));
    }
    if (dbCounter > header.writeCounter + 1) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "passbook",
                             "The vault file on this device is an older copy than its database (was an "
                             "old backup put back?). For your safety it will not be opened. Restore "
                             "from your recovery phrase."),
                         QStringLiteral("database counter %1 > header counter %2 + 1")
                             .arg(dbCounter)
                             .arg(header.writeCounter));
    }
    // dbCounter == header + 1: a previous bump stopped between the two writes; carry on from it.
    if (!bump) {
        return {};
    }
    const qint64 next = dbCounter + 1;
    if (auto r = m_db.setMeta(kCounterKey, QString::number(next)); !r) {
        return r.error();
    }
    header.writeCounter = next;
    header.seal(m_vaultKey);
    return header.save(headerPath());
}

Result<SecureBuffer> VaultManager::finishAuthentication(const VaultHeader &header,
                                                        Result<SecureBuffer> vaultKey)
{
    UnlockThrottle t = throttle();
    if (!vaultKey) {
        if (vaultKey.error().code == ErrorCode::WrongSecret) {
            t.recordFailure();
            return wrongPassword(t.failures());
        }
        return vaultKey.error();
    }
    t.recordSuccess();
    if (!header.verifyMac(vaultKey.value())) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "passbook",
                             "The vault file on this device was changed by something other than this app, "
                             "so it will not be trusted. Restore from your recovery phrase."),
                         QStringLiteral("header MAC mismatch"));
    }
    return vaultKey;
}

Result<SecureBuffer> VaultManager::authenticate(const SecureBuffer &password, VaultHeader &headerOut)
{
    auto header = readHeader();
    if (!header) {
        return header.error();
    }
    if (auto r = checkThrottle(); !r) {
        return r.error();
    }
    headerOut = header.value();
    return finishAuthentication(headerOut, unwrapPasswordSlot(headerOut, password));
}

Result<void> VaultManager::completeUnlock(const VaultHeader &headerIn, Result<SecureBuffer> unwrapped)
{
    VaultHeader header = headerIn;
    auto vaultKey = finishAuthentication(header, std::move(unwrapped));
    if (!vaultKey) {
        return vaultKey.error();
    }
    SigningKey key;
    if (auto r = openIdentity(header, vaultKey.value(), key); !r) {
        return r.error();
    }
    m_vaultKey = std::move(vaultKey).value();
    if (auto r = finishInterruptedRekey(m_vaultKey, header.vaultId); !r) {
        m_vaultKey.wipe();
        return r.error();
    }
    if (auto r = m_db.open(databasePath(), databaseKey(m_vaultKey), false); !r) {
        m_vaultKey.wipe();
        return r.error().code == ErrorCode::DamagedDatabase ? databaseDoesNotOpen(r.error()) : r.error();
    }
    if (auto r = reconcileCounter(header, true); !r) {
        if (r.error().code == ErrorCode::Io) {
            // Storage is full or read-only: the records can still be read; the counter catches up next time.
            qCWarning(lcVault) << "write counter not advanced:" << r.error().detail;
        } else {
            m_db.close();
            m_vaultKey.wipe();
            return r.error();
        }
    }
    m_signingKey = std::move(key);
    m_header = header;
    emit stateChanged();
    return {};
}

Result<void> VaultManager::unlock(const SecureBuffer &password)
{
    if (isUnlocked()) {
        return {};
    }
    auto header = readHeader();
    if (!header) {
        return header.error();
    }
    if (auto r = checkThrottle(); !r) {
        return r.error();
    }
    return completeUnlock(header.value(), unwrapPasswordSlot(header.value(), password));
}

void VaultManager::lock()
{
    const bool was = isUnlocked();
    if (was) {
        emit aboutToLock(); // work on other threads that uses the keys or the database stops first
    }
    m_db.close();
    m_signingKey.wipe();
    m_vaultKey.wipe();
    m_header = VaultHeader();
    if (was) {
        qCInfo(lcVault) << "vault locked";
        emit stateChanged();
        emit lockedNow();
    }
}

} // namespace passbook::vault
