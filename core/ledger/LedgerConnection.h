#pragma once

#include "EthClient.h"
#include "EventSync.h"
#include "JsonRpcClient.h"
#include "NetworkProfile.h"
#include "Outbox.h"
#include "RegistryClient.h"
#include "TransactionSubmitter.h"

#include <memory>

namespace passbook::ledger {

// The ledger client stack — JSON-RPC → EthClient → RegistryClient, and with a key the outbox and
// TransactionSubmitter — built here and nowhere else. Qt's network access belongs to the thread
// that makes it, so a connection is used on the thread that built it: the CLI makes one per run,
// the app one per worker job (session::Session::connectLedger), the sandbox node one for its life.
class LedgerConnection
{
public:
    struct Options
    {
        const crypto::SigningKey *key = nullptr; // signs transactions; must outlive the connection
        vault::VaultDatabase *vault = nullptr;   // the outbox (and stored events) of this vault, or none
        int timeoutMs = 0;                       // 0: JsonRpcClient's default
    };

    // Reads only: no key, no outbox.
    explicit LedgerConnection(NetworkProfile network);
    LedgerConnection(NetworkProfile network, const Options &options);
    ~LedgerConnection();
    LedgerConnection(const LedgerConnection &) = delete;
    LedgerConnection &operator=(const LedgerConnection &) = delete;

    [[nodiscard]] const NetworkProfile &network() const { return m_network; }
    [[nodiscard]] JsonRpcClient &rpc() { return *m_rpc; }
    [[nodiscard]] EthClient &eth() { return *m_eth; }
    [[nodiscard]] RegistryClient &registry() { return *m_registry; }
    [[nodiscard]] bool canSign() const { return m_submitter != nullptr; }
    // Needs a key (Options::key); the outbox only with a vault.
    [[nodiscard]] TransactionSubmitter &submitter() { return *m_submitter; }
    [[nodiscard]] Outbox *outbox() { return m_outbox.get(); }

    // The registry's events into the vault, after checking that the node serves the profile's chain.
    [[nodiscard]] Result<EventSync::Report> catchUp();
    // A registry call signed with the key, through the outbox when there is one.
    [[nodiscard]] Result<TransactionSubmitter::Outcome> submit(const QByteArray &callData,
                                                               const QString &description);
    // What an earlier run signed but could not finish (TransactionSubmitter::resendPending).
    [[nodiscard]] Result<int> resendPending();

private:
    NetworkProfile m_network;
    vault::VaultDatabase *m_vault;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<EthClient> m_eth;
    std::unique_ptr<RegistryClient> m_registry;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<TransactionSubmitter> m_submitter;
};

} // namespace passbook::ledger
