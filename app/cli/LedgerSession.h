#pragma once

// An unlocked vault with its network profile and ledger clients, shared by the ledger and the
// records commands of passbook-cli.
#include "CliSupport.h"
#include "ledger/ConsentRegistry.h"
#include "ledger/EventSync.h"
#include "ledger/NetworkProfile.h"
#include "ledger/Outbox.h"
#include "ledger/TransactionSubmitter.h"
#include "passbook/SyncEngine.h"
#include "vault/VaultManager.h"

#include <memory>

namespace passbook::cli {

struct Session
{
    std::unique_ptr<vault::VaultManager> vault;
    std::optional<ledger::NetworkProfile> network;
    std::unique_ptr<ledger::JsonRpcClient> rpc;
    std::unique_ptr<ledger::EthClient> eth;
    std::unique_ptr<ledger::Outbox> outbox;
    std::unique_ptr<ledger::TransactionSubmitter> submitter;
    std::unique_ptr<ledger::RegistryClient> registry;

    [[nodiscard]] crypto::Address me() const { return vault->address(); }
};

// Unlocks the vault (password on stdin) and, when a network profile is set, builds the clients.
[[nodiscard]] Result<std::unique_ptr<Session>> openSession(const Context &ctx, bool needNetwork);
[[nodiscard]] Result<ledger::EventSync::Report> syncEvents(Session &s);
void resendOutbox(Session &s);

// `extra` is merged into the JSON printed by `sync` (the ledger part of the report).
// `database`: another store than the vault's own (a cared-for patient's copy, with --for).
int recordsCommand(Session &s, const QString &command, const QStringList &args, const QJsonObject &extra = {},
                   vault::VaultDatabase *database = nullptr);
int printSyncReport(const passbook::SyncReport &report, const QJsonObject &extra);

} // namespace passbook::cli
