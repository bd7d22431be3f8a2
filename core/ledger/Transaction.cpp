#include "Transaction.h"

#include "Rlp.h"
#include "crypto/Keccak256.h"

#include <QCoreApplication>

namespace passbook::ledger {

namespace {
QList<QByteArray> fields(const Transaction &tx)
{
    const QByteArray to = tx.to ? rlp::encodeBytes(tx.to->bytes()) : rlp::encodeBytes(QByteArray());
    if (tx.type == Transaction::Type::Eip1559) {
        return {rlp::encodeUint(tx.chainId),
                rlp::encodeUint(tx.nonce),
                rlp::encodeUint(tx.maxPriorityFeePerGas),
                rlp::encodeUint(tx.maxFeePerGas),
                rlp::encodeUint(tx.gasLimit),
                to,
                rlp::encodeUint(tx.value),
                rlp::encodeBytes(tx.data),
                rlp::encodeList({})};
    }
    return {rlp::encodeUint(tx.nonce), rlp::encodeUint(tx.maxFeePerGas), rlp::encodeUint(tx.gasLimit), to,
            rlp::encodeUint(tx.value), rlp::encodeBytes(tx.data)};
}

QByteArray stripZeros(const QByteArray &word)
{
    qsizetype i = 0;
    while (i < word.size() && word[i] == '\0') {
        ++i;
    }
    return word.mid(i);
}

Error malformed(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("passbook", "The transaction cannot be read."),
                     QStringLiteral("tx: %1").arg(detail));
}
} // namespace

QByteArray Transaction::signingPayload() const
{
    QList<QByteArray> f = fields(*this);
    if (type == Type::Eip1559) {
        return QByteArray(1, '\x02') + rlp::encodeList(f);
    }
    // EIP-155: chainId, 0, 0 appended
    f << rlp::encodeUint(chainId) << rlp::encodeUint(0) << rlp::encodeUint(0);
    return rlp::encodeList(f);
}

QByteArray Transaction::signingHash() const
{
    return crypto::Keccak256::hash(signingPayload());
}

QByteArray Transaction::encodeSigned(const crypto::Signature &sig) const
{
    QList<QByteArray> f = fields(*this);
    if (type == Type::Eip1559) {
        f << rlp::encodeUint(quint64(sig.recoveryId)) << rlp::encodeBytes(stripZeros(sig.r))
          << rlp::encodeBytes(stripZeros(sig.s));
        return QByteArray(1, '\x02') + rlp::encodeList(f);
    }
    f << rlp::encodeUint(chainId * 2 + 35 + quint64(sig.recoveryId)) << rlp::encodeBytes(stripZeros(sig.r))
      << rlp::encodeBytes(stripZeros(sig.s));
    return rlp::encodeList(f);
}

SignedTransaction sign(const Transaction &tx, const crypto::SigningKey &key)
{
    const crypto::Signature sig = key.signHash(tx.signingHash());
    SignedTransaction out;
    out.raw = tx.encodeSigned(sig);
    out.hash = crypto::Keccak256::hash(out.raw);
    return out;
}

Result<DecodedTransaction> decodeSigned(QByteArrayView raw)
{
    if (raw.isEmpty()) {
        return malformed(QStringLiteral("empty"));
    }
    const bool typed = quint8(raw[0]) == 0x02;
    if (!typed && quint8(raw[0]) < 0xc0) {
        return malformed(QStringLiteral("unsupported transaction type"));
    }
    auto item = rlp::decode(typed ? raw.sliced(1) : raw);
    if (!item) {
        return item.error();
    }
    const auto &it = item.value().items;
    if (!item.value().isList || it.size() != (typed ? 12 : 9)) {
        return malformed(QStringLiteral("wrong field count"));
    }
    DecodedTransaction d;
    Transaction &tx = d.tx;
    auto u = [&](int i) { return it[i].toUint(); };
    auto pad32 = [](const QByteArray &b) {
        return QByteArray(32 - std::min<qsizetype>(32, b.size()), '\0') + b.right(32);
    };
    crypto::Signature sig;
    int toIndex = 0;
    if (typed) {
        tx.type = Transaction::Type::Eip1559;
        auto c = u(0), n = u(1), p = u(2), m = u(3), g = u(4), v = u(6), y = u(9);
        if (!c || !n || !p || !m || !g || !v || !y || y.value() > 1) {
            return malformed(QStringLiteral("bad integer field"));
        }
        tx.chainId = c.value();
        tx.nonce = n.value();
        tx.maxPriorityFeePerGas = p.value();
        tx.maxFeePerGas = m.value();
        tx.gasLimit = g.value();
        tx.value = v.value();
        tx.data = it[7].bytes;
        toIndex = 5;
        sig.recoveryId = int(y.value());
        sig.r = pad32(it[10].bytes);
        sig.s = pad32(it[11].bytes);
    } else {
        tx.type = Transaction::Type::Legacy;
        auto n = u(0), gp = u(1), g = u(2), v = u(4), vv = u(6);
        if (!n || !gp || !g || !v || !vv || vv.value() < 35) {
            return malformed(QStringLiteral("bad integer field or pre-EIP-155 signature"));
        }
        tx.nonce = n.value();
        tx.maxFeePerGas = gp.value();
        tx.gasLimit = g.value();
        tx.value = v.value();
        tx.data = it[5].bytes;
        tx.chainId = (vv.value() - 35) / 2;
        sig.recoveryId = int((vv.value() - 35) % 2);
        toIndex = 3;
        sig.r = pad32(it[7].bytes);
        sig.s = pad32(it[8].bytes);
    }
    if (!it[toIndex].bytes.isEmpty()) {
        auto to = crypto::Address::fromBytes(it[toIndex].bytes);
        if (!to) {
            return malformed(QStringLiteral("bad recipient"));
        }
        tx.to = to.value();
    }
    auto sender = sig.recoverSigner(tx.signingHash());
    if (!sender) {
        return sender.error();
    }
    d.sender = sender.value();
    return d;
}

} // namespace passbook::ledger
