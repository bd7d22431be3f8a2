#pragma once

#include "QmlSingleton.h"
#include "crypto/Mnemonic.h"
#include "crypto/PhraseConfirmation.h"
#include "vault/PasswordTasks.h"
#include "vault/VaultManager.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

namespace passbook::app {

// The QML face of the vault: create, unlock, lock, restore, change password, rebuild.
// Argon2id runs on a worker thread; state changes happen on the GUI thread. Passwords arrive as
// QString from text fields, go into secure memory at once, and the copy is overwritten.
class VaultController : public QObject, public QmlSingleton<VaultController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Vault)
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(ErrorKind errorKind READ errorKind NOTIFY errorChanged)
    Q_PROPERTY(QString address READ address NOTIFY stateChanged)
    Q_PROPERTY(QStringList recoveryWords READ recoveryWords NOTIFY recoveryWordsChanged)
    Q_PROPERTY(QList<int> confirmPositions READ confirmPositions NOTIFY recoveryWordsChanged)
    Q_PROPERTY(QStringList revealedWords READ revealedWords NOTIFY revealedWordsChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockChanged)
    Q_PROPERTY(int throttleSeconds READ throttleSeconds NOTIFY throttleChanged)
    Q_PROPERTY(int minimumPasswordLength READ minimumPasswordLength CONSTANT)

public:
    enum class State
    {
        NoVault,
        Locked,
        Unlocked
    };
    Q_ENUM(State)
    enum class ErrorKind
    {
        None,
        WrongPassword,
        Throttled,
        Damaged,
        DamagedDatabase,
        Storage,
        Invalid,
        Internal
    };
    Q_ENUM(ErrorKind)

    explicit VaultController(vault::VaultManager *vault, QObject *parent = nullptr);
    ~VaultController() override;

    // The instance made in main(), handed to QML with C++ ownership.

    // As last shown (see onVaultState); the vault's own state may be a step ahead.
    [[nodiscard]] State state() const { return m_shownState; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] ErrorKind errorKind() const { return m_errorKind; }
    [[nodiscard]] QString address() const;
    [[nodiscard]] QStringList recoveryWords() const { return m_confirmation.words(); }
    // The recovery phrase shown again from Settings, after the password; empty otherwise.
    [[nodiscard]] QStringList revealedWords() const { return m_revealedWords; }
    [[nodiscard]] QList<int> confirmPositions() const { return m_confirmation.positions(); }
    [[nodiscard]] int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    [[nodiscard]] int throttleSeconds() const { return m_throttleSeconds; }
    [[nodiscard]] int minimumPasswordLength() const;

    Q_INVOKABLE void createVault(QString password, const QString &languageCode);
    Q_INVOKABLE void unlock(QString password);
    Q_INVOKABLE void lock();
    // Live check while typing a phrase: an empty string when valid, else what is wrong.
    Q_INVOKABLE QString validatePhrase(const QString &phrase) const;
    Q_INVOKABLE void restore(QString phrase, QString password);
    Q_INVOKABLE bool checkConfirmation(const QStringList &answers);
    Q_INVOKABLE void finishOnboarding();
    Q_INVOKABLE void changePassword(QString oldPassword, QString newPassword);
    Q_INVOKABLE void rebuildDatabase(QString password);
    // Deletes this device's copy after checking the password (Settings → This device).
    Q_INVOKABLE void eraseDeviceCopy(QString password);
    // Settings → Show recovery phrase: the password at that moment, then the words until hidden.
    Q_INVOKABLE void revealRecoveryPhrase(QString password);
    Q_INVOKABLE void hideRecoveryPhrase();
    Q_INVOKABLE int passwordScore(const QString &password) const;
    Q_INVOKABLE void clearError();

signals:
    void stateChanged();
    void busyChanged();
    void errorChanged();
    void recoveryWordsChanged();
    void autoLockChanged();
    void throttleChanged();
    void vaultCreated();
    void restored();
    void passwordChanged();
    void databaseRebuilt();
    void deviceCopyErased();
    void revealedWordsChanged();

private:
    void onVaultState();
    [[nodiscard]] State liveState() const;
    void setBusy(bool busy);
    void setError(const Error &error);
    void refreshThrottle();
    void showRecoveryWords(const crypto::Mnemonic &mnemonic);
    // What a task's outcome does here: not busy any more, and the error shown or `success` run.
    template <typename T> vault::PasswordTasks::Done<T> then(std::function<void(T)> success);
    vault::PasswordTasks::Done<void> then(std::function<void()> success);
    // Busy once a task started; or why it could not.
    void started(const Result<void> &start);

    vault::VaultManager *m_vault;
    bool m_busy = false;
    QString m_errorMessage;
    ErrorKind m_errorKind = ErrorKind::None;
    crypto::PhraseConfirmation m_confirmation; // the new phrase, until it was confirmed
    QStringList m_revealedWords;
    int m_throttleSeconds = 0;
    QTimer m_throttleTimer;
    State m_shownState = State::NoVault;
    vault::PasswordTasks m_tasks; // declared last: destroyed (waited for) first
};

// Copies a password from a QML string into secure memory and overwrites the string's characters.
[[nodiscard]] crypto::SecureBuffer takePassword(QString &password);

} // namespace passbook::app
