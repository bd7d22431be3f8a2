#pragma once

#include "PassbookEntry.h"
#include "common/Result.h"

#include <QJsonObject>

namespace passbook::fhir {

// Maps a FHIR R4 resource to a passbook entry. It validates what the passbook relies on — a known
// resourceType, an id, a subject that is `expectedPatient` (a reference such as "Patient/123"), dates
// that exist and are not in the future — and turns a violation into an error for this record only.
class ResourceMapper
{
public:
    explicit ResourceMapper(QString expectedPatient, QDateTime now = QDateTime::currentDateTimeUtc())
        : m_patient(std::move(expectedPatient)), m_now(std::move(now))
    {
    }

    // A title or code display longer than this is cut (with "…"), a summary likewise: what a hospital
    // writes is shown, but it cannot flood a screen.
    static constexpr qsizetype kMaxTitleChars = 300;
    static constexpr qsizetype kMaxSummaryChars = 2000;

    [[nodiscard]] Result<PassbookEntry> map(const QJsonObject &resource) const;

    // Resource types that carry no clinical fact of their own (kept raw, counted as unmapped).
    [[nodiscard]] static bool isAdministrative(const QString &resourceType);
    // Every resource type the passbook reads from a hospital, in fetch order.
    [[nodiscard]] static const QStringList &fetchedTypes();

private:
    QString m_patient;
    QDateTime m_now;
};

} // namespace passbook::fhir
