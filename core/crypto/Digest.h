#pragma once

#include "SecureBuffer.h"

#include <QByteArray>

namespace passbook::crypto {

// SHA-256 and HMAC-SHA-512 from libsodium; PBKDF2-HMAC-SHA512 (for BIP-39 seeds) built on
// libsodium's HMAC, since libsodium has no PBKDF2.
[[nodiscard]] QByteArray sha256(QByteArrayView bytes);
[[nodiscard]] SecureBuffer hmacSha512(QByteArrayView key, QByteArrayView message);
[[nodiscard]] SecureBuffer pbkdf2HmacSha512(QByteArrayView password, QByteArrayView salt, int iterations,
                                            std::size_t outputLength);

} // namespace passbook::crypto
