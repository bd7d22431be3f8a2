#pragma once

#include "common/Result.h"
#include "crypto/Address.h"
#include "vault/VaultDatabase.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace passbook::consent {

// Inbox, consents, delegations and activity of one patient, derived from the registry events that
// EventSync stored in the vault (nothing here is kept separately, so a new device rebuilds all of
// it from the chain).
class ConsentStore
{
public:
    struct Request
    {
        quint64 id = 0;
        crypto::Address requester, custodian;
        quint32 scopes = 0;
        quint8 purpose = 0;
        quint64 expiresAt = 0;
        qint64 requestedAt = 0; // block time, seconds
        QString status;         // pending, approved, denied, expired
        crypto::Address decidedBy;
        quint64 consentId = 0;
        // Why this request must not be approved, if anything (machine words; the app and CLI say
        // them in words): unknown-requester, inactive-requester, unknown-custodian,
        // inactive-custodian, malformed-scope, unknown-purpose, expired. Empty = nothing wrong.
        QStringList concerns;
        [[nodiscard]] bool approvable() const
        {
            return status == QLatin1String("pending") && concerns.isEmpty();
        }
    };

    struct Participant
    {
        bool known = false; // registered in the on-chain directory
        bool active = false;
        quint8 kind = 0;
        QString name;
    };

    struct Consent
    {
        quint64 id = 0;
        crypto::Address grantee, custodian; // custodian null = any
        quint32 scopes = 0;
        quint8 purpose = 0;
        quint64 expiresAt = 0;
        qint64 grantedAt = 0;
        quint64 requestId = 0;
        crypto::Address grantedBy;
        QString state; // active, expired, revoked
        crypto::Address revokedBy;
        bool emergency = false;
    };

    struct Delegation
    {
        crypto::Address delegate;
        quint8 rights = 0;
        quint64 expiresAt = 0;
        bool active = false;
    };

    struct Activity
    {
        qint64 time = 0; // block time, seconds
        quint64 block = 0;
        QString type;     // the event's name
        QString sentence; // for people, English (the CLI); the app composes its own from the fields below
        QString txHash;
        quint64 id = 0;         // request or consent number
        QString partyName;      // requester / grantee / recipient / hospital / caregiver address
        QString custodianName;  // empty = any
        bool byPatient = false; // the patient acted (else a caregiver: actorName)
        QString actorName;
        quint32 scopes = 0;
        quint8 purpose = 0;
        qint64 expiresAt = 0;
        quint8 rights = 0;
    };

    ConsentStore(vault::VaultDatabase &db, quint64 chainId, crypto::Address registry);

    // Requests and consents newest first; activity newest first, at most `limit` events.
    [[nodiscard]] Result<QList<Request>> requests(const crypto::Address &patient, qint64 nowSecs) const;
    [[nodiscard]] Result<QList<Consent>> consents(const crypto::Address &patient, qint64 nowSecs) const;
    [[nodiscard]] Result<QList<Delegation>> delegations(const crypto::Address &patient, qint64 nowSecs) const;
    [[nodiscard]] Result<QList<Activity>> activity(const crypto::Address &patient, int limit = 200) const;
    // Participant names from the directory events; the address itself when unknown.
    [[nodiscard]] QString nameOf(const crypto::Address &account) const;
    // What the directory events say about an account now.
    [[nodiscard]] Participant participant(const crypto::Address &account) const;
    // The concerns of Request::concerns for one request, as of `nowSecs`.
    [[nodiscard]] QStringList concernsAbout(const Request &request, qint64 nowSecs) const;

private:
    vault::VaultDatabase &m_db;
    quint64 m_chainId;
    QString m_registry;
};

} // namespace passbook::consent
