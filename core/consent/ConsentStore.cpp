#include "ConsentStore.h"

#include "ledger/EventSync.h"
#include "ledger/RegistryClient.h"
#include "ledger/Scopes.h"
#include "vault/SqlStatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace passbook::consent {

using crypto::Address;
using vault::SqlStatement;

namespace {
Address addressAt(const SqlStatement &st, int column)
{
    if (st.isNull(column)) {
        return {};
    }
    auto a = Address::fromString(st.text(column));
    return a ? a.value() : Address();
}

QString day(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}
} // namespace

ConsentStore::ConsentStore(vault::VaultDatabase &db, quint64 chainId, Address registry)
    : m_db(db), m_chainId(chainId), m_registry(registry.toChecksumString())
{
    (void)m_db.ensureSchema(ledger::EventSync::schema()); // the events it reads
}

QString ConsentStore::nameOf(const Address &account) const
{
    if (account.isNull() || account.isZero()) {
        return QStringLiteral("any hospital");
    }
    SqlStatement st(m_db.handle(),
                    "SELECT extra FROM ledger_events WHERE chain_id = ? AND registry = ? AND type = "
                    "'ParticipantRegistered' AND party = ? ORDER BY block_number DESC LIMIT 1;");
    st.bind(1, qint64(m_chainId));
    st.bind(2, m_registry);
    st.bind(3, account.toChecksumString());
    if (st.step()) {
        const QString name =
            QJsonDocument::fromJson(st.text(0).toUtf8()).object().value(QStringLiteral("name")).toString();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return account.toChecksumString();
}

ConsentStore::Participant ConsentStore::participant(const Address &account) const
{
    Participant p;
    SqlStatement st(m_db.handle(),
                    "SELECT type, extra FROM ledger_events WHERE chain_id = ? AND registry = ? AND party = ? "
                    "AND type IN ('ParticipantRegistered', 'ParticipantStatusChanged') "
                    "ORDER BY block_number, log_index;");
    st.bind(1, qint64(m_chainId));
    st.bind(2, m_registry);
    st.bind(3, account.toChecksumString());
    while (st.step()) {
        const QJsonObject extra = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
        if (st.text(0) == QLatin1String("ParticipantRegistered")) {
            p.known = true;
            p.active = true;
            p.kind = quint8(extra.value(QStringLiteral("kind")).toInt());
            p.name = extra.value(QStringLiteral("name")).toString();
        } else {
            p.active = extra.value(QStringLiteral("active")).toBool();
        }
    }
    return p;
}

QStringList ConsentStore::concernsAbout(const Request &r, qint64 nowSecs) const
{
    QStringList concerns;
    const Participant requester = participant(r.requester);
    if (!requester.known) {
        concerns << QStringLiteral("unknown-requester");
    } else if (!requester.active) {
        concerns << QStringLiteral("inactive-requester");
    }
    if (!r.custodian.isZero()) {
        const Participant custodian = participant(r.custodian);
        if (!custodian.known) {
            concerns << QStringLiteral("unknown-custodian");
        } else if (!custodian.active) {
            concerns << QStringLiteral("inactive-custodian");
        }
    }
    if (r.scopes == 0 || (r.scopes & ~domain::kAllCategories) != 0) {
        concerns << QStringLiteral("malformed-scope");
    }
    if (r.purpose < 1 || r.purpose > 5) {
        concerns << QStringLiteral("unknown-purpose");
    }
    if (qint64(r.expiresAt) <= nowSecs) {
        concerns << QStringLiteral("expired");
    }
    return concerns;
}

Result<QList<ConsentStore::Request>> ConsentStore::requests(const Address &patient, qint64 nowSecs) const
{
    // Each request with what became of it: a grant carrying its id, or a denial.
    SqlStatement st(
        m_db.handle(),
        "SELECT r.item_id, r.party, r.custodian, r.scopes, r.purpose, r.expires_at, r.block_time, "
        " g.item_id, g.actor, d.actor "
        "FROM ledger_events r "
        "LEFT JOIN ledger_events g ON g.chain_id = r.chain_id AND g.registry = r.registry "
        "  AND g.type = 'ConsentGranted' AND g.request_id = r.item_id "
        "LEFT JOIN ledger_events d ON d.chain_id = r.chain_id AND d.registry = r.registry "
        "  AND d.type = 'AccessDenied' AND d.item_id = r.item_id "
        "WHERE r.chain_id = ? AND r.registry = ? AND r.type = 'AccessRequested' AND r.patient = ? "
        "ORDER BY r.item_id DESC;");
    st.bind(1, qint64(m_chainId));
    st.bind(2, m_registry);
    st.bind(3, patient.toChecksumString());
    QList<Request> out;
    while (st.step()) {
        Request r;
        r.id = quint64(st.int64(0));
        r.requester = addressAt(st, 1);
        r.custodian = addressAt(st, 2);
        r.scopes = quint32(st.int64(3));
        r.purpose = quint8(st.int64(4));
        r.expiresAt = quint64(st.int64(5));
        r.requestedAt = st.int64(6);
        if (!st.isNull(7)) {
            r.status = QStringLiteral("approved");
            r.consentId = quint64(st.int64(7));
            r.decidedBy = addressAt(st, 8);
        } else if (!st.isNull(9)) {
            r.status = QStringLiteral("denied");
            r.decidedBy = addressAt(st, 9);
        } else if (qint64(r.expiresAt) <= nowSecs) {
            r.status = QStringLiteral("expired");
        } else {
            r.status = QStringLiteral("pending");
        }
        if (r.status == QLatin1String("pending")) {
            r.concerns = concernsAbout(r, nowSecs);
        }
        out.append(r);
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("requests"));
    }
    return out;
}

Result<QList<ConsentStore::Consent>> ConsentStore::consents(const Address &patient, qint64 nowSecs) const
{
    SqlStatement st(
        m_db.handle(),
        "SELECT g.item_id, g.party, g.custodian, g.scopes, g.purpose, g.expires_at, g.block_time, "
        " g.request_id, g.actor, v.actor "
        "FROM ledger_events g "
        "LEFT JOIN ledger_events v ON v.chain_id = g.chain_id AND v.registry = g.registry "
        "  AND v.type = 'ConsentRevoked' AND v.item_id = g.item_id "
        "WHERE g.chain_id = ? AND g.registry = ? AND g.type = 'ConsentGranted' AND g.patient = ? "
        "ORDER BY g.item_id DESC;");
    st.bind(1, qint64(m_chainId));
    st.bind(2, m_registry);
    st.bind(3, patient.toChecksumString());
    QList<Consent> out;
    while (st.step()) {
        Consent c;
        c.id = quint64(st.int64(0));
        c.grantee = addressAt(st, 1);
        c.custodian = addressAt(st, 2);
        c.scopes = quint32(st.int64(3));
        c.purpose = quint8(st.int64(4));
        c.expiresAt = quint64(st.int64(5));
        c.grantedAt = st.int64(6);
        c.requestId = quint64(st.int64(7));
        c.grantedBy = addressAt(st, 8);
        c.emergency = c.purpose == 4 && c.requestId == 0 && c.grantedBy == c.grantee;
        if (!st.isNull(9)) {
            c.state = QStringLiteral("revoked");
            c.revokedBy = addressAt(st, 9);
        } else {
            c.state = qint64(c.expiresAt) <= nowSecs ? QStringLiteral("expired") : QStringLiteral("active");
        }
        out.append(c);
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("consents"));
    }
    return out;
}

Result<QList<ConsentStore::Delegation>> ConsentStore::delegations(const Address &patient,
                                                                  qint64 nowSecs) const
{
    // the latest DelegateSet per delegate wins
    SqlStatement st(
        m_db.handle(),
        "SELECT party, rights, expires_at FROM ledger_events e WHERE chain_id = ? AND registry = ? "
        "AND type = 'DelegateSet' AND patient = ? AND block_number * 100000 + log_index = ("
        " SELECT max(block_number * 100000 + log_index) FROM ledger_events x WHERE x.chain_id = e.chain_id "
        " AND x.registry = e.registry AND x.type = 'DelegateSet' AND x.patient = e.patient "
        " AND x.party = e.party) ORDER BY party;");
    st.bind(1, qint64(m_chainId));
    st.bind(2, m_registry);
    st.bind(3, patient.toChecksumString());
    QList<Delegation> out;
    while (st.step()) {
        Delegation d;
        d.delegate = addressAt(st, 0);
        d.rights = quint8(st.int64(1));
        d.expiresAt = quint64(st.int64(2));
        d.active = d.rights != 0 && qint64(d.expiresAt) > nowSecs;
        out.append(d);
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("delegations"));
    }
    return out;
}

Result<QList<ConsentStore::Activity>> ConsentStore::activity(const Address &patient, int limit) const
{
    SqlStatement st(
        m_db.handle(),
        "SELECT type, item_id, party, custodian, actor, scopes, purpose, expires_at, rights, request_id, "
        " block_time, block_number, tx_hash FROM ledger_events WHERE chain_id = ? AND registry = ? "
        "AND patient = ? ORDER BY block_number DESC, log_index DESC LIMIT ?;");
    st.bind(1, qint64(m_chainId));
    st.bind(2, m_registry);
    st.bind(3, patient.toChecksumString());
    st.bind(4, qint64(limit));
    QList<Activity> out;
    while (st.step()) {
        Activity a;
        a.type = st.text(0);
        const quint64 id = quint64(st.int64(1));
        const Address party = addressAt(st, 2);
        const Address custodian = addressAt(st, 3);
        const Address actor = addressAt(st, 4);
        const quint32 scopeBits = quint32(st.int64(5));
        const quint8 purpose = quint8(st.int64(6));
        const qint64 expires = st.int64(7);
        a.time = st.int64(10);
        a.block = quint64(st.int64(11));
        a.txHash = st.text(12);
        const QString what = ledger::scopes::describe(scopeBits);
        a.byPatient = actor == patient;
        a.actorName = actor.isNull() ? QString() : nameOf(actor);
        // who acted: the patient, a participant (emergency access), or one of the patient's caregivers
        const QString by = a.byPatient ? QStringLiteral("you")
                           : !actor.isNull() && !participant(actor).known
                               ? QStringLiteral("your caregiver %1").arg(actor.toChecksumString())
                               : a.actorName;
        a.id = id;
        a.partyName = a.type == QLatin1String("DelegateSet") ? party.toChecksumString() : nameOf(party);
        a.custodianName = custodian.isNull() || custodian.isZero() ? QString() : nameOf(custodian);
        a.scopes = scopeBits;
        a.purpose = purpose;
        a.expiresAt = expires;
        a.rights = quint8(st.int64(8));
        if (a.type == QLatin1String("AccessRequested")) {
            a.sentence = QStringLiteral("%1 asked for your %2 held by %3, for %4, until %5 (request %6).")
                             .arg(nameOf(party), what, nameOf(custodian),
                                  ledger::scopes::purposeName(purpose), day(expires))
                             .arg(id);
        } else if (a.type == QLatin1String("AccessDenied")) {
            a.sentence = QStringLiteral("Request %1 was denied by %2.").arg(id).arg(by);
        } else if (a.type == QLatin1String("ConsentGranted")) {
            a.sentence =
                purpose == 4 && actor == party
                    ? QStringLiteral("EMERGENCY ACCESS: %1 opened all your records for 24 hours.")
                          .arg(nameOf(party))
                    : QStringLiteral("%1 gave %2 access to your %3 held by %4 until %5 (consent %6).")
                          .arg(by.left(1).toUpper() + by.mid(1), nameOf(party), what, nameOf(custodian),
                               day(expires))
                          .arg(id);
        } else if (a.type == QLatin1String("ConsentRevoked")) {
            a.sentence = QStringLiteral("Consent %1 was revoked by %2.").arg(id).arg(by);
        } else if (a.type == QLatin1String("DelegateSet")) {
            const quint8 rights = quint8(st.int64(8));
            a.sentence =
                rights == 0
                    ? QStringLiteral("You removed caregiver %1.").arg(party.toChecksumString())
                    : QStringLiteral("You made %1 a caregiver (%2) until %3.")
                          .arg(party.toChecksumString(),
                               ledger::scopes::rightsNames(rights).join(QStringLiteral(", ")), day(expires));
        } else if (a.type == QLatin1String("RecordsReleased")) {
            a.sentence = QStringLiteral("%1 received your %2 from %3 on %4.")
                             .arg(nameOf(party), what, nameOf(custodian), day(a.time));
        } else if (a.type == QLatin1String("EmergencyAccessed")) {
            a.sentence = QStringLiteral("EMERGENCY ACCESS by %1 on %2.").arg(nameOf(party), day(a.time));
        } else {
            a.sentence = a.type;
        }
        Q_UNUSED(custodian);
        out.append(a);
    }
    if (st.errorCode() != SQLITE_DONE) {
        return m_db.sqlError(QStringLiteral("activity"));
    }
    return out;
}

} // namespace passbook::consent
