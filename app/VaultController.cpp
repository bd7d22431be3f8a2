#include "VaultController.h"

#include "vault/PasswordStrength.h"

#include <QLoggingCategory>

#include <sodium.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApp, "passbook.app")

namespace passbook::app {

using crypto::SecureBuffer;
using vault::PasswordTasks;
using vault::VaultManager;

SecureBuffer takePassword(QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    SecureBuffer out = SecureBuffer::copyOf(utf8);
    sodium_memzero(const_cast<char *>(utf8.constData()), std::size_t(utf8.size()));
    password.fill(QChar(u' '));
    password.clear();
    return out;
}

VaultController::VaultController(VaultManager *vault, QObject *parent)
    : QObject(parent), m_vault(vault), m_tasks(*vault, this)
{
    // Only when the state differs from what the screen shows: a password change locks and unlocks
    // the vault in one step (new keys), and the screen must not leave the page for that.
    m_shownState = liveState();
    connect(m_vault, &VaultManager::stateChanged, this, [this] {
        if (!m_vault->changingKeys()) {
            onVaultState();
        }
    });
    connect(m_vault, &VaultManager::keysChanged, this, &VaultController::onVaultState);
    connect(m_vault, &VaultManager::lockedNow, this, [this] {
        // Leaving the unlocked state drops anything on screen that came from the vault.
        if (!m_confirmation.words().isEmpty()) {
            finishOnboarding();
        }
        hideRecoveryPhrase();
    });
    m_throttleTimer.setInterval(1000);
    connect(&m_throttleTimer, &QTimer::timeout, this, &VaultController::refreshThrottle);
    refreshThrottle();
}

VaultController::~VaultController() = default;

void VaultController::onVaultState()
{
    emit autoLockChanged();
    const State now = liveState();
    if (now != m_shownState) {
        m_shownState = now;
        emit stateChanged();
    }
}

VaultController::State VaultController::liveState() const
{
    switch (m_vault->state()) {
    case VaultManager::State::NoVault:
        return State::NoVault;
    case VaultManager::State::Locked:
        return State::Locked;
    case VaultManager::State::Unlocked:
        return State::Unlocked;
    }
    return State::NoVault;
}

QString VaultController::address() const
{
    if (m_vault->isUnlocked()) {
        return m_vault->address().toChecksumString();
    }
    auto stored = m_vault->storedAddress();
    return stored ? stored.value().toChecksumString() : QString();
}

int VaultController::autoLockMinutes() const
{
    return std::max(1, m_vault->autoLockSeconds() / 60);
}

void VaultController::setAutoLockMinutes(int minutes)
{
    if (minutes == autoLockMinutes()) {
        return;
    }
    if (auto r = m_vault->setAutoLockSeconds(minutes * 60); !r) {
        setError(r.error());
    }
    emit autoLockChanged();
}

int VaultController::minimumPasswordLength() const
{
    return vault::PasswordStrength::kMinimumLength;
}

int VaultController::passwordScore(const QString &password) const
{
    return vault::PasswordStrength::estimate(password).score;
}

void VaultController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void VaultController::clearError()
{
    if (m_errorKind != ErrorKind::None) {
        m_errorKind = ErrorKind::None;
        m_errorMessage.clear();
        emit errorChanged();
    }
}

void VaultController::setError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongSecret:
        m_errorKind = ErrorKind::WrongPassword;
        break;
    case ErrorCode::Throttled:
        m_errorKind = ErrorKind::Throttled;
        break;
    case ErrorCode::Damaged:
        m_errorKind = ErrorKind::Damaged;
        break;
    case ErrorCode::DamagedDatabase:
        m_errorKind = ErrorKind::DamagedDatabase;
        break;
    case ErrorCode::Io:
        m_errorKind = ErrorKind::Storage;
        break;
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
        m_errorKind = ErrorKind::Invalid;
        break;
    default:
        m_errorKind = ErrorKind::Internal;
        break;
    }
    m_errorMessage = error.message;
    qCWarning(lcApp) << "vault operation failed:" << error.detail; // detail never carries secrets
    emit errorChanged();
    refreshThrottle();
}

void VaultController::refreshThrottle()
{
    const int seconds = int((m_vault->throttle().remainingWaitMs() + 999) / 1000);
    if (seconds != m_throttleSeconds) {
        m_throttleSeconds = seconds;
        emit throttleChanged();
    }
    if (seconds > 0 && !m_throttleTimer.isActive()) {
        m_throttleTimer.start();
    } else if (seconds == 0) {
        m_throttleTimer.stop();
        if (m_errorKind == ErrorKind::Throttled) {
            clearError();
        }
    }
}

template <typename T> PasswordTasks::Done<T> VaultController::then(std::function<void(T)> success)
{
    return [this, success = std::move(success)](Result<T> result) {
        setBusy(false);
        if (!result) {
            setError(result.error());
        } else {
            success(std::move(result).value());
        }
    };
}

PasswordTasks::Done<void> VaultController::then(std::function<void()> success)
{
    return [this, success = std::move(success)](Result<void> result) {
        setBusy(false);
        if (!result) {
            setError(result.error());
        } else {
            success();
        }
    };
}

void VaultController::started(const Result<void> &start)
{
    if (!start) {
        setError(start.error());
        return;
    }
    setBusy(true);
    clearError();
}

void VaultController::showRecoveryWords(const crypto::Mnemonic &mnemonic)
{
    m_confirmation = crypto::PhraseConfirmation(mnemonic);
    emit recoveryWordsChanged();
}

void VaultController::createVault(QString password, const QString &languageCode)
{
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    if (m_busy) {
        return;
    }
    const auto language = crypto::languageFromCode(languageCode).value_or(crypto::WordlistLanguage::English);
    started(
        m_tasks.create(secret, language, then<VaultManager::Created>([this](VaultManager::Created created) {
                           showRecoveryWords(created.mnemonic);
                           emit vaultCreated();
                       })));
}

void VaultController::unlock(QString password)
{
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    if (!m_busy) {
        started(m_tasks.unlock(secret, then([] {})));
    }
}

void VaultController::lock()
{
    m_vault->lock();
}

QString VaultController::validatePhrase(const QString &phrase) const
{
    auto parsed = crypto::Mnemonic::parse(phrase);
    return parsed ? QString() : parsed.error().message;
}

void VaultController::restore(QString phrase, QString password)
{
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    auto parsed = crypto::Mnemonic::parse(phrase);
    phrase.fill(QChar(u' '));
    if (m_busy) {
        return;
    }
    if (!parsed) {
        setError(parsed.error());
        return;
    }
    auto mnemonic = std::make_shared<const crypto::Mnemonic>(std::move(parsed).value());
    started(m_tasks.restore(mnemonic, secret,
                            then<crypto::Address>([this](crypto::Address) { emit restored(); })));
}

bool VaultController::checkConfirmation(const QStringList &answers)
{
    if (auto confirmed = m_confirmation.check(answers); !confirmed) {
        setError(confirmed.error());
        return false;
    }
    clearError();
    return true;
}

void VaultController::finishOnboarding()
{
    m_confirmation.clear();
    emit recoveryWordsChanged();
}

void VaultController::changePassword(QString oldPassword, QString newPassword)
{
    auto oldSecret = std::make_shared<SecureBuffer>(takePassword(oldPassword));
    auto newSecret = std::make_shared<SecureBuffer>(takePassword(newPassword));
    if (!m_busy) {
        started(m_tasks.changePassword(oldSecret, newSecret, then([this] { emit passwordChanged(); })));
    }
}

void VaultController::rebuildDatabase(QString password)
{
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    if (!m_busy) {
        started(m_tasks.rebuildDatabase(secret,
                                        then<QString>([this](const QString &) { emit databaseRebuilt(); })));
    }
}

void VaultController::eraseDeviceCopy(QString password)
{
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    if (m_busy) {
        return;
    }
    started(m_tasks.reauthenticate(secret, then([this] {
                                       if (auto erased = m_vault->eraseDeviceCopy(); !erased) {
                                           setError(erased.error());
                                       }
                                       emit deviceCopyErased();
                                   })));
}

void VaultController::revealRecoveryPhrase(QString password)
{
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    if (m_busy) {
        return;
    }
    started(
        m_tasks.revealRecoveryPhrase(secret, then<crypto::Mnemonic>([this](const crypto::Mnemonic &phrase) {
                                         m_revealedWords = phrase.words();
                                         emit revealedWordsChanged();
                                     })));
}

void VaultController::hideRecoveryPhrase()
{
    if (m_revealedWords.isEmpty()) {
        return;
    }
    for (QString &w : m_revealedWords) {
        w.fill(QChar(u' '));
    }
    m_revealedWords.clear();
    emit revealedWordsChanged();
}

} // namespace passbook::app
