#pragma once

#include "EthClient.h"
#include "RegistryClient.h"
#include "vault/VaultDatabase.h"

#include <QHash>

namespace passbook::ledger {

// Copies the registry's events into the vault database (ledger_events), so inbox, consents,
// delegations and activity are derived locally and rebuild from the chain on a new device.
// catchUp() walks from the last stored block to the head with eth_getLogs in chunks (halving the
// chunk when a node refuses a range); ingest() also serves live logs from a subscription.
// A log that does not decode is counted and skipped with a warning, never fatal.
class EventSync
{
public:
    struct Report
    {
        quint64 fromBlock = 0;
        quint64 toBlock = 0;
        int stored = 0;
        int undecodable = 0;
        int chunks = 0;
    };

    // Makes the events and sync-position tables where the database lacks them (their schema lives
    // here; ConsentStore reads them).
    EventSync(EthClient &eth, vault::VaultDatabase &db, quint64 chainId, crypto::Address registry);
    [[nodiscard]] static const vault::StoreSchema &schema();

    void setChunkSize(quint64 blocks) { m_chunk = std::max<quint64>(1, blocks); }
    [[nodiscard]] Result<quint64> lastBlock() const; // 0 when nothing synced yet
    [[nodiscard]] Result<Report> catchUp();
    // Stores logs in one transaction and, when given, records `syncedThrough` as the last block.
    [[nodiscard]] Result<Report> ingest(const QList<Log> &logs, std::optional<quint64> syncedThrough);

private:
    [[nodiscard]] Result<quint64> timestampOf(const Log &log);

    EthClient &m_eth;
    vault::VaultDatabase &m_db;
    quint64 m_chainId;
    crypto::Address m_registry;
    quint64 m_chunk = 5000;
    QHash<quint64, quint64> m_blockTimes;
};

} // namespace passbook::ledger
