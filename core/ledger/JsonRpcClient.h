#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace passbook::ledger {

// JSON-RPC 2.0 over HTTP(S) to an Ethereum node (QNetworkAccessManager).
//
// call() is asynchronous. callBlocking() waits in a local event loop and is meant for the CLI,
// tests and the ledger worker thread, never for the GUI thread.
//
// Failures are typed: Unreachable (refused, timed out, HTTP error, an answer that is not JSON-RPC),
// Rejected (the node answered with a JSON-RPC error; `detail` keeps the node's message and any
// revert data as "revert:0x…").
class JsonRpcClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    // The largest answer read (eth_getLogs over a wide range is the big one).
    static constexpr qint64 kMaxResponseBytes = 64 * 1024 * 1024;

    explicit JsonRpcClient(QUrl endpoint, QObject *parent = nullptr);
    ~JsonRpcClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }

    void call(const QString &method, const QJsonArray &params, Callback callback);
    [[nodiscard]] Result<QJsonValue> callBlocking(const QString &method, const QJsonArray &params);

    // Revert data carried in a Rejected error's detail, if any.
    [[nodiscard]] static QByteArray revertData(const Error &error);

private:
    QUrl m_endpoint;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 15000;
    qint64 m_nextId = 1;
};

[[nodiscard]] Error unreachable(const QString &detail);

} // namespace passbook::ledger
