#pragma once

#include "SyncEngine.h"

#include <QDateTime>

#include <atomic>
#include <memory>

class QThread;

namespace passbook::fhir {
class ProofVerifier;
class ResourceMapper;
} // namespace passbook::fhir

namespace passbook::passbook {

namespace detail {
struct RawPage;
struct Batch;
template <typename Item> class HandOver;
} // namespace detail

// One hospital's sync (SyncEngine::syncHospital) as a three-stage pipeline on three threads:
// fetching pages (HTTP, JSON) → mapping every record and checking its proof against the ledger →
// storing groups of records, one SQL transaction each. The stages hand over through bounded
// queues (a few pages in memory at most) so that fetching, checking and storing overlap; one stage
// failing stops the others, and every record checked before the failure still lands. Afterwards,
// records that were not anchored at an earlier sync are checked again. Where the time goes is
// logged at debug level, never any record content.
class HospitalSync
{
public:
    struct Settings
    {
        const crypto::SigningKey &key;
        ledger::NetworkProfile network;
        std::optional<crypto::Address> actingFor; // a caregiver reading a cared-for patient's records
        std::function<bool()> cancelled;          // may be empty
        std::function<void(const SyncProgress &)> progress; // may be empty
        int pageSize = 1000;
        int timeoutMs = 15000;
        int hospitalIndex = 0; // for progress: which of how many
        int hospitalCount = 1;
    };

    HospitalSync(TimelineStore &store, Hospital hospital, Settings settings);
    ~HospitalSync();
    HospitalSync(const HospitalSync &) = delete;
    HospitalSync &operator=(const HospitalSync &) = delete;

    // Runs the pipeline on this thread and two of its own; `registry` (this thread's) checks the
    // earlier unanchored records at the end. Once per object.
    [[nodiscard]] HospitalSyncReport run(ledger::RegistryClient &registry);

    // Records stored per SQL transaction: what landed stays if a later page fails, and fewer
    // commits make ingest several times faster.
    static constexpr qsizetype kGroup = 8000;

private:
    void fetchPages();                                 // stage 1, its own thread
    void checkPages(const crypto::Address &custodian); // stage 2, its own thread
    // One fetched page, mapped and checked; an error when the ledger could not be asked.
    [[nodiscard]] Result<void> checkPage(const detail::RawPage &raw, detail::Batch &batch,
                                         fhir::ProofVerifier &verifier, const fhir::ResourceMapper &mapper,
                                         const crypto::Address &custodian);
    [[nodiscard]] Result<void> storePending(); // stage 3, on run()'s thread
    [[nodiscard]] HospitalSyncReport fail(const Error &error);
    void recheckUnanchored(ledger::RegistryClient &registry, const crypto::Address &custodian);
    void stopStages();

    TimelineStore &m_store;
    const Hospital m_hospital;
    const Settings m_settings;
    QDateTime m_since;
    QDateTime m_highWater;
    HospitalSyncReport m_report;
    QList<IngestItem> m_pending;
    std::unique_ptr<detail::HandOver<detail::RawPage>> m_raw;
    std::unique_ptr<detail::HandOver<detail::Batch>> m_checked;
    std::unique_ptr<QThread> m_fetcher, m_checker;
    std::atomic<qint64> m_fetchNs = 0, m_mapNs = 0, m_verifyNs = 0;
    qint64 m_storeNs = 0;
};

} // namespace passbook::passbook
