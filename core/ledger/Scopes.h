#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace passbook::ledger {

// Text forms of the domain's vocabulary (common/Vocabulary.h) for the CLI and the protocol: category
// bitmasks as "labs,imaging", purposes, rights and kinds by their machine names, and expiries.
namespace scopes {

// "labs,imaging" or "all" -> bitmask; errors name the unknown word.
[[nodiscard]] Result<quint32> parse(const QString &list);
[[nodiscard]] QStringList keys(quint32 mask);
[[nodiscard]] QString describe(quint32 mask); // "lab results, imaging & pathology reports" (English)
// The same in the app's language, shortened to "a, b and N more" past three categories.
[[nodiscard]] QString describeTranslated(quint32 mask);

[[nodiscard]] Result<quint8> parsePurpose(const QString &name);
[[nodiscard]] QString purposeName(quint8 purpose);
[[nodiscard]] Result<quint8> parseRights(const QString &list); // "view,approve,manage"
[[nodiscard]] QStringList rightsNames(quint8 rights);
[[nodiscard]] QString kindName(quint8 kind);
[[nodiscard]] Result<quint8> parseKind(const QString &name);

// Dates for an expiry: 2027-01-31 (end of that day, UTC), an ISO date-time, or 30d / 12h / 90m
// from now. Returns seconds since the epoch; a date already passed is an error.
[[nodiscard]] Result<quint64> parseExpiry(const QString &text, qint64 nowSecs);

} // namespace scopes
} // namespace passbook::ledger
