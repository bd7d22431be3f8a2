#pragma once

#include "common/Result.h"
#include "crypto/Address.h"

#include <QJsonObject>
#include <QUrl>

namespace passbook::ledger {

// {"name", "chainId", "rpc", "ws", "registry"} (DESIGN.md §4). Loopback endpoints may be plain
// http/ws; anything else must be https/wss.
struct NetworkProfile
{
    QString name;
    quint64 chainId = 0;
    QUrl rpc;
    QUrl ws;
    crypto::Address registry;

    [[nodiscard]] static Result<NetworkProfile> fromJson(const QByteArray &json);
    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] bool isLoopback(const QUrl &url);

// The profile in use is kept in the vault database's metadata under this key (app and CLI alike).
inline constexpr const char *kNetworkProfileMetaKey = "network_profile";

} // namespace passbook::ledger
