#include "JsonRpcClient.h"

#include "crypto/Hex.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLedger, "passbook.ledger")

#include <memory>

namespace passbook::ledger {

Error unreachable(const QString &detail)
{
    return makeError(ErrorCode::Unreachable,
                     QCoreApplication::translate(
                         "passbook",
                         "The hospitals' ledger cannot be reached right now. Check the connection; "
                         "nothing you signed is lost, and it will be sent when the ledger answers."),
                     detail);
}

JsonRpcClient::JsonRpcClient(QUrl endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_network(new QNetworkAccessManager(this))
{
}

JsonRpcClient::~JsonRpcClient() = default;

void JsonRpcClient::call(const QString &method, const QJsonArray &params, Callback callback)
{
    const qint64 id = m_nextId++;
    const QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("id"), double(id)},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("params"), params}};
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    // a ledger node that moved says so; it is never followed to another host or port
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    // an answer over the cap is stopped while it arrives, not read whole first
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64 total) {
        if (received > kMaxResponseBytes || total > kMaxResponseBytes) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(
        reply, &QNetworkReply::finished, this, [reply, id, method, tooLarge, callback = std::move(callback)] {
            reply->deleteLater();
            if (*tooLarge) {
                callback(unreachable(QStringLiteral("%1: response too large").arg(method)));
                return;
            }
            const QByteArray payload = reply->readAll();
            if (reply->error() != QNetworkReply::NoError && payload.isEmpty()) {
                callback(unreachable(QStringLiteral("%1: %2").arg(method, reply->errorString())));
                return;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(payload);
            const QJsonObject o = doc.object();
            if (!doc.isObject() || o.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0") ||
                o.value(QStringLiteral("id")).toDouble(-1) != double(id)) {
                callback(
                    unreachable(QStringLiteral("%1: the answer is not a JSON-RPC response").arg(method)));
                return;
            }
            if (o.contains(QStringLiteral("error"))) {
                const QJsonObject e = o.value(QStringLiteral("error")).toObject();
                QString detail = QStringLiteral("%1: %2 (%3)")
                                     .arg(method, e.value(QStringLiteral("message")).toString())
                                     .arg(e.value(QStringLiteral("code")).toInt());
                const QJsonValue data = e.value(QStringLiteral("data"));
                const QString revert = data.isString()
                                           ? data.toString()
                                           : data.toObject().value(QStringLiteral("data")).toString();
                if (revert.startsWith(QLatin1String("0x"))) {
                    detail += QStringLiteral(" revert:") + revert;
                }
                callback(makeError(ErrorCode::Rejected,
                                   QCoreApplication::translate("passbook", "The ledger refused the request."),
                                   detail));
                return;
            }
            if (!o.contains(QStringLiteral("result"))) {
                callback(unreachable(QStringLiteral("%1: response without result").arg(method)));
                return;
            }
            callback(o.value(QStringLiteral("result")));
        });
}

Result<QJsonValue> JsonRpcClient::callBlocking(const QString &method, const QJsonArray &params)
{
    std::optional<Result<QJsonValue>> out;
    QEventLoop loop;
    call(method, params, [&](Result<QJsonValue> r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out) {
        // bounded by the transfer timeout; the extra margin only guards against a stuck loop
        QTimer::singleShot(m_timeoutMs + 5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out) {
        return unreachable(QStringLiteral("%1: no answer").arg(method));
    }
    return std::move(*out);
}

QByteArray JsonRpcClient::revertData(const Error &error)
{
    const qsizetype at = error.detail.indexOf(QLatin1String("revert:0x"));
    if (at < 0) {
        return {};
    }
    const QString hex = error.detail.mid(at + 7).section(QLatin1Char(' '), 0, 0);
    return crypto::fromHex(hex).value_or(QByteArray());
}

} // namespace passbook::ledger
