#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace passbook::sandbox {

// A synthetic patient's whole history, each resource assigned to one of the sandbox hospitals.
// References to the patient are written as "Patient/{patient}" placeholders that each hospital node
// replaces with its own patient id.
struct GeneratedPatient
{
    QString key;  // stable, e.g. "seed1-p0"
    QString name; // for people ("Chen Mei-Ling 陳美玲")
    QString family, given;
    QString gender;
    QDate birthDate;
    struct Item
    {
        int hospital = 0;
        QJsonObject resource;
    };
    QList<Item> items;
};

// Deterministic for (seed, index): the same inputs give byte-identical histories, so three hospital
// nodes started separately agree on one patient's history and keep their own share of it.
// Covers every category of DESIGN.md §6 with real code systems (LOINC, SNOMED CT, ICD-10, ATC, CVX),
// plausible values with units and reference ranges, and a few facts recorded at two hospitals.
class PatientGenerator
{
public:
    PatientGenerator(quint64 seed, int hospitals) : m_seed(seed), m_hospitals(hospitals) {}

    // `minRecords` > 0 keeps adding encounters until the history has at least that many resources
    // (scale mode for benchmarks).
    [[nodiscard]] GeneratedPatient generate(int index, int minRecords = 0) const;

    static constexpr const char *kPatientPlaceholder = "Patient/{patient}";

private:
    quint64 m_seed;
    int m_hospitals;
};

} // namespace passbook::sandbox
