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

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

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
    static const char hex[] = "0123456789abcdef";
    const auto escape = [&out](char16_t u) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) {
            out += hex[(u >> shift) & 0xf];
        }
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                escape(u);
            } else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                appendUtf8(out, QChar::surrogateToUcs4(u, s.at(i + 1).unicode()));
                ++i;
            } else if (QChar::isSurrogate(u)) {
                // Not I-JSON (RFC 7493): a lone surrogate has no UTF-8 form. It is kept as its escape,
                // so the canonical form still reads back as the same string and sorts the same way.
                escape(u);
            } else {
                appendUtf8(out, u);
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
        // order already; only when it does not are the members sorted.
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
            // Members are taken with their values, never looked up again by key: Qt 6.4's lookup can
            // miss a key it holds when keys with surrogate pairs and ones above U+D7FF are mixed,
            // and its parser can then keep one key twice (found by fuzz_jcs).
            QList<std::pair<QString, QJsonValue>> members;
            members.reserve(o.size());
            for (auto it = o.begin(); it != o.end(); ++it) {
                members.append({it.key(), it.value()});
            }
            std::stable_sort(members.begin(), members.end(),
                             [&before](const auto &a, const auto &b) { return before(a.first, b.first); });
            for (qsizetype i = 0; i < members.size(); ++i) {
                const auto &[key, member] = members.at(i);
                if (i + 1 < members.size() && members.at(i + 1).first == key) {
                    continue; // a key twice (the same lookup trouble): the later member wins, as it would on
                              // reading
                }
                if (!first) {
                    out += ',';
                }
                first = false;
                appendString(out, key);
                out += ':';
                append(out, member);
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
