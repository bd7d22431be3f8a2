#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace passbook::crypto {

// A 20-byte Ethereum account address.
class Address
{
public:
    Address() = default;
    [[nodiscard]] static Result<Address> fromBytes(QByteArrayView bytes);
    // Accepts 0x + 40 hex digits. All-lower or all-upper is taken as is; mixed case must carry a
    // valid EIP-55 checksum, so a mistyped address is caught.
    [[nodiscard]] static Result<Address> fromString(QStringView text);
    // keccak256(uncompressed public key without the 0x04 prefix)[12..32)
    [[nodiscard]] static Address fromPublicKey(QByteArrayView uncompressed64);

    [[nodiscard]] QString toChecksumString() const; // EIP-55
    [[nodiscard]] QString toLowerHex() const;       // 0x + lower case
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] bool isNull() const { return m_bytes.isEmpty(); }
    [[nodiscard]] bool isZero() const { return m_bytes == QByteArray(20, '\0'); }
    friend bool operator==(const Address &, const Address &) = default;

private:
    QByteArray m_bytes;
};

} // namespace passbook::crypto
