#pragma once

// passbook-cli's face of the core session (core/session): the unlocked vault, the session that
// decides, and this run's ledger connection. The commands parse arguments and print JSON.
#include "CliSupport.h"
#include "ledger/LedgerConnection.h"
#include "session/Session.h"
#include "vault/VaultManager.h"

#include <QJsonObject>
#include <optional>

#include <memory>

namespace passbook::cli {

struct Session
{
    std::unique_ptr<vault::VaultManager> vault;
    std::unique_ptr<session::Session> core;
    std::unique_ptr<ledger::LedgerConnection> ledger; // when a network profile is set

    [[nodiscard]] crypto::Address me() const { return vault->address(); }
    [[nodiscard]] ledger::NetworkProfile network() const { return *core->network(); }
};

// Unlocks the vault (password on stdin) and, when a network profile is set, connects the ledger.
[[nodiscard]] Result<std::unique_ptr<Session>> openSession(const Context &ctx, bool needNetwork);
// Catches up with the ledger's events; when it cannot, says so and goes on with what is stored.
void catchUpOrWarn(Session &s, const QString &consequence);
void resendOutbox(Session &s);

// Records commands on the store on screen (mine, or with --for the cared-for person's).
int recordsCommand(Session &s, const QString &command, const QStringList &args);
int printSyncReport(const passbook::SyncReport &report, const QJsonObject &extra);

// One run of a ledger command: the session, what is left of the arguments, and the options.
struct Run
{
    Session &s;
    QStringList args;
    std::optional<QString> scopes = {}, expires = {}, to = {}, custodian = {}, purpose = {}, rights = {},
                           name = {};
    bool resend = false;
    bool ledgerOnly = false;

    [[nodiscard]] std::optional<quint64> id(int index = 0) const
    {
        bool ok = false;
        const quint64 value = args.value(index).toULongLong(&ok);
        return ok && value > 0 ? std::optional<quint64>(value) : std::nullopt;
    }
    [[nodiscard]] consent::ConsentStore store() const { return s.core->consentStore().value(); }
    [[nodiscard]] crypto::Address subject() const { return s.core->subjectAddress(); }
};

// Checks a decision in the core session, signs and sends it, prints the JSON (DecisionCommands.cpp).
int decide(Run &r, const session::DecisionRequest &request, QJsonObject extra);
// --expires parsed, or nullopt when absent; on a bad value `failed` holds the exit code.
[[nodiscard]] std::optional<quint64> expiryOr(const std::optional<QString> &text, int &failed);

// The handlers (DecisionCommands.cpp, CareCommands.cpp).
int approve(Run &r);
int deny(Run &r);
int revoke(Run &r);
int grant(Run &r);
int delegate(Run &r);
int care(Run &r);

} // namespace passbook::cli
