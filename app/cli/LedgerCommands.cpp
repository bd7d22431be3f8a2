// passbook-cli ledger commands: the patient's (or, with --for, their caregiver's) side of the
// consortium ledger. Each command is a small handler over the core session: it parses arguments,
// asks core/session, and prints JSON; nothing is decided here.
#include "CliSupport.h"
#include "LedgerSession.h"
#include "SecretInput.h"
#include "consent/CareCircle.h"
#include "consent/ConsentStore.h"
#include "crypto/Hex.h"
#include "ledger/Scopes.h"
#include "passbook/CareAccess.h"
#include "session/SessionJson.h"

#include <QDateTime>
#include <QJsonArray>

#include <memory>

namespace passbook::cli {

using crypto::Address;
using ledger::scopes::describe;
using ledger::scopes::keys;

Result<std::unique_ptr<Session>> openSession(const Context &ctx, bool needNetwork)
{
    auto s = std::make_unique<Session>();
    s->vault = std::make_unique<vault::VaultManager>(ctx.profileDir(false));
    if (auto exists = s->vault->requireVault(); !exists) {
        return exists.error();
    }
    auto password = readSecretLine(stdin, "password");
    if (!password) {
        return password.error();
    }
    if (auto r = s->vault->unlock(password.value()); !r) {
        return r.error();
    }
    s->core = std::make_unique<session::Session>(*s->vault);
    if (s->core->network()) {
        auto connected = s->core->connectLedger();
        if (!connected) {
            return connected.error();
        }
        s->ledger = std::move(connected.value());
    } else if (needNetwork) {
        return s->core->requireNetwork().error();
    }
    return s;
}

void catchUpOrWarn(Session &s, const QString &consequence)
{
    auto report = s.ledger->catchUp();
    if (!report) {
        message(consequence.isEmpty()
                    ? QStringLiteral("warning: %1").arg(report.error().message)
                    : QStringLiteral("warning: %1 %2").arg(report.error().message, consequence));
    } else if (report.value().undecodable > 0) {
        message(QStringLiteral("warning: %1 ledger event(s) could not be read and were skipped.")
                    .arg(report.value().undecodable));
    }
}

// Before anything new: what an earlier run signed but could not finish goes out first.
void resendOutbox(Session &s)
{
    auto settled = s.ledger->resendPending();
    if (!settled) {
        message(QStringLiteral("warning: %1").arg(settled.error().message));
    } else if (settled.value() > 0) {
        message(QStringLiteral("Finished %1 transaction(s) left from before.").arg(settled.value()));
    }
}

namespace {

// --- the handlers

int hospitalList(Run &r)
{
    if (r.args != QStringList{QStringLiteral("list")}) {
        return usageOf(QStringLiteral("hospital"));
    }
    auto directory = r.s.ledger->registry().directory();
    if (!directory) {
        return fail(directory.error());
    }
    QJsonArray list;
    for (const auto &p : directory.value()) {
        list.append(session::json::participant(p));
    }
    printJson({{QStringLiteral("participants"), list}});
    return Ok;
}

int sync(Run &r)
{
    resendOutbox(r.s);
    session::SyncOptions options;
    options.ledgerOnly = r.ledgerOnly;
    options.stopAtLedgerError = true;
    options.configure = [](passbook::SyncEngine &engine) {
        engine.setProgressCallback([](const passbook::SyncProgress &p) {
            message(QStringLiteral("%1: %2 (%3 records)").arg(p.hospital, p.resourceType).arg(p.fetched));
        });
    };
    const session::SyncOutcome outcome = r.s.core->sync(*r.s.ledger, options);
    if (outcome.ledgerError) {
        return fail(*outcome.ledgerError);
    }
    const auto &events = *outcome.ledger;
    if (events.undecodable > 0) {
        message(QStringLiteral("warning: %1 ledger event(s) could not be read and were skipped.")
                    .arg(events.undecodable));
    }
    message(
        QStringLiteral("Ledger: %1 new event(s) through block %2.").arg(events.stored).arg(events.toBlock));
    QJsonObject extra{
        {QStringLiteral("ledger"), QJsonObject{{QStringLiteral("throughBlock"), double(events.toBlock)},
                                               {QStringLiteral("events"), events.stored},
                                               {QStringLiteral("skipped"), events.undecodable}}}};
    if (r.ledgerOnly) {
        extra.insert(QStringLiteral("ok"), true);
        printJson(extra);
        return Ok;
    }
    for (const QString &ended : outcome.care.ended) {
        message(ended);
    }
    if (outcome.recordsError) {
        return fail(*outcome.recordsError);
    }
    if (r.s.core->subject()) {
        extra.insert(QStringLiteral("for"), r.s.core->subject()->patient.toChecksumString());
    }
    return printSyncReport(outcome.records, extra);
}

int outbox(Run &r)
{
    if (!r.args.isEmpty()) {
        return usageOf(QStringLiteral("outbox"));
    }
    if (r.resend) {
        resendOutbox(r.s);
    }
    auto entries = r.s.ledger->outbox()->recent(200);
    if (!entries) {
        return fail(entries.error());
    }
    QJsonArray list;
    for (const auto &e : entries.value()) {
        list.append(session::json::outboxEntry(e));
    }
    printJson({{QStringLiteral("transactions"), list}});
    return Ok;
}

int requests(Run &r)
{
    const consent::ConsentStore store = r.store();
    auto list = store.requests(r.subject(), nowSecs());
    if (!list) {
        return fail(list.error());
    }
    QJsonArray out;
    for (const auto &request : list.value()) {
        out.append(session::json::request(store, request));
    }
    printJson({{QStringLiteral("requests"), out}});
    return Ok;
}

int consents(Run &r)
{
    const consent::ConsentStore store = r.store();
    auto list = store.consents(r.subject(), nowSecs());
    if (!list) {
        return fail(list.error());
    }
    QJsonArray out;
    for (const auto &c : list.value()) {
        out.append(session::json::consent(store, c));
    }
    printJson({{QStringLiteral("consents"), out}});
    return Ok;
}

int activity(Run &r)
{
    auto list = r.store().activity(r.subject());
    if (!list) {
        return fail(list.error());
    }
    QJsonArray out;
    for (const auto &a : list.value()) {
        out.append(session::json::activity(a));
    }
    printJson({{QStringLiteral("activity"), out}});
    return Ok;
}

int records(Run &r, const QString &command)
{
    if (r.s.core->subject()) {
        message(QStringLiteral("Records of %1 (you care for them).").arg(r.s.core->subject()->displayName()));
    }
    return recordsCommand(r.s, command, r.args);
}

int network(const Context &ctx, const QStringList &args)
{
    if (args.value(0) == QLatin1String("show") && args.size() == 1) {
        auto s = openSession(ctx, true);
        if (!s) {
            return fail(s.error());
        }
        printJson(s.value()->network().toJson());
        return Ok;
    }
    if (args.value(0) != QLatin1String("use") || args.size() != 2) {
        return usageOf(QStringLiteral("network"));
    }
    auto s = openSession(ctx, false);
    if (!s) {
        return fail(s.error());
    }
    auto profile = s.value()->core->useNetworkFile(args[1], true);
    if (!profile) {
        return fail(profile.error());
    }
    message(QStringLiteral("Now using %1.").arg(profile.value().name));
    printJson(profile.value().toJson());
    return Ok;
}

int exportRecords(const Context &ctx, const QStringList &args)
{
    if (args.size() != 1) {
        return usageOf(QStringLiteral("export"));
    }
    auto opened = openSession(ctx, false);
    if (!opened) {
        return fail(opened.error());
    }
    auto n = opened.value()->core->exportRecords(args[0]);
    if (!n) {
        return fail(n.error());
    }
    message(QStringLiteral("Wrote %1 record(s) to %2 as one FHIR Bundle.").arg(n.value()).arg(args[0]));
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("records"), n.value()},
               {QStringLiteral("file"), args[0]}});
    return Ok;
}

// What each command needs before its handler runs.
struct Command
{
    const char *name;
    bool withFor; // may act --for someone I care for
    bool derived; // reads or decides on state derived from the ledger's events: catch up first
    int (*handler)(Run &);
};

int timeline(Run &r)
{
    return records(r, QStringLiteral("timeline"));
}
int record(Run &r)
{
    return records(r, QStringLiteral("record"));
}
int hospital(Run &r)
{
    return r.args.value(0) == QLatin1String("list") ? hospitalList(r)
                                                    : records(r, QStringLiteral("hospital"));
}

const Command kCommands[] = {
    {"hospital", true, false, hospital}, {"timeline", true, false, timeline},
    {"record", true, false, record},     {"sync", true, false, sync},
    {"outbox", false, false, outbox},    {"requests", true, true, requests},
    {"consents", true, true, consents},  {"activity", true, true, activity},
    {"approve", true, true, approve},    {"deny", true, true, deny},
    {"revoke", true, true, revoke},      {"grant", true, true, grant},
    {"care", false, true, care},         {"delegate", false, true, delegate},
};

} // namespace

int ledgerCommand(const Context &ctx, const QString &name, const QStringList &argsIn)
{
    if (name == QLatin1String("network")) {
        return network(ctx, argsIn);
    }
    if (name == QLatin1String("export")) {
        return exportRecords(ctx, argsIn);
    }
    const Command *command = nullptr;
    for (const Command &c : kCommands) {
        command = name == QLatin1String(c.name) ? &c : command;
    }
    if (!command) {
        return usage(QStringLiteral("unknown command '%1'").arg(name));
    }
    const bool caring = !ctx.actingFor.isEmpty();
    if (caring && (!command->withFor || (name == QLatin1String("hospital") &&
                                         argsIn != QStringList{QStringLiteral("connected")}))) {
        return usage(QStringLiteral("--for works with sync, timeline, record, hospital connected, requests, "
                                    "approve, deny, consents, revoke, grant and activity"));
    }
    auto opened = openSession(ctx, true);
    if (!opened) {
        return fail(opened.error());
    }
    Run r{*opened.value(), argsIn};
    bool missing = false;
    r.scopes = takeOption(r.args, QStringLiteral("--scopes"), missing);
    r.expires = takeOption(r.args, QStringLiteral("--expires"), missing);
    r.to = takeOption(r.args, QStringLiteral("--to"), missing);
    r.custodian = takeOption(r.args, QStringLiteral("--custodian"), missing);
    r.purpose = takeOption(r.args, QStringLiteral("--purpose"), missing);
    r.rights = takeOption(r.args, QStringLiteral("--rights"), missing);
    r.name = takeOption(r.args, QStringLiteral("--name"), missing);
    r.resend = takeFlag(r.args, QStringLiteral("--resend"));
    r.ledgerOnly = takeFlag(r.args, QStringLiteral("--ledger-only"));
    const bool recordCommand =
        name == QLatin1String("timeline") || name == QLatin1String("record") ||
        (name == QLatin1String("hospital") && r.args.value(0) != QLatin1String("list"));
    if (!recordCommand) { // the records commands take their own options
        if (missing) {
            return usage(QStringLiteral("an option is missing its value"));
        }
        for (const QString &a : r.args) {
            if (a.startsWith(QLatin1String("--"))) {
                return usage(QStringLiteral("unknown option %1").arg(a));
            }
        }
    } else {
        r.args = argsIn;
    }
    if (caring) {
        // someone I care for, whose access the ledger still gives: catch up, then ask the ledger
        // (an ended access deletes the local copy); unreachable, the last answer stands
        catchUpOrWarn(r.s, QString());
        QString warning;
        auto person = r.s.core->checkCaredFor(*r.s.ledger, ctx.actingFor, &warning);
        if (!warning.isEmpty()) {
            message(
                QStringLiteral("warning: %1 Using what this device knew at the last check.").arg(warning));
        }
        if (!person) {
            return fail(person.error());
        }
        if (auto shown = r.s.core->viewAs(person.value()); !shown) {
            return fail(shown.error());
        }
    } else if (command->derived) {
        catchUpOrWarn(r.s, QStringLiteral("Showing what this device already knows."));
    }
    return command->handler(r);
}

} // namespace passbook::cli
