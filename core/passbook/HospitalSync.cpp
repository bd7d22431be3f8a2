#include "HospitalSync.h"

#include "crypto/Jcs.h"
#include "fhir/FhirClient.h"
#include "fhir/ProofVerifier.h"
#include "fhir/ResourceMapper.h"
#include "ledger/LedgerConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace passbook::passbook {

using fhir::ProofVerifier;

namespace detail {

// One page as fetched, for the thread that maps and checks it.
struct RawPage
{
    QString type;
    std::optional<Result<fhir::FetchedPage>> page;
    bool last = false;
};

// What the checking thread hands to the storing one: one page, mapped and verified.
struct Batch
{
    QList<IngestItem> items;
    HospitalSyncReport counts; // fetched, rejected, verified … of this page only
    QDateTime highWater;
    QString type;
    std::optional<Error> error;
    bool last = false;
};

// A bounded hand-over between two threads; stop() releases both sides.
template <typename Item> class HandOver
{
public:
    explicit HandOver(std::size_t capacity) : m_capacity(capacity) {}
    bool push(Item item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_stopped || m_items.size() < m_capacity; });
        if (m_stopped) {
            return false;
        }
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }
    // Waits for the next item; nullopt once stopped and empty.
    std::optional<Item> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_stopped || !m_items.empty(); });
        if (m_items.empty()) {
            return std::nullopt;
        }
        Item next = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return next;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<Item> m_items;
    std::size_t m_capacity;
    bool m_stopped = false;
};

} // namespace detail

using detail::Batch;
using detail::RawPage;

namespace {

constexpr int kMaxPages = 100000; // per type: a hospital that never stops paging is refused

void merge(HospitalSyncReport &into, const HospitalSyncReport &page)
{
    into.fetched += page.fetched;
    into.rejected += page.rejected;
    into.unmapped += page.unmapped;
    into.verified += page.verified;
    into.notAnchored += page.notAnchored;
    into.tampered += page.tampered;
    into.unproven += page.unproven;
    into.bytes += page.bytes;
    for (auto it = page.byType.begin(); it != page.byType.end(); ++it) {
        into.byType[it.key()] += it.value();
    }
    for (auto it = page.byCategory.begin(); it != page.byCategory.end(); ++it) {
        into.byCategory[it.key()] += it.value();
    }
    into.problems += page.problems;
}

// Counts a checked record's integrity; a sentence when it was altered after anchoring.
Integrity counted(ProofVerifier::Outcome outcome, const QString &type, HospitalSyncReport &counts)
{
    switch (outcome) {
    case ProofVerifier::Outcome::Verified:
        ++counts.verified;
        return Integrity::Verified;
    case ProofVerifier::Outcome::NotAnchored:
        ++counts.notAnchored;
        return Integrity::Pending;
    case ProofVerifier::Outcome::Tampered:
        ++counts.tampered;
        counts.problems << QStringLiteral(
                               "A %1 record does not match what the hospital anchored on the ledger; "
                               "it is marked as altered.")
                               .arg(type);
        return Integrity::Tampered;
    case ProofVerifier::Outcome::NoProof:
        break;
    }
    ++counts.unproven;
    return Integrity::Unproven;
}

} // namespace

HospitalSync::HospitalSync(TimelineStore &store, Hospital hospital, Settings settings)
    : m_store(store), m_hospital(std::move(hospital)), m_settings(std::move(settings)),
      m_raw(std::make_unique<detail::HandOver<RawPage>>(4)),
      m_checked(std::make_unique<detail::HandOver<Batch>>(4))
{
    m_report.participant = m_hospital.participant;
    m_report.name = m_hospital.name;
    m_since = m_hospital.cursor.isEmpty() ? QDateTime()
                                          : QDateTime::fromString(m_hospital.cursor, Qt::ISODateWithMs);
    m_highWater = m_since;
}

HospitalSync::~HospitalSync()
{
    stopStages();
}

void HospitalSync::stopStages()
{
    m_checked->stop();
    m_raw->stop();
    for (QThread *t : {m_checker.get(), m_fetcher.get()}) {
        if (t) {
            t->wait();
        }
    }
}

void HospitalSync::fetchPages()
{
    fhir::FhirClient client(QUrl(m_hospital.endpoint), m_settings.key, m_settings.network.chainId);
    client.setTimeoutMs(m_settings.timeoutMs);
    client.setRetries(2);
    if (m_settings.actingFor) {
        client.setActingFor(*m_settings.actingFor);
    }
    if (m_settings.cancelled) {
        client.setCancelCheck(m_settings.cancelled);
    }
    QElapsedTimer stage;
    for (const QString &type : fhir::ResourceMapper::fetchedTypes()) {
        stage.start();
        auto page = client.search(type, m_hospital.patientRef, m_since, m_settings.pageSize);
        m_fetchNs += stage.nsecsElapsed();
        for (int pages = 1;; ++pages) {
            const bool failed = !page;
            const QUrl next = failed ? QUrl() : page.value().next;
            if (pages > kMaxPages) {
                page = makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate(
                                     "passbook", "The hospital keeps sending more pages; sync stopped."),
                                 QStringLiteral("page limit"));
            }
            if (!m_raw->push(RawPage{type, std::move(page), false}) || failed || pages > kMaxPages) {
                return;
            }
            if (next.isEmpty()) {
                break;
            }
            stage.start();
            page = client.nextPage(next);
            m_fetchNs += stage.nsecsElapsed();
        }
    }
    (void)m_raw->push(RawPage{QString(), std::nullopt, true});
}

void HospitalSync::checkPages(const crypto::Address &custodian)
{
    ledger::LedgerConnection ledger(m_settings.network); // this thread's own
    ProofVerifier verifier(ledger.registry());
    const fhir::ResourceMapper mapper(m_hospital.patientRef);
    const auto failed = [&](const Error &e) {
        Batch b;
        b.error = e;
        b.last = true;
        (void)m_checked->push(std::move(b));
    };
    for (;;) {
        std::optional<RawPage> next = m_raw->pop();
        if (!next) {
            return; // stopped
        }
        if (next->last) {
            break;
        }
        if (!*next->page) {
            return failed(next->page->error());
        }
        Batch batch;
        if (auto checked = checkPage(*next, batch, verifier, mapper, custodian); !checked) {
            (void)m_checked->push(std::move(batch)); // what was checked so far still lands
            return failed(checked.error());
        }
        if (!m_checked->push(std::move(batch))) {
            return; // the storing side stopped
        }
    }
    Batch done;
    done.last = true;
    (void)m_checked->push(std::move(done));
}

Result<void> HospitalSync::checkPage(const RawPage &raw, Batch &batch, ProofVerifier &verifier,
                                     const fhir::ResourceMapper &mapper, const crypto::Address &custodian)
{
    const QString &type = raw.type;
    const fhir::FetchedPage &page = raw.page->value();
    batch.type = type;
    HospitalSyncReport &counts = batch.counts;
    counts.bytes += page.bytes;
    for (const QString &p : page.problems) {
        ++counts.rejected;
        counts.problems << QStringLiteral("%1: %2").arg(type, p);
    }
    QElapsedTimer stage;
    for (const fhir::FetchedEntry &f : page.entries) {
        ++counts.fetched;
        const QString actualType = f.resource.value(QStringLiteral("resourceType")).toString();
        if (actualType != type) {
            ++counts.rejected;
            counts.problems << QStringLiteral("A search for %1 returned a %2; it was not added.")
                                   .arg(type, actualType.isEmpty() ? QStringLiteral("non-resource")
                                                                   : actualType.left(40));
            continue;
        }
        stage.start();
        auto entry = mapper.map(f.resource);
        m_mapNs += stage.nsecsElapsed();
        if (!entry) {
            ++counts.rejected;
            counts.problems << entry.error().message;
            continue;
        }
        IngestItem item;
        item.entry = std::move(entry).value();
        // Stored in RFC 8785 canonical form: the very bytes the hospital's leaf hashes.
        stage.start();
        item.resource = crypto::canonicalJson(f.resource);
        item.proof = f.proof;
        auto outcome = verifier.verifyCanonical(item.resource, f.proof, custodian);
        m_verifyNs += stage.nsecsElapsed();
        if (!outcome) {
            return outcome.error();
        }
        item.integrity = counted(outcome.value(), type, counts);
        if (item.entry.category < 0) {
            ++counts.unmapped;
        } else {
            counts.byCategory[item.entry.category]++;
        }
        counts.byType[type]++;
        if (item.entry.lastUpdated.isValid() &&
            (!batch.highWater.isValid() || item.entry.lastUpdated > batch.highWater)) {
            batch.highWater = item.entry.lastUpdated;
        }
        batch.items.append(std::move(item));
    }
    return {};
}

Result<void> HospitalSync::storePending()
{
    if (m_pending.isEmpty()) {
        return {};
    }
    QElapsedTimer stage;
    stage.start();
    auto counts = m_store.ingest(m_hospital.participant, m_pending);
    m_storeNs += stage.nsecsElapsed();
    m_pending.clear();
    if (!counts) {
        return counts.error();
    }
    m_report.added += counts.value().added;
    m_report.updated += counts.value().updated;
    m_report.unchanged += counts.value().unchanged;
    m_report.duplicates += counts.value().duplicates;
    return {};
}

HospitalSyncReport HospitalSync::fail(const Error &error)
{
    stopStages();
    (void)storePending(); // every valid record fetched before the failure still lands
    m_report.ok = false;
    m_report.error = error.message;
    // Which hospitals a patient is treated at is medical information: the log says which of this
    // sync's hospitals and the kind of error (common/Result.h's ErrorCode), never the hospital's
    // address, host name or words (an error's detail may carry them).
    qCWarning(lcSync, "hospital %d of %d: sync stopped (error code %d)", m_settings.hospitalIndex + 1,
              std::max(1, m_settings.hospitalCount), int(error.code));
    (void)m_store.recordSync(m_hospital.participant, QDateTime::currentMSecsSinceEpoch(),
                             QStringLiteral("error: ") + error.message, QString());
    return m_report;
}

HospitalSyncReport HospitalSync::run(ledger::RegistryClient &registry)
{
    const auto custodian = crypto::Address::fromString(m_hospital.participant);
    if (!custodian) {
        return fail(custodian.error());
    }
    m_fetcher.reset(QThread::create([this] { fetchPages(); }));
    m_checker.reset(QThread::create([this, c = custodian.value()] { checkPages(c); }));
    m_fetcher->start();
    m_checker->start();
    for (;;) {
        std::optional<Batch> popped = m_checked->pop();
        if (!popped) {
            break;
        }
        Batch &batch = *popped;
        merge(m_report, batch.counts);
        if (batch.highWater.isValid() && (!m_highWater.isValid() || batch.highWater > m_highWater)) {
            m_highWater = batch.highWater;
        }
        m_pending += std::move(batch.items);
        if (batch.error) {
            return fail(*batch.error);
        }
        if (m_pending.size() >= kGroup || batch.last) {
            if (auto stored = storePending(); !stored) {
                return fail(stored.error());
            }
        }
        if (batch.last) {
            break;
        }
        if (m_settings.progress) {
            m_settings.progress({m_hospital.name, batch.type, m_settings.hospitalIndex,
                                 std::max(1, m_settings.hospitalCount), m_report.fetched});
        }
    }
    stopStages();
    qCDebug(lcSync,
            "hospital %d of %d: %lld records; fetch %lld ms, map %lld ms, verify %lld ms (checking thread), "
            "store %lld ms",
            m_settings.hospitalIndex + 1, std::max(1, m_settings.hospitalCount),
            static_cast<long long>(m_report.fetched), static_cast<long long>(m_fetchNs / 1000000),
            static_cast<long long>(m_mapNs / 1000000), static_cast<long long>(m_verifyNs / 1000000),
            static_cast<long long>(m_storeNs / 1000000));
    recheckUnanchored(registry, custodian.value());
    m_report.ok = true;
    (void)m_store.recordSync(
        m_hospital.participant, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("ok"),
        m_highWater.isValid() ? m_highWater.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String("")));
    return m_report;
}

void HospitalSync::recheckUnanchored(ledger::RegistryClient &registry, const crypto::Address &custodian)
{
    // Records that were not anchored yet at an earlier sync: ask the ledger again.
    ProofVerifier verifier(registry);
    auto unanchored = m_store.withIntegrity(Integrity::Pending);
    if (!unanchored) {
        return;
    }
    for (const TimelineRow &row : unanchored.value()) {
        if (row.hospital != m_hospital.participant) {
            continue;
        }
        auto outcome = verifier.verify(QJsonDocument::fromJson(row.resource).object(), row.proof, custodian);
        if (outcome && outcome.value() == ProofVerifier::Outcome::Verified) {
            (void)m_store.setIntegrity(row.id, Integrity::Verified);
        }
    }
}

} // namespace passbook::passbook
