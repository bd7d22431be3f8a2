#include "Digest.h"

#include <sodium.h>

namespace passbook::crypto {

namespace {
const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}
} // namespace

QByteArray sha256(QByteArrayView data)
{
    ensureSodium();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()), bytes(data),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

SecureBuffer hmacSha512(QByteArrayView key, QByteArrayView message)
{
    ensureSodium();
    SecureBuffer out(crypto_auth_hmacsha512_BYTES);
    crypto_auth_hmacsha512_state state;
    crypto_auth_hmacsha512_init(&state, bytes(key), std::size_t(key.size()));
    crypto_auth_hmacsha512_update(&state, bytes(message), static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha512_final(&state, out.data());
    sodium_memzero(&state, sizeof state);
    return out;
}

SecureBuffer pbkdf2HmacSha512(QByteArrayView password, QByteArrayView salt, int iterations,
                              std::size_t outputLength)
{
    ensureSodium();
    constexpr std::size_t hLen = crypto_auth_hmacsha512_BYTES;
    SecureBuffer out(outputLength);
    crypto_auth_hmacsha512_state keyed;
    crypto_auth_hmacsha512_init(&keyed, bytes(password), std::size_t(password.size()));
    SecureBuffer u(hLen);
    SecureBuffer t(hLen);
    for (std::uint32_t block = 1, done = 0; done < outputLength; ++block) {
        const unsigned char counter[4] = {std::uint8_t(block >> 24), std::uint8_t(block >> 16),
                                          std::uint8_t(block >> 8), std::uint8_t(block)};
        crypto_auth_hmacsha512_state st = keyed;
        crypto_auth_hmacsha512_update(&st, bytes(salt), static_cast<unsigned long long>(salt.size()));
        crypto_auth_hmacsha512_update(&st, counter, sizeof counter);
        crypto_auth_hmacsha512_final(&st, u.data());
        std::memcpy(t.data(), u.data(), hLen);
        for (int i = 1; i < iterations; ++i) {
            st = keyed;
            crypto_auth_hmacsha512_update(&st, u.data(), hLen);
            crypto_auth_hmacsha512_final(&st, u.data());
            for (std::size_t j = 0; j < hLen; ++j) {
                t.data()[j] ^= u.data()[j];
            }
        }
        sodium_memzero(&st, sizeof st);
        const std::size_t take = std::min(hLen, outputLength - done);
        std::memcpy(out.data() + done, t.data(), take);
        done += std::uint32_t(take);
    }
    sodium_memzero(&keyed, sizeof keyed);
    return out;
}

} // namespace passbook::crypto
