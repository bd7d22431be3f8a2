// A FHIR resource as a hospital serves it, mapped to a passbook entry, and its RFC 8785 canonical
// form (the bytes its integrity hash covers). Canonicalising is idempotent.
#include "FuzzSupport.h"
#include "crypto/Jcs.h"
#include "fhir/ResourceMapper.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject()) {
        return 0;
    }
    static const fhir::ResourceMapper mapper(QStringLiteral("Patient/p-1"),
                                             QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    (void)mapper.map(doc.object());
    const QByteArray canonical = crypto::canonicalJson(doc.object());
    fuzz::require(crypto::canonicalJson(QJsonDocument::fromJson(canonical).object()) == canonical);
    return 0;
}
