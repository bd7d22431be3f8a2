// A recovery phrase as a person types it (any language, case, spacing, composition): parsed with its
// checksum, or refused with the position of the first wrong word. What parses prints words that
// parse to the same entropy.
#include "FuzzSupport.h"
#include "crypto/Mnemonic.h"

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto phrase = crypto::Mnemonic::parse(fuzz::text(data, size));
    if (phrase) {
        auto again = crypto::Mnemonic::parse(phrase.value().words().join(QLatin1Char(' ')));
        fuzz::require(again.ok());
        fuzz::require(again.value().entropy().view() == phrase.value().entropy().view());
    }
    return 0;
}
