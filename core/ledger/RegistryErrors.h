#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace passbook::ledger {

// Turns revert data from ConsentRegistry (its custom errors, Error(string), Panic(uint256)) into
// a sentence for people; unknown data becomes a generic sentence with the selector in the detail.
struct DecodedRevert
{
    QString name;     // e.g. "ScopesWidened"
    QString sentence; // for people
};

[[nodiscard]] DecodedRevert decodeRevert(const QByteArray &revertData);
// A Rejected error whose message is the decoded sentence (detail keeps the node's words).
[[nodiscard]] Error rejectedWith(const QByteArray &revertData, const QString &context);
// Every custom error signature of the contract, for tests that compare with the compiled ABI.
[[nodiscard]] QStringList registryErrorSignatures();

} // namespace passbook::ledger
