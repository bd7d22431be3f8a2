#pragma once

#include "SecureBuffer.h"
#include "SigningKey.h"
#include "common/Result.h"

#include <QString>

#include <cstdint>

namespace passbook::crypto {

// BIP-32 hierarchical deterministic private key derivation (secp256k1).
class HdKey
{
public:
    static constexpr std::uint32_t kHardened = 0x80000000U;
    // The standard Ethereum account path, so any wallet derives the same address from the phrase.
    static constexpr char kEthereumPath[] = "m/44'/60'/0'/0/0";

    [[nodiscard]] static Result<HdKey> fromSeed(const SecureBuffer &seed);
    [[nodiscard]] Result<HdKey> child(std::uint32_t index) const;
    // Path like m/44'/60'/0'/0/0 (' or h marks hardened).
    [[nodiscard]] Result<HdKey> derive(QStringView path) const;
    [[nodiscard]] Result<SigningKey> signingKey() const;

    [[nodiscard]] const SecureBuffer &privateKey() const { return m_key; }
    [[nodiscard]] const SecureBuffer &chainCode() const { return m_chainCode; }

private:
    SecureBuffer m_key;
    SecureBuffer m_chainCode;
};

} // namespace passbook::crypto
