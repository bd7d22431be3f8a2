#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace passbook::crypto {

// RFC 8785 JSON Canonicalization Scheme: object members sorted by their UTF-16 code units, no
// whitespace, minimal string escapes, numbers in ECMAScript Number.prototype.toString form.
// Record integrity hashes are computed over this form (DESIGN.md §5), so the hospital node and the
// app must agree on it byte for byte.
[[nodiscard]] QByteArray canonicalJson(const QJsonValue &value);

// ECMAScript's shortest round-trip form of a double (1e+21, 1e-7, 0.000001, 4.5, -0 -> 0).
[[nodiscard]] QByteArray ecmaNumber(double value);

} // namespace passbook::crypto
