#pragma once

#include "SecureBuffer.h"
#include "common/Result.h"

#include <QByteArray>

namespace passbook::crypto {

// XChaCha20-Poly1305 (IETF) from libsodium. A sealed box is nonce (24 bytes) || ciphertext || tag.
class Aead
{
public:
    static constexpr std::size_t kKeyBytes = 32;
    [[nodiscard]] static QByteArray seal(const SecureBuffer &key, const SecureBuffer &plaintext,
                                         QByteArrayView associatedData);
    // Fails (ErrorCode::WrongSecret) when the key is wrong or the box or associated data changed.
    [[nodiscard]] static Result<SecureBuffer> open(const SecureBuffer &key, QByteArrayView box,
                                                   QByteArrayView associatedData);
};

} // namespace passbook::crypto
