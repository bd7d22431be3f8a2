#pragma once

#include "common/Result.h"
#include "crypto/Address.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace passbook::ledger {

// Solidity ABI encoding for the types the registry uses: address, bool, uintN (up to 64 bits as
// numbers, 256 bits as raw words), bytes32, string and bytes (dynamic), in a top-level tuple.
namespace abi {

[[nodiscard]] QByteArray selector(const char *signature); // keccak256(signature)[0..4)
[[nodiscard]] QByteArray topic(const char *signature);    // keccak256(signature)

class Encoder
{
public:
    Encoder &address(const crypto::Address &value);
    Encoder &uint(quint64 value);
    Encoder &uint256(QByteArrayView bigEndian32);
    Encoder &boolean(bool value);
    Encoder &bytes32(QByteArrayView value);
    Encoder &string(const QString &value);
    Encoder &bytes(QByteArrayView value);
    // head words followed by the tails of dynamic values
    [[nodiscard]] QByteArray encode() const;
    // selector + encoded arguments
    [[nodiscard]] QByteArray call(const char *signature) const;

private:
    struct Slot
    {
        bool dynamic = false;
        QByteArray data; // the word for static values, the tail for dynamic ones
    };
    QList<Slot> m_slots;
};

// Reads a tuple of values by position. Every access is bounds-checked; offsets and lengths from
// the ledger are never trusted.
class Decoder
{
public:
    explicit Decoder(QByteArray data) : m_data(std::move(data)) {}
    [[nodiscard]] Result<crypto::Address> address(int index) const;
    [[nodiscard]] Result<quint64> uint(int index) const; // fails when the value needs > 64 bits
    [[nodiscard]] Result<QByteArray> word(int index) const;
    [[nodiscard]] Result<bool> boolean(int index) const;
    [[nodiscard]] Result<QString> string(int index) const;
    [[nodiscard]] Result<QByteArray> bytes(int index) const;
    [[nodiscard]] int wordCount() const { return int(m_data.size() / 32); }

    // Single 32-byte words, as found in event topics.
    [[nodiscard]] static Result<crypto::Address> addressWord(QByteArrayView word);
    [[nodiscard]] static Result<quint64> uintWord(QByteArrayView word);

private:
    QByteArray m_data;
};

[[nodiscard]] Error malformed(const QString &detail);

} // namespace abi
} // namespace passbook::ledger
