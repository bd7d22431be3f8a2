// Session: decisions — checked before anything is signed, then sent through the outbox.
#include "Session.h"

#include "ledger/RegistryClient.h"

#include <QCoreApplication>

namespace passbook::session {

using Kind = DecisionRequest::Kind;

DecisionRequest DecisionRequest::approve(quint64 requestId, std::optional<quint32> scopes,
                                         std::optional<quint64> expiresAt)
{
    DecisionRequest r;
    r.kind = Kind::Approve;
    r.id = requestId;
    r.scopes = scopes;
    r.expiresAt = expiresAt;
    return r;
}

DecisionRequest DecisionRequest::deny(quint64 requestId)
{
    DecisionRequest r;
    r.kind = Kind::Deny;
    r.id = requestId;
    return r;
}

DecisionRequest DecisionRequest::revoke(quint64 consentId)
{
    DecisionRequest r;
    r.kind = Kind::Revoke;
    r.id = consentId;
    return r;
}

DecisionRequest DecisionRequest::grant(const crypto::Address &grantee, const crypto::Address &custodian,
                                       quint32 scopes, quint8 purpose, quint64 expiresAt)
{
    DecisionRequest r;
    r.kind = Kind::Grant;
    r.party = grantee;
    r.custodian = custodian;
    r.scopes = scopes;
    r.purpose = purpose;
    r.expiresAt = expiresAt;
    return r;
}

DecisionRequest DecisionRequest::delegate(const crypto::Address &caregiver, quint8 rights, quint64 expiresAt)
{
    DecisionRequest r;
    r.kind = Kind::Delegate;
    r.party = caregiver;
    r.rights = rights;
    r.expiresAt = expiresAt;
    return r;
}

namespace {

Error refused(const QString &message, const char *detail)
{
    return makeError(ErrorCode::Rejected, message, QString::fromLatin1(detail));
}

Error invalid(const QString &message, const char *detail)
{
    return makeError(ErrorCode::InvalidInput, message, QString::fromLatin1(detail));
}

// Making someone my caregiver (or, with rights 0, no longer): setDelegate is always about the
// signer, whoever's passbook is on screen.
Result<consent::DecisionBuilder::Decision> delegation(const DecisionRequest &request,
                                                      const crypto::Address &me, qint64 nowSecs)
{
    if (request.party == me) {
        return invalid(QCoreApplication::translate(
                           "passbook", "That is your own code. Ask the person who helps you for theirs."),
                       "delegate to self");
    }
    constexpr quint8 all = domain::View | domain::Approve | domain::Manage;
    if (request.rights & ~all) {
        return invalid(QCoreApplication::translate("passbook", "Choose what your caregiver may do."),
                       "unknown delegate rights");
    }
    const quint64 expires = request.expiresAt.value_or(0);
    if (request.rights != 0 && qint64(expires) <= nowSecs) {
        return invalid(QCoreApplication::translate("passbook", "Choose an end date in the future."),
                       "delegation already expired");
    }
    return consent::DecisionBuilder::delegate(request.party, request.rights, request.rights ? expires : 0);
}
} // namespace

Result<consent::DecisionBuilder::Decision>
Session::prepareDecision(const DecisionRequest &request, ledger::RegistryClient *chain, qint64 nowSecs) const
{
    if (request.kind != Kind::Delegate && m_subject) {
        // what the patient gave me, as the ledger said at the last check (the contract checks again)
        const bool deciding = request.kind == Kind::Approve || request.kind == Kind::Deny;
        const quint8 needed = deciding ? domain::Approve : domain::Manage;
        if (!m_subject->active()) {
            return refused(QCoreApplication::translate("passbook", "Your access to %1's records has ended.")
                               .arg(m_subject->displayName()),
                           "delegation ended");
        }
        if (!(m_subject->rights & needed)) {
            return refused(
                deciding ? QCoreApplication::translate(
                               "passbook", "%1 has not given you the right to decide on requests for them.")
                               .arg(m_subject->displayName())
                         : QCoreApplication::translate(
                               "passbook", "%1 has not given you the right to manage their consents.")
                               .arg(m_subject->displayName()),
                "caregiver right missing");
        }
    }
    auto store = consentStore();
    if (!store) {
        return store.error();
    }
    const consent::DecisionBuilder builder(store.value(), subjectAddress(), chain);
    switch (request.kind) {
    case Kind::Approve:
        return builder.approve(request.id, request.scopes, request.expiresAt, nowSecs);
    case Kind::Deny:
        return builder.deny(request.id, nowSecs);
    case Kind::Revoke:
        return builder.revoke(request.id, nowSecs);
    case Kind::Grant:
        return builder.grant(request.party, request.custodian, request.scopes.value_or(0), request.purpose,
                             request.expiresAt.value_or(0), nowSecs);
    case Kind::Delegate:
        break;
    }
    return delegation(request, me(), nowSecs);
}

Result<ledger::TransactionSubmitter::Outcome>
Session::submitDecision(ledger::LedgerConnection &ledger, const consent::DecisionBuilder::Decision &decision)
{
    auto outcome = ledger.submit(decision.callData, decision.description);
    if (outcome) {
        (void)ledger.catchUp(); // the decision's own event, so every list shows it at once
    }
    return outcome;
}

} // namespace passbook::session
