#pragma once

#include "ConsentStore.h"

#include <optional>

namespace passbook::ledger {
class RegistryClient;
}

namespace passbook::consent {

// Turns what a patient (or their caregiver) decides into registry call data, after checking it
// against what this device knows from the ledger: the request is about them and still pending,
// nothing about it is suspicious, an approval only narrows (categories a subset, expiry no later),
// a consent to revoke is theirs and active, a grant goes to an active participant. The contract
// enforces the same rules; checking first gives the person a clear sentence before anything is
// signed, and keeps a suspicious request from ever being approved from this app.
class DecisionBuilder
{
public:
    struct Decision
    {
        QByteArray callData;
        QString description; // for the outbox and the person: what they decided, no medical detail
    };

    // `chain` (may be null) is asked about a request this device has not seen yet.
    DecisionBuilder(const ConsentStore &store, crypto::Address patient,
                    ledger::RegistryClient *chain = nullptr)
        : m_store(store), m_patient(std::move(patient)), m_chain(chain)
    {
    }

    // scopes / expiresAt: nullopt keeps what was asked for.
    [[nodiscard]] Result<Decision> approve(quint64 requestId, std::optional<quint32> scopes,
                                           std::optional<quint64> expiresAt, qint64 nowSecs) const;
    [[nodiscard]] Result<Decision> deny(quint64 requestId, qint64 nowSecs) const;
    [[nodiscard]] Result<Decision> revoke(quint64 consentId, qint64 nowSecs) const;
    [[nodiscard]] Result<Decision> grant(const crypto::Address &grantee, const crypto::Address &custodian,
                                         quint32 scopes, quint8 purpose, quint64 expiresAt,
                                         qint64 nowSecs) const;

    // Making `delegate` my caregiver with `rights` until `expiresAt`, or with rights 0 removing them
    // (setDelegate is always about the signer, whoever's passbook is on screen).
    [[nodiscard]] static Decision delegate(const crypto::Address &delegate, quint8 rights, quint64 expiresAt);

    // A sentence for each concern word of ConsentStore::Request::concerns (English; the app has its own).
    [[nodiscard]] static QString explain(const QString &concern);

private:
    [[nodiscard]] Result<ConsentStore::Request> pendingRequest(quint64 requestId, qint64 nowSecs) const;

    const ConsentStore &m_store;
    crypto::Address m_patient;
    ledger::RegistryClient *m_chain;
};

} // namespace passbook::consent
