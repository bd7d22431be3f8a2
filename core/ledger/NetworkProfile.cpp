#include "NetworkProfile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>

namespace passbook::ledger {

namespace {
Error invalid(const QString &why)
{
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("passbook", "This network profile cannot be used: %1").arg(why),
        QStringLiteral("network profile: %1").arg(why));
}
} // namespace

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<NetworkProfile> NetworkProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return invalid(QStringLiteral("it is not a JSON object (%1).").arg(parseError.errorString()));
    }
    const QJsonObject o = doc.object();
    NetworkProfile p;
    p.name = o.value(QStringLiteral("name")).toString();
    const double chain = o.value(QStringLiteral("chainId")).toDouble(-1);
    p.rpc = QUrl(o.value(QStringLiteral("rpc")).toString(), QUrl::StrictMode);
    p.ws = QUrl(o.value(QStringLiteral("ws")).toString(), QUrl::StrictMode);
    auto registry = crypto::Address::fromString(o.value(QStringLiteral("registry")).toString());
    if (p.name.isEmpty()) {
        return invalid(QStringLiteral("it has no name."));
    }
    if (chain < 1 || chain > 9007199254740991.0 || chain != double(quint64(chain))) {
        return invalid(QStringLiteral("its chain id is not a positive whole number."));
    }
    p.chainId = quint64(chain);
    if (!registry) {
        return invalid(QStringLiteral("its registry address is not valid."));
    }
    p.registry = registry.value();
    for (const auto &[url, plain, secure] :
         {std::tuple{p.rpc, "http", "https"}, std::tuple{p.ws, "ws", "wss"}}) {
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String(plain) && url.scheme() != QLatin1String(secure))) {
            return invalid(QStringLiteral("'%1' is not a %2 or %3 address.")
                               .arg(url.toString(), QLatin1String(plain), QLatin1String(secure)));
        }
        if (url.scheme() == QLatin1String(plain) && !isLoopback(url)) {
            return invalid(QStringLiteral("'%1' is not encrypted; a ledger outside this device must use %2.")
                               .arg(url.toString(), QLatin1String(secure)));
        }
    }
    return p;
}

QJsonObject NetworkProfile::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("chainId"), double(chainId)},
            {QStringLiteral("rpc"), rpc.toString()},
            {QStringLiteral("ws"), ws.toString()},
            {QStringLiteral("registry"), registry.toChecksumString()}};
}

} // namespace passbook::ledger
