#pragma once

#include "TimelineStore.h"
#include "crypto/SigningKey.h"
#include "ledger/NetworkProfile.h"
#include "ledger/RegistryClient.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace passbook::fhir {
class FhirClient;
}
namespace passbook::ledger {
class LedgerConnection;
}

namespace passbook::passbook {

// What one hospital's sync did: counts, and a sentence per record or page that was refused.
struct HospitalSyncReport
{
    QString participant;
    QString name;
    bool ok = false;
    QString error; // for people, when the hospital could not be synced (earlier records are kept)
    int fetched = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int duplicates = 0;
    int unmapped = 0;
    int rejected = 0;
    int verified = 0;
    int notAnchored = 0;
    int tampered = 0;
    int unproven = 0;
    qint64 bytes = 0;
    QMap<QString, int> byType;
    QMap<int, int> byCategory;
    QStringList problems; // one sentence per refused record or page (no medical content)
    [[nodiscard]] QJsonObject toJson() const;
};

struct SyncReport
{
    QList<HospitalSyncReport> hospitals;
    bool cancelled = false;
    [[nodiscard]] QJsonObject toJson() const;
    // Every hospital's counts added up; `ok` when every hospital was synced.
    [[nodiscard]] HospitalSyncReport total() const;
};

struct SyncProgress
{
    QString hospital; // name
    QString resourceType;
    int hospitalIndex = 0;
    int hospitalCount = 0;
    int fetched = 0; // so far, this hospital
    // How far the whole sync is, from 0 to 1: hospitals done, and this one's resource types.
    [[nodiscard]] double fraction() const;
};

// Connects hospitals (activation code, checked against the on-chain directory) and syncs their
// records into the timeline: per hospital and type, incremental by _lastUpdated, every record mapped,
// validated and verified against the ledger; one hospital's failure never stops the others, and what
// was stored before a failure stays.
class SyncEngine
{
public:
    SyncEngine(TimelineStore &store, const crypto::SigningKey &key, ledger::NetworkProfile network);
    ~SyncEngine();

    void setProgressCallback(std::function<void(const SyncProgress &)> progress)
    {
        m_progress = std::move(progress);
    }
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    void setPageSize(int n) { m_pageSize = n; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // A caregiver's engine reads one cared-for patient's records (into that patient's own store):
    // every request names them (X-Passbook-Patient) and the hospital checks the caller's rights on
    // the ledger.
    void setActingFor(const crypto::Address &patient) { m_actingFor = patient; }

    // `participant` must be an active participant in the directory; its endpoint comes from there.
    [[nodiscard]] Result<Hospital> connect(const crypto::Address &participant, const QString &activationCode);
    // For a caregiver (setActingFor): adds a hospital the cared-for patient is enrolled at, with no
    // activation code; the hospital answers only if the ledger gives this key VIEW.
    [[nodiscard]] Result<Hospital> follow(const crypto::Address &participant);
    [[nodiscard]] SyncReport syncAll();
    static constexpr int kOptimizeAfter = 2000; // new or changed records before the index is merged
    // One hospital, through HospitalSync's three-stage pipeline (HospitalSync.h).
    [[nodiscard]] HospitalSyncReport syncHospital(const Hospital &hospital);

private:
    [[nodiscard]] Result<Hospital>
    attach(const crypto::Address &participant,
           const std::function<Result<QString>(fhir::FhirClient &)> &patientRefOf);

    // the ledger, for the thread that runs the engine (made at first use)
    [[nodiscard]] ledger::LedgerConnection &ledgerHere();

    TimelineStore &m_store;
    std::unique_ptr<ledger::LedgerConnection> m_ledger;
    std::optional<crypto::Address> m_actingFor;
    const crypto::SigningKey &m_key;
    ledger::NetworkProfile m_network;
    std::function<void(const SyncProgress &)> m_progress;
    std::function<bool()> m_cancelled;
    int m_pageSize = 1000;
    int m_timeoutMs = 15000;
    int m_hospitalIndex = 0;
    int m_hospitalCount = 0;
};

} // namespace passbook::passbook
