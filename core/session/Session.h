#pragma once

#include "consent/CareCircle.h"
#include "consent/ConsentStore.h"
#include "consent/DecisionBuilder.h"
#include "ledger/LedgerConnection.h"
#include "ledger/NetworkProfile.h"
#include "passbook/SyncEngine.h"
#include "passbook/TimelineStore.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

namespace passbook::session {

// What a person decides, before it is checked and signed (Session::prepareDecision).
struct DecisionRequest
{
    enum class Kind
    {
        Approve,
        Deny,
        Revoke,
        Grant,
        Delegate,
    };
    Kind kind = Kind::Deny;
    quint64 id = 0;                   // request (approve, deny) or consent (revoke)
    std::optional<quint32> scopes;    // approve: nullopt keeps what was asked; grant: required
    std::optional<quint64> expiresAt; // approve: nullopt keeps what was asked; grant, delegate: required
    crypto::Address party;            // grant: the grantee; delegate: the caregiver
    crypto::Address custodian;        // grant: the custodian (zero = any)
    quint8 purpose = 0;               // grant
    quint8 rights = 0;                // delegate: domain::View | Approve | Manage; 0 removes

    [[nodiscard]] static DecisionRequest approve(quint64 requestId, std::optional<quint32> scopes,
                                                 std::optional<quint64> expiresAt);
    [[nodiscard]] static DecisionRequest deny(quint64 requestId);
    [[nodiscard]] static DecisionRequest revoke(quint64 consentId);
    [[nodiscard]] static DecisionRequest grant(const crypto::Address &grantee,
                                               const crypto::Address &custodian, quint32 scopes,
                                               quint8 purpose, quint64 expiresAt);
    [[nodiscard]] static DecisionRequest delegate(const crypto::Address &caregiver, quint8 rights,
                                                  quint64 expiresAt);
};

// How a sync of everything is run: progress and cancellation of the records part.
struct SyncOptions
{
    bool ledgerOnly = false;        // the ledger's events only, no caregiver check, no records
    bool stopAtLedgerError = false; // the CLI: nothing else when the ledger cannot be read
    std::function<void(passbook::SyncEngine &)> configure; // progress, cancellation, page size
};

// What asking the ledger about everyone I care for found.
struct CareCheck
{
    std::optional<Error> error;               // the ledger could not be asked
    QStringList ended;                        // a sentence per access that ended at this check
    bool subjectEnded = false;                // among them, the person on screen
    std::optional<consent::CaredFor> subject; // the person on screen as the ledger now says, if still active
};

// What one sync of everything did: the ledger's events, the caregiver check, the records.
struct SyncOutcome
{
    Q_DECLARE_TR_FUNCTIONS(SyncOutcome)

public:
    std::optional<ledger::EventSync::Report> ledger; // nullopt when the ledger could not be read
    std::optional<Error> ledgerError;
    CareCheck care;
    std::optional<Error>
        recordsError; // nothing fetched (as a caregiver: the ledger not asked, or access ended)
    passbook::SyncReport records;
    // Sentences for people: the ledger, the caregiver check, the records, each failing hospital.
    [[nodiscard]] QStringList failures() const;
    // What the records came to, for people: "Up to date: 3 new, 1 updated", or that it was cancelled.
    [[nodiscard]] QString summary() const;
};

// An unlocked vault's session: the one place where what the app and passbook-cli do is decided.
//
// It owns whose passbook is shown (mine, or — as their caregiver — someone I care for, in their own
// store), the network profile, and the use-cases: connect and disconnect a hospital, sync
// everything, decide (approve, deny, revoke, grant, delegate: the caregiver's rights and
// DecisionBuilder's checks before anything is signed), care invite / add / remove / check, export.
//
// The ledger client stack is made by connectLedger() for the thread that talks to the ledger (the
// CLI once per run, the app once per worker job). Operations that take a LedgerConnection block and
// may run on a worker thread; the app keeps the subject unchanged while one runs. The vault must
// stay unlocked for the session's life (the app drops the session when it locks).
class Session
{
public:
    explicit Session(vault::VaultManager &vault);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    [[nodiscard]] vault::VaultManager &vault() { return m_vault; }
    [[nodiscard]] crypto::Address me() const { return m_vault.address(); }

    // --- the network profile (DESIGN.md §4), kept in the vault
    // A copy: a worker thread may read it while the profile is replaced.
    [[nodiscard]] std::optional<ledger::NetworkProfile> network() const;
    // The profile, or NotFound with a sentence that says how to set one up.
    [[nodiscard]] Result<ledger::NetworkProfile> requireNetwork() const;
    // Reads a profile file (a path or a file: URL), checks it and keeps it in the vault. With
    // `askLedger`, the ledger must answer first, and for the profile's chain.
    [[nodiscard]] Result<ledger::NetworkProfile> useNetworkFile(const QString &pathOrUrl, bool askLedger);
    // The ledger client stack for the calling thread, with this vault's key and outbox.
    [[nodiscard]] Result<std::unique_ptr<ledger::LedgerConnection>> connectLedger(int timeoutMs = 0) const;
    // Requests, consents, delegations and activity derived from the stored events (needs a network).
    [[nodiscard]] Result<consent::ConsentStore> consentStore() const;

    // --- whose passbook is on screen
    [[nodiscard]] const std::optional<consent::CaredFor> &subject() const { return m_subject; }
    // The account whose requests and consents are shown and decided on.
    [[nodiscard]] crypto::Address subjectAddress() const { return m_subject ? m_subject->patient : me(); }
    // The records on screen: mine, or the person's I care for (their own SQLCipher file); null
    // while that person's access gives me no VIEW (their requests can still be decided).
    [[nodiscard]] passbook::TimelineStore *store() { return m_store.get(); }
    // Acts for someone I care for, or with nullopt for myself again. Their store is opened when
    // the access lets me see their records (CareAccess::mayView).
    [[nodiscard]] Result<void> viewAs(const std::optional<consent::CaredFor> &person);
    // The store on screen, or the sentence that says why their records cannot be seen.
    [[nodiscard]] Result<passbook::TimelineStore *> records();
    // Takes what the care circle now says about the person on screen (rights, name); true if it changed.
    bool refreshSubject();
    // Someone I care for, by the address text a person typed (--for, a profile switch).
    [[nodiscard]] Result<consent::CaredFor> caredFor(const QString &patient) const;

    // --- hospitals (the subject's store)
    [[nodiscard]] Result<passbook::Hospital> connectHospital(const crypto::Address &participant,
                                                             const QString &activationCode);
    // Removes that hospital and its records from this device; how many records went.
    [[nodiscard]] Result<int> disconnectHospital(const QString &participant);
    // Every record of my own passbook (whoever's is on screen) as one FHIR R4 Bundle.
    [[nodiscard]] Result<int> exportRecords(const QString &path);

    // --- sync everything: ledger events, caregiver checks, records (SessionSync.cpp)
    [[nodiscard]] SyncOutcome sync(ledger::LedgerConnection &ledger, const SyncOptions &options = {});
    // Asks the ledger about everyone I care for: an ended access is explained and its copy deleted.
    [[nodiscard]] CareCheck checkCare(ledger::LedgerConnection &ledger);

    // --- decisions (SessionDecisions.cpp)
    // Checks a decision about the subject before anything is signed: as a caregiver, the right
    // the patient gave (APPROVE to decide requests, MANAGE for consents); then DecisionBuilder's
    // checks against the stored events (and, with `chain`, a request this device has not seen).
    [[nodiscard]] Result<consent::DecisionBuilder::Decision>
    prepareDecision(const DecisionRequest &request, ledger::RegistryClient *chain, qint64 nowSecs) const;
    // Signs and sends through the outbox (Unreachable: kept there and sent later), then catches up.
    [[nodiscard]] Result<ledger::TransactionSubmitter::Outcome>
    submitDecision(ledger::LedgerConnection &ledger, const consent::DecisionBuilder::Decision &decision);

    // --- caring for others, and being cared for (SessionCare.cpp)
    // My invite code for a caregiver: my address, the chain and the hospitals I am connected to.
    struct CareInviteCode
    {
        QString code;
        int hospitals = 0; // how many hospitals it names
    };
    [[nodiscard]] Result<CareInviteCode> careInvite();
    // What can be said of an invite before the ledger is asked (format, signature, chain, not mine).
    [[nodiscard]] Result<consent::CareInvite> readCareInvite(const QString &code, const QString &label) const;
    // Asks the ledger what the patient gave me, then keeps them in my care circle.
    [[nodiscard]] Result<consent::CaredFor>
    addCaredFor(ledger::LedgerConnection &ledger, const consent::CareInvite &invite, const QString &label);
    // Stops caring for someone: their records leave this device (true if there was a copy).
    [[nodiscard]] Result<bool> removeCaredFor(const crypto::Address &patient);
    // For a caregiver acting for `patient` (--for): asks the ledger first; when it cannot be
    // reached, the last answer stands (`warning` says so). Refused when the access has ended.
    [[nodiscard]] Result<consent::CaredFor> checkCaredFor(ledger::LedgerConnection &ledger,
                                                          const QString &patient, QString *warning);

private:
    [[nodiscard]] Result<passbook::SyncReport> syncRecords(ledger::LedgerConnection &ledger,
                                                           const CareCheck &care, const SyncOptions &options);

    vault::VaultManager &m_vault;
    mutable QMutex m_networkLock; // m_network is read by workers (connectLedger) and set by useNetworkFile
    std::optional<ledger::NetworkProfile> m_network;
    std::optional<consent::CaredFor> m_subject;
    std::unique_ptr<vault::VaultDatabase> m_careDb; // the subject's store, while one is shown
    std::unique_ptr<passbook::TimelineStore> m_store;
};

} // namespace passbook::session
