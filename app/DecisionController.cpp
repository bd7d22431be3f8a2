#include "DecisionController.h"

#include "SessionController.h"
#include "VaultController.h"

#include "consent/DecisionBuilder.h"
#include "consent/RequestAlert.h"
#include "ledger/Outbox.h"

namespace passbook::app {

namespace {
const QString kRequestsKey = QStringLiteral("requests");

} // namespace

DecisionController::DecisionController(vault::VaultManager *vault, SessionController *passbook,
                                       platform::Notifier *notifier, QObject *parent)
    : QObject(parent), m_vault(vault), m_passbook(passbook), m_notifier(notifier),
      m_outbox(new models::OutboxModel(this)), m_flow(*vault, this)
{
    connect(&m_flow, &session::DecisionFlow::stageChanged, this, &DecisionController::stageChanged);
    connect(&m_flow, &session::DecisionFlow::outboxChanged, this, &DecisionController::loadOutbox);
    connect(&m_flow, &session::DecisionFlow::ledgerMoved, m_passbook, &SessionController::loadLedgerViews);
    connect(&m_flow, &session::DecisionFlow::decided, this, [this] {
        emit decided(m_kind, m_id);
        if (m_kind == QLatin1String("grant")) {
            setGrantDraft({});
        }
        if (m_kind != QLatin1String("grant") && m_kind != QLatin1String("revoke") &&
            m_id == m_alertRequestId) {
            dismissAlert();
        }
    });
    connect(m_vault, &vault::VaultManager::stateChanged, this, &DecisionController::onVaultState);
    connect(m_vault, &vault::VaultManager::aboutToLock, this, &DecisionController::onAboutToLock,
            Qt::DirectConnection);
    connect(m_passbook, &SessionController::networkChanged, this, &DecisionController::startWatching);
    m_notifier->setActivationHandler([this](const QString &key) {
        if (key == kRequestsKey) {
            emit reviewRequested(m_alertRequestId);
        }
    });
    // Queued decisions wait for the ledger; try again now and then while unlocked.
    m_retryTimer.setInterval(30000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_outbox->waiting()) {
            retryPending();
        }
    });
    onVaultState();
}

DecisionController::~DecisionController() = default;

void DecisionController::onAboutToLock()
{
    m_flow.waitForDone(); // nothing signs with a key that is about to be wiped
    m_monitor.reset();
    if (m_detailedShown) {
        // The detailed notification names a hospital: it goes with the keys.
        m_notifier->withdraw(kRequestsKey);
        m_detailedShown = false;
        if (m_passbook->pendingRequests() > 0) {
            onLockedRequest();
        }
    }
}

void DecisionController::onVaultState()
{
    if (!m_vault->isUnlocked()) {
        m_monitor.reset();
        m_retryTimer.stop();
        m_outbox->load(nullptr);
        m_alertText.clear();
        m_alertRequestId = 0;
        m_flow.clear();
        emit outboxChanged();
        emit alertChanged();
        emit liveChanged();
        if (m_vault->state() == vault::VaultManager::State::NoVault) {
            // this device's copy was deleted (or never made): nothing to watch for, no draft to keep
            setGrantDraft({});
            consent::LockedRequestWatch::forget();
            m_lockedWatch.reset();
            m_notifier->withdraw(kRequestsKey);
        } else if (!m_lockedWatch) {
            // while locked: notice new requests without reading anything about them
            m_lockedWatch = std::make_unique<consent::LockedRequestWatch>();
            connect(m_lockedWatch.get(), &consent::LockedRequestWatch::requestSeen, this,
                    &DecisionController::onLockedRequest);
            if (!m_lockedWatch->start()) {
                m_lockedWatch.reset();
            }
        }
        return;
    }
    m_lockedWatch.reset();
    m_notifier->withdraw(kRequestsKey); // the generic one: the app is open now
    startWatching();
    loadOutbox();
    m_retryTimer.start();
}

void DecisionController::startWatching()
{
    if (!m_vault->isUnlocked() || !m_passbook->network() || !m_vault->database()) {
        return;
    }
    const ledger::NetworkProfile network = *m_passbook->network();
    consent::LockedRequestWatch::remember(network, m_vault->address());
    m_monitor = std::make_unique<consent::RequestMonitor>(*m_vault->database(), network, m_vault->address());
    connect(m_monitor.get(), &consent::RequestMonitor::ledgerChanged, m_passbook,
            &SessionController::loadLedgerViews);
    connect(m_monitor.get(), &consent::RequestMonitor::requestsArrived, this,
            &DecisionController::onRequestsArrived);
    connect(m_monitor.get(), &consent::RequestMonitor::subscribed, this, [this] {
        emit liveChanged();
        m_passbook->loadLedgerViews();
        retryPending(); // the ledger is reachable again: finish what waits
    });
    m_monitor->start();
}

void DecisionController::onLockedRequest()
{
    const auto alert = consent::RequestAlert::whileLocked();
    m_notifier->show(kRequestsKey, {alert.title, alert.body, alert.action});
}

void DecisionController::onRequestsArrived(const QList<consent::ConsentStore::Request> &requests)
{
    auto consents = m_passbook->session()->consentStore();
    if (!consents || requests.isEmpty()) {
        return;
    }
    const auto alert = consent::RequestAlert::about(requests, consents.value());
    m_notifier->show(kRequestsKey, {alert.title, alert.body, alert.action});
    m_detailedShown = true;
    m_alertText = alert.banner;
    m_alertRequestId = int(alert.requestId);
    emit alertChanged();
    m_passbook->loadLedgerViews();
}

void DecisionController::setGrantDraft(const QVariantMap &draft)
{
    QVariantMap kept;
    // only the choices; anything else (a password above all) is not kept
    for (const char *key : {"grantee", "custodian", "scopes", "purpose", "duration"}) {
        const QString k = QString::fromLatin1(key);
        if (draft.contains(k)) {
            kept.insert(k, draft.value(k));
        }
    }
    if (kept != m_grantDraft) {
        m_grantDraft = kept;
        emit grantDraftChanged();
    }
}

void DecisionController::dismissAlert()
{
    m_alertText.clear();
    m_alertRequestId = 0;
    emit alertChanged();
}

void DecisionController::clearStage()
{
    m_flow.clear();
}

QVariantMap DecisionController::request(int requestId) const
{
    const models::RequestsModel *requests = m_passbook->requests();
    return requests->get(requests->rowOf(quint64(requestId)));
}

void DecisionController::approve(int requestId, int scopes, double expiresAt, QString password)
{
    const std::optional<quint64> until =
        expiresAt > 0 ? std::optional<quint64>(quint64(expiresAt)) : std::nullopt;
    decide(QStringLiteral("approve"), requestId,
           session::DecisionRequest::approve(quint64(requestId), quint32(scopes), until), password);
}

void DecisionController::deny(int requestId, QString password)
{
    decide(QStringLiteral("deny"), requestId, session::DecisionRequest::deny(quint64(requestId)), password);
}

void DecisionController::revoke(int consentId, QString password)
{
    decide(QStringLiteral("revoke"), consentId, session::DecisionRequest::revoke(quint64(consentId)),
           password);
}

void DecisionController::grant(const QString &grantee, const QString &custodian, int scopes, int purpose,
                               double expiresAt, QString password)
{
    auto to = crypto::Address::fromString(grantee);
    auto from = custodian.isEmpty()
                    ? Result<crypto::Address>(crypto::Address::fromBytes(QByteArray(20, '\0')))
                    : crypto::Address::fromString(custodian);
    if (!to || !from) {
        (void)takePassword(password);
        m_flow.refuse(tr("Choose who receives the records from the directory."));
        return;
    }
    decide(QStringLiteral("grant"), 0,
           session::DecisionRequest::grant(to.value(), from.value(), quint32(scopes), quint8(purpose),
                                           quint64(expiresAt)),
           password);
}

void DecisionController::setCaregiver(const QString &address, int rights, double expiresAt, QString password)
{
    auto who = crypto::Address::fromString(address.trimmed());
    if (!who || rights < 0 || rights > 0xff) {
        (void)takePassword(password);
        m_flow.refuse(
            !who ? tr("That is not a caregiver code. It starts with 0x and has 40 more letters and digits.")
                 : tr("Choose what your caregiver may do."));
        return;
    }
    decide(QStringLiteral("delegate"), 0,
           session::DecisionRequest::delegate(who.value(), quint8(rights), quint64(std::max(0.0, expiresAt))),
           password);
}

void DecisionController::decide(const QString &kind, int id, const session::DecisionRequest &request,
                                QString &password)
{
    auto secret = std::make_shared<const crypto::SecureBuffer>(takePassword(password));
    if (m_flow.working()) {
        return; // one decision at a time (the dialog hides its button meanwhile)
    }
    m_kind = kind;
    m_id = id;
    m_flow.decide(m_passbook->session(), request, secret);
}

void DecisionController::retryPending()
{
    m_flow.resendPending(m_passbook->session());
}

void DecisionController::loadOutbox()
{
    m_outbox->load(m_vault->database());
    emit outboxChanged();
}

} // namespace passbook::app
