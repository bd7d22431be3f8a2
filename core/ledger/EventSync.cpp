#include "EventSync.h"

#include "crypto/Hex.h"
#include "vault/SqlStatement.h"
#include "vault/SqlTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcLedger)

namespace passbook::ledger {

const vault::StoreSchema &EventSync::schema()
{
    static const vault::StoreSchema schema{
        "ledger.events",
        {
            {1, "ledger events and sync position",
             "CREATE TABLE IF NOT EXISTS ledger_events ("
             " chain_id INTEGER NOT NULL,"
             " registry TEXT NOT NULL,"
             " block_number INTEGER NOT NULL,"
             " log_index INTEGER NOT NULL,"
             " tx_hash TEXT NOT NULL,"
             " block_time INTEGER,"
             " type TEXT NOT NULL,"
             " item_id INTEGER,"
             " patient TEXT,"
             " party TEXT,"
             " custodian TEXT,"
             " actor TEXT,"
             " scopes INTEGER,"
             " purpose INTEGER,"
             " expires_at INTEGER,"
             " rights INTEGER,"
             " request_id INTEGER,"
             " extra TEXT,"
             " PRIMARY KEY (chain_id, registry, block_number, log_index));"
             "CREATE INDEX IF NOT EXISTS ledger_events_patient ON ledger_events (patient, type);"
             "CREATE INDEX IF NOT EXISTS ledger_events_party ON ledger_events (party, type);"
             "CREATE TABLE IF NOT EXISTS ledger_sync ("
             " chain_id INTEGER NOT NULL,"
             " registry TEXT NOT NULL,"
             " last_block INTEGER NOT NULL,"
             " PRIMARY KEY (chain_id, registry));"},
        }};
    return schema;
}

using vault::SqlStatement;

EventSync::EventSync(EthClient &eth, vault::VaultDatabase &db, quint64 chainId, crypto::Address registry)
    : m_eth(eth), m_db(db), m_chainId(chainId), m_registry(std::move(registry))
{
    (void)m_db.ensureSchema(schema());
}

Result<quint64> EventSync::lastBlock() const
{
    SqlStatement st(m_db.handle(), "SELECT last_block FROM ledger_sync WHERE chain_id = ? AND registry = ?;");
    st.bind(1, qint64(m_chainId));
    st.bind(2, m_registry.toChecksumString());
    if (st.step()) {
        return quint64(st.int64(0));
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("ledger_sync read"));
    }
    return quint64(0);
}

Result<quint64> EventSync::timestampOf(const Log &log)
{
    if (log.blockTimestamp) {
        return *log.blockTimestamp;
    }
    if (auto it = m_blockTimes.constFind(log.blockNumber); it != m_blockTimes.constEnd()) {
        return *it;
    }
    auto block = m_eth.rpc().callBlocking(QStringLiteral("eth_getBlockByNumber"),
                                          {EthClient::quantityString(log.blockNumber), false});
    if (!block) {
        return block.error();
    }
    auto ts = EthClient::quantity(block.value().toObject().value(QStringLiteral("timestamp")));
    if (ts) {
        m_blockTimes.insert(log.blockNumber, ts.value());
    }
    return ts;
}

namespace {

void addressOrNull(SqlStatement &st, int i, const crypto::Address &a)
{
    if (a.isNull()) {
        st.bindNull(i);
    } else {
        st.bind(i, a.toChecksumString());
    }
}

// What a ledger_events row keeps beyond its columns: names, endpoints, kinds, status, roots.
QString extraOf(const registry::Event &e)
{
    QJsonObject extra;
    if (!e.name.isEmpty()) {
        extra.insert(QStringLiteral("name"), e.name);
    }
    if (!e.endpoint.isEmpty()) {
        extra.insert(QStringLiteral("endpoint"), e.endpoint);
    }
    if (e.kind) {
        extra.insert(QStringLiteral("kind"), e.kind);
    }
    if (e.type == registry::Event::Type::ParticipantStatusChanged) {
        extra.insert(QStringLiteral("active"), e.active);
    }
    if (!e.root.isEmpty()) {
        extra.insert(QStringLiteral("root"), crypto::toHex(e.root, true));
        extra.insert(QStringLiteral("leafCount"), double(e.leafCount));
    }
    return QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

void bindEvent(SqlStatement &insert, quint64 chainId, const QString &registry, const Log &log, quint64 time,
               const registry::Event &e)
{
    insert.reset();
    insert.bind(1, qint64(chainId));
    insert.bind(2, registry);
    insert.bind(3, qint64(log.blockNumber));
    insert.bind(4, qint64(log.logIndex));
    insert.bind(5, crypto::toHex(log.transactionHash, true));
    insert.bind(6, qint64(time));
    insert.bind(7, e.typeName());
    insert.bind(8, qint64(e.id));
    addressOrNull(insert, 9, e.patient);
    addressOrNull(insert, 10, e.party);
    addressOrNull(insert, 11, e.custodian);
    addressOrNull(insert, 12, e.actor);
    insert.bind(13, qint64(e.scopes));
    insert.bind(14, qint64(e.purpose));
    insert.bind(15, qint64(e.expiresAt));
    insert.bind(16, qint64(e.rights));
    insert.bind(17, qint64(e.requestId));
    insert.bind(18, extraOf(e));
}

} // namespace

Result<EventSync::Report> EventSync::ingest(const QList<Log> &logs, std::optional<quint64> syncedThrough)
{
    Report report;
    // timestamps first: they may need the network, which must not happen inside the transaction
    QList<quint64> times;
    for (const Log &log : logs) {
        auto ts = log.removed ? Result<quint64>(quint64(0)) : timestampOf(log);
        if (!ts) {
            return ts.error();
        }
        times << ts.value();
    }
    const auto lock = m_db.writeLock();
    vault::SqlTransaction tx(m_db.handle());
    if (!tx.isActive()) {
        return m_db.sqlError(QStringLiteral("begin"));
    }
    SqlStatement insert(
        m_db.handle(),
        "INSERT OR REPLACE INTO ledger_events (chain_id, registry, block_number, log_index, tx_hash, "
        "block_time, type, item_id, patient, party, custodian, actor, scopes, purpose, expires_at, "
        "rights, request_id, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
    SqlStatement remove(m_db.handle(), "DELETE FROM ledger_events WHERE chain_id = ? AND registry = ? AND "
                                       "block_number = ? AND log_index = ?;");
    const QString registry = m_registry.toChecksumString();
    for (qsizetype i = 0; i < logs.size(); ++i) {
        const Log &log = logs[i];
        if (log.address != m_registry) {
            continue;
        }
        if (log.removed) {
            remove.reset();
            remove.bind(1, qint64(m_chainId));
            remove.bind(2, registry);
            remove.bind(3, qint64(log.blockNumber));
            remove.bind(4, qint64(log.logIndex));
            if (!remove.exec()) {
                return m_db.sqlError(QStringLiteral("ledger_events delete"));
            }
            continue;
        }
        auto event = registry::decodeEvent(log);
        if (!event) {
            ++report.undecodable;
            qCWarning(lcLedger) << "skipped a registry log that does not decode:" << event.error().detail
                                << "block" << log.blockNumber << "index" << log.logIndex;
            continue;
        }
        const registry::Event &e = event.value();
        bindEvent(insert, m_chainId, registry, log, times[i], e);
        if (!insert.exec()) {
            return m_db.sqlError(QStringLiteral("ledger_events insert"));
        }
        ++report.stored;
    }
    if (syncedThrough) {
        SqlStatement mark(
            m_db.handle(),
            "INSERT OR REPLACE INTO ledger_sync (chain_id, registry, last_block) VALUES (?, ?, ?);");
        mark.bind(1, qint64(m_chainId));
        mark.bind(2, registry);
        mark.bind(3, qint64(*syncedThrough));
        if (!mark.exec()) {
            return m_db.sqlError(QStringLiteral("ledger_sync update"));
        }
        report.toBlock = *syncedThrough;
    }
    if (!tx.commit()) {
        return m_db.sqlError(QStringLiteral("commit"));
    }
    return report;
}

Result<EventSync::Report> EventSync::catchUp()
{
    auto last = lastBlock();
    if (!last) {
        return last.error();
    }
    auto head = m_eth.blockNumber();
    if (!head) {
        return head.error();
    }
    Report total;
    total.fromBlock = last.value() + 1;
    total.toBlock = last.value();
    quint64 from = last.value() == 0 ? 0 : last.value() + 1;
    quint64 chunk = m_chunk;
    while (from <= head.value()) {
        const quint64 to = std::min(head.value(), from + chunk - 1);
        auto logs = m_eth.logs(m_registry, from, to);
        if (!logs) {
            // nodes cap ranges or result sizes, and so do we (64 MiB per answer): halve and retry,
            // down to a single block
            const bool tooLarge = logs.error().detail.contains(QLatin1String("response too large"));
            if ((logs.error().code == ErrorCode::Rejected || tooLarge) && chunk > 1) {
                chunk = std::max<quint64>(1, chunk / 2);
                continue;
            }
            return logs.error();
        }
        auto r = ingest(logs.value(), to);
        if (!r) {
            return r.error();
        }
        total.stored += r.value().stored;
        total.undecodable += r.value().undecodable;
        total.toBlock = to;
        ++total.chunks;
        from = to + 1;
    }
    return total;
}

} // namespace passbook::ledger
