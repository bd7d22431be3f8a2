#include "VaultTestSupport.h"
#include "crypto/Digest.h"
#include "vault/VaultManager.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using namespace passbook::vault;
using crypto::SecureBuffer;
using crypto::WordlistLanguage;

namespace {
std::unique_ptr<VaultManager> makeVault(const QString &dir, qint64 *now = nullptr)
{
    auto v = std::make_unique<VaultManager>(dir);
    test::useFastKdf(*v);
    if (now) {
        v->setClock([now] { return *now; });
    }
    return v;
}

QByteArray rechecksummed(QJsonObject o)
{
    // What an attacker who knows the format can do: edit a field and fix the unkeyed checksum.
    o.remove(QStringLiteral("checksum"));
    const QByteArray mac = o.take(QStringLiteral("mac")).toString().toLatin1();
    QJsonObject body = o;
    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    o.insert(QStringLiteral("checksum"), QString::fromLatin1(crypto::sha256(canonical).toHex()));
    o.insert(QStringLiteral("mac"), QString::fromLatin1(mac));
    return QJsonDocument(o).toJson();
}
// A vault made and locked in `dir`, and its header as it is on disk (for tests that edit it).
std::pair<std::unique_ptr<VaultManager>, QByteArray> lockedVaultAndHeader(const QString &dir)
{
    auto vault = makeVault(dir);
    if (!vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok()) {
        return {std::move(vault), QByteArray()};
    }
    vault->lock();
    QByteArray header = test::readAll(vault->headerPath());
    return {std::move(vault), std::move(header)};
}
} // namespace

class TestVaultManager : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("profile%1").arg(++m_n)); }

private slots:
    void createUnlockLock()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QCOMPARE(vault->state(), VaultManager::State::NoVault);
        QSignalSpy changed(vault.get(), &VaultManager::stateChanged);
        auto created = vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English);
        PB_VERIFY_OK(created);
        QCOMPARE(created.value().mnemonic.wordCount(), 24);
        QCOMPARE(created.value().address, accountKey(created.value().mnemonic).value().address());
        QCOMPARE(vault->state(), VaultManager::State::Unlocked);
        QVERIFY(vault->database());
        QVERIFY(vault->signingKey());
        QCOMPARE(vault->storedAddress().value(), created.value().address);

        QSignalSpy lockedNow(vault.get(), &VaultManager::lockedNow);
        vault->lock();
        QCOMPARE(lockedNow.size(), 1);
        QCOMPARE(vault->state(), VaultManager::State::Locked);
        QVERIFY(!vault->database());
        QVERIFY(!vault->signingKey());
        QVERIFY(changed.size() >= 2);

        auto wrong = vault->unlock(test::secret(test::kOtherPassword));
        QCOMPARE(wrong.error().code, ErrorCode::WrongSecret);
        QVERIFY(wrong.error().message.contains(QStringLiteral("not right")));
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
        QCOMPARE(vault->address(), created.value().address);
        QCOMPARE(vault->throttle().failures(), 0);

        // files are private to the user
        QCOMPARE(QFileInfo(dir).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    // Locking frees (and so zeroes: sodium_free wipes before unmapping) every secure buffer the
    // unlock made: the vault key, the signing key and whatever they were derived through. Counted
    // across the whole process, so a key kept anywhere else after locking shows too.
    void lockingFreesEveryKeyBuffer()
    {
        auto vault = makeVault(freshDir());
        const std::size_t locked = SecureBuffer::liveCount(); // before the vault ever held a key
        PB_VERIFY_OK(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English));
        vault->lock();
        QCOMPARE(SecureBuffer::liveCount(), locked); // nothing creating it made is left
        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
        QVERIFY(SecureBuffer::liveCount() >= locked + 2); // at least the vault key and the signing key
        QVERIFY(vault->signingKey());
        vault->lock();
        QCOMPARE(SecureBuffer::liveCount(), locked);
        QVERIFY(!vault->signingKey());
        QVERIFY(!vault->database());
    }

    void biometricSlotUnlocksWithItsKeyOnly()
    {
        auto vault = makeVault(freshDir());
        PB_VERIFY_OK(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English));
        const auto address = vault->address();
        QVERIFY(!vault->hasBiometricSlot());
        auto key = vault->addBiometricSlot();
        PB_VERIFY_OK(key);
        QCOMPARE(key.value().size(), std::size_t(32));
        QVERIFY(vault->hasBiometricSlot());
        vault->lock();
        QVERIFY(vault->hasBiometricSlot()); // known from the header while locked
        // a wrong key does not open it, and is not counted as a wrong password
        auto wrong = vault->unlockWithBiometricKey(crypto::SecureBuffer::random(32));
        QCOMPARE(wrong.error().code, ErrorCode::Damaged);
        QVERIFY(!vault->isUnlocked());
        QCOMPARE(vault->throttle().failures(), 0);
        PB_VERIFY_OK(vault->unlockWithBiometricKey(key.value()));
        QCOMPARE(vault->address(), address);
        // removed: the key opens nothing any more
        PB_VERIFY_OK(vault->removeBiometricSlot());
        QVERIFY(!vault->hasBiometricSlot());
        vault->lock();
        QCOMPARE(vault->unlockWithBiometricKey(key.value()).error().code, ErrorCode::NotFound);
        // a password change gives the vault new keys: the slot (which wraps the old one) goes with it
        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
        auto again = vault->addBiometricSlot();
        PB_VERIFY_OK(again);
        PB_VERIFY_OK(
            vault->changePassword(test::secret(test::kGoodPassword), test::secret(test::kOtherPassword)));
        QVERIFY(!vault->hasBiometricSlot());
        vault->lock();
        QCOMPARE(vault->unlockWithBiometricKey(again.value()).error().code, ErrorCode::NotFound);
        PB_VERIFY_OK(vault->unlock(test::secret(test::kOtherPassword)));
    }

    void eraseDeviceCopyLeavesNothingAndRestoreBringsTheAccountBack()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        auto created = vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English);
        PB_VERIFY_OK(created);
        PB_VERIFY_OK(vault->database()->setMeta(QStringLiteral("probe"), QStringLiteral("x")));
        QSignalSpy aboutToLock(vault.get(), &VaultManager::aboutToLock);
        // only an unlocked (re-authenticated) vault can be erased
        vault->lock();
        QVERIFY(!vault->eraseDeviceCopy().ok());
        QVERIFY(QFile::exists(vault->headerPath()));
        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
        PB_VERIFY_OK(vault->eraseDeviceCopy());
        QVERIFY(aboutToLock.size() >= 2);
        QCOMPARE(vault->state(), VaultManager::State::NoVault);
        QVERIFY(!QFile::exists(vault->headerPath()));
        QVERIFY(!QFile::exists(vault->databasePath()));
        QVERIFY(!QDir(dir).exists());
        // the same account comes back from the phrase
        auto again = makeVault(dir);
        auto restored = again->restore(created.value().mnemonic, test::secret(test::kGoodPassword));
        PB_VERIFY_OK(restored);
        QCOMPARE(restored.value(), created.value().address);
        QCOMPARE(again->database()->meta(QStringLiteral("probe")).error().code, ErrorCode::NotFound);
    }

    void weakPasswordRefusedAndNothingWritten()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        auto r = vault->create(test::secret("1234"), WordlistLanguage::English);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(vault->headerPath()));
        QVERIFY(!QFile::exists(vault->databasePath()));
    }

    void restoreGivesSameAddressInEveryLanguage()
    {
        for (auto lang :
             {WordlistLanguage::English, WordlistLanguage::TraditionalChinese, WordlistLanguage::Korean}) {
            auto original = makeVault(freshDir());
            auto created = original->create(test::secret(test::kGoodPassword), lang);
            QVERIFY(created.ok());
            const QString typed = created.value().mnemonic.words().join(QLatin1Char(' '));
            auto parsed = crypto::Mnemonic::parse(typed);
            QVERIFY(parsed.ok());
            auto restored = makeVault(freshDir());
            auto address = restored->restore(parsed.value(), test::secret(test::kOtherPassword));
            QVERIFY(address.ok());
            QCOMPARE(address.value(), created.value().address);
            QVERIFY(restored->isUnlocked());
            restored->lock();
            QVERIFY(restored->unlock(test::secret(test::kOtherPassword)).ok());
            auto phrase = restored->revealRecoveryPhrase(test::secret(test::kOtherPassword));
            QVERIFY(phrase.ok());
            QCOMPARE(phrase.value().words(), created.value().mnemonic.words());
            QCOMPARE(phrase.value().language(), lang);
        }
    }

    void refusesToOverwriteAnExistingVault()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        const QByteArray header = test::readAll(vault->headerPath());
        auto again = makeVault(dir)->create(test::secret(test::kOtherPassword), WordlistLanguage::English);
        QVERIFY(!again.ok());
        QCOMPARE(test::readAll(vault->headerPath()), header);
    }

    void backoffAfterFiveFailuresSurvivesRestart()
    {
        qint64 now = 1'800'000'000'000;
        const QString dir = freshDir();
        {
            auto vault = makeVault(dir, &now);
            QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
            vault->lock();
            for (int i = 0; i < 5; ++i) {
                QCOMPARE(vault->unlock(test::secret("wrong password here")).error().code,
                         ErrorCode::WrongSecret);
            }
        }
        auto vault = makeVault(dir, &now); // app restarted
        auto refused = vault->unlock(test::secret(test::kGoodPassword));
        QCOMPARE(refused.error().code, ErrorCode::Throttled); // even the right password waits
        QVERIFY(refused.error().message.contains(QStringLiteral("30 seconds")));
        now += 30'000;
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
        QCOMPARE(vault->throttle().failures(), 0);
    }

    void changePassword()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        QCOMPARE(vault->changePassword(test::secret("not the password"), test::secret(test::kOtherPassword))
                     .error()
                     .code,
                 ErrorCode::WrongSecret);
        QCOMPARE(vault->changePassword(test::secret(test::kGoodPassword), test::secret("short")).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(vault->changePassword(test::secret(test::kGoodPassword), test::secret(test::kOtherPassword))
                    .ok());
        vault->lock();
        QCOMPARE(vault->unlock(test::secret(test::kGoodPassword)).error().code, ErrorCode::WrongSecret);
        QVERIFY(vault->unlock(test::secret(test::kOtherPassword)).ok());
    }

    void changePasswordWhenHeaderCannotBeWrittenKeepsOldPassword()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        const QByteArray before = test::readAll(vault->headerPath());
        // QSaveFile writes a temporary file next to vault.json, then renames it over. A directory in
        // the way of the rename makes the final step fail the way a read-only disk does.
        QVERIFY(QFile::rename(vault->headerPath(), vault->headerPath() + QStringLiteral(".keep")));
        QVERIFY(QDir().mkpath(vault->headerPath()));
        auto r = vault->changePassword(test::secret(test::kGoodPassword), test::secret(test::kOtherPassword));
        QVERIFY(!r.ok()); // header missing/unwritable: refused with a clear error
        QVERIFY(QDir(vault->headerPath()).removeRecursively());
        QVERIFY(QFile::rename(vault->headerPath() + QStringLiteral(".keep"), vault->headerPath()));
        QCOMPARE(test::readAll(vault->headerPath()), before);
        vault->lock();
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
    }

    void truncatedHeaderIsDamagedNotWrongPassword()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        vault->lock();
        const QByteArray header = test::readAll(vault->headerPath());
        QVERIFY(test::writeAll(vault->headerPath(), header.left(header.size() / 3)));
        auto r = vault->unlock(test::secret(test::kGoodPassword));
        QCOMPARE(r.error().code, ErrorCode::Damaged);
        QCOMPARE(vault->throttle().failures(), 0); // damage is not counted as a wrong password
        QVERIFY(test::writeAll(vault->headerPath(), header));
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
    }

    void editedHeaderIsRejectedEvenWithFixedChecksum()
    {
        auto [vault, header] = lockedVaultAndHeader(freshDir());
        QVERIFY(!header.isEmpty());
        QJsonObject o = QJsonDocument::fromJson(header).object();
        QJsonObject settings = o.value(QStringLiteral("settings")).toObject();
        settings[QStringLiteral("autoLockSeconds")] = 999999;
        o[QStringLiteral("settings")] = settings;
        QVERIFY(test::writeAll(vault->headerPath(), rechecksummed(o)));
        auto r = vault->unlock(test::secret(test::kGoodPassword));
        QCOMPARE(r.error().code, ErrorCode::Damaged);
        QVERIFY(r.error().message.contains(QStringLiteral("changed")));
        QVERIFY(!vault->isUnlocked());

        // moving the address breaks the slot's seal: it cannot open at all
        o = QJsonDocument::fromJson(header).object();
        o[QStringLiteral("address")] = QStringLiteral("0xF278cF59F82eDcf871d630F28EcC8056f25C1cdb");
        QVERIFY(test::writeAll(vault->headerPath(), rechecksummed(o)));
        QVERIFY(!vault->unlock(test::secret(test::kGoodPassword)).ok());
        QVERIFY(test::writeAll(vault->headerPath(), header));
        QVERIFY(vault->throttle().failures() > 0);
        vault->throttle().recordSuccess();
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
    }

    // A header whose KDF parameters ask for a terabyte of memory or billions of passes (a planted
    // file, a denial of service) is refused as damaged before any KDF runs: no wait, no allocation,
    // and no wrong-password count.
    void absurdKdfParametersAreRefusedBeforeAnyKdf_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("1 TiB of memory") << QStringLiteral("memlimit") << QStringLiteral("1099511627776");
        QTest::newRow("2^40 passes") << QStringLiteral("opslimit") << QStringLiteral("1099511627776");
        QTest::newRow("beyond 64 bits")
            << QStringLiteral("memlimit") << QStringLiteral("99999999999999999999999");
        QTest::newRow("below the floor") << QStringLiteral("memlimit") << QStringLiteral("1024");
    }
    void absurdKdfParametersAreRefusedBeforeAnyKdf()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto [vault, header] = lockedVaultAndHeader(freshDir());
        QVERIFY(!header.isEmpty());
        QJsonObject o = QJsonDocument::fromJson(header).object();
        QJsonArray keySlots = o.value(QStringLiteral("keySlots")).toArray();
        QVERIFY(!keySlots.isEmpty());
        QJsonObject slot = keySlots[0].toObject();
        QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
        QVERIFY(kdf.contains(field));
        kdf[field] = value;
        slot[QStringLiteral("kdf")] = kdf;
        keySlots[0] = slot;
        o[QStringLiteral("keySlots")] = keySlots;
        QVERIFY(test::writeAll(vault->headerPath(), rechecksummed(o)));
        auto r = vault->unlock(test::secret(test::kGoodPassword));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Damaged);
        QCOMPARE(vault->throttle().failures(), 0);
        QVERIFY(!vault->isUnlocked());
        QVERIFY(test::writeAll(vault->headerPath(), header));
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
    }

    void swappedHeaderFromAnotherVault()
    {
        const QString a = freshDir();
        const QString b = freshDir();
        auto va = makeVault(a);
        auto vb = makeVault(b);
        QVERIFY(va->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        QVERIFY(vb->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        va->lock();
        vb->lock();
        QVERIFY(QFile::remove(va->headerPath()));
        QVERIFY(QFile::copy(vb->headerPath(), va->headerPath()));
        // same password, other vault: the key opens, but the database is not this vault's
        auto r = va->unlock(test::secret(test::kGoodPassword));
        QCOMPARE(r.error().code, ErrorCode::DamagedDatabase);
        QVERIFY(!va->isUnlocked());
    }

    void olderDatabaseCopiedBackIsDetected()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        vault->lock();
        const QString old = dir + QStringLiteral("/old.db");
        QVERIFY(QFile::copy(vault->databasePath(), old));
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
        vault->lock();
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
        vault->lock();
        QVERIFY(QFile::remove(vault->databasePath()));
        QVERIFY(QFile::copy(old, vault->databasePath()));
        const QByteArray stale = test::readAll(vault->databasePath());
        auto r = vault->unlock(test::secret(test::kGoodPassword));
        QCOMPARE(r.error().code, ErrorCode::DamagedDatabase);
        QVERIFY(r.error().message.contains(QStringLiteral("older")));
        QCOMPARE(test::readAll(vault->databasePath()), stale); // nothing changed
        auto check = vault->check(test::secret(test::kGoodPassword));
        QCOMPARE(check.error().code, ErrorCode::DamagedDatabase);

        auto aside = vault->rebuildDatabase(test::secret(test::kGoodPassword));
        QVERIFY(aside.ok());
        QCOMPARE(test::readAll(aside.value()), stale); // kept, not deleted
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
        vault->lock();
        QVERIFY(vault->check(test::secret(test::kGoodPassword)).ok());
    }

    void oldHeaderWithOldPasswordPutBackIsRefused()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        const QByteArray oldHeader = test::readAll(vault->headerPath());
        QVERIFY(vault->changePassword(test::secret(test::kGoodPassword), test::secret(test::kOtherPassword))
                    .ok());
        vault->lock();
        QVERIFY(vault->unlock(test::secret(test::kOtherPassword)).ok());
        vault->lock();
        QVERIFY(test::writeAll(vault->headerPath(), oldHeader));
        // the password change gave the database new keys: the old header's key does not open it
        auto r = vault->unlock(test::secret(test::kGoodPassword));
        QCOMPARE(r.error().code, ErrorCode::DamagedDatabase);
        QVERIFY2(r.error().message.contains(QStringLiteral("put back from before a password change")),
                 qPrintable(r.error().message));
    }

    void interruptedCounterBumpIsTolerated()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        vault->lock();
        const QByteArray header = test::readAll(vault->headerPath());
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok()); // db and header move to n+1
        vault->lock();
        QVERIFY(test::writeAll(vault->headerPath(), header)); // as if the header write was lost
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
    }

    void flippedDatabaseByteFoundByCheck()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        QVERIFY(vault->database()
                    ->execInTransaction(
                        "CREATE TABLE filler (x TEXT);"
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                        "INSERT INTO filler SELECT hex(randomblob(40)) FROM n;")
                    .ok());
        vault->lock();
        QByteArray db = test::readAll(vault->databasePath());
        db[db.size() - 100] = char(db[db.size() - 100] ^ 0x01);
        QVERIFY(test::writeAll(vault->databasePath(), db));
        auto r = vault->check(test::secret(test::kGoodPassword));
        QCOMPARE(r.error().code, ErrorCode::DamagedDatabase);
        QVERIFY(r.error().message.contains(QStringLiteral("password is right")));
        QVERIFY(!vault->isUnlocked());
    }

    void forgottenPasswordRestoresOverTheSameAccountOnly()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        auto created = vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English);
        QVERIFY(created.ok());
        vault->lock();
        const QByteArray oldHeader = test::readAll(vault->headerPath());
        // someone else's phrase is refused and nothing moves
        const auto stranger = crypto::Mnemonic::generate(WordlistLanguage::English);
        const auto misfit = vault->checkRestoreFits(stranger); // before any password work
        QCOMPARE(misfit.error().code, ErrorCode::InvalidInput);
        QVERIFY(misfit.error().message.contains(created.value().address.toChecksumString()));
        PB_VERIFY_OK(vault->checkRestoreFits(created.value().mnemonic));
        auto refused = vault->replaceWithRestore(
            stranger, vault->preparePassword(test::secret(test::kOtherPassword)).value());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(test::readAll(vault->headerPath()), oldHeader);
        // the right phrase replaces it; the old files are kept in a replaced-* folder
        auto replaced = vault->replaceWithRestore(
            created.value().mnemonic, vault->preparePassword(test::secret(test::kOtherPassword)).value());
        PB_VERIFY_OK(replaced);
        QCOMPARE(replaced.value(), created.value().address);
        const QStringList aside = QDir(dir).entryList({QStringLiteral("replaced-*")}, QDir::Dirs);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(test::readAll(dir + QLatin1Char('/') + aside.first() + QStringLiteral("/vault.json")),
                 oldHeader);
        vault->lock();
        QVERIFY(vault->unlock(test::secret(test::kOtherPassword)).ok());
    }

    void reauthenticationAndSettings()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        QVERIFY(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English).ok());
        QVERIFY(vault->verifyPassword(test::secret(test::kGoodPassword)).ok());
        QCOMPARE(vault->verifyPassword(test::secret("nope nope nope")).error().code, ErrorCode::WrongSecret);
        QCOMPARE(vault->autoLockSeconds(), 300);
        QVERIFY(vault->setAutoLockSeconds(60).ok());
        QCOMPARE(vault->setAutoLockSeconds(1).error().code, ErrorCode::InvalidInput);
        vault->lock();
        QCOMPARE(vault->autoLockSeconds(), 60);
        QCOMPARE(vault->verifyPassword(test::secret(test::kGoodPassword)).error().code,
                 ErrorCode::WrongSecret);
        QVERIFY(vault->unlock(test::secret(test::kGoodPassword)).ok());
        QCOMPARE(vault->autoLockSeconds(), 60);
    }
};

QTEST_GUILESS_MAIN(TestVaultManager)
#include "tst_vaultmanager.moc"
