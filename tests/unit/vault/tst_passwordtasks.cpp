// vault::PasswordTasks: the vault's password operations with Argon2id on a worker and the outcome
// back on this thread, against real vault files — each operation's result, what refuses to start
// (no vault, throttled, busy, another account's phrase), and nothing heard once the context is gone.
#include "TestHelpers.h"
#include "VaultTestSupport.h"
#include "vault/PasswordTasks.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace passbook;
using vault::PasswordTasks;
using vault::VaultManager;

namespace {
PasswordTasks::Secret secret(const char *text)
{
    return std::make_shared<const crypto::SecureBuffer>(test::secret(text));
}

// What a task said, and on which thread it said it.
template <typename T> struct Outcome
{
    std::optional<Result<T>> result;
    QThread *thread = nullptr;
    PasswordTasks::Done<T> done()
    {
        return [this](Result<T> r) {
            result.emplace(std::move(r));
            thread = QThread::currentThread();
        };
    }
};
} // namespace

class TestPasswordTasks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<VaultManager> vaultAt(const QString &name)
    {
        auto v = std::make_unique<VaultManager>(m_dir.filePath(name));
        test::useFastKdf(*v);
        return v;
    }

private slots:
    void aVaultsLifeThroughTheTasks()
    {
        auto v = vaultAt(QStringLiteral("life"));
        PasswordTasks tasks(*v, this);

        // nothing to unlock yet: refused at once, nothing called
        Outcome<void> early;
        QVERIFY(!tasks.unlock(secret(test::kGoodPassword), early.done()).ok());
        QTest::qWait(50);
        QVERIFY(!early.result);

        Outcome<VaultManager::Created> created;
        PB_VERIFY_OK(
            tasks.create(secret(test::kGoodPassword), crypto::WordlistLanguage::English, created.done()));
        QVERIFY(tasks.busy()); // until the outcome is heard, one task at a time
        Outcome<VaultManager::Created> second;
        QCOMPARE(tasks.create(secret(test::kGoodPassword), crypto::WordlistLanguage::English, second.done())
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QTRY_VERIFY_WITH_TIMEOUT(created.result.has_value(), 20000);
        QVERIFY(!tasks.busy());
        QVERIFY(!second.result);
        PB_VERIFY_OK(*created.result);
        QCOMPARE(created.thread, QThread::currentThread());
        QCOMPARE(v->state(), VaultManager::State::Unlocked);
        const QStringList words = created.result->value().mnemonic.words();
        QCOMPARE(words.size(), 24);

        // re-authentication: wrong, then right
        Outcome<void> wrong;
        PB_VERIFY_OK(tasks.reauthenticate(secret(test::kOtherPassword), wrong.done()));
        QTRY_VERIFY_WITH_TIMEOUT(wrong.result.has_value(), 20000);
        QCOMPARE(wrong.result->error().code, ErrorCode::WrongSecret);
        Outcome<void> right;
        QTRY_VERIFY_WITH_TIMEOUT(v->throttle().remainingWaitMs() == 0, 30000);
        PB_VERIFY_OK(tasks.reauthenticate(secret(test::kGoodPassword), right.done()));
        QTRY_VERIFY_WITH_TIMEOUT(right.result.has_value(), 20000);
        PB_VERIFY_OK(*right.result);

        // the phrase shown again is the one made
        Outcome<crypto::Mnemonic> phrase;
        PB_VERIFY_OK(tasks.revealRecoveryPhrase(secret(test::kGoodPassword), phrase.done()));
        QTRY_VERIFY_WITH_TIMEOUT(phrase.result.has_value(), 20000);
        PB_VERIFY_OK(*phrase.result);
        QCOMPARE(phrase.result->value().words(), words);

        // a new password: the old one no longer opens the vault, the new one does
        Outcome<void> changed;
        PB_VERIFY_OK(
            tasks.changePassword(secret(test::kGoodPassword), secret(test::kOtherPassword), changed.done()));
        QTRY_VERIFY_WITH_TIMEOUT(changed.result.has_value(), 20000);
        PB_VERIFY_OK(*changed.result);
        v->lock();
        Outcome<void> oldOne;
        PB_VERIFY_OK(tasks.unlock(secret(test::kGoodPassword), oldOne.done()));
        QTRY_VERIFY_WITH_TIMEOUT(oldOne.result.has_value(), 20000);
        QCOMPARE(oldOne.result->error().code, ErrorCode::WrongSecret);
        QCOMPARE(v->state(), VaultManager::State::Locked);
        // the throttle now asks to wait: refused at once, before any Argon2id
        if (v->throttle().remainingWaitMs() > 0) {
            Outcome<void> throttled;
            const auto refused = tasks.unlock(secret(test::kOtherPassword), throttled.done());
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Throttled);
        }
        Outcome<void> newOne;
        QTRY_VERIFY_WITH_TIMEOUT(v->throttle().remainingWaitMs() == 0, 30000);
        PB_VERIFY_OK(tasks.unlock(secret(test::kOtherPassword), newOne.done()));
        QTRY_VERIFY_WITH_TIMEOUT(newOne.result.has_value(), 20000);
        PB_VERIFY_OK(*newOne.result);
        QCOMPARE(v->state(), VaultManager::State::Unlocked);

        // forgotten password: another account's phrase may not replace this vault (said at once);
        // its own phrase may, with a new password
        v->lock();
        auto other = crypto::Mnemonic::generate(crypto::WordlistLanguage::English);
        Outcome<crypto::Address> refusedRestore;
        QVERIFY(!tasks
                     .restore(std::make_shared<const crypto::Mnemonic>(std::move(other)),
                              secret(test::kGoodPassword), refusedRestore.done())
                     .ok());
        auto own = crypto::Mnemonic::parse(words.join(QLatin1Char(' ')));
        PB_VERIFY_OK(own);
        Outcome<crypto::Address> restored;
        PB_VERIFY_OK(tasks.restore(std::make_shared<const crypto::Mnemonic>(std::move(own).value()),
                                   secret(test::kGoodPassword), restored.done()));
        QTRY_VERIFY_WITH_TIMEOUT(restored.result.has_value(), 20000);
        PB_VERIFY_OK(*restored.result);
        QCOMPARE(restored.result->value(), v->storedAddress().value());
        QVERIFY(!refusedRestore.result);

        // a new, empty database; the old one kept aside
        v->lock();
        Outcome<QString> rebuilt;
        PB_VERIFY_OK(tasks.rebuildDatabase(secret(test::kGoodPassword), rebuilt.done()));
        QTRY_VERIFY_WITH_TIMEOUT(rebuilt.result.has_value(), 20000);
        PB_VERIFY_OK(*rebuilt.result);
        QVERIFY(QFileInfo::exists(rebuilt.result->value()));
    }

    void aRestoreOnAFreshDevice()
    {
        auto v = vaultAt(QStringLiteral("fresh"));
        PasswordTasks tasks(*v, this);
        const auto phrase = std::make_shared<const crypto::Mnemonic>(
            crypto::Mnemonic::generate(crypto::WordlistLanguage::English));
        Outcome<crypto::Address> restored;
        PB_VERIFY_OK(tasks.restore(phrase, secret(test::kGoodPassword), restored.done()));
        QTRY_VERIFY_WITH_TIMEOUT(restored.result.has_value(), 20000);
        PB_VERIFY_OK(*restored.result);
        QCOMPARE(restored.result->value(), vault::accountKey(*phrase).value().address());
    }

    void nothingIsHeardOnceTheContextIsGone()
    {
        auto v = vaultAt(QStringLiteral("gone"));
        bool heard = false;
        {
            auto context = std::make_unique<QObject>();
            PasswordTasks tasks(*v, context.get());
            PB_VERIFY_OK(tasks.create(secret(test::kGoodPassword), crypto::WordlistLanguage::English,
                                      [&heard](Result<VaultManager::Created>) { heard = true; }));
            tasks.waitForDone(); // the worker is done; its outcome waits in the event loop
            context.reset();
        }
        QTest::qWait(100);
        QVERIFY(!heard);
        QCOMPARE(v->state(), VaultManager::State::NoVault); // the outcome was never applied
    }
};

QTEST_GUILESS_MAIN(TestPasswordTasks)
#include "tst_passwordtasks.moc"
