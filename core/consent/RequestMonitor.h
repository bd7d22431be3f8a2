#pragma once

#include "ConsentStore.h"
#include "ledger/EventSync.h"
#include "ledger/JsonRpcClient.h"
#include "ledger/LedgerConnection.h"
#include "ledger/LogSubscription.h"
#include "ledger/NetworkProfile.h"

#include <QObject>

#include <memory>

namespace passbook::consent {

// Watches the registry for one unlocked patient: live events over WebSocket (with catch-up after
// any reconnect) are stored in the vault, and every access request about the patient that is
// pending and has not been announced before is reported once through newRequests — across
// restarts too, because what was announced is kept in the vault. The app turns that into a
// notification; tests and the notification benchmark use it directly.
class RequestMonitor : public QObject
{
    Q_OBJECT
public:
    RequestMonitor(vault::VaultDatabase &db, ledger::NetworkProfile network, crypto::Address patient,
                   QObject *parent = nullptr);
    ~RequestMonitor() override;

    void start();
    void stop();
    [[nodiscard]] bool isSubscribed() const { return m_subscription->isSubscribed(); }
    [[nodiscard]] ledger::LogSubscription &subscription() { return *m_subscription; }

    // Pending requests not announced yet, oldest first; they count as announced from now on.
    [[nodiscard]] Result<QList<ConsentStore::Request>> takeUnannounced(qint64 nowSecs);

    static constexpr const char *kAnnouncedMetaKey = "consent.announced_through";

signals:
    void subscribed();    // live (again): a good moment to resend the outbox
    void ledgerChanged(); // new events stored
    // Pending requests seen for the first time (already counted as announced).
    void requestsArrived(const QList<ConsentStore::Request> &requests);
    void problem(const QString &message);

private:
    void announce();

    vault::VaultDatabase &m_db;
    ledger::NetworkProfile m_network;
    crypto::Address m_patient;
    ConsentStore m_store;
    ledger::LedgerConnection m_ledger; // lives on the GUI thread with the subscription
    ledger::EventSync m_sync;
    std::unique_ptr<ledger::LogSubscription> m_subscription;
};

} // namespace passbook::consent
