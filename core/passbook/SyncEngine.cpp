#include "SyncEngine.h"

#include "HospitalSync.h"
#include "fhir/FhirClient.h"
#include "fhir/ResourceMapper.h"
#include "ledger/LedgerConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "passbook.sync")

namespace passbook::passbook {

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

HospitalSyncReport SyncReport::total() const
{
    HospitalSyncReport sum;
    sum.ok = true;
    for (const HospitalSyncReport &h : hospitals) {
        sum.ok = sum.ok && h.ok;
        sum.fetched += h.fetched;
        sum.added += h.added;
        sum.updated += h.updated;
        sum.unchanged += h.unchanged;
        sum.duplicates += h.duplicates;
        sum.unmapped += h.unmapped;
        sum.rejected += h.rejected;
        sum.verified += h.verified;
        sum.notAnchored += h.notAnchored;
        sum.tampered += h.tampered;
        sum.unproven += h.unproven;
        sum.bytes += h.bytes;
    }
    return sum;
}

double SyncProgress::fraction() const
{
    if (hospitalCount <= 0) {
        return 0;
    }
    const QStringList &types = fhir::ResourceMapper::fetchedTypes();
    const double type = double(types.indexOf(resourceType) + 1) / double(types.size());
    return std::clamp((hospitalIndex + type) / hospitalCount, 0.0, 1.0);
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

HospitalSyncReport SyncEngine::syncHospital(const Hospital &hospital)
{
    HospitalSync sync(m_store, hospital,
                      {m_key, m_network, m_actingFor, m_cancelled, m_progress, m_pageSize, m_timeoutMs,
                       m_hospitalIndex, std::max(1, m_hospitalCount)});
    return sync.run(ledgerHere().registry());
}

} // namespace passbook::passbook
