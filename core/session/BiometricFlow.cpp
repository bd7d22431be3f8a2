#include "BiometricFlow.h"

namespace passbook::session {

namespace {
constexpr int kVerifyTimeoutMs = 30000;
using Reader = platform::BiometricAuthenticator;
} // namespace

BiometricFlow::BiometricFlow(vault::VaultManager &vault, platform::BiometricAuthenticator &reader,
                             platform::SecureKeyStore &store, QObject *parent)
    : QObject(parent), m_vault(vault), m_reader(reader), m_store(store), m_rules(vault, store),
      m_tasks(vault, this)
{
    connect(&m_vault, &vault::VaultManager::stateChanged, this, &BiometricFlow::onVaultState);
    connect(&m_vault, &vault::VaultManager::erasing, this, [this](const QString &vaultId) {
        m_rules.forget(vaultId);
        refresh();
    });
    connect(&m_reader, &Reader::retry, this, [this](const QString &hint) {
        m_prompt = hint;
        emit changed();
    });
    connect(&m_reader, &Reader::finished, this, &BiometricFlow::onReader);
    refresh();
}

BiometricFlow::~BiometricFlow()
{
    m_tasks.waitForDone();
}

void BiometricFlow::refresh()
{
    const bool reader = m_reader.isAvailable();
    const bool store = reader && m_store.isAvailable();
    m_available = reader && store;
    m_reason = !reader ? m_reader.unavailableReason() : !store ? m_store.unavailableReason() : QString();
    emit changed();
}

void BiometricFlow::finish(const QString &error)
{
    m_busy = false;
    m_prompt.clear();
    m_error = error;
    emit changed();
}

void BiometricFlow::ask(const QString &prompt)
{
    m_prompt = prompt;
    emit changed();
    m_reader.verify(kVerifyTimeoutMs);
}

void BiometricFlow::onVaultState()
{
    if (m_vault.isUnlocked()) {
        m_rules.removeStale(); // a slot turned off while locked goes now that the header can be rewritten
        if (m_available && m_rules.needsRearm()) {
            // the first unlock of a login (with the password): a new key for this login's store
            auto rearmed = m_rules.rearm(m_reader.enrollmentId());
            m_error = rearmed ? QString() : rearmed.error().message;
        }
    }
    emit changed();
}

void BiometricFlow::onReader(platform::BiometricAuthenticator::Outcome outcome, const QString &detail)
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (outcome != Reader::Outcome::Match) {
        finish(outcome == Reader::Outcome::Cancelled ? QString() : detail);
    } else if (pending == Pending::Enrol) {
        auto enrolled = m_rules.enrol(m_reader.enrollmentId());
        finish(enrolled ? QString() : enrolled.error().message);
        if (enrolled) {
            emit enabledNow();
        }
    } else if (pending == Pending::Unlock) {
        auto unlocked = m_rules.unlock(m_reader.enrollmentId());
        finish(unlocked ? QString() : unlocked.error().message);
    }
}

void BiometricFlow::enable(vault::PasswordTasks::Secret password)
{
    if (m_busy || !m_vault.isUnlocked()) {
        return;
    }
    refresh();
    if (!m_available) {
        finish(m_reason);
        return;
    }
    // the verdict arrives through the event loop, after the state below is set
    auto started = m_tasks.reauthenticate(std::move(password), [this](Result<void> ok) {
        if (!ok) {
            finish(ok.error().message);
            return;
        }
        m_pending = Pending::Enrol;
        ask(tr("Now touch the fingerprint reader."));
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

void BiometricFlow::disable()
{
    if (!m_vault.isUnlocked()) {
        return;
    }
    auto disabled = m_rules.disable();
    finish(disabled ? QString() : disabled.error().message);
}

void BiometricFlow::unlock()
{
    if (m_busy || m_vault.isUnlocked()) {
        return;
    }
    if (!enabled()) {
        finish(tr("Fingerprint unlock is off. Use your password."));
        return;
    }
    if (!ready()) {
        finish(m_rules.passwordFirst());
        return;
    }
    m_busy = true;
    m_error.clear();
    m_pending = Pending::Unlock;
    ask(tr("Touch the fingerprint reader."));
}

void BiometricFlow::cancel()
{
    m_reader.cancel();
}

} // namespace passbook::session
