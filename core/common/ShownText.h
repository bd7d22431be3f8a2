#pragma once

#include <QString>

#include <algorithm>

namespace passbook {

// Text that came from outside the app (a hospital, the ledger, a QR code, a file), made fit to show:
// control characters (C0, C1, DEL) become spaces, except line breaks where `keepLines` says so, and
// the text is cut to at most `maxChars` UTF-16 units on a character boundary, with "…" to say it
// was cut. The screens also show it as plain text (Text.PlainText): this only bounds its size and
// keeps terminal and layout control codes out.
inline QString shownText(const QString &text, qsizetype maxChars, bool keepLines = false)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars + 1));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0);
        if (out.size() >= maxChars) {
            if (out.size() > 0 && out.back().isHighSurrogate()) {
                out.chop(1);
            }
            out.append(QChar(0x2026));
            return out;
        }
        if (control && !(keepLines && u == u'\n')) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace passbook
