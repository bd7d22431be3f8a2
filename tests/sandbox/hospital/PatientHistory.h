#pragma once

// The parts of a generated history (PatientGenerator): code systems, the code tables, and Builder,
// which draws every random choice from one seeded generator in a fixed order — so a change in the
// order of the calls changes every sandbox patient.

#include "PatientGenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>
#include <random>

namespace passbook::sandbox::history {

inline const QString kLoinc = QStringLiteral("http://loinc.org");
inline const QString kSnomed = QStringLiteral("http://snomed.info/sct");
inline const QString kIcd10 = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
inline const QString kAtc = QStringLiteral("http://www.whocc.no/atc");
inline const QString kCvx = QStringLiteral("http://hl7.org/fhir/sid/cvx");
inline const QString kUcum = QStringLiteral("http://unitsofmeasure.org");
inline const QString kObsCat = QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
inline const QString kV2_0074 = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0074");
inline const QString kActCode = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode");

inline QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    return {{QStringLiteral("system"), system},
            {QStringLiteral("code"), code},
            {QStringLiteral("display"), display}};
}

inline QJsonObject cc(const QString &system, const QString &code, const QString &display)
{
    return {{QStringLiteral("coding"), QJsonArray{coding(system, code, display)}},
            {QStringLiteral("text"), display}};
}

inline QJsonObject cc2(const QJsonObject &a, const QJsonObject &b, const QString &text)
{
    return {{QStringLiteral("coding"), QJsonArray{a, b}}, {QStringLiteral("text"), text}};
}

inline QJsonObject ref(const QString &reference)
{
    return {{QStringLiteral("reference"), reference}};
}

inline QJsonObject quantity(double value, const QString &unit)
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

inline const Lab kLabs[] = {
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
inline const Condition kConditions[] = {
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
inline const Medication kMedications[] = {
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
inline const Vaccine kVaccines[] = {
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
inline const Names kNames[] = {
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

// The visits a history is made of (PatientVisits.cpp), each with what it leaves at hospital `h`.
void dentalVisit(Builder &b, const QDateTime &t);
void chineseMedicineVisit(Builder &b, int h, const QDateTime &t);
void imagingVisit(Builder &b, int h, const QDateTime &t, bool admit);
void preventiveVisit(Builder &b, int h, const QDateTime &t, int visit);
void followUpVisit(Builder &b, int h, const QDateTime &t, int visit, int hospitals);

} // namespace passbook::sandbox::history
