#pragma once

#include "common/Result.h"
#include "crypto/Address.h"
#include "vault/SqlStatement.h"
#include "vault/VaultDatabase.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace passbook::ledger {

// Every signed transaction is written here, in the vault database, before it is sent; its status
// moves signed -> sent -> mined, or to failed with a reason. A decision made while the ledger cannot
// be reached is kept as `queued` (call data, not yet signed: its nonce and gas need the ledger) and
// signed and sent by the next resend. Nothing the user signed is lost, and
// because a re-send uses the same raw bytes (same hash, same nonce), nothing is applied twice.
class Outbox
{
public:
    enum class Status
    {
        Queued,
        Signed,
        Sent,
        Mined,
        Failed
    };

    struct Entry
    {
        qint64 id = 0;
        quint64 chainId = 0;
        crypto::Address sender;
        std::optional<quint64> nonce;
        std::optional<crypto::Address> to;
        QString description; // what the person decided, in words; never medical data
        QByteArray callData; // for queued entries
        QByteArray raw;
        QByteArray hash;
        Status status = Status::Signed;
        QString error;
        std::optional<quint64> blockNumber;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
    };

    // Makes the outbox's table where the database lacks it (its schema lives here).
    explicit Outbox(vault::VaultDatabase &db) : m_db(db) { (void)m_db.ensureSchema(schema()); }
    [[nodiscard]] static const vault::StoreSchema &schema();

    [[nodiscard]] Result<qint64> addSigned(quint64 chainId, const crypto::Address &sender, quint64 nonce,
                                           const std::optional<crypto::Address> &to,
                                           const QString &description, const QByteArray &raw,
                                           const QByteArray &hash);
    [[nodiscard]] Result<qint64> addQueued(quint64 chainId, const crypto::Address &sender,
                                           const std::optional<crypto::Address> &to,
                                           const QString &description, const QByteArray &callData);
    // A queued entry, now signed: it keeps its id and place.
    [[nodiscard]] Result<void> markSigned(qint64 id, quint64 nonce, const QByteArray &raw,
                                          const QByteArray &hash);
    // An intent the ledger refused before anything was signed (e.g. the gas estimate reverted).
    [[nodiscard]] Result<qint64> addRefused(quint64 chainId, const crypto::Address &sender,
                                            const std::optional<crypto::Address> &to,
                                            const QString &description, const QString &reason);
    [[nodiscard]] Result<void> markSent(qint64 id);
    [[nodiscard]] Result<void> markMined(qint64 id, quint64 blockNumber);
    [[nodiscard]] Result<void> markFailed(qint64 id, const QString &reason);

    [[nodiscard]] Result<QList<Entry>> pending(quint64 chainId, const crypto::Address &sender) const;
    [[nodiscard]] Result<QList<Entry>> recent(int limit = 100) const;
    [[nodiscard]] Result<std::optional<quint64>> highestUnfinishedNonce(quint64 chainId,
                                                                        const crypto::Address &sender) const;

    [[nodiscard]] static QString statusName(Status s);

private:
    [[nodiscard]] Result<void> setStatus(qint64 id, Status status, const QString &error,
                                         std::optional<quint64> block);
    [[nodiscard]] static Entry readEntry(const vault::SqlStatement &st);

    vault::VaultDatabase &m_db;
};

} // namespace passbook::ledger
