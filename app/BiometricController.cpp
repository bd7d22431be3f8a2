#include "BiometricController.h"

#include "Reauthentication.h"
#include "VaultController.h"

#include <QSettings>

#include <sodium.h>

namespace passbook::app {

namespace {
BiometricController *s_instance = nullptr;
constexpr int kVerifyTimeoutMs = 30000;
constexpr std::size_t kKeySize = 32;
const QString kInvalidKey = QStringLiteral("biometric/invalid");
} // namespace

BiometricController::BiometricController(vault::VaultManager *vault, platform::BiometricAuthenticator *reader,
                                         platform::SecureKeyStore *store, QObject *parent)
    : QObject(parent), m_vault(vault), m_reader(reader), m_store(store)
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
    m_check.waitForFinished();
}

BiometricController *BiometricController::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void BiometricController::setInstance(BiometricController *instance)
{
    s_instance = instance;
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
    auto h = m_vault->readHeader();
    return m_vault->hasBiometricSlot() && h && QSettings().value(kInvalidKey).toString() != h.value().vaultId;
}

QString BiometricController::entryName() const
{
    auto h = m_vault->readHeader();
    return h ? QStringLiteral("vault-%1/biometric").arg(h.value().vaultId) : QString();
}

void BiometricController::finish(const QString &error)
{
    m_busy = false;
    m_prompt.clear();
    m_error = error;
    emit changed();
}

void BiometricController::invalidate(const QString &why)
{
    if (auto h = m_vault->readHeader()) {
        QSettings().setValue(kInvalidKey, h.value().vaultId);
    }
    finish(why);
}

void BiometricController::onVaultState()
{
    if (!m_vault->isUnlocked()) {
        emit changed();
        return;
    }
    // A slot found stale while locked goes now that the header can be rewritten.
    auto h = m_vault->readHeader();
    if (h && QSettings().value(kInvalidKey).toString() == h.value().vaultId) {
        (void)m_vault->removeBiometricSlot();
        (void)m_store->remove(entryName());
        QSettings().remove(kInvalidKey);
    }
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
    auto started = startReauthentication(
        m_vault, secret, this,
        [this](Result<void> ok) {
            if (!ok) {
                finish(ok.error().message);
                return;
            }
            m_prompt = tr("Now touch the fingerprint reader.");
            emit changed();
            m_pending = Pending::Enrol;
            m_reader->verify(kVerifyTimeoutMs);
        },
        m_check);
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
    auto key = m_vault->addBiometricSlot();
    if (!key) {
        finish(key.error().message);
        return;
    }
    // The entry: the slot key, then the enrolment it was made under.
    const QByteArray enrolment = m_reader->enrollmentId();
    QByteArray entry(reinterpret_cast<const char *>(key.value().data()), qsizetype(key.value().size()));
    entry += enrolment;
    auto stored = m_store->store(entryName(), crypto::SecureBuffer::copyOf(entry));
    sodium_memzero(entry.data(), std::size_t(entry.size()));
    if (!stored) {
        (void)m_vault->removeBiometricSlot();
        finish(stored.error().message);
        return;
    }
    QSettings().remove(kInvalidKey);
    finish(QString());
    emit enabledNow();
}

void BiometricController::disable()
{
    if (!m_vault->isUnlocked()) {
        return;
    }
    if (auto removed = m_vault->removeBiometricSlot(); !removed) {
        finish(removed.error().message);
        return;
    }
    (void)m_store->remove(entryName());
    finish(QString());
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
    auto entry = m_store->read(entryName());
    if (!entry) {
        invalidate(
            entry.error().code == ErrorCode::NotFound
                ? tr("Fingerprint unlock stopped working: its key is no longer in this computer's key store. "
                     "Use your password; you can turn it on again in Settings.")
                : entry.error().message);
        return;
    }
    if (entry.value().size() < kKeySize) {
        invalidate(tr(
            "Fingerprint unlock stopped working. Use your password; you can turn it on again in Settings."));
        return;
    }
    const QByteArray enrolledNow = m_reader->enrollmentId();
    const QByteArrayView enrolledThen = entry.value().view().sliced(qsizetype(kKeySize));
    if (enrolledThen != QByteArrayView(enrolledNow)) {
        invalidate(
            tr("The fingerprints enrolled on this computer changed, so fingerprint unlock was turned off. "
               "Use your password; you can turn it on again in Settings."));
        return;
    }
    auto unlocked = m_vault->unlockWithBiometricKey(
        crypto::SecureBuffer::copyOf(entry.value().view().first(qsizetype(kKeySize))));
    if (!unlocked) {
        invalidate(unlocked.error().message);
        return;
    }
    finish(QString());
}

void BiometricController::cancel()
{
    m_reader->cancel();
}

} // namespace passbook::app
