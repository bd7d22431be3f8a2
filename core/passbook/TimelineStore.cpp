#include "TimelineStore.h"

#include "vault/SqlStatement.h"
#include "vault/SqlTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <sqlite3.h>

namespace passbook::passbook {

const vault::StoreSchema &TimelineStore::schema()
{
    static const vault::StoreSchema schema{
        "timeline",
        {
            {1, "connected hospitals and the passbook timeline with FTS4 search",
             "CREATE TABLE IF NOT EXISTS hospitals ("
             " participant TEXT PRIMARY KEY NOT NULL,"
             " name TEXT NOT NULL,"
             " endpoint TEXT NOT NULL,"
             " patient_ref TEXT NOT NULL,"
             " connected_at INTEGER NOT NULL,"
             " last_sync INTEGER,"
             " last_status TEXT,"
             " cursor TEXT);"
             "CREATE TABLE IF NOT EXISTS entries ("
             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " hospital TEXT NOT NULL,"
             " resource_type TEXT NOT NULL,"
             " resource_id TEXT NOT NULL,"
             " version_id TEXT NOT NULL,"
             " last_updated INTEGER,"
             " category INTEGER NOT NULL,"
             " date INTEGER NOT NULL,"
             " title TEXT NOT NULL,"
             " summary TEXT NOT NULL,"
             " codes TEXT NOT NULL,"
             " status TEXT,"
             " out_of_range INTEGER NOT NULL DEFAULT 0,"
             " value REAL,"
             " unit TEXT,"
             " trend_key TEXT,"
             " dedup_key TEXT,"
             " duplicate_of INTEGER,"
             " integrity TEXT NOT NULL CHECK (integrity IN ('verified', 'pending', 'tampered', 'unproven')),"
             " proof TEXT,"
             " resource BLOB NOT NULL,"
             " fts_key INTEGER,"
             " UNIQUE (hospital, resource_type, resource_id));"
             "CREATE INDEX IF NOT EXISTS entries_date ON entries (date DESC, id DESC);"
             "CREATE INDEX IF NOT EXISTS entries_category_date ON entries (category, date DESC, id DESC);"
             "CREATE INDEX IF NOT EXISTS entries_hospital_date ON entries (hospital, date DESC, id DESC);"
             "CREATE INDEX IF NOT EXISTS entries_dedup ON entries (dedup_key);"
             "CREATE INDEX IF NOT EXISTS entries_trend ON entries (trend_key, date);"
             "CREATE UNIQUE INDEX IF NOT EXISTS entries_fts_key ON entries (fts_key);"
             // docids are date-ordered keys (TimelineStore::ftsKey), so matches come newest first
             "CREATE VIRTUAL TABLE IF NOT EXISTS entries_fts USING fts4(title, summary, codes, order=desc);"},
        }};
    return schema;
}

using vault::SqlStatement;

namespace {

constexpr const char *kRowColumns =
    "id, hospital, resource_type, resource_id, version_id, last_updated, category, date, title, summary, "
    "codes, "
    "status, out_of_range, value, unit, trend_key, dedup_key, duplicate_of, integrity, proof";

QList<fhir::Coding> parseCodes(const QString &json)
{
    QList<fhir::Coding> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("system")).toString(), o.value(QStringLiteral("code")).toString(),
                    o.value(QStringLiteral("display")).toString()});
    }
    return out;
}

TimelineRow readRow(const SqlStatement &st, bool withResource)
{
    TimelineRow r;
    r.id = st.int64(0);
    r.hospital = st.text(1);
    fhir::PassbookEntry &e = r.entry;
    e.resourceType = st.text(2);
    e.resourceId = st.text(3);
    e.versionId = st.text(4);
    if (!st.isNull(5)) {
        e.lastUpdated = QDateTime::fromMSecsSinceEpoch(st.int64(5), Qt::UTC);
    }
    e.category = int(st.int64(6));
    e.date = QDateTime::fromMSecsSinceEpoch(st.int64(7), Qt::UTC);
    e.title = st.text(8);
    e.summary = st.text(9);
    e.codes = parseCodes(st.text(10));
    e.status = st.text(11);
    e.outOfRange = st.int64(12) != 0;
    if (!st.isNull(13)) {
        e.value = st.real(13);
    }
    e.unit = st.text(14);
    e.trendKey = st.text(15);
    e.dedupKey = st.text(16);
    r.duplicateOf = st.int64(17);
    r.integrity = parseIntegrity(st.text(18));
    r.proof = st.text(19);
    if (withResource) {
        r.resource = st.blob(20);
    }
    return r;
}

} // namespace

QString integrityName(Integrity i)
{
    switch (i) {
    case Integrity::Verified:
        return QStringLiteral("verified");
    case Integrity::Pending:
        return QStringLiteral("pending");
    case Integrity::Tampered:
        return QStringLiteral("tampered");
    case Integrity::Unproven:
        return QStringLiteral("unproven");
    }
    return {};
}

Integrity parseIntegrity(const QString &s)
{
    if (s == QLatin1String("verified")) {
        return Integrity::Verified;
    }
    if (s == QLatin1String("pending")) {
        return Integrity::Pending;
    }
    if (s == QLatin1String("tampered")) {
        return Integrity::Tampered;
    }
    return Integrity::Unproven;
}

Result<void> TimelineStore::saveHospital(const Hospital &h)
{
    SqlStatement st(m_db.handle(), "INSERT OR REPLACE INTO hospitals (participant, name, endpoint, "
                                   "patient_ref, connected_at, last_sync, "
                                   "last_status, cursor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, h.participant);
    st.bind(2, h.name);
    st.bind(3, h.endpoint);
    st.bind(4, h.patientRef);
    st.bind(5, h.connectedAt);
    st.bind(6, h.lastSync);
    st.bind(7, h.lastStatus);
    st.bind(8, h.cursor);
    if (!st.exec()) {
        return m_db.sqlError(QStringLiteral("save hospital"));
    }
    return {};
}

Result<QList<Hospital>> TimelineStore::hospitals() const
{
    SqlStatement st(m_db.handle(),
                    "SELECT participant, name, endpoint, patient_ref, connected_at, last_sync, last_status, "
                    "cursor FROM hospitals ORDER BY connected_at, participant");
    QList<Hospital> out;
    while (st.step()) {
        out.append({st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.int64(5), st.text(6),
                    st.text(7)});
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("hospitals"));
    }
    return out;
}

Result<QList<crypto::Address>> TimelineStore::hospitalAccounts() const
{
    auto all = hospitals();
    if (!all) {
        return all.error();
    }
    QList<crypto::Address> out;
    for (const Hospital &h : all.value()) {
        if (auto a = crypto::Address::fromString(h.participant)) {
            out << a.value();
        }
    }
    return out;
}

Result<std::optional<Hospital>> TimelineStore::hospital(const QString &participant) const
{
    auto all = hospitals();
    if (!all) {
        return all.error();
    }
    for (const Hospital &h : all.value()) {
        if (h.participant == participant) {
            return std::optional(h);
        }
    }
    return std::optional<Hospital>();
}

Result<int> TimelineStore::removeHospital(const QString &participant)
{
    const auto lock = m_db.writeLock();
    vault::SqlTransaction tx(m_db.handle());
    if (!tx.isActive()) {
        return m_db.sqlError(QStringLiteral("begin remove hospital"));
    }
    SqlStatement fts(
        m_db.handle(),
        "DELETE FROM entries_fts WHERE docid IN (SELECT fts_key FROM entries WHERE hospital = ?)");
    fts.bind(1, participant);
    if (!fts.exec()) {
        return m_db.sqlError(QStringLiteral("remove hospital index"));
    }
    SqlStatement undup(m_db.handle(), "UPDATE entries SET duplicate_of = NULL WHERE duplicate_of IN (SELECT "
                                      "id FROM entries WHERE hospital = ?)");
    undup.bind(1, participant);
    if (!undup.exec()) {
        return m_db.sqlError(QStringLiteral("remove hospital duplicates"));
    }
    SqlStatement del(m_db.handle(), "DELETE FROM entries WHERE hospital = ?");
    del.bind(1, participant);
    if (!del.exec()) {
        return m_db.sqlError(QStringLiteral("remove hospital entries"));
    }
    const int removed = sqlite3_changes(m_db.handle());
    SqlStatement h(m_db.handle(), "DELETE FROM hospitals WHERE participant = ?");
    h.bind(1, participant);
    if (!h.exec()) {
        return m_db.sqlError(QStringLiteral("remove hospital"));
    }
    if (!tx.commit()) {
        return m_db.sqlError(QStringLiteral("commit remove hospital"));
    }
    return removed;
}

Result<void> TimelineStore::recordSync(const QString &participant, qint64 when, const QString &status,
                                       const QString &cursor)
{
    SqlStatement st(
        m_db.handle(),
        cursor.isNull()
            ? "UPDATE hospitals SET last_sync = ?, last_status = ? WHERE participant = ?"
            : "UPDATE hospitals SET last_sync = ?, last_status = ?, cursor = ? WHERE participant = ?");
    st.bind(1, when);
    st.bind(2, status);
    if (cursor.isNull()) {
        st.bind(3, participant);
    } else {
        st.bind(3, cursor);
        st.bind(4, participant);
    }
    if (!st.exec()) {
        return m_db.sqlError(QStringLiteral("record sync"));
    }
    return {};
}

namespace {
struct Where
{
    QByteArray sql;
    QList<QVariant> args;
};

Where whereFor(const TimelineFilter &f)
{
    Where w;
    QList<QByteArray> parts;
    if (!f.includeUnmapped) {
        parts << "category >= 0";
    }
    if (f.categories) {
        QByteArray in;
        for (int bit = 0; bit < 32; ++bit) {
            if (f.categories & (1U << bit)) {
                in += (in.isEmpty() ? "" : ",") + QByteArray::number(bit);
            }
        }
        parts << "category IN (" + in + ")";
    }
    if (!f.hospital.isEmpty()) {
        parts << "hospital = ?";
        w.args << f.hospital;
    }
    if (!f.includeDuplicates) {
        parts << "duplicate_of IS NULL";
    }
    const QString q = TimelineStore::ftsQuery(f.search);
    if (!q.isEmpty()) {
        parts << "fts_key IN (SELECT docid FROM entries_fts WHERE entries_fts MATCH ?)";
        w.args << q;
    }
    w.sql = parts.isEmpty() ? QByteArray("1") : parts.join(" AND ");
    return w;
}

void bindArgs(SqlStatement &st, const QList<QVariant> &args, int first = 1)
{
    int i = first;
    for (const QVariant &a : args) {
        if (a.typeId() == QMetaType::QString) {
            st.bind(i++, a.toString());
        } else {
            st.bind(i++, a.toLongLong());
        }
    }
}
} // namespace

Result<QList<TimelineRow>> TimelineStore::page(const TimelineFilter &filter, const PageCursor &after,
                                               int limit) const
{
    if (!filter.search.trimmed().isEmpty() && ftsQuery(filter.search).isEmpty()) {
        return QList<TimelineRow>(); // only punctuation: nothing can match
    }
    const QString match = ftsQuery(filter.search);
    if (!match.isEmpty()) {
        return searchPage(filter, match, after, limit);
    }
    const Where w = whereFor(filter);
    const QByteArray sql = QByteArray("SELECT ") + kRowColumns + " FROM entries WHERE " + w.sql +
                           " AND (date < ? OR (date = ? AND id < ?)) ORDER BY date DESC, id DESC LIMIT ?";
    SqlStatement st(m_db.handle(), sql.constData());
    if (!st.isValid()) {
        return m_db.sqlError(QStringLiteral("timeline query"));
    }
    bindArgs(st, w.args);
    const int n = int(w.args.size());
    st.bind(n + 1, after.date);
    st.bind(n + 2, after.date);
    st.bind(n + 3, after.id);
    st.bind(n + 4, qint64(std::clamp(limit, 1, 1000)));
    QList<TimelineRow> rows;
    while (st.step()) {
        rows.append(readRow(st, false));
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("timeline page"));
    }
    return rows;
}

// A search walks the full-text index newest first (its doc ids are date-ordered keys) and joins
// each match to its row, stopping at `limit`: no sort over every match.
Result<QList<TimelineRow>> TimelineStore::searchPage(const TimelineFilter &filter, const QString &match,
                                                     const PageCursor &after, int limit) const
{
    TimelineFilter rest = filter;
    rest.search.clear();
    const Where w = whereFor(rest);
    QByteArray columns;
    for (const QByteArray &c : QByteArray(kRowColumns).split(',')) {
        columns += (columns.isEmpty() ? "e." : ", e.") + c.trimmed();
    }
    const QByteArray sql = "SELECT " + columns +
                           " FROM entries_fts JOIN entries e ON e.fts_key = entries_fts.docid"
                           " WHERE entries_fts MATCH ? AND entries_fts.docid < ? AND " +
                           w.sql + " ORDER BY entries_fts.docid DESC LIMIT ?";
    SqlStatement st(m_db.handle(), sql.constData());
    if (!st.isValid()) {
        return m_db.sqlError(QStringLiteral("search query"));
    }
    st.bind(1, match);
    const bool fromStart = after.id == std::numeric_limits<qint64>::max();
    st.bind(2, fromStart ? std::numeric_limits<qint64>::max() : ftsKey(after.date, after.id));
    bindArgs(st, w.args, 3);
    st.bind(3 + int(w.args.size()), qint64(std::clamp(limit, 1, 1000)));
    QList<TimelineRow> rows;
    while (st.step()) {
        rows.append(readRow(st, false));
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("search page"));
    }
    return rows;
}

Result<qint64> TimelineStore::count(const TimelineFilter &filter) const
{
    if (!filter.search.trimmed().isEmpty() && ftsQuery(filter.search).isEmpty()) {
        return qint64(0);
    }
    const Where w = whereFor(filter);
    const QByteArray sql = "SELECT COUNT(*) FROM entries WHERE " + w.sql;
    SqlStatement st(m_db.handle(), sql.constData());
    bindArgs(st, w.args);
    if (!st.step()) {
        return m_db.sqlError(QStringLiteral("timeline count"));
    }
    return st.int64(0);
}

Result<std::optional<TimelineRow>> TimelineStore::entry(qint64 id) const
{
    const QByteArray sql = QByteArray("SELECT ") + kRowColumns + ", resource FROM entries WHERE id = ?";
    SqlStatement st(m_db.handle(), sql.constData());
    st.bind(1, id);
    if (st.step()) {
        return std::optional(readRow(st, true));
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("entry"));
    }
    return std::optional<TimelineRow>();
}

Result<QList<TimelineRow>> TimelineStore::trend(const QString &trendKey) const
{
    const QByteArray sql = QByteArray("SELECT ") + kRowColumns +
                           " FROM entries WHERE trend_key = ? AND duplicate_of IS NULL ORDER BY date, id";
    SqlStatement st(m_db.handle(), sql.constData());
    st.bind(1, trendKey);
    QList<TimelineRow> rows;
    while (st.step()) {
        rows.append(readRow(st, false));
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("trend"));
    }
    return rows;
}

Result<QList<TimelineRow>> TimelineStore::withIntegrity(Integrity integrity) const
{
    const QByteArray sql =
        QByteArray("SELECT ") + kRowColumns + ", resource FROM entries WHERE integrity = ?";
    SqlStatement st(m_db.handle(), sql.constData());
    st.bind(1, integrityName(integrity));
    QList<TimelineRow> rows;
    while (st.step()) {
        rows.append(readRow(st, true));
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("entries by integrity"));
    }
    return rows;
}

} // namespace passbook::passbook
