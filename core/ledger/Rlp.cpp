#include "Rlp.h"

#include <QCoreApplication>

namespace passbook::ledger::rlp {

namespace {
QByteArray lengthPrefix(qsizetype length, quint8 shortBase, quint8 longBase)
{
    if (length < 56) {
        return QByteArray(1, char(shortBase + length));
    }
    const QByteArray len = minimalBigEndian(quint64(length));
    return QByteArray(1, char(longBase + len.size())) + len;
}

Error malformed(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("passbook", "The ledger sent data that cannot be read."),
                     QStringLiteral("rlp: %1").arg(detail));
}

Result<Item> decodeAt(QByteArrayView data, qsizetype &pos, int depth)
{
    if (depth > 32) {
        return malformed(QStringLiteral("nesting too deep"));
    }
    if (pos >= data.size()) {
        return malformed(QStringLiteral("truncated"));
    }
    const auto prefix = quint8(data[pos]);
    Item item;
    qsizetype length = 0;
    qsizetype start = pos + 1;
    auto readLength = [&](int lenOfLen) -> bool {
        if (start + lenOfLen > data.size() || quint8(data[start]) == 0 || lenOfLen > 8) {
            return false;
        }
        quint64 l = 0;
        for (int i = 0; i < lenOfLen; ++i) {
            l = (l << 8) | quint8(data[start + i]);
        }
        if (l < 56 || l > quint64(data.size())) {
            return false;
        }
        length = qsizetype(l);
        start += lenOfLen;
        return true;
    };
    if (prefix < 0x80) {
        item.bytes = QByteArray(1, char(prefix));
        pos += 1;
        return item;
    }
    if (prefix <= 0xb7) {
        length = prefix - 0x80;
        if (length == 1 && start < data.size() && quint8(data[start]) < 0x80) {
            return malformed(QStringLiteral("non-canonical single byte"));
        }
    } else if (prefix <= 0xbf) {
        if (!readLength(prefix - 0xb7)) {
            return malformed(QStringLiteral("bad long string length"));
        }
    } else if (prefix <= 0xf7) {
        item.isList = true;
        length = prefix - 0xc0;
    } else {
        item.isList = true;
        if (!readLength(prefix - 0xf7)) {
            return malformed(QStringLiteral("bad long list length"));
        }
    }
    if (start + length > data.size()) {
        return malformed(QStringLiteral("truncated payload"));
    }
    if (!item.isList) {
        item.bytes = data.sliced(start, length).toByteArray();
        pos = start + length;
        return item;
    }
    qsizetype inner = start;
    const qsizetype end = start + length;
    while (inner < end) {
        auto child = decodeAt(data.first(end), inner, depth + 1);
        if (!child) {
            return child.error();
        }
        item.items.append(std::move(child).value());
    }
    pos = end;
    return item;
}
} // namespace

QByteArray minimalBigEndian(quint64 value)
{
    QByteArray out;
    while (value) {
        out.prepend(char(value & 0xff));
        value >>= 8;
    }
    return out;
}

QByteArray encodeBytes(QByteArrayView bytes)
{
    if (bytes.size() == 1 && quint8(bytes[0]) < 0x80) {
        return bytes.toByteArray();
    }
    return lengthPrefix(bytes.size(), 0x80, 0xb7) + bytes.toByteArray();
}

QByteArray encodeUint(quint64 value)
{
    return encodeBytes(minimalBigEndian(value));
}

QByteArray encodeList(const QList<QByteArray> &encodedItems)
{
    QByteArray payload;
    for (const QByteArray &i : encodedItems) {
        payload += i;
    }
    return lengthPrefix(payload.size(), 0xc0, 0xf7) + payload;
}

Result<quint64> Item::toUint() const
{
    if (isList || bytes.size() > 8 || (!bytes.isEmpty() && bytes[0] == '\0')) {
        return malformed(QStringLiteral("not a canonical integer"));
    }
    quint64 v = 0;
    for (char c : bytes) {
        v = (v << 8) | quint8(c);
    }
    return v;
}

Result<Item> decode(QByteArrayView data)
{
    qsizetype pos = 0;
    auto item = decodeAt(data, pos, 0);
    if (item && pos != data.size()) {
        return malformed(QStringLiteral("trailing bytes"));
    }
    return item;
}

} // namespace passbook::ledger::rlp
