#include "SyncEngine.h"

#include "fhir/FhirClient.h"
#include "fhir/ProofVerifier.h"
#include "fhir/ResourceMapper.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

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

Result<Hospital> SyncEngine::connect(const crypto::Address &participant, const QString &activationCode)
{
    ledger::JsonRpcClient rpc(m_network.rpc);
    ledger::EthClient eth(rpc);
    ledger::RegistryClient registry(eth, m_network.registry);
    auto entry = registry.participant(participant);
    if (!entry && entry.error().code != ErrorCode::Rejected) {
        return entry.error();
    }
    if (!entry || entry.value().name.isEmpty()) { // the registry reverts with UnknownParticipant
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("%1 is not in the consortium's directory.").arg(participant.toChecksumString()),
            QStringLiteral("unknown participant"));
    }
    if (!entry.value().active) {
        return makeError(
            ErrorCode::Rejected,
            QStringLiteral("%1 is no longer an active member of the consortium.").arg(entry.value().name),
            QStringLiteral("inactive participant"));
    }
    const QUrl endpoint(entry.value().endpoint);
    if (!endpoint.isValid() ||
        (endpoint.scheme() != QLatin1String("https") && !ledger::isLoopback(endpoint))) {
        return makeError(ErrorCode::Rejected,
                         QStringLiteral("%1's address in the directory is not a secure (https) address.")
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
            QStringLiteral(
                "The server at %1 does not present itself as %2 of this consortium; nothing was sent.")
                .arg(endpoint.host(), entry.value().name),
            QStringLiteral("well-known mismatch"));
    }
    auto patientRef = client.enroll(activationCode);
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
        (void)m_store.optimizeSearchIndex();
    }
    return report;
}

HospitalSyncReport SyncEngine::syncHospital(const Hospital &hospital)
{
    HospitalSyncReport report;
    report.participant = hospital.participant;
    report.name = hospital.name;
    const auto custodian = crypto::Address::fromString(hospital.participant);
    ledger::JsonRpcClient rpc(m_network.rpc);
    ledger::EthClient eth(rpc);
    ledger::RegistryClient registry(eth, m_network.registry);
    ProofVerifier verifier(registry);
    fhir::FhirClient client(QUrl(hospital.endpoint), m_key, m_network.chainId);
    client.setTimeoutMs(m_timeoutMs);
    client.setRetries(2);
    if (m_cancelled) {
        client.setCancelCheck(m_cancelled);
    }
    const fhir::ResourceMapper mapper(hospital.patientRef);
    const QDateTime since =
        hospital.cursor.isEmpty() ? QDateTime() : QDateTime::fromString(hospital.cursor, Qt::ISODateWithMs);
    QDateTime highWater = since;
    // Pages are stored in groups of about kGroup records: one SQL transaction each (what landed
    // stays if a later page fails; fewer commits make ingest several times faster).
    constexpr qsizetype kGroup = 2000;
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
    for (const QString &type : fhir::ResourceMapper::fetchedTypes()) {
        auto page = client.search(type, hospital.patientRef, since, m_pageSize);
        int pages = 0;
        for (;;) {
            if (!page) {
                return fail(page.error());
            }
            if (++pages > 100000) {
                return fail(makeError(ErrorCode::InvalidInput,
                                      QStringLiteral("The hospital keeps sending more pages; sync stopped."),
                                      QStringLiteral("page limit")));
            }
            report.bytes += page.value().bytes;
            for (const QString &p : page.value().problems) {
                ++report.rejected;
                report.problems << QStringLiteral("%1: %2").arg(type, p);
            }
            for (const fhir::FetchedEntry &f : page.value().entries) {
                ++report.fetched;
                const QString actualType = f.resource.value(QStringLiteral("resourceType")).toString();
                if (actualType != type) {
                    ++report.rejected;
                    report.problems << QStringLiteral("A search for %1 returned a %2; it was not added.")
                                           .arg(type, actualType.isEmpty() ? QStringLiteral("non-resource")
                                                                           : actualType.left(40));
                    continue;
                }
                auto entry = mapper.map(f.resource);
                if (!entry) {
                    ++report.rejected;
                    report.problems << entry.error().message;
                    continue;
                }
                IngestItem item;
                item.entry = std::move(entry).value();
                item.resource = QJsonDocument(f.resource).toJson(QJsonDocument::Compact);
                item.proof = f.proof;
                auto outcome = verifier.verify(f.resource, f.proof, custodian.value());
                if (!outcome) {
                    return fail(outcome.error());
                }
                switch (outcome.value()) {
                case ProofVerifier::Outcome::Verified:
                    item.integrity = Integrity::Verified;
                    ++report.verified;
                    break;
                case ProofVerifier::Outcome::NotAnchored:
                    item.integrity = Integrity::Pending;
                    ++report.notAnchored;
                    break;
                case ProofVerifier::Outcome::Tampered:
                    item.integrity = Integrity::Tampered;
                    ++report.tampered;
                    report.problems
                        << QStringLiteral(
                               "A %1 record does not match what the hospital anchored on the ledger; "
                               "it is marked as altered.")
                               .arg(type);
                    break;
                case ProofVerifier::Outcome::NoProof:
                    item.integrity = Integrity::Unproven;
                    ++report.unproven;
                    break;
                }
                if (item.entry.category < 0) {
                    ++report.unmapped;
                } else {
                    report.byCategory[item.entry.category]++;
                }
                report.byType[type]++;
                if (item.entry.lastUpdated.isValid() &&
                    (!highWater.isValid() || item.entry.lastUpdated > highWater)) {
                    highWater = item.entry.lastUpdated;
                }
                pending.append(std::move(item));
            }
            if (pending.size() >= kGroup) {
                if (auto stored = flush(); !stored) {
                    return fail(stored.error());
                }
            }
            if (m_progress) {
                m_progress(
                    {hospital.name, type, m_hospitalIndex, std::max(1, m_hospitalCount), report.fetched});
            }
            if (page.value().next.isEmpty()) {
                break;
            }
            page = client.nextPage(page.value().next);
        }
    }
    if (auto stored = flush(); !stored) {
        return fail(stored.error());
    }
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
