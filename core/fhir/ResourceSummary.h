#pragma once

#include "PassbookEntry.h"
#include "common/Result.h"

#include <QJsonObject>

namespace passbook::fhir::detail {

// ResourceMapper's summary step: the line under a record's title — a measurement with its unit and
// reference range, reactions and criticality, dosage, totals, a report's conclusion — and, for a
// measurement, the entry's value, unit, out-of-range flag and trend key. The entry's title, codes,
// category and status are already read. An error when a measurement's value is not a number.
[[nodiscard]] Result<void> summarize(const QJsonObject &resource, PassbookEntry &entry);

} // namespace passbook::fhir::detail
