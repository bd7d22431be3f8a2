// Records benchmarks on the local consortium started with --scale N (one patient with at least N
// records spread over three hospital nodes):
//  - ingest: sync from the nodes over loopback into a fresh vault (HTTP, SIWE, paging, mapping,
//    proof verification, SQLCipher + FTS4), in resources/s and MB/s, next to the floor: the same
//    records fetched from the same nodes over loopback by the same client (SIWE, paging), parsed,
//    and inserted plainly into a SQLCipher table — budget >= 50 % of that floor. Also shown: the
//    in-memory floor (JSON parse + plain insert of the same bytes, no transport), for scale;
//  - timeline at that size: first page, a filtered page, a full-text search (budgets 5 / 10 / 20 ms).
// Usage: bench_records CONSORTIUM_SCRIPT CLI HOSPITAL [RECORDS]
#include "BenchStats.h"
#include "fhir/FhirClient.h"
#include "fhir/ResourceMapper.h"
#include "passbook/SyncEngine.h"
#include "vault/SqlStatement.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace passbook;
using ::passbook::passbook::PageCursor;
using ::passbook::passbook::SyncEngine;
using ::passbook::passbook::TimelineFilter;
using ::passbook::passbook::TimelineStore;

namespace {
bool consortium(const QStringList &args, const QString &cli, const QString &hospital)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PASSBOOK_CLI"), cli);
    env.insert(QStringLiteral("PASSBOOK_HOSPITAL"), hospital);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"), args);
    return p.waitForFinished(1800000) && p.exitCode() == 0;
}

std::unique_ptr<vault::VaultManager> newVault(const QString &dir)
{
    auto v = std::make_unique<vault::VaultManager>(dir);
    v->setKdfCost(1, 64ULL << 20);
    (void)v->create(crypto::SecureBuffer::copyOf(QByteArrayView("correct horse battery staple")),
                    crypto::WordlistLanguage::English);
    return v;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passbook.*.info=false"));
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_records CONSORTIUM_SCRIPT CLI HOSPITAL [RECORDS]\n");
        return 2;
    }
    const QString script = QString::fromLocal8Bit(argv[1]);
    const QString cli = QString::fromLocal8Bit(argv[2]);
    const QString hospital = QString::fromLocal8Bit(argv[3]);
    const int records = argc > 4 ? std::max(1000, atoi(argv[4])) : 200000;
    QTemporaryDir dir;
    QElapsedTimer setup;
    setup.start();
    if (!consortium({script, QStringLiteral("up"), QStringLiteral("--dir"), dir.path(),
                     QStringLiteral("--scale"), QString::number(records)},
                    cli, hospital)) {
        std::fprintf(stderr, "consortium up failed\n");
        return 1;
    }
    std::fprintf(stderr, "consortium with %d records up in %.1f s\n", records,
                 double(setup.elapsed()) / 1000);
    // stop what `up` started whichever way this ends
    const auto down = qScopeGuard([&] {
        consortium({script, QStringLiteral("down"), QStringLiteral("--dir"), dir.path()}, cli, hospital);
    });
    QFile n(dir.filePath(QStringLiteral("network.json")));
    QFile s(dir.filePath(QStringLiteral("sandbox.json")));
    n.open(QIODevice::ReadOnly);
    s.open(QIODevice::ReadOnly);
    const auto network = ledger::NetworkProfile::fromJson(n.readAll()).value();
    const QJsonObject sandbox = QJsonDocument::fromJson(s.readAll()).object();
    const QJsonArray hospitals = sandbox.value(QStringLiteral("hospitals")).toArray();
    const QJsonObject codes = sandbox.value(QStringLiteral("patients"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("activationCodes"))
                                  .toObject();

    // --- ingest --------------------------------------------------------------------------------
    auto patient = newVault(dir.filePath(QStringLiteral("patient")));
    TimelineStore store(*patient->database());
    SyncEngine engine(store, *patient->signingKey(), network);
    for (const QJsonValue &h : hospitals) {
        const QString participant = h.toObject().value(QStringLiteral("participant")).toString();
        if (!engine.connect(crypto::Address::fromString(participant).value(),
                            codes.value(participant).toString())) {
            std::fprintf(stderr, "connect failed\n");
            return 1;
        }
    }
    QElapsedTimer t;
    t.start();
    const auto report = engine.syncAll();
    const double syncSecs = double(t.nsecsElapsed()) / 1e9;
    qint64 fetched = 0, bytes = 0;
    for (const auto &h : report.hospitals) {
        if (!h.ok) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(h.error));
            return 1;
        }
        fetched += h.fetched;
        bytes += h.bytes;
    }

    // --- the floor: parse each resource and insert it plainly, same data, same kind of database --
    QList<QByteArray> raw;
    raw.reserve(int(fetched));
    {
        vault::SqlStatement all(patient->database()->handle(), "SELECT resource FROM entries");
        while (all.step()) {
            raw << all.blob(0);
        }
    }
    auto floorVault = newVault(dir.filePath(QStringLiteral("floor")));
    sqlite3 *db = floorVault->database()->handle();
    sqlite3_exec(db, "CREATE TABLE plain (id INTEGER PRIMARY KEY, type TEXT, json BLOB)", nullptr, nullptr,
                 nullptr);
    t.restart();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    {
        vault::SqlStatement insert(db, "INSERT INTO plain (type, json) VALUES (?, ?)");
        for (const QByteArray &r : std::as_const(raw)) {
            const QJsonObject o = QJsonDocument::fromJson(r).object();
            insert.reset();
            insert.bind(1, o.value(QStringLiteral("resourceType")).toString());
            insert.bind(2, r);
            (void)insert.exec();
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double memoryFloorSecs = double(t.nsecsElapsed()) / 1e9;

    // --- the floor over loopback: same nodes, same client, parse + plain insert only -----------
    auto loopVault = newVault(dir.filePath(QStringLiteral("loopback-floor")));
    sqlite3 *loopDb = loopVault->database()->handle();
    sqlite3_exec(loopDb, "CREATE TABLE plain (id INTEGER PRIMARY KEY, type TEXT, json BLOB)", nullptr,
                 nullptr, nullptr);
    qint64 loopCount = 0;
    auto hospitalList = store.hospitals().value();
    t.restart();
    sqlite3_exec(loopDb, "BEGIN", nullptr, nullptr, nullptr);
    {
        vault::SqlStatement insert(loopDb, "INSERT INTO plain (type, json) VALUES (?, ?)");
        for (const auto &h : hospitalList) {
            fhir::FhirClient client(QUrl(h.endpoint), *patient->signingKey(), network.chainId);
            if (!client.signIn()) {
                std::fprintf(stderr, "floor: sign-in failed\n");
                return 1;
            }
            for (const QString &type : fhir::ResourceMapper::fetchedTypes()) {
                auto page = client.search(type, h.patientRef, QDateTime(), 1000);
                while (page) {
                    for (const fhir::FetchedEntry &e : page.value().entries) {
                        insert.reset();
                        insert.bind(1, e.resource.value(QStringLiteral("resourceType")).toString());
                        insert.bind(2, QJsonDocument(e.resource).toJson(QJsonDocument::Compact));
                        (void)insert.exec();
                        ++loopCount;
                    }
                    if (page.value().next.isEmpty()) {
                        break;
                    }
                    page = client.nextPage(page.value().next);
                }
                if (!page) {
                    std::fprintf(stderr, "floor: fetch failed: %s\n", qPrintable(page.error().detail));
                    return 1;
                }
            }
        }
    }
    sqlite3_exec(loopDb, "COMMIT", nullptr, nullptr, nullptr);
    const double loopSecs = double(t.nsecsElapsed()) / 1e9;

    const double syncRate = double(fetched) / syncSecs;
    const double floorRate = double(loopCount) / loopSecs;
    const double memoryFloorRate = double(raw.size()) / memoryFloorSecs;
    std::printf(
        "{\"metric\":\"ingest_from_hospitals\",\"resources\":%lld,\"seconds\":%.2f,\"resources_per_"
        "second\":%.0f,\"mb_per_second\":%.2f,\"floor_over_loopback_resources\":%lld,"
        "\"floor_over_loopback_resources_per_second\":%.0f,\"ratio_to_floor\":%.2f,\"budget_ratio\":0.5,"
        "\"within_budget\":%s,\"memory_floor_resources_per_second\":%.0f,\"ratio_to_memory_floor\":%.3f}\n",
        static_cast<long long>(fetched), syncSecs, syncRate, double(bytes) / 1e6 / syncSecs,
        static_cast<long long>(loopCount), floorRate, syncRate / floorRate,
        syncRate / floorRate >= 0.5 ? "true" : "false", memoryFloorRate, syncRate / memoryFloorRate);
    std::fflush(stdout);

    // --- timeline queries at this size --------------------------------------------------------
    const auto timed = [&](const TimelineFilter &f, int runs) {
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer q;
            q.start();
            auto page = store.page(f, PageCursor{}, 50);
            ms << double(q.nsecsElapsed()) / 1e6;
            if (!page || page.value().isEmpty()) {
                std::fprintf(stderr, "empty page for a query that should match\n");
            }
        }
        return ms;
    };
    TimelineFilter all;
    bench::report("timeline_first_page", timed(all, 30), 5);
    TimelineFilter labs;
    labs.categories = 1U << 4;
    labs.hospital = hospitals.at(1).toObject().value(QStringLiteral("participant")).toString().toLower();
    bench::report("timeline_filtered_page", timed(labs, 30), 10);
    TimelineFilter search;
    search.search = QStringLiteral("hemoglobin a1c");
    bench::report("timeline_search", timed(search, 30), 20);
    TimelineFilter rare;
    rare.search = QStringLiteral("acupuncture");
    bench::report("timeline_search_rare_word", timed(rare, 30), 20);
    std::printf("{\"metric\":\"timeline_size\",\"entries\":%lld}\n",
                static_cast<long long>(store.count({}).value()));
    return 0;
}
