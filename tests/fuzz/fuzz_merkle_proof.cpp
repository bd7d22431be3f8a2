// A record's ledger proof as a hospital sends it (urn:passbook:ledger-proof): the first line is the
// record in canonical form, the rest the proof JSON. Only a path that really leads from this leaf
// to the root it names is accepted.
#include "FuzzSupport.h"
#include "fhir/Merkle.h"
#include "fhir/ProofVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray canonical = newline < 0 ? input : input.left(newline);
    const QString proof = newline < 0 ? QString() : QString::fromUtf8(input.mid(newline + 1));
    const auto custodian =
        crypto::Address::fromString(QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"));
    const auto root = fhir::ProofVerifier::provenRoot(canonical, proof, custodian.value());
    if (root) {
        fuzz::require(root->size() == 32);
    }
    (void)fhir::ProofVerifier::rootOf(proof);
    const QJsonObject object = QJsonDocument::fromJson(proof.toUtf8()).object();
    if (auto path = fhir::merkle::decodePath(object.value(QStringLiteral("path")))) {
        // a path that decodes encodes back to one that decodes to the same steps
        auto again =
            fhir::merkle::decodePath(QJsonArray::fromStringList(fhir::merkle::encodePath(path.value())));
        fuzz::require(again.ok() && again.value().size() == path.value().size());
    }
    return 0;
}
