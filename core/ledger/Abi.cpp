#include "Abi.h"

#include "crypto/Keccak256.h"

#include <QCoreApplication>

namespace passbook::ledger::abi {

Error malformed(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("passbook", "The ledger sent data that cannot be read."),
                     QStringLiteral("abi: %1").arg(detail));
}

QByteArray selector(const char *signature)
{
    return crypto::Keccak256::hash(QByteArrayView(signature)).left(4);
}

QByteArray topic(const char *signature)
{
    return crypto::Keccak256::hash(QByteArrayView(signature));
}

namespace {
QByteArray word(quint64 value)
{
    QByteArray w(32, '\0');
    for (int i = 0; i < 8; ++i) {
        w[31 - i] = char((value >> (8 * i)) & 0xff);
    }
    return w;
}

QByteArray padRight(QByteArrayView data)
{
    QByteArray out = data.toByteArray();
    const qsizetype rem = out.size() % 32;
    if (rem) {
        out.append(QByteArray(32 - rem, '\0'));
    }
    return out;
}
} // namespace

Encoder &Encoder::address(const crypto::Address &value)
{
    m_slots.append({false, QByteArray(12, '\0') + value.bytes()});
    return *this;
}

Encoder &Encoder::uint(quint64 value)
{
    m_slots.append({false, word(value)});
    return *this;
}

Encoder &Encoder::uint256(QByteArrayView bigEndian32)
{
    Q_ASSERT(bigEndian32.size() == 32);
    m_slots.append({false, bigEndian32.toByteArray()});
    return *this;
}

Encoder &Encoder::boolean(bool value)
{
    m_slots.append({false, word(value ? 1 : 0)});
    return *this;
}

Encoder &Encoder::bytes32(QByteArrayView value)
{
    Q_ASSERT(value.size() == 32);
    m_slots.append({false, value.toByteArray()});
    return *this;
}

Encoder &Encoder::string(const QString &value)
{
    return bytes(value.toUtf8());
}

Encoder &Encoder::bytes(QByteArrayView value)
{
    m_slots.append({true, word(quint64(value.size())) + padRight(value)});
    return *this;
}

QByteArray Encoder::encode() const
{
    QByteArray head;
    QByteArray tail;
    const quint64 headSize = quint64(m_slots.size()) * 32;
    for (const Slot &s : m_slots) {
        if (s.dynamic) {
            head += word(headSize + quint64(tail.size()));
            tail += s.data;
        } else {
            head += s.data;
        }
    }
    return head + tail;
}

QByteArray Encoder::call(const char *signature) const
{
    return selector(signature) + encode();
}

Result<QByteArray> Decoder::word(int index) const
{
    if (index < 0 || qsizetype(index + 1) * 32 > m_data.size()) {
        return malformed(QStringLiteral("word %1 out of range").arg(index));
    }
    return m_data.mid(qsizetype(index) * 32, 32);
}

Result<crypto::Address> Decoder::addressWord(QByteArrayView w)
{
    if (w.size() != 32 || w.first(12) != QByteArray(12, '\0')) {
        return malformed(QStringLiteral("not an address word"));
    }
    return crypto::Address::fromBytes(w.sliced(12));
}

Result<quint64> Decoder::uintWord(QByteArrayView w)
{
    if (w.size() != 32 || w.first(24) != QByteArray(24, '\0')) {
        return malformed(QStringLiteral("integer does not fit 64 bits"));
    }
    quint64 v = 0;
    for (int i = 24; i < 32; ++i) {
        v = (v << 8) | quint8(w[i]);
    }
    return v;
}

Result<crypto::Address> Decoder::address(int index) const
{
    auto w = word(index);
    if (!w) {
        return w.error();
    }
    return addressWord(w.value());
}

Result<quint64> Decoder::uint(int index) const
{
    auto w = word(index);
    if (!w) {
        return w.error();
    }
    return uintWord(w.value());
}

Result<bool> Decoder::boolean(int index) const
{
    auto v = uint(index);
    if (!v || v.value() > 1) {
        return malformed(QStringLiteral("not a bool"));
    }
    return v.value() == 1;
}

Result<QByteArray> Decoder::bytes(int index) const
{
    // Both checks subtract from the size instead of adding to an offset from the ledger, which
    // could wrap around 2^64 (an offset of 2^64 - 32 plus 32 is 0) and pass.
    const quint64 size = quint64(m_data.size());
    auto offset = uint(index);
    if (!offset || offset.value() % 32 != 0 || offset.value() > size || size - offset.value() < 32) {
        return malformed(QStringLiteral("bad offset"));
    }
    auto length = uintWord(QByteArrayView(m_data).sliced(qsizetype(offset.value()), 32));
    if (!length || length.value() > size - offset.value() - 32) {
        return malformed(QStringLiteral("bad length"));
    }
    return m_data.mid(qsizetype(offset.value() + 32), qsizetype(length.value()));
}

Result<QString> Decoder::string(int index) const
{
    auto b = bytes(index);
    if (!b) {
        return b.error();
    }
    return QString::fromUtf8(b.value());
}

} // namespace passbook::ledger::abi
