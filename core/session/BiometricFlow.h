#pragma once

#include "BiometricUnlock.h"
#include "platform/BiometricAuthenticator.h"
#include "platform/SecureKeyStore.h"
#include "vault/PasswordTasks.h"

#include <QObject>

namespace passbook::session {

// Fingerprint unlock as a front end runs it: the reader's prompts and verdicts, turned into steps of
// BiometricUnlock (whose rules decide what a match may open). Turning it on asks for the password
// at that moment (vault::PasswordTasks) and then a finger; unlocking asks for a finger. `changed`
// covers every property.
class BiometricFlow : public QObject
{
    Q_OBJECT
public:
    BiometricFlow(vault::VaultManager &vault, platform::BiometricAuthenticator &reader,
                  platform::SecureKeyStore &store, QObject *parent = nullptr);
    ~BiometricFlow() override;

    // A reader and a key store are there (else `unavailableReason` says which is missing).
    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] QString unavailableReason() const { return m_reason; }
    [[nodiscard]] bool enabled() const { return m_rules.enabled(); }
    // Enabled and its key is in the store now: a finger can unlock.
    [[nodiscard]] bool ready() const { return m_rules.ready(); }
    // The key lasts one login session (or while the app runs): the password is needed once after.
    [[nodiscard]] bool keyLastsOneSession() const { return m_rules.keyLastsOneSession(); }
    [[nodiscard]] QString passwordFirst() const { return m_rules.passwordFirst(); }
    [[nodiscard]] QString keyScope() const { return m_rules.keyScope(); }
    [[nodiscard]] bool busy() const { return m_busy; }
    // What to do now ("Touch the fingerprint reader."), or the reader's hint after a bad scan.
    [[nodiscard]] QString prompt() const { return m_prompt; }
    [[nodiscard]] QString error() const { return m_error; }

    // Checks the reader and the key store again.
    void refresh();
    // Unlocked: the password at this moment, then a finger.
    void enable(vault::PasswordTasks::Secret password);
    void disable();
    // Locked: a finger instead of the password.
    void unlock();
    void cancel();

signals:
    void changed();
    void enabledNow();

private:
    void onVaultState();
    void onReader(platform::BiometricAuthenticator::Outcome outcome, const QString &detail);
    void finish(const QString &error);
    void ask(const QString &prompt);

    vault::VaultManager &m_vault;
    platform::BiometricAuthenticator &m_reader;
    platform::SecureKeyStore &m_store;
    BiometricUnlock m_rules;
    bool m_available = false;
    QString m_reason;
    bool m_busy = false;
    QString m_prompt;
    QString m_error;
    enum class Pending
    {
        None,
        Enrol,
        Unlock
    } m_pending = Pending::None;
    vault::PasswordTasks m_tasks; // declared last: waited for first
};

} // namespace passbook::session
