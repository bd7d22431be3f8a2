// What a ledger node answers about the registry: an `eth_getLogs` entry (JSON) parsed into a log
// and decoded into a registry event, and ABI values read from raw return data by position.
#include "FuzzSupport.h"
#include "ledger/Abi.h"
#include "ledger/EthClient.h"
#include "ledger/RegistryClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace passbook;
using namespace passbook::ledger;

PASSBOOK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1) {
        return 0;
    }
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        const QJsonDocument doc = QJsonDocument::fromJson(input);
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const QJsonArray logs = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &v : logs) {
            if (auto log = EthClient::parseLog(v)) {
                (void)registry::decodeEvent(log.value());
            }
        }
        return 0;
    }
    const abi::Decoder decoder(input);
    for (int i = 0; i < 8; ++i) {
        (void)decoder.address(i);
        (void)decoder.uint(i);
        (void)decoder.boolean(i);
        (void)decoder.string(i);
        (void)decoder.bytes(i);
    }
    (void)abi::Decoder::addressWord(input);
    (void)abi::Decoder::uintWord(input);
    return 0;
}
