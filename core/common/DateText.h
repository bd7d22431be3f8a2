#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace passbook {

// A date and time in the app's language (QLocale's default), formatted in C++: QML's compiled
// bindings format dates in the C locale. The time is always 24-hour HH:mm: Qt 6.4 cannot render
// CLDR's day-period pattern "B" that zh_TW's short time format uses.
inline QString dateTimeText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

inline QString dateText(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace passbook
