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

using vault::SqlStatement;

namespace {

constexpr const char *kRowColumns =
    "id, hospital, resource_type, resource_id, version_id, last_updated, category, date, title, summary, "
    "codes, "
    "status, out_of_range, value, unit, trend_key, dedup_key, duplicate_of, integrity, proof";

QString codesJson(const QList<fhir::Coding> &codes)
{
    QJsonArray a;
    for (const fhir::Coding &c : codes) {
        a.append(QJsonObject{{QStringLiteral("system"), c.system},
                             {QStringLiteral("code"), c.code},
                             {QStringLiteral("display"), c.display}});
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

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

QString codesText(const QList<fhir::Coding> &codes)
{
    QStringList parts;
    for (const fhir::Coding &c : codes) {
        parts << c.code << c.display;
    }
    return parts.join(QLatin1Char(' '));
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

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)    // kana
           || (c >= 0x3400 && c <= 0x4DBF) // CJK ext A
           || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified
           || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
           || (c >= 0x1100 && c <= 0x11FF) // Hangul jamo
           || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
           || (c >= 0x20000 && c <= 0x2FA1F);
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

qint64 TimelineStore::ftsKey(qint64 dateMs, qint64 id)
{
    // 1850 and later (the mapper refuses earlier dates) up to ~2120 fit in 33 bits after the
    // offset; ids below 2^22 (4 million records) keep keys unique.
    constexpr qint64 kOffsetSeconds = 4'000'000'000LL;
    const qint64 seconds = std::clamp<qint64>(dateMs / 1000 + kOffsetSeconds, 0, (1LL << 33) - 1);
    return (seconds << 22) | (id & ((1LL << 22) - 1));
}

QString TimelineStore::searchText(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    const QString lower = text.toLower();
    for (char32_t c : lower.toUcs4()) {
        if (isCjk(c)) {
            out += QLatin1Char(' ');
            out += QString::fromUcs4(&c, 1);
            out += QLatin1Char(' ');
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString TimelineStore::ftsQuery(const QString &userQuery)
{
    // Each word must appear; Latin words match as prefixes; a CJK run must appear as written
    // (a phrase of its characters). Everything else is stripped, so no FTS syntax gets through.
    QStringList terms;
    const QStringList words =
        userQuery.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString latin;
        QStringList cjk;
        const auto flushLatin = [&] {
            if (!latin.isEmpty()) {
                terms << latin + QLatin1Char('*');
                latin.clear();
            }
        };
        const auto flushCjk = [&] {
            if (!cjk.isEmpty()) {
                terms << QLatin1Char('"') + cjk.join(QLatin1Char(' ')) + QLatin1Char('"');
                cjk.clear();
            }
        };
        for (char32_t c : word.toUcs4()) {
            if (isCjk(c)) {
                flushLatin();
                cjk << QString::fromUcs4(&c, 1);
            } else if (QChar::isLetterOrNumber(c)) {
                flushCjk();
                latin += QString::fromUcs4(&c, 1);
            } else {
                flushLatin();
                flushCjk();
            }
        }
        flushLatin();
        flushCjk();
    }
    return terms.join(QLatin1Char(' '));
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

Result<IngestCounts> TimelineStore::ingest(const QString &hospital, const QList<IngestItem> &items)
{
    IngestCounts counts;
    if (items.isEmpty()) {
        return counts;
    }
    sqlite3 *db = m_db.handle();
    const auto lock = m_db.writeLock();
    vault::SqlTransaction tx(db);
    if (!tx.isActive()) {
        return m_db.sqlError(QStringLiteral("begin ingest"));
    }
    SqlStatement find(db, "SELECT id, version_id, resource, integrity, fts_key FROM entries WHERE hospital = "
                          "? AND resource_type = ? "
                          "AND resource_id = ?");
    // New rows get their id here (AUTOINCREMENT's next value), so the index key is known at insert.
    qint64 nextId = 1;
    {
        SqlStatement seq(db, "SELECT seq FROM sqlite_sequence WHERE name = 'entries'");
        if (seq.step()) {
            nextId = seq.int64(0) + 1;
        }
    }
    SqlStatement insert(
        db, "INSERT INTO entries (hospital, resource_type, resource_id, version_id, last_updated, "
            "category, date, title, summary, codes, status, out_of_range, value, unit, trend_key, "
            "dedup_key, duplicate_of, integrity, proof, resource, id, fts_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqlStatement update(
        db,
        "UPDATE entries SET version_id = ?, last_updated = ?, category = ?, date = ?, title = ?, "
        "summary = ?, codes = ?, status = ?, out_of_range = ?, value = ?, unit = ?, trend_key = ?, "
        "dedup_key = ?, duplicate_of = ?, integrity = ?, proof = ?, resource = ?, fts_key = ? WHERE id = ?");
    SqlStatement setIntegrityOnly(db, "UPDATE entries SET integrity = ?, proof = ? WHERE id = ?");
    SqlStatement ftsDelete(db, "DELETE FROM entries_fts WHERE docid = ?");
    QList<std::pair<qint64, const fhir::PassbookEntry *>> pendingIndex;
    pendingIndex.reserve(items.size());
    SqlStatement ftsInsert(db, "INSERT INTO entries_fts (docid, title, summary, codes) VALUES (?, ?, ?, ?)");
    SqlStatement dup(db,
                     "SELECT id FROM entries WHERE dedup_key = ? AND hospital <> ? AND duplicate_of IS NULL "
                     "ORDER BY id LIMIT 1");
    if (!find.isValid() || !insert.isValid() || !update.isValid() || !ftsInsert.isValid() || !dup.isValid()) {
        return m_db.sqlError(QStringLiteral("prepare ingest"));
    }
    for (const IngestItem &item : items) {
        const fhir::PassbookEntry &e = item.entry;
        find.reset();
        find.bind(1, hospital);
        find.bind(2, e.resourceType);
        find.bind(3, e.resourceId);
        qint64 existing = 0;
        qint64 oldKey = 0;
        bool same = false;
        if (find.step()) {
            existing = find.int64(0);
            oldKey = find.int64(4);
            same = find.text(1) == e.versionId && find.blob(2) == item.resource;
        } else if (find.errorCode() != SQLITE_DONE) {
            return m_db.sqlError(QStringLiteral("find entry"));
        }
        if (same) {
            setIntegrityOnly.reset();
            setIntegrityOnly.bind(1, integrityName(item.integrity));
            setIntegrityOnly.bind(2, item.proof);
            setIntegrityOnly.bind(3, existing);
            if (!setIntegrityOnly.exec()) {
                return m_db.sqlError(QStringLiteral("update integrity"));
            }
            ++counts.unchanged;
            continue;
        }
        qint64 duplicateOf = 0;
        if (!e.dedupKey.isEmpty()) {
            dup.reset();
            dup.bind(1, e.dedupKey);
            dup.bind(2, hospital);
            if (dup.step()) {
                duplicateOf = dup.int64(0);
                ++counts.duplicates;
            }
        }
        SqlStatement &st = existing ? update : insert;
        st.reset();
        int i = 1;
        if (!existing) {
            st.bind(i++, hospital);
            st.bind(i++, e.resourceType);
            st.bind(i++, e.resourceId);
        }
        st.bind(i++, e.versionId);
        if (e.lastUpdated.isValid()) {
            st.bind(i++, e.lastUpdated.toMSecsSinceEpoch());
        } else {
            st.bindNull(i++);
        }
        st.bind(i++, qint64(e.category));
        st.bind(i++, e.date.isValid() ? e.date.toMSecsSinceEpoch() : qint64(0));
        st.bind(i++, e.title);
        st.bind(i++, e.summary);
        st.bind(i++, codesJson(e.codes));
        st.bind(i++, e.status);
        st.bind(i++, qint64(e.outOfRange ? 1 : 0));
        if (e.value) {
            st.bindReal(i++, *e.value);
        } else {
            st.bindNull(i++);
        }
        st.bind(i++, e.unit);
        if (e.trendKey.isEmpty()) {
            st.bindNull(i++);
        } else {
            st.bind(i++, e.trendKey);
        }
        if (e.dedupKey.isEmpty()) {
            st.bindNull(i++);
        } else {
            st.bind(i++, e.dedupKey);
        }
        if (duplicateOf) {
            st.bind(i++, duplicateOf);
        } else {
            st.bindNull(i++);
        }
        st.bind(i++, integrityName(item.integrity));
        st.bind(i++, item.proof);
        st.bind(i++, item.resource);
        const qint64 id = existing ? existing : nextId++;
        const qint64 key = ftsKey(e.date.isValid() ? e.date.toMSecsSinceEpoch() : 0, id);
        if (existing) {
            st.bind(i++, key);
            st.bind(i++, existing);
        } else {
            st.bind(i++, id);
            st.bind(i++, key);
        }
        if (!st.exec()) {
            return m_db.sqlError(QStringLiteral("store entry"));
        }
        if (existing) {
            ftsDelete.reset();
            ftsDelete.bind(1, oldKey);
            if (!ftsDelete.exec()) {
                return m_db.sqlError(QStringLiteral("index entry"));
            }
            ++counts.updated;
        } else {
            ++counts.added;
        }
        pendingIndex.append({key, &e});
    }
    // FTS4 buffers new terms only while doc ids increase; in date order they would not, and every
    // step back would flush a tiny segment. Index the rows in key order instead.
    std::sort(pendingIndex.begin(), pendingIndex.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[key, e] : pendingIndex) {
        ftsInsert.reset();
        ftsInsert.bind(1, key);
        ftsInsert.bind(2, searchText(e->title));
        ftsInsert.bind(3, searchText(e->summary));
        ftsInsert.bind(4, searchText(codesText(e->codes)));
        if (!ftsInsert.exec()) {
            return m_db.sqlError(QStringLiteral("index entry"));
        }
    }
    if (!tx.commit()) {
        return m_db.sqlError(QStringLiteral("commit ingest"));
    }
    return counts;
}

Result<void> TimelineStore::optimizeSearchIndex()
{
    if (sqlite3_exec(m_db.handle(), "INSERT INTO entries_fts(entries_fts) VALUES('optimize')", nullptr,
                     nullptr, nullptr) != SQLITE_OK) {
        return m_db.sqlError(QStringLiteral("optimize search index"));
    }
    return {};
}

Result<int> TimelineStore::exportBundle(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("passbook", "The export file could not be created: %1")
                             .arg(file.errorString()),
                         QStringLiteral("export open"));
    }
    // Streamed: a large passbook is never held in memory as one JSON document.
    const QByteArray head = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"timestamp\":\"" +
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + "\",\"entry\":[";
    file.write(head);
    SqlStatement st(m_db.handle(), "SELECT resource FROM entries ORDER BY date, id");
    int n = 0;
    while (st.step()) {
        const QByteArray resource = st.blob(0);
        if (!QJsonDocument::fromJson(resource).isObject()) {
            continue; // stored resources are always objects; never write a broken Bundle
        }
        file.write(n ? ",{\"resource\":" : "{\"resource\":");
        file.write(resource);
        file.write("}");
        ++n;
    }
    if (st.errorCode() != SQLITE_DONE) {
        file.cancelWriting();
        return m_db.sqlError(QStringLiteral("export"));
    }
    file.write("]}");
    if (!file.commit()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("passbook", "The export file could not be written: %1")
                             .arg(file.errorString()),
                         QStringLiteral("export commit"));
    }
    return n;
}

Result<void> TimelineStore::setIntegrity(qint64 id, Integrity integrity)
{
    SqlStatement st(m_db.handle(), "UPDATE entries SET integrity = ? WHERE id = ?");
    st.bind(1, integrityName(integrity));
    st.bind(2, id);
    if (!st.exec()) {
        return m_db.sqlError(QStringLiteral("set integrity"));
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
