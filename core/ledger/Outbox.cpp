#include "Outbox.h"

#include "crypto/Hex.h"

#include <QDateTime>

#include <sqlite3.h>

namespace passbook::ledger {

const vault::StoreSchema &Outbox::schema()
{
    static const vault::StoreSchema schema{
        "ledger.outbox",
        {
            {1, "ledger outbox: every signed transaction, stored before it is sent",
             "CREATE TABLE IF NOT EXISTS outbox ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " chain_id INTEGER NOT NULL,"
             " sender TEXT NOT NULL,"
             " nonce INTEGER,"
             " to_address TEXT,"
             " description TEXT NOT NULL,"
             " call_data BLOB,"
             " raw BLOB,"
             " tx_hash TEXT UNIQUE,"
             " status TEXT NOT NULL CHECK (status IN ('queued', 'signed', 'sent', 'mined', 'failed')),"
             " error TEXT,"
             " block_number INTEGER,"
             " created_at INTEGER NOT NULL,"
             " updated_at INTEGER NOT NULL);"
             "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (chain_id, sender, status);"},
        }};
    return schema;
}

using vault::SqlStatement;

namespace {
constexpr const char *kColumns = "id, chain_id, sender, nonce, to_address, description, raw, tx_hash, "
                                 "status, error, block_number, created_at, "
                                 "updated_at, call_data";

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Outbox::Status parseStatus(const QString &s)
{
    if (s == QLatin1String("queued")) {
        return Outbox::Status::Queued;
    }
    if (s == QLatin1String("sent")) {
        return Outbox::Status::Sent;
    }
    if (s == QLatin1String("mined")) {
        return Outbox::Status::Mined;
    }
    if (s == QLatin1String("failed")) {
        return Outbox::Status::Failed;
    }
    return Outbox::Status::Signed;
}
} // namespace

QString Outbox::statusName(Status s)
{
    switch (s) {
    case Status::Queued:
        return QStringLiteral("queued");
    case Status::Signed:
        return QStringLiteral("signed");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Mined:
        return QStringLiteral("mined");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Outbox::Entry Outbox::readEntry(const SqlStatement &st)
{
    Entry e;
    e.id = st.int64(0);
    e.chainId = quint64(st.int64(1));
    e.sender = crypto::Address::fromString(st.text(2)).value();
    if (!st.isNull(3)) {
        e.nonce = quint64(st.int64(3));
    }
    if (!st.isNull(4)) {
        auto to = crypto::Address::fromString(st.text(4));
        if (to) {
            e.to = to.value();
        }
    }
    e.description = st.text(5);
    e.raw = st.blob(6);
    e.hash = crypto::fromHex(st.text(7)).value_or(QByteArray());
    e.status = parseStatus(st.text(8));
    e.error = st.text(9);
    if (!st.isNull(10)) {
        e.blockNumber = quint64(st.int64(10));
    }
    e.createdAt = st.int64(11);
    e.updatedAt = st.int64(12);
    e.callData = st.blob(13);
    return e;
}

Result<qint64> Outbox::addSigned(quint64 chainId, const crypto::Address &sender, quint64 nonce,
                                 const std::optional<crypto::Address> &to, const QString &description,
                                 const QByteArray &raw, const QByteArray &hash)
{
    const auto lock = m_db.writeLock();
    SqlStatement st(
        m_db.handle(),
        "INSERT INTO outbox (chain_id, sender, nonce, to_address, description, raw, tx_hash, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'signed', ?, ?);");
    st.bind(1, qint64(chainId));
    st.bind(2, sender.toChecksumString());
    st.bind(3, qint64(nonce));
    if (to) {
        st.bind(4, to->toChecksumString());
    } else {
        st.bindNull(4);
    }
    st.bind(5, description);
    st.bind(6, raw);
    st.bind(7, crypto::toHex(hash, true));
    st.bind(8, now());
    st.bind(9, now());
    if (!st.exec()) {
        return m_db.sqlError(QStringLiteral("outbox insert"));
    }
    return qint64(sqlite3_last_insert_rowid(m_db.handle()));
}

Result<qint64> Outbox::addQueued(quint64 chainId, const crypto::Address &sender,
                                 const std::optional<crypto::Address> &to, const QString &description,
                                 const QByteArray &callData)
{
    const auto lock = m_db.writeLock();
    SqlStatement st(m_db.handle(),
                    "INSERT INTO outbox (chain_id, sender, to_address, description, call_data, status, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?);");
    st.bind(1, qint64(chainId));
    st.bind(2, sender.toChecksumString());
    if (to) {
        st.bind(3, to->toChecksumString());
    } else {
        st.bindNull(3);
    }
    st.bind(4, description);
    st.bind(5, callData);
    st.bind(6, now());
    st.bind(7, now());
    if (!st.exec()) {
        return m_db.sqlError(QStringLiteral("outbox insert"));
    }
    return qint64(sqlite3_last_insert_rowid(m_db.handle()));
}

Result<void> Outbox::markSigned(qint64 id, quint64 nonce, const QByteArray &raw, const QByteArray &hash)
{
    const auto lock = m_db.writeLock();
    SqlStatement st(m_db.handle(), "UPDATE outbox SET status = 'signed', nonce = ?, raw = ?, tx_hash = ?, "
                                   "updated_at = ? WHERE id = ? AND status = 'queued';");
    st.bind(1, qint64(nonce));
    st.bind(2, raw);
    st.bind(3, crypto::toHex(hash, true));
    st.bind(4, now());
    st.bind(5, id);
    if (!st.exec()) {
        return m_db.sqlError(QStringLiteral("outbox update"));
    }
    return {};
}

Result<qint64> Outbox::addRefused(quint64 chainId, const crypto::Address &sender,
                                  const std::optional<crypto::Address> &to, const QString &description,
                                  const QString &reason)
{
    const auto lock = m_db.writeLock();
    SqlStatement st(m_db.handle(),
                    "INSERT INTO outbox (chain_id, sender, to_address, description, status, error, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, 'failed', ?, ?, ?);");
    st.bind(1, qint64(chainId));
    st.bind(2, sender.toChecksumString());
    if (to) {
        st.bind(3, to->toChecksumString());
    } else {
        st.bindNull(3);
    }
    st.bind(4, description);
    st.bind(5, reason);
    st.bind(6, now());
    st.bind(7, now());
    if (!st.exec()) {
        return m_db.sqlError(QStringLiteral("outbox insert"));
    }
    return qint64(sqlite3_last_insert_rowid(m_db.handle()));
}

Result<void> Outbox::setStatus(qint64 id, Status status, const QString &error, std::optional<quint64> block)
{
    const auto lock = m_db.writeLock();
    SqlStatement st(
        m_db.handle(),
        "UPDATE outbox SET status = ?, error = ?, block_number = ?, updated_at = ? WHERE id = ?;");
    st.bind(1, statusName(status));
    if (error.isEmpty()) {
        st.bindNull(2);
    } else {
        st.bind(2, error);
    }
    if (block) {
        st.bind(3, qint64(*block));
    } else {
        st.bindNull(3);
    }
    st.bind(4, now());
    st.bind(5, id);
    if (!st.exec()) {
        return m_db.sqlError(QStringLiteral("outbox update"));
    }
    return {};
}

Result<void> Outbox::markSent(qint64 id)
{
    return setStatus(id, Status::Sent, {}, std::nullopt);
}

Result<void> Outbox::markMined(qint64 id, quint64 blockNumber)
{
    return setStatus(id, Status::Mined, {}, blockNumber);
}

Result<void> Outbox::markFailed(qint64 id, const QString &reason)
{
    return setStatus(id, Status::Failed, reason, std::nullopt);
}

Result<QList<Outbox::Entry>> Outbox::pending(quint64 chainId, const crypto::Address &sender) const
{
    const QByteArray sql =
        QByteArrayLiteral("SELECT ") + kColumns +
        " FROM outbox WHERE chain_id = ? AND sender = ? AND status IN ('queued', 'signed', 'sent') "
        "ORDER BY id;";
    SqlStatement st(m_db.handle(), sql.constData());
    st.bind(1, qint64(chainId));
    st.bind(2, sender.toChecksumString());
    QList<Entry> out;
    while (st.step()) {
        out.append(readEntry(st));
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("outbox read"));
    }
    return out;
}

Result<QList<Outbox::Entry>> Outbox::recent(int limit) const
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kColumns + " FROM outbox ORDER BY id DESC LIMIT ?;";
    SqlStatement st(m_db.handle(), sql.constData());
    st.bind(1, qint64(limit));
    QList<Entry> out;
    while (st.step()) {
        out.append(readEntry(st));
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("outbox read"));
    }
    return out;
}

Result<std::optional<quint64>> Outbox::highestUnfinishedNonce(quint64 chainId,
                                                              const crypto::Address &sender) const
{
    SqlStatement st(m_db.handle(),
                    "SELECT max(nonce) FROM outbox WHERE chain_id = ? AND sender = ? AND status IN "
                    "('signed', 'sent');");
    st.bind(1, qint64(chainId));
    st.bind(2, sender.toChecksumString());
    if (!st.step()) {
        return m_db.sqlError(QStringLiteral("outbox read"));
    }
    if (st.isNull(0)) {
        return std::optional<quint64>();
    }
    return std::optional<quint64>(quint64(st.int64(0)));
}

} // namespace passbook::ledger
