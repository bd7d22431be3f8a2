#include "SyncEngine.h"

#include "crypto/Jcs.h"
#include "fhir/FhirClient.h"
#include "fhir/ProofVerifier.h"
#include "fhir/ResourceMapper.h"
#include "ledger/LedgerConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>

Q_LOGGING_CATEGORY(lcSync, "passbook.sync")

namespace passbook::passbook {

using fhir::ProofVerifier;

QJsonObject HospitalSyncReport::toJson() const
{
    QJsonObject types;
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        types.insert(it.key(), it.value());
    }
    QJsonObject categories;
    for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
        categories.insert(QString::number(it.key()), it.value());
    }
    return {{QStringLiteral("participant"), participant},
            {QStringLiteral("name"), name},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("error"), error},
            {QStringLiteral("fetched"), fetched},
            {QStringLiteral("added"), added},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("unmapped"), unmapped},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("verified"), verified},
            {QStringLiteral("notAnchored"), notAnchored},
            {QStringLiteral("tampered"), tampered},
            {QStringLiteral("unproven"), unproven},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("byType"), types},
            {QStringLiteral("byCategory"), categories},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

QJsonObject SyncReport::toJson() const
{
    QJsonArray list;
    for (const HospitalSyncReport &h : hospitals) {
        list.append(h.toJson());
    }
    return {{QStringLiteral("hospitals"), list}, {QStringLiteral("cancelled"), cancelled}};
}

SyncEngine::SyncEngine(TimelineStore &store, const crypto::SigningKey &key, ledger::NetworkProfile network)
    : m_store(store), m_key(key), m_network(std::move(network))
{
}

SyncEngine::~SyncEngine() = default;

ledger::LedgerConnection &SyncEngine::ledgerHere()
{
    if (!m_ledger) {
        m_ledger = std::make_unique<ledger::LedgerConnection>(m_network);
    }
    return *m_ledger;
}

Result<Hospital> SyncEngine::connect(const crypto::Address &participant, const QString &activationCode)
{
    return attach(participant, [&](fhir::FhirClient &client) { return client.enroll(activationCode); });
}

Result<Hospital> SyncEngine::follow(const crypto::Address &participant)
{
    return attach(participant, [](fhir::FhirClient &client) { return client.patientReference(); });
}

Result<Hospital> SyncEngine::attach(const crypto::Address &participant,
                                    const std::function<Result<QString>(fhir::FhirClient &)> &patientRefOf)
{
    auto entry = ledgerHere().registry().participant(participant);
    if (!entry && entry.error().code != ErrorCode::Rejected) {
        return entry.error();
    }
    if (!entry || entry.value().name.isEmpty()) { // the registry reverts with UnknownParticipant
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("passbook", "%1 is not in the consortium's directory.")
                             .arg(participant.toChecksumString()),
                         QStringLiteral("unknown participant"));
    }
    if (!entry.value().active) {
        return makeError(
            ErrorCode::Rejected,
            QCoreApplication::translate("passbook", "%1 is no longer an active member of the consortium.")
                .arg(entry.value().name),
            QStringLiteral("inactive participant"));
    }
    const QUrl endpoint(entry.value().endpoint);
    if (!endpoint.isValid() ||
        (endpoint.scheme() != QLatin1String("https") && !ledger::isLoopback(endpoint))) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate(
                             "passbook", "%1's address in the directory is not a secure (https) address.")
                             .arg(entry.value().name),
                         QStringLiteral("endpoint not https"));
    }
    fhir::FhirClient client(endpoint, m_key, m_network.chainId);
    client.setTimeoutMs(m_timeoutMs);
    auto info = client.discover();
    if (!info) {
        return info.error();
    }
    if (info.value().participant != participant || info.value().chainId != m_network.chainId ||
        info.value().registry != m_network.registry) {
        return makeError(
            ErrorCode::Rejected,
            QCoreApplication::translate(
                "passbook",
                "The server at %1 does not present itself as %2 of this consortium; nothing was sent.")
                .arg(endpoint.host(), entry.value().name),
            QStringLiteral("well-known mismatch"));
    }
    if (m_actingFor) {
        client.setActingFor(*m_actingFor);
    }
    auto patientRef = patientRefOf(client);
    if (!patientRef) {
        return patientRef.error();
    }
    Hospital h;
    h.participant = participant.toLowerHex();
    h.name = entry.value().name;
    h.endpoint = endpoint.toString();
    h.patientRef = patientRef.value();
    h.connectedAt = QDateTime::currentMSecsSinceEpoch();
    h.lastStatus = QStringLiteral("connected");
    if (auto saved = m_store.saveHospital(h); !saved) {
        return saved.error();
    }
    return h;
}

SyncReport SyncEngine::syncAll()
{
    SyncReport report;
    auto hospitals = m_store.hospitals();
    if (!hospitals) {
        HospitalSyncReport r;
        r.error = hospitals.error().message;
        report.hospitals << r;
        return report;
    }
    m_hospitalCount = int(hospitals.value().size());
    m_hospitalIndex = 0;
    for (const Hospital &h : hospitals.value()) {
        if (m_cancelled && m_cancelled()) {
            report.cancelled = true;
            break;
        }
        report.hospitals << syncHospital(h);
        ++m_hospitalIndex;
    }
    int added = 0;
    for (const HospitalSyncReport &h : report.hospitals) {
        added += h.added + h.updated;
    }
    if (added >= kOptimizeAfter) {
        // Many small FTS4 segments make searches slow; merge them once after a large sync.
        QElapsedTimer t;
        t.start();
        (void)m_store.optimizeSearchIndex();
        qCDebug(lcSync, "search index merged in %lld ms", static_cast<long long>(t.elapsed()));
    }
    return report;
}

namespace {

// What the fetching thread hands to the storing one: one page, mapped and verified.
struct Batch
{
    QList<IngestItem> items;
    HospitalSyncReport counts; // fetched, rejected, verified … of this page only
    QDateTime highWater;
    QString type;
    std::optional<Error> error;
    bool last = false;
};

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

// One page as fetched, for the thread that maps and checks it.
struct RawPage
{
    QString type;
    std::optional<Result<fhir::FetchedPage>> page;
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

} // namespace

HospitalSyncReport SyncEngine::syncHospital(const Hospital &hospital)
{
    HospitalSyncReport report;
    report.participant = hospital.participant;
    report.name = hospital.name;
    const auto custodian = crypto::Address::fromString(hospital.participant);
    const QDateTime since =
        hospital.cursor.isEmpty() ? QDateTime() : QDateTime::fromString(hospital.cursor, Qt::ISODateWithMs);
    QDateTime highWater = since;
    // Pages are stored in groups of about kGroup records: one SQL transaction each (what landed
    // stays if a later page fails; fewer commits make ingest several times faster).
    constexpr qsizetype kGroup = 8000;
    QList<IngestItem> pending;
    const auto flush = [&]() -> Result<void> {
        if (pending.isEmpty()) {
            return {};
        }
        auto counts = m_store.ingest(hospital.participant, pending);
        pending.clear();
        if (!counts) {
            return counts.error();
        }
        report.added += counts.value().added;
        report.updated += counts.value().updated;
        report.unchanged += counts.value().unchanged;
        report.duplicates += counts.value().duplicates;
        return {};
    };
    const auto fail = [&](const Error &e) {
        (void)flush(); // every valid record fetched before the failure still lands
        report.ok = false;
        report.error = e.message;
        qCWarning(lcSync) << "sync of" << hospital.participant << "stopped:" << e.detail;
        (void)m_store.recordSync(hospital.participant, QDateTime::currentMSecsSinceEpoch(),
                                 QStringLiteral("error: ") + e.message, QString());
        return report;
    };
    if (!custodian) {
        return fail(custodian.error());
    }

    // Fetching (HTTP, JSON, mapping, proof checks) runs on its own thread a few pages ahead of
    // storing (SQLCipher, FTS4) on this one, so the two overlap. Where the time goes is logged at
    // debug level (never any record content).
    std::atomic<qint64> fetchNs = 0, mapNs = 0, verifyNs = 0;
    qint64 storeNs = 0;
    HandOver<Batch> queue(4);
    HandOver<RawPage> raw(4);
    // Three stages on three threads: fetching (HTTP, JSON) → mapping and proof checks → storing.
    const auto fetch = [&] {
        fhir::FhirClient client(QUrl(hospital.endpoint), m_key, m_network.chainId);
        client.setTimeoutMs(m_timeoutMs);
        client.setRetries(2);
        if (m_actingFor) {
            client.setActingFor(*m_actingFor);
        }
        if (m_cancelled) {
            client.setCancelCheck(m_cancelled);
        }
        QElapsedTimer stage;
        for (const QString &type : fhir::ResourceMapper::fetchedTypes()) {
            stage.start();
            auto page = client.search(type, hospital.patientRef, since, m_pageSize);
            fetchNs += stage.nsecsElapsed();
            for (int pages = 1;; ++pages) {
                const bool failed = !page;
                const QUrl next = failed ? QUrl() : page.value().next;
                if (pages > 100000) {
                    page = makeError(ErrorCode::InvalidInput,
                                     QCoreApplication::translate(
                                         "passbook", "The hospital keeps sending more pages; sync stopped."),
                                     QStringLiteral("page limit"));
                }
                if (!raw.push(RawPage{type, std::move(page), false}) || failed || pages > 100000) {
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                stage.start();
                page = client.nextPage(next);
                fetchNs += stage.nsecsElapsed();
            }
        }
        (void)raw.push(RawPage{QString(), std::nullopt, true});
    };
    const auto produce = [&] {
        ledger::LedgerConnection ledger(m_network); // this runs on the fetching thread
        ProofVerifier verifier(ledger.registry());
        const fhir::ResourceMapper mapper(hospital.patientRef);
        QElapsedTimer stage;
        const auto failed = [&](const Error &e) {
            Batch b;
            b.error = e;
            b.last = true;
            (void)queue.push(std::move(b));
        };
        for (;;) {
            {
                std::optional<RawPage> next = raw.pop();
                if (!next) {
                    return; // stopped
                }
                if (next->last) {
                    break;
                }
                const QString type = next->type;
                const Result<fhir::FetchedPage> &page = *next->page;
                if (!page) {
                    return failed(page.error());
                }
                Batch batch;
                batch.type = type;
                HospitalSyncReport &counts = batch.counts;
                counts.bytes += page.value().bytes;
                for (const QString &p : page.value().problems) {
                    ++counts.rejected;
                    counts.problems << QStringLiteral("%1: %2").arg(type, p);
                }
                for (const fhir::FetchedEntry &f : page.value().entries) {
                    ++counts.fetched;
                    const QString actualType = f.resource.value(QStringLiteral("resourceType")).toString();
                    if (actualType != type) {
                        ++counts.rejected;
                        counts.problems
                            << QStringLiteral("A search for %1 returned a %2; it was not added.")
                                   .arg(type, actualType.isEmpty() ? QStringLiteral("non-resource")
                                                                   : actualType.left(40));
                        continue;
                    }
                    stage.start();
                    auto entry = mapper.map(f.resource);
                    mapNs += stage.nsecsElapsed();
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
                    auto outcome = verifier.verifyCanonical(item.resource, f.proof, custodian.value());
                    verifyNs += stage.nsecsElapsed();
                    if (!outcome) {
                        (void)queue.push(std::move(batch)); // what was checked so far still lands
                        return failed(outcome.error());
                    }
                    switch (outcome.value()) {
                    case ProofVerifier::Outcome::Verified:
                        item.integrity = Integrity::Verified;
                        ++counts.verified;
                        break;
                    case ProofVerifier::Outcome::NotAnchored:
                        item.integrity = Integrity::Pending;
                        ++counts.notAnchored;
                        break;
                    case ProofVerifier::Outcome::Tampered:
                        item.integrity = Integrity::Tampered;
                        ++counts.tampered;
                        counts.problems
                            << QStringLiteral(
                                   "A %1 record does not match what the hospital anchored on the ledger; "
                                   "it is marked as altered.")
                                   .arg(type);
                        break;
                    case ProofVerifier::Outcome::NoProof:
                        item.integrity = Integrity::Unproven;
                        ++counts.unproven;
                        break;
                    }
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
                if (!queue.push(std::move(batch))) {
                    return; // the storing side stopped
                }
            }
        }
        Batch done;
        done.last = true;
        (void)queue.push(std::move(done));
    };
    std::unique_ptr<QThread> fetcher(QThread::create(fetch));
    std::unique_ptr<QThread> producer(QThread::create(produce));
    fetcher->start();
    producer->start();
    const auto stopProducer = [&] {
        queue.stop();
        raw.stop();
        producer->wait();
        fetcher->wait();
    };
    QElapsedTimer stage;
    for (;;) {
        std::optional<Batch> popped = queue.pop();
        if (!popped) {
            break;
        }
        Batch &batch = *popped;
        merge(report, batch.counts);
        if (batch.highWater.isValid() && (!highWater.isValid() || batch.highWater > highWater)) {
            highWater = batch.highWater;
        }
        pending += std::move(batch.items);
        if (batch.error) {
            stopProducer();
            return fail(*batch.error);
        }
        if (pending.size() >= kGroup || batch.last) {
            stage.start();
            auto stored = flush();
            storeNs += stage.nsecsElapsed();
            if (!stored) {
                stopProducer();
                return fail(stored.error());
            }
        }
        if (batch.last) {
            break;
        }
        if (m_progress) {
            m_progress(
                {hospital.name, batch.type, m_hospitalIndex, std::max(1, m_hospitalCount), report.fetched});
        }
    }
    stopProducer();
    qCDebug(lcSync,
            "%s: %lld records; fetch %lld ms, map %lld ms, verify %lld ms (fetching thread), store %lld ms",
            qPrintable(hospital.participant), static_cast<long long>(report.fetched),
            static_cast<long long>(fetchNs / 1000000), static_cast<long long>(mapNs / 1000000),
            static_cast<long long>(verifyNs / 1000000), static_cast<long long>(storeNs / 1000000));
    ProofVerifier verifier(ledgerHere().registry());
    // Records that were not anchored yet at an earlier sync: ask the ledger again.
    if (auto unanchored = m_store.withIntegrity(Integrity::Pending)) {
        for (const TimelineRow &row : unanchored.value()) {
            if (row.hospital != hospital.participant) {
                continue;
            }
            auto outcome =
                verifier.verify(QJsonDocument::fromJson(row.resource).object(), row.proof, custodian.value());
            if (outcome && outcome.value() == ProofVerifier::Outcome::Verified) {
                (void)m_store.setIntegrity(row.id, Integrity::Verified);
            }
        }
    }
    report.ok = true;
    (void)m_store.recordSync(hospital.participant, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("ok"),
                             highWater.isValid() ? highWater.toUTC().toString(Qt::ISODateWithMs)
                                                 : QString(QLatin1String("")));
    return report;
}

} // namespace passbook::passbook
