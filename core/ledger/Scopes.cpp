#include "Scopes.h"

#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>

namespace passbook::ledger::scopes {

namespace {
Error unknown(const QString &what, const QString &word, const QStringList &known)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("passbook", "'%1' is not a %2. Use one of: %3.")
                         .arg(word, what, known.join(QStringLiteral(", "))),
                     QStringLiteral("unknown %1").arg(what));
}

template <std::size_t N> QStringList namesOf(const std::array<const char *, N> &keys)
{
    QStringList out;
    for (const char *k : keys) {
        out << QString::fromLatin1(k);
    }
    return out;
}
const QStringList kPurposes = namesOf(domain::purposeKeys());
const QStringList kRights = namesOf(domain::rightKeys());
const QStringList kKinds = namesOf(domain::kindKeys());
} // namespace

Result<quint32> parse(const QString &list)
{
    if (list.trimmed() == QLatin1String("all")) {
        return domain::kAllCategories;
    }
    quint32 mask = 0;
    QStringList known;
    for (const domain::CategoryInfo &c : domain::categories()) {
        known << QString::fromLatin1(c.key);
    }
    for (const QString &word : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toLower();
        const qsizetype i = known.indexOf(w);
        if (i < 0) {
            return unknown(QStringLiteral("record category"), w, known);
        }
        mask |= domain::scopeOf(domain::categories()[size_t(i)].category);
    }
    if (mask == 0) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "Name at least one record category."),
                         QStringLiteral("empty scope list"));
    }
    return mask;
}

QStringList keys(quint32 mask)
{
    QStringList out;
    for (const domain::CategoryInfo &c : domain::categories()) {
        if (mask & domain::scopeOf(c.category)) {
            out << QString::fromLatin1(c.key);
        }
    }
    return out;
}

QString describe(quint32 mask)
{
    if ((mask & domain::kAllCategories) == domain::kAllCategories) {
        return QStringLiteral("all records");
    }
    QStringList out;
    for (const domain::CategoryInfo &c : domain::categories()) {
        if (mask & domain::scopeOf(c.category)) {
            out << QString::fromLatin1(c.phrase);
        }
    }
    return out.join(QStringLiteral(", "));
}

QString describeTranslated(quint32 mask)
{
    QStringList names;
    for (const domain::CategoryInfo &c : domain::categories()) {
        if (mask & domain::scopeOf(c.category)) {
            names << QCoreApplication::translate("passbook", c.phrase);
        }
    }
    const QString comma = QCoreApplication::translate("passbook", ", ");
    if (names.size() > 3) {
        const int more = int(names.size()) - 2; // (lupdate loops on a cast inside translate's arguments)
        return QCoreApplication::translate("passbook", "%1 and %n more", nullptr, more)
            .arg(names.mid(0, 2).join(comma));
    }
    return names.join(comma);
}

Result<quint8> parsePurpose(const QString &name)
{
    const qsizetype i = kPurposes.indexOf(name.trimmed().toLower());
    if (i < 0) {
        return unknown(QStringLiteral("purpose"), name, kPurposes);
    }
    return quint8(i + 1);
}

QString purposeName(quint8 purpose)
{
    return purpose >= 1 && purpose <= kPurposes.size() ? kPurposes[purpose - 1] : QStringLiteral("unknown");
}

Result<quint8> parseRights(const QString &list)
{
    quint8 rights = 0;
    for (const QString &word : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype i = kRights.indexOf(word.trimmed().toLower());
        if (i < 0) {
            return unknown(QStringLiteral("caregiver right"), word, kRights);
        }
        rights |= quint8(1U << i);
    }
    return rights;
}

QStringList rightsNames(quint8 rights)
{
    QStringList out;
    for (int i = 0; i < kRights.size(); ++i) {
        if (rights & (1U << i)) {
            out << kRights[i];
        }
    }
    return out;
}

QString kindName(quint8 kind)
{
    return kind >= 1 && kind <= kKinds.size() ? kKinds[kind - 1] : QStringLiteral("unknown");
}

Result<quint8> parseKind(const QString &name)
{
    const qsizetype i = kKinds.indexOf(name.trimmed().toLower());
    if (i < 0) {
        return unknown(QStringLiteral("participant kind"), name, kKinds);
    }
    return quint8(i + 1);
}

Result<quint64> parseExpiry(const QString &text, qint64 nowSecs)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,5})([dhm])$"));
    const auto m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == QLatin1String("d")   ? 86400
                            : m.captured(2) == QLatin1String("h") ? 3600
                                                                  : 60;
        return quint64(nowSecs + n * unit);
    }
    QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!when.isValid() && date.isValid()) {
        when = QDateTime(date, QTime(23, 59, 59), Qt::UTC);
    }
    if (!when.isValid()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "passbook", "'%1' is not a date. Use 2027-01-31, 2027-01-31T18:00:00Z, or 30d / 12h.")
                .arg(text),
            QStringLiteral("bad expiry"));
    }
    if (when.toSecsSinceEpoch() <= nowSecs) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("passbook", "The date %1 has already passed.").arg(text),
                         QStringLiteral("expiry in the past"));
    }
    return quint64(when.toSecsSinceEpoch());
}

} // namespace passbook::ledger::scopes
