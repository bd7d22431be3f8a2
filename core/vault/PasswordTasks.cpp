#include "PasswordTasks.h"

#include "common/Background.h"

namespace passbook::vault {

using crypto::SecureBuffer;

PasswordTasks::PasswordTasks(VaultManager &vault, QObject *context) : m_vault(vault), m_context(context)
{
}

PasswordTasks::~PasswordTasks()
{
    waitForDone();
}

template <typename Work, typename Finish> Result<void> PasswordTasks::start(Work work, Finish finish)
{
    if (busy()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Wait for the check under way to finish."),
                         QStringLiteral("password task busy"));
    }
    *m_busy = true;
    m_running = runInBackground(m_context, std::move(work),
                                [busy = m_busy, finish = std::move(finish)](auto result) mutable {
                                    *busy = false;
                                    finish(std::move(result));
                                });
    return {};
}

Result<void>
PasswordTasks::checkPassword(Secret password,
                             std::function<void(const VaultHeader &, Result<SecureBuffer>)> finish)
{
    auto header = m_vault.readHeader();
    if (!header) {
        return header.error();
    }
    if (auto throttled = m_vault.checkThrottle(); !throttled) {
        return throttled.error();
    }
    return start([h = header.value(), password] { return VaultManager::unwrapPasswordSlot(h, *password); },
                 [h = header.value(), finish = std::move(finish)](Result<SecureBuffer> opened) {
                     finish(h, std::move(opened));
                 });
}

Result<void> PasswordTasks::unlock(Secret password, Done<void> done)
{
    return checkPassword(std::move(password), [vault = &m_vault, done = std::move(done)](
                                                  const VaultHeader &h, Result<SecureBuffer> opened) {
        done(vault->completeUnlock(h, std::move(opened)));
    });
}

Result<void> PasswordTasks::reauthenticate(Secret password, Done<void> done)
{
    return checkPassword(std::move(password), [vault = &m_vault, done = std::move(done)](
                                                  const VaultHeader &h, Result<SecureBuffer> opened) {
        auto ok = vault->completeReauthentication(h, std::move(opened));
        done(ok ? Result<void>() : Result<void>(ok.error()));
    });
}

Result<void> PasswordTasks::create(Secret password, crypto::WordlistLanguage language,
                                   Done<VaultManager::Created> done)
{
    return start([vault = &m_vault, password] { return vault->preparePassword(*password); },
                 [vault = &m_vault, language,
                  done = std::move(done)](Result<VaultManager::PreparedPassword> prepared) {
                     done(prepared ? vault->create(std::move(prepared).value(), language)
                                   : Result<VaultManager::Created>(prepared.error()));
                 });
}

Result<void> PasswordTasks::restore(std::shared_ptr<const crypto::Mnemonic> phrase, Secret password,
                                    Done<crypto::Address> done)
{
    if (m_vault.state() != VaultManager::State::NoVault) {
        if (auto fits = m_vault.checkRestoreFits(*phrase); !fits) {
            return fits.error();
        }
    }
    return start(
        [vault = &m_vault, password] { return vault->preparePassword(*password); },
        [vault = &m_vault, phrase, done = std::move(done)](Result<VaultManager::PreparedPassword> prepared) {
            if (!prepared) {
                done(prepared.error());
            } else if (vault->state() != VaultManager::State::NoVault) {
                done(vault->replaceWithRestore(*phrase, std::move(prepared).value()));
            } else {
                done(vault->restore(*phrase, std::move(prepared).value()));
            }
        });
}

Result<void> PasswordTasks::changePassword(Secret oldPassword, Secret newPassword, Done<void> done)
{
    auto header = m_vault.readHeader();
    if (!header) {
        return header.error();
    }
    if (auto throttled = m_vault.checkThrottle(); !throttled) {
        return throttled.error();
    }
    struct Keys
    {
        Result<SecureBuffer> oldKey;
        Result<VaultManager::PreparedPassword> prepared;
    };
    return start(
        [vault = &m_vault, h = header.value(), oldPassword, newPassword] {
            auto prepared = vault->preparePassword(*newPassword);
            auto oldKey = prepared ? VaultManager::unwrapPasswordSlot(h, *oldPassword)
                                   : Result<SecureBuffer>(prepared.error());
            return Keys{std::move(oldKey), std::move(prepared)};
        },
        [vault = &m_vault, h = header.value(), done = std::move(done)](Keys keys) {
            done(keys.prepared ? vault->completeChangePassword(h, std::move(keys.oldKey),
                                                               std::move(keys.prepared).value())
                               : Result<void>(keys.prepared.error()));
        });
}

Result<void> PasswordTasks::rebuildDatabase(Secret password, Done<QString> done)
{
    // one KDF, rare enough to run as a whole on the worker, the vault being locked
    return start([vault = &m_vault, password] { return vault->rebuildDatabase(*password); }, std::move(done));
}

Result<void> PasswordTasks::revealRecoveryPhrase(Secret password, Done<crypto::Mnemonic> done)
{
    // one KDF, as for unlocking (same throttle); the whole check runs on the worker
    return start([vault = &m_vault, password] { return vault->revealRecoveryPhrase(*password); },
                 std::move(done));
}

} // namespace passbook::vault
