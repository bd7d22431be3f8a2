#include "Keccak256.h"

#include <cstring>

namespace passbook::crypto {

namespace {

constexpr std::size_t kRate = 136;

constexpr std::uint64_t kRoundConstants[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

constexpr int kRotations[25] = {0,  1,  62, 28, 27, 36, 44, 6,  55, 20, 3,  10, 43,
                                25, 39, 41, 45, 15, 21, 8,  18, 2,  61, 56, 14};

inline std::uint64_t rotl(std::uint64_t x, int n)
{
    return n == 0 ? x : (x << n) | (x >> (64 - n));
}

void keccakF1600(std::uint64_t a[25])
{
    for (const std::uint64_t rc : kRoundConstants) {
        std::uint64_t c[5];
        for (int x = 0; x < 5; ++x) {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for (int x = 0; x < 5; ++x) {
            const std::uint64_t d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5) {
                a[y + x] ^= d;
            }
        }
        std::uint64_t b[25];
        for (int x = 0; x < 5; ++x) {
            for (int y = 0; y < 5; ++y) {
                // pi: B[y, 2x+3y] = rot(A[x, y])
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y], kRotations[x + 5 * y]);
            }
        }
        for (int y = 0; y < 25; y += 5) {
            for (int x = 0; x < 5; ++x) {
                a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
            }
        }
        a[0] ^= rc;
    }
}

void absorbBlock(std::uint64_t state[25], const std::uint8_t *block)
{
    for (std::size_t i = 0; i < kRate / 8; ++i) {
        std::uint64_t lane = 0;
        for (int b = 7; b >= 0; --b) {
            lane = (lane << 8) | block[i * 8 + std::size_t(b)];
        }
        state[i] ^= lane;
    }
    keccakF1600(state);
}

} // namespace

Keccak256::Keccak256()
{
    std::memset(m_state, 0, sizeof m_state);
    std::memset(m_buffer, 0, sizeof m_buffer);
}

void Keccak256::update(const void *data, std::size_t size)
{
    auto *p = static_cast<const std::uint8_t *>(data);
    while (size > 0) {
        const std::size_t take = std::min(size, kRate - m_filled);
        std::memcpy(m_buffer + m_filled, p, take);
        m_filled += take;
        p += take;
        size -= take;
        if (m_filled == kRate) {
            absorbBlock(m_state, m_buffer);
            m_filled = 0;
        }
    }
}

void Keccak256::final(std::uint8_t out[32])
{
    std::memset(m_buffer + m_filled, 0, kRate - m_filled);
    m_buffer[m_filled] ^= 0x01;
    m_buffer[kRate - 1] ^= 0x80;
    absorbBlock(m_state, m_buffer);
    for (std::size_t i = 0; i < 32; ++i) {
        out[i] = std::uint8_t(m_state[i / 8] >> (8 * (i % 8)));
    }
    std::memset(m_state, 0, sizeof m_state);
    std::memset(m_buffer, 0, sizeof m_buffer);
    m_filled = 0;
}

QByteArray Keccak256::hash(QByteArrayView bytes)
{
    Keccak256 k;
    k.update(bytes);
    QByteArray out(32, Qt::Uninitialized);
    k.final(reinterpret_cast<std::uint8_t *>(out.data()));
    return out;
}

} // namespace passbook::crypto
