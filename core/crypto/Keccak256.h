#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace passbook::crypto {

// Ethereum's Keccak-256 (original Keccak padding 0x01, not FIPS-202 SHA3-256's 0x06).
// OpenSSL 3.0 ships no KECCAK-256 digest and libsodium has none, so this is the one primitive
// written here; it is checked against the known-answer vectors and against cast.
class Keccak256
{
public:
    Keccak256();
    void update(const void *data, std::size_t size);
    void update(QByteArrayView bytes) { update(bytes.data(), std::size_t(bytes.size())); }
    void final(std::uint8_t out[32]);
    [[nodiscard]] static QByteArray hash(QByteArrayView bytes);

private:
    std::uint64_t m_state[25];
    std::uint8_t m_buffer[136];
    std::size_t m_filled = 0;
};

} // namespace passbook::crypto
