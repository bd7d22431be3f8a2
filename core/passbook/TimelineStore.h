#pragma once

#include "common/Result.h"
#include "crypto/Address.h"
#include "fhir/PassbookEntry.h"
#include "vault/VaultDatabase.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace passbook::passbook {

// Integrity of one stored record against the hashes its hospital anchored on the ledger.
enum class Integrity
{
    Verified, // leaf recomputed, proof walks to a root the ledger says this hospital anchored
    Pending,  // proof walks to a root the ledger does not (yet) know: not yet anchored
    Tampered, // the record does not match its proof: altered after anchoring, never shown as verified
    Unproven, // the hospital sent no proof
};
[[nodiscard]] QString integrityName(Integrity i);
[[nodiscard]] Integrity parseIntegrity(const QString &s);

struct Hospital
{
    QString participant; // lower-case 0x address
    QString name;
    QString endpoint;
    QString patientRef; // "Patient/<id>" at this hospital
    qint64 connectedAt = 0;
    qint64 lastSync = 0;
    QString lastStatus;
    QString cursor; // highest meta.lastUpdated seen, for _lastUpdated=gt…
};

// One row of the timeline (what a list shows); `resource` only in entry().
struct TimelineRow
{
    qint64 id = 0;
    QString hospital;
    fhir::PassbookEntry entry;
    qint64 duplicateOf = 0;
    Integrity integrity = Integrity::Unproven;
    QString proof;
    QByteArray resource;
};

struct TimelineFilter
{
    quint32 categories = 0; // 0 = all mapped categories
    QString hospital;       // participant, empty = all
    QString search;         // full text (FTS4), words ANDed, prefixes match
    bool includeDuplicates = false;
    bool includeUnmapped = false;
};

// Keyset paging: the next page starts after the last row of the previous one.
struct PageCursor
{
    qint64 date = std::numeric_limits<qint64>::max();
    qint64 id = std::numeric_limits<qint64>::max();
};

struct IngestItem
{
    fhir::PassbookEntry entry;
    QByteArray resource; // as served
    QString proof;       // the ledger-proof extension's value, or empty
    Integrity integrity = Integrity::Unproven;
};

struct IngestCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int duplicates = 0;
};

// The passbook timeline in the vault's SQLCipher database: hospitals the patient connected, one
// row per resource (latest version), FTS4 over title, summary and code displays. CJK text is indexed
// one character per token so that a search for 血糖 or 혈당 finds it inside longer words.
class TimelineStore
{
public:
    // Makes the hospitals, entries and search tables where the database lacks them (their schema
    // lives here).
    explicit TimelineStore(vault::VaultDatabase &db) : m_db(db) { (void)m_db.ensureSchema(schema()); }
    [[nodiscard]] static const vault::StoreSchema &schema();
    [[nodiscard]] vault::VaultDatabase &database() { return m_db; }

    [[nodiscard]] Result<void> saveHospital(const Hospital &h);
    [[nodiscard]] Result<QList<Hospital>> hospitals() const;
    [[nodiscard]] Result<std::optional<Hospital>> hospital(const QString &participant) const;
    // The connected hospitals' accounts (what a care-invite code lists).
    [[nodiscard]] Result<QList<crypto::Address>> hospitalAccounts() const;
    // Removes the hospital and every record it sent.
    [[nodiscard]] Result<int> removeHospital(const QString &participant);
    [[nodiscard]] Result<void> recordSync(const QString &participant, qint64 when, const QString &status,
                                          const QString &cursor);

    // One SQL transaction: all of `items` land, or none.
    [[nodiscard]] Result<IngestCounts> ingest(const QString &hospital, const QList<IngestItem> &items);
    [[nodiscard]] Result<void> setIntegrity(qint64 id, Integrity integrity);

    [[nodiscard]] Result<QList<TimelineRow>> page(const TimelineFilter &filter, const PageCursor &after,
                                                  int limit) const;
    [[nodiscard]] Result<std::optional<TimelineRow>> entry(qint64 id) const;
    [[nodiscard]] Result<QList<TimelineRow>> trend(const QString &trendKey) const;
    [[nodiscard]] Result<QList<TimelineRow>> withIntegrity(Integrity integrity) const; // for re-checks
    [[nodiscard]] Result<qint64> count(const TimelineFilter &filter) const;
    // Merges the full-text index's segments into one (FTS4 'optimize').
    [[nodiscard]] Result<void> optimizeSearchIndex();
    // Every record as the hospitals sent it, in one FHIR R4 Bundle (type "collection"), written
    // atomically to `path` (the patient's own copy: PRIVACY-4). Returns how many resources.
    [[nodiscard]] Result<int> exportBundle(const QString &path) const;

    // The full-text index's document id for an entry: its date (seconds) in the high bits and its
    // row id in the low 22, so the index yields matches newest first without a sort.
    [[nodiscard]] static qint64 ftsKey(qint64 dateMs, qint64 id);
    // Text as indexed and queried: lower case, CJK split into single characters.
    [[nodiscard]] static QString searchText(const QString &text);
    [[nodiscard]] static QString ftsQuery(const QString &userQuery);

private:
    [[nodiscard]] Result<QList<TimelineRow>> searchPage(const TimelineFilter &filter, const QString &match,
                                                        const PageCursor &after, int limit) const;

    vault::VaultDatabase &m_db;
};

} // namespace passbook::passbook
