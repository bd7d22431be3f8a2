// TimelineStore: ingest (new, changed and unchanged records; the same fact from two hospitals kept
// once) and record integrity.
#include "TimelineStore.h"

#include "vault/SqlStatement.h"
#include "vault/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

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

namespace {

// One ingest: its prepared statements and its steps, inside the caller's transaction.
class Ingest
{
public:
    Ingest(sqlite3 *db, QString hospital)
        : m_hospital(std::move(hospital)),
          m_find(db,
                 "SELECT id, version_id, resource, integrity, fts_key FROM entries WHERE hospital = ? AND "
                 "resource_type = ? AND resource_id = ?"),
          m_insert(db, "INSERT INTO entries (hospital, resource_type, resource_id, version_id, last_updated, "
                       "category, date, title, summary, codes, status, out_of_range, value, unit, trend_key, "
                       "dedup_key, duplicate_of, integrity, proof, resource, id, fts_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          m_update(
              db, "UPDATE entries SET version_id = ?, last_updated = ?, category = ?, date = ?, title = ?, "
                  "summary = ?, codes = ?, status = ?, out_of_range = ?, value = ?, unit = ?, trend_key = ?, "
                  "dedup_key = ?, duplicate_of = ?, integrity = ?, proof = ?, resource = ?, fts_key = ? "
                  "WHERE id = ?"),
          m_setIntegrity(db, "UPDATE entries SET integrity = ?, proof = ? WHERE id = ?"),
          m_ftsDelete(db, "DELETE FROM entries_fts WHERE docid = ?"),
          m_ftsInsert(db, "INSERT INTO entries_fts (docid, title, summary, codes) VALUES (?, ?, ?, ?)"),
          m_duplicate(db,
                      "SELECT id FROM entries WHERE dedup_key = ? AND hospital <> ? AND duplicate_of IS NULL "
                      "ORDER BY id LIMIT 1")
    {
        // New rows get their id here (AUTOINCREMENT's next value), so the index key is known at insert.
        SqlStatement seq(db, "SELECT seq FROM sqlite_sequence WHERE name = 'entries'");
        if (seq.step()) {
            m_nextId = seq.int64(0) + 1;
        }
    }

    [[nodiscard]] bool prepared() const
    {
        return m_find.isValid() && m_insert.isValid() && m_update.isValid() && m_setIntegrity.isValid() &&
               m_ftsDelete.isValid() && m_ftsInsert.isValid() && m_duplicate.isValid();
    }

    // Stores one record: new, changed (replaced, re-indexed) or unchanged (only its proof and
    // integrity taken); an empty string on success, else what failed.
    [[nodiscard]] QString add(const IngestItem &item, IngestCounts &counts)
    {
        const fhir::PassbookEntry &e = item.entry;
        m_find.reset();
        m_find.bind(1, m_hospital);
        m_find.bind(2, e.resourceType);
        m_find.bind(3, e.resourceId);
        if (!m_find.step()) {
            if (m_find.errorCode() != SQLITE_DONE) {
                return QStringLiteral("find entry");
            }
            ++counts.added;
            return write(item, 0, counts);
        }
        const qint64 existing = m_find.int64(0);
        if (m_find.text(1) == e.versionId && m_find.blob(2) == item.resource) {
            m_setIntegrity.reset();
            m_setIntegrity.bind(1, integrityName(item.integrity));
            m_setIntegrity.bind(2, item.proof);
            m_setIntegrity.bind(3, existing);
            ++counts.unchanged;
            return m_setIntegrity.exec() ? QString() : QStringLiteral("update integrity");
        }
        m_ftsDelete.reset();
        m_ftsDelete.bind(1, m_find.int64(4));
        if (!m_ftsDelete.exec()) {
            return QStringLiteral("index entry");
        }
        ++counts.updated;
        return write(item, existing, counts);
    }

    // FTS4 buffers new terms only while doc ids increase; in date order they would not, and every
    // step back would flush a tiny segment. The rows are indexed in key order instead, at the end.
    [[nodiscard]] bool index()
    {
        std::sort(m_toIndex.begin(), m_toIndex.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[key, e] : m_toIndex) {
            m_ftsInsert.reset();
            m_ftsInsert.bind(1, key);
            m_ftsInsert.bind(2, TimelineStore::searchText(e->title));
            m_ftsInsert.bind(3, TimelineStore::searchText(e->summary));
            m_ftsInsert.bind(4, TimelineStore::searchText(codesText(e->codes)));
            if (!m_ftsInsert.exec()) {
                return false;
            }
        }
        return true;
    }

private:
    // The first copy of the same fact from another hospital (0 when none).
    qint64 duplicateOf(const fhir::PassbookEntry &e, IngestCounts &counts)
    {
        if (e.dedupKey.isEmpty()) {
            return 0;
        }
        m_duplicate.reset();
        m_duplicate.bind(1, e.dedupKey);
        m_duplicate.bind(2, m_hospital);
        if (!m_duplicate.step()) {
            return 0;
        }
        ++counts.duplicates;
        return m_duplicate.int64(0);
    }

    static void bindOptional(SqlStatement &st, int &i, const QString &text)
    {
        if (text.isEmpty()) {
            st.bindNull(i++);
        } else {
            st.bind(i++, text);
        }
    }

    // Inserts (existing = 0) or replaces a row, and queues it for the search index.
    QString write(const IngestItem &item, qint64 existing, IngestCounts &counts)
    {
        const fhir::PassbookEntry &e = item.entry;
        const qint64 duplicate = duplicateOf(e, counts);
        SqlStatement &st = existing ? m_update : m_insert;
        st.reset();
        int i = 1;
        if (!existing) {
            st.bind(i++, m_hospital);
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
        bindOptional(st, i, e.trendKey);
        bindOptional(st, i, e.dedupKey);
        if (duplicate) {
            st.bind(i++, duplicate);
        } else {
            st.bindNull(i++);
        }
        st.bind(i++, integrityName(item.integrity));
        st.bind(i++, item.proof);
        st.bind(i++, item.resource);
        const qint64 id = existing ? existing : m_nextId++;
        const qint64 key = TimelineStore::ftsKey(e.date.isValid() ? e.date.toMSecsSinceEpoch() : 0, id);
        st.bind(i++, existing ? key : id);
        st.bind(i++, existing ? existing : key);
        if (!st.exec()) {
            return QStringLiteral("store entry");
        }
        m_toIndex.append({key, &e});
        return {};
    }

    QString m_hospital;
    SqlStatement m_find, m_insert, m_update, m_setIntegrity, m_ftsDelete, m_ftsInsert, m_duplicate;
    qint64 m_nextId = 1;
    QList<std::pair<qint64, const fhir::PassbookEntry *>> m_toIndex;
};

} // namespace

Result<IngestCounts> TimelineStore::ingest(const QString &hospital, const QList<IngestItem> &items)
{
    IngestCounts counts;
    if (items.isEmpty()) {
        return counts;
    }
    const auto lock = m_db.writeLock();
    vault::SqlTransaction tx(m_db.handle());
    if (!tx.isActive()) {
        return m_db.sqlError(QStringLiteral("begin ingest"));
    }
    Ingest ingest(m_db.handle(), hospital);
    if (!ingest.prepared()) {
        return m_db.sqlError(QStringLiteral("prepare ingest"));
    }
    for (const IngestItem &item : items) {
        if (const QString failed = ingest.add(item, counts); !failed.isEmpty()) {
            return m_db.sqlError(failed);
        }
    }
    if (!ingest.index()) {
        return m_db.sqlError(QStringLiteral("index entry"));
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
