#include "LedgerConnection.h"

#include "vault/VaultManager.h"

namespace passbook::ledger {

LedgerConnection::LedgerConnection(NetworkProfile network) : LedgerConnection(std::move(network), Options{})
{
}

LedgerConnection::LedgerConnection(NetworkProfile network, const Options &options)
    : m_network(std::move(network)), m_vault(options.vault)
{
    m_rpc = std::make_unique<JsonRpcClient>(m_network.rpc);
    if (options.timeoutMs > 0) {
        m_rpc->setTimeoutMs(options.timeoutMs);
    }
    m_eth = std::make_unique<EthClient>(*m_rpc);
    m_registry = std::make_unique<RegistryClient>(*m_eth, m_network.registry);
    if (m_vault) {
        m_outbox = std::make_unique<Outbox>(*m_vault);
    }
    if (options.key) {
        m_submitter =
            std::make_unique<TransactionSubmitter>(*m_eth, *options.key, m_network.chainId, m_outbox.get());
    }
}

LedgerConnection::~LedgerConnection() = default;

namespace {
Error cannotSign()
{
    return vault::vaultLocked(QStringLiteral("ledger connection without a key"));
}
} // namespace

Result<EventSync::Report> LedgerConnection::catchUp()
{
    if (!m_vault) {
        return makeError(ErrorCode::Internal, QStringLiteral("No vault to store the ledger's events in."),
                         QStringLiteral("catchUp without a vault"));
    }
    // a submitter remembers that its chain was checked; without one, ask once here
    if (auto r = m_submitter ? m_submitter->checkChain() : m_eth->expectChain(m_network.chainId); !r) {
        return r.error();
    }
    EventSync sync(*m_eth, *m_vault, m_network.chainId, m_network.registry);
    return sync.catchUp();
}

Result<TransactionSubmitter::Outcome> LedgerConnection::submit(const QByteArray &callData,
                                                               const QString &description)
{
    if (!m_submitter) {
        return cannotSign();
    }
    return m_submitter->submit(m_network.registry, callData, description);
}

Result<int> LedgerConnection::resendPending()
{
    if (!m_submitter) {
        return cannotSign();
    }
    return m_submitter->resendPending();
}

} // namespace passbook::ledger
