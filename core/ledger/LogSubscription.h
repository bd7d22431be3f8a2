#pragma once

#include "EthClient.h"
#include "EventSync.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace passbook::ledger {

// Live registry events over WebSocket (eth_subscribe "logs"), stored through EventSync as they
// arrive. Whenever the socket (re)connects — after a restart, sleep or network loss — it first
// catches up over HTTP with eth_getLogs from the last stored block, then subscribes, so nothing
// that happened in between is missed. Reconnects back off from 0.5 s to 30 s.
class LogSubscription : public QObject
{
    Q_OBJECT
public:
    LogSubscription(QUrl wsUrl, EventSync &sync, crypto::Address registry, QObject *parent = nullptr);
    // Watch-only: nothing is stored and there is no catch-up (no vault is open); each live log that
    // matches `topics` (eth_subscribe topic filter) is handed to logReceived. Used while the vault
    // is locked, to notice a request without reading anything about it.
    LogSubscription(QUrl wsUrl, crypto::Address registry, QJsonArray topics, QObject *parent = nullptr);
    ~LogSubscription() override;

    // One live log is a few hundred bytes: a node that sends a message (or frame) over this is cut
    // off while it is still arriving, and the app catches up over HTTP (capped too) next time.
    static constexpr qint64 kMaxMessageBytes = 1024 * 1024;

    void start();
    void stop();
    [[nodiscard]] bool isSubscribed() const { return !m_subscriptionId.isEmpty(); }
    // Drops the connection as a network loss would (tests; the app on suspend).
    void simulateConnectionLoss();

signals:
    void subscribed();
    void eventsStored(int count);
    void logReceived(const Log &log); // watch-only mode
    void problem(const QString &message);

private:
    void wire();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void scheduleReconnect();

    QUrl m_url;
    EventSync *m_sync = nullptr;
    crypto::Address m_registry;
    QJsonArray m_topics;
    QWebSocket m_socket;
    QTimer m_reconnect;
    int m_backoffMs = 500;
    bool m_running = false;
    QString m_subscriptionId;
};

} // namespace passbook::ledger
