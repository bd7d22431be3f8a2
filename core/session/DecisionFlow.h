#pragma once

#include "Session.h"
#include "vault/PasswordTasks.h"

#include <QObject>
#include <QThreadPool>

namespace passbook::session {

// A decision as an event-driven front end (the app) runs it (DESIGN.md §3, §4): what can be refused
// without the password is said at once; then the password at that moment (vault::PasswordTasks, the
// unlock throttle); the checks again, since the ledger may have moved while it was typed; then it
// is signed and sent through the outbox on the one ledger thread, so that a decision and a resend
// never pick the same nonce. Each stage is reported with a sentence for people.
//
// Decisions are about whoever's passbook the session shows: mine, or — with the right the ledger
// gave — someone I care for (Session::prepareDecision). One decision at a time.
class DecisionFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Idle,
        Checking,  // the password
        Signing,   // and sending
        Queued,    // the ledger could not be reached: kept in the outbox, sent later
        Failed,    // refused, or the password was wrong (wrongPassword)
        Confirmed, // mined
    };
    Q_ENUM(Stage)

    explicit DecisionFlow(vault::VaultManager &vault, QObject *parent = nullptr);
    ~DecisionFlow() override;

    [[nodiscard]] Stage stage() const { return m_stage; }
    // "idle", "checking", "signing", "queued", "failed", "confirmed".
    [[nodiscard]] QString stageName() const;
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool wrongPassword() const { return m_wrongPassword; }
    [[nodiscard]] bool working() const { return m_working; }
    // Something is being signed or sent (a decision, or the outbox resent).
    [[nodiscard]] bool sending() const { return m_ledgerPool.activeThreadCount() > 0; }

    // Starts a decision with `password` (taken; never kept). Does nothing while one is under way.
    void decide(Session *session, const DecisionRequest &request, vault::PasswordTasks::Secret password);
    // A decision the front end could not even form (its fields are wrong): said as a failure.
    void refuse(const QString &message);
    // Sends what waits in the outbox, unless something is being sent already.
    void resendPending(Session *session);
    // Back to idle, unless a decision is under way.
    void clear();
    // Before the keys go: the password check and whatever signs.
    void waitForDone();

signals:
    void stageChanged();
    void decided();       // the decision under way was confirmed on the ledger
    void outboxChanged(); // signed, queued or mined: what the outbox shows may be read again
    void ledgerMoved();   // a decision went out or a saved one was mined: so may the ledger's views

private:
    void setStage(Stage stage, const QString &text, const QString &error = {});
    void submit(Session *session, const consent::DecisionBuilder::Decision &decision);

    vault::VaultManager &m_vault;
    QThreadPool m_ledgerPool; // one thread: everything that signs or sends
    Stage m_stage = Stage::Idle;
    QString m_text;
    QString m_error;
    bool m_wrongPassword = false;
    bool m_working = false;
    vault::PasswordTasks m_tasks; // declared last: waited for first
};

} // namespace passbook::session
