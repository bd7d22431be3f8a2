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

#include <QDateTime>
#include <QJsonArray>

#include <memory>

namespace passbook::cli {

using crypto::Address;
using ledger::scopes::describe;
using ledger::scopes::keys;

namespace {

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Result<std::unique_ptr<Session>> openSession(const Context &ctx, bool needNetwork)
{
    auto s = std::make_unique<Session>();
    s->vault = std::make_unique<vault::VaultManager>(ctx.profileDir(false));
    if (s->vault->state() == vault::VaultManager::State::NoVault) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is no vault here yet: create or restore one."),
                         QStringLiteral("no vault"));
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
    [[nodiscard]] Address subject() const { return s.core->subjectAddress(); }
};

int decide(Run &r, const session::DecisionRequest &request, QJsonObject extra)
{
    auto decision = r.s.core->prepareDecision(request, &r.s.ledger->registry(), nowSecs());
    if (!decision) {
        return fail(decision.error());
    }
    resendOutbox(r.s);
    message(QStringLiteral("Signing and sending: %1").arg(decision.value().description));
    auto outcome = r.s.core->submitDecision(*r.s.ledger, decision.value());
    if (!outcome) {
        return fail(outcome.error());
    }
    extra.insert(QStringLiteral("ok"), true);
    extra.insert(QStringLiteral("transaction"), crypto::toHex(outcome.value().hash, true));
    extra.insert(QStringLiteral("block"), double(outcome.value().receipt.blockNumber));
    extra.insert(QStringLiteral("outboxId"), double(outcome.value().outboxId));
    printJson(extra);
    return Ok;
}

std::optional<quint64> expiryOr(const std::optional<QString> &text, int &failed)
{
    if (!text) {
        return std::nullopt;
    }
    auto parsed = parseExpiry(*text, nowSecs());
    if (!parsed) {
        failed = fail(parsed.error());
        return std::nullopt;
    }
    return parsed.value();
}

// People I care for: kept in this vault (CareCircle); what they allow is always asked of the ledger.
QJsonObject caredForJson(const consent::CaredFor &p)
{
    QJsonArray hospitals;
    for (const Address &h : p.hospitals) {
        hospitals.append(h.toChecksumString());
    }
    QJsonObject o{
        {QStringLiteral("patient"), p.patient.toChecksumString()},
        {QStringLiteral("name"), p.displayName()},
        {QStringLiteral("hospitals"), hospitals},
        {QStringLiteral("rights"), QJsonArray::fromStringList(ledger::scopes::rightsNames(p.rights))},
        {QStringLiteral("active"), p.active()},
        {QStringLiteral("addedAt"), isoTime(p.addedAt)}};
    if (p.expiresAt) {
        o.insert(QStringLiteral("expiresAt"), isoTime(qint64(p.expiresAt)));
    }
    if (!p.active()) {
        o.insert(QStringLiteral("ended"), p.ended);
        o.insert(QStringLiteral("endedAt"), isoTime(p.endedAt));
        o.insert(QStringLiteral("message"), passbook::CareAccess::endedSentence(p));
    }
    return o;
}

QJsonObject requestJson(const consent::ConsentStore &store, const consent::ConsentStore::Request &r)
{
    QJsonObject o{{QStringLiteral("id"), double(r.id)},
                  {QStringLiteral("requester"), r.requester.toChecksumString()},
                  {QStringLiteral("requesterName"), store.nameOf(r.requester)},
                  {QStringLiteral("custodian"), r.custodian.toChecksumString()},
                  {QStringLiteral("custodianName"), store.nameOf(r.custodian)},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(keys(r.scopes))},
                  {QStringLiteral("categories"), describe(r.scopes)},
                  {QStringLiteral("purpose"), ledger::scopes::purposeName(r.purpose)},
                  {QStringLiteral("expiresAt"), isoTime(qint64(r.expiresAt))},
                  {QStringLiteral("requestedAt"), isoTime(r.requestedAt)},
                  {QStringLiteral("status"), r.status}};
    if (!r.concerns.isEmpty()) {
        QJsonArray concerns;
        for (const QString &c : r.concerns) {
            concerns.append(QJsonObject{{QStringLiteral("concern"), c},
                                        {QStringLiteral("text"), consent::DecisionBuilder::explain(c)}});
        }
        o.insert(QStringLiteral("concerns"), concerns);
    }
    if (!r.decidedBy.isNull()) {
        o.insert(QStringLiteral("decidedBy"), r.decidedBy.toChecksumString());
    }
    if (r.consentId) {
        o.insert(QStringLiteral("consentId"), double(r.consentId));
    }
    return o;
}

QJsonObject consentJson(const consent::ConsentStore &store, const consent::ConsentStore::Consent &c)
{
    QJsonObject o{
        {QStringLiteral("id"), double(c.id)},
        {QStringLiteral("grantee"), c.grantee.toChecksumString()},
        {QStringLiteral("granteeName"), store.nameOf(c.grantee)},
        {QStringLiteral("custodian"), c.custodian.isZero() ? QString() : c.custodian.toChecksumString()},
        {QStringLiteral("custodianName"), store.nameOf(c.custodian)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(keys(c.scopes))},
        {QStringLiteral("categories"), describe(c.scopes)},
        {QStringLiteral("purpose"), ledger::scopes::purposeName(c.purpose)},
        {QStringLiteral("expiresAt"), isoTime(qint64(c.expiresAt))},
        {QStringLiteral("grantedAt"), isoTime(c.grantedAt)},
        {QStringLiteral("state"), c.state},
        {QStringLiteral("emergency"), c.emergency}};
    if (c.requestId) {
        o.insert(QStringLiteral("requestId"), double(c.requestId));
    }
    return o;
}

// --- the handlers

int hospitalList(Run &r)
{
    if (r.args != QStringList{QStringLiteral("list")}) {
        return usage(
            QStringLiteral("hospital list | connect PARTICIPANT CODE | connected | disconnect PARTICIPANT"));
    }
    auto directory = r.s.ledger->registry().directory();
    if (!directory) {
        return fail(directory.error());
    }
    QJsonArray list;
    for (const auto &p : directory.value()) {
        list.append(QJsonObject{{QStringLiteral("participant"), p.account.toChecksumString()},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("kind"), ledger::scopes::kindName(p.kind)},
                                {QStringLiteral("endpoint"), p.endpoint},
                                {QStringLiteral("active"), p.active}});
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
        return usage(QStringLiteral("outbox [--resend]"));
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
        QJsonObject o{{QStringLiteral("id"), double(e.id)},
                      {QStringLiteral("description"), e.description},
                      {QStringLiteral("status"), ledger::Outbox::statusName(e.status)},
                      {QStringLiteral("createdAt"), isoTime(e.createdAt / 1000)}};
        if (!e.hash.isEmpty()) {
            o.insert(QStringLiteral("transaction"), crypto::toHex(e.hash, true));
        }
        if (e.nonce) {
            o.insert(QStringLiteral("nonce"), double(*e.nonce));
        }
        if (e.blockNumber) {
            o.insert(QStringLiteral("block"), double(*e.blockNumber));
        }
        if (!e.error.isEmpty()) {
            o.insert(QStringLiteral("error"), e.error);
        }
        list.append(o);
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
        out.append(requestJson(store, request));
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
        out.append(consentJson(store, c));
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
        out.append(QJsonObject{{QStringLiteral("time"), isoTime(a.time)},
                               {QStringLiteral("type"), a.type},
                               {QStringLiteral("text"), a.sentence},
                               {QStringLiteral("transaction"), a.txHash}});
    }
    printJson({{QStringLiteral("activity"), out}});
    return Ok;
}

int approve(Run &r)
{
    const auto id = r.id();
    if (!id || r.args.size() != 1) {
        return usage(QStringLiteral("approve ID [--scopes LIST] [--expires DATE]"));
    }
    std::optional<quint32> scopes;
    if (r.scopes) {
        auto parsed = ledger::scopes::parse(*r.scopes);
        if (!parsed) {
            return fail(parsed.error());
        }
        scopes = parsed.value();
    }
    int failed = Ok;
    const auto expires = expiryOr(r.expires, failed);
    if (failed != Ok) {
        return failed;
    }
    return decide(r, session::DecisionRequest::approve(*id, scopes, expires),
                  {{QStringLiteral("requestId"), double(*id)}});
}

int deny(Run &r)
{
    const auto id = r.id();
    if (!id || r.args.size() != 1) {
        return usage(QStringLiteral("deny ID"));
    }
    return decide(r, session::DecisionRequest::deny(*id), {{QStringLiteral("requestId"), double(*id)}});
}

int revoke(Run &r)
{
    const auto id = r.id();
    if (!id || r.args.size() != 1) {
        return usage(QStringLiteral("revoke ID"));
    }
    return decide(r, session::DecisionRequest::revoke(*id), {{QStringLiteral("consentId"), double(*id)}});
}

int grant(Run &r)
{
    if (!r.args.isEmpty() || !r.to || !r.scopes || !r.purpose || !r.expires) {
        return usage(
            QStringLiteral("grant --to ADDR --scopes LIST --purpose P --expires DATE [--custodian ADDR]"));
    }
    auto to = Address::fromString(*r.to);
    auto custodian = r.custodian ? Address::fromString(*r.custodian)
                                 : Result<Address>(Address::fromBytes(QByteArray(20, '\0')));
    auto scopes = ledger::scopes::parse(*r.scopes);
    auto purpose = ledger::scopes::parsePurpose(*r.purpose);
    auto expires = parseExpiry(*r.expires, nowSecs());
    for (const Error *e : {to ? nullptr : &to.error(), custodian ? nullptr : &custodian.error(),
                           scopes ? nullptr : &scopes.error(), purpose ? nullptr : &purpose.error(),
                           expires ? nullptr : &expires.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    return decide(r,
                  session::DecisionRequest::grant(to.value(), custodian.value(), scopes.value(),
                                                  purpose.value(), expires.value()),
                  {});
}

int delegate(Run &r)
{
    if (r.args.value(0) == QLatin1String("list") && r.args.size() == 1) {
        auto list = r.store().delegations(r.s.me(), nowSecs());
        if (!list) {
            return fail(list.error());
        }
        QJsonArray out;
        for (const auto &d : list.value()) {
            out.append(QJsonObject{
                {QStringLiteral("delegate"), d.delegate.toChecksumString()},
                {QStringLiteral("rights"), QJsonArray::fromStringList(ledger::scopes::rightsNames(d.rights))},
                {QStringLiteral("expiresAt"), isoTime(qint64(d.expiresAt))},
                {QStringLiteral("active"), d.active}});
        }
        printJson({{QStringLiteral("delegates"), out}});
        return Ok;
    }
    if (r.args.value(0) != QLatin1String("set") || r.args.size() != 2 || !r.rights) {
        return usage(
            QStringLiteral("delegate set ADDR --rights view,approve,manage --expires DATE | delegate list"));
    }
    auto caregiver = Address::fromString(r.args[1]);
    if (!caregiver) {
        return fail(caregiver.error());
    }
    const bool removing = *r.rights == QLatin1String("none");
    auto rights = removing ? Result<quint8>(quint8(0)) : ledger::scopes::parseRights(*r.rights);
    if (!rights) {
        return fail(rights.error());
    }
    if (!removing && !r.expires) {
        return usage(QStringLiteral("delegate set needs --expires"));
    }
    int failed = Ok;
    const auto expires = removing ? std::nullopt : expiryOr(r.expires, failed);
    if (failed != Ok) {
        return failed;
    }
    return decide(
        r, session::DecisionRequest::delegate(caregiver.value(), rights.value(), expires.value_or(0)), {});
}

int care(Run &r)
{
    const QString sub = r.args.value(0);
    session::Session &core = *r.s.core;
    if (sub == QLatin1String("invite") && r.args.size() == 1) {
        // for the patient: a code to give a caregiver (address and hospitals; no medical data)
        auto invite = core.careInvite();
        if (!invite) {
            return fail(invite.error());
        }
        auto hospitals = core.store()->hospitalAccounts();
        printJson({{QStringLiteral("invite"), invite.value()},
                   {QStringLiteral("hospitals"), double(hospitals ? hospitals.value().size() : 0)}});
        return Ok;
    }
    if (sub == QLatin1String("add") && r.args.size() == 2) {
        auto invite = core.readCareInvite(r.args[1], r.name.value_or(QString()));
        if (!invite) {
            return fail(invite.error());
        }
        auto added = core.addCaredFor(*r.s.ledger, invite.value(), r.name.value_or(QString()));
        if (!added) {
            return fail(added.error());
        }
        QJsonObject out = caredForJson(added.value());
        out.insert(QStringLiteral("ok"), true);
        printJson(out);
        return Ok;
    }
    if (sub == QLatin1String("remove") && r.args.size() == 2) {
        auto patient = Address::fromString(r.args[1]);
        if (!patient) {
            return usage(QStringLiteral("care remove PATIENT (the address from 'care list')"));
        }
        auto removed = core.removeCaredFor(patient.value());
        if (!removed) {
            return fail(removed.error());
        }
        printJson({{QStringLiteral("ok"), true}, {QStringLiteral("recordsDeleted"), removed.value()}});
        return Ok;
    }
    if (sub == QLatin1String("list") && r.args.size() == 1) {
        const session::CareCheck checked = core.checkCare(*r.s.ledger);
        if (checked.error) {
            message(QStringLiteral("warning: %1 Showing what this device knew at the last check.")
                        .arg(checked.error->message));
        }
        for (const QString &ended : checked.ended) {
            message(ended);
        }
        auto people = consent::CareCircle(*r.s.vault->database()).list();
        if (!people) {
            return fail(people.error());
        }
        QJsonArray out;
        for (const consent::CaredFor &p : people.value()) {
            out.append(caredForJson(p));
        }
        printJson({{QStringLiteral("caredFor"), out}});
        return Ok;
    }
    return usage(
        QStringLiteral("care invite | care add CODE [--name LABEL] | care list | care remove PATIENT"));
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
        return usage(QStringLiteral("network use FILE | network show"));
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
        return usage(QStringLiteral("export FILE"));
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
        return usage(QStringLiteral("unknown command"));
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
