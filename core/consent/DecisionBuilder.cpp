#include "DecisionBuilder.h"

#include "ledger/RegistryClient.h"
#include "ledger/Scopes.h"

#include <QCoreApplication>

namespace passbook::consent {

using crypto::Address;

namespace {
Error invalid(const QString &message, const char *detail)
{
    return makeError(ErrorCode::InvalidInput, message, QString::fromLatin1(detail));
}
} // namespace

QString DecisionBuilder::explain(const QString &concern)
{
    if (concern == QLatin1String("unknown-requester")) {
        return QCoreApplication::translate("passbook", "The requester is not in the consortium's directory.");
    }
    if (concern == QLatin1String("inactive-requester")) {
        return QCoreApplication::translate("passbook",
                                           "The requester has been suspended from the consortium.");
    }
    if (concern == QLatin1String("unknown-custodian")) {
        return QCoreApplication::translate("passbook",
                                           "The hospital said to hold the records is not in the directory.");
    }
    if (concern == QLatin1String("inactive-custodian")) {
        return QCoreApplication::translate("passbook",
                                           "The hospital said to hold the records has been suspended.");
    }
    if (concern == QLatin1String("malformed-scope")) {
        return QCoreApplication::translate("passbook", "The request names no valid record category.");
    }
    if (concern == QLatin1String("unknown-purpose")) {
        return QCoreApplication::translate("passbook", "The request gives no valid purpose.");
    }
    if (concern == QLatin1String("expired")) {
        return QCoreApplication::translate("passbook", "The request has already expired.");
    }
    return concern;
}

Result<ConsentStore::Request> DecisionBuilder::pendingRequest(quint64 requestId, qint64 nowSecs) const
{
    auto known = m_store.requests(m_patient, nowSecs);
    if (!known) {
        return known.error();
    }
    for (const ConsentStore::Request &r : known.value()) {
        if (r.id == requestId) {
            if (r.status != QLatin1String("pending")) {
                return invalid(QCoreApplication::translate("passbook", "Request %1 is already %2.")
                                   .arg(requestId)
                                   .arg(r.status),
                               "request not pending");
            }
            return r;
        }
    }
    if (!m_chain) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "passbook", "Request %1 is not known on this device yet; sync and try again.")
                             .arg(requestId),
                         QStringLiteral("unknown request"));
    }
    auto onChain = m_chain->request(requestId);
    if (!onChain) {
        return onChain.error();
    }
    if (onChain.value().patient != m_patient) {
        return invalid(QCoreApplication::translate("passbook", "Request %1 is not about you.").arg(requestId),
                       "request for another patient");
    }
    ConsentStore::Request r;
    r.id = requestId;
    r.requester = onChain.value().requester;
    r.custodian = onChain.value().custodian;
    r.scopes = onChain.value().scopes;
    r.purpose = onChain.value().purpose;
    r.expiresAt = onChain.value().expiresAt;
    r.status = QStringLiteral("pending");
    r.concerns = m_store.concernsAbout(r, nowSecs);
    return r;
}

Result<DecisionBuilder::Decision> DecisionBuilder::approve(quint64 requestId, std::optional<quint32> scopes,
                                                           std::optional<quint64> expiresAt,
                                                           qint64 nowSecs) const
{
    auto request = pendingRequest(requestId, nowSecs);
    if (!request) {
        return request.error();
    }
    const ConsentStore::Request &r = request.value();
    if (!r.concerns.isEmpty()) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("passbook", "Request %1 cannot be approved: %2")
                             .arg(requestId)
                             .arg(explain(r.concerns.first())),
                         QStringLiteral("suspicious request: %1").arg(r.concerns.join(QLatin1Char(','))));
    }
    const quint32 chosen = scopes.value_or(r.scopes);
    if (chosen == 0) {
        return invalid(QCoreApplication::translate(
                           "passbook", "Choose at least one category to share, or deny the request."),
                       "no scopes");
    }
    if ((chosen & ~r.scopes) != 0) {
        return invalid(QCoreApplication::translate(
                           "passbook",
                           "You can only share fewer categories than were asked for, not more (%1 "
                           "was not asked for).")
                           .arg(ledger::scopes::describe(chosen & ~r.scopes)),
                       "widening scopes");
    }
    const quint64 until = expiresAt.value_or(r.expiresAt);
    if (until > r.expiresAt) {
        return invalid(QCoreApplication::translate("passbook",
                                                   "You can only shorten the time asked for, not extend it."),
                       "widening expiry");
    }
    if (qint64(until) <= nowSecs) {
        return invalid(QCoreApplication::translate("passbook", "That end date has already passed."),
                       "expiry in the past");
    }
    return Decision{ledger::registry::approveRequest(requestId, chosen, until),
                    QStringLiteral("Approve request %1 from %2 (%3)")
                        .arg(requestId)
                        .arg(m_store.nameOf(r.requester), ledger::scopes::describe(chosen))};
}

Result<DecisionBuilder::Decision> DecisionBuilder::deny(quint64 requestId, qint64 nowSecs) const
{
    auto request = pendingRequest(requestId, nowSecs);
    if (!request) {
        return request.error();
    }
    return Decision{ledger::registry::denyRequest(requestId),
                    QStringLiteral("Deny request %1 from %2")
                        .arg(requestId)
                        .arg(m_store.nameOf(request.value().requester))};
}

Result<DecisionBuilder::Decision> DecisionBuilder::revoke(quint64 consentId, qint64 nowSecs) const
{
    auto consents = m_store.consents(m_patient, nowSecs);
    if (!consents) {
        return consents.error();
    }
    for (const ConsentStore::Consent &c : consents.value()) {
        if (c.id != consentId) {
            continue;
        }
        if (c.state == QLatin1String("revoked")) {
            return invalid(
                QCoreApplication::translate("passbook", "Consent %1 is already revoked.").arg(consentId),
                "already revoked");
        }
        // An expired consent is revoked all the same if asked: harmless, and it makes the record clear.
        return Decision{
            ledger::registry::revokeConsent(consentId),
            QStringLiteral("Revoke consent %1 for %2").arg(consentId).arg(m_store.nameOf(c.grantee))};
    }
    if (m_chain) {
        auto onChain = m_chain->consent(consentId);
        if (!onChain) {
            return onChain.error();
        }
        if (onChain.value().grantee.isZero()) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("passbook", "There is no consent %1 on the ledger.")
                                 .arg(consentId),
                             QStringLiteral("no such consent"));
        }
        if (onChain.value().patient != m_patient) {
            return invalid(QCoreApplication::translate("passbook", "Consent %1 is not yours.").arg(consentId),
                           "consent of another patient");
        }
        return Decision{ledger::registry::revokeConsent(consentId),
                        QStringLiteral("Revoke consent %1").arg(consentId)};
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate(
                         "passbook", "Consent %1 is not known on this device yet; sync and try again.")
                         .arg(consentId),
                     QStringLiteral("unknown consent"));
}

Result<DecisionBuilder::Decision> DecisionBuilder::grant(const Address &grantee, const Address &custodian,
                                                         quint32 scopes, quint8 purpose, quint64 expiresAt,
                                                         qint64 nowSecs) const
{
    const ConsentStore::Participant who = m_store.participant(grantee);
    if (!who.known) {
        return invalid(QCoreApplication::translate("passbook", "%1 is not a participant of this consortium.")
                           .arg(grantee.toChecksumString()),
                       "unknown grantee");
    }
    if (!who.active) {
        return invalid(QCoreApplication::translate("passbook", "%1 has been suspended from the consortium.")
                           .arg(who.name),
                       "inactive grantee");
    }
    if (!custodian.isZero() && !m_store.participant(custodian).known) {
        return invalid(QCoreApplication::translate(
                           "passbook", "The hospital chosen to release the records is not in the directory."),
                       "unknown custodian");
    }
    if (scopes == 0 || (scopes & ~domain::kAllCategories) != 0) {
        return invalid(QCoreApplication::translate("passbook", "Choose at least one category to share."),
                       "no scopes");
    }
    if (purpose < 1 || purpose > 5) {
        return invalid(QCoreApplication::translate("passbook", "Choose why you are sharing."), "bad purpose");
    }
    if (qint64(expiresAt) <= nowSecs) {
        return invalid(QCoreApplication::translate("passbook", "That end date has already passed."),
                       "expiry in the past");
    }
    return Decision{ledger::registry::grantConsent(grantee, custodian, scopes, purpose, expiresAt),
                    QStringLiteral("Share %1 with %2").arg(ledger::scopes::describe(scopes), who.name)};
}

DecisionBuilder::Decision DecisionBuilder::delegate(const crypto::Address &delegate, quint8 rights,
                                                    quint64 expiresAt)
{
    Decision d;
    d.callData = ledger::registry::setDelegate(delegate, rights, rights == 0 ? 0 : expiresAt);
    d.description = rights == 0 ? QStringLiteral("Remove caregiver %1").arg(delegate.toChecksumString())
                                : QStringLiteral("Make %1 a caregiver (%2)")
                                      .arg(delegate.toChecksumString(),
                                           ledger::scopes::rightsNames(rights).join(QStringLiteral(", ")));
    return d;
}

} // namespace passbook::consent
