// What a hospital node reads from a request: the JSON body (sign-in: message and signature,
// enrollment: address and activation code), and a FHIR search's query string (`patient`,
// `_lastUpdated`, `_count`, `_cursor`, `category`). The first byte says which; a search never
// widens what the caller may see, and never asks for more than a page.
#include "FuzzSupport.h"
#include "NodeRequests.h"

using namespace passbook;
using namespace passbook::sandbox::detail;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1) {
        return 0;
    }
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        if (auto body = parseBody(input)) {
            (void)readSignIn(*body);
            (void)crypto::Address::fromString(body->value(QStringLiteral("address")).toString());
        }
        return 0;
    }
    const quint32 allowed = 0x0013; // visits, conditions, allergies
    auto search = parseSearch(QUrlQuery(QString::fromUtf8(input)), QStringLiteral("p-1"), allowed, 100);
    if (search) {
        fuzz::require(search.value().count >= 1 && search.value().count <= 100);
        const quint32 categories = search.value().categories;
        fuzz::require(categories == 0 || (categories & ~allowed) == 0 || categories == (1U << 31));
    }
    return 0;
}
