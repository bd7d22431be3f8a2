// TimelineStore: the search text (FTS4 keys, CJK-aware tokens, query syntax) and the export.
#include "TimelineStore.h"

#include "vault/SqlStatement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <sqlite3.h>

namespace passbook::passbook {

using vault::SqlStatement;

namespace {
bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)    // kana
           || (c >= 0x3400 && c <= 0x4DBF) // CJK ext A
           || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified
           || (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
           || (c >= 0x1100 && c <= 0x11FF) // Hangul jamo
           || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
           || (c >= 0x20000 && c <= 0x2FA1F);
}
} // namespace

qint64 TimelineStore::ftsKey(qint64 dateMs, qint64 id)
{
    // 1850 and later (the mapper refuses earlier dates) up to ~2120 fit in 33 bits after the
    // offset; ids below 2^22 (4 million records) keep keys unique.
    constexpr qint64 kOffsetSeconds = 4'000'000'000LL;
    const qint64 seconds = std::clamp<qint64>(dateMs / 1000 + kOffsetSeconds, 0, (1LL << 33) - 1);
    return (seconds << 22) | (id & ((1LL << 22) - 1));
}

QString TimelineStore::searchText(const QString &text)
{
    QString out;
    out.reserve(text.size() * 2);
    const QString lower = text.toLower();
    for (char32_t c : lower.toUcs4()) {
        if (isCjk(c)) {
            out += QLatin1Char(' ');
            out += QString::fromUcs4(&c, 1);
            out += QLatin1Char(' ');
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString TimelineStore::ftsQuery(const QString &userQuery)
{
    // Each word must appear; Latin words match as prefixes; a CJK run must appear as written
    // (a phrase of its characters). Everything else is stripped, so no FTS syntax gets through.
    QStringList terms;
    const QStringList words =
        userQuery.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString latin;
        QStringList cjk;
        const auto flushLatin = [&] {
            if (!latin.isEmpty()) {
                terms << latin + QLatin1Char('*');
                latin.clear();
            }
        };
        const auto flushCjk = [&] {
            if (!cjk.isEmpty()) {
                terms << QLatin1Char('"') + cjk.join(QLatin1Char(' ')) + QLatin1Char('"');
                cjk.clear();
            }
        };
        for (char32_t c : word.toUcs4()) {
            if (isCjk(c)) {
                flushLatin();
                cjk << QString::fromUcs4(&c, 1);
            } else if (QChar::isLetterOrNumber(c)) {
                flushCjk();
                latin += QString::fromUcs4(&c, 1);
            } else {
                flushLatin();
                flushCjk();
            }
        }
        flushLatin();
        flushCjk();
    }
    return terms.join(QLatin1Char(' '));
}

Result<int> TimelineStore::exportBundle(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("passbook", "The export file could not be created: %1")
                             .arg(file.errorString()),
                         QStringLiteral("export open"));
    }
    // the patient's whole record: readable by the patient's account only (0600), whatever was there
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("passbook", "The export file could not be created: %1")
                             .arg(file.errorString()),
                         QStringLiteral("export permissions"));
    }
    // Streamed: a large passbook is never held in memory as one JSON document.
    const QByteArray head = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"timestamp\":\"" +
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + "\",\"entry\":[";
    file.write(head);
    SqlStatement st(m_db.handle(), "SELECT resource FROM entries ORDER BY date, id");
    int n = 0;
    while (st.step()) {
        const QByteArray resource = st.blob(0);
        if (!QJsonDocument::fromJson(resource).isObject()) {
            continue; // stored resources are always objects; never write a broken Bundle
        }
        file.write(n ? ",{\"resource\":" : "{\"resource\":");
        file.write(resource);
        file.write("}");
        ++n;
    }
    if (st.errorCode() != SQLITE_DONE) {
        file.cancelWriting();
        return m_db.sqlError(QStringLiteral("export"));
    }
    file.write("]}");
    if (!file.commit()) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("passbook", "The export file could not be written: %1")
                             .arg(file.errorString()),
                         QStringLiteral("export commit"));
    }
    return n;
}

} // namespace passbook::passbook
