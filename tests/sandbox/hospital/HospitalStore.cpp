#include "HospitalStore.h"

#include "crypto/Hex.h"
#include "fhir/Merkle.h"
#include "vault/SqlStatement.h"

#include <QDateTime>
#include <QJsonDocument>

#include <sodium.h>
#include <sqlite3.h>

namespace passbook::sandbox {

using vault::SqlStatement;

namespace {
constexpr const char *kSchema =
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;"
    "CREATE TABLE IF NOT EXISTS patients (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, address TEXT "
    "UNIQUE);"
    "CREATE TABLE IF NOT EXISTS codes (code TEXT PRIMARY KEY NOT NULL, patient_id TEXT NOT NULL, "
    " expires_at INTEGER NOT NULL, used_at INTEGER, used_by TEXT);"
    "CREATE TABLE IF NOT EXISTS versions (rowid INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, "
    " id TEXT NOT NULL, version INTEGER NOT NULL, patient_id TEXT NOT NULL, category INTEGER NOT NULL, "
    " last_updated INTEGER NOT NULL, json BLOB NOT NULL, leaf BLOB NOT NULL, current INTEGER NOT NULL, "
    " batch INTEGER, leaf_index INTEGER, UNIQUE (type, id, version));"
    "CREATE INDEX IF NOT EXISTS versions_search ON versions (patient_id, type, current, last_updated, rowid);"
    "CREATE INDEX IF NOT EXISTS versions_unbatched ON versions (batch) WHERE batch IS NULL;"
    "CREATE INDEX IF NOT EXISTS versions_batch ON versions (batch, leaf_index);"
    "CREATE TABLE IF NOT EXISTS batches (number INTEGER PRIMARY KEY, root BLOB NOT NULL, leaf_count INTEGER "
    "NOT NULL,"
    " anchored INTEGER NOT NULL DEFAULT 0, seq INTEGER);"
    "CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);";

QString randomCode()
{
    // 12 characters from an alphabet without look-alikes, grouped 4-4-4 (about 60 bits).
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i && i % 4 == 0) {
            code += QLatin1Char('-');
        }
        code += QLatin1Char(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
    }
    return code;
}
} // namespace

HospitalStore::~HospitalStore()
{
    if (m_db) {
        sqlite3_close(m_db);
    }
}

Error HospitalStore::sqlError(const QString &what) const
{
    return {ErrorCode::Io, QStringLiteral("The hospital's record store failed."),
            QStringLiteral("%1: %2").arg(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not open"))};
}

Result<void> HospitalStore::open(const QString &path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        return sqlError(QStringLiteral("open"));
    }
    sqlite3_busy_timeout(m_db, 10000);
    if (sqlite3_exec(m_db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return sqlError(QStringLiteral("schema"));
    }
    return {};
}

vault::SqlTransaction HospitalStore::transaction()
{
    return vault::SqlTransaction(m_db);
}

Result<void> HospitalStore::addPatient(const QString &id, const QString &name)
{
    SqlStatement st(m_db, "INSERT OR IGNORE INTO patients (id, name) VALUES (?, ?)");
    st.bind(1, id);
    st.bind(2, name);
    if (!st.exec()) {
        return sqlError(QStringLiteral("add patient"));
    }
    return {};
}

Result<QList<HospitalStore::Patient>> HospitalStore::patients() const
{
    SqlStatement st(m_db, "SELECT id, name, address FROM patients ORDER BY id");
    QList<Patient> out;
    while (st.step()) {
        out.append({st.text(0), st.text(1), st.text(2)});
    }
    return out;
}

Result<std::optional<HospitalStore::Patient>> HospitalStore::patientByAddress(const QString &address) const
{
    SqlStatement st(m_db, "SELECT id, name, address FROM patients WHERE address = ?");
    st.bind(1, address.toLower());
    if (st.step()) {
        return std::optional(Patient{st.text(0), st.text(1), st.text(2)});
    }
    return std::optional<Patient>();
}

Result<std::optional<HospitalStore::Patient>> HospitalStore::patient(const QString &id) const
{
    SqlStatement st(m_db, "SELECT id, name, address FROM patients WHERE id = ?");
    st.bind(1, id);
    if (st.step()) {
        return std::optional(Patient{st.text(0), st.text(1), st.text(2)});
    }
    return std::optional<Patient>();
}

Result<QByteArray> HospitalStore::secret(const QString &name)
{
    QByteArray fresh(32, '\0');
    randombytes_buf(fresh.data(), std::size_t(fresh.size()));
    {
        SqlStatement insert(m_db, "INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)");
        insert.bind(1, name);
        insert.bind(2, fresh);
        if (!insert.isValid() || insert.step() || insert.errorCode() != SQLITE_DONE) {
            return sqlError(QStringLiteral("store secret"));
        }
    }
    SqlStatement select(m_db, "SELECT value FROM secrets WHERE name = ?");
    select.bind(1, name);
    if (!select.isValid() || !select.step()) {
        return sqlError(QStringLiteral("read secret"));
    }
    return select.blob(0);
}

Result<QString> HospitalStore::issueCode(const QString &patientId, qint64 ttlSeconds)
{
    const QString code = randomCode();
    SqlStatement st(m_db, "INSERT INTO codes (code, patient_id, expires_at) VALUES (?, ?, ?)");
    st.bind(1, code);
    st.bind(2, patientId);
    st.bind(3, QDateTime::currentSecsSinceEpoch() + ttlSeconds);
    if (!st.exec()) {
        return sqlError(QStringLiteral("issue code"));
    }
    return code;
}

Result<QString> HospitalStore::redeemCode(const QString &code, const QString &address)
{
    const auto refuse = [](const QString &message) {
        return Error{ErrorCode::InvalidInput, message, message};
    };
    vault::SqlTransaction tx(m_db);
    if (!tx.isActive()) {
        return sqlError(QStringLiteral("begin"));
    }
    SqlStatement find(m_db, "SELECT patient_id, expires_at, used_at FROM codes WHERE code = ?");
    find.bind(1, code.trimmed().toUpper());
    if (!find.step()) {
        return refuse(QStringLiteral("This activation code is not known to the hospital. Check it, or ask "
                                     "the hospital for a new one."));
    }
    const QString patientId = find.text(0);
    if (!find.isNull(2)) {
        return refuse(
            QStringLiteral("This activation code has already been used. Ask the hospital for a new one."));
    }
    if (find.int64(1) < QDateTime::currentSecsSinceEpoch()) {
        return refuse(QStringLiteral("This activation code has expired. Ask the hospital for a new one."));
    }
    SqlStatement other(m_db, "SELECT id FROM patients WHERE address = ? AND id <> ?");
    other.bind(1, address.toLower());
    other.bind(2, patientId);
    if (other.step()) {
        return refuse(
            QStringLiteral("This account is already connected to another patient at this hospital."));
    }
    SqlStatement use(m_db, "UPDATE codes SET used_at = ?, used_by = ? WHERE code = ?");
    use.bind(1, QDateTime::currentSecsSinceEpoch());
    use.bind(2, address.toLower());
    use.bind(3, code.trimmed().toUpper());
    SqlStatement bindAddress(m_db, "UPDATE patients SET address = ? WHERE id = ?");
    bindAddress.bind(1, address.toLower());
    bindAddress.bind(2, patientId);
    if (!use.exec() || !bindAddress.exec()) {
        return sqlError(QStringLiteral("redeem"));
    }
    if (!tx.commit()) {
        return sqlError(QStringLiteral("commit"));
    }
    return patientId;
}

Result<QJsonObject> HospitalStore::putResource(const QString &patientId, QJsonObject resource, int category,
                                               qint64 lastUpdatedMs)
{
    const QString type = resource.value(QStringLiteral("resourceType")).toString();
    const QString id = resource.value(QStringLiteral("id")).toString();
    SqlStatement last(m_db, "SELECT MAX(version) FROM versions WHERE type = ? AND id = ?");
    last.bind(1, type);
    last.bind(2, id);
    const qint64 version = last.step() ? last.int64(0) + 1 : 1;
    QJsonObject meta = resource.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("versionId"), QString::number(version));
    meta.insert(QStringLiteral("lastUpdated"),
                QDateTime::fromMSecsSinceEpoch(lastUpdatedMs, Qt::UTC).toString(Qt::ISODateWithMs));
    resource.insert(QStringLiteral("meta"), meta);
    SqlStatement old(m_db, "UPDATE versions SET current = 0 WHERE type = ? AND id = ?");
    old.bind(1, type);
    old.bind(2, id);
    SqlStatement st(
        m_db, "INSERT INTO versions (type, id, version, patient_id, category, last_updated, json, leaf, "
              "current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
    st.bind(1, type);
    st.bind(2, id);
    st.bind(3, version);
    st.bind(4, patientId);
    st.bind(5, qint64(category));
    st.bind(6, lastUpdatedMs);
    st.bind(7, QJsonDocument(resource).toJson(QJsonDocument::Compact));
    st.bind(8, fhir::merkle::leafHash(resource));
    if (!old.exec() || !st.exec()) {
        return sqlError(QStringLiteral("put resource"));
    }
    return resource;
}

Result<void> HospitalStore::tamper(const QString &type, const QString &id, const QJsonObject &resource)
{
    SqlStatement st(m_db, "UPDATE versions SET json = ? WHERE type = ? AND id = ? AND current = 1");
    st.bind(1, QJsonDocument(resource).toJson(QJsonDocument::Compact));
    st.bind(2, type);
    st.bind(3, id);
    if (!st.exec()) {
        return sqlError(QStringLiteral("tamper"));
    }
    return {};
}

Result<std::optional<HospitalStore::Row>> HospitalStore::current(const QString &type, const QString &id) const
{
    SqlStatement st(
        m_db, "SELECT rowid, type, id, last_updated, category, json, IFNULL(batch, 0), IFNULL(leaf_index, 0) "
              "FROM versions WHERE type = ? AND id = ? AND current = 1");
    st.bind(1, type);
    st.bind(2, id);
    if (st.step()) {
        return std::optional(Row{st.int64(0), st.text(1), st.text(2), st.int64(3), int(st.int64(4)),
                                 st.blob(5), st.int64(6), int(st.int64(7))});
    }
    return std::optional<Row>();
}

Result<int> HospitalStore::batchPending(int maxLeaves)
{
    int made = 0;
    for (;;) {
        vault::SqlTransaction tx(m_db);
        if (!tx.isActive()) {
            return sqlError(QStringLiteral("begin"));
        }
        SqlStatement pending(m_db,
                             "SELECT rowid, leaf FROM versions WHERE batch IS NULL ORDER BY rowid LIMIT ?");
        pending.bind(1, qint64(maxLeaves));
        QList<qint64> rows;
        QList<QByteArray> leaves;
        while (pending.step()) {
            rows << pending.int64(0);
            leaves << pending.blob(1);
        }
        if (rows.isEmpty()) {
            return made;
        }
        SqlStatement next(m_db, "SELECT IFNULL(MAX(number), 0) + 1 FROM batches");
        (void)next.step();
        const qint64 number = next.int64(0);
        const fhir::merkle::Tree tree(leaves);
        SqlStatement batch(m_db, "INSERT INTO batches (number, root, leaf_count) VALUES (?, ?, ?)");
        batch.bind(1, number);
        batch.bind(2, tree.root());
        batch.bind(3, qint64(leaves.size()));
        if (!batch.exec()) {
            return sqlError(QStringLiteral("batch"));
        }
        SqlStatement assign(m_db, "UPDATE versions SET batch = ?, leaf_index = ? WHERE rowid = ?");
        for (qsizetype i = 0; i < rows.size(); ++i) {
            assign.reset();
            assign.bind(1, number);
            assign.bind(2, qint64(i));
            assign.bind(3, rows[i]);
            if (!assign.exec()) {
                return sqlError(QStringLiteral("assign batch"));
            }
        }
        if (!tx.commit()) {
            return sqlError(QStringLiteral("commit"));
        }
        ++made;
    }
}

Result<QList<HospitalStore::Batch>> HospitalStore::unanchoredBatches() const
{
    SqlStatement st(m_db, "SELECT number, root, leaf_count FROM batches WHERE anchored = 0 ORDER BY number");
    QList<Batch> out;
    while (st.step()) {
        out.append({st.int64(0), st.blob(1), int(st.int64(2)), false, 0});
    }
    return out;
}

Result<void> HospitalStore::markAnchored(qint64 number, qint64 seq)
{
    SqlStatement st(m_db, "UPDATE batches SET anchored = 1, seq = ? WHERE number = ?");
    st.bind(1, seq);
    st.bind(2, number);
    if (!st.exec()) {
        return sqlError(QStringLiteral("mark anchored"));
    }
    return {};
}

Result<HospitalStore::Batch> HospitalStore::batch(qint64 number) const
{
    SqlStatement st(
        m_db, "SELECT number, root, leaf_count, anchored, IFNULL(seq, 0) FROM batches WHERE number = ?");
    st.bind(1, number);
    if (!st.step()) {
        return Error{ErrorCode::NotFound, QStringLiteral("No such batch."),
                     QStringLiteral("batch %1").arg(number)};
    }
    return Batch{st.int64(0), st.blob(1), int(st.int64(2)), st.int64(3) != 0, st.int64(4)};
}

Result<QList<QByteArray>> HospitalStore::leaves(qint64 batch) const
{
    SqlStatement st(m_db, "SELECT leaf FROM versions WHERE batch = ? ORDER BY leaf_index");
    st.bind(1, batch);
    QList<QByteArray> out;
    while (st.step()) {
        out << st.blob(0);
    }
    return out;
}

Result<QList<HospitalStore::Row>> HospitalStore::search(const QString &patientId, const QString &type,
                                                        qint64 sinceMs, qint64 afterUpdated,
                                                        qint64 afterRowid, quint32 categories,
                                                        int count) const
{
    SqlStatement st(
        m_db, "SELECT rowid, type, id, last_updated, category, json, IFNULL(batch, 0), IFNULL(leaf_index, 0) "
              "FROM versions WHERE patient_id = ? AND type = ? AND current = 1 AND last_updated > ? "
              "AND (last_updated > ? OR (last_updated = ? AND rowid > ?)) "
              "AND (? = 0 OR ((1 << category) & ?) <> 0) "
              "ORDER BY last_updated, rowid LIMIT ?");
    st.bind(1, patientId);
    st.bind(2, type);
    st.bind(3, sinceMs);
    st.bind(4, afterUpdated);
    st.bind(5, afterUpdated);
    st.bind(6, afterRowid);
    st.bind(7, qint64(categories));
    st.bind(8, qint64(categories));
    st.bind(9, qint64(count));
    QList<Row> out;
    while (st.step()) {
        out.append({st.int64(0), st.text(1), st.text(2), st.int64(3), int(st.int64(4)), st.blob(5),
                    st.int64(6), int(st.int64(7))});
    }
    if (st.errorCode() != SQLITE_DONE) {
        return sqlError(QStringLiteral("search"));
    }
    return out;
}

Result<qint64> HospitalStore::resourceCount() const
{
    SqlStatement st(m_db, "SELECT COUNT(*) FROM versions WHERE current = 1");
    return st.step() ? st.int64(0) : qint64(0);
}

} // namespace passbook::sandbox
