#include "SessionController.h"

#include "common/Background.h"

#include "consent/ConsentStore.h"
#include "ledger/RegistryClient.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>

namespace passbook::app {

SessionController::SessionController(vault::VaultManager *vault, QObject *parent)
    : QObject(parent), m_vault(vault), m_hospitals(new models::HospitalsModel(this)),
      m_directory(new models::DirectoryModel(this)), m_requests(new models::RequestsModel(this)),
      m_consents(new models::ConsentsModel(this)), m_activity(new models::ActivityModel(this))
{
    connect(m_vault, &vault::VaultManager::stateChanged, this, &SessionController::onVaultState);
    connect(m_vault, &vault::VaultManager::aboutToLock, this, &SessionController::onAboutToLock,
            Qt::DirectConnection);
    onVaultState();
}

SessionController::~SessionController()
{
    m_cancel->store(true);
    m_work.waitForFinished();
}

void SessionController::onAboutToLock()
{
    m_cancel->store(true);
    m_work.waitForFinished();
}

void SessionController::onVaultState()
{
    if (!m_vault->isUnlocked()) {
        const bool hadSubject = subjectPerson() != nullptr;
        m_session.reset();
        if (hadSubject) {
            emit subjectChanged();
        }
        m_careNotice.clear();
        emit careChanged();
        m_hospitals->load(nullptr);
        m_directory->load({});
        m_message.clear();
        m_error.clear();
        m_progress = 0;
        m_syncStatus.clear();
        if (m_syncing) {
            m_syncing = false;
            emit syncingChanged();
        }
        setBusy(false);
        emit networkChanged();
        emit hospitalsChanged();
        emit directoryChanged();
        emit messageChanged();
        ++m_revision;
        emit timelineChanged();
        loadLedgerViews();
        return;
    }
    if (m_session) {
        return;
    }
    m_session = std::make_unique<session::Session>(*m_vault);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (!m_pendingProfile.isEmpty()) {
        const QString path = m_pendingProfile;
        m_pendingProfile.clear();
        importNetworkProfile(path);
    }
    emit networkChanged();
    loadHospitals();
    ++m_revision;
    emit timelineChanged();
    loadLedgerViews();
    if (hasNetwork()) {
        refreshDirectory();
    }
}

void SessionController::loadHospitals()
{
    m_hospitals->load(store());
    emit hospitalsChanged();
}

void SessionController::setError(const QString &message)
{
    m_error = message;
    m_message.clear();
    emit messageChanged();
}

void SessionController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void SessionController::clearMessages()
{
    m_error.clear();
    m_message.clear();
    emit messageChanged();
}

bool SessionController::importNetworkProfile(const QString &pathOrUrl)
{
    if (!m_session) {
        m_pendingProfile = pathOrUrl;
        return true;
    }
    auto profile = m_session->useNetworkFile(pathOrUrl, false);
    if (!profile) {
        setError(profile.error().message);
        return false;
    }
    emit networkChanged();
    m_message = tr("Now using %1.").arg(profile.value().name);
    m_error.clear();
    emit messageChanged();
    refreshDirectory();
    return true;
}

bool SessionController::exportRecords(const QString &pathOrUrl)
{
    if (!m_session) {
        return false;
    }
    // always my own records (PRIVACY-4), whoever's passbook is on screen
    const QUrl url(pathOrUrl);
    auto n = m_session->exportRecords(url.isLocalFile() ? url.toLocalFile() : pathOrUrl);
    if (!n) {
        setError(n.error().message);
        return false;
    }
    m_message = tr("Saved %n record(s) as one FHIR file.", nullptr, n.value());
    m_error.clear();
    emit messageChanged();
    return true;
}

template <typename Work, typename Done> void SessionController::runJob(Work work, Done done)
{
    setBusy(true);
    m_work = runInBackground(this, std::move(work), [this, done = std::move(done)](auto result) {
        setBusy(false);
        done(result);
    });
}

bool SessionController::readyForWork()
{
    if (m_busy || m_syncing) {
        return false; // a job is under way
    }
    // A job clears its flag in its last message to this thread, a moment before it returns; what
    // reacts to that message (the next step, a test, a quick tap) waits for that moment rather
    // than being turned away.
    m_work.waitForFinished();
    return true;
}

void SessionController::refreshDirectory()
{
    if (!hasNetwork() || !readyForWork()) {
        return;
    }
    session::Session *session = m_session.get();
    runJob(
        [session] {
            auto ledger = session->connectLedger(8000);
            return ledger ? ledger.value()->registry().directory()
                          : Result<QList<ledger::registry::Participant>>(ledger.error());
        },
        [this](const Result<QList<ledger::registry::Participant>> &list) {
            if (!list) {
                setError(list.error().message);
                return;
            }
            m_directory->load(list.value());
            emit directoryChanged();
        });
}

void SessionController::connectHospital(const QString &participant, const QString &activationCode)
{
    if (!store() || !hasNetwork() || !readyForWork()) {
        return;
    }
    auto address = crypto::Address::fromString(participant);
    if (!address) {
        setError(tr("Choose a hospital from the list."));
        return;
    }
    if (activationCode.trimmed().isEmpty()) {
        setError(tr("Enter the activation code the hospital gave you."));
        return;
    }
    clearMessages();
    session::Session *session = m_session.get();
    const QString code = activationCode.trimmed();
    const crypto::Address who = address.value();
    runJob([session, code, who] { return session->connectHospital(who, code); },
           [this](const Result<passbook::Hospital> &connected) {
               if (!connected) {
                   setError(connected.error().message);
                   return;
               }
               m_message = tr("Connected to %1.").arg(connected.value().name);
               emit messageChanged();
               loadHospitals();
               emit hospitalConnected(connected.value().name);
               sync();
           });
}

void SessionController::disconnectHospital(const QString &participant)
{
    if (!store() || !readyForWork()) {
        return;
    }
    auto removed = m_session->disconnectHospital(participant);
    if (!removed) {
        setError(removed.error().message);
        return;
    }
    m_message = tr("Disconnected; %n record(s) from that hospital were removed from this device.", nullptr,
                   removed.value());
    m_error.clear();
    emit messageChanged();
    loadHospitals();
    ++m_revision;
    emit timelineChanged();
}

void SessionController::sync()
{
    if (!store() || !hasNetwork() || !readyForWork()) {
        return;
    }
    clearMessages();
    m_syncing = true;
    m_progress = 0;
    m_syncStatus = tr("Starting…");
    emit syncingChanged();
    emit syncProgressChanged();
    m_cancel->store(false);
    QPointer<SessionController> self(this);
    session::Session *session = m_session.get();
    const auto cancel = m_cancel;
    // ledger first (requests, consents, activity, caregiver access), then records; one failing does
    // not stop the other
    session::SyncOptions options;
    options.configure = [self, cancel](passbook::SyncEngine &engine) {
        engine.setCancelCheck([cancel] { return cancel->load(); });
        engine.setProgressCallback([self](const passbook::SyncProgress &p) {
            const QString status = tr("%1: %n record(s)", nullptr, p.fetched).arg(p.hospital);
            QMetaObject::invokeMethod(self, [self, progress = p.fraction(), status] {
                if (self) {
                    self->m_progress = progress;
                    self->m_syncStatus = status;
                    emit self->syncProgressChanged();
                }
            });
        });
    };
    m_work = runInBackground(
        this,
        [session, cancel, options] {
            session::SyncOutcome outcome;
            if (auto ledger = session->connectLedger()) {
                outcome = session->sync(*ledger.value(), options);
            } else {
                outcome.ledgerError = ledger.error();
            }
            outcome.records.cancelled = outcome.records.cancelled || cancel->load();
            return outcome;
        },
        [this](const session::SyncOutcome &outcome) { finishSync(outcome); });
}

void SessionController::finishSync(const session::SyncOutcome &outcome)
{
    m_syncing = false;
    if (!outcome.care.ended.isEmpty()) {
        applyCareCheck(outcome.care);
    } else {
        refreshSubject(); // what the ledger now gives me for the person on screen
    }
    m_progress = 1;
    emit syncingChanged();
    m_syncStatus = outcome.summary();
    emit syncProgressChanged();
    if (const QStringList failed = outcome.failures(); !failed.isEmpty()) {
        setError(failed.join(QLatin1Char('\n')));
    }
    loadHospitals();
    ++m_revision;
    emit timelineChanged();
    loadLedgerViews();
}

// Requests, consents and activity are read from the vault once per ledger change (unlock, lock,
// sync), not at every read of the QML properties that show them.
void SessionController::loadLedgerViews()
{
    auto consents = m_session ? m_session->consentStore() : Result<consent::ConsentStore>(Error{});
    const consent::ConsentStore *store = consents ? &consents.value() : nullptr;
    const crypto::Address me = m_session ? m_session->subjectAddress() : crypto::Address();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_requests->load(store, me, now);
    m_consents->load(store, me, now);
    m_activity->load(store, me);
    emit ledgerChanged();
}

bool SessionController::viewAs(const std::optional<consent::CaredFor> &person)
{
    if (!m_session || !readyForWork()) {
        return false;
    }
    return show(person);
}

bool SessionController::show(const std::optional<consent::CaredFor> &person)
{
    if (auto shown = m_session->viewAs(person); !shown) {
        setError(shown.error().message);
        return false;
    }
    clearMessages();
    m_syncStatus.clear();
    m_progress = 0;
    emit syncProgressChanged();
    emit subjectChanged();
    loadHospitals();
    ++m_revision;
    emit timelineChanged();
    loadLedgerViews();
    return true;
}

void SessionController::refreshSubject()
{
    if (m_session && m_session->refreshSubject()) {
        emit subjectChanged();
    }
}

void SessionController::applyCareCheck(const session::CareCheck &check)
{
    if (!check.ended.isEmpty()) {
        m_careNotice = check.ended.join(QLatin1Char('\n'));
        if (check.subjectEnded && subjectPerson()) {
            (void)show(std::nullopt); // their records are gone from this device: back to mine at once
        }
    } else if (!check.error) {
        refreshSubject();
    } else {
        return; // the ledger could not be asked: nothing new to show
    }
    emit careChanged();
}

void SessionController::checkCareAccess()
{
    if (!hasNetwork() || !readyForWork()) {
        return;
    }
    session::Session *session = m_session.get();
    runJob(
        [session] {
            session::CareCheck care;
            if (auto ledger = session->connectLedger(8000)) {
                care = session->checkCare(*ledger.value());
            } else {
                care.error = ledger.error();
            }
            return care;
        },
        [this](const session::CareCheck &care) { applyCareCheck(care); });
}

void SessionController::dismissCareNotice()
{
    m_careNotice.clear();
    emit careChanged();
}

void SessionController::cancelSync()
{
    m_cancel->store(true);
}

} // namespace passbook::app
