#pragma once

#include "EthClient.h"
#include "common/Result.h"
#include "common/Vocabulary.h"
#include "crypto/Address.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace passbook::ledger {

// Typed binding for ConsentRegistry.sol (DESIGN.md §4): call data for every function, decoded
// views, and decoded events. The signatures below are the interface; tst_registry checks them
// against the compiled ABI.
namespace registry {

enum RequestStatus : quint8
{
    Pending = 1,
    Approved = 2,
    Denied = 3
};

// ---- call data --------------------------------------------------------------------------------
[[nodiscard]] QByteArray registerParticipant(const crypto::Address &account, const QString &name, quint8 kind,
                                             const QString &endpoint);
[[nodiscard]] QByteArray setParticipantActive(const crypto::Address &account, bool active);
[[nodiscard]] QByteArray requestAccess(const crypto::Address &patient, const crypto::Address &custodian,
                                       quint32 scopes, quint8 purpose, quint64 expiresAt);
[[nodiscard]] QByteArray approveRequest(quint64 requestId, quint32 scopes, quint64 expiresAt);
[[nodiscard]] QByteArray denyRequest(quint64 requestId);
[[nodiscard]] QByteArray grantConsent(const crypto::Address &grantee, const crypto::Address &custodian,
                                      quint32 scopes, quint8 purpose, quint64 expiresAt);
[[nodiscard]] QByteArray grantConsentFor(const crypto::Address &patient, const crypto::Address &grantee,
                                         const crypto::Address &custodian, quint32 scopes, quint8 purpose,
                                         quint64 expiresAt);
[[nodiscard]] QByteArray revokeConsent(quint64 consentId);
[[nodiscard]] QByteArray setDelegate(const crypto::Address &delegate, quint8 rights, quint64 expiresAt);
[[nodiscard]] QByteArray anchor(const QByteArray &root32, quint32 leafCount);
[[nodiscard]] QByteArray recordRelease(const crypto::Address &patient, const crypto::Address &recipient,
                                       quint32 scopes, quint64 consentId);
[[nodiscard]] QByteArray emergencyAccess(const crypto::Address &patient);

// Every function signature the binding uses, for the ABI check.
[[nodiscard]] QStringList functionSignatures();
[[nodiscard]] QStringList eventSignatures();

// ---- views ------------------------------------------------------------------------------------
// A participant's name as the ledger gives it is shown cut to this many characters.
constexpr qsizetype kMaxParticipantNameChars = 200;

struct Participant
{
    crypto::Address account;
    QString name;
    quint8 kind = 0;
    QString endpoint;
    bool active = false;
};

struct RequestInfo
{
    quint64 id = 0;
    crypto::Address patient, requester, custodian;
    quint32 scopes = 0;
    quint8 purpose = 0;
    quint64 expiresAt = 0;
    quint8 status = 0;
};

struct ConsentInfo
{
    quint64 id = 0;
    crypto::Address patient, grantee, custodian;
    quint32 scopes = 0;
    quint8 purpose = 0;
    quint64 expiresAt = 0;
    bool revoked = false;
    quint64 requestId = 0;
};

// ---- events -----------------------------------------------------------------------------------
struct Event
{
    enum class Type
    {
        ParticipantRegistered,
        ParticipantStatusChanged,
        AccessRequested,
        AccessDenied,
        ConsentGranted,
        ConsentRevoked,
        DelegateSet,
        RecordsAnchored,
        RecordsReleased,
        EmergencyAccessed,
    };
    Type type = Type::AccessRequested;
    Log log;
    quint64 id = 0;            // requestId / consentId / anchor seq
    crypto::Address patient;   // the patient concerned (or the custodian for anchors, account for directory)
    crypto::Address party;     // requester / grantee / delegate / recipient / hospital
    crypto::Address custodian; // record holder
    crypto::Address actor;     // who signed: patient or a caregiver
    quint32 scopes = 0;
    quint8 purpose = 0;
    quint64 expiresAt = 0;
    quint8 rights = 0;
    quint64 requestId = 0; // ConsentGranted from a request
    bool active = false;
    QString name, endpoint;
    quint8 kind = 0;
    QByteArray root;
    quint32 leafCount = 0;

    [[nodiscard]] QString typeName() const;
};

[[nodiscard]] QList<QByteArray> eventTopics(); // topic0 of every event
// Fails with InvalidInput ("cannot be read") for a log that is not a well-formed registry event.
[[nodiscard]] Result<Event> decodeEvent(const Log &log);

} // namespace registry

// Reads from a deployed registry.
class RegistryClient
{
public:
    RegistryClient(EthClient &eth, crypto::Address registry) : m_eth(eth), m_registry(std::move(registry)) {}

    [[nodiscard]] const crypto::Address &address() const { return m_registry; }
    [[nodiscard]] EthClient &eth() { return m_eth; }
    [[nodiscard]] Result<crypto::Address> admin();
    [[nodiscard]] Result<registry::Participant> participant(const crypto::Address &account);
    [[nodiscard]] Result<QList<registry::Participant>> directory();
    [[nodiscard]] Result<bool> isAuthorized(const crypto::Address &patient, const crypto::Address &grantee,
                                            const crypto::Address &custodian, quint32 scopes);
    [[nodiscard]] Result<quint8> delegateRights(const crypto::Address &patient,
                                                const crypto::Address &delegate);
    [[nodiscard]] Result<bool> isAnchored(const crypto::Address &custodian, const QByteArray &root32);
    [[nodiscard]] Result<registry::RequestInfo> request(quint64 id);
    [[nodiscard]] Result<registry::ConsentInfo> consent(quint64 id);

private:
    [[nodiscard]] Result<QByteArray> view(const QByteArray &callData, const char *what);

    EthClient &m_eth;
    crypto::Address m_registry;
};

} // namespace passbook::ledger
