// The vault header (vault.json) and its KDF parameters: a file on disk that may be truncated,
// edited, or planted. Nothing here runs a KDF; a header that loads has sane parameters.
#include "FuzzSupport.h"
#include "crypto/PasswordKdf.h"
#include "vault/VaultHeader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace passbook;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    auto header = vault::VaultHeader::fromJson(input);
    if (header) {
        // what loads saves to what loads again
        auto again = vault::VaultHeader::fromJson(header.value().toJson());
        fuzz::require(again.ok());
    }
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    (void)crypto::KdfParams::fromJson(object);
    (void)crypto::KdfParams::fromJson(object.value(QStringLiteral("kdf")).toObject());
    return 0;
}
