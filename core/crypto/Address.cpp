#include "Address.h"

#include "Hex.h"
#include "Keccak256.h"

#include <QCoreApplication>

namespace passbook::crypto {

static Error invalidAddress(const QString &detail)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "passbook", "That is not a valid account address. An address starts with 0x and has "
                                     "40 letters and digits; check it and try again."),
                     detail);
}

Result<Address> Address::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 20) {
        return invalidAddress(QStringLiteral("address must be 20 bytes, got %1").arg(bytes.size()));
    }
    Address a;
    a.m_bytes = bytes.toByteArray();
    return a;
}

Result<Address> Address::fromString(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() != 42 || !(t.startsWith(u"0x") || t.startsWith(u"0X"))) {
        return invalidAddress(QStringLiteral("bad length or prefix"));
    }
    const auto raw = fromHex(t.mid(2));
    if (!raw || raw->size() != 20) { // fromHex would take a second "0x" and leave 19 bytes
        return invalidAddress(QStringLiteral("not hex"));
    }
    Address a;
    a.m_bytes = *raw;
    const QStringView digits = t.mid(2);
    const bool hasLower = std::any_of(digits.begin(), digits.end(), [](QChar c) { return c.isLower(); });
    const bool hasUpper = std::any_of(digits.begin(), digits.end(), [](QChar c) { return c.isUpper(); });
    if (hasLower && hasUpper && a.toChecksumString().mid(2) != digits) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "passbook",
                             "This address has a typing mistake: its checksum does not match. Copy it "
                             "again from its source."),
                         QStringLiteral("EIP-55 checksum mismatch"));
    }
    return a;
}

Address Address::fromPublicKey(QByteArrayView uncompressed64)
{
    Address a;
    a.m_bytes = Keccak256::hash(uncompressed64).mid(12);
    return a;
}

QString Address::toLowerHex() const
{
    return toHex(m_bytes, true);
}

QString Address::toChecksumString() const
{
    const QString lower = toHex(m_bytes);
    const QByteArray hash = Keccak256::hash(lower.toLatin1());
    QString out = QStringLiteral("0x");
    out.reserve(42);
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const int nibble = (static_cast<unsigned char>(hash[i / 2]) >> (i % 2 == 0 ? 4 : 0)) & 0x0f;
        out += nibble >= 8 ? lower[i].toUpper() : lower[i];
    }
    return out;
}

} // namespace passbook::crypto
