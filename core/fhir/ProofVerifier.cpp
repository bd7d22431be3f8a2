#include "ProofVerifier.h"

#include "crypto/Jcs.h"

#include "Merkle.h"
#include "crypto/Hex.h"
#include "ledger/RegistryClient.h"

#include <QJsonDocument>

namespace passbook::fhir {

QString ProofVerifier::rootOf(const QString &proofJson)
{
    return QJsonDocument::fromJson(proofJson.toUtf8()).object().value(QStringLiteral("root")).toString();
}

std::optional<QByteArray> ProofVerifier::provenRoot(const QByteArray &canonical, const QString &proofJson,
                                                    const crypto::Address &custodian)
{
    if (proofJson.size() > 16384) {
        return std::nullopt;
    }
    const QJsonObject proof = QJsonDocument::fromJson(proofJson.toUtf8()).object();
    auto claimedCustodian = crypto::Address::fromString(proof.value(QStringLiteral("custodian")).toString());
    const auto root = crypto::fromHex(proof.value(QStringLiteral("root")).toString());
    auto path = merkle::decodePath(proof.value(QStringLiteral("path")));
    if (!claimedCustodian || claimedCustodian.value() != custodian || !root || root->size() != 32 || !path) {
        return std::nullopt;
    }
    if (merkle::rootFromProof(merkle::leafHashOfCanonical(canonical), path.value()) != *root) {
        return std::nullopt;
    }
    return *root;
}

Result<ProofVerifier::Outcome> ProofVerifier::verify(const QJsonObject &resource, const QString &proofJson,
                                                     const crypto::Address &custodian)
{
    if (proofJson.isEmpty()) {
        return Outcome::NoProof;
    }
    return verifyCanonical(crypto::canonicalJson(resource), proofJson, custodian);
}

Result<ProofVerifier::Outcome> ProofVerifier::verifyCanonical(const QByteArray &canonical,
                                                              const QString &proofJson,
                                                              const crypto::Address &custodian)
{
    if (proofJson.isEmpty()) {
        return Outcome::NoProof;
    }
    const auto root = provenRoot(canonical, proofJson, custodian);
    if (!root) {
        return Outcome::Tampered;
    }
    if (m_anchored.value(*root)) {
        return Outcome::Verified;
    }
    auto anchored = m_registry.isAnchored(custodian, *root);
    if (!anchored) {
        return anchored.error();
    }
    if (anchored.value()) {
        m_anchored.insert(*root, true);
        return Outcome::Verified;
    }
    return Outcome::NotAnchored;
}

} // namespace passbook::fhir
