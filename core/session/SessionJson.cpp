#include "SessionJson.h"

#include "consent/DecisionBuilder.h"
#include "crypto/Hex.h"
#include "ledger/Scopes.h"
#include "passbook/CareAccess.h"

#include <QDateTime>
#include <QJsonArray>

namespace passbook::session::json {

using crypto::Address;
using ledger::scopes::describe;
using ledger::scopes::keys;

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject participant(const ledger::registry::Participant &p)
{
    return {{QStringLiteral("participant"), p.account.toChecksumString()},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("kind"), ledger::scopes::kindName(p.kind)},
            {QStringLiteral("endpoint"), p.endpoint},
            {QStringLiteral("active"), p.active}};
}

QJsonObject outboxEntry(const ledger::Outbox::Entry &e)
{
    QJsonObject o{{QStringLiteral("id"), double(e.id)},
                  {QStringLiteral("description"), e.description},
                  {QStringLiteral("status"), ledger::Outbox::statusName(e.status)},
                  {QStringLiteral("createdAt"), isoTime(e.createdAt / 1000)}};
    if (!e.hash.isEmpty()) {
        o.insert(QStringLiteral("transaction"), crypto::toHex(e.hash, true));
    }
    if (e.nonce) {
        o.insert(QStringLiteral("nonce"), double(*e.nonce));
    }
    if (e.blockNumber) {
        o.insert(QStringLiteral("block"), double(*e.blockNumber));
    }
    if (!e.error.isEmpty()) {
        o.insert(QStringLiteral("error"), e.error);
    }
    return o;
}

QJsonObject request(const consent::ConsentStore &store, const consent::ConsentStore::Request &r)
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

QJsonObject consent(const consent::ConsentStore &store, const consent::ConsentStore::Consent &c)
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

QJsonObject activity(const consent::ConsentStore::Activity &a)
{
    return {{QStringLiteral("time"), isoTime(a.time)},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("text"), a.sentence},
            {QStringLiteral("transaction"), a.txHash}};
}

QJsonObject delegation(const consent::ConsentStore::Delegation &d)
{
    return {{QStringLiteral("delegate"), d.delegate.toChecksumString()},
            {QStringLiteral("rights"), QJsonArray::fromStringList(ledger::scopes::rightsNames(d.rights))},
            {QStringLiteral("expiresAt"), isoTime(qint64(d.expiresAt))},
            {QStringLiteral("active"), d.active}};
}

QJsonObject caredFor(const consent::CaredFor &p)
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

QJsonObject hospital(const passbook::Hospital &h, qint64 records)
{
    const auto when = [](qint64 ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
    };
    const auto address = Address::fromString(h.participant);
    return {{QStringLiteral("participant"), address ? address.value().toChecksumString() : h.participant},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("endpoint"), h.endpoint},
            {QStringLiteral("connectedAt"), when(h.connectedAt)},
            {QStringLiteral("lastSync"), when(h.lastSync)},
            {QStringLiteral("status"), h.lastStatus},
            {QStringLiteral("records"), double(records)}};
}

QJsonObject timelineRow(const passbook::TimelineRow &row, const QHash<QString, QString> &names)
{
    const fhir::PassbookEntry &e = row.entry;
    QJsonObject o{{QStringLiteral("id"), double(row.id)},
                  {QStringLiteral("date"), e.date.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("category"),
                   e.category >= 0 ? keys(1U << e.category).value(0) : QStringLiteral("unmapped")},
                  {QStringLiteral("title"), e.title},
                  {QStringLiteral("summary"), e.summary},
                  {QStringLiteral("resource"), e.resourceType + QLatin1Char('/') + e.resourceId},
                  {QStringLiteral("hospital"), names.value(row.hospital, row.hospital)},
                  {QStringLiteral("integrity"), passbook::integrityName(row.integrity)}};
    if (e.outOfRange) {
        o.insert(QStringLiteral("outOfRange"), true);
    }
    if (row.duplicateOf) {
        o.insert(QStringLiteral("duplicateOf"), double(row.duplicateOf));
    }
    if (!e.codes.isEmpty()) {
        QJsonArray codes;
        for (const fhir::Coding &c : e.codes) {
            codes.append(QJsonObject{{QStringLiteral("system"), c.system},
                                     {QStringLiteral("code"), c.code},
                                     {QStringLiteral("display"), c.display}});
        }
        o.insert(QStringLiteral("codes"), codes);
    }
    return o;
}

} // namespace passbook::session::json
