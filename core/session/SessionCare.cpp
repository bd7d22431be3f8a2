// Session: caring for others (invite codes, the care circle) — what the ledger allows decides.
#include "Session.h"

#include "passbook/CareAccess.h"

#include <QDateTime>

namespace passbook::session {

using crypto::Address;

namespace {
qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace

Result<Session::CareInviteCode> Session::careInvite()
{
    auto network = requireNetwork();
    if (!network) {
        return network.error();
    }
    // my hospitals, whoever's passbook is on screen
    auto hospitals = passbook::TimelineStore(*m_vault.database()).hospitalAccounts();
    if (!hospitals) {
        return hospitals.error();
    }
    return CareInviteCode{
        consent::CareInvite::create(*m_vault.signingKey(), network.value().chainId, hospitals.value()),
        int(hospitals.value().size())};
}

Result<consent::CareInvite> Session::readCareInvite(const QString &code, const QString &label) const
{
    auto network = requireNetwork();
    if (!network) {
        return network.error();
    }
    auto invite = consent::CareInvite::parse(code.trimmed(), network.value().chainId);
    if (!invite) {
        return invite.error();
    }
    if (auto checked = consent::CareCircle::checkInvite(invite.value(), me(), label); !checked) {
        return checked.error();
    }
    return invite;
}

Result<consent::CaredFor> Session::addCaredFor(ledger::LedgerConnection &ledger,
                                               const consent::CareInvite &invite, const QString &label)
{
    // the ledger decides, before anything is kept
    auto rights = ledger.registry().delegateRights(invite.patient, me());
    if (!rights) {
        return rights.error();
    }
    auto store = consentStore();
    if (!store) {
        return store.error();
    }
    const qint64 now = nowSecs();
    const quint64 expiry = consent::CareCircle::delegationExpiry(store.value(), invite.patient, me(), now);
    return consent::CareCircle(*m_vault.database()).add(invite, label.trimmed(), rights.value(), expiry, now);
}

Result<bool> Session::removeCaredFor(const Address &patient)
{
    if (m_subject && m_subject->patient == patient) {
        if (auto back = viewAs(std::nullopt); !back) {
            return back.error();
        }
    }
    auto removed = m_vault.removeCareDatabase(patient);
    if (!removed) {
        return removed.error();
    }
    if (auto r = consent::CareCircle(*m_vault.database()).remove(patient); !r) {
        return r.error();
    }
    return removed;
}

Result<consent::CaredFor> Session::checkCaredFor(ledger::LedgerConnection &ledger, const QString &patient,
                                                 QString *warning)
{
    auto known = caredFor(patient);
    if (!known) {
        return known;
    }
    consent::CaredFor person = known.value();
    auto store = consentStore();
    if (!store) {
        return store.error();
    }
    passbook::CareAccess access(m_vault, ledger.registry(), store.value());
    auto checked = access.check(person.patient, nowSecs());
    if (checked) {
        person = checked.value().person;
    } else if (checked.error().code == ErrorCode::Unreachable) {
        if (warning) {
            *warning = checked.error().message;
        }
    } else {
        return checked.error();
    }
    if (!person.active()) {
        return makeError(ErrorCode::Rejected, passbook::CareAccess::endedSentence(person),
                         QStringLiteral("delegation ended"));
    }
    return person;
}

} // namespace passbook::session
