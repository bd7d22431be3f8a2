// A network profile (DESIGN.md §4) as a file or a link a patient is given: refused unless every
// field is sane; what is accepted prints to JSON that is accepted again.
#include "FuzzSupport.h"
#include "ledger/NetworkProfile.h"

#include <QJsonDocument>

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto profile = ledger::NetworkProfile::fromJson(fuzz::bytes(data, size));
    if (profile) {
        fuzz::require(
            ledger::NetworkProfile::fromJson(QJsonDocument(profile.value().toJson()).toJson()).ok());
    }
    return 0;
}
