#pragma once

#include "crypto/Address.h"
#include "ledger/LogSubscription.h"
#include "ledger/NetworkProfile.h"

#include <QObject>

#include <memory>

namespace passbook::consent {

// While the vault is locked, the device still notices a new access request for its patient — from
// public ledger facts only: the ledger's WebSocket address, the registry and the patient's address,
// remembered in the app's settings while unlocked. It decodes nothing and stores nothing, so what
// it leads to (RequestAlert::whileLocked) names no hospital and no records (DESIGN.md §3).
class LockedRequestWatch : public QObject
{
    Q_OBJECT
public:
    explicit LockedRequestWatch(QObject *parent = nullptr);
    ~LockedRequestWatch() override;

    // What to watch for once locked (called while unlocked, whenever the network is set).
    static void remember(const ledger::NetworkProfile &network, const crypto::Address &patient);
    // Nothing to watch any more: this device's copy of the vault is gone.
    static void forget();

    // Subscribes to AccessRequested events about the remembered patient; false, doing nothing,
    // when nothing (or nothing usable) was remembered.
    bool start();
    [[nodiscard]] bool isSubscribed() const { return m_subscription && m_subscription->isSubscribed(); }

signals:
    void requestSeen();

private:
    std::unique_ptr<ledger::LogSubscription> m_subscription;
};

} // namespace passbook::consent
