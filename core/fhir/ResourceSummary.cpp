#include "ResourceSummary.h"

#include "FhirJson.h"
#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace passbook::fhir::detail {

namespace {

using json::codingsOf;
using json::firstOf;
using json::number;
using json::quantityText;
using json::textOf;

struct Range
{
    std::optional<double> low;
    std::optional<double> high;
    QString text;
};

Range rangeOf(const QJsonObject &r)
{
    Range range;
    const QJsonObject rr = r.value(QStringLiteral("referenceRange")).toArray().first().toObject();
    if (rr.contains(QStringLiteral("low"))) {
        range.low = rr.value(QStringLiteral("low")).toObject().value(QStringLiteral("value")).toDouble();
    }
    if (rr.contains(QStringLiteral("high"))) {
        range.high = rr.value(QStringLiteral("high")).toObject().value(QStringLiteral("value")).toDouble();
    }
    range.text = rr.value(QStringLiteral("text")).toString();
    return range;
}

QString rangeText(const Range &range)
{
    if (range.low && range.high) {
        return QStringLiteral("%1–%2").arg(number(*range.low), number(*range.high));
    }
    if (range.high) {
        return QStringLiteral("≤ %1").arg(number(*range.high));
    }
    if (range.low) {
        return QStringLiteral("≥ %1").arg(number(*range.low));
    }
    return range.text;
}

bool flagsAbnormal(const QJsonObject &r)
{
    for (const QJsonValue &i : r.value(QStringLiteral("interpretation")).toArray()) {
        for (const Coding &c : codingsOf(i)) {
            static const QStringList abnormal = {QStringLiteral("H"),  QStringLiteral("L"),
                                                 QStringLiteral("HH"), QStringLiteral("LL"),
                                                 QStringLiteral("A"),  QStringLiteral("AA")};
            if (abnormal.contains(c.code)) {
                return true;
            }
        }
    }
    return false;
}

// "5.4 mmol/L (ref 3.5–5.1)", a coded or text value, or "120/80 mm[Hg]" from components; the
// entry's value, unit, range flag and trend key.
Result<void> observationSummary(const QJsonObject &r, PassbookEntry &e, QStringList &summary)
{
    const Range range = rangeOf(r);
    if (r.contains(QStringLiteral("valueQuantity"))) {
        const QJsonObject q = r.value(QStringLiteral("valueQuantity")).toObject();
        if (!q.value(QStringLiteral("value")).isDouble()) {
            return Error{
                ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "passbook", "A lab or vital-sign value is not a number; the record was not added."),
                QStringLiteral("Observation/%1 valueQuantity.value not numeric").arg(e.resourceId)};
        }
        e.value = q.value(QStringLiteral("value")).toDouble();
        e.unit = q.value(QStringLiteral("unit")).toString(q.value(QStringLiteral("code")).toString());
        QString text = quantityText(q);
        const QString rt = rangeText(range);
        if (!rt.isEmpty()) {
            text += QStringLiteral(" (ref %1)").arg(rt);
        }
        summary << text;
        if ((range.low && *e.value < *range.low) || (range.high && *e.value > *range.high)) {
            e.outOfRange = true;
        }
    } else if (r.contains(QStringLiteral("valueCodeableConcept"))) {
        summary << textOf(r.value(QStringLiteral("valueCodeableConcept")));
    } else if (r.contains(QStringLiteral("valueString"))) {
        summary << r.value(QStringLiteral("valueString")).toString();
    } else if (r.contains(QStringLiteral("component"))) {
        QStringList parts;
        QString unit;
        for (const QJsonValue &c : r.value(QStringLiteral("component")).toArray()) {
            const QJsonObject co = c.toObject();
            const QJsonObject q = co.value(QStringLiteral("valueQuantity")).toObject();
            if (q.contains(QStringLiteral("value"))) {
                const double v = q.value(QStringLiteral("value")).toDouble();
                if (!e.value) {
                    e.value = v;
                    e.unit = q.value(QStringLiteral("unit")).toString();
                }
                parts << number(v);
                unit = q.value(QStringLiteral("unit")).toString();
            } else {
                parts << textOf(co.value(QStringLiteral("valueCodeableConcept")));
            }
        }
        summary << parts.join(QLatin1Char('/')) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
    }
    e.outOfRange = e.outOfRange || flagsAbnormal(r);
    if (e.value && !e.codes.isEmpty()) {
        e.trendKey = e.codes.first().system + QLatin1Char('|') + e.codes.first().code;
    }
    return {};
}

QString firstDosage(const QJsonObject &r)
{
    return r.value(QStringLiteral("dosageInstruction"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}

QStringList allergySummary(const QJsonObject &r)
{
    QStringList out;
    QStringList reactions;
    for (const QJsonValue &rx : r.value(QStringLiteral("reaction")).toArray()) {
        for (const QJsonValue &m : rx.toObject().value(QStringLiteral("manifestation")).toArray()) {
            reactions << textOf(m);
        }
    }
    if (!reactions.isEmpty()) {
        out << reactions.join(QStringLiteral(", "));
    }
    const QString criticality = r.value(QStringLiteral("criticality")).toString();
    if (!criticality.isEmpty()) {
        out << QStringLiteral("criticality: %1").arg(criticality);
    }
    return out;
}

QString claimTotal(const QJsonObject &r)
{
    QJsonObject total = r.value(QStringLiteral("total")).toObject();
    if (total.isEmpty()) {
        total = r.value(QStringLiteral("total"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("amount"))
                    .toObject();
    }
    if (!total.contains(QStringLiteral("value"))) {
        return {};
    }
    return QStringLiteral("%1 %2").arg(number(total.value(QStringLiteral("value")).toDouble()),
                                       total.value(QStringLiteral("currency")).toString());
}

QStringList consentSummary(const QJsonObject &r)
{
    QStringList out{
        r.value(QStringLiteral("policyRule")).toObject().value(QStringLiteral("text")).toString()};
    QStringList provisions;
    for (const QJsonValue &c :
         r.value(QStringLiteral("provision")).toObject().value(QStringLiteral("code")).toArray()) {
        provisions << textOf(c);
    }
    if (!provisions.isEmpty()) {
        out << provisions.join(QStringLiteral(", "));
    }
    return out;
}

// The summary of every type but Observation.
QStringList otherSummary(const QJsonObject &r, const PassbookEntry &e)
{
    const QString &type = e.resourceType;
    if (type == QLatin1String("DiagnosticReport")) {
        const int results = int(r.value(QStringLiteral("result")).toArray().size());
        return {r.value(QStringLiteral("conclusion")).toString(),
                results > 0 ? QStringLiteral("%1 results").arg(results) : QString()};
    }
    if (e.category == int(domain::Category::Medications) ||
        (e.category == int(domain::Category::ChineseMedicine) &&
         type.startsWith(QLatin1String("Medication")))) {
        return {firstDosage(r)};
    }
    if (type == QLatin1String("AllergyIntolerance")) {
        return allergySummary(r);
    }
    if (type == QLatin1String("Claim") || type == QLatin1String("ExplanationOfBenefit")) {
        return {claimTotal(r)};
    }
    if (type == QLatin1String("Consent")) {
        return consentSummary(r);
    }
    if (type == QLatin1String("Goal") || type == QLatin1String("CarePlan")) {
        const QJsonValue d = r.value(QStringLiteral("description"));
        const QString description = d.isString() ? d.toString() : textOf(d);
        return {description != e.title ? description : QString()};
    }
    if (type == QLatin1String("Condition")) {
        return {textOf(r.value(QStringLiteral("severity")))};
    }
    if (type == QLatin1String("Encounter")) {
        return {textOf(firstOf(r, "reasonCode"))};
    }
    if (type == QLatin1String("ImagingStudy")) {
        return {r.value(QStringLiteral("description")).toString()};
    }
    return {};
}

} // namespace

Result<void> summarize(const QJsonObject &r, PassbookEntry &e)
{
    QStringList summary;
    if (!e.summary.isEmpty()) {
        summary << e.summary;
    }
    if (e.resourceType == QLatin1String("Observation")) {
        if (auto measured = observationSummary(r, e, summary); !measured) {
            return measured;
        }
    } else {
        summary << otherSummary(r, e);
    }
    static const QStringList settled = {QStringLiteral("final"), QStringLiteral("finished"),
                                        QStringLiteral("completed"), QStringLiteral("active")};
    if (!e.status.isEmpty() && !settled.contains(e.status)) {
        summary << e.status;
    }
    summary.removeAll(QString());
    e.summary = summary.join(QStringLiteral(" · "));
    return {};
}

} // namespace passbook::fhir::detail
