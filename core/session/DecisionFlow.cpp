#include "DecisionFlow.h"

#include "common/Background.h"

#include <QDateTime>
#include <QMetaEnum>

namespace passbook::session {

DecisionFlow::DecisionFlow(vault::VaultManager &vault, QObject *parent)
    : QObject(parent), m_vault(vault), m_tasks(vault, this)
{
    m_ledgerPool.setMaxThreadCount(1);
}

DecisionFlow::~DecisionFlow()
{
    waitForDone();
}

void DecisionFlow::waitForDone()
{
    m_tasks.waitForDone();
    m_ledgerPool.waitForDone(); // nothing signs with a key that is about to be wiped
}

QString DecisionFlow::stageName() const
{
    return QString::fromLatin1(QMetaEnum::fromType<Stage>().valueToKey(int(m_stage))).toLower();
}

void DecisionFlow::setStage(Stage stage, const QString &text, const QString &error)
{
    m_stage = stage;
    m_text = text;
    m_error = error;
    if (stage != Stage::Failed) {
        m_wrongPassword = false;
    }
    emit stageChanged();
}

void DecisionFlow::refuse(const QString &message)
{
    if (!m_working) {
        setStage(Stage::Failed, {}, message);
    }
}

void DecisionFlow::clear()
{
    if (!m_working) {
        setStage(Stage::Idle, {});
    }
}

void DecisionFlow::decide(Session *session, const DecisionRequest &request,
                          vault::PasswordTasks::Secret password)
{
    if (m_working || !session || !m_vault.isUnlocked()) {
        return;
    }
    if (auto network = session->requireNetwork(); !network) {
        setStage(Stage::Failed, {}, network.error().message);
        return;
    }
    // what can be refused without the password is said at once (and checked again after it)
    if (auto early = session->prepareDecision(request, nullptr, QDateTime::currentSecsSinceEpoch()); !early) {
        setStage(Stage::Failed, {}, early.error().message);
        return;
    }
    auto started = m_tasks.reauthenticate(std::move(password), [this, session, request](Result<void> ok) {
        if (!m_vault.isUnlocked()) { // locked meanwhile: the session is gone
            m_working = false;
            setStage(Stage::Idle, {});
            return;
        }
        if (!ok) {
            m_working = false;
            m_wrongPassword = ok.error().code == ErrorCode::WrongSecret;
            m_stage = Stage::Failed;
            m_text.clear();
            m_error = ok.error().message;
            emit stageChanged();
            return;
        }
        auto decision = session->prepareDecision(request, nullptr, QDateTime::currentSecsSinceEpoch());
        if (!decision) {
            m_working = false;
            setStage(Stage::Failed, {}, decision.error().message);
            return;
        }
        submit(session, decision.value());
    });
    if (!started) {
        setStage(Stage::Failed, {}, started.error().message);
        return;
    }
    m_working = true;
    setStage(Stage::Checking, tr("Checking your password…"));
}

void DecisionFlow::submit(Session *session, const consent::DecisionBuilder::Decision &decision)
{
    setStage(Stage::Signing, tr("Signing and sending to the ledger…"));
    runInBackground(
        this,
        [session, decision] {
            auto ledger = session->connectLedger();
            return ledger ? session->submitDecision(*ledger.value(), decision)
                          : Result<ledger::TransactionSubmitter::Outcome>(ledger.error());
        },
        [this](const Result<ledger::TransactionSubmitter::Outcome> &outcome) {
            m_working = false;
            if (!outcome && outcome.error().code == ErrorCode::Unreachable) {
                setStage(Stage::Queued, tr("The ledger cannot be reached. Your decision is saved and will be "
                                           "sent as soon as it can."));
            } else if (!outcome) {
                setStage(Stage::Failed, {}, outcome.error().message);
            } else {
                setStage(Stage::Confirmed,
                         tr("Confirmed on the ledger (block %1).").arg(outcome.value().receipt.blockNumber));
                emit decided();
            }
            emit outboxChanged();
            emit ledgerMoved();
        },
        &m_ledgerPool);
}

void DecisionFlow::resendPending(Session *session)
{
    if (!session || !m_vault.isUnlocked() || !session->network() || sending()) {
        return; // something is being sent already; it will be looked at again
    }
    runInBackground(
        this,
        [session] {
            auto ledger = session->connectLedger();
            return ledger ? ledger.value()->resendPending() : Result<int>(ledger.error());
        },
        [this](const Result<int> &settled) {
            emit outboxChanged();
            if (settled && settled.value() > 0) {
                if (m_stage == Stage::Queued) {
                    setStage(Stage::Confirmed, tr("Your saved decision reached the ledger."));
                }
                emit ledgerMoved();
            }
        },
        &m_ledgerPool);
}

} // namespace passbook::session
