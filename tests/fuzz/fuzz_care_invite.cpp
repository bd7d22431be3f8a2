// What a scanned or pasted QR code hands the app: a care-invite code (signed by the patient), or a
// caregiver's address. Forged, edited and truncated codes are refused.
#include "FuzzSupport.h"
#include "consent/CareInvite.h"
#include "crypto/Address.h"

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString code = fuzz::text(data, size);
    if (auto invite = consent::CareInvite::parse(code, 31337)) {
        fuzz::require(!invite.value().patient.isZero());
    }
    (void)crypto::Address::fromString(code);
    return 0;
}
