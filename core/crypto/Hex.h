#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace passbook::crypto {

// Hex for public values (hashes, addresses, transactions). Lower case, no prefix unless asked.
[[nodiscard]] QString toHex(QByteArrayView bytes, bool prefix = false);
// Accepts an optional 0x prefix and either case; nullopt on odd length or a non-hex digit.
[[nodiscard]] std::optional<QByteArray> fromHex(QStringView text);

} // namespace passbook::crypto
