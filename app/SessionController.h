#pragma once

#include "QmlSingleton.h"
#include "consent/CareCircle.h"
#include "ledger/NetworkProfile.h"
#include "models/LedgerModels.h"
#include "models/PeopleModels.h"
#include "passbook/TimelineStore.h"
#include "session/Session.h"
#include "vault/VaultManager.h"

#include <QFuture>
#include <QObject>
#include <QQmlEngine>

#include <atomic>
#include <memory>

namespace passbook::app {

// The QML face of the core session (core/session): the network profile, the consortium's
// directory, connected hospitals, whose passbook is on screen, and sync — run on a worker thread
// with progress and cancellation, turned into properties for QML. Models read the timeline through
// store(). The session is dropped when the vault locks; a running job is cancelled and waited for
// before the keys and database go away.
class SessionController : public QObject, public QmlSingleton<SessionController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Passbook)
    QML_SINGLETON
    Q_PROPERTY(bool hasNetwork READ hasNetwork NOTIFY networkChanged)
    Q_PROPERTY(QString networkName READ networkName NOTIFY networkChanged)
    Q_PROPERTY(::passbook::models::RowModel *hospitals READ hospitals NOTIFY hospitalsChanged)
    Q_PROPERTY(::passbook::models::RowModel *directory READ directory NOTIFY directoryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncingChanged)
    Q_PROPERTY(double syncProgress READ syncProgress NOTIFY syncProgressChanged)
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY syncProgressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)
    Q_PROPERTY(int revision READ revision NOTIFY timelineChanged)
    // Lists (core/models; their roles are documented there). The pointers never change; the
    // signals say their rows were read again.
    Q_PROPERTY(::passbook::models::RowModel *requests READ requests NOTIFY ledgerChanged)
    Q_PROPERTY(::passbook::models::RowModel *consents READ consents NOTIFY ledgerChanged)
    Q_PROPERTY(::passbook::models::RowModel *activity READ activity NOTIFY ledgerChanged)
    Q_PROPERTY(int pendingRequests READ pendingRequests NOTIFY ledgerChanged)
    // Whose passbook is on screen: empty for the vault's owner, else the address of someone they
    // care for (their records, requests, consents and activity, with the rights the ledger gave).
    Q_PROPERTY(QString subject READ subject NOTIFY subjectChanged)
    Q_PROPERTY(QString subjectName READ subjectName NOTIFY subjectChanged)
    Q_PROPERTY(int subjectRights READ subjectRights NOTIFY subjectChanged)
    // Sentences about caregiver access that ended at the last ledger check (cleared by dismissCareNotice).
    Q_PROPERTY(QString careNotice READ careNotice NOTIFY careChanged)

public:
    explicit SessionController(vault::VaultManager *vault, QObject *parent = nullptr);
    ~SessionController() override;

    [[nodiscard]] bool hasNetwork() const { return m_session && m_session->network(); }
    [[nodiscard]] QString networkName() const
    {
        return hasNetwork() ? m_session->network()->name : QString();
    }
    [[nodiscard]] models::HospitalsModel *hospitals() const { return m_hospitals; }
    [[nodiscard]] models::DirectoryModel *directory() const { return m_directory; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool syncing() const { return m_syncing; }
    [[nodiscard]] double syncProgress() const { return m_progress; }
    [[nodiscard]] QString syncStatus() const { return m_syncStatus; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] int revision() const { return m_revision; }

    // From the registry events synced into the vault (core/consent): requests about this patient,
    // consents (active, expired, revoked) and activity, newest first, for the read-only screens.
    [[nodiscard]] models::RequestsModel *requests() const { return m_requests; }
    [[nodiscard]] models::ConsentsModel *consents() const { return m_consents; }
    [[nodiscard]] models::ActivityModel *activity() const { return m_activity; }
    [[nodiscard]] int pendingRequests() const { return m_requests->pending(); }

    [[nodiscard]] QString subject() const
    {
        return subjectPerson() ? subjectPerson()->patient.toChecksumString() : QString();
    }
    [[nodiscard]] QString subjectName() const
    {
        return subjectPerson() ? subjectPerson()->displayName() : QString();
    }
    [[nodiscard]] int subjectRights() const
    {
        return subjectPerson() ? subjectPerson()->rights : domain::kOfferedRights;
    }
    [[nodiscard]] QString careNotice() const { return m_careNotice; }
    // The unlocked session (null while locked): what the app does is decided there.
    [[nodiscard]] session::Session *session() { return m_session.get(); }
    // Shows someone I care for (their own store), or with nullopt my own passbook again.
    bool viewAs(const std::optional<consent::CaredFor> &person);
    Q_INVOKABLE void dismissCareNotice();
    // Asks the ledger about everyone I care for (on a worker thread): an ended access is explained
    // and its copy deleted, changed rights are taken. Runs when the stored events suggest a change.
    void checkCareAccess();

    // Null while locked.
    [[nodiscard]] passbook::TimelineStore *store() { return m_session ? m_session->store() : nullptr; }
    [[nodiscard]] std::optional<ledger::NetworkProfile> network() const
    {
        return m_session ? m_session->network() : std::nullopt;
    }
    // Re-reads requests, consents and activity from the stored ledger events.
    void loadLedgerViews();

    // A network profile file (DESIGN.md §4); also used by --network at start.
    Q_INVOKABLE bool importNetworkProfile(const QString &pathOrUrl);
    Q_INVOKABLE void refreshDirectory();
    Q_INVOKABLE void connectHospital(const QString &participant, const QString &activationCode);
    Q_INVOKABLE void disconnectHospital(const QString &participant);
    Q_INVOKABLE void sync();
    Q_INVOKABLE void cancelSync();
    Q_INVOKABLE void clearMessages();
    // Writes every record as one FHIR R4 Bundle to a file path (or file: URL).
    Q_INVOKABLE bool exportRecords(const QString &pathOrUrl);

    // Applied at the next unlock (command line --network).
    void setPendingNetworkProfile(const QString &path) { m_pendingProfile = path; }

signals:
    void networkChanged();
    void hospitalsChanged();
    void directoryChanged();
    void busyChanged();
    void syncingChanged();
    void syncProgressChanged();
    void messageChanged();
    void timelineChanged();
    void hospitalConnected(const QString &name);
    void ledgerChanged();
    void subjectChanged();
    void careChanged(); // the people I care for, or their access, changed

private:
    void onVaultState();
    void onAboutToLock();
    void loadHospitals();
    void setError(const QString &message);
    void setBusy(bool busy);
    // No job (directory, connect, sync) under way; waits out one that has just finished.
    [[nodiscard]] bool readyForWork();
    // Runs `work` (returning a T) on a worker as the job, busy meanwhile; `done` gets its result on
    // this thread, unless the controller is gone by then.
    template <typename Work, typename Done> void runJob(Work work, Done done);

    // What a sync found, on screen: its summary, failures, ended accesses, the views reloaded.
    void finishSync(const session::SyncOutcome &outcome);
    // Shows someone's store, or mine (nullopt), with no check that the moment suits.
    bool show(const std::optional<consent::CaredFor> &person);
    // What a ledger check of the people I care for found: ended accesses explained (and the person
    // on screen left when theirs ended), or changed rights taken when the ledger could be asked.
    void applyCareCheck(const session::CareCheck &check);
    void refreshSubject();
    [[nodiscard]] const consent::CaredFor *subjectPerson() const
    {
        return m_session && m_session->subject() ? &*m_session->subject() : nullptr;
    }

    vault::VaultManager *m_vault;
    std::unique_ptr<session::Session> m_session;
    QString m_careNotice;
    models::HospitalsModel *m_hospitals;
    models::DirectoryModel *m_directory;
    bool m_busy = false;
    bool m_syncing = false;
    double m_progress = 0;
    QString m_syncStatus;
    QString m_message;
    QString m_error;
    int m_revision = 0;
    models::RequestsModel *m_requests;
    models::ConsentsModel *m_consents;
    models::ActivityModel *m_activity;
    QString m_pendingProfile;
    QFuture<void> m_work;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace passbook::app
