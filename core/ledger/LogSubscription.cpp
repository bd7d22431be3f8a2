#include "LogSubscription.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLedger)

namespace passbook::ledger {

LogSubscription::LogSubscription(QUrl wsUrl, EventSync &sync, crypto::Address registry, QObject *parent)
    : QObject(parent), m_url(std::move(wsUrl)), m_sync(&sync), m_registry(std::move(registry))
{
    wire();
}

LogSubscription::LogSubscription(QUrl wsUrl, crypto::Address registry, QJsonArray topics, QObject *parent)
    : QObject(parent), m_url(std::move(wsUrl)), m_registry(std::move(registry)), m_topics(std::move(topics))
{
    wire();
}

void LogSubscription::wire()
{
    m_socket.setMaxAllowedIncomingMessageSize(quint64(kMaxMessageBytes));
    m_socket.setMaxAllowedIncomingFrameSize(quint64(kMaxMessageBytes));
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (m_running) {
            m_socket.open(m_url);
        }
    });
    connect(&m_socket, &QWebSocket::connected, this, &LogSubscription::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &LogSubscription::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LogSubscription::onMessage);
}

LogSubscription::~LogSubscription()
{
    stop();
}

void LogSubscription::start()
{
    m_running = true;
    m_socket.open(m_url);
}

void LogSubscription::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_subscriptionId.clear();
    m_socket.close();
}

void LogSubscription::simulateConnectionLoss()
{
    m_socket.abort();
}

void LogSubscription::scheduleReconnect()
{
    if (!m_running || m_reconnect.isActive()) {
        return;
    }
    m_reconnect.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, 30000);
}

void LogSubscription::onConnected()
{
    m_backoffMs = 500;
    // Catch up first: everything since the last stored block, over HTTP in chunks.
    if (m_sync) {
        auto caughtUp = m_sync->catchUp();
        if (!caughtUp) {
            emit problem(caughtUp.error().message);
            m_socket.abort();
            return;
        }
        if (caughtUp.value().stored > 0) {
            emit eventsStored(caughtUp.value().stored);
        }
    }
    QJsonObject filter{{QStringLiteral("address"), m_registry.toLowerHex()}};
    if (!m_topics.isEmpty()) {
        filter.insert(QStringLiteral("topics"), m_topics);
    }
    const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("id"), 1},
                              {QStringLiteral("method"), QStringLiteral("eth_subscribe")},
                              {QStringLiteral("params"), QJsonArray{QStringLiteral("logs"), filter}}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
}

void LogSubscription::onDisconnected()
{
    m_subscriptionId.clear();
    scheduleReconnect();
}

void LogSubscription::onMessage(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.value(QStringLiteral("id")).toInt() == 1) {
        if (o.contains(QStringLiteral("error"))) {
            emit problem(QCoreApplication::translate(
                "passbook", "The ledger refused live updates; the app will poll instead."));
            return;
        }
        m_subscriptionId = o.value(QStringLiteral("result")).toString();
        emit subscribed();
        return;
    }
    if (o.value(QStringLiteral("method")).toString() != QLatin1String("eth_subscription")) {
        return;
    }
    const QJsonObject params = o.value(QStringLiteral("params")).toObject();
    if (params.value(QStringLiteral("subscription")).toString() != m_subscriptionId) {
        return;
    }
    auto log = EthClient::parseLog(params.value(QStringLiteral("result")));
    if (!log) {
        qCWarning(lcLedger) << "ignored a live log that does not parse";
        return;
    }
    if (!m_sync) {
        emit logReceived(log.value());
        return;
    }
    // A live log does not prove every earlier block is stored, so the sync position is not moved
    // here; the next catch-up re-reads from the last complete block (storing is idempotent).
    auto stored = m_sync->ingest({log.value()}, std::nullopt);
    if (!stored) {
        emit problem(stored.error().message);
        return;
    }
    if (stored.value().stored > 0) {
        emit eventsStored(stored.value().stored);
    }
}

} // namespace passbook::ledger
