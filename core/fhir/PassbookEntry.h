#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace passbook::fhir {

struct Coding
{
    QString system;
    QString code;
    QString display;
};

// One FHIR resource as the passbook shows it (DESIGN.md §6). `category` is the scope bit, or -1 for
// a resource the passbook does not map (kept raw and counted, never dropped).
struct PassbookEntry
{
    QString resourceType;
    QString resourceId;
    QString versionId;
    QDateTime lastUpdated;
    int category = -1;
    QDateTime date;  // when it happened (effective, onset, period start, authored, …)
    QString title;   // display text of the main code, or the resource's own text
    QString summary; // values with units and reference ranges, status, dosage, …
    QList<Coding> codes;
    QString status;
    bool outOfRange = false;
    // For trends: a numeric value and its unit, under `trendKey` (system|code of the observation).
    std::optional<double> value;
    QString unit;
    QString trendKey;
    // The same clinical fact at two hospitals maps to the same key (category, day, code, value).
    QString dedupKey;
    QStringList warnings; // unknown codes, odd values: kept, shown, counted
};

} // namespace passbook::fhir
