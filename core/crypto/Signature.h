#pragma once

#include "Address.h"
#include "common/Result.h"

#include <QByteArray>

namespace passbook::crypto {

// A recoverable secp256k1 ECDSA signature (low-s, as Ethereum requires).
struct Signature
{
    QByteArray r;       // 32 bytes
    QByteArray s;       // 32 bytes
    int recoveryId = 0; // 0 or 1 (yParity)

    // r || s || v with v = 27 + recoveryId: the EIP-191 personal_sign form wallets produce.
    [[nodiscard]] QByteArray toRsv27() const;
    [[nodiscard]] static Result<Signature> fromRsv(QByteArrayView rsv); // v in {0,1,27,28}

    // The address whose key made this signature over a 32-byte hash.
    [[nodiscard]] Result<Address> recoverSigner(QByteArrayView hash32) const;
};

// keccak256("\x19Ethereum Signed Message:\n" + len(message) + message)  (EIP-191 version 0x45)
[[nodiscard]] QByteArray personalMessageHash(QByteArrayView message);

} // namespace passbook::crypto
