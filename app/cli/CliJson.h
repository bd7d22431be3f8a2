#pragma once

// The JSON shapes passbook-cli prints for ledger-derived state (an interface: see --help and the
// README before changing a key).
#include "consent/CareCircle.h"
#include "consent/ConsentStore.h"

#include <QJsonObject>

namespace passbook::cli {

[[nodiscard]] qint64 nowSecs();
[[nodiscard]] QString isoTime(qint64 secs);
[[nodiscard]] QJsonObject caredForJson(const consent::CaredFor &p);
[[nodiscard]] QJsonObject requestJson(const consent::ConsentStore &store,
                                      const consent::ConsentStore::Request &r);
[[nodiscard]] QJsonObject consentJson(const consent::ConsentStore &store,
                                      const consent::ConsentStore::Consent &c);

} // namespace passbook::cli
