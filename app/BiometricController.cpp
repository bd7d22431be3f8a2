#include "BiometricController.h"

#include "VaultController.h"

namespace passbook::app {

namespace {
constexpr int kVerifyTimeoutMs = 30000;
} // namespace

BiometricController::BiometricController(vault::VaultManager *vault, platform::BiometricAuthenticator *reader,
                                         platform::SecureKeyStore *store, QObject *parent)
    : QObject(parent), m_vault(vault), m_reader(reader), m_store(store), m_rules(*vault, *store),
      m_tasks(*vault, this)
{
    connect(m_vault, &vault::VaultManager::stateChanged, this, &BiometricController::onVaultState);
    connect(m_reader, &platform::BiometricAuthenticator::retry, this, [this](const QString &hint) {
        m_prompt = hint;
        emit changed();
    });
    connect(m_reader, &platform::BiometricAuthenticator::finished, this,
            [this](platform::BiometricAuthenticator::Outcome outcome, const QString &detail) {
                const Pending pending = std::exchange(m_pending, Pending::None);
                if (outcome != platform::BiometricAuthenticator::Outcome::Match) {
                    finish(outcome == platform::BiometricAuthenticator::Outcome::Cancelled ? QString()
                                                                                           : detail);
                    return;
                }
                if (pending == Pending::Enrol) {
                    enrolAfterMatch();
                } else if (pending == Pending::Unlock) {
                    unlockAfterMatch();
                }
            });
    refresh();
}

BiometricController::~BiometricController()
{
    m_tasks.waitForDone();
}

void BiometricController::refresh()
{
    const bool reader = m_reader->isAvailable();
    const bool store = reader && m_store->isAvailable();
    m_available = reader && store;
    m_reason = !reader ? m_reader->unavailableReason() : !store ? m_store->unavailableReason() : QString();
    emit changed();
}

bool BiometricController::enabled() const
{
    return m_rules.enabled();
}

void BiometricController::finish(const QString &error)
{
    m_busy = false;
    m_prompt.clear();
    m_error = error;
    emit changed();
}

void BiometricController::onVaultState()
{
    if (!m_vault->isUnlocked()) {
        emit changed();
        return;
    }
    m_rules.removeStale(); // a slot turned off while locked goes now that the header can be rewritten
    emit changed();
}

void BiometricController::enable(QString password)
{
    auto secret = std::make_shared<crypto::SecureBuffer>(takePassword(password));
    if (m_busy || !m_vault->isUnlocked()) {
        return;
    }
    refresh();
    if (!m_available) {
        finish(m_reason);
        return;
    }
    // the verdict arrives from the worker through the event loop, after the state below is set
    auto started = m_tasks.reauthenticate(secret, [this](Result<void> ok) {
        if (!ok) {
            finish(ok.error().message);
            return;
        }
        m_prompt = tr("Now touch the fingerprint reader.");
        emit changed();
        m_pending = Pending::Enrol;
        m_reader->verify(kVerifyTimeoutMs);
    });
    if (!started) {
        finish(started.error().message);
        return;
    }
    m_busy = true;
    m_error.clear();
    m_prompt = tr("Checking your password…");
    emit changed();
}

void BiometricController::enrolAfterMatch()
{
    if (auto enrolled = m_rules.enrol(m_reader->enrollmentId()); !enrolled) {
        finish(enrolled.error().message);
        return;
    }
    finish(QString());
    emit enabledNow();
}

void BiometricController::disable()
{
    if (!m_vault->isUnlocked()) {
        return;
    }
    auto disabled = m_rules.disable();
    finish(disabled ? QString() : disabled.error().message);
}

void BiometricController::unlock()
{
    if (m_busy || m_vault->isUnlocked()) {
        return;
    }
    if (!enabled()) {
        finish(tr("Fingerprint unlock is off. Use your password."));
        return;
    }
    m_busy = true;
    m_error.clear();
    m_prompt = tr("Touch the fingerprint reader.");
    emit changed();
    m_pending = Pending::Unlock;
    m_reader->verify(kVerifyTimeoutMs);
}

void BiometricController::unlockAfterMatch()
{
    auto unlocked = m_rules.unlock(m_reader->enrollmentId());
    finish(unlocked ? QString() : unlocked.error().message);
}

void BiometricController::cancel()
{
    m_reader->cancel();
}

} // namespace passbook::app
