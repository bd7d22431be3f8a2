#pragma once

#include "common/Result.h"
#include "vault/SqlTransaction.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

struct sqlite3;

namespace passbook::sandbox {

// A sandbox hospital's own records (plain SQLite file in its state folder): patients, activation
// codes, every version of every FHIR resource with its Merkle leaf, and the batches anchored on the
// ledger. Resources are written by the importer/generator and by the `admin` commands; the server
// reads them and anchors new batches.
class HospitalStore
{
public:
    struct Patient
    {
        QString id;
        QString name;
        QString address; // lower-case 0x address once enrolled
    };

    struct Row
    {
        qint64 rowid = 0;
        QString type;
        QString id;
        qint64 lastUpdated = 0; // ms
        int category = -1;
        QByteArray json;
        qint64 batch = 0; // 0 = not batched yet
        int leafIndex = 0;
    };

    struct Batch
    {
        qint64 number = 0;
        QByteArray root;
        int leafCount = 0;
        bool anchored = false;
        qint64 seq = 0; // on-chain sequence once anchored
    };

    HospitalStore() = default;
    HospitalStore(const HospitalStore &) = delete;
    HospitalStore &operator=(const HospitalStore &) = delete;
    ~HospitalStore();

    [[nodiscard]] Result<void> open(const QString &path);
    // A write transaction for a bulk import (rolled back unless committed).
    [[nodiscard]] vault::SqlTransaction transaction();
    [[nodiscard]] Error sqlError(const QString &what) const;

    [[nodiscard]] Result<void> addPatient(const QString &id, const QString &name);
    [[nodiscard]] Result<QList<Patient>> patients() const;
    [[nodiscard]] Result<std::optional<Patient>> patientByAddress(const QString &address) const;
    [[nodiscard]] Result<std::optional<Patient>> patient(const QString &id) const;

    // Single-use activation code for `patientId`, valid for `ttlSeconds`.
    [[nodiscard]] Result<QString> issueCode(const QString &patientId, qint64 ttlSeconds);
    // Binds `address` to the code's patient. Errors: unknown, already used, expired (InvalidInput).
    [[nodiscard]] Result<QString> redeemCode(const QString &code, const QString &address);

    // Stores a new version of `resource` (meta.versionId and meta.lastUpdated are set here) and
    // returns it as stored.
    [[nodiscard]] Result<QJsonObject> putResource(const QString &patientId, QJsonObject resource,
                                                  int category, qint64 lastUpdatedMs);
    // Replaces the stored JSON of the current version without a new version or leaf (tests: a
    // record altered after anchoring).
    [[nodiscard]] Result<void> tamper(const QString &type, const QString &id, const QJsonObject &resource);
    [[nodiscard]] Result<std::optional<Row>> current(const QString &type, const QString &id) const;

    // Groups every unbatched version into batches of at most `maxLeaves` leaves.
    [[nodiscard]] Result<int> batchPending(int maxLeaves);
    [[nodiscard]] Result<QList<Batch>> unanchoredBatches() const;
    [[nodiscard]] Result<void> markAnchored(qint64 batch, qint64 seq);
    [[nodiscard]] Result<Batch> batch(qint64 number) const;
    [[nodiscard]] Result<QList<QByteArray>> leaves(qint64 batch) const;

    // Current versions of `type` for a patient, ordered by (lastUpdated, rowid), after the keyset
    // position; `sinceMs` is the _lastUpdated=gt bound; `categories` 0 = all.
    [[nodiscard]] Result<QList<Row>> search(const QString &patientId, const QString &type, qint64 sinceMs,
                                            qint64 afterUpdated, qint64 afterRowid, quint32 categories,
                                            int count) const;
    [[nodiscard]] Result<qint64> resourceCount() const;
    // A random 32-byte secret of this node under `name`, made at first use and kept.
    [[nodiscard]] Result<QByteArray> secret(const QString &name);

private:
    sqlite3 *m_db = nullptr;
};

} // namespace passbook::sandbox
