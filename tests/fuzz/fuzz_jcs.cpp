// RFC 8785 JSON canonicalisation of any JSON value (numbers, escapes, deep nesting, surrogates):
// the canonical form parses, and canonicalising it again changes nothing.
#include "FuzzSupport.h"
#include "crypto/Jcs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (doc.isNull()) {
        return 0;
    }
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QByteArray canonical = crypto::canonicalJson(value);
    const QJsonDocument back = QJsonDocument::fromJson(canonical);
    fuzz::require(!back.isNull());
    const QJsonValue again = back.isArray() ? QJsonValue(back.array()) : QJsonValue(back.object());
    fuzz::require(crypto::canonicalJson(again) == canonical);
    return 0;
}
