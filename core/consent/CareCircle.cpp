#include "CareCircle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passbook::consent {

using crypto::Address;

namespace {

const QString kKey = QStringLiteral("care.patients");

QJsonObject toJson(const CaredFor &p)
{
    QJsonArray hospitals;
    for (const Address &h : p.hospitals) {
        hospitals.append(h.toChecksumString());
    }
    return {{QStringLiteral("patient"), p.patient.toChecksumString()},
            {QStringLiteral("label"), p.label},
            {QStringLiteral("hospitals"), hospitals},
            {QStringLiteral("addedAt"), double(p.addedAt)},
            {QStringLiteral("rights"), int(p.rights)},
            {QStringLiteral("expiresAt"), double(p.expiresAt)},
            {QStringLiteral("checkedAt"), double(p.checkedAt)},
            {QStringLiteral("ended"), p.ended},
            {QStringLiteral("endedAt"), double(p.endedAt)}};
}

std::optional<CaredFor> fromJson(const QJsonObject &o)
{
    auto patient = Address::fromString(o.value(QStringLiteral("patient")).toString());
    if (!patient) {
        return std::nullopt;
    }
    CaredFor p;
    p.patient = patient.value();
    p.label = o.value(QStringLiteral("label")).toString();
    for (const QJsonValue &h : o.value(QStringLiteral("hospitals")).toArray()) {
        if (auto a = Address::fromString(h.toString())) {
            p.hospitals << a.value();
        }
    }
    p.addedAt = qint64(o.value(QStringLiteral("addedAt")).toDouble());
    p.rights = quint8(o.value(QStringLiteral("rights")).toInt());
    p.expiresAt = quint64(o.value(QStringLiteral("expiresAt")).toDouble());
    p.checkedAt = qint64(o.value(QStringLiteral("checkedAt")).toDouble());
    p.ended = o.value(QStringLiteral("ended")).toString();
    p.endedAt = qint64(o.value(QStringLiteral("endedAt")).toDouble());
    return p;
}

Result<void> checkLabel(const QString &label)
{
    if (label.trimmed().size() > 64) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "Keep the name to 64 characters or fewer."),
                         QStringLiteral("label too long"));
    }
    return {};
}

} // namespace

Result<void> CareCircle::checkInvite(const CareInvite &invite, const Address &me, const QString &label)
{
    if (invite.patient == me) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook",
                                                     "This is your own invite code: give it to the "
                                                     "person who helps with your care."),
                         QStringLiteral("own invite"));
    }
    return checkLabel(label);
}

QString CaredFor::displayName() const
{
    if (!label.trimmed().isEmpty()) {
        return label.trimmed();
    }
    const QString a = patient.toChecksumString();
    return a.left(6) + QStringLiteral("…") + a.right(4);
}

Result<QList<CaredFor>> CareCircle::list() const
{
    auto stored = m_db.meta(kKey);
    QList<CaredFor> out;
    if (!stored && stored.error().code == ErrorCode::NotFound) {
        return out; // nobody yet
    }
    if (!stored) {
        return stored.error();
    }
    if (stored.value().isEmpty()) {
        return out;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(stored.value().toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isArray()) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("passbook",
                                                     "The list of people you care for is damaged. Add them "
                                                     "again from their invite codes."),
                         QStringLiteral("care.patients is not a JSON array"));
    }
    for (const QJsonValue &v : doc.array()) {
        if (auto p = fromJson(v.toObject())) {
            out << *p;
        }
    }
    return out;
}

Result<std::optional<CaredFor>> CareCircle::find(const Address &patient) const
{
    auto people = list();
    if (!people) {
        return people.error();
    }
    for (const CaredFor &p : people.value()) {
        if (p.patient == patient) {
            return std::optional<CaredFor>(p);
        }
    }
    return std::optional<CaredFor>();
}

Result<void> CareCircle::save(const QList<CaredFor> &people)
{
    QJsonArray a;
    for (const CaredFor &p : people) {
        a.append(toJson(p));
    }
    return m_db.setMeta(kKey, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
}

Result<CaredFor> CareCircle::add(const CareInvite &invite, const QString &label, quint8 rights,
                                 quint64 expiresAt, qint64 nowSecs)
{
    if (rights == 0) {
        return makeError(ErrorCode::Rejected,
                         QCoreApplication::translate("passbook",
                                                     "This person has not made you a caregiver on the ledger "
                                                     "(or it has expired). Ask them to add you first."),
                         QStringLiteral("delegateRights is 0"));
    }
    if (auto named = checkLabel(label); !named) {
        return named.error();
    }
    auto people = list();
    if (!people) {
        return people.error();
    }
    CaredFor p;
    p.patient = invite.patient;
    p.label = label.trimmed();
    p.hospitals = invite.hospitals;
    p.addedAt = nowSecs;
    p.rights = rights;
    p.expiresAt = expiresAt;
    p.checkedAt = nowSecs;
    QList<CaredFor> next;
    for (const CaredFor &q : people.value()) {
        if (q.patient != p.patient) {
            next << q;
        } else if (p.label.isEmpty()) {
            p.label = q.label;
        }
    }
    next << p;
    if (auto saved = save(next); !saved) {
        return saved.error();
    }
    return p;
}

Result<void> CareCircle::remove(const Address &patient)
{
    auto people = list();
    if (!people) {
        return people.error();
    }
    QList<CaredFor> next;
    for (const CaredFor &q : people.value()) {
        if (q.patient != patient) {
            next << q;
        }
    }
    return save(next);
}

Result<CareCircle::Applied> CareCircle::applyRights(const Address &patient, quint8 rights, quint64 expiresAt,
                                                    qint64 nowSecs, qint64 ledgerNow)
{
    auto people = list();
    if (!people) {
        return people.error();
    }
    Applied out;
    bool found = false;
    for (CaredFor &q : people.value()) {
        if (q.patient != patient) {
            continue;
        }
        found = true;
        q.checkedAt = nowSecs;
        if (expiresAt) {
            q.expiresAt = expiresAt;
        }
        if (rights != 0) {
            q.rights = rights;
            q.ended.clear();
            q.endedAt = 0;
        } else if (q.active()) {
            q.ended = (q.expiresAt != 0 && qint64(q.expiresAt) <= ledgerNow) ? QStringLiteral("expired")
                                                                             : QStringLiteral("revoked");
            q.endedAt = nowSecs;
            q.rights = 0;
            out.endedNow = true;
        }
        out.person = q;
    }
    if (!found) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("passbook", "You do not care for this person in this app."),
            QStringLiteral("not in care.patients"));
    }
    if (auto saved = save(people.value()); !saved) {
        return saved.error();
    }
    return out;
}

quint64 CareCircle::delegationExpiry(const ConsentStore &store, const Address &patient,
                                     const Address &delegate, qint64 nowSecs)
{
    auto list = store.delegations(patient, nowSecs);
    if (!list) {
        return 0;
    }
    for (const auto &d : list.value()) {
        if (d.delegate == delegate && d.rights != 0) {
            return d.expiresAt;
        }
    }
    return 0;
}

QStringList CareCircle::movedDelegations(const ConsentStore &store, const CaredFor &person,
                                         const crypto::Address &me, qint64 nowSecs)
{
    QStringList moved;
    auto delegations = store.delegations(person.patient, nowSecs);
    if (!person.active() || !delegations) {
        return moved;
    }
    for (const auto &d : delegations.value()) {
        if (d.delegate == me && !(d.active && d.rights == person.rights)) {
            moved << QStringLiteral("%1|%2|%3|%4")
                         .arg(person.patient.toLowerHex())
                         .arg(d.rights)
                         .arg(d.expiresAt)
                         .arg(d.active);
        }
    }
    return moved;
}

} // namespace passbook::consent
