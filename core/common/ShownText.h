#pragma once

#include <QString>

#include <algorithm>

namespace passbook {

// Text that came from outside the app (a hospital, the ledger, a QR code, a file), made fit to show:
// control characters (C0, C1, DEL) and the line and paragraph separators become spaces, except
// line breaks where `keepLines` says so; invisible format characters (bidirectional overrides and
// isolates that could make a name read backwards, zero-width spaces, the BOM) are dropped — the
// zero-width joiner and non-joiner, which some scripts and emoji need, stay. The text is then cut
// to `maxChars` UTF-16 units on a code-point boundary, with "…" added to say it was cut. The screens
// also show it as plain text (Text.PlainText): this bounds its size and keeps layout tricks out.
inline QString shownText(const QString &text, qsizetype maxChars, bool keepLines = false)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars + 1));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (out.size() >= maxChars) {
            if (!out.isEmpty() && out.back().isHighSurrogate()) {
                out.chop(1);
            }
            out.append(QChar(0x2026));
            return out;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Format && u != 0x200c && u != 0x200d) {
            continue;
        }
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || category == QChar::Separator_Line ||
                             category == QChar::Separator_Paragraph;
        if (control && !(keepLines && u == u'\n')) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace passbook
