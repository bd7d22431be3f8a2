// passbook-cli records commands: connecting hospitals, syncing their records into the vault, and
// reading the timeline (DESIGN.md §7).
#include "LedgerSession.h"
#include "crypto/Hex.h"
#include "ledger/Scopes.h"
#include "passbook/TimelineStore.h"
#include "session/SessionJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace passbook::cli {

using passbook::Hospital;
using passbook::TimelineStore;

namespace {

qint64 countOf(const TimelineStore &store, const passbook::TimelineFilter &f)
{
    auto n = store.count(f);
    return n ? n.value() : 0;
}

QHash<QString, QString> hospitalNames(TimelineStore &store)
{
    QHash<QString, QString> names;
    if (auto list = store.hospitals()) {
        for (const Hospital &h : list.value()) {
            names.insert(h.participant, h.name);
        }
    }
    return names;
}

} // namespace

int printSyncReport(const passbook::SyncReport &report, const QJsonObject &extra)
{
    QJsonObject out = report.toJson();
    for (const auto &h : report.hospitals) {
        if (!h.ok) {
            message(QStringLiteral("%1: %2").arg(h.name, h.error));
        }
    }
    const bool allOk = report.total().ok;
    out.insert(QStringLiteral("ok"), allOk);
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        out.insert(it.key(), it.value());
    }
    printJson(out);
    return allOk ? Ok : Unreachable;
}

namespace {

int hospitalConnect(Session &s, const QStringList &args)
{
    auto participant = crypto::Address::fromString(args[1]);
    if (!participant) {
        return usage(
            QStringLiteral("hospital connect PARTICIPANT CODE: PARTICIPANT is the hospital's 0x address "
                           "from 'hospital list'"));
    }
    message(QStringLiteral("Connecting..."));
    auto h = s.core->connectHospital(participant.value(), args[2]);
    if (!h) {
        return fail(h.error());
    }
    message(QStringLiteral("Connected to %1. Run 'passbook-cli sync' to fetch your records.")
                .arg(h.value().name));
    printJson({{QStringLiteral("ok"), true},
               {QStringLiteral("participant"), participant.value().toChecksumString()},
               {QStringLiteral("name"), h.value().name},
               {QStringLiteral("patient"), h.value().patientRef}});
    return Ok;
}

int hospitalsConnected(TimelineStore &store)
{
    auto list = store.hospitals();
    if (!list) {
        return fail(list.error());
    }
    QJsonArray out;
    for (const Hospital &h : list.value()) {
        passbook::TimelineFilter f;
        f.hospital = h.participant;
        f.includeDuplicates = true;
        f.includeUnmapped = true;
        out.append(session::json::hospital(h, countOf(store, f)));
    }
    printJson({{QStringLiteral("hospitals"), out}});
    return Ok;
}

int hospitalDisconnect(Session &s, TimelineStore &store, const QStringList &args)
{
    auto participant = crypto::Address::fromString(args[1]);
    if (!participant) {
        return usageOf(QStringLiteral("hospital disconnect"));
    }
    auto known = store.hospital(participant.value().toLowerHex());
    if (!known) {
        return fail(known.error());
    }
    if (!known.value()) {
        return fail(makeError(ErrorCode::NotFound, QStringLiteral("You are not connected to that hospital."),
                              QStringLiteral("not connected")));
    }
    auto removed = s.core->disconnectHospital(participant.value().toLowerHex());
    if (!removed) {
        return fail(removed.error());
    }
    message(QStringLiteral("Disconnected from %1; %2 record(s) from it were removed from this device.")
                .arg(known.value()->name)
                .arg(removed.value()));
    printJson({{QStringLiteral("ok"), true}, {QStringLiteral("removed"), removed.value()}});
    return Ok;
}

int timeline(TimelineStore &store, QStringList args)
{
    bool missing = false;
    const auto category = takeOption(args, QStringLiteral("--category"), missing);
    const auto hospital = takeOption(args, QStringLiteral("--hospital"), missing);
    const auto search = takeOption(args, QStringLiteral("--search"), missing);
    const auto limit = takeOption(args, QStringLiteral("--limit"), missing);
    const bool duplicates = takeFlag(args, QStringLiteral("--include-duplicates"));
    if (missing || !args.isEmpty()) {
        return usageOf(QStringLiteral("timeline"));
    }
    passbook::TimelineFilter f;
    if (category) {
        auto mask = ledger::scopes::parse(*category);
        if (!mask) {
            return fail(mask.error());
        }
        f.categories = mask.value();
    }
    if (hospital) {
        auto a = crypto::Address::fromString(*hospital);
        if (!a) {
            return usage(QStringLiteral("--hospital takes the hospital's 0x address"));
        }
        f.hospital = a.value().toLowerHex();
    }
    f.search = search.value_or(QString());
    f.includeDuplicates = duplicates;
    bool ok = true;
    const int n = limit ? limit->toInt(&ok) : 50;
    if (!ok || n < 1 || n > 1000) {
        return usage(QStringLiteral("--limit takes a number from 1 to 1000"));
    }
    auto rows = store.page(f, {}, n);
    if (!rows) {
        return fail(rows.error());
    }
    const auto names = hospitalNames(store);
    QJsonArray out;
    for (const auto &row : rows.value()) {
        out.append(session::json::timelineRow(row, names));
    }
    printJson({{QStringLiteral("entries"), out}, {QStringLiteral("total"), double(countOf(store, f))}});
    return Ok;
}

int record(TimelineStore &store, const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok) {
        return usageOf(QStringLiteral("record"));
    }
    auto row = store.entry(id);
    if (!row) {
        return fail(row.error());
    }
    if (!row.value()) {
        return fail(makeError(ErrorCode::NotFound, QStringLiteral("There is no record %1.").arg(id),
                              QStringLiteral("no entry")));
    }
    QJsonObject o = session::json::timelineRow(*row.value(), hospitalNames(store));
    o.insert(QStringLiteral("fhir"), QJsonDocument::fromJson(row.value()->resource).object());
    o.insert(QStringLiteral("proof"), QJsonDocument::fromJson(row.value()->proof.toUtf8()).object());
    printJson(o);
    return Ok;
}

} // namespace

int recordsCommand(Session &s, const QString &command, const QStringList &args)
{
    auto records = s.core->records();
    if (!records) {
        return fail(records.error());
    }
    TimelineStore &store = *records.value();
    const QString sub = args.value(0);
    if (command == QLatin1String("hospital") && sub == QLatin1String("connect") && args.size() == 3) {
        return hospitalConnect(s, args);
    }
    if (command == QLatin1String("hospital") && sub == QLatin1String("connected") && args.size() == 1) {
        return hospitalsConnected(store);
    }
    if (command == QLatin1String("hospital") && sub == QLatin1String("disconnect") && args.size() == 2) {
        return hospitalDisconnect(s, store, args);
    }
    if (command == QLatin1String("hospital")) {
        return usageOf(QStringLiteral("hospital"));
    }
    if (command == QLatin1String("timeline")) {
        return timeline(store, args);
    }
    if (command == QLatin1String("record")) {
        return record(store, args);
    }
    return usage(QStringLiteral("unknown command"));
}

} // namespace passbook::cli
