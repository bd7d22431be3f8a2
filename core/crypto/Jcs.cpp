#include "Jcs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace passbook::crypto {

QByteArray ecmaNumber(double value)
{
    if (value == 0) {
        return QByteArrayLiteral("0"); // also -0
    }
    if (!std::isfinite(value)) {
        return QByteArrayLiteral("null"); // JSON cannot carry them; QJsonDocument never yields them
    }
    // Shortest round-trip digits and exponent: "d.ddde±x".
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string_view sci(buf, std::size_t(res.ptr - buf));
    const bool negative = sci.front() == '-';
    const auto ePos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(negative ? 1 : 0, ePos - (negative ? 1 : 0))) {
        if (c != '.') {
            digits.push_back(c);
        }
    }
    int exponent = 0;
    std::from_chars(sci.data() + ePos + 1 + (sci[ePos + 1] == '+' ? 1 : 0), sci.data() + sci.size(),
                    exponent);
    while (digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
    }
    const int k = int(digits.size());
    const int n = exponent + 1; // value = 0.digits × 10^n
    std::string out = negative ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(std::size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, std::size_t(n)) + '.' + digits.substr(std::size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(std::size_t(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1) {
            out += '.' + digits.substr(1);
        }
        out += 'e';
        out += (n - 1) >= 0 ? '+' : '-';
        out += std::to_string(std::abs(n - 1));
    }
    return QByteArray::fromStdString(out);
}

namespace {

void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    // Fast path: printable ASCII needing no escape is copied as is (most of FHIR).
    bool plain = true;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        for (QChar c : s) {
            out += char(c.unicode());
        }
        out += '"';
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void append(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        out += ecmaNumber(v.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue &item : v.toArray()) {
            if (!first) {
                out += ',';
            }
            first = false;
            append(out, item);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        // UTF-16 code unit order (RFC 8785 §3.2.3). QJsonObject usually iterates its keys in that
        // order already; only when it does not are the keys sorted and looked up.
        const auto before = [](const QString &a, const QString &b) {
            return QStringView(a).compare(QStringView(b), Qt::CaseSensitive) < 0;
        };
        bool ordered = true;
        QString previous;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            if (it != o.begin() && !before(previous, key)) {
                ordered = false;
                break;
            }
            previous = key;
        }
        out += '{';
        bool first = true;
        if (ordered) {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!first) {
                    out += ',';
                }
                first = false;
                appendString(out, it.key());
                out += ':';
                append(out, it.value());
            }
        } else {
            QStringList keys = o.keys();
            std::sort(keys.begin(), keys.end(), before);
            for (const QString &key : keys) {
                if (!first) {
                    out += ',';
                }
                first = false;
                appendString(out, key);
                out += ':';
                append(out, o.value(key));
            }
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(1024);
    append(out, value);
    return out;
}

} // namespace passbook::crypto
