#include "LedgerModels.h"

#include "common/DateText.h"
#include "ledger/Scopes.h"

#include <algorithm>

namespace passbook::models {

using Activity = consent::ConsentStore::Activity;

namespace {
QString nameOf(const consent::ConsentStore &store, const crypto::Address &a)
{
    return a.isNull() || a.isZero() ? QString() : store.nameOf(a);
}

QString when(qint64 secs)
{
    return dateTimeText(QDateTime::fromSecsSinceEpoch(secs));
}
} // namespace

RequestsModel::RequestsModel(QObject *parent)
    : ListOf({{"id", [](const RequestRow &r) { return QVariant(qint64(r.request.id)); }},
              {"requester", [](const RequestRow &r) { return QVariant(r.requester); }},
              {"custodian", [](const RequestRow &r) { return QVariant(r.custodian); }},
              {"categories",
               [](const RequestRow &r) { return QVariant(ledger::scopes::keys(r.request.scopes)); }},
              {"purpose",
               [](const RequestRow &r) { return QVariant(ledger::scopes::purposeName(r.request.purpose)); }},
              {"expires", [](const RequestRow &r) { return QVariant(when(qint64(r.request.expiresAt))); }},
              {"requested", [](const RequestRow &r) { return QVariant(when(r.request.requestedAt)); }},
              {"status", [](const RequestRow &r) { return QVariant(r.request.status); }},
              {"scopes", [](const RequestRow &r) { return QVariant(qint64(r.request.scopes)); }},
              {"expiresAt", [](const RequestRow &r) { return QVariant(qint64(r.request.expiresAt)); }},
              {"concerns", [](const RequestRow &r) { return QVariant(r.request.concerns); }}},
             parent)
{
}

void RequestsModel::load(const consent::ConsentStore *store, const crypto::Address &patient, qint64 nowSecs)
{
    QList<RequestRow> rows;
    if (store) {
        if (auto list = store->requests(patient, nowSecs)) {
            for (const consent::ConsentStore::Request &r : list.value()) { // newest first
                rows.append({r, nameOf(*store, r.requester), nameOf(*store, r.custodian)});
            }
        }
    }
    setRows(std::move(rows));
}

int RequestsModel::pending() const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [](const RequestRow &r) {
        return r.request.status == QLatin1String("pending");
    }));
}

int RequestsModel::rowOf(quint64 id) const
{
    for (int i = 0; i < rows().size(); ++i) {
        if (rows()[i].request.id == id) {
            return i;
        }
    }
    return -1;
}

ConsentsModel::ConsentsModel(QObject *parent)
    : ListOf({{"id", [](const ConsentRow &r) { return QVariant(qint64(r.consent.id)); }},
              {"grantee", [](const ConsentRow &r) { return QVariant(r.grantee); }},
              {"custodian", [](const ConsentRow &r) { return QVariant(r.custodian); }},
              {"categories",
               [](const ConsentRow &r) { return QVariant(ledger::scopes::keys(r.consent.scopes)); }},
              {"purpose",
               [](const ConsentRow &r) { return QVariant(ledger::scopes::purposeName(r.consent.purpose)); }},
              {"expires", [](const ConsentRow &r) { return QVariant(when(qint64(r.consent.expiresAt))); }},
              {"state", [](const ConsentRow &r) { return QVariant(r.consent.state); }},
              {"grantedBy", [](const ConsentRow &r) { return QVariant(r.grantedBy); }},
              {"emergency", [](const ConsentRow &r) { return QVariant(r.consent.emergency); }}},
             parent)
{
}

void ConsentsModel::load(const consent::ConsentStore *store, const crypto::Address &patient, qint64 nowSecs)
{
    QList<ConsentRow> rows;
    if (store) {
        if (auto list = store->consents(patient, nowSecs)) {
            for (const consent::ConsentStore::Consent &c : list.value()) { // newest first
                rows.append(
                    {c, nameOf(*store, c.grantee), nameOf(*store, c.custodian), nameOf(*store, c.grantedBy)});
            }
        }
    }
    std::stable_partition(rows.begin(), rows.end(),
                          [](const ConsentRow &r) { return r.consent.state == QLatin1String("active"); });
    setRows(std::move(rows));
}

ActivityModel::ActivityModel(QObject *parent)
    : ListOf({{"time", [](const Activity &a) { return QVariant(when(a.time)); }},
              {"type", [](const Activity &a) { return QVariant(a.type); }},
              {"id", [](const Activity &a) { return QVariant(qint64(a.id)); }},
              {"party", [](const Activity &a) { return QVariant(a.partyName); }},
              {"custodian", [](const Activity &a) { return QVariant(a.custodianName); }},
              {"byPatient", [](const Activity &a) { return QVariant(a.byPatient); }},
              {"actor", [](const Activity &a) { return QVariant(a.actorName); }},
              {"categories", [](const Activity &a) { return QVariant(ledger::scopes::keys(a.scopes)); }},
              {"purpose", [](const Activity &a) { return QVariant(ledger::scopes::purposeName(a.purpose)); }},
              {"expires",
               [](const Activity &a) { return QVariant(a.expiresAt ? when(a.expiresAt) : QString()); }},
              {"rights", [](const Activity &a) { return QVariant(ledger::scopes::rightsNames(a.rights)); }},
              {"sentence", [](const Activity &a) { return QVariant(a.sentence); }}},
             parent)
{
}

void ActivityModel::load(const consent::ConsentStore *store, const crypto::Address &patient)
{
    QList<Activity> rows;
    if (store) {
        if (auto list = store->activity(patient, 200)) {
            rows = list.value();
        }
    }
    setRows(std::move(rows));
}

OutboxModel::OutboxModel(QObject *parent)
    : ListOf({{"id", [](const ledger::Outbox::Entry &e) { return QVariant(e.id); }},
              {"description", [](const ledger::Outbox::Entry &e) { return QVariant(e.description); }},
              {"status",
               [](const ledger::Outbox::Entry &e) { return QVariant(ledger::Outbox::statusName(e.status)); }},
              {"error", [](const ledger::Outbox::Entry &e) { return QVariant(e.error); }},
              {"when",
               [](const ledger::Outbox::Entry &e) {
                   return QVariant(dateTimeText(QDateTime::fromMSecsSinceEpoch(e.updatedAt)));
               }}},
             parent)
{
}

void OutboxModel::load(vault::VaultDatabase *db)
{
    QList<ledger::Outbox::Entry> rows;
    if (db) {
        if (auto recent = ledger::Outbox(*db).recent(20)) {
            rows = recent.value();
        }
    }
    setRows(std::move(rows));
    emit loaded();
}

bool OutboxModel::waiting() const
{
    using Status = ledger::Outbox::Status;
    return std::any_of(rows().cbegin(), rows().cend(), [](const ledger::Outbox::Entry &e) {
        return e.status == Status::Queued || e.status == Status::Signed || e.status == Status::Sent;
    });
}

} // namespace passbook::models
