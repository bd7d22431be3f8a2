// Session: sync everything — the ledger's events, the caregiver checks, then the records.
#include "Session.h"

#include "passbook/CareAccess.h"

#include <QCoreApplication>
#include <QDateTime>

namespace passbook::session {

QStringList SyncOutcome::failures() const
{
    QStringList out;
    if (ledgerError) {
        out << ledgerError->message;
    }
    if (recordsError && !care.subjectEnded) { // an ended access is said once, in care.ended
        out << recordsError->message;
    }
    for (const auto &h : records.hospitals) {
        if (!h.ok) {
            out << QStringLiteral("%1: %2").arg(h.name, h.error);
        }
    }
    return out;
}

QString SyncOutcome::summary() const
{
    if (records.cancelled) {
        return tr("Sync cancelled; what arrived is kept.");
    }
    const passbook::HospitalSyncReport total = records.total();
    QStringList parts{tr("%n new", nullptr, total.added)};
    if (total.updated) {
        parts << tr("%n updated", nullptr, total.updated);
    }
    if (total.rejected) {
        parts << tr("%n refused", nullptr, total.rejected);
    }
    if (total.tampered) {
        parts << tr("%n altered after anchoring", nullptr, total.tampered);
    }
    return tr("Up to date: %1").arg(parts.join(QStringLiteral(", ")));
}

CareCheck Session::checkCare(ledger::LedgerConnection &ledger)
{
    CareCheck out;
    auto store = consentStore();
    if (!store) {
        out.error = store.error();
        return out;
    }
    passbook::CareAccess care(m_vault, ledger.registry(), store.value());
    auto checked = care.checkAll(QDateTime::currentSecsSinceEpoch());
    if (!checked) {
        out.error = checked.error();
        return out;
    }
    for (const consent::CareCircle::Applied &a : checked.value()) {
        const bool onScreen = m_subject && a.person.patient == m_subject->patient;
        if (a.endedNow) {
            out.ended << passbook::CareAccess::endedSentence(a.person);
            out.subjectEnded = out.subjectEnded || onScreen;
        } else if (onScreen && a.person.active()) {
            out.subject = a.person;
        }
    }
    return out;
}

SyncOutcome Session::sync(ledger::LedgerConnection &ledger, const SyncOptions &options)
{
    SyncOutcome out;
    auto events = ledger.catchUp();
    if (events) {
        out.ledger = events.value();
    } else {
        out.ledgerError = events.error();
        if (options.stopAtLedgerError) {
            return out;
        }
    }
    if (options.ledgerOnly) {
        return out;
    }
    out.care = checkCare(ledger);
    auto records = syncRecords(ledger, out.care, options);
    if (records) {
        out.records = records.value();
    } else {
        out.recordsError = records.error();
    }
    return out;
}

Result<passbook::SyncReport> Session::syncRecords(ledger::LedgerConnection &ledger, const CareCheck &care,
                                                  const SyncOptions &options)
{
    auto network = requireNetwork();
    if (!network) {
        return network.error();
    }
    if (!m_subject) {
        passbook::SyncEngine engine(*m_store, *m_vault.signingKey(), network.value());
        if (options.configure) {
            options.configure(engine);
        }
        return engine.syncAll();
    }
    // as their caregiver, nothing is fetched without the ledger's answer
    if (care.error) {
        return *care.error;
    }
    if (!care.subject) { // their access has ended
        auto person = consent::CareCircle(*m_vault.database()).find(m_subject->patient);
        const consent::CaredFor &known = person && person.value() ? *person.value() : *m_subject;
        return makeError(ErrorCode::Rejected, passbook::CareAccess::endedSentence(known),
                         QStringLiteral("delegation ended"));
    }
    if (auto allowed = passbook::CareAccess::mayView(*care.subject); !allowed) {
        return allowed.error();
    }
    if (!m_store) { // opened without VIEW: viewAs again to see what was given since
        return makeError(
            ErrorCode::Rejected,
            QCoreApplication::translate("passbook", "%1 has not given you the right to see their records.")
                .arg(m_subject->displayName()),
            QStringLiteral("no VIEW right"));
    }
    auto store = consentStore();
    if (!store) {
        return store.error();
    }
    // the ledger was just asked, and their hospitals check it again
    passbook::CareAccess access(m_vault, ledger.registry(), store.value());
    return access.syncInto(*m_store, *care.subject, network.value(), options.configure);
}

} // namespace passbook::session
