// SIWE (EIP-4361) messages: what a hospital node hands the app to sign, and what the node reads back.
// A message that parses prints to text that parses to the same message.
#include "FuzzSupport.h"
#include "fhir/SiweMessage.h"

#include <QUrl>

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto parsed = fhir::SiweMessage::parse(fuzz::text(data, size));
    if (parsed) {
        const fhir::SiweMessage &m = parsed.value();
        auto again = fhir::SiweMessage::parse(m.toText());
        fuzz::require(again.ok());
        fuzz::require(again.value().toText() == m.toText());
        (void)m.checkFor(QUrl(QStringLiteral("http://127.0.0.1:8080/fhir")), m.address, m.chainId,
                         m.issuedAt);
    }
    return 0;
}
