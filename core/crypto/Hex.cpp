#include "Hex.h"

namespace passbook::crypto {

QString toHex(QByteArrayView bytes, bool prefix)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString out;
    out.reserve(bytes.size() * 2 + 2);
    if (prefix) {
        out += QLatin1String("0x");
    }
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += QLatin1Char(digits[b >> 4]);
        out += QLatin1Char(digits[b & 0x0f]);
    }
    return out;
}

static int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

std::optional<QByteArray> fromHex(QStringView text)
{
    if (text.startsWith(u"0x") || text.startsWith(u"0X")) {
        text = text.mid(2);
    }
    if (text.size() % 2 != 0) {
        return std::nullopt;
    }
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = hexValue(text[2 * i]);
        const int lo = hexValue(text[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            return std::nullopt;
        }
        out[i] = char((hi << 4) | lo);
    }
    return out;
}

} // namespace passbook::crypto
