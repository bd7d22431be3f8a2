#include "RegistryClient.h"

#include "Abi.h"
#include "RegistryErrors.h"
#include "common/ShownText.h"

#include <QCoreApplication>

namespace passbook::ledger {

using crypto::Address;

namespace registry {

namespace {
constexpr const char *kRegister = "registerParticipant(address,string,uint8,string)";
constexpr const char *kSetActive = "setParticipantActive(address,bool)";
constexpr const char *kRequest = "requestAccess(address,address,uint32,uint8,uint64)";
constexpr const char *kApprove = "approveRequest(uint256,uint32,uint64)";
constexpr const char *kDeny = "denyRequest(uint256)";
constexpr const char *kGrant = "grantConsent(address,address,uint32,uint8,uint64)";
constexpr const char *kGrantFor = "grantConsentFor(address,address,address,uint32,uint8,uint64)";
constexpr const char *kRevoke = "revokeConsent(uint256)";
constexpr const char *kSetDelegate = "setDelegate(address,uint8,uint64)";
constexpr const char *kAnchor = "anchor(bytes32,uint32)";
constexpr const char *kRelease = "recordRelease(address,address,uint32,uint256)";
constexpr const char *kEmergency = "emergencyAccess(address)";
constexpr const char *kAdmin = "admin()";
constexpr const char *kParticipant = "participant(address)";
constexpr const char *kParticipantCount = "participantCount()";
constexpr const char *kParticipantAt = "participantAt(uint256)";
constexpr const char *kIsAuthorized = "isAuthorized(address,address,address,uint32)";
constexpr const char *kDelegateRights = "delegateRights(address,address)";
constexpr const char *kIsAnchored = "isAnchored(address,bytes32)";
constexpr const char *kRequestView = "request(uint256)";
constexpr const char *kConsentView = "consent(uint256)";

struct EventDef
{
    Event::Type type;
    const char *signature;
};
constexpr EventDef kEvents[] = {
    {Event::Type::ParticipantRegistered, "ParticipantRegistered(address,string,uint8,string)"},
    {Event::Type::ParticipantStatusChanged, "ParticipantStatusChanged(address,bool)"},
    {Event::Type::AccessRequested, "AccessRequested(uint256,address,address,address,uint32,uint8,uint64)"},
    {Event::Type::AccessDenied, "AccessDenied(uint256,address,address)"},
    {Event::Type::ConsentGranted,
     "ConsentGranted(uint256,address,address,address,uint32,uint8,uint64,uint256,address)"},
    {Event::Type::ConsentRevoked, "ConsentRevoked(uint256,address,address)"},
    {Event::Type::DelegateSet, "DelegateSet(address,address,uint8,uint64)"},
    {Event::Type::RecordsAnchored, "RecordsAnchored(address,uint64,bytes32,uint32)"},
    {Event::Type::RecordsReleased, "RecordsReleased(address,address,address,uint32,uint256)"},
    {Event::Type::EmergencyAccessed, "EmergencyAccessed(uint256,address,address)"},
};

Error badEvent(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("passbook", "A ledger event could not be read."),
                     QStringLiteral("event: %1").arg(detail));
}
} // namespace

QByteArray registerParticipant(const Address &account, const QString &name, quint8 kind,
                               const QString &endpoint)
{
    return abi::Encoder().address(account).string(name).uint(kind).string(endpoint).call(kRegister);
}
QByteArray setParticipantActive(const Address &account, bool active)
{
    return abi::Encoder().address(account).boolean(active).call(kSetActive);
}
QByteArray requestAccess(const Address &patient, const Address &custodian, quint32 scopes, quint8 purpose,
                         quint64 expiresAt)
{
    return abi::Encoder().address(patient).address(custodian).uint(scopes).uint(purpose).uint(expiresAt).call(
        kRequest);
}
QByteArray approveRequest(quint64 requestId, quint32 scopes, quint64 expiresAt)
{
    return abi::Encoder().uint(requestId).uint(scopes).uint(expiresAt).call(kApprove);
}
QByteArray denyRequest(quint64 requestId)
{
    return abi::Encoder().uint(requestId).call(kDeny);
}
QByteArray grantConsent(const Address &grantee, const Address &custodian, quint32 scopes, quint8 purpose,
                        quint64 expiresAt)
{
    return abi::Encoder().address(grantee).address(custodian).uint(scopes).uint(purpose).uint(expiresAt).call(
        kGrant);
}
QByteArray grantConsentFor(const Address &patient, const Address &grantee, const Address &custodian,
                           quint32 scopes, quint8 purpose, quint64 expiresAt)
{
    return abi::Encoder()
        .address(patient)
        .address(grantee)
        .address(custodian)
        .uint(scopes)
        .uint(purpose)
        .uint(expiresAt)
        .call(kGrantFor);
}
QByteArray revokeConsent(quint64 consentId)
{
    return abi::Encoder().uint(consentId).call(kRevoke);
}
QByteArray setDelegate(const Address &delegate, quint8 rights, quint64 expiresAt)
{
    return abi::Encoder().address(delegate).uint(rights).uint(expiresAt).call(kSetDelegate);
}
QByteArray anchor(const QByteArray &root32, quint32 leafCount)
{
    return abi::Encoder().bytes32(root32).uint(leafCount).call(kAnchor);
}
QByteArray recordRelease(const Address &patient, const Address &recipient, quint32 scopes, quint64 consentId)
{
    return abi::Encoder().address(patient).address(recipient).uint(scopes).uint(consentId).call(kRelease);
}
QByteArray emergencyAccess(const Address &patient)
{
    return abi::Encoder().address(patient).call(kEmergency);
}

QStringList functionSignatures()
{
    QStringList out;
    for (const char *s :
         {kRegister,   kSetActive,   kRequest,          kApprove,       kDeny,         kGrant,
          kGrantFor,   kRevoke,      kSetDelegate,      kAnchor,        kRelease,      kEmergency,
          kAdmin,      kParticipant, kParticipantCount, kParticipantAt, kIsAuthorized, kDelegateRights,
          kIsAnchored, kRequestView, kConsentView}) {
        out << QString::fromLatin1(s);
    }
    return out;
}

QStringList eventSignatures()
{
    QStringList out;
    for (const EventDef &e : kEvents) {
        out << QString::fromLatin1(e.signature);
    }
    return out;
}

QList<QByteArray> eventTopics()
{
    QList<QByteArray> out;
    for (const EventDef &e : kEvents) {
        out << abi::topic(e.signature);
    }
    return out;
}

QString Event::typeName() const
{
    for (const EventDef &e : kEvents) {
        if (e.type == type) {
            return QString::fromLatin1(e.signature).section(QLatin1Char('('), 0, 0);
        }
    }
    return {};
}

namespace {

// Reads an event's indexed (topic) and data fields; any that is missing, malformed or out of
// range clears `ok`.
struct EventReader
{
    const Log &log;
    abi::Decoder data;
    bool ok = true;

    Address topicAddress(int i)
    {
        if (i >= log.topics.size()) {
            ok = false;
            return {};
        }
        auto a = abi::Decoder::addressWord(log.topics[i]);
        ok = ok && a.ok();
        return a ? a.value() : Address();
    }
    quint64 topicUint(int i)
    {
        if (i >= log.topics.size()) {
            ok = false;
            return 0;
        }
        auto v = abi::Decoder::uintWord(log.topics[i]);
        ok = ok && v.ok();
        return v ? v.value() : 0;
    }
    Address dataAddress(int i)
    {
        auto a = data.address(i);
        ok = ok && a.ok();
        return a ? a.value() : Address();
    }
    quint64 dataUint(int i, quint64 max)
    {
        auto v = data.uint(i);
        ok = ok && v.ok() && v.value() <= max;
        return v ? v.value() : 0;
    }
    void expectTopics(int n) { ok = ok && log.topics.size() == n; }
};

// The fields of `event` (its type already known) as DESIGN.md §4 declares them.
void readFields(EventReader &r, Event &event)
{
    switch (event.type) {
    case Event::Type::ParticipantRegistered: {
        r.expectTopics(2);
        event.party = r.topicAddress(1);
        auto name = r.data.string(0);
        auto endpoint = r.data.string(2);
        r.ok = r.ok && name.ok() && endpoint.ok();
        event.name = name ? shownText(name.value(), kMaxParticipantNameChars) : QString();
        event.kind = quint8(r.dataUint(1, 255));
        event.endpoint = endpoint ? endpoint.value() : QString();
        break;
    }
    case Event::Type::ParticipantStatusChanged: {
        r.expectTopics(2);
        event.party = r.topicAddress(1);
        auto active = r.data.boolean(0);
        r.ok = r.ok && active.ok();
        event.active = active ? active.value() : false;
        break;
    }
    case Event::Type::AccessRequested:
        r.expectTopics(4);
        event.id = r.topicUint(1);
        event.patient = r.topicAddress(2);
        event.party = r.topicAddress(3);
        event.custodian = r.dataAddress(0);
        event.scopes = quint32(r.dataUint(1, 0xffffffffU));
        event.purpose = quint8(r.dataUint(2, 255));
        event.expiresAt = r.dataUint(3, ~quint64(0));
        break;
    case Event::Type::AccessDenied:
        r.expectTopics(3);
        event.id = r.topicUint(1);
        event.patient = r.topicAddress(2);
        event.actor = r.dataAddress(0);
        break;
    case Event::Type::ConsentGranted:
        r.expectTopics(4);
        event.id = r.topicUint(1);
        event.patient = r.topicAddress(2);
        event.party = r.topicAddress(3);
        event.custodian = r.dataAddress(0);
        event.scopes = quint32(r.dataUint(1, 0xffffffffU));
        event.purpose = quint8(r.dataUint(2, 255));
        event.expiresAt = r.dataUint(3, ~quint64(0));
        event.requestId = r.dataUint(4, ~quint64(0));
        event.actor = r.dataAddress(5);
        break;
    case Event::Type::ConsentRevoked:
        r.expectTopics(3);
        event.id = r.topicUint(1);
        event.patient = r.topicAddress(2);
        event.actor = r.dataAddress(0);
        break;
    case Event::Type::DelegateSet:
        r.expectTopics(3);
        event.patient = r.topicAddress(1);
        event.party = r.topicAddress(2);
        event.rights = quint8(r.dataUint(0, 255));
        event.expiresAt = r.dataUint(1, ~quint64(0));
        break;
    case Event::Type::RecordsAnchored: {
        r.expectTopics(3);
        event.custodian = r.topicAddress(1);
        event.id = r.topicUint(2);
        auto root = r.data.word(0);
        r.ok = r.ok && root.ok();
        event.root = root ? root.value() : QByteArray();
        event.leafCount = quint32(r.dataUint(1, 0xffffffffU));
        break;
    }
    case Event::Type::RecordsReleased:
        r.expectTopics(4);
        event.patient = r.topicAddress(1);
        event.custodian = r.topicAddress(2);
        event.party = r.topicAddress(3);
        event.scopes = quint32(r.dataUint(0, 0xffffffffU));
        event.id = r.dataUint(1, ~quint64(0));
        break;
    case Event::Type::EmergencyAccessed:
        r.expectTopics(4);
        event.id = r.topicUint(1);
        event.patient = r.topicAddress(2);
        event.party = r.topicAddress(3);
        break;
    }
}

} // namespace

Result<Event> decodeEvent(const Log &log)
{
    if (log.topics.isEmpty()) {
        return badEvent(QStringLiteral("no topics"));
    }
    const EventDef *def = nullptr;
    for (const EventDef &e : kEvents) {
        if (abi::topic(e.signature) == log.topics[0]) {
            def = &e;
        }
    }
    if (!def) {
        return badEvent(QStringLiteral("unknown topic"));
    }
    Event ev;
    ev.type = def->type;
    ev.log = log;
    EventReader reader{log, abi::Decoder(log.data)};
    readFields(reader, ev);
    if (!reader.ok) {
        return badEvent(QStringLiteral("%1 does not decode").arg(ev.typeName()));
    }
    return ev;
}

} // namespace registry

Result<QByteArray> RegistryClient::view(const QByteArray &callData, const char *what)
{
    auto r = m_eth.call(m_registry, callData);
    if (!r) {
        const QByteArray revert = JsonRpcClient::revertData(r.error());
        if (r.error().code == ErrorCode::Rejected && !revert.isEmpty()) {
            return rejectedWith(revert, QString::fromLatin1(what));
        }
        return r.error();
    }
    return r;
}

Result<Address> RegistryClient::admin()
{
    auto r = view(abi::Encoder().call(registry::kAdmin), "admin");
    return r ? abi::Decoder(r.value()).address(0) : Result<Address>(r.error());
}

Result<registry::Participant> RegistryClient::participant(const Address &account)
{
    auto r = view(abi::Encoder().address(account).call(registry::kParticipant), "participant");
    if (!r) {
        return r.error();
    }
    const abi::Decoder d(r.value());
    auto name = d.string(0);
    auto kind = d.uint(1);
    auto endpoint = d.string(2);
    auto active = d.boolean(3);
    if (!name || !kind || !endpoint || !active) {
        return abi::malformed(QStringLiteral("participant()"));
    }
    return registry::Participant{account, shownText(name.value(), registry::kMaxParticipantNameChars),
                                 quint8(kind.value()), endpoint.value(), active.value()};
}

Result<QList<registry::Participant>> RegistryClient::directory()
{
    auto count = view(abi::Encoder().call(registry::kParticipantCount), "participantCount");
    if (!count) {
        return count.error();
    }
    auto n = abi::Decoder(count.value()).uint(0);
    if (!n) {
        return n.error();
    }
    QList<registry::Participant> out;
    for (quint64 i = 0; i < n.value(); ++i) {
        auto at = view(abi::Encoder().uint(i).call(registry::kParticipantAt), "participantAt");
        if (!at) {
            return at.error();
        }
        auto account = abi::Decoder(at.value()).address(0);
        if (!account) {
            return account.error();
        }
        auto p = participant(account.value());
        if (!p) {
            return p.error();
        }
        out.append(p.value());
    }
    return out;
}

Result<bool> RegistryClient::isAuthorized(const Address &patient, const Address &grantee,
                                          const Address &custodian, quint32 scopes)
{
    auto r = view(abi::Encoder().address(patient).address(grantee).address(custodian).uint(scopes).call(
                      registry::kIsAuthorized),
                  "isAuthorized");
    return r ? abi::Decoder(r.value()).boolean(0) : Result<bool>(r.error());
}

Result<quint8> RegistryClient::delegateRights(const Address &patient, const Address &delegate)
{
    auto r = view(abi::Encoder().address(patient).address(delegate).call(registry::kDelegateRights),
                  "delegateRights");
    if (!r) {
        return r.error();
    }
    auto v = abi::Decoder(r.value()).uint(0);
    if (!v || v.value() > 7) {
        return abi::malformed(QStringLiteral("delegateRights()"));
    }
    return quint8(v.value());
}

Result<bool> RegistryClient::isAnchored(const Address &custodian, const QByteArray &root32)
{
    auto r =
        view(abi::Encoder().address(custodian).bytes32(root32).call(registry::kIsAnchored), "isAnchored");
    return r ? abi::Decoder(r.value()).boolean(0) : Result<bool>(r.error());
}

Result<registry::RequestInfo> RegistryClient::request(quint64 id)
{
    auto r = view(abi::Encoder().uint(id).call(registry::kRequestView), "request");
    if (!r) {
        return r.error();
    }
    const abi::Decoder d(r.value());
    auto patient = d.address(0), requester = d.address(1), custodian = d.address(2);
    auto scopes = d.uint(3), purpose = d.uint(4), expires = d.uint(5), status = d.uint(6);
    if (!patient || !requester || !custodian || !scopes || !purpose || !expires || !status) {
        return abi::malformed(QStringLiteral("request()"));
    }
    return registry::RequestInfo{id,
                                 patient.value(),
                                 requester.value(),
                                 custodian.value(),
                                 quint32(scopes.value()),
                                 quint8(purpose.value()),
                                 expires.value(),
                                 quint8(status.value())};
}

Result<registry::ConsentInfo> RegistryClient::consent(quint64 id)
{
    auto r = view(abi::Encoder().uint(id).call(registry::kConsentView), "consent");
    if (!r) {
        return r.error();
    }
    const abi::Decoder d(r.value());
    auto patient = d.address(0), grantee = d.address(1), custodian = d.address(2);
    auto scopes = d.uint(3), purpose = d.uint(4), expires = d.uint(5);
    auto revoked = d.boolean(6);
    auto requestId = d.uint(7);
    if (!patient || !grantee || !custodian || !scopes || !purpose || !expires || !revoked || !requestId) {
        return abi::malformed(QStringLiteral("consent()"));
    }
    return registry::ConsentInfo{id,
                                 patient.value(),
                                 grantee.value(),
                                 custodian.value(),
                                 quint32(scopes.value()),
                                 quint8(purpose.value()),
                                 expires.value(),
                                 revoked.value(),
                                 requestId.value()};
}

} // namespace passbook::ledger
