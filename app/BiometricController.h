#pragma once

#include "QmlSingleton.h"
#include "session/BiometricFlow.h"

#include <QObject>
#include <QQmlEngine>

namespace passbook::app {

// Fingerprint unlock in QML: session::BiometricFlow (the reader's steps, BiometricUnlock's rules)
// as properties. Turning it on asks for the password and a finger; unlocking asks for a finger.
class BiometricController : public QObject, public QmlSingleton<BiometricController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Biometric)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY changed)
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(bool keyLastsOneSession READ keyLastsOneSession NOTIFY changed)
    // "Unlock with your password once…" (for a lock screen where it is on but not ready).
    Q_PROPERTY(QString passwordFirst READ passwordFirst NOTIFY changed)
    // Where the key is kept and what that protects against.
    Q_PROPERTY(QString keyScope READ keyScope NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    BiometricController(vault::VaultManager *vault, platform::BiometricAuthenticator *reader,
                        platform::SecureKeyStore *store, QObject *parent = nullptr);

    [[nodiscard]] bool available() const { return m_flow.available(); }
    [[nodiscard]] QString unavailableReason() const { return m_flow.unavailableReason(); }
    [[nodiscard]] bool enabled() const { return m_flow.enabled(); }
    [[nodiscard]] bool ready() const { return m_flow.ready(); }
    [[nodiscard]] bool keyLastsOneSession() const { return m_flow.keyLastsOneSession(); }
    [[nodiscard]] QString passwordFirst() const { return m_flow.passwordFirst(); }
    [[nodiscard]] QString keyScope() const { return m_flow.keyScope(); }
    [[nodiscard]] bool busy() const { return m_flow.busy(); }
    [[nodiscard]] QString prompt() const { return m_flow.prompt(); }
    [[nodiscard]] QString errorMessage() const { return m_flow.error(); }

    // Checks the reader and the key store again (Settings shows why when either is missing).
    Q_INVOKABLE void refresh() { m_flow.refresh(); }
    // Unlocked: the password at this moment (moved into secure memory at once), then a finger.
    Q_INVOKABLE void enable(QString password);
    Q_INVOKABLE void disable() { m_flow.disable(); }
    // Locked: a finger instead of the password.
    Q_INVOKABLE void unlock() { m_flow.unlock(); }
    Q_INVOKABLE void cancel() { m_flow.cancel(); }

signals:
    void changed();
    void enabledNow();

private:
    session::BiometricFlow m_flow;
};

} // namespace passbook::app
