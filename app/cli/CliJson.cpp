#include "CliJson.h"

#include "consent/DecisionBuilder.h"
#include "ledger/Scopes.h"
#include "passbook/CareAccess.h"

#include <QDateTime>
#include <QJsonArray>

namespace passbook::cli {

using crypto::Address;
using ledger::scopes::describe;
using ledger::scopes::keys;

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

// People I care for: kept in this vault (CareCircle); what they allow is always asked of the ledger.
QJsonObject caredForJson(const consent::CaredFor &p)
{
    QJsonArray hospitals;
    for (const Address &h : p.hospitals) {
        hospitals.append(h.toChecksumString());
    }
    QJsonObject o{
        {QStringLiteral("patient"), p.patient.toChecksumString()},
        {QStringLiteral("name"), p.displayName()},
        {QStringLiteral("hospitals"), hospitals},
        {QStringLiteral("rights"), QJsonArray::fromStringList(ledger::scopes::rightsNames(p.rights))},
        {QStringLiteral("active"), p.active()},
        {QStringLiteral("addedAt"), isoTime(p.addedAt)}};
    if (p.expiresAt) {
        o.insert(QStringLiteral("expiresAt"), isoTime(qint64(p.expiresAt)));
    }
    if (!p.active()) {
        o.insert(QStringLiteral("ended"), p.ended);
        o.insert(QStringLiteral("endedAt"), isoTime(p.endedAt));
        o.insert(QStringLiteral("message"), passbook::CareAccess::endedSentence(p));
    }
    return o;
}

QJsonObject requestJson(const consent::ConsentStore &store, const consent::ConsentStore::Request &r)
{
    QJsonObject o{{QStringLiteral("id"), double(r.id)},
                  {QStringLiteral("requester"), r.requester.toChecksumString()},
                  {QStringLiteral("requesterName"), store.nameOf(r.requester)},
                  {QStringLiteral("custodian"), r.custodian.toChecksumString()},
                  {QStringLiteral("custodianName"), store.nameOf(r.custodian)},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(keys(r.scopes))},
                  {QStringLiteral("categories"), describe(r.scopes)},
                  {QStringLiteral("purpose"), ledger::scopes::purposeName(r.purpose)},
                  {QStringLiteral("expiresAt"), isoTime(qint64(r.expiresAt))},
                  {QStringLiteral("requestedAt"), isoTime(r.requestedAt)},
                  {QStringLiteral("status"), r.status}};
    if (!r.concerns.isEmpty()) {
        QJsonArray concerns;
        for (const QString &c : r.concerns) {
            concerns.append(QJsonObject{{QStringLiteral("concern"), c},
                                        {QStringLiteral("text"), consent::DecisionBuilder::explain(c)}});
        }
        o.insert(QStringLiteral("concerns"), concerns);
    }
    if (!r.decidedBy.isNull()) {
        o.insert(QStringLiteral("decidedBy"), r.decidedBy.toChecksumString());
    }
    if (r.consentId) {
        o.insert(QStringLiteral("consentId"), double(r.consentId));
    }
    return o;
}

QJsonObject consentJson(const consent::ConsentStore &store, const consent::ConsentStore::Consent &c)
{
    QJsonObject o{
        {QStringLiteral("id"), double(c.id)},
        {QStringLiteral("grantee"), c.grantee.toChecksumString()},
        {QStringLiteral("granteeName"), store.nameOf(c.grantee)},
        {QStringLiteral("custodian"), c.custodian.isZero() ? QString() : c.custodian.toChecksumString()},
        {QStringLiteral("custodianName"), store.nameOf(c.custodian)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(keys(c.scopes))},
        {QStringLiteral("categories"), describe(c.scopes)},
        {QStringLiteral("purpose"), ledger::scopes::purposeName(c.purpose)},
        {QStringLiteral("expiresAt"), isoTime(qint64(c.expiresAt))},
        {QStringLiteral("grantedAt"), isoTime(c.grantedAt)},
        {QStringLiteral("state"), c.state},
        {QStringLiteral("emergency"), c.emergency}};
    if (c.requestId) {
        o.insert(QStringLiteral("requestId"), double(c.requestId));
    }
    return o;
}

} // namespace passbook::cli
