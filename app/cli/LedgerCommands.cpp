// passbook-cli ledger commands: the patient's side of the consortium ledger.
#include "CliSupport.h"
#include "LedgerSession.h"
#include "SecretInput.h"
#include "consent/CareCircle.h"
#include "consent/CareInvite.h"
#include "consent/ConsentStore.h"
#include "consent/DecisionBuilder.h"
#include "crypto/Hex.h"
#include "ledger/ConsentRegistry.h"
#include "ledger/EventSync.h"
#include "ledger/NetworkProfile.h"
#include "ledger/Outbox.h"
#include "ledger/Scopes.h"
#include "ledger/TransactionSubmitter.h"
#include "passbook/CareAccess.h"
#include "passbook/TimelineStore.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace passbook::cli {

using crypto::Address;
using ledger::scopes::describe;
using ledger::scopes::keys;

const QString kNetworkKey = QString::fromLatin1(ledger::kNetworkProfileMetaKey);

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

// An unlocked vault with its network profile and ledger clients.

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
    auto stored = s->vault->database()->meta(kNetworkKey);
    if (stored) {
        auto profile = ledger::NetworkProfile::fromJson(stored.value().toUtf8());
        if (!profile) {
            return profile.error();
        }
        s->network = profile.value();
    } else if (needNetwork) {
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("No ledger is set up yet. Import the consortium's network profile with "
                           "'passbook-cli network use FILE'."),
            QStringLiteral("no network profile"));
    }
    if (s->network) {
        s->rpc = std::make_unique<ledger::JsonRpcClient>(s->network->rpc);
        s->eth = std::make_unique<ledger::EthClient>(*s->rpc);
        s->outbox = std::make_unique<ledger::Outbox>(*s->vault->database());
        s->submitter = std::make_unique<ledger::TransactionSubmitter>(*s->eth, *s->vault->signingKey(),
                                                                      s->network->chainId, s->outbox.get());
        s->registry = std::make_unique<ledger::RegistryClient>(*s->eth, s->network->registry);
    }
    return s;
}

Result<ledger::EventSync::Report> syncEvents(Session &s)
{
    if (auto r = s.submitter->checkChain(); !r) {
        return r.error();
    }
    ledger::EventSync sync(*s.eth, *s.vault->database(), s.network->chainId, s.network->registry);
    auto report = sync.catchUp();
    if (report && report.value().undecodable > 0) {
        message(QStringLiteral("warning: %1 ledger event(s) could not be read and were skipped.")
                    .arg(report.value().undecodable));
    }
    return report;
}

// Before anything new: what an earlier run signed but could not finish goes out first.
void resendOutbox(Session &s)
{
    auto settled = s.submitter->resendPending();
    if (!settled) {
        message(QStringLiteral("warning: %1").arg(settled.error().message));
    } else if (settled.value() > 0) {
        message(QStringLiteral("Finished %1 transaction(s) left from before.").arg(settled.value()));
    }
}

namespace {

int submitAndReport(Session &s, const QByteArray &data, const QString &description, QJsonObject extra = {})
{
    resendOutbox(s);
    message(QStringLiteral("Signing and sending: %1").arg(description));
    auto outcome = s.submitter->submit(s.network->registry, data, description);
    if (!outcome) {
        return fail(outcome.error());
    }
    (void)syncEvents(s);
    extra.insert(QStringLiteral("ok"), true);
    extra.insert(QStringLiteral("transaction"), crypto::toHex(outcome.value().hash, true));
    extra.insert(QStringLiteral("block"), double(outcome.value().receipt.blockNumber));
    extra.insert(QStringLiteral("outboxId"), double(outcome.value().outboxId));
    printJson(extra);
    return Ok;
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

int careCommand(Session &s, const consent::ConsentStore &store, QStringList args,
                const std::optional<QString> &name)
{
    const QString sub = args.value(0);
    consent::CareCircle circle(*s.vault->database());
    passbook::CareAccess access(*s.vault, *s.registry, store);
    if (sub == QLatin1String("invite") && args.size() == 1) {
        // For the patient: a code to give a caregiver (address and hospitals; no medical data).
        auto hospitals = passbook::TimelineStore(*s.vault->database()).hospitalAccounts();
        if (!hospitals) {
            return fail(hospitals.error());
        }
        printJson(
            {{QStringLiteral("invite"),
              consent::CareInvite::create(*s.vault->signingKey(), s.network->chainId, hospitals.value())},
             {QStringLiteral("hospitals"), double(hospitals.value().size())}});
        return Ok;
    }
    if (sub == QLatin1String("add") && args.size() == 2) {
        auto invite = consent::CareInvite::parse(args[1], s.network->chainId);
        if (!invite) {
            return fail(invite.error());
        }
        if (auto checked = consent::CareCircle::checkInvite(invite.value(), s.me(), name.value_or(QString()));
            !checked) {
            return fail(checked.error());
        }
        // The ledger decides, before anything is kept.
        auto rights = s.registry->delegateRights(invite.value().patient, s.me());
        if (!rights) {
            return fail(rights.error());
        }
        const quint64 expiry =
            consent::CareCircle::delegationExpiry(store, invite.value().patient, s.me(), nowSecs());
        auto added = circle.add(invite.value(), name.value_or(QString()), rights.value(), expiry, nowSecs());
        if (!added) {
            return fail(added.error());
        }
        QJsonObject out = caredForJson(added.value());
        out.insert(QStringLiteral("ok"), true);
        printJson(out);
        return Ok;
    }
    if (sub == QLatin1String("remove") && args.size() == 2) {
        auto patient = Address::fromString(args[1]);
        if (!patient) {
            return usage(QStringLiteral("care remove PATIENT (the address from 'care list')"));
        }
        auto removed = s.vault->removeCareDatabase(patient.value());
        if (!removed) {
            return fail(removed.error());
        }
        if (auto r = circle.remove(patient.value()); !r) {
            return fail(r.error());
        }
        printJson({{QStringLiteral("ok"), true}, {QStringLiteral("recordsDeleted"), removed.value()}});
        return Ok;
    }
    if (sub == QLatin1String("list") && args.size() == 1) {
        auto checked = access.checkAll(nowSecs());
        if (!checked) {
            message(QStringLiteral("warning: %1 Showing what this device knew at the last check.")
                        .arg(checked.error().message));
        } else {
            for (const auto &applied : checked.value()) {
                if (applied.endedNow) {
                    message(passbook::CareAccess::endedSentence(applied.person));
                }
            }
        }
        auto people = circle.list();
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

// --for PATIENT: someone this vault cares for, whose access the ledger still gives. Catches up with
// the ledger's events and asks the ledger first (an ended access deletes the local copy); when the
// ledger cannot be reached, the last answer stands, with a warning.
Result<consent::CaredFor> caredPatient(Session &s, const consent::ConsentStore &store, const QString &text)
{
    if (auto synced = syncEvents(s); !synced) {
        message(QStringLiteral("warning: %1").arg(synced.error().message));
    }
    auto patient = Address::fromString(text);
    if (!patient) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--for takes the address of someone you care for (see 'care list')."),
                         QStringLiteral("bad --for"));
    }
    auto known = consent::CareCircle(*s.vault->database()).find(patient.value());
    if (!known) {
        return known.error();
    }
    if (!known.value()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("You do not care for %1 in this vault; add them with 'care add CODE' "
                                        "first.")
                             .arg(patient.value().toChecksumString()),
                         QStringLiteral("not cared for"));
    }
    consent::CaredFor person = *known.value();
    passbook::CareAccess access(*s.vault, *s.registry, store);
    auto checked = access.check(patient.value(), nowSecs());
    if (checked) {
        person = checked.value().person;
    } else if (checked.error().code == ErrorCode::Unreachable) {
        message(QStringLiteral("warning: %1 Using what this device knew at the last check.")
                    .arg(checked.error().message));
    } else {
        return checked.error();
    }
    if (!person.active()) {
        return makeError(ErrorCode::Rejected, passbook::CareAccess::endedSentence(person),
                         QStringLiteral("delegation ended"));
    }
    return person;
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

int networkCommand(const Context &ctx, QStringList args)
{
    if (args.value(0) == QLatin1String("show") && args.size() == 1) {
        auto s = openSession(ctx, true);
        if (!s) {
            return fail(s.error());
        }
        printJson(s.value()->network->toJson());
        return Ok;
    }
    if (args.value(0) != QLatin1String("use") || args.size() != 2) {
        return usage(QStringLiteral("network use FILE | network show"));
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(makeError(ErrorCode::InvalidInput,
                              QStringLiteral("The file %1 cannot be read.").arg(args[1]),
                              file.errorString()));
    }
    auto profile = ledger::NetworkProfile::fromJson(file.read(1 << 20));
    if (!profile) {
        return fail(profile.error());
    }
    auto s = openSession(ctx, false);
    if (!s) {
        return fail(s.error());
    }
    // Ask the ledger before trusting the profile: it must answer, and for the same chain.
    ledger::JsonRpcClient rpc(profile.value().rpc);
    ledger::EthClient eth(rpc);
    auto chain = eth.chainId();
    if (!chain) {
        return fail(chain.error());
    }
    if (chain.value() != profile.value().chainId) {
        return fail(makeError(ErrorCode::Unreachable,
                              QStringLiteral("The ledger at %1 belongs to chain %2, but the profile says %3.")
                                  .arg(profile.value().rpc.toString())
                                  .arg(chain.value())
                                  .arg(profile.value().chainId),
                              QStringLiteral("chain id mismatch")));
    }
    const QString json =
        QString::fromUtf8(QJsonDocument(profile.value().toJson()).toJson(QJsonDocument::Compact));
    if (auto r = s.value()->vault->database()->setMeta(kNetworkKey, json); !r) {
        return fail(r.error());
    }
    message(QStringLiteral("Now using %1.").arg(profile.value().name));
    printJson(profile.value().toJson());
    return Ok;
}

} // namespace

int ledgerCommand(const Context &ctx, const QString &command, const QStringList &argsIn)
{
    QStringList args = argsIn;
    if (command == QLatin1String("network")) {
        return networkCommand(ctx, args);
    }
    if (command == QLatin1String("export")) {
        if (args.size() != 1) {
            return usage(QStringLiteral("export FILE"));
        }
        auto opened = openSession(ctx, false);
        if (!opened) {
            return fail(opened.error());
        }
        passbook::TimelineStore store(*opened.value()->vault->database());
        auto n = store.exportBundle(args[0]);
        if (!n) {
            return fail(n.error());
        }
        message(QStringLiteral("Wrote %1 record(s) to %2 as one FHIR Bundle.").arg(n.value()).arg(args[0]));
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("records"), n.value()},
                   {QStringLiteral("file"), args[0]}});
        return Ok;
    }
    const bool caring = !ctx.actingFor.isEmpty();
    static const QStringList withFor = {
        QStringLiteral("sync"),     QStringLiteral("timeline"), QStringLiteral("record"),
        QStringLiteral("hospital"), QStringLiteral("requests"), QStringLiteral("approve"),
        QStringLiteral("deny"),     QStringLiteral("consents"), QStringLiteral("revoke"),
        QStringLiteral("grant"),    QStringLiteral("activity")};
    if (caring && (!withFor.contains(command) || (command == QLatin1String("hospital") &&
                                                  args != QStringList{QStringLiteral("connected")}))) {
        return usage(QStringLiteral("--for works with sync, timeline, record, hospital connected, requests, "
                                    "approve, deny, consents, revoke, grant and activity"));
    }
    if (command == QLatin1String("timeline") || command == QLatin1String("record") ||
        (command == QLatin1String("hospital") && args.value(0) != QLatin1String("list"))) {
        auto opened = openSession(ctx, true);
        if (!opened) {
            return fail(opened.error());
        }
        Session &s = *opened.value();
        if (!caring) {
            return recordsCommand(s, command, args);
        }
        const consent::ConsentStore store(*s.vault->database(), s.network->chainId, s.network->registry);
        auto person = caredPatient(s, store, ctx.actingFor);
        if (!person) {
            return fail(person.error());
        }
        if (auto allowed = passbook::CareAccess::mayView(person.value()); !allowed) {
            return fail(allowed.error());
        }
        vault::VaultDatabase db;
        if (auto r = s.vault->openCareDatabase(person.value().patient, db); !r) {
            return fail(r.error());
        }
        message(QStringLiteral("Records of %1 (you care for them).").arg(person.value().displayName()));
        return recordsCommand(s, command, args, {}, &db);
    }
    bool missing = false;
    const auto scopesOpt = takeOption(args, QStringLiteral("--scopes"), missing);
    const auto expiresOpt = takeOption(args, QStringLiteral("--expires"), missing);
    const auto toOpt = takeOption(args, QStringLiteral("--to"), missing);
    const auto custodianOpt = takeOption(args, QStringLiteral("--custodian"), missing);
    const auto purposeOpt = takeOption(args, QStringLiteral("--purpose"), missing);
    const auto rightsOpt = takeOption(args, QStringLiteral("--rights"), missing);
    const auto nameOpt = takeOption(args, QStringLiteral("--name"), missing);
    const bool resend = takeFlag(args, QStringLiteral("--resend"));
    const bool ledgerOnly = takeFlag(args, QStringLiteral("--ledger-only"));
    if (missing) {
        return usage(QStringLiteral("an option is missing its value"));
    }
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("unknown option %1").arg(a));
        }
    }
    auto parseId = [&](int index) -> std::optional<quint64> {
        bool ok = false;
        const quint64 id = args.value(index).toULongLong(&ok);
        return ok && id > 0 ? std::optional<quint64>(id) : std::nullopt;
    };

    auto opened = openSession(ctx, true);
    if (!opened) {
        return fail(opened.error());
    }
    Session &s = *opened.value();
    consent::ConsentStore store(*s.vault->database(), s.network->chainId, s.network->registry);
    // whose requests, consents and activity: mine, or (--for) a cared-for patient's, checked below
    Address subject = s.me();
    std::optional<consent::CaredFor> person;
    if (caring) {
        auto cared = caredPatient(s, store, ctx.actingFor);
        if (!cared) {
            return fail(cared.error());
        }
        person = cared.value();
        subject = person->patient;
    }

    if (command == QLatin1String("hospital")) {
        if (args != QStringList{QStringLiteral("list")}) {
            return usage(QStringLiteral(
                "hospital list | connect PARTICIPANT CODE | connected | disconnect PARTICIPANT"));
        }
        auto directory = s.registry->directory();
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
    if (command == QLatin1String("sync")) {
        resendOutbox(s);
        auto report = syncEvents(s);
        if (!report) {
            return fail(report.error());
        }
        message(QStringLiteral("Ledger: %1 new event(s) through block %2.")
                    .arg(report.value().stored)
                    .arg(report.value().toBlock));
        const QJsonObject ledgerPart{{QStringLiteral("throughBlock"), double(report.value().toBlock)},
                                     {QStringLiteral("events"), report.value().stored},
                                     {QStringLiteral("skipped"), report.value().undecodable}};
        if (ledgerOnly) {
            printJson({{QStringLiteral("ok"), true}, {QStringLiteral("ledger"), ledgerPart}});
            return Ok;
        }
        if (person) {
            passbook::CareAccess access(*s.vault, *s.registry, store);
            auto records = access.sync(subject, *s.network, nowSecs(), [](passbook::SyncEngine &engine) {
                engine.setProgressCallback([](const passbook::SyncProgress &p) {
                    message(
                        QStringLiteral("%1: %2 (%3 records)").arg(p.hospital, p.resourceType).arg(p.fetched));
                });
            });
            if (!records) {
                return fail(records.error());
            }
            return printSyncReport(records.value(), {{QStringLiteral("ledger"), ledgerPart},
                                                     {QStringLiteral("for"), subject.toChecksumString()}});
        }
        return recordsCommand(s, command, {}, {{QStringLiteral("ledger"), ledgerPart}});
    }
    if (command == QLatin1String("outbox")) {
        if (!args.isEmpty()) {
            return usage(QStringLiteral("outbox [--resend]"));
        }
        if (resend) {
            resendOutbox(s);
        }
        auto entries = s.outbox->recent(200);
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

    // Everything below reads derived state: catch up first, unless --for just did (a failure to reach
    // the ledger still shows what this device already knows, with a warning).
    if (!person) {
        if (auto synced = syncEvents(s); !synced) {
            message(QStringLiteral("warning: %1 Showing what this device already knows.")
                        .arg(synced.error().message));
        }
    }
    if (command == QLatin1String("requests")) {
        auto list = store.requests(subject, nowSecs());
        if (!list) {
            return fail(list.error());
        }
        QJsonArray out;
        for (const auto &r : list.value()) {
            out.append(requestJson(store, r));
        }
        printJson({{QStringLiteral("requests"), out}});
        return Ok;
    }
    if (command == QLatin1String("consents")) {
        auto list = store.consents(subject, nowSecs());
        if (!list) {
            return fail(list.error());
        }
        QJsonArray out;
        for (const auto &c : list.value()) {
            QJsonObject o{{QStringLiteral("id"), double(c.id)},
                          {QStringLiteral("grantee"), c.grantee.toChecksumString()},
                          {QStringLiteral("granteeName"), store.nameOf(c.grantee)},
                          {QStringLiteral("custodian"),
                           c.custodian.isZero() ? QString() : c.custodian.toChecksumString()},
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
            out.append(o);
        }
        printJson({{QStringLiteral("consents"), out}});
        return Ok;
    }
    if (command == QLatin1String("activity")) {
        auto list = store.activity(subject);
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
    const consent::DecisionBuilder decisions(store, subject, s.registry.get());
    auto submitDecision = [&](const Result<consent::DecisionBuilder::Decision> &d, QJsonObject extra) {
        if (!d) {
            return fail(d.error());
        }
        if (person) {
            // what the patient gave me, as the ledger said a moment ago (the contract checks again)
            const bool deciding = command == QLatin1String("approve") || command == QLatin1String("deny");
            const quint8 needed = deciding ? ledger::registry::Approve : ledger::registry::Manage;
            if (!(person->rights & needed)) {
                return fail(makeError(
                    ErrorCode::Rejected,
                    deciding
                        ? QStringLiteral("%1 has not given you the right to decide on requests for them.")
                              .arg(person->displayName())
                        : QStringLiteral("%1 has not given you the right to manage their consents.")
                              .arg(person->displayName()),
                    QStringLiteral("caregiver right missing")));
            }
        }
        return submitAndReport(s, d.value().callData, d.value().description, std::move(extra));
    };
    if (command == QLatin1String("approve")) {
        const auto id = parseId(0);
        if (!id || args.size() != 1) {
            return usage(QStringLiteral("approve ID [--scopes LIST] [--expires DATE]"));
        }
        std::optional<quint32> scopes;
        if (scopesOpt) {
            auto parsed = ledger::scopes::parse(*scopesOpt);
            if (!parsed) {
                return fail(parsed.error());
            }
            scopes = parsed.value();
        }
        std::optional<quint64> expires;
        if (expiresOpt) {
            auto parsed = parseExpiry(*expiresOpt, nowSecs());
            if (!parsed) {
                return fail(parsed.error());
            }
            expires = parsed.value();
        }
        return submitDecision(decisions.approve(*id, scopes, expires, nowSecs()),
                              {{QStringLiteral("requestId"), double(*id)}});
    }
    if (command == QLatin1String("deny")) {
        const auto id = parseId(0);
        if (!id || args.size() != 1) {
            return usage(QStringLiteral("deny ID"));
        }
        return submitDecision(decisions.deny(*id, nowSecs()), {{QStringLiteral("requestId"), double(*id)}});
    }
    if (command == QLatin1String("revoke")) {
        const auto id = parseId(0);
        if (!id || args.size() != 1) {
            return usage(QStringLiteral("revoke ID"));
        }
        return submitDecision(decisions.revoke(*id, nowSecs()), {{QStringLiteral("consentId"), double(*id)}});
    }
    if (command == QLatin1String("grant")) {
        if (!args.isEmpty() || !toOpt || !scopesOpt || !purposeOpt || !expiresOpt) {
            return usage(QStringLiteral(
                "grant --to ADDR --scopes LIST --purpose P --expires DATE [--custodian ADDR]"));
        }
        auto to = Address::fromString(*toOpt);
        auto custodian = custodianOpt ? Address::fromString(*custodianOpt)
                                      : Result<Address>(Address::fromBytes(QByteArray(20, '\0')));
        auto scopes = ledger::scopes::parse(*scopesOpt);
        auto purpose = ledger::scopes::parsePurpose(*purposeOpt);
        auto expires = parseExpiry(*expiresOpt, nowSecs());
        for (const Error *e : {to ? nullptr : &to.error(), custodian ? nullptr : &custodian.error(),
                               scopes ? nullptr : &scopes.error(), purpose ? nullptr : &purpose.error(),
                               expires ? nullptr : &expires.error()}) {
            if (e) {
                return fail(*e);
            }
        }
        return submitDecision(decisions.grant(to.value(), custodian.value(), scopes.value(), purpose.value(),
                                              expires.value(), nowSecs()),
                              {});
    }
    if (command == QLatin1String("care")) {
        return careCommand(s, store, args, nameOpt);
    }
    if (command == QLatin1String("delegate")) {
        if (args.value(0) == QLatin1String("list") && args.size() == 1) {
            auto list = store.delegations(s.me(), nowSecs());
            if (!list) {
                return fail(list.error());
            }
            QJsonArray out;
            for (const auto &d : list.value()) {
                out.append(QJsonObject{{QStringLiteral("delegate"), d.delegate.toChecksumString()},
                                       {QStringLiteral("rights"),
                                        QJsonArray::fromStringList(ledger::scopes::rightsNames(d.rights))},
                                       {QStringLiteral("expiresAt"), isoTime(qint64(d.expiresAt))},
                                       {QStringLiteral("active"), d.active}});
            }
            printJson({{QStringLiteral("delegates"), out}});
            return Ok;
        }
        if (args.value(0) != QLatin1String("set") || args.size() != 2 || !rightsOpt) {
            return usage(QStringLiteral(
                "delegate set ADDR --rights view,approve,manage --expires DATE | delegate list"));
        }
        auto delegate = Address::fromString(args[1]);
        if (!delegate) {
            return fail(delegate.error());
        }
        const bool removing = *rightsOpt == QLatin1String("none");
        auto rights = removing ? Result<quint8>(quint8(0)) : ledger::scopes::parseRights(*rightsOpt);
        if (!rights) {
            return fail(rights.error());
        }
        quint64 expires = 0;
        if (!removing) {
            if (!expiresOpt) {
                return usage(QStringLiteral("delegate set needs --expires"));
            }
            auto parsed = parseExpiry(*expiresOpt, nowSecs());
            if (!parsed) {
                return fail(parsed.error());
            }
            expires = parsed.value();
        }
        const auto decision = consent::DecisionBuilder::delegate(delegate.value(), rights.value(), expires);
        return submitAndReport(s, decision.callData, decision.description);
    }
    return usage(QStringLiteral("unknown command"));
}

} // namespace passbook::cli
