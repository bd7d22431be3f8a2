#pragma once

#include "QmlSingleton.h"
#include "platform/BiometricAuthenticator.h"
#include "platform/SecureKeyStore.h"
#include "session/BiometricUnlock.h"
#include "vault/PasswordTasks.h"
#include "vault/VaultManager.h"

#include <QObject>
#include <QQmlEngine>

namespace passbook::app {

// Fingerprint unlock in the app: the reader's prompts and verdicts, turned into steps of
// session::BiometricUnlock (whose rules decide what a match may open). Turning it on asks for the
// password and a finger; unlocking asks for a finger.
class BiometricController : public QObject, public QmlSingleton<BiometricController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Biometric)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY changed)
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    BiometricController(vault::VaultManager *vault, platform::BiometricAuthenticator *reader,
                        platform::SecureKeyStore *store, QObject *parent = nullptr);
    ~BiometricController() override;

    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] QString unavailableReason() const { return m_reason; }
    [[nodiscard]] bool enabled() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString prompt() const { return m_prompt; }
    [[nodiscard]] QString errorMessage() const { return m_error; }

    // Checks the reader and the key store again (Settings shows why when either is missing).
    Q_INVOKABLE void refresh();
    // Unlocked: the password at this moment, then a finger.
    Q_INVOKABLE void enable(QString password);
    Q_INVOKABLE void disable();
    // Locked: a finger instead of the password.
    Q_INVOKABLE void unlock();
    Q_INVOKABLE void cancel();

signals:
    void changed();
    void enabledNow();

private:
    void onVaultState();
    void finish(const QString &error);
    void enrolAfterMatch();
    void unlockAfterMatch();

    vault::VaultManager *m_vault;
    platform::BiometricAuthenticator *m_reader;
    platform::SecureKeyStore *m_store;
    session::BiometricUnlock m_rules;
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
    vault::PasswordTasks m_tasks; // the password at the moment of an action; declared last
};

} // namespace passbook::app
