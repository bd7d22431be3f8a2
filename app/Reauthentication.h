#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "vault/VaultManager.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <memory>

namespace passbook::app {

// Re-authentication at the moment of a sensitive action (DESIGN.md §3), for the controllers that
// need it while the vault is unlocked: the header and the unlock throttle are checked at once,
// Argon2id runs on a worker, and the vault judges the result on `context`'s thread (same throttle
// as unlocking) before `done` hears it — unless `context` is gone by then. `running` is the check
// to wait for before the keys go. Fails at once, calling nothing, when the check cannot start.
// The password check under both: header and throttle at once, Argon2id on a worker, and `done`
// gets what the password slot opened (for the vault to judge) on `context`'s thread.
[[nodiscard]] Result<void>
startPasswordCheck(vault::VaultManager *vault, std::shared_ptr<crypto::SecureBuffer> password,
                   QObject *context,
                   std::function<void(const vault::VaultHeader &, Result<crypto::SecureBuffer>)> done,
                   QFuture<void> &running);

[[nodiscard]] Result<void> startReauthentication(vault::VaultManager *vault,
                                                 std::shared_ptr<crypto::SecureBuffer> password,
                                                 QObject *context, std::function<void(Result<void>)> done,
                                                 QFuture<void> &running);

} // namespace passbook::app
