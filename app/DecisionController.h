#pragma once

#include "QmlSingleton.h"
#include "consent/DecisionBuilder.h"
#include "consent/LockedRequestWatch.h"
#include "consent/RequestMonitor.h"
#include "models/LedgerModels.h"
#include "platform/Notifier.h"
#include "session/DecisionFlow.h"
#include "session/Session.h"
#include "vault/VaultManager.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

#include <memory>

namespace passbook::app {

class SessionController;

// The patient's decisions and the alerts that lead to them (DESIGN.md §3, §4).
//
// While unlocked, a RequestMonitor keeps the registry events live (WebSocket, catch-up after any
// reconnect); each new request shows a system notification (through platform::Notifier) and an
// in-app banner. When the vault locks, the detailed notification is withdrawn; while locked, a
// request still raises a notification, but one that names no hospital and no records.
//
// approve / deny / revoke / grant / setCaregiver take the password at the moment of the action and
// run as a session::DecisionFlow (re-authentication, DecisionBuilder's checks, signed and sent
// through the outbox), whose stages are properties here.
class DecisionController : public QObject, public QmlSingleton<DecisionController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sharing)
    QML_SINGLETON
    Q_PROPERTY(bool working READ working NOTIFY stageChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString stageText READ stageText NOTIFY stageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stageChanged)
    Q_PROPERTY(bool wrongPassword READ wrongPassword NOTIFY stageChanged)
    // What this device signed or queued (core/models/LedgerModels.h: OutboxModel).
    Q_PROPERTY(::passbook::models::OutboxModel *outbox READ outbox NOTIFY outboxChanged)
    Q_PROPERTY(QString alertText READ alertText NOTIFY alertChanged)
    Q_PROPERTY(int alertRequestId READ alertRequestId NOTIFY alertChanged)
    Q_PROPERTY(bool live READ live NOTIFY liveChanged)
    Q_PROPERTY(bool notificationsAvailable READ notificationsAvailable CONSTANT)
    // A share being composed (grantee, custodian, categories, purpose, duration — never a password),
    // kept when the vault locks mid-way so nothing typed is lost; cleared once the share is made.
    Q_PROPERTY(QVariantMap grantDraft READ grantDraft WRITE setGrantDraft NOTIFY grantDraftChanged)

public:
    DecisionController(vault::VaultManager *vault, SessionController *passbook, platform::Notifier *notifier,
                       QObject *parent = nullptr);
    ~DecisionController() override;

    [[nodiscard]] bool working() const { return m_flow.working(); }
    [[nodiscard]] QString stage() const { return m_flow.stageName(); }
    [[nodiscard]] QString stageText() const { return m_flow.text(); }
    [[nodiscard]] QString errorMessage() const { return m_flow.error(); }
    [[nodiscard]] bool wrongPassword() const { return m_flow.wrongPassword(); }
    [[nodiscard]] models::OutboxModel *outbox() const { return m_outbox; }
    [[nodiscard]] QString alertText() const { return m_alertText; }
    [[nodiscard]] int alertRequestId() const { return m_alertRequestId; }
    [[nodiscard]] bool live() const { return m_monitor && m_monitor->isSubscribed(); }
    [[nodiscard]] bool notificationsAvailable() const { return m_notifier->isAvailable(); }
    [[nodiscard]] QVariantMap grantDraft() const { return m_grantDraft; }
    void setGrantDraft(const QVariantMap &draft);

    // `scopes` is a category bitmask (a subset of what was asked), `expiresAt` seconds since the
    // epoch (0 = as asked). The password is moved into secure memory at once.
    Q_INVOKABLE void approve(int requestId, int scopes, double expiresAt, QString password);
    Q_INVOKABLE void deny(int requestId, QString password);
    Q_INVOKABLE void revoke(int consentId, QString password);
    Q_INVOKABLE void grant(const QString &grantee, const QString &custodian, int scopes, int purpose,
                           double expiresAt, QString password);
    // Makes `address` my caregiver with `rights` (domain::View | Approve | Manage) until
    // `expiresAt` (seconds), or with rights 0 removes them: setDelegate, signed as me.
    Q_INVOKABLE void setCaregiver(const QString &address, int rights, double expiresAt, QString password);
    // Sends what waits in the outbox (queued while offline, or signed and not yet mined).
    Q_INVOKABLE void retryPending();
    Q_INVOKABLE void dismissAlert();
    Q_INVOKABLE void clearStage();
    // One request as the review screen shows it (from Passbook.requests), or an empty map.
    Q_INVOKABLE QVariantMap request(int requestId) const;

signals:
    void stageChanged();
    void outboxChanged();
    void alertChanged();
    void liveChanged();
    void grantDraftChanged();
    void decided(const QString &kind, int id); // confirmed on the ledger
    void reviewRequested(int requestId);       // from a notification or the banner

private:
    // kind and id: what `decided` reports to QML once the ledger confirmed.
    void decide(const QString &kind, int id, const session::DecisionRequest &request, QString &password);
    void onVaultState();
    void onAboutToLock();
    void onRequestsArrived(const QList<consent::ConsentStore::Request> &requests);
    void onLockedRequest();
    void startWatching();
    void loadOutbox();

    vault::VaultManager *m_vault;
    SessionController *m_passbook;
    platform::Notifier *m_notifier;
    std::unique_ptr<consent::RequestMonitor> m_monitor;
    std::unique_ptr<consent::LockedRequestWatch> m_lockedWatch;
    models::OutboxModel *m_outbox;
    QString m_alertText;
    int m_alertRequestId = 0;
    bool m_detailedShown = false;
    QTimer m_retryTimer;
    QVariantMap m_grantDraft;
    // The decision under way (what `decided` reports) and how it goes; the flow is declared last,
    // to be waited for first.
    QString m_kind;
    int m_id = 0;
    session::DecisionFlow m_flow;
};

} // namespace passbook::app
