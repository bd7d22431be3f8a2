#pragma once

// What the hospital node reads from a request, with no server around it: the JSON body, a signed
// sign-in, a FHIR search's parameters. Everything here is input the node does not control; each
// function is a fuzz target (tests/fuzz) as well as the node's own code.
#include "common/Result.h"
#include "crypto/Address.h"
#include "fhir/SiweMessage.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <limits>
#include <optional>

namespace passbook::sandbox::detail {

inline constexpr qsizetype kMaxBody = 64 * 1024;

// The request's body as a JSON object (at most kMaxBody bytes), or nullopt.
[[nodiscard]] std::optional<QJsonObject> parseBody(const QByteArray &body);

// A sign-in body {"message", "signature"}: the SIWE message, and the address that signed exactly
// that text (EIP-191), which must be the message's own. What it does not check — the nonce, the
// time, this node's domain and chain — is the server's (HospitalServer::verifySignIn).
struct SignIn
{
    fhir::SiweMessage message;
    crypto::Address signer;
};
[[nodiscard]] Result<SignIn> readSignIn(const QJsonObject &body);

// A FHIR search's parameters as the node reads them.
struct SearchParams
{
    qint64 since = std::numeric_limits<qint64>::min();        // _lastUpdated=gt…
    qint64 afterUpdated = std::numeric_limits<qint64>::min(); // _cursor
    qint64 afterRowid = 0;
    int count = 100;        // _count, at most the node's page size
    quint32 categories = 0; // 0 = all the caller may see
};
// `patient`, `_lastUpdated`, `_count`, `_cursor` and `category` of a search by `patientId`'s caller
// (`allowed` category bits; 0xFFFF = all). InvalidInput for a malformed parameter, Rejected for
// another patient.
[[nodiscard]] Result<SearchParams> parseSearch(const QUrlQuery &query, const QString &patientId,
                                               quint32 allowed, int maxPageSize);

} // namespace passbook::sandbox::detail
