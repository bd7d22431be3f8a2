#include "DecisionController.h"

#include "SessionController.h"
#include "VaultController.h"
#include "common/Background.h"

#include "consent/DecisionBuilder.h"
#include "consent/RequestAlert.h"
#include "ledger/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>

namespace passbook::app {

namespace {
const QString kRequestsKey = QStringLiteral("requests");

} // namespace

DecisionController::DecisionController(vault::VaultManager *vault, SessionController *passbook,
                                       platform::Notifier *notifier, QObject *parent)
    : QObject(parent), m_vault(vault), m_passbook(passbook), m_notifier(notifier),
      m_outbox(new models::OutboxModel(this)), m_tasks(*vault, this)
{
    connect(m_vault, &vault::VaultManager::stateChanged, this, &DecisionController::onVaultState);
    connect(m_vault, &vault::VaultManager::aboutToLock, this, &DecisionController::onAboutToLock,
            Qt::DirectConnection);
    connect(m_passbook, &SessionController::networkChanged, this, &DecisionController::startWatching);
    m_notifier->setActivationHandler([this](const QString &key) {
        if (key == kRequestsKey) {
            emit reviewRequested(m_alertRequestId);
        }
    });
    m_ledgerPool.setMaxThreadCount(1);
    // Queued decisions wait for the ledger; try again now and then while unlocked.
    m_retryTimer.setInterval(30000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_outbox->waiting()) {
            retryPending();
        }
    });
    onVaultState();
}

DecisionController::~DecisionController()
{
    m_tasks.waitForDone();
    m_ledgerPool.waitForDone();
}

void DecisionController::onAboutToLock()
{
    m_tasks.waitForDone();
    m_ledgerPool.waitForDone(); // nothing signs with a key that is about to be wiped
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
        setStage(QStringLiteral("idle"), {});
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
    if (!m_deciding) {
        setStage(QStringLiteral("idle"), {});
    }
}

QVariantMap DecisionController::request(int requestId) const
{
    const models::RequestsModel *requests = m_passbook->requests();
    return requests->get(requests->rowOf(quint64(requestId)));
}

void DecisionController::setStage(const QString &stage, const QString &text, const QString &error)
{
    m_stage = stage;
    m_stageText = text;
    m_error = error;
    if (stage != QLatin1String("failed")) {
        m_wrongPassword = false;
    }
    emit stageChanged();
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
        setStage(QStringLiteral("failed"), {}, tr("Choose who receives the records from the directory."));
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
        setStage(
            QStringLiteral("failed"), {},
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
    auto secret = std::make_shared<crypto::SecureBuffer>(takePassword(password));
    if (m_deciding || !m_vault->isUnlocked()) {
        return; // one decision at a time (the dialog hides its button meanwhile)
    }
    if (!m_passbook->network()) {
        setStage(QStringLiteral("failed"), {}, tr("No hospitals' network is set up yet (Settings)."));
        return;
    }
    // what can be refused without the password is said at once (checked again after it)
    if (auto early =
            m_passbook->session()->prepareDecision(request, nullptr, QDateTime::currentSecsSinceEpoch());
        !early) {
        setStage(QStringLiteral("failed"), {}, early.error().message);
        return;
    }
    // the verdict arrives from the worker through the event loop, after the stage below is set
    auto started = m_tasks.reauthenticate(secret, [this, kind, id, request](Result<void> ok) {
        if (!m_vault->isUnlocked()) {
            m_deciding = false;
            setStage(QStringLiteral("idle"), {});
            return;
        }
        if (!ok) {
            m_deciding = false;
            setStage(QStringLiteral("failed"), {}, ok.error().message);
            m_wrongPassword = ok.error().code == ErrorCode::WrongSecret;
            emit stageChanged();
            return;
        }
        // about whoever's passbook is on screen: mine, or as their caregiver with the right for it
        auto decision =
            m_passbook->session()->prepareDecision(request, nullptr, QDateTime::currentSecsSinceEpoch());
        if (!decision) {
            m_deciding = false;
            setStage(QStringLiteral("failed"), {}, decision.error().message);
            return;
        }
        submit(decision.value(), kind, id);
    });
    if (!started) {
        setStage(QStringLiteral("failed"), {}, started.error().message);
        return;
    }
    m_deciding = true;
    setStage(QStringLiteral("checking"), tr("Checking your password…"));
}

void DecisionController::submit(const consent::DecisionBuilder::Decision &decision, const QString &kind,
                                int id)
{
    setStage(QStringLiteral("signing"), tr("Signing and sending to the ledger…"));
    session::Session *session = m_passbook->session();
    runInBackground(
        this,
        [session, decision] {
            auto ledger = session->connectLedger();
            return ledger ? session->submitDecision(*ledger.value(), decision)
                          : Result<ledger::TransactionSubmitter::Outcome>(ledger.error());
        },
        [this, kind, id](const Result<ledger::TransactionSubmitter::Outcome> &outcome) {
            m_deciding = false;
            loadOutbox();
            if (!outcome && outcome.error().code == ErrorCode::Unreachable) {
                setStage(QStringLiteral("queued"),
                         tr("The ledger cannot be reached. Your decision is saved and "
                            "will be sent as soon as it can."));
            } else if (!outcome) {
                setStage(QStringLiteral("failed"), {}, outcome.error().message);
            } else {
                setStage(QStringLiteral("confirmed"),
                         tr("Confirmed on the ledger (block %1).").arg(outcome.value().receipt.blockNumber));
                emit decided(kind, id);
                if (kind == QLatin1String("grant")) {
                    setGrantDraft({});
                }
                if (kind != QLatin1String("grant") && kind != QLatin1String("revoke") &&
                    id == m_alertRequestId) {
                    dismissAlert();
                }
            }
            m_passbook->loadLedgerViews();
        },
        &m_ledgerPool);
}

void DecisionController::retryPending()
{
    if (!m_vault->isUnlocked() || !m_passbook->network() || m_ledgerPool.activeThreadCount() > 0) {
        return; // something is being sent already; it will be looked at again
    }
    session::Session *session = m_passbook->session();
    runInBackground(
        this,
        [session] {
            auto ledger = session->connectLedger();
            return ledger ? ledger.value()->resendPending() : Result<int>(ledger.error());
        },
        [this](const Result<int> &settled) {
            loadOutbox();
            if (settled && settled.value() > 0) {
                if (m_stage == QLatin1String("queued")) {
                    setStage(QStringLiteral("confirmed"), tr("Your saved decision reached the ledger."));
                }
                m_passbook->loadLedgerViews();
            }
        },
        &m_ledgerPool);
}

void DecisionController::loadOutbox()
{
    m_outbox->load(m_vault->database());
    emit outboxChanged();
}

} // namespace passbook::app
