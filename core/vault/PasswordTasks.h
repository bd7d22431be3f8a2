#pragma once

#include "VaultManager.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace passbook::vault {

// The vault's password operations for an event-driven front end (the app; DESIGN.md §3). The slow
// part — Argon2id, about a second — runs on a worker and touches nothing of the vault's state;
// whatever reads or writes the header, the throttle, the files and the keys runs on the vault's
// thread, and `done` hears the outcome there, unless `context` is gone by then.
//
// One task at a time. Each operation either starts, or fails at once without calling `done` (a task
// is under way, there is no vault, the unlock throttle says wait, the phrase is another account's).
// The destructor waits for a task under way, as waitForDone() does before the keys go.
class PasswordTasks
{
public:
    using Secret = std::shared_ptr<const crypto::SecureBuffer>;
    template <typename T> using Done = std::function<void(Result<T>)>;

    PasswordTasks(VaultManager &vault, QObject *context);
    ~PasswordTasks();
    PasswordTasks(const PasswordTasks &) = delete;
    PasswordTasks &operator=(const PasswordTasks &) = delete;

    // From the start of a task until its outcome was delivered.
    [[nodiscard]] bool busy() const { return *m_busy; }
    void waitForDone() { m_running.waitForFinished(); }

    [[nodiscard]] Result<void> unlock(Secret password, Done<void> done);
    // The password at the moment of a sensitive action, while unlocked (same throttle as unlocking).
    [[nodiscard]] Result<void> reauthenticate(Secret password, Done<void> done);
    [[nodiscard]] Result<void> create(Secret password, crypto::WordlistLanguage language,
                                      Done<VaultManager::Created> done);
    // A new vault from the phrase, or — forgotten password — over this profile's vault, which only
    // its own phrase may replace (checked at once, and again before anything is written).
    [[nodiscard]] Result<void> restore(std::shared_ptr<const crypto::Mnemonic> phrase, Secret password,
                                       Done<crypto::Address> done);
    [[nodiscard]] Result<void> changePassword(Secret oldPassword, Secret newPassword, Done<void> done);
    // Locked; the path the old database was kept at.
    [[nodiscard]] Result<void> rebuildDatabase(Secret password, Done<QString> done);
    [[nodiscard]] Result<void> revealRecoveryPhrase(Secret password, Done<crypto::Mnemonic> done);

private:
    template <typename Work, typename Finish> Result<void> start(Work work, Finish finish);
    // Header and throttle now, the password slot on the worker, `finish` with what it opened here.
    [[nodiscard]] Result<void>
    checkPassword(Secret password,
                  std::function<void(const VaultHeader &, Result<crypto::SecureBuffer>)> finish);

    VaultManager &m_vault;
    QObject *m_context;
    QFuture<void> m_running;
    std::shared_ptr<bool> m_busy = std::make_shared<bool>(false); // touched on the context's thread only
};

} // namespace passbook::vault
