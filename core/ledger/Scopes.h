#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace passbook::ledger {

// The passbook categories of DESIGN.md §6 as scope bits, with the short names the CLI and the
// network protocol use ("labs,imaging") and names for people.
namespace scopes {

struct Category
{
    int bit;
    const char *key;   // machine name
    const char *label; // English name for people (translated in the app)
};

[[nodiscard]] const QList<Category> &categories();
// "labs,imaging" or "all" -> bitmask; errors name the unknown word.
[[nodiscard]] Result<quint32> parse(const QString &list);
[[nodiscard]] QStringList keys(quint32 mask);
[[nodiscard]] QString describe(quint32 mask); // "lab results, imaging & pathology reports"

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
