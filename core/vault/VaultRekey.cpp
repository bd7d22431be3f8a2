// VaultManager: new keys with a new password — the record database and the cared-for copies
// re-encrypted under a new VK, crash-safe (see changePassword in VaultManager.h).
//
// On disk, in order: (1) `<file>.rekey` copies under the new keys beside every database, synced;
// (2) the new vault.json (the commit point: from here on the new password opens the vault);
// (3) each copy renamed over its old file. A crash before (2) leaves the old vault whole and copies
// its key does not open — deleted at the next unlock, once the old files are seen to open; after
// (2), the next unlock finds copies that the new key opens, and finishes (3).
#include "AtomicFile.h"
#include "VaultManager.h"
#include "VaultManagerPrivate.h"

#include "crypto/Aead.h"
#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>

Q_DECLARE_LOGGING_CATEGORY(lcVault)

namespace passbook::vault {

using crypto::Address;
using crypto::Aead;
using crypto::SecureBuffer;
using namespace detail;

namespace {
const QString kRekeySuffix = QStringLiteral(".rekey");
// A copy while it is written: renamed to .rekey only once complete and checked, so a crash in the
// middle of a copy never leaves something that could pass for one.
const QString kPartialSuffix = QStringLiteral(".rekey.tmp");

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

Error storageError(const QString &detail)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate(
                         "passbook", "The app could not write to its data folder. Check the free space "
                                     "and permissions, then try again."),
                     detail);
}

// The copy of one database under the new key, checked page by page before anything relies on it.
// For the record database, `headerCounter` is the header's write counter: the copy's moves one past
// what either says (the old header and the old pair can then be told apart). Returns that counter.
Result<qint64> copyUnderNewKey(const QString &path, const SecureBuffer &oldKey, const SecureBuffer &newKey,
                               std::optional<qint64> headerCounter)
{
    const QString partial = path + kPartialSuffix;
    qint64 counter = 0;
    {
        VaultDatabase source;
        if (auto r = source.open(path, oldKey, false); !r) {
            return r.error();
        }
        if (headerCounter) {
            auto text = source.meta(kCounterKey);
            bool ok = false;
            const qint64 stored = text ? text.value().toLongLong(&ok) : 0;
            counter = std::max(ok ? stored : 0, *headerCounter) + 1;
        }
        if (auto r = source.copyTo(partial, newKey); !r) {
            return r.error();
        }
    }
    {
        VaultDatabase copy;
        if (auto r = copy.open(partial, newKey, false); !r) {
            return r.error();
        }
        if (headerCounter) {
            if (auto r = copy.setMeta(kCounterKey, QString::number(counter)); !r) {
                return r.error();
            }
        }
        if (auto r = copy.integrityCheck(); !r) {
            return r.error();
        }
    } // closing checkpoints its journal into the file
    if (!replaceFile(partial, path + kRekeySuffix)) {
        return storageError(QStringLiteral("rename of a finished copy failed"));
    }
    return counter;
}
} // namespace

QList<Address> VaultManager::caredForCopies() const
{
    QList<Address> out;
    const QDir care(QDir(m_dir).filePath(QStringLiteral("care")));
    for (const QString &name : care.entryList({QStringLiteral("*.db")}, QDir::Files)) {
        if (auto a = Address::fromString(QStringLiteral("0x") + name.chopped(3))) {
            out << a.value();
        }
    }
    return out;
}

Result<qint64> VaultManager::writeRekeyedCopies(const SecureBuffer &oldKey, const SecureBuffer &newKey,
                                                const VaultHeader &header, const QList<Address> &cared) const
{
    auto counter =
        copyUnderNewKey(databasePath(), databaseKey(oldKey), databaseKey(newKey), header.writeCounter);
    if (!counter) {
        return counter.error();
    }
    for (const Address &patient : cared) {
        if (auto r = copyUnderNewKey(careDatabasePath(patient), careDatabaseKey(oldKey, patient),
                                     careDatabaseKey(newKey, patient), std::nullopt);
            !r) {
            return r.error();
        }
    }
    // the copies' names are on disk before the header that relies on them
    if (!syncDirectory(m_dir) ||
        (!cared.isEmpty() && !syncDirectory(QDir(m_dir).filePath(QStringLiteral("care"))))) {
        return storageError(QStringLiteral("directory sync after the rekeyed copies"));
    }
    return counter.value();
}

void VaultManager::removeRekeyedCopies(const QList<Address> &cared) const
{
    for (const QString &suffix : {kRekeySuffix, kPartialSuffix}) {
        removeDatabaseFiles(databasePath() + suffix);
        for (const Address &patient : cared) {
            removeDatabaseFiles(careDatabasePath(patient) + suffix);
        }
    }
}

Result<void> VaultManager::rekey(PreparedPassword password)
{
    const VaultHeader current = m_header;
    SecureBuffer oldKey = m_vaultKey.clone();
    auto entropy = Aead::open(oldKey, current.sealedIdentity, current.identityAssociatedData());
    if (!entropy) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("passbook", "The vault file is damaged: its identity cannot be read. "
                                                    "Restore from your recovery phrase."),
            QStringLiteral("identity did not open for the rekey"));
    }
    const QList<Address> cared = caredForCopies();
    m_changingKeys = true;
    const auto ended = qScopeGuard([this] {
        m_changingKeys = false;
        emit keysChanged();
    });
    // Everything that uses the old keys stops and lets go of the databases, as at any lock.
    lock();
    const auto undo = [&](const Error &e) -> Error {
        removeRekeyedCopies(cared);
        if (auto reopened = completeUnlock(current, std::move(oldKey)); !reopened) {
            qCWarning(lcVault) << "could not reopen after a failed password change:"
                               << reopened.error().detail;
        }
        return e;
    };

    SecureBuffer newKey = SecureBuffer::random(32);
    VaultHeader next = current;
    next.keySlots.clear(); // the fingerprint slot goes: it wraps the old VK
    next.keySlots.append(passwordSlot(next, password.kdf, password.kek, newKey));
    next.sealedIdentity = Aead::seal(newKey, entropy.value(), next.identityAssociatedData());

    auto counter = writeRekeyedCopies(oldKey, newKey, current, cared);
    if (!counter) {
        return undo(counter.error());
    }
    next.writeCounter = counter.value();
    next.seal(newKey);
    reached(RekeyStep::CopiesWritten);
    if (auto saved = next.save(headerPath()); !saved) {
        return undo(saved.error());
    }
    // From here on the new keys are the vault's: a failure says so, or the old password would be
    // tried next; what is not finished now is finished at the next unlock.
    const auto changedBut = [](const Error &e) {
        return makeError(e.code,
                         QCoreApplication::translate("passbook",
                                                     "Your password was changed, but the vault could not be "
                                                     "opened again. Unlock it with your new password."),
                         e.detail);
    };
    if (!syncDirectory(m_dir)) {
        // the copies must not replace the old files before the new header is surely on disk
        return changedBut(storageError(QStringLiteral("directory sync after the new header")));
    }
    reached(RekeyStep::HeaderWritten);
    qCInfo(lcVault) << "password changed with new vault and database keys";
    if (auto opened = completeUnlock(next, std::move(newKey)); !opened) {
        return changedBut(opened.error());
    }
    return {};
}

Result<void> VaultManager::finishInterruptedRekey(const SecureBuffer &vaultKey, const QString &vaultId)
{
    const QDir care(QDir(m_dir).filePath(QStringLiteral("care")));
    // a copy interrupted while it was written: never a candidate
    for (const QDir &d : {QDir(m_dir), care}) {
        for (const QString &name :
             d.entryList({QStringLiteral("*") + kPartialSuffix + QStringLiteral("*")}, QDir::Files)) {
            QFile::remove(d.filePath(name));
        }
    }
    struct Copy
    {
        QString path;
        SecureBuffer key;
        bool main;
    };
    std::vector<Copy> copies;
    if (QFile::exists(databasePath() + kRekeySuffix)) {
        copies.push_back({databasePath(), databaseKey(vaultKey), true});
    }
    for (const QString &name : care.entryList({QStringLiteral("*.db") + kRekeySuffix}, QDir::Files)) {
        auto patient = Address::fromString(QStringLiteral("0x") + name.chopped(3 + int(kRekeySuffix.size())));
        if (!patient) {
            continue; // not a name this app writes: left alone
        }
        copies.push_back(
            {careDatabasePath(patient.value()), careDatabaseKey(vaultKey, patient.value()), false});
    }
    bool movedMain = false;
    for (const Copy &c : copies) {
        const QString copy = c.path + kRekeySuffix;
        bool belongs = false;
        {
            VaultDatabase probe;
            auto opened = probe.open(copy, c.key, false);
            if (!opened && opened.error().code != ErrorCode::DamagedDatabase) {
                return opened.error(); // cannot tell now (storage): left for the next unlock
            }
            if (opened) {
                // the record database's copy must also name this vault
                const auto id = c.main ? probe.meta(kVaultIdKey) : Result<QString>(vaultId);
                belongs = id && id.value() == vaultId;
            }
        }
        if (!belongs) {
            // Deleted only when the file it would replace opens with this header's key: a change that
            // never took effect. If neither opens, both stay as they are.
            VaultDatabase original;
            if (auto opened = original.open(c.path, c.key, false); !opened) {
                if (!c.main) {
                    // a cared-for copy does not stop the vault from opening: its view says what is wrong
                    qCWarning(lcVault) << "a cared-for copy and its re-encrypted copy both do not open";
                    continue;
                }
                return opened.error().code == ErrorCode::DamagedDatabase ? databaseDoesNotOpen(opened.error())
                                                                         : opened.error();
            }
            original.close();
            removeDatabaseFiles(copy);
            qCInfo(lcVault) << "an interrupted password change was undone";
            continue;
        }
        // the old file's journal belongs to the old key: it must not be applied to the copy
        for (const char *suffix : {"-journal", "-wal", "-shm"}) {
            QFile::remove(c.path + QLatin1String(suffix));
        }
        if (!replaceFile(copy, c.path)) {
            return storageError(QStringLiteral("rename of a rekeyed copy failed"));
        }
        if (c.main) {
            movedMain = true;
            syncDirectory(m_dir);
            reached(RekeyStep::DatabaseMoved);
        }
    }
    if (!copies.empty()) {
        syncDirectory(care.path());
    }
    if (movedMain) {
        qCInfo(lcVault) << "re-encrypted databases moved into place";
    }
    return {};
}

} // namespace passbook::vault
