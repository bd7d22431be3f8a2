#pragma once

// passbook-cli's face of the core session (core/session): the unlocked vault, the session that
// decides, and this run's ledger connection. The commands parse arguments and print JSON.
#include "CliSupport.h"
#include "ledger/LedgerConnection.h"
#include "session/Session.h"
#include "vault/VaultManager.h"

#include <memory>

namespace passbook::cli {

struct Session
{
    std::unique_ptr<vault::VaultManager> vault;
    std::unique_ptr<session::Session> core;
    std::unique_ptr<ledger::LedgerConnection> ledger; // when a network profile is set

    [[nodiscard]] crypto::Address me() const { return vault->address(); }
    [[nodiscard]] const ledger::NetworkProfile &network() const { return *core->network(); }
};

// Unlocks the vault (password on stdin) and, when a network profile is set, connects the ledger.
[[nodiscard]] Result<std::unique_ptr<Session>> openSession(const Context &ctx, bool needNetwork);
// Catches up with the ledger's events; when it cannot, says so and goes on with what is stored.
void catchUpOrWarn(Session &s, const QString &consequence);
void resendOutbox(Session &s);

// Records commands on the store on screen (mine, or with --for the cared-for person's).
int recordsCommand(Session &s, const QString &command, const QStringList &args);
int printSyncReport(const passbook::SyncReport &report, const QJsonObject &extra);

} // namespace passbook::cli
