#include "CareAccess.h"

#include "ledger/RegistryClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace passbook::passbook {

using crypto::Address;

Result<consent::CareCircle::Applied> CareAccess::check(const Address &patient, qint64 nowSecs)
{
    vault::VaultDatabase *db = m_vault.database();
    if (!db) {
        return vault::vaultLocked();
    }
    auto rights = m_registry.delegateRights(patient, m_vault.address());
    if (!rights) {
        return rights.error();
    }
    consent::CareCircle circle(*db);
    const quint64 expiry =
        consent::CareCircle::delegationExpiry(m_store, patient, m_vault.address(), nowSecs);
    qint64 ledgerNow = nowSecs;
    if (rights.value() == 0) {
        // expired or revoked: the chain's clock is the one the contract went by
        if (auto t = m_registry.eth().blockTimestamp()) {
            ledgerNow = qint64(t.value());
        }
    }
    auto applied = circle.applyRights(patient, rights.value(), expiry, nowSecs, ledgerNow);
    if (!applied) {
        return applied.error();
    }
    if (!applied.value().person.active()) {
        // ended now or earlier: no copy stays (a crash between the two steps is mended here)
        auto removed = m_vault.removeCareDatabase(patient);
        if (!removed) {
            return removed.error();
        }
    }
    return applied;
}

Result<QList<consent::CareCircle::Applied>> CareAccess::checkAll(qint64 nowSecs)
{
    vault::VaultDatabase *db = m_vault.database();
    if (!db) {
        return vault::vaultLocked();
    }
    auto people = consent::CareCircle(*db).list();
    if (!people) {
        return people.error();
    }
    QList<consent::CareCircle::Applied> checked;
    for (const consent::CaredFor &p : people.value()) {
        if (!p.active()) {
            continue;
        }
        auto applied = check(p.patient, nowSecs);
        if (!applied) {
            return applied.error();
        }
        checked << applied.value();
    }
    return checked;
}

Result<SyncReport> CareAccess::sync(const Address &patient, const ledger::NetworkProfile &network,
                                    qint64 nowSecs, const std::function<void(SyncEngine &)> &configure)
{
    auto applied = check(patient, nowSecs);
    if (!applied) {
        return applied.error();
    }
    const consent::CaredFor &person = applied.value().person;
    if (auto allowed = mayView(person); !allowed) {
        return allowed.error();
    }
    vault::VaultDatabase db;
    if (auto opened = m_vault.openCareDatabase(patient, db); !opened) {
        return opened.error();
    }
    TimelineStore store(db);
    return syncInto(store, person, network, configure);
}

Result<SyncReport> CareAccess::syncInto(TimelineStore &store, const consent::CaredFor &person,
                                        const ledger::NetworkProfile &network,
                                        const std::function<void(SyncEngine &)> &configure)
{
    const crypto::SigningKey *key = m_vault.signingKey();
    if (!key) {
        return vault::vaultLocked();
    }
    SyncEngine engine(store, *key, network);
    engine.setActingFor(person.patient);
    if (configure) {
        configure(engine);
    }
    auto known = store.hospitals();
    if (!known) {
        return known.error();
    }
    SyncReport report;
    int followed = 0;
    for (const Address &h : person.hospitals) {
        bool have = false;
        for (const Hospital &k : known.value()) {
            have = have || k.participant == h.toLowerHex();
        }
        if (!have) {
            auto added = engine.follow(h);
            if (!added) {
                HospitalSyncReport r;
                r.participant = h.toLowerHex();
                r.name = m_store.nameOf(h);
                r.error = added.error().message;
                report.hospitals << r;
                continue;
            }
        }
        ++followed;
    }
    // every hospital followed so far (progress, cancellation, index upkeep as for the patient's own)
    const SyncReport synced = engine.syncAll();
    report.hospitals += synced.hospitals;
    report.cancelled = synced.cancelled;
    qCInfo(lcSync) << "synced a cared-for patient's records;" << followed << "hospital(s) reachable";
    return report;
}

Result<void> CareAccess::mayView(const consent::CaredFor &person)
{
    if (!person.active()) {
        return makeError(ErrorCode::Rejected, endedSentence(person), QStringLiteral("delegation ended"));
    }
    if (!(person.rights & domain::View)) {
        return makeError(
            ErrorCode::Rejected,
            QCoreApplication::translate("passbook", "%1 has not given you the right to see their records.")
                .arg(person.displayName()),
            QStringLiteral("no VIEW right"));
    }
    return {};
}

QString CareAccess::endedSentence(const consent::CaredFor &person)
{
    if (person.ended == QLatin1String("expired")) {
        return QCoreApplication::translate("passbook",
                                           "Your access to %1's records has expired, so their records were "
                                           "removed from this device. Ask them to add you again if you "
                                           "still help with their care.")
            .arg(person.displayName());
    }
    return QCoreApplication::translate(
               "passbook", "%1 has ended your access to their records, so their records were removed "
                           "from this device.")
        .arg(person.displayName());
}

} // namespace passbook::passbook
