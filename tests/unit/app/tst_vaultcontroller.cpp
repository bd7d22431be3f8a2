// The app's password change (VaultController over PasswordTasks): new keys without the screen ever
// leaving the page, and the rollback paths straight after it, with no unlock in between — the old
// vault.json put back alone opens nothing (and the newer one put back again opens everything), the
// old vault.json and database put back together open only with the old password and only the old
// content.
#include "VaultController.h"
#include "VaultTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace passbook;
using app::VaultController;

namespace {
const QString kNote = QStringLiteral("test_note");

QString note(vault::VaultManager &vault)
{
    const auto n = vault.database()->meta(kNote);
    return n ? n.value() : QString();
}
} // namespace

class TestVaultController : public QObject
{
    Q_OBJECT
private slots:
    void passwordChangeGivesNewKeysAndOldCopiesStayOld()
    {
        QTemporaryDir dir;
        vault::VaultManager vault(dir.filePath(QStringLiteral("p")));
        test::useFastKdf(vault);
        VaultController controller(&vault);
        PB_VERIFY_OK(vault.create(test::secret(test::kGoodPassword), crypto::WordlistLanguage::English));
        PB_VERIFY_OK(vault.database()->setMeta(kNote, QStringLiteral("before")));
        vault.lock();
        const QByteArray oldHeader = test::readAll(vault.headerPath());
        const QByteArray oldDatabase = test::readAll(vault.databasePath());
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QCOMPARE(controller.state(), VaultController::State::Unlocked);

        QSignalSpy changed(&controller, &VaultController::passwordChanged);
        QSignalSpy shown(&controller, &VaultController::stateChanged);
        controller.changePassword(QString::fromLatin1(test::kGoodPassword),
                                  QString::fromLatin1(test::kOtherPassword));
        QVERIFY(changed.wait(30000));
        QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
        QCOMPARE(shown.count(), 0); // locked and unlocked again inside the change: the page stays
        QCOMPARE(controller.state(), VaultController::State::Unlocked);
        QVERIFY(vault.isUnlocked());
        QCOMPARE(note(vault), QStringLiteral("before"));
        PB_VERIFY_OK(vault.database()->setMeta(kNote, QStringLiteral("after")));
        vault.lock();
        const QByteArray newHeader = test::readAll(vault.headerPath());

        // the old header alone
        QVERIFY(test::writeAll(vault.headerPath(), oldHeader));
        QCOMPARE(vault.unlock(test::secret(test::kGoodPassword)).error().code, ErrorCode::DamagedDatabase);
        QCOMPARE(vault.unlock(test::secret(test::kOtherPassword)).error().code, ErrorCode::WrongSecret);
        QVERIFY(test::writeAll(vault.headerPath(), newHeader));
        PB_VERIFY_OK(vault.unlock(test::secret(test::kOtherPassword)));
        QCOMPARE(note(vault), QStringLiteral("after"));
        vault.lock();
        // the old header and database together
        QVERIFY(test::writeAll(vault.headerPath(), oldHeader));
        QVERIFY(test::writeAll(vault.databasePath(), oldDatabase));
        QCOMPARE(vault.unlock(test::secret(test::kOtherPassword)).error().code, ErrorCode::WrongSecret);
        PB_VERIFY_OK(vault.unlock(test::secret(test::kGoodPassword)));
        QCOMPARE(note(vault), QStringLiteral("before"));

        // a real lock still reaches the screen, at once
        shown.clear();
        vault.lock();
        QCOMPARE(controller.state(), VaultController::State::Locked);
        QCOMPARE(shown.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVaultController)
#include "tst_vaultcontroller.moc"
