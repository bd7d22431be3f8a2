#pragma once

#include "Address.h"
#include "SecureBuffer.h"
#include "Signature.h"
#include "common/Result.h"

namespace passbook::crypto {

// A secp256k1 private key held in secure memory, with the operations the app needs.
class SigningKey
{
public:
    SigningKey() = default;
    // Fails when the 32 bytes are zero or not below the curve order.
    [[nodiscard]] static Result<SigningKey> fromSecret(SecureBuffer secret);
    [[nodiscard]] static SigningKey generate();

    [[nodiscard]] bool isValid() const { return m_secret.size() == 32; }
    [[nodiscard]] QByteArray publicKeyUncompressed() const; // 64 bytes, no 0x04 prefix
    [[nodiscard]] QByteArray publicKeyCompressed() const;   // 33 bytes
    [[nodiscard]] Address address() const { return m_address; }
    // RFC 6979 deterministic, low-s, recoverable.
    [[nodiscard]] Signature signHash(QByteArrayView hash32) const;
    // EIP-191 personal_sign over the message bytes.
    [[nodiscard]] Signature signPersonalMessage(QByteArrayView message) const;
    [[nodiscard]] const SecureBuffer &secret() const { return m_secret; }
    void wipe();

private:
    SecureBuffer m_secret;
    Address m_address;
};

} // namespace passbook::crypto
