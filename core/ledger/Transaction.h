#pragma once

#include "crypto/Address.h"
#include "crypto/Signature.h"
#include "crypto/SigningKey.h"

#include <QByteArray>

#include <optional>

namespace passbook::ledger {

// An Ethereum transaction: EIP-1559 (type 2) by default, legacy EIP-155 as the fallback for
// networks without EIP-1559. Amounts are in wei and fit 64 bits on a free-gas consortium.
struct Transaction
{
    enum class Type { Eip1559, Legacy };
    Type type = Type::Eip1559;
    quint64 chainId = 0;
    quint64 nonce = 0;
    quint64 maxPriorityFeePerGas = 0; // EIP-1559
    quint64 maxFeePerGas = 0;         // EIP-1559; the gas price for legacy
    quint64 gasLimit = 0;
    std::optional<crypto::Address> to; // none: contract creation
    quint64 value = 0;
    QByteArray data;

    [[nodiscard]] QByteArray signingPayload() const;
    [[nodiscard]] QByteArray signingHash() const;
    [[nodiscard]] QByteArray encodeSigned(const crypto::Signature &signature) const;
};

struct SignedTransaction
{
    QByteArray raw;  // what eth_sendRawTransaction takes
    QByteArray hash; // keccak256(raw)
};

[[nodiscard]] SignedTransaction sign(const Transaction &tx, const crypto::SigningKey &key);

// Decodes a raw signed transaction (either type) and recovers its sender.
struct DecodedTransaction
{
    Transaction tx;
    crypto::Address sender;
};
[[nodiscard]] Result<DecodedTransaction> decodeSigned(QByteArrayView raw);

} // namespace passbook::ledger
