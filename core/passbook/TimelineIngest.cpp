// TimelineStore: ingest (new, changed and unchanged records; the same fact from two hospitals kept
// once) and record integrity.
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

QString codesText(const QList<fhir::Coding> &codes)
{
    QStringList parts;
    for (const fhir::Coding &c : codes) {
        parts << c.code << c.display;
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

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

} // namespace passbook::passbook
