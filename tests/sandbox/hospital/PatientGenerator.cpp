#include "PatientGenerator.h"

#include "PatientHistory.h"

namespace passbook::sandbox {

using namespace history;

namespace {

constexpr int kPrimary = 0; // the family-medicine hospital, which follows the long-term conditions

// Long-term conditions (diabetes, hypertension, hyperlipidemia) and their medications.
void chronicConditions(Builder &b, const QDate &start)
{
    const QJsonObject me = b.patientRef();
    const int primary = kPrimary;
    const QList<int> chronic = {0, 1, 2};
    for (int c : chronic) {
        const Condition &cond = kConditions[c];
        QJsonObject r = b.base("Condition", "cond");
        r.insert(QStringLiteral("clinicalStatus"),
                 cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical"),
                    QStringLiteral("active"), QStringLiteral("Active")));
        r.insert(QStringLiteral("verificationStatus"),
                 cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-ver-status"),
                    QStringLiteral("confirmed"), QStringLiteral("Confirmed")));
        r.insert(QStringLiteral("category"),
                 QJsonArray{cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-category"),
                               QStringLiteral("problem-list-item"), QStringLiteral("Problem List Item"))});
        r.insert(QStringLiteral("code"),
                 cc2(coding(kSnomed, QString::fromLatin1(cond.snomed), QString::fromLatin1(cond.display)),
                     coding(kIcd10, QString::fromLatin1(cond.icd), QString::fromLatin1(cond.display)),
                     QString::fromLatin1(cond.display)));
        r.insert(QStringLiteral("subject"), me);
        r.insert(QStringLiteral("onsetDateTime"), Builder::when(b.at(start.addDays(30 * c))));
        b.add(primary, r);
        QJsonObject m = b.base("MedicationRequest", "med");
        m.insert(QStringLiteral("status"), QStringLiteral("active"));
        m.insert(QStringLiteral("intent"), QStringLiteral("order"));
        m.insert(
            QStringLiteral("medicationCodeableConcept"),
            cc(kAtc, QString::fromLatin1(kMedications[c].atc), QString::fromLatin1(kMedications[c].display)));
        m.insert(QStringLiteral("subject"), me);
        m.insert(QStringLiteral("authoredOn"), Builder::when(b.at(start.addDays(30 * c + 1))));
        m.insert(
            QStringLiteral("dosageInstruction"),
            QJsonArray{QJsonObject{{QStringLiteral("text"), QString::fromLatin1(kMedications[c].dosage)}}});
        b.add(primary, m);
    }
}

// A medication and a food allergy.
void allergies(Builder &b, int hospitals, const QDate &start)
{
    const QJsonObject me = b.patientRef();
    const int primary = kPrimary;
    QJsonObject a = b.base("AllergyIntolerance", "alg");
    a.insert(QStringLiteral("clinicalStatus"),
             cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"),
                QStringLiteral("active"), QStringLiteral("Active")));
    a.insert(QStringLiteral("type"), QStringLiteral("allergy"));
    a.insert(QStringLiteral("category"), QJsonArray{QStringLiteral("medication")});
    a.insert(QStringLiteral("criticality"), QStringLiteral("high"));
    a.insert(QStringLiteral("code"), cc(kSnomed, QStringLiteral("764146007"), QStringLiteral("Penicillin")));
    a.insert(QStringLiteral("patient"), me);
    a.insert(QStringLiteral("recordedDate"), Builder::when(b.at(start.addDays(3))));
    a.insert(QStringLiteral("reaction"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("manifestation"),
                  QJsonArray{cc(kSnomed, QStringLiteral("126485001"), QStringLiteral("Urticaria"))}}}});
    b.add(primary, a);
    QJsonObject f = a;
    f.insert(QStringLiteral("id"), b.id("alg"));
    f.insert(QStringLiteral("category"), QJsonArray{QStringLiteral("food")});
    f.insert(QStringLiteral("code"), cc(kSnomed, QStringLiteral("256349002"), QStringLiteral("Peanut")));
    f.insert(QStringLiteral("reaction"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("manifestation"),
                  QJsonArray{cc(kSnomed, QStringLiteral("39579001"), QStringLiteral("Anaphylaxis"))}}}});
    f.insert(QStringLiteral("recordedDate"), Builder::when(b.at(start.addDays(400))));
    b.add(hospitals > 1 ? 1 : 0, f);
}

void carePlanAndGoal(Builder &b, const QDate &start)
{
    const QJsonObject me = b.patientRef();
    const int primary = kPrimary;
    QJsonObject cp = b.base("CarePlan", "cp");
    cp.insert(QStringLiteral("status"), QStringLiteral("active"));
    cp.insert(QStringLiteral("intent"), QStringLiteral("plan"));
    cp.insert(QStringLiteral("title"), QStringLiteral("Diabetes self-management plan"));
    cp.insert(QStringLiteral("category"), QJsonArray{cc(kSnomed, QStringLiteral("698360004"),
                                                        QStringLiteral("Diabetes self management plan"))});
    cp.insert(QStringLiteral("subject"), me);
    cp.insert(QStringLiteral("period"),
              QJsonObject{{QStringLiteral("start"), Builder::when(b.at(start.addDays(5)))}});
    cp.insert(QStringLiteral("description"),
              QJsonObject{{QStringLiteral("text"),
                           QStringLiteral("Diet, daily walking, home glucose checks, review every 3 months")}}
                  .value(QStringLiteral("text"))
                  .toString());
    b.add(primary, cp);
    QJsonObject g = b.base("Goal", "goal");
    g.insert(QStringLiteral("lifecycleStatus"), QStringLiteral("active"));
    g.insert(QStringLiteral("description"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("HbA1c below 7.0 %")}});
    g.insert(QStringLiteral("subject"), me);
    g.insert(QStringLiteral("startDate"), start.addDays(5).toString(Qt::ISODate));
    b.add(primary, g);
}

// Directives: organ donation and hospice / palliative care (Taiwan's 安寧緩和醫療意願書).
void directives(Builder &b, int hospitals)
{
    const QJsonObject me = b.patientRef();
    const int primary = kPrimary;
    for (int d = 0; d < 2; ++d) {
        QJsonObject c = b.base("Consent", "adr");
        c.insert(QStringLiteral("status"), QStringLiteral("active"));
        c.insert(QStringLiteral("scope"),
                 cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"),
                    QStringLiteral("adr"), QStringLiteral("Advance Directive")));
        c.insert(QStringLiteral("category"),
                 QJsonArray{cc(kLoinc, QStringLiteral("59284-0"),
                               d == 0 ? QStringLiteral("Organ donation consent")
                                      : QStringLiteral("Hospice and palliative care directive"))});
        c.insert(QStringLiteral("patient"), me);
        c.insert(QStringLiteral("dateTime"), Builder::when(b.at(QDate(2021 + d, 3, 15))));
        c.insert(QStringLiteral("policyRule"),
                 QJsonObject{{QStringLiteral("text"),
                              d == 0 ? QStringLiteral("Willing to donate organs after death")
                                     : QStringLiteral("Declines CPR and life-sustaining treatment in "
                                                      "terminal illness; wishes hospice care")}});
        b.add(d == 0 ? primary : hospitals - 1, c);
    }
}

} // namespace

GeneratedPatient PatientGenerator::generate(int index, int minRecords) const
{
    GeneratedPatient p;
    Builder b(m_seed, index, m_hospitals, p);
    const Names &n = kNames[(m_seed + quint64(index) + 5) %
                            (sizeof kNames / sizeof kNames[0])]; // seed 1: Chen Mei-Ling first
    p.key = QStringLiteral("seed%1-p%2").arg(m_seed).arg(index);
    p.family = QString::fromLatin1(n.family);
    p.given = QString::fromLatin1(n.given);
    p.name = QString::fromUtf8(n.display);
    p.gender = QString::fromLatin1(n.gender);
    p.birthDate = QDate(1950 + b.uniform(0, 30), b.uniform(1, 12), b.uniform(1, 28));
    const int hospitals = std::max(1, m_hospitals);
    const QDate start(2016, 1, 4);
    const QDate end(2026, 6, 30);
    chronicConditions(b, start);
    allergies(b, hospitals, start);
    carePlanAndGoal(b, start);
    directives(b, hospitals);

    // Visits over the years.
    QDate day = start;
    int visit = 0;
    while (day < end || (minRecords > 0 && p.items.size() < minRecords)) {
        ++visit;
        const int h =
            visit % 7 == 0 ? b.uniform(0, hospitals - 1) : (visit % 3 == 0 && hospitals > 1 ? 1 : 0);
        const QDateTime t = b.at(day);
        const int kind = visit % 10;
        if (kind == 3 && hospitals > 2) {
            dentalVisit(b, t);
        } else if (kind == 5) {
            chineseMedicineVisit(b, h, t);
        } else if (kind == 7) {
            imagingVisit(b, h, t, visit % 20 == 7);
        } else if (kind == 9) {
            preventiveVisit(b, h, t, visit);
        } else {
            followUpVisit(b, h, t, visit, hospitals);
        }
        day = day.addDays(b.uniform(20, 45));
        if (day >= end && minRecords > 0 && p.items.size() < minRecords) {
            day = start.addDays(b.uniform(0, 3000)); // scale mode: more visits spread over the same years
        }
    }
    return p;
}

} // namespace passbook::sandbox
