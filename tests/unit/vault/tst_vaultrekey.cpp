// Changing the password gives the vault new keys (VaultRekey.cpp): a copy of the old vault.json opens
// nothing written since, even with the old password; the old header and database put back together
// open only with the old password, and only the old content. A crash at every step of the change
// leaves exactly one password that opens everything; a failure while copying leaves the old password
// and keys as they were.
#include "VaultTestSupport.h"
#include "vault/VaultManager.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace passbook;
using namespace passbook::vault;
using crypto::WordlistLanguage;

namespace {
const QString kNote = QStringLiteral("test_note");

std::unique_ptr<VaultManager> makeVault(const QString &dir)
{
    auto v = std::make_unique<VaultManager>(dir);
    test::useFastKdf(*v);
    return v;
}

crypto::Address patient()
{
    return crypto::Address::fromString(QStringLiteral("0x00000000000000000000000000000000000000aa")).value();
}

// The note in the record database, and in the cared-for copy of patient() ("" where there is none).
std::pair<QString, QString> notes(VaultManager &vault)
{
    const auto main = vault.database()->meta(kNote);
    VaultDatabase care;
    QString cared;
    if (vault.openCareDatabase(patient(), care)) {
        const auto c = care.meta(kNote);
        cared = c ? c.value() : QString();
    }
    return {main ? main.value() : QString(), cared};
}

bool writeNotes(VaultManager &vault, const QString &text)
{
    VaultDatabase care;
    return vault.database()->setMeta(kNote, text) && vault.openCareDatabase(patient(), care) &&
           care.setMeta(kNote, text);
}

QStringList leftovers(const QString &dir)
{
    QStringList out;
    for (const QString &sub : {QString(), QStringLiteral("care")}) {
        for (const QString &f :
             QDir(QDir(dir).filePath(sub)).entryList({QStringLiteral("*.rekey*")}, QDir::Files)) {
            out << f;
        }
    }
    return out;
}
} // namespace

class TestVaultRekey : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("profile%1").arg(++m_n)); }

private slots:
    void oldCopiesOpenOnlyTheOldContentWithTheOldPassword()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        PB_VERIFY_OK(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English));
        const auto address = vault->address();
        QVERIFY(writeNotes(*vault, QStringLiteral("before")));
        vault->lock();
        const QByteArray oldHeader = test::readAll(vault->headerPath());
        const QByteArray oldDatabase = test::readAll(vault->databasePath());
        const QByteArray oldCare = test::readAll(vault->careDatabasePath(patient()));

        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
        PB_VERIFY_OK(
            vault->changePassword(test::secret(test::kGoodPassword), test::secret(test::kOtherPassword)));
        QVERIFY(vault->isUnlocked()); // unlocked again, with the new keys
        QCOMPARE(vault->address(), address);
        QCOMPARE(notes(*vault), std::make_pair(QStringLiteral("before"), QStringLiteral("before")));
        QVERIFY(writeNotes(*vault, QStringLiteral("after")));
        vault->lock();
        QVERIFY(leftovers(dir).isEmpty());
        const QByteArray newHeader = test::readAll(vault->headerPath());
        const QByteArray newDatabase = test::readAll(vault->databasePath());
        // every page re-encrypted: not even SQLCipher's salt (the file's first 16 bytes) is kept
        QVERIFY(newDatabase.first(16) != oldDatabase.first(16));
        QVERIFY(test::readAll(vault->careDatabasePath(patient())).first(16) != oldCare.first(16));

        // the old header put back alone (a backup, a synced folder): its key opens nothing written since
        QVERIFY(test::writeAll(vault->headerPath(), oldHeader));
        auto alone = vault->unlock(test::secret(test::kGoodPassword));
        QCOMPARE(alone.error().code, ErrorCode::DamagedDatabase);
        QVERIFY2(alone.error().message.contains(QStringLiteral("put back from before a password change")),
                 qPrintable(alone.error().message));
        QCOMPARE(test::readAll(vault->databasePath()), newDatabase); // nothing changed
        QCOMPARE(vault->unlock(test::secret(test::kOtherPassword)).error().code, ErrorCode::WrongSecret);
        // the newer header back: the new password opens everything
        QVERIFY(test::writeAll(vault->headerPath(), newHeader));
        PB_VERIFY_OK(vault->unlock(test::secret(test::kOtherPassword)));
        QCOMPARE(notes(*vault), std::make_pair(QStringLiteral("after"), QStringLiteral("after")));
        vault->lock();

        // header and databases put back together: only the old password opens them, with the old content
        QVERIFY(test::writeAll(vault->headerPath(), oldHeader));
        QVERIFY(test::writeAll(vault->databasePath(), oldDatabase));
        QVERIFY(test::writeAll(vault->careDatabasePath(patient()), oldCare));
        QCOMPARE(vault->unlock(test::secret(test::kOtherPassword)).error().code, ErrorCode::WrongSecret);
        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
        QCOMPARE(notes(*vault), std::make_pair(QStringLiteral("before"), QStringLiteral("before")));
        QCOMPARE(vault->address(), address);
    }

    void aCrashAtEveryStepLeavesOnePasswordThatOpensEverything_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("newPasswordOpens");
        QTest::newRow("copies written, old header") << int(VaultManager::RekeyStep::CopiesWritten) << false;
        QTest::newRow("new header, nothing moved") << int(VaultManager::RekeyStep::HeaderWritten) << true;
        QTest::newRow("database moved, cared-for copy not")
            << int(VaultManager::RekeyStep::DatabaseMoved) << true;
    }

    void aCrashAtEveryStepLeavesOnePasswordThatOpensEverything()
    {
        QFETCH(int, step);
        QFETCH(bool, newPasswordOpens);
        const QString dir = freshDir();
        {
            auto vault = makeVault(dir);
            PB_VERIFY_OK(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English));
            QVERIFY(writeNotes(*vault, QStringLiteral("kept")));
            vault->lock();
        }
        // The change runs in a child process that dies at the step, as in a power cut: no destructor,
        // no cleanup, files as they are.
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            auto vault = makeVault(dir);
            if (!vault->unlock(test::secret(test::kGoodPassword))) {
                _exit(2);
            }
            vault->setRekeyCheckpoint([step](VaultManager::RekeyStep reached) {
                if (int(reached) == step) {
                    _exit(42);
                }
            });
            (void)vault->changePassword(test::secret(test::kGoodPassword),
                                        test::secret(test::kOtherPassword));
            _exit(3); // the step was never reached
        }
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 42);
        QVERIFY(!leftovers(dir).isEmpty()); // the crash left copies behind

        auto vault = makeVault(dir);
        const char *opens = newPasswordOpens ? test::kOtherPassword : test::kGoodPassword;
        const char *refused = newPasswordOpens ? test::kGoodPassword : test::kOtherPassword;
        QCOMPARE(vault->unlock(test::secret(refused)).error().code, ErrorCode::WrongSecret);
        PB_VERIFY_OK(vault->unlock(test::secret(opens)));
        QCOMPARE(notes(*vault), std::make_pair(QStringLiteral("kept"), QStringLiteral("kept")));
        QVERIFY2(leftovers(dir).isEmpty(), qPrintable(leftovers(dir).join(QLatin1Char(' '))));
        vault->lock();
        PB_VERIFY_OK(vault->check(test::secret(opens)));
        // and the password change can be made again from there
        PB_VERIFY_OK(vault->unlock(test::secret(opens)));
        PB_VERIFY_OK(
            vault->changePassword(test::secret(opens), test::secret("a third password, quite long")));
        QCOMPARE(notes(*vault), std::make_pair(QStringLiteral("kept"), QStringLiteral("kept")));
    }

    // The new header is written, then the copy it relies on is damaged before it is moved into place: the
    // change is reported as made (the new password is the one to use), and neither file is deleted.
    void aCopyDamagedAfterTheNewHeaderIsKeptAndSaidSo()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        PB_VERIFY_OK(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English));
        const QString copy = vault->databasePath() + QStringLiteral(".rekey");
        vault->setRekeyCheckpoint([&copy](VaultManager::RekeyStep step) {
            if (step == VaultManager::RekeyStep::HeaderWritten) {
                QByteArray bytes = test::readAll(copy);
                for (int i = 0; i < 64; ++i) {
                    bytes[i] = char(~bytes[i]);
                }
                test::writeAll(copy, bytes);
            }
        });
        auto r = vault->changePassword(test::secret(test::kGoodPassword), test::secret(test::kOtherPassword));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DamagedDatabase);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Your password was changed, but")),
                 qPrintable(r.error().message));
        QVERIFY(!vault->isUnlocked());
        QVERIFY(QFile::exists(copy));
        QVERIFY(QFile::exists(vault->databasePath()));
        QCOMPARE(vault->unlock(test::secret(test::kGoodPassword)).error().code, ErrorCode::WrongSecret);
        QCOMPARE(vault->unlock(test::secret(test::kOtherPassword)).error().code, ErrorCode::DamagedDatabase);
        QVERIFY(QFile::exists(copy)); // still nothing deleted
        // the way out the message names: rebuilding keeps both aside and starts again
        auto aside = vault->rebuildDatabase(test::secret(test::kOtherPassword));
        PB_VERIFY_OK(aside);
        QVERIFY(QFile::exists(aside.value()));
        QVERIFY(QFile::exists(aside.value() + QStringLiteral(".rekey")));
        PB_VERIFY_OK(vault->unlock(test::secret(test::kOtherPassword)));
    }

    // A crash while a copy was being written leaves a partial file (here: the empty file a copy starts as,
    // and its journal), and a planted empty .rekey passes for nothing either: the next unlock opens the old
    // vault whole and clears them.
    void aCopyInterruptedWhileWrittenIsNeverTaken()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        PB_VERIFY_OK(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English));
        QVERIFY(writeNotes(*vault, QStringLiteral("kept")));
        vault->lock();
        QVERIFY(test::writeAll(vault->databasePath() + QStringLiteral(".rekey.tmp"), QByteArray()));
        QVERIFY(test::writeAll(vault->databasePath() + QStringLiteral(".rekey.tmp-journal"),
                               QByteArray(512, 'j')));
        QVERIFY(
            test::writeAll(vault->careDatabasePath(patient()) + QStringLiteral(".rekey.tmp"), QByteArray()));
        QVERIFY(test::writeAll(vault->databasePath() + QStringLiteral(".rekey"), QByteArray()));
        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
        QCOMPARE(notes(*vault), std::make_pair(QStringLiteral("kept"), QStringLiteral("kept")));
        QVERIFY2(leftovers(dir).isEmpty(), qPrintable(leftovers(dir).join(QLatin1Char(' '))));
    }

    void aFailureWhileCopyingKeepsTheOldPasswordAndKeys()
    {
        const QString dir = freshDir();
        auto vault = makeVault(dir);
        PB_VERIFY_OK(vault->create(test::secret(test::kGoodPassword), WordlistLanguage::English));
        QVERIFY(writeNotes(*vault, QStringLiteral("kept")));
        const QByteArray slot = vault->readHeader().value().slot(QStringLiteral("password"))->wrappedKey;
        // the cared-for copy cannot be written (a directory where its copy would go), as on a full disk
        QVERIFY(QDir().mkpath(vault->careDatabasePath(patient()) + QStringLiteral(".rekey")));
        auto r = vault->changePassword(test::secret(test::kGoodPassword), test::secret(test::kOtherPassword));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(vault->isUnlocked()); // opened again with the old keys
        QCOMPARE(vault->readHeader().value().slot(QStringLiteral("password"))->wrappedKey, slot); // same keys
        QCOMPARE(notes(*vault), std::make_pair(QStringLiteral("kept"), QStringLiteral("kept")));
        QVERIFY(QDir(vault->careDatabasePath(patient()) + QStringLiteral(".rekey")).removeRecursively());
        QVERIFY(leftovers(dir).isEmpty());
        vault->lock();
        QCOMPARE(vault->unlock(test::secret(test::kOtherPassword)).error().code, ErrorCode::WrongSecret);
        PB_VERIFY_OK(vault->unlock(test::secret(test::kGoodPassword)));
    }
};

QTEST_GUILESS_MAIN(TestVaultRekey)
#include "tst_vaultrekey.moc"
