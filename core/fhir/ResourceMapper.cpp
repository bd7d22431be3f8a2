#include "ResourceMapper.h"

#include "FhirJson.h"
#include "ResourceSummary.h"

#include "common/ShownText.h"
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
using json::allText;
using json::codingsOf;
using json::dateField;
using json::firstOf;
using json::parseDate;
using json::referenceOf;
using json::textOf;

Error recordError(const QString &message, const QString &detail)
{
    return {ErrorCode::InvalidInput, message, detail};
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

namespace {

// Step 1: what it is (type, id, version, last update). Errors when it is not a FHIR resource.
Result<void> readIdentity(const QJsonObject &r, PassbookEntry &e)
{
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
    if (const auto lu = parseDate(meta.value(QStringLiteral("lastUpdated")).toString())) {
        e.lastUpdated = *lu;
    }
    return {};
}

// Step 2: whose record it is — `patient`'s, or it is refused.
Result<void> checkSubject(const QJsonObject &r, const PassbookEntry &e, const QString &patient)
{
    const QString subject = referenceOf(r);
    if (subject.isEmpty()) {
        return recordError(
            QCoreApplication::translate("passbook",
                                        "A %1 record does not say whose record it is; it was not added.")
                .arg(e.resourceType),
            QStringLiteral("%1/%2 has no subject or patient reference").arg(e.resourceType, e.resourceId));
    }
    if (subject != patient) {
        return recordError(
            QCoreApplication::translate("passbook", "A %1 record is about another patient; it was not added.")
                .arg(e.resourceType),
            QStringLiteral("%1/%2 refers to another patient").arg(e.resourceType, e.resourceId));
    }
    return {};
}

// Step 3: when it happened (the type's clinical date, else the last update with a warning). A
// date that does not exist, is before 1850 or after tomorrow is refused.
Result<void> readDate(const QJsonObject &r, const TypeRule &rule, const QDateTime &now, PassbookEntry &e)
{
    const QString dateText = dateField(r, rule.dates);
    if (dateText.isEmpty()) {
        e.date = e.lastUpdated;
        e.warnings << QStringLiteral("no clinical date; shown at the time the hospital last updated it");
        return {};
    }
    const auto when = parseDate(dateText);
    if (!when) {
        return recordError(
            QCoreApplication::translate("passbook", "A %1 record has an impossible date; it was not added.")
                .arg(e.resourceType),
            QStringLiteral("%1/%2 date is not a FHIR dateTime").arg(e.resourceType, e.resourceId));
    }
    if (*when > now.addDays(1) || when->date().year() < 1850) {
        return recordError(
            QCoreApplication::translate("passbook",
                                        "A %1 record is dated %2, which cannot be right; it was not added.")
                .arg(e.resourceType, QLocale::c().toString(when->date(), QStringLiteral("yyyy-MM-dd"))),
            QStringLiteral("%1/%2 date out of range").arg(e.resourceType, e.resourceId));
    }
    e.date = *when;
    return {};
}

// Step 4: its title and codes (from the type's naming fields), and its status.
void readTitleAndCodes(const QJsonObject &r, const TypeRule &rule, PassbookEntry &e)
{
    for (const char *field : rule.title) {
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
    e.status = r.value(QStringLiteral("status")).toString();
    if (e.status.isEmpty()) {
        e.status = textOf(r.value(QStringLiteral("clinicalStatus")));
    }
}

// Step 5: the category, refined from the type's by what the record says (an observation's
// category, an imaging report, dental or Chinese-medicine words, screenings).
domain::Category refinedCategory(const QJsonObject &r, const QString &type, domain::Category category)
{
    const QString words =
        allText(r, {"type", "serviceType", "class", "code", "category", "medicationCodeableConcept"});
    if (type == QLatin1String("Observation")) {
        const QStringList cats = observationCategories(r);
        if (cats.contains(QStringLiteral("vital-signs")) || cats.contains(QStringLiteral("exam"))) {
            return VitalSigns;
        }
        if (cats.contains(QStringLiteral("survey")) || cats.contains(QStringLiteral("social-history"))) {
            return Preventive;
        }
        if (cats.contains(QStringLiteral("imaging"))) {
            return Imaging;
        }
        if (cats.contains(QStringLiteral("procedure"))) {
            return Procedures;
        }
        if (!cats.contains(QStringLiteral("laboratory")) && matchesAny(words, screeningWords())) {
            return Preventive;
        }
    } else if (type == QLatin1String("DiagnosticReport")) {
        static const QStringList imaging = {QStringLiteral("RAD"),       QStringLiteral("PAT"),
                                            QStringLiteral("SP"),        QStringLiteral("CT"),
                                            QStringLiteral("MR"),        QStringLiteral("US"),
                                            QStringLiteral("LP29684-5"), QStringLiteral("LP7839-6")};
        for (const QString &c : observationCategories(r)) {
            if (imaging.contains(c)) {
                return Imaging;
            }
        }
    } else if (type == QLatin1String("Procedure")) {
        if (matchesAny(words, tcmWords())) {
            return ChineseMedicine;
        }
        if (matchesAny(words, dentalWords())) {
            return Dental;
        }
        if (matchesAny(words, screeningWords())) {
            return Preventive;
        }
    } else if (type == QLatin1String("Encounter") || category == Medications ||
               type == QLatin1String("Condition")) {
        if (matchesAny(words, tcmWords())) {
            return ChineseMedicine;
        }
        if (type != QLatin1String("Condition") && matchesAny(words, dentalWords())) {
            return Dental;
        }
    }
    return category;
}

// Step 6 (after the summary): what makes two copies of one fact the same record.
QString dedupKeyOf(const PassbookEntry &e)
{
    if (e.codes.isEmpty()) {
        return {};
    }
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(e.category)
        .arg(e.date.date().toString(Qt::ISODate), e.codes.first().system, e.codes.first().code,
             e.value ? json::number(*e.value) : e.summary);
}

} // namespace

Result<PassbookEntry> ResourceMapper::map(const QJsonObject &r) const
{
    PassbookEntry e;
    if (auto identity = readIdentity(r, e); !identity) {
        return identity.error();
    }
    const bool administrative = isAdministrative(e.resourceType);
    const TypeRule *rule = administrative ? nullptr : ruleFor(e.resourceType);
    if (!rule) {
        // category -1: kept raw, counted as unmapped
        e.title = e.resourceType;
        e.date = e.lastUpdated;
        if (!administrative) {
            e.warnings << QStringLiteral("resource type not shown in the passbook");
        }
        return e;
    }
    if (auto subject = checkSubject(r, e, m_patient); !subject) {
        return subject.error();
    }
    if (auto date = readDate(r, *rule, m_now, e); !date) {
        return date.error();
    }
    readTitleAndCodes(r, *rule, e);
    e.category = int(refinedCategory(r, e.resourceType, rule->category));
    if (auto summary = detail::summarize(r, e); !summary) {
        return summary.error();
    }
    e.dedupKey = dedupKeyOf(e);
    // What the screens show of it: bounded, without control codes (the resource itself is kept whole).
    e.title = shownText(e.title, kMaxTitleChars);
    e.summary = shownText(e.summary, kMaxSummaryChars, true);
    for (Coding &c : e.codes) {
        c.display = shownText(c.display, kMaxTitleChars);
    }
    return e;
}

} // namespace passbook::fhir
