#include "FhirJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace passbook::fhir::json {

QList<Coding> codingsOf(const QJsonValue &cc)
{
    QList<Coding> out;
    for (const QJsonValue &c : cc.toObject().value(QStringLiteral("coding")).toArray()) {
        const QJsonObject o = c.toObject();
        out.append({o.value(QStringLiteral("system")).toString(), o.value(QStringLiteral("code")).toString(),
                    o.value(QStringLiteral("display")).toString()});
    }
    return out;
}

QString textOf(const QJsonValue &cc)
{
    const QJsonObject o = cc.toObject();
    const QString text = o.value(QStringLiteral("text")).toString();
    if (!text.isEmpty()) {
        return text;
    }
    for (const Coding &c : codingsOf(cc)) {
        if (!c.display.isEmpty()) {
            return c.display;
        }
    }
    for (const Coding &c : codingsOf(cc)) {
        if (!c.code.isEmpty()) {
            return c.code;
        }
    }
    return {};
}

QJsonValue firstOf(const QJsonObject &r, const char *name)
{
    const QJsonValue v = r.value(QLatin1String(name));
    return v.isArray() ? v.toArray().first() : v;
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

QString quantityText(const QJsonObject &q)
{
    if (!q.contains(QStringLiteral("value"))) {
        return {};
    }
    const QString unit = q.value(QStringLiteral("unit")).toString(q.value(QStringLiteral("code")).toString());
    const QString comparator = q.value(QStringLiteral("comparator")).toString();
    QString s = comparator + number(q.value(QStringLiteral("value")).toDouble());
    if (!unit.isEmpty()) {
        s += QLatin1Char(' ') + unit;
    }
    return s;
}

QString allText(const QJsonObject &r, std::initializer_list<const char *> fields)
{
    QStringList parts;
    for (const char *f : fields) {
        const QJsonValue v = r.value(QLatin1String(f));
        const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray{v};
        for (const QJsonValue &item : items) {
            parts << textOf(item);
            for (const Coding &c : codingsOf(item)) {
                parts << c.display;
            }
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString dateField(const QJsonObject &r, const std::array<const char *, 4> &paths)
{
    for (const char *path : paths) {
        if (!path) {
            break;
        }
        const QStringList parts = QString::fromLatin1(path).split(QLatin1Char('.'));
        QJsonValue v = r;
        for (const QString &p : parts) {
            v = v.toObject().value(p);
        }
        if (v.isString() && !v.toString().isEmpty()) {
            return v.toString();
        }
    }
    return {};
}

std::optional<QDateTime> parseDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})(-(\\d{2})(-(\\d{2})(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$"));
    const auto m = re.match(s);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    if (!m.captured(6).isEmpty()) {
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid()) {
            t = QDateTime::fromString(s, Qt::ISODate);
        }
        return t.isValid() ? std::optional(t.toUTC()) : std::nullopt;
    }
    const int year = m.captured(1).toInt();
    const int month = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const int day = m.captured(5).isEmpty() ? 1 : m.captured(5).toInt();
    const QDate d(year, month, day);
    if (!d.isValid()) {
        return std::nullopt;
    }
    return QDateTime(d, QTime(0, 0), Qt::UTC);
}

QString referenceOf(const QJsonObject &r)
{
    for (const char *field : {"subject", "patient", "beneficiary"}) {
        const QString ref =
            r.value(QLatin1String(field)).toObject().value(QStringLiteral("reference")).toString();
        if (!ref.isEmpty()) {
            return ref;
        }
    }
    return {};
}

} // namespace passbook::fhir::json
