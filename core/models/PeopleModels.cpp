#include "PeopleModels.h"

#include "common/DateText.h"
#include "common/Vocabulary.h"
#include "ledger/Scopes.h"
#include "passbook/CareAccess.h"

namespace passbook::models {

using Delegation = consent::ConsentStore::Delegation;
using Participant = ledger::registry::Participant;

namespace {
QString dayText(qint64 secs)
{
    return secs ? dateText(QDateTime::fromSecsSinceEpoch(secs).date()) : QString();
}
} // namespace

HospitalsModel::HospitalsModel(QObject *parent)
    : ListOf({{"participant", [](const HospitalRow &r) { return QVariant(r.hospital.participant); }},
              {"name", [](const HospitalRow &r) { return QVariant(r.hospital.name); }},
              {"endpoint", [](const HospitalRow &r) { return QVariant(r.hospital.endpoint); }},
              {"lastSync",
               [](const HospitalRow &r) {
                   return QVariant(r.hospital.lastSync
                                       ? dateTimeText(QDateTime::fromMSecsSinceEpoch(r.hospital.lastSync))
                                       : QString());
               }},
              {"ok",
               [](const HospitalRow &r) {
                   return QVariant(!r.hospital.lastStatus.startsWith(QLatin1String("error")));
               }},
              {"status",
               [](const HospitalRow &r) {
                   const QString &s = r.hospital.lastStatus;
                   return QVariant(s.startsWith(QLatin1String("error: ")) ? s.mid(7) : s);
               }},
              {"records", [](const HospitalRow &r) { return QVariant(r.records); }}},
             parent)
{
}

void HospitalsModel::load(passbook::TimelineStore *store)
{
    QList<HospitalRow> rows;
    if (store) {
        if (auto list = store->hospitals()) {
            for (const passbook::Hospital &h : list.value()) {
                passbook::TimelineFilter f;
                f.hospital = h.participant;
                f.includeDuplicates = true;
                auto n = store->count(f);
                rows.append({h, n ? int(n.value()) : 0});
            }
        }
    }
    setRows(std::move(rows));
}

DirectoryModel::DirectoryModel(QObject *parent)
    : ListOf({{"participant", [](const Participant &p) { return QVariant(p.account.toChecksumString()); }},
              {"name", [](const Participant &p) { return QVariant(p.name); }},
              {"kind", [](const Participant &p) { return QVariant(ledger::scopes::kindName(p.kind)); }}},
             parent)
{
}

void DirectoryModel::load(const QList<Participant> &directory)
{
    QList<Participant> rows;
    std::copy_if(directory.cbegin(), directory.cend(), std::back_inserter(rows),
                 [](const Participant &p) { return p.active; });
    setRows(std::move(rows));
}

CaregiversModel::CaregiversModel(QObject *parent)
    : ListOf({{"address", [](const Delegation &d) { return QVariant(d.delegate.toChecksumString()); }},
              {"rights", [](const Delegation &d) { return QVariant(int(d.rights)); }},
              {"expires", [](const Delegation &d) { return QVariant(dayText(qint64(d.expiresAt))); }},
              {"expiresAt", [](const Delegation &d) { return QVariant(double(d.expiresAt)); }},
              {"active", [](const Delegation &d) { return QVariant(d.active); }}},
             parent)
{
}

void CaregiversModel::load(const consent::ConsentStore *store, const crypto::Address &patient, qint64 nowSecs)
{
    QList<Delegation> rows;
    if (store) {
        if (auto list = store->delegations(patient, nowSecs)) {
            std::copy_if(list.value().cbegin(), list.value().cend(), std::back_inserter(rows),
                         [](const Delegation &d) { return d.rights != 0; }); // 0 = removed
        }
    }
    setRows(std::move(rows));
}

PeopleModel::PeopleModel(QObject *parent)
    : ListOf({{"patient", [](const PersonRow &r) { return QVariant(r.person.patient.toChecksumString()); }},
              {"name", [](const PersonRow &r) { return QVariant(r.person.displayName()); }},
              {"rights", [](const PersonRow &r) { return QVariant(int(r.person.rights)); }},
              {"expires", [](const PersonRow &r) { return QVariant(dayText(qint64(r.person.expiresAt))); }},
              {"active", [](const PersonRow &r) { return QVariant(r.person.active()); }},
              {"ended", [](const PersonRow &r) { return QVariant(r.person.ended); }},
              {"endedText",
               [](const PersonRow &r) {
                   return QVariant(r.person.active() ? QString()
                                                     : passbook::CareAccess::endedSentence(r.person));
               }},
              {"hospitals", [](const PersonRow &r) { return QVariant(int(r.person.hospitals.size())); }},
              {"pending", [](const PersonRow &r) { return QVariant(r.pending); }},
              {"viewing", [](const PersonRow &r) { return QVariant(r.viewing); }}},
             parent)
{
}

void PeopleModel::load(const QList<consent::CaredFor> &people, const consent::ConsentStore *store,
                       const crypto::Address &viewing, qint64 nowSecs)
{
    QList<PersonRow> rows;
    for (const consent::CaredFor &p : people) {
        int pending = 0;
        if (store && p.active() && (p.rights & domain::Approve)) {
            if (auto requests = store->requests(p.patient, nowSecs)) {
                for (const auto &r : requests.value()) {
                    pending += r.status == QLatin1String("pending") ? 1 : 0;
                }
            }
        }
        rows.append({p, pending, !viewing.isNull() && viewing == p.patient});
    }
    setRows(std::move(rows));
}

} // namespace passbook::models
