#include "PatientGenerator.h"

#include <QJsonArray>
#include <QTimeZone>

#include <random>

namespace passbook::sandbox {

namespace {

const QString kLoinc = QStringLiteral("http://loinc.org");
const QString kSnomed = QStringLiteral("http://snomed.info/sct");
const QString kIcd10 = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
const QString kAtc = QStringLiteral("http://www.whocc.no/atc");
const QString kCvx = QStringLiteral("http://hl7.org/fhir/sid/cvx");
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
const QString kObsCat = QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
const QString kV2_0074 = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0074");
const QString kActCode = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode");

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    return {{QStringLiteral("system"), system},
            {QStringLiteral("code"), code},
            {QStringLiteral("display"), display}};
}

QJsonObject cc(const QString &system, const QString &code, const QString &display)
{
    return {{QStringLiteral("coding"), QJsonArray{coding(system, code, display)}},
            {QStringLiteral("text"), display}};
}

QJsonObject cc2(const QJsonObject &a, const QJsonObject &b, const QString &text)
{
    return {{QStringLiteral("coding"), QJsonArray{a, b}}, {QStringLiteral("text"), text}};
}

QJsonObject ref(const QString &reference)
{
    return {{QStringLiteral("reference"), reference}};
}

QJsonObject quantity(double value, const QString &unit)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), kUcum},
            {QStringLiteral("code"), unit}};
}

struct Lab
{
    const char *loinc, *display, *unit;
    double low, high; // reference range (low 0 = none)
    double mean, sd;  // what this patient tends to show
    int decimals;
};

const Lab kLabs[] = {
    {"1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 99, 112, 18, 0},
    {"4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6, 6.6, 0.6, 1},
    {"2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 0, 200, 205, 25, 0},
    {"2085-9", "HDL Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 40, 0, 48, 8, 0},
    {"13457-7", "LDL Cholesterol [Mass/volume] in Serum or Plasma by calculation", "mg/dL", 0, 130, 128, 22,
     0},
    {"2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "mg/dL", 0, 150, 160, 40, 0},
    {"2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.2, 0.95, 0.15, 2},
    {"33914-3",
     "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by "
     "Creatinine-based formula (MDRD)",
     "mL/min/{1.73_m2}", 60, 0, 78, 12, 0},
    {"1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 7, 56, 32,
     12, 0},
    {"718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12, 16, 13.6, 1.1, 1},
    {"6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", 4.0, 10.0, 6.8, 1.6, 1},
    {"2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1, 4.2, 0.35, 1},
};

struct Condition
{
    const char *icd, *snomed, *display;
};
const Condition kConditions[] = {
    {"E11.9", "44054006", "Type 2 diabetes mellitus"},
    {"I10", "38341003", "Essential hypertension"},
    {"E78.5", "55822004", "Hyperlipidemia"},
    {"K21.9", "235595009", "Gastroesophageal reflux disease"},
    {"J45.909", "195967001", "Asthma"},
    {"M54.5", "279039007", "Low back pain"},
    {"K02.9", "80967001", "Dental caries"},
};

struct Medication
{
    const char *atc, *display, *dosage;
};
const Medication kMedications[] = {
    {"A10BA02", "Metformin 500 mg tablet", "500 mg twice daily with meals"},
    {"C08CA01", "Amlodipine 5 mg tablet", "5 mg once daily"},
    {"C10AA05", "Atorvastatin 20 mg tablet", "20 mg once daily at night"},
    {"A02BC01", "Omeprazole 20 mg capsule", "20 mg once daily before breakfast"},
    {"R03AC02", "Salbutamol 100 micrograms/dose inhaler", "2 puffs as needed for wheeze"},
    {"M01AE01", "Ibuprofen 400 mg tablet", "400 mg up to three times daily after food"},
};

struct Vaccine
{
    const char *cvx, *display;
};
const Vaccine kVaccines[] = {
    {"141", "Influenza, seasonal, injectable"},
    {"208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose"},
    {"115", "Tdap"},
    {"43", "Hepatitis B vaccine, adult dosage"},
    {"33", "Pneumococcal polysaccharide vaccine, 23 valent"},
};

struct Names
{
    const char *family, *given, *display, *gender;
};
const Names kNames[] = {
    {"Chen", "Mei-Ling", "Chen Mei-Ling 陳美玲", "female"},
    {"Kim", "Min-jun", "Kim Min-jun 김민준", "male"},
    {"Lin", "Chih-Hao", "Lin Chih-Hao 林志豪", "male"},
    {"Park", "Seo-yeon", "Park Seo-yeon 박서연", "female"},
    {"Wang", "Shu-Fen", "Wang Shu-Fen 王淑芬", "female"},
    {"Lee", "Ji-hoon", "Lee Ji-hoon 이지훈", "male"},
};

class Builder
{
public:
    Builder(quint64 seed, int index, int hospitals, GeneratedPatient &out)
        : m_rng(seed * 1000003ULL + quint64(index) * 7919ULL + 17ULL), m_index(index), m_hospitals(hospitals),
          m_out(out)
    {
    }

    double normal(double mean, double sd)
    {
        std::normal_distribution<double> d(mean, sd);
        return d(m_rng);
    }
    int uniform(int lo, int hi)
    {
        std::uniform_int_distribution<int> d(lo, hi);
        return d(m_rng);
    }
    bool chance(double p)
    {
        std::bernoulli_distribution d(p);
        return d(m_rng);
    }
    static double round(double v, int decimals)
    {
        const double f = std::pow(10.0, decimals);
        return std::round(v * f) / f;
    }

    QString id(const char *prefix)
    {
        return QStringLiteral("%1-%2-%3").arg(QLatin1String(prefix)).arg(m_index).arg(++m_counter);
    }

    void add(int hospital, QJsonObject r) { m_out.items.append({hospital, std::move(r)}); }

    static QString when(const QDateTime &t) { return t.toString(Qt::ISODate); }

    QJsonObject base(const char *type, const char *prefix)
    {
        return {{QStringLiteral("resourceType"), QString::fromLatin1(type)},
                {QStringLiteral("id"), id(prefix)}};
    }

    QJsonObject patientRef() const { return ref(QString::fromLatin1(PatientGenerator::kPatientPlaceholder)); }

    QJsonObject encounter(int hospital, const QDateTime &start, const QString &cls, const QJsonObject &type,
                          const QString &reason = {})
    {
        QJsonObject e = base("Encounter", "enc");
        e.insert(QStringLiteral("status"), QStringLiteral("finished"));
        e.insert(QStringLiteral("class"),
                 coding(kActCode, cls,
                        cls == QLatin1String("IMP")    ? QStringLiteral("inpatient encounter")
                        : cls == QLatin1String("EMER") ? QStringLiteral("emergency")
                                                       : QStringLiteral("ambulatory")));
        e.insert(QStringLiteral("type"), QJsonArray{type});
        e.insert(QStringLiteral("subject"), patientRef());
        const QDateTime end =
            cls == QLatin1String("IMP") ? start.addDays(uniform(2, 6)) : start.addSecs(60 * uniform(15, 50));
        e.insert(QStringLiteral("period"),
                 QJsonObject{{QStringLiteral("start"), when(start)}, {QStringLiteral("end"), when(end)}});
        if (!reason.isEmpty()) {
            e.insert(QStringLiteral("reasonCode"), QJsonArray{QJsonObject{{QStringLiteral("text"), reason}}});
        }
        add(hospital, e);
        return e;
    }

    QJsonObject labObservation(int hospital, const Lab &lab, const QDateTime &t, const QString &encounterId)
    {
        QJsonObject o = base("Observation", "obs");
        o.insert(QStringLiteral("status"), QStringLiteral("final"));
        o.insert(QStringLiteral("category"),
                 QJsonArray{cc(kObsCat, QStringLiteral("laboratory"), QStringLiteral("Laboratory"))});
        o.insert(QStringLiteral("code"),
                 cc(kLoinc, QString::fromLatin1(lab.loinc), QString::fromLatin1(lab.display)));
        o.insert(QStringLiteral("subject"), patientRef());
        o.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encounterId));
        o.insert(QStringLiteral("effectiveDateTime"), when(t));
        o.insert(QStringLiteral("issued"), when(t.addSecs(3 * 3600)));
        const double v = std::max(0.0, round(normal(lab.mean, lab.sd), lab.decimals));
        o.insert(QStringLiteral("valueQuantity"), quantity(v, QString::fromLatin1(lab.unit)));
        QJsonObject range;
        if (lab.low > 0) {
            range.insert(QStringLiteral("low"), quantity(lab.low, QString::fromLatin1(lab.unit)));
        }
        if (lab.high > 0) {
            range.insert(QStringLiteral("high"), quantity(lab.high, QString::fromLatin1(lab.unit)));
        }
        o.insert(QStringLiteral("referenceRange"), QJsonArray{range});
        const bool high = lab.high > 0 && v > lab.high;
        const bool low = lab.low > 0 && v < lab.low;
        o.insert(
            QStringLiteral("interpretation"),
            QJsonArray{
                high
                    ? cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"),
                         QStringLiteral("H"), QStringLiteral("High"))
                : low
                    ? cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"),
                         QStringLiteral("L"), QStringLiteral("Low"))
                    : cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"),
                         QStringLiteral("N"), QStringLiteral("Normal"))});
        add(hospital, o);
        return o;
    }

    void vitals(int hospital, const QDateTime &t, const QString &encounterId)
    {
        const auto vital = [&](const char *loinc, const char *display, double value, const char *unit) {
            QJsonObject o = base("Observation", "vit");
            o.insert(QStringLiteral("status"), QStringLiteral("final"));
            o.insert(QStringLiteral("category"),
                     QJsonArray{cc(kObsCat, QStringLiteral("vital-signs"), QStringLiteral("Vital Signs"))});
            o.insert(QStringLiteral("code"),
                     cc(kLoinc, QString::fromLatin1(loinc), QString::fromLatin1(display)));
            o.insert(QStringLiteral("subject"), patientRef());
            o.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encounterId));
            o.insert(QStringLiteral("effectiveDateTime"), when(t));
            o.insert(QStringLiteral("valueQuantity"), quantity(value, QString::fromLatin1(unit)));
            add(hospital, o);
        };
        QJsonObject bp = base("Observation", "vit");
        bp.insert(QStringLiteral("status"), QStringLiteral("final"));
        bp.insert(QStringLiteral("category"),
                  QJsonArray{cc(kObsCat, QStringLiteral("vital-signs"), QStringLiteral("Vital Signs"))});
        bp.insert(QStringLiteral("code"),
                  cc(kLoinc, QStringLiteral("85354-9"),
                     QStringLiteral("Blood pressure panel with all children optional")));
        bp.insert(QStringLiteral("subject"), patientRef());
        bp.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encounterId));
        bp.insert(QStringLiteral("effectiveDateTime"), when(t));
        const double sys = std::round(normal(134, 12));
        const double dia = std::round(normal(84, 8));
        bp.insert(
            QStringLiteral("component"),
            QJsonArray{
                QJsonObject{{QStringLiteral("code"),
                             cc(kLoinc, QStringLiteral("8480-6"), QStringLiteral("Systolic blood pressure"))},
                            {QStringLiteral("valueQuantity"), quantity(sys, QStringLiteral("mm[Hg]"))}},
                QJsonObject{{QStringLiteral("code"), cc(kLoinc, QStringLiteral("8462-4"),
                                                        QStringLiteral("Diastolic blood pressure"))},
                            {QStringLiteral("valueQuantity"), quantity(dia, QStringLiteral("mm[Hg]"))}}});
        add(hospital, bp);
        vital("8867-4", "Heart rate", std::round(normal(74, 8)), "/min");
        vital("29463-7", "Body weight", round(normal(68, 1.5), 1), "kg");
        if (chance(0.3)) {
            vital("8310-5", "Body temperature", round(normal(36.7, 0.3), 1), "Cel");
        }
    }

    QDateTime at(const QDate &d) { return QDateTime(d, QTime(uniform(8, 16), uniform(0, 11) * 5), Qt::UTC); }

private:
    std::mt19937_64 m_rng;
    int m_index;
    int m_hospitals;
    GeneratedPatient &m_out;
    int m_counter = 0;
};

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
    const auto hospital = [&] { return b.uniform(0, hospitals - 1); };
    const QJsonObject me = b.patientRef();

    // Long-term conditions and their medications, diagnosed at the hospital that follows them.
    const QDate start(2016, 1, 4);
    const QDate end(2026, 6, 30);
    const int primary = 0;          // the family-medicine hospital
    QList<int> chronic = {0, 1, 2}; // diabetes, hypertension, hyperlipidemia
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
    // Allergies
    {
        QJsonObject a = b.base("AllergyIntolerance", "alg");
        a.insert(QStringLiteral("clinicalStatus"),
                 cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"),
                    QStringLiteral("active"), QStringLiteral("Active")));
        a.insert(QStringLiteral("type"), QStringLiteral("allergy"));
        a.insert(QStringLiteral("category"), QJsonArray{QStringLiteral("medication")});
        a.insert(QStringLiteral("criticality"), QStringLiteral("high"));
        a.insert(QStringLiteral("code"),
                 cc(kSnomed, QStringLiteral("764146007"), QStringLiteral("Penicillin")));
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
    // Care plan and goal
    {
        QJsonObject cp = b.base("CarePlan", "cp");
        cp.insert(QStringLiteral("status"), QStringLiteral("active"));
        cp.insert(QStringLiteral("intent"), QStringLiteral("plan"));
        cp.insert(QStringLiteral("title"), QStringLiteral("Diabetes self-management plan"));
        cp.insert(QStringLiteral("category"),
                  QJsonArray{cc(kSnomed, QStringLiteral("698360004"),
                                QStringLiteral("Diabetes self management plan"))});
        cp.insert(QStringLiteral("subject"), me);
        cp.insert(QStringLiteral("period"),
                  QJsonObject{{QStringLiteral("start"), Builder::when(b.at(start.addDays(5)))}});
        cp.insert(
            QStringLiteral("description"),
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

    // Visits over the years.
    QDate day = start;
    int visit = 0;
    while (day < end || (minRecords > 0 && p.items.size() < minRecords)) {
        ++visit;
        const int h = visit % 7 == 0 ? hospital() : (visit % 3 == 0 && hospitals > 1 ? 1 : 0);
        const QDateTime t = b.at(day);
        const int kind = visit % 10;
        if (kind == 3 && hospitals > 2) {
            // Dental
            const QJsonObject e = b.encounter(
                2, t, QStringLiteral("AMB"),
                cc(kSnomed, QStringLiteral("34043003"), QStringLiteral("Dental consultation and report")));
            QJsonObject pr = b.base("Procedure", "proc");
            pr.insert(QStringLiteral("status"), QStringLiteral("completed"));
            pr.insert(QStringLiteral("code"), cc(kSnomed, QStringLiteral("234696006"),
                                                 QStringLiteral("Dental scaling and polishing")));
            pr.insert(QStringLiteral("subject"), me);
            pr.insert(QStringLiteral("encounter"),
                      ref(QStringLiteral("Encounter/") + e.value(QStringLiteral("id")).toString()));
            pr.insert(QStringLiteral("performedDateTime"), Builder::when(t));
            b.add(2, pr);
        } else if (kind == 5) {
            // Traditional Chinese medicine
            const QJsonObject e =
                b.encounter(h, t, QStringLiteral("AMB"),
                            QJsonObject{{QStringLiteral("text"),
                                         QStringLiteral("Traditional Chinese medicine clinic 中醫門診")}},
                            QStringLiteral("Low back pain"));
            QJsonObject pr = b.base("Procedure", "proc");
            pr.insert(QStringLiteral("status"), QStringLiteral("completed"));
            pr.insert(QStringLiteral("code"),
                      cc(kSnomed, QStringLiteral("44868003"), QStringLiteral("Acupuncture")));
            pr.insert(QStringLiteral("subject"), me);
            pr.insert(QStringLiteral("encounter"),
                      ref(QStringLiteral("Encounter/") + e.value(QStringLiteral("id")).toString()));
            pr.insert(QStringLiteral("performedDateTime"), Builder::when(t));
            b.add(h, pr);
            QJsonObject m = b.base("MedicationRequest", "med");
            m.insert(QStringLiteral("status"), QStringLiteral("completed"));
            m.insert(QStringLiteral("intent"), QStringLiteral("order"));
            m.insert(
                QStringLiteral("medicationCodeableConcept"),
                QJsonObject{
                    {QStringLiteral("text"),
                     QStringLiteral(
                         "Chinese herbal formula Du Huo Ji Sheng Tang 獨活寄生湯, concentrated granules")}});
            m.insert(QStringLiteral("subject"), me);
            m.insert(QStringLiteral("authoredOn"), Builder::when(t));
            m.insert(QStringLiteral("dosageInstruction"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("text"), QStringLiteral("4 g three times daily for 7 days")}}});
            b.add(h, m);
        } else if (kind == 7) {
            // Imaging, sometimes with pathology, and an inpatient stay with a discharge summary.
            const bool admit = visit % 20 == 7;
            const QJsonObject e = b.encounter(
                h, t, admit ? QStringLiteral("IMP") : QStringLiteral("AMB"),
                cc(kSnomed, admit ? QStringLiteral("32485007") : QStringLiteral("185349003"),
                   admit ? QStringLiteral("Hospital admission") : QStringLiteral("Encounter for check up")));
            const QString encId = e.value(QStringLiteral("id")).toString();
            QJsonObject study = b.base("ImagingStudy", "img");
            study.insert(QStringLiteral("status"), QStringLiteral("available"));
            study.insert(QStringLiteral("subject"), me);
            study.insert(QStringLiteral("started"), Builder::when(t));
            study.insert(QStringLiteral("modality"),
                         QJsonArray{coding(QStringLiteral("http://dicom.nema.org/resources/ontology/DCM"),
                                           QStringLiteral("CR"), QStringLiteral("Computed Radiography"))});
            study.insert(QStringLiteral("procedureCode"), QJsonArray{cc(kLoinc, QStringLiteral("36643-5"),
                                                                        QStringLiteral("XR Chest 2 Views"))});
            study.insert(QStringLiteral("description"), QStringLiteral("Chest X-ray, PA and lateral"));
            study.insert(QStringLiteral("numberOfSeries"), 1);
            study.insert(QStringLiteral("numberOfInstances"), 2);
            b.add(h, study);
            QJsonObject rad = b.base("DiagnosticReport", "rep");
            rad.insert(QStringLiteral("status"), QStringLiteral("final"));
            rad.insert(QStringLiteral("category"),
                       QJsonArray{cc(kV2_0074, QStringLiteral("RAD"), QStringLiteral("Radiology"))});
            rad.insert(QStringLiteral("code"),
                       cc(kLoinc, QStringLiteral("36643-5"), QStringLiteral("XR Chest 2 Views")));
            rad.insert(QStringLiteral("subject"), me);
            rad.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encId));
            rad.insert(QStringLiteral("effectiveDateTime"), Builder::when(t));
            rad.insert(QStringLiteral("conclusion"),
                       b.chance(0.8) ? QStringLiteral("No active lung lesion. Heart size normal.")
                                     : QStringLiteral("Mild cardiomegaly. No pleural effusion."));
            b.add(h, rad);
            if (admit) {
                QJsonObject pr = b.base("Procedure", "proc");
                pr.insert(QStringLiteral("status"), QStringLiteral("completed"));
                pr.insert(QStringLiteral("code"),
                          cc(kSnomed, QStringLiteral("80146002"), QStringLiteral("Appendectomy")));
                pr.insert(QStringLiteral("subject"), me);
                pr.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encId));
                pr.insert(QStringLiteral("performedDateTime"), Builder::when(t.addDays(1)));
                b.add(h, pr);
                QJsonObject pat = b.base("DiagnosticReport", "rep");
                pat.insert(QStringLiteral("status"), QStringLiteral("final"));
                pat.insert(QStringLiteral("category"),
                           QJsonArray{cc(kV2_0074, QStringLiteral("PAT"),
                                         QStringLiteral("Pathology (gross & histopath, not surgical)"))});
                pat.insert(QStringLiteral("code"),
                           cc(kLoinc, QStringLiteral("11529-5"), QStringLiteral("Surgical pathology study")));
                pat.insert(QStringLiteral("subject"), me);
                pat.insert(QStringLiteral("encounter"), ref(QStringLiteral("Encounter/") + encId));
                pat.insert(QStringLiteral("effectiveDateTime"), Builder::when(t.addDays(2)));
                pat.insert(QStringLiteral("conclusion"),
                           QStringLiteral("Acute suppurative appendicitis. No malignancy."));
                b.add(h, pat);
                QJsonObject doc = b.base("DocumentReference", "doc");
                doc.insert(QStringLiteral("status"), QStringLiteral("current"));
                doc.insert(QStringLiteral("type"),
                           cc(kLoinc, QStringLiteral("18842-5"), QStringLiteral("Discharge summary")));
                doc.insert(QStringLiteral("subject"), me);
                doc.insert(QStringLiteral("date"), Builder::when(t.addDays(4)));
                doc.insert(QStringLiteral("description"),
                           QStringLiteral("Discharged in good condition after laparoscopic appendectomy; "
                                          "wound care and follow-up in 2 weeks."));
                const QByteArray text =
                    "Discharge summary\nDiagnosis: acute appendicitis (K35.80)\nProcedure: laparoscopic "
                    "appendectomy\n"
                    "Course: uneventful. Discharged on day 4.\nFollow-up: surgical clinic in 2 weeks.\n";
                doc.insert(
                    QStringLiteral("content"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("attachment"),
                         QJsonObject{
                             {QStringLiteral("contentType"), QStringLiteral("text/plain; charset=utf-8")},
                             {QStringLiteral("data"), QString::fromLatin1(text.toBase64())},
                             {QStringLiteral("title"), QStringLiteral("Discharge summary")}}}}});
                doc.insert(QStringLiteral("context"),
                           QJsonObject{{QStringLiteral("encounter"),
                                        QJsonArray{ref(QStringLiteral("Encounter/") + encId)}}});
                b.add(h, doc);
            }
        } else if (kind == 9) {
            // Preventive care: vaccination and screening.
            const QJsonObject e =
                b.encounter(h, t, QStringLiteral("AMB"),
                            cc(kSnomed, QStringLiteral("410620009"), QStringLiteral("Well adult visit")));
            const Vaccine &v = kVaccines[visit % (sizeof kVaccines / sizeof kVaccines[0])];
            QJsonObject im = b.base("Immunization", "imm");
            im.insert(QStringLiteral("status"), QStringLiteral("completed"));
            im.insert(QStringLiteral("vaccineCode"),
                      cc(kCvx, QString::fromLatin1(v.cvx), QString::fromLatin1(v.display)));
            im.insert(QStringLiteral("patient"), me);
            im.insert(QStringLiteral("occurrenceDateTime"), Builder::when(t));
            im.insert(QStringLiteral("primarySource"), true);
            b.add(h, im);
            QJsonObject screen = b.base("Observation", "scr");
            screen.insert(QStringLiteral("status"), QStringLiteral("final"));
            screen.insert(QStringLiteral("category"),
                          QJsonArray{cc(kObsCat, QStringLiteral("survey"), QStringLiteral("Survey"))});
            screen.insert(
                QStringLiteral("code"),
                cc(kLoinc, QStringLiteral("55758-7"),
                   QStringLiteral("Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]")));
            screen.insert(QStringLiteral("subject"), me);
            screen.insert(QStringLiteral("effectiveDateTime"), Builder::when(t));
            screen.insert(QStringLiteral("valueQuantity"),
                          quantity(b.uniform(0, 2), QStringLiteral("{score}")));
            b.add(h, screen);
            if (visit % 20 == 9) {
                QJsonObject pr = b.base("Procedure", "proc");
                pr.insert(QStringLiteral("status"), QStringLiteral("completed"));
                pr.insert(QStringLiteral("code"),
                          cc(kSnomed, QStringLiteral("275978004"),
                             QStringLiteral("Screening for malignant neoplasm of colon")));
                pr.insert(QStringLiteral("subject"), me);
                pr.insert(QStringLiteral("performedDateTime"), Builder::when(t));
                b.add(h, pr);
            }
        } else {
            // Follow-up for the chronic conditions: vitals and labs; now and then the same lab result
            // is also filed at a second hospital (a shared report), which the app de-duplicates.
            const QJsonObject e =
                b.encounter(h, t, QStringLiteral("AMB"),
                            cc(kSnomed, QStringLiteral("185389009"), QStringLiteral("Follow-up visit")),
                            QString::fromLatin1(kConditions[visit % 3].display));
            const QString encId = e.value(QStringLiteral("id")).toString();
            b.vitals(h, t, encId);
            for (int l = 0; l < 4; ++l) {
                const Lab &lab = kLabs[(visit + l * 3) % (sizeof kLabs / sizeof kLabs[0])];
                QJsonObject o = b.labObservation(h, lab, t.addSecs(1800), encId);
                if (hospitals > 1 && visit % 8 == 0 && l == 0) {
                    o.insert(QStringLiteral("id"), b.id("obs"));
                    o.insert(QStringLiteral("encounter"), QJsonObject{});
                    o.remove(QStringLiteral("encounter"));
                    b.add((h + 1) % hospitals, o);
                }
            }
            QJsonObject claim = b.base("Claim", "clm");
            claim.insert(QStringLiteral("status"), QStringLiteral("active"));
            claim.insert(QStringLiteral("type"),
                         cc(QStringLiteral("http://terminology.hl7.org/CodeSystem/claim-type"),
                            QStringLiteral("professional"), QStringLiteral("Professional")));
            claim.insert(QStringLiteral("use"), QStringLiteral("claim"));
            claim.insert(QStringLiteral("patient"), me);
            claim.insert(QStringLiteral("created"), Builder::when(t.addSecs(7200)));
            claim.insert(QStringLiteral("billablePeriod"),
                         QJsonObject{{QStringLiteral("start"), Builder::when(t)}});
            claim.insert(QStringLiteral("total"),
                         QJsonObject{{QStringLiteral("value"), double(b.uniform(4, 30) * 50)},
                                     {QStringLiteral("currency"), QStringLiteral("TWD")}});
            b.add(h, claim);
        }
        day = day.addDays(b.uniform(20, 45));
        if (day >= end && minRecords > 0 && p.items.size() < minRecords) {
            day = start.addDays(b.uniform(0, 3000)); // scale mode: more visits spread over the same years
        }
    }
    return p;
}

} // namespace passbook::sandbox
