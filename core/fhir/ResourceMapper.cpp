#include "ResourceMapper.h"

#include "common/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace passbook::fhir {

namespace {

using enum domain::Category;

Error recordError(const QString &message, const QString &detail)
{
    return {ErrorCode::InvalidInput, message, detail};
}

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
    // Values as the hospital wrote them, without float noise: 5.4, 120, 0.25.
    QString s = QString::number(v, 'g', 10);
    return s;
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

bool matchesAny(const QString &text, const QRegularExpression &re)
{
    return !text.isEmpty() && re.match(text).hasMatch();
}

const QRegularExpression &dentalWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "dental|dentist|tooth|teeth|periodont|caries|gingiv|endodont|orthodont|牙|齒|치과|치아"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &tcmWords()
{
    static const QRegularExpression re(
        QStringLiteral("chinese medicine|chinese "
                       "herbal|acupuncture|moxibustion|cupping|tuina|中醫|中藥|針灸|한의|한방|침술"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &screeningWords()
{
    static const QRegularExpression re(QStringLiteral("screening|screen\\b|篩檢|검진"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
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

// FHIR dateTime: YYYY, YYYY-MM, YYYY-MM-DD, or a full instant with a zone.
std::optional<QDateTime> parseFhirDate(const QString &s)
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

struct TypeRule
{
    const char *type;
    domain::Category category;
    std::array<const char *, 4> dates; // unused slots are null
    std::array<const char *, 3> title;
};

const QList<TypeRule> &rules()
{
    static const QList<TypeRule> r = {
        {"Encounter", Visits, {"period.start"}, {"type", "serviceType", "class"}},
        {"Condition", Conditions, {"onsetDateTime", "onsetPeriod.start", "recordedDate"}, {"code"}},
        {"MedicationRequest", Medications, {"authoredOn"}, {"medicationCodeableConcept"}},
        {"MedicationStatement",
         Medications,
         {"effectiveDateTime", "effectivePeriod.start", "dateAsserted"},
         {"medicationCodeableConcept"}},
        {"MedicationDispense",
         Medications,
         {"whenHandedOver", "whenPrepared"},
         {"medicationCodeableConcept"}},
        {"MedicationAdministration",
         Medications,
         {"effectiveDateTime", "effectivePeriod.start"},
         {"medicationCodeableConcept"}},
        {"AllergyIntolerance", Allergies, {"onsetDateTime", "recordedDate"}, {"code"}},
        {"Observation",
         Labs,
         {"effectiveDateTime", "effectivePeriod.start", "effectiveInstant", "issued"},
         {"code"}},
        {"DiagnosticReport", Labs, {"effectiveDateTime", "effectivePeriod.start", "issued"}, {"code"}},
        {"ImagingStudy", Imaging, {"started"}, {"procedureCode", "modality"}},
        {"Procedure", Procedures, {"performedDateTime", "performedPeriod.start"}, {"code"}},
        {"Immunization", Vaccinations, {"occurrenceDateTime", "recorded"}, {"vaccineCode"}},
        {"DocumentReference", Documents, {"date", "context.period.start"}, {"type"}},
        {"Composition", Documents, {"date"}, {"type"}},
        {"CarePlan", CarePlans, {"period.start", "created"}, {"category"}},
        {"Goal", CarePlans, {"startDate", "statusDate"}, {"description"}},
        {"CareTeam", CarePlans, {"period.start"}, {"reasonCode"}},
        {"Consent", Directives, {"dateTime"}, {"category", "scope"}},
        {"Claim", Claims, {"billablePeriod.start", "created"}, {"type"}},
        {"ExplanationOfBenefit", Claims, {"billablePeriod.start", "created"}, {"type"}},
    };
    return r;
}

const TypeRule *ruleFor(const QString &type)
{
    for (const TypeRule &r : rules()) {
        if (type == QLatin1String(r.type)) {
            return &r;
        }
    }
    return nullptr;
}

QStringList observationCategories(const QJsonObject &r)
{
    QStringList out;
    for (const QJsonValue &c : r.value(QStringLiteral("category")).toArray()) {
        for (const Coding &coding : codingsOf(c)) {
            out << coding.code;
        }
    }
    return out;
}

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

} // namespace

bool ResourceMapper::isAdministrative(const QString &resourceType)
{
    static const QStringList admin = {QStringLiteral("Patient"),      QStringLiteral("Organization"),
                                      QStringLiteral("Practitioner"), QStringLiteral("PractitionerRole"),
                                      QStringLiteral("Location"),     QStringLiteral("Provenance"),
                                      QStringLiteral("Device"),       QStringLiteral("Medication")};
    return admin.contains(resourceType);
}

const QStringList &ResourceMapper::fetchedTypes()
{
    static const QStringList types = [] {
        QStringList t;
        for (const TypeRule &r : rules()) {
            t << QString::fromLatin1(r.type);
        }
        return t;
    }();
    return types;
}

Result<PassbookEntry> ResourceMapper::map(const QJsonObject &r) const
{
    PassbookEntry e;
    e.resourceType = r.value(QStringLiteral("resourceType")).toString();
    e.resourceId = r.value(QStringLiteral("id")).toString();
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
    if (e.resourceType.isEmpty()) {
        return recordError(
            QCoreApplication::translate("passbook", "A record from the hospital is not a FHIR resource."),
            QStringLiteral("missing resourceType"));
    }
    if (!idRe.match(e.resourceId).hasMatch()) {
        return recordError(
            QCoreApplication::translate("passbook", "A record from the hospital has no valid id."),
            QStringLiteral("%1 with a missing or malformed id").arg(e.resourceType));
    }
    const QJsonObject meta = r.value(QStringLiteral("meta")).toObject();
    e.versionId = meta.value(QStringLiteral("versionId")).toString(QStringLiteral("1"));
    if (const auto lu = parseFhirDate(meta.value(QStringLiteral("lastUpdated")).toString())) {
        e.lastUpdated = *lu;
    }
    if (isAdministrative(e.resourceType)) {
        e.title = e.resourceType;
        e.date = e.lastUpdated;
        return e; // category -1: kept raw, counted as unmapped
    }
    const TypeRule *rule = ruleFor(e.resourceType);
    if (!rule) {
        e.title = e.resourceType;
        e.date = e.lastUpdated;
        e.warnings << QStringLiteral("resource type not shown in the passbook");
        return e;
    }
    const QString subject = referenceOf(r);
    if (subject.isEmpty()) {
        return recordError(
            QCoreApplication::translate("passbook",
                                        "A %1 record does not say whose record it is; it was not added.")
                .arg(e.resourceType),
            QStringLiteral("%1/%2 has no subject or patient reference").arg(e.resourceType, e.resourceId));
    }
    if (subject != m_patient) {
        return recordError(
            QCoreApplication::translate("passbook", "A %1 record is about another patient; it was not added.")
                .arg(e.resourceType),
            QStringLiteral("%1/%2 refers to another patient").arg(e.resourceType, e.resourceId));
    }

    // Date
    const QString dateText = dateField(r, rule->dates);
    if (!dateText.isEmpty()) {
        const auto when = parseFhirDate(dateText);
        if (!when) {
            return recordError(
                QCoreApplication::translate("passbook",
                                            "A %1 record has an impossible date; it was not added.")
                    .arg(e.resourceType),
                QStringLiteral("%1/%2 date is not a FHIR dateTime").arg(e.resourceType, e.resourceId));
        }
        if (*when > m_now.addDays(1) || when->date().year() < 1850) {
            return recordError(
                QCoreApplication::translate(
                    "passbook", "A %1 record is dated %2, which cannot be right; it was not added.")
                    .arg(e.resourceType, QLocale::c().toString(when->date(), QStringLiteral("yyyy-MM-dd"))),
                QStringLiteral("%1/%2 date out of range").arg(e.resourceType, e.resourceId));
        }
        e.date = *when;
    } else {
        e.date = e.lastUpdated;
        e.warnings << QStringLiteral("no clinical date; shown at the time the hospital last updated it");
    }

    // Title and codes
    for (const char *field : rule->title) {
        if (!field) {
            break;
        }
        const QJsonValue v = firstOf(r, field);
        if (v.isObject()) {
            if (e.title.isEmpty()) {
                e.title = textOf(v);
            }
            if (e.codes.isEmpty()) {
                e.codes = codingsOf(v);
            }
        } else if (v.isString() && e.title.isEmpty()) {
            e.title = v.toString();
        }
    }
    if (e.resourceType == QLatin1String("Composition") || e.resourceType == QLatin1String("CarePlan")) {
        const QString title = r.value(QStringLiteral("title")).toString();
        if (!title.isEmpty()) {
            e.title = title;
        }
    }
    if (e.resourceType == QLatin1String("DocumentReference") && r.contains(QStringLiteral("description"))) {
        e.summary = r.value(QStringLiteral("description")).toString();
    }
    if (e.title.isEmpty()) {
        e.title = e.resourceType;
        e.warnings << QStringLiteral("no code or text to name this record");
    }
    for (const Coding &c : std::as_const(e.codes)) {
        if (c.display.isEmpty()) {
            e.warnings << QStringLiteral("code %1 has no display text").arg(c.code);
        }
    }

    // Status
    e.status = r.value(QStringLiteral("status")).toString();
    if (e.status.isEmpty()) {
        e.status = textOf(r.value(QStringLiteral("clinicalStatus")));
    }

    // Category refinements
    e.category = int(rule->category);
    const QString words =
        allText(r, {"type", "serviceType", "class", "code", "category", "medicationCodeableConcept"});
    if (e.resourceType == QLatin1String("Observation")) {
        const QStringList cats = observationCategories(r);
        if (cats.contains(QStringLiteral("vital-signs")) || cats.contains(QStringLiteral("exam"))) {
            e.category = int(VitalSigns);
        } else if (cats.contains(QStringLiteral("survey")) ||
                   cats.contains(QStringLiteral("social-history"))) {
            e.category = int(Preventive);
        } else if (cats.contains(QStringLiteral("imaging"))) {
            e.category = int(Imaging);
        } else if (cats.contains(QStringLiteral("procedure"))) {
            e.category = int(Procedures);
        } else if (!cats.contains(QStringLiteral("laboratory")) && matchesAny(words, screeningWords())) {
            e.category = int(Preventive);
        }
    } else if (e.resourceType == QLatin1String("DiagnosticReport")) {
        QStringList cats = observationCategories(r);
        if (cats.contains(QStringLiteral("RAD")) || cats.contains(QStringLiteral("PAT")) ||
            cats.contains(QStringLiteral("SP")) || cats.contains(QStringLiteral("CT")) ||
            cats.contains(QStringLiteral("MR")) || cats.contains(QStringLiteral("US")) ||
            cats.contains(QStringLiteral("LP29684-5")) || cats.contains(QStringLiteral("LP7839-6"))) {
            e.category = int(Imaging);
        }
    } else if (e.resourceType == QLatin1String("Procedure")) {
        if (matchesAny(words, tcmWords())) {
            e.category = int(ChineseMedicine);
        } else if (matchesAny(words, dentalWords())) {
            e.category = int(Dental);
        } else if (matchesAny(words, screeningWords())) {
            e.category = int(Preventive);
        }
    } else if (e.resourceType == QLatin1String("Encounter") || e.category == int(Medications) ||
               e.resourceType == QLatin1String("Condition")) {
        if (matchesAny(words, tcmWords())) {
            e.category = int(ChineseMedicine);
        } else if (e.resourceType != QLatin1String("Condition") && matchesAny(words, dentalWords())) {
            e.category = int(Dental);
        }
    }

    // Summary
    QStringList summary;
    if (!e.summary.isEmpty()) {
        summary << e.summary;
    }
    if (e.resourceType == QLatin1String("Observation")) {
        const Range range = rangeOf(r);
        if (r.contains(QStringLiteral("valueQuantity"))) {
            const QJsonObject q = r.value(QStringLiteral("valueQuantity")).toObject();
            if (!q.value(QStringLiteral("value")).isDouble()) {
                return recordError(
                    QCoreApplication::translate(
                        "passbook", "A lab or vital-sign value is not a number; the record was not added."),
                    QStringLiteral("Observation/%1 valueQuantity.value not numeric").arg(e.resourceId));
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
        for (const QJsonValue &i : r.value(QStringLiteral("interpretation")).toArray()) {
            for (const Coding &c : codingsOf(i)) {
                if (c.code == QLatin1String("H") || c.code == QLatin1String("L") ||
                    c.code == QLatin1String("HH") || c.code == QLatin1String("LL") ||
                    c.code == QLatin1String("A") || c.code == QLatin1String("AA")) {
                    e.outOfRange = true;
                }
            }
        }
        if (e.value && !e.codes.isEmpty()) {
            e.trendKey = e.codes.first().system + QLatin1Char('|') + e.codes.first().code;
        }
    } else if (e.resourceType == QLatin1String("DiagnosticReport")) {
        const QString conclusion = r.value(QStringLiteral("conclusion")).toString();
        if (!conclusion.isEmpty()) {
            summary << conclusion;
        }
        const int results = int(r.value(QStringLiteral("result")).toArray().size());
        if (results > 0) {
            summary << QStringLiteral("%1 results").arg(results);
        }
    } else if (e.category == int(Medications) || (e.category == int(ChineseMedicine) &&
                                                  e.resourceType.startsWith(QLatin1String("Medication")))) {
        const QString dosage = r.value(QStringLiteral("dosageInstruction"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("text"))
                                   .toString();
        if (!dosage.isEmpty()) {
            summary << dosage;
        }
    } else if (e.resourceType == QLatin1String("AllergyIntolerance")) {
        const QString criticality = r.value(QStringLiteral("criticality")).toString();
        QStringList reactions;
        for (const QJsonValue &rx : r.value(QStringLiteral("reaction")).toArray()) {
            for (const QJsonValue &m : rx.toObject().value(QStringLiteral("manifestation")).toArray()) {
                reactions << textOf(m);
            }
        }
        if (!reactions.isEmpty()) {
            summary << reactions.join(QStringLiteral(", "));
        }
        if (!criticality.isEmpty()) {
            summary << QStringLiteral("criticality: %1").arg(criticality);
        }
    } else if (e.resourceType == QLatin1String("Claim") ||
               e.resourceType == QLatin1String("ExplanationOfBenefit")) {
        QJsonObject total = r.value(QStringLiteral("total")).toObject();
        if (total.isEmpty()) {
            total = r.value(QStringLiteral("total"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("amount"))
                        .toObject();
        }
        if (total.contains(QStringLiteral("value"))) {
            summary << QStringLiteral("%1 %2").arg(number(total.value(QStringLiteral("value")).toDouble()),
                                                   total.value(QStringLiteral("currency")).toString());
        }
    } else if (e.resourceType == QLatin1String("Consent")) {
        const QString policy =
            r.value(QStringLiteral("policyRule")).toObject().value(QStringLiteral("text")).toString();
        if (!policy.isEmpty()) {
            summary << policy;
        }
        QStringList provisions;
        for (const QJsonValue &c :
             r.value(QStringLiteral("provision")).toObject().value(QStringLiteral("code")).toArray()) {
            provisions << textOf(c);
        }
        if (!provisions.isEmpty()) {
            summary << provisions.join(QStringLiteral(", "));
        }
    } else if (e.resourceType == QLatin1String("Goal") || e.resourceType == QLatin1String("CarePlan")) {
        const QJsonValue d = r.value(QStringLiteral("description"));
        const QString description = d.isString() ? d.toString() : textOf(d);
        if (!description.isEmpty() && description != e.title) {
            summary << description;
        }
    } else if (e.resourceType == QLatin1String("Condition")) {
        const QString severity = textOf(r.value(QStringLiteral("severity")));
        if (!severity.isEmpty()) {
            summary << severity;
        }
    } else if (e.resourceType == QLatin1String("Encounter")) {
        const QString reason = textOf(firstOf(r, "reasonCode"));
        if (!reason.isEmpty()) {
            summary << reason;
        }
    } else if (e.resourceType == QLatin1String("ImagingStudy")) {
        const QString description = r.value(QStringLiteral("description")).toString();
        if (!description.isEmpty()) {
            summary << description;
        }
    }
    if (!e.status.isEmpty() && e.status != QLatin1String("final") && e.status != QLatin1String("finished") &&
        e.status != QLatin1String("completed") && e.status != QLatin1String("active")) {
        summary << e.status;
    }
    summary.removeAll(QString());
    e.summary = summary.join(QStringLiteral(" · "));

    if (!e.codes.isEmpty()) {
        e.dedupKey = QStringLiteral("%1|%2|%3|%4|%5")
                         .arg(e.category)
                         .arg(e.date.date().toString(Qt::ISODate), e.codes.first().system,
                              e.codes.first().code, e.value ? number(*e.value) : e.summary);
    }
    return e;
}

} // namespace passbook::fhir
