#pragma once

#include "common/Result.h"
#include "crypto/Address.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace passbook::ledger {
class RegistryClient;
}

namespace passbook::fhir {

// Checks a record against the ledger (DESIGN.md §5): recompute the leaf from the resource as
// served, walk the proof's path, and ask the registry whether the custodian anchored that root.
class ProofVerifier
{
public:
    enum class Outcome
    {
        Verified,    // the root is anchored by this hospital
        NotAnchored, // the proof is sound but the ledger does not (yet) know the root
        Tampered,    // the record or its proof does not match: altered after anchoring
        NoProof,     // the hospital sent no proof
    };

    explicit ProofVerifier(ledger::RegistryClient &registry) : m_registry(registry) {}

    // `custodian` is the hospital the record came from; a proof naming another custodian is treated
    // as tampered. Fails (Unreachable) only when the ledger cannot be asked.
    [[nodiscard]] Result<Outcome> verify(const QJsonObject &resource, const QString &proofJson,
                                         const crypto::Address &custodian);
    // The same, for a resource already in RFC 8785 canonical form (the sync stores those bytes).
    [[nodiscard]] Result<Outcome> verifyCanonical(const QByteArray &canonical, const QString &proofJson,
                                                  const crypto::Address &custodian);
    // What can be checked without the ledger: the proof (at most 16 KiB of JSON) names `custodian`,
    // and its path leads from this resource's leaf to its root. The root (32 bytes), or nullopt
    // when the record or its proof was altered.
    [[nodiscard]] static std::optional<QByteArray>
    provenRoot(const QByteArray &canonical, const QString &proofJson, const crypto::Address &custodian);
    // The root a proof commits to, for display ("0x…"), or empty.
    [[nodiscard]] static QString rootOf(const QString &proofJson);

private:
    ledger::RegistryClient &m_registry;
    QHash<QByteArray, bool> m_anchored; // root -> anchored (only positive answers are kept)
};

} // namespace passbook::fhir
