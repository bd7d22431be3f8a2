// FHIR date, dateTime and instant values as hospitals write them (partial dates, offsets, leap
// seconds, nonsense): parsed to a valid time, or refused.
#include "FuzzSupport.h"
#include "fhir/FhirJson.h"

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (auto when = fhir::json::parseDate(fuzz::text(data, size))) {
        fuzz::require(when->isValid());
    }
    return 0;
}
