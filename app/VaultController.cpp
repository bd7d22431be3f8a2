#include "VaultController.h"

#include "Background.h"
#include "Reauthentication.h"

#include "vault/PasswordStrength.h"

#include <QLoggingCategory>

#include <sodium.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApp, "passbook.app")

namespace passbook::app {

using crypto::SecureBuffer;
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

VaultController::VaultController(VaultManager *vault, QObject *parent) : QObject(parent), m_vault(vault)
{
    connect(m_vault, &VaultManager::stateChanged, this, &VaultController::stateChanged);
    connect(m_vault, &VaultManager::stateChanged, this, &VaultController::autoLockChanged);
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

VaultController::~VaultController()
{
    m_check.waitForFinished();
    m_job.waitForFinished();
}

VaultController::State VaultController::state() const
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

template <typename Work, typename Done> void VaultController::runJob(Work work, Done done)
{
    setBusy(true);
    clearError();
    m_job = runInBackground(this, std::move(work), [this, done = std::move(done)](auto result) mutable {
        setBusy(false);
        done(std::move(result));
    });
}

void VaultController::showRecoveryWords(const crypto::Mnemonic &mnemonic)
{
    m_confirmation = crypto::PhraseConfirmation(mnemonic);
    emit recoveryWordsChanged();
}

void VaultController::createVault(QString password, const QString &languageCode)
{
    if (m_busy) {
        return;
    }
    const auto language = crypto::languageFromCode(languageCode).value_or(crypto::WordlistLanguage::English);
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    runJob([vault = m_vault, secret] { return vault->preparePassword(*secret); },
           [this, language](Result<VaultManager::PreparedPassword> prepared) {
               if (!prepared) {
                   setError(prepared.error());
                   return;
               }
               auto created = m_vault->create(std::move(prepared).value(), language);
               if (!created) {
                   setError(created.error());
                   return;
               }
               showRecoveryWords(created.value().mnemonic);
               emit vaultCreated();
           });
}

void VaultController::checkPasswordThen(
    QString &password, std::function<void(const vault::VaultHeader &, Result<SecureBuffer>)> done)
{
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    if (m_busy) {
        return;
    }
    // Argon2id on the worker; what it opened is judged here, with the throttle.
    auto started = startPasswordCheck(
        m_vault, secret, this,
        [this, done = std::move(done)](const vault::VaultHeader &h, Result<SecureBuffer> unwrapped) {
            setBusy(false);
            done(h, std::move(unwrapped));
        },
        m_check);
    if (!started) {
        setError(started.error());
        return;
    }
    setBusy(true);
    clearError();
}

void VaultController::unlock(QString password)
{
    checkPasswordThen(password, [this](const vault::VaultHeader &h, Result<SecureBuffer> unwrapped) {
        if (auto r = m_vault->completeUnlock(h, std::move(unwrapped)); !r) {
            setError(r.error());
        }
    });
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
    if (m_busy) {
        return;
    }
    auto parsed = crypto::Mnemonic::parse(phrase);
    phrase.fill(QChar(u' '));
    if (!parsed) {
        setError(parsed.error());
        return;
    }
    auto mnemonic = std::make_shared<crypto::Mnemonic>(std::move(parsed).value());
    if (m_vault->state() != VaultManager::State::NoVault) {
        // Forgotten password: the phrase may replace this device's vault, but only its own.
        if (auto fits = m_vault->checkRestoreFits(*mnemonic); !fits) {
            setError(fits.error());
            return;
        }
    }
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    runJob([vault = m_vault, secret] { return vault->preparePassword(*secret); },
           [this, mnemonic](Result<VaultManager::PreparedPassword> prepared) {
               if (!prepared) {
                   setError(prepared.error());
                   return;
               }
               const bool replacing = m_vault->state() != VaultManager::State::NoVault;
               auto r = replacing ? m_vault->replaceWithRestore(*mnemonic, std::move(prepared).value())
                                  : m_vault->restore(*mnemonic, std::move(prepared).value());
               if (!r) {
                   setError(r.error());
                   return;
               }
               emit restored();
           });
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
    if (m_busy) {
        return;
    }
    auto oldSecret = std::make_shared<SecureBuffer>(takePassword(oldPassword));
    auto newSecret = std::make_shared<SecureBuffer>(takePassword(newPassword));
    auto header = m_vault->readHeader();
    if (!header) {
        setError(header.error());
        return;
    }
    if (auto r = m_vault->checkThrottle(); !r) {
        setError(r.error());
        return;
    }
    struct Work
    {
        Result<SecureBuffer> oldKey;
        Result<VaultManager::PreparedPassword> prepared;
    };
    runJob(
        [vault = m_vault, h = header.value(), oldSecret, newSecret] {
            auto prepared = vault->preparePassword(*newSecret);
            auto oldKey = prepared ? VaultManager::unwrapPasswordSlot(h, *oldSecret)
                                   : Result<SecureBuffer>(prepared.error());
            return Work{std::move(oldKey), std::move(prepared)};
        },
        [this, h = header.value()](Work work) {
            if (!work.prepared) {
                setError(work.prepared.error());
                return;
            }
            if (auto r = m_vault->completeChangePassword(h, std::move(work.oldKey),
                                                         std::move(work.prepared).value());
                !r) {
                setError(r.error());
                return;
            }
            emit passwordChanged();
        });
}

void VaultController::rebuildDatabase(QString password)
{
    if (m_busy) {
        return;
    }
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    // rebuild involves one KDF; it is rare enough to run as a whole on the worker, the vault being locked
    runJob([vault = m_vault, secret] { return vault->rebuildDatabase(*secret); },
           [this](const Result<QString> &r) {
               if (!r) {
                   setError(r.error());
                   return;
               }
               emit databaseRebuilt();
           });
}

void VaultController::eraseDeviceCopy(QString password)
{
    checkPasswordThen(password, [this](const vault::VaultHeader &h, Result<SecureBuffer> unwrapped) {
        if (auto ok = m_vault->completeReauthentication(h, std::move(unwrapped)); !ok) {
            setError(ok.error());
            return;
        }
        if (auto erased = m_vault->eraseDeviceCopy(); !erased) {
            setError(erased.error());
        }
        emit deviceCopyErased();
    });
}

void VaultController::revealRecoveryPhrase(QString password)
{
    if (m_busy) {
        return;
    }
    auto secret = std::make_shared<SecureBuffer>(takePassword(password));
    // One KDF, as for unlocking (same throttle); the whole check runs on the worker.
    runJob([vault = m_vault, secret] { return vault->revealRecoveryPhrase(*secret); },
           [this](const Result<crypto::Mnemonic> &phrase) {
               refreshThrottle();
               if (!phrase) {
                   setError(phrase.error());
                   return;
               }
               m_revealedWords = phrase.value().words();
               emit revealedWordsChanged();
           });
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
