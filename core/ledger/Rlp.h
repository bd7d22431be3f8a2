#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace passbook::ledger {

// Recursive Length Prefix encoding (Ethereum yellow paper, appendix B).
namespace rlp {

[[nodiscard]] QByteArray encodeBytes(QByteArrayView bytes);
// Minimal big-endian, no leading zeros; 0 encodes as the empty string (0x80).
[[nodiscard]] QByteArray encodeUint(quint64 value);
[[nodiscard]] QByteArray encodeList(const QList<QByteArray> &encodedItems);
[[nodiscard]] QByteArray minimalBigEndian(quint64 value);

struct Item
{
    bool isList = false;
    QByteArray bytes;  // for strings
    QList<Item> items; // for lists

    [[nodiscard]] Result<quint64> toUint() const;
};

// Strict decoding: canonical lengths only, the input must be exactly one item, nesting bounded.
[[nodiscard]] Result<Item> decode(QByteArrayView data);

} // namespace rlp
} // namespace passbook::ledger
