// passbook-hospital: a sandbox hospital node (DESIGN.md §5) for the local consortium.
//
//   passbook-hospital init  --sandbox DIR --index I [--seed N] [--patients FOLDER] [--demo-patients K]
//   [--scale N] passbook-hospital serve --sandbox DIR --index I passbook-hospital admin --sandbox DIR --index
//   I issue-code PATIENT_ID [--ttl SECONDS] passbook-hospital admin --sandbox DIR --index I update|tamper
//   FILE     (a resource JSON; same type/id) passbook-hospital admin --sandbox DIR --index I add PATIENT_ID
//   FILE
//
// The node's name, key and port come from DIR/sandbox.json (written by `passbook-cli sandbox init`),
// the ledger from DIR/network.json; its records live in DIR/hospital-I/records.db.
#include "HospitalServer.h"
#include "HospitalStore.h"
#include "NodeConfig.h"
#include "ParticipantCommands.h"
#include "PatientGenerator.h"
#include "SyntheaImport.h"
#include "crypto/Hex.h"
#include "fhir/ResourceMapper.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <sodium.h>

using namespace passbook;
using namespace passbook::sandbox;

namespace {

QString patientIdFor(const Node &node, int patientIndex)
{
    return QStringLiteral("%1-%2").arg(node.prefix).arg(1001 + patientIndex);
}

QJsonObject substitute(const QJsonValue &v, const QString &patientRef)
{
    QByteArray text = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    text.replace(PatientGenerator::kPatientPlaceholder, patientRef.toUtf8());
    return QJsonDocument::fromJson(text).object();
}

Result<int> storePatient(HospitalStore &store, const Node &node, int index, const GeneratedPatient &p,
                         int hospitalIndex, qint64 &clock)
{
    const QString id = patientIdFor(node, index);
    const QString ref = QStringLiteral("Patient/") + id;
    if (auto r = store.addPatient(id, p.name); !r) {
        return r.error();
    }
    QJsonObject patient{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), id},
        {QStringLiteral("identifier"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), node.url + QStringLiteral("/mrn")},
                                {QStringLiteral("value"), id}}}},
        {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("family"), p.family},
                                                        {QStringLiteral("given"), QJsonArray{p.given}},
                                                        {QStringLiteral("text"), p.name}}}},
        {QStringLiteral("gender"), p.gender},
        {QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate)}};
    if (auto r = store.putResource(id, patient, -1, ++clock); !r) {
        return r.error();
    }
    int stored = 0;
    for (const GeneratedPatient::Item &item : p.items) {
        if (item.hospital != hospitalIndex) {
            continue;
        }
        const QJsonObject resource = substitute(item.resource, ref);
        auto mapped = fhir::ResourceMapper(ref).map(resource);
        const int category = mapped ? mapped.value().category : -1;
        if (auto r = store.putResource(id, resource, category, ++clock); !r) {
            return r.error();
        }
        ++stored;
    }
    return stored;
}

int init(QStringList args)
{
    const QString sandboxDir = option(args, QStringLiteral("--sandbox"));
    const int index = option(args, QStringLiteral("--index"), QStringLiteral("-1")).toInt();
    const quint64 seed = option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    const QString folder = option(args, QStringLiteral("--patients"));
    const int demo = option(args, QStringLiteral("--demo-patients"), QStringLiteral("2")).toInt();
    const int scale = option(args, QStringLiteral("--scale"), QStringLiteral("0")).toInt();
    const int hospitals = option(args, QStringLiteral("--hospitals"), QStringLiteral("3")).toInt();
    if (sandboxDir.isEmpty() || !args.isEmpty()) {
        die(QStringLiteral("usage: init --sandbox DIR --index I [--seed N] [--patients FOLDER] "
                           "[--demo-patients K] [--scale N]"),
            2);
    }
    const Node node = loadNode(sandboxDir, index);
    QDir().mkpath(node.stateDir);
    const QString dbPath = QDir(node.stateDir).filePath(QStringLiteral("records.db"));
    if (QFile::exists(dbPath)) {
        die(QStringLiteral("%1 already holds records; `serve` resumes it").arg(node.stateDir), 3);
    }
    HospitalStore store;
    if (auto r = store.open(dbPath); !r) {
        die(r.error().detail);
    }
    QList<GeneratedPatient> patients;
    if (!folder.isEmpty()) {
        QDir dir(folder);
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            auto p = importSynthea(dir.filePath(file), hospitals);
            if (!p) {
                std::fprintf(stderr, "passbook-hospital: skipping %s: %s\n", qPrintable(file),
                             qPrintable(p.error().message));
                continue;
            }
            patients << p.value();
        }
        if (patients.isEmpty()) {
            die(QStringLiteral("no FHIR Bundles could be read from %1").arg(folder));
        }
    } else {
        const PatientGenerator generator(seed, hospitals);
        for (int i = 0; i < std::max(1, demo); ++i) {
            patients << generator.generate(i, i == 0 ? scale : 0);
        }
    }
    qint64 clock = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000; // an hour ago, 1 ms apart
    vault::SqlTransaction tx = store.transaction();
    if (!tx.isActive()) {
        die(store.sqlError(QStringLiteral("begin")).detail);
    }
    QJsonArray out;
    for (int i = 0; i < patients.size(); ++i) {
        auto stored = storePatient(store, node, i, patients[i], index, clock);
        if (!stored) {
            die(stored.error().detail);
        }
        out.append(QJsonObject{{QStringLiteral("key"), patients[i].key},
                               {QStringLiteral("name"), patients[i].name},
                               {QStringLiteral("id"), patientIdFor(node, i)},
                               {QStringLiteral("records"), stored.value()}});
    }
    if (!tx.commit()) {
        die(store.sqlError(QStringLiteral("commit")).detail);
    }
    // Activation codes, valid 30 days (printed once; `admin issue-code` makes more).
    for (int i = 0; i < out.size(); ++i) {
        QJsonObject o = out[i].toObject();
        auto code = store.issueCode(o.value(QStringLiteral("id")).toString(), 30 * 86400);
        if (!code) {
            die(code.error().detail);
        }
        o.insert(QStringLiteral("activationCode"), code.value());
        out[i] = o;
    }
    if (auto made = store.batchPending(1024); !made) {
        die(made.error().detail);
    }
    std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("hospital"), node.name},
                                                  {QStringLiteral("participant"),
                                                   node.key.address().toChecksumString()},
                                                  {QStringLiteral("patients"), out}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 0;
}

int serve(QStringList args)
{
    const QString sandboxDir = option(args, QStringLiteral("--sandbox"));
    const int index = option(args, QStringLiteral("--index"), QStringLiteral("-1")).toInt();
    if (sandboxDir.isEmpty() || !args.isEmpty()) {
        die(QStringLiteral("usage: serve --sandbox DIR --index I"), 2);
    }
    const Node node = loadNode(sandboxDir, index);
    QFile n(QDir(sandboxDir).filePath(QStringLiteral("network.json")));
    if (!n.open(QIODevice::ReadOnly)) {
        die(QStringLiteral("network.json missing"));
    }
    auto network = ledger::NetworkProfile::fromJson(n.readAll());
    if (!network) {
        die(network.error().detail);
    }
    HospitalStore store;
    if (auto r = store.open(QDir(node.stateDir).filePath(QStringLiteral("records.db"))); !r) {
        die(r.error().detail);
    }
    HospitalServer::Config config;
    config.name = node.name;
    config.network = network.value();
    if (qEnvironmentVariableIsSet("PASSBOOK_HOSPITAL_ANCHOR_MS")) {
        config.anchorIntervalMs = qEnvironmentVariableIntValue("PASSBOOK_HOSPITAL_ANCHOR_MS");
    }
    HospitalServer server(store, node.key, config);
    const quint16 port = server.start(quint16(QUrl(node.url).port()));
    if (!port) {
        die(QStringLiteral("cannot listen on %1").arg(node.url));
    }
    std::fprintf(stderr, "passbook-hospital: %s serving on %s\n", qPrintable(node.name),
                 qPrintable(node.url));
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

int admin(QStringList args)
{
    const QString sandboxDir = option(args, QStringLiteral("--sandbox"));
    const int index = option(args, QStringLiteral("--index"), QStringLiteral("-1")).toInt();
    const QString ttl = option(args, QStringLiteral("--ttl"), QString::number(30 * 86400));
    if (sandboxDir.isEmpty() || args.isEmpty()) {
        die(QStringLiteral("usage: admin --sandbox DIR --index I issue-code|update|tamper|add …"), 2);
    }
    const Node node = loadNode(sandboxDir, index);
    HospitalStore store;
    if (auto r = store.open(QDir(node.stateDir).filePath(QStringLiteral("records.db"))); !r) {
        die(r.error().detail);
    }
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("issue-code") && args.size() == 1) {
        auto code = store.issueCode(args[0], ttl.toLongLong());
        if (!code) {
            die(code.error().detail);
        }
        std::printf("{\"activationCode\":\"%s\"}\n", qPrintable(code.value()));
        return 0;
    }
    if ((verb == QLatin1String("update") || verb == QLatin1String("tamper")) && args.size() == 1) {
        const QJsonObject resource = readObject(args[0]);
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        const QString id = resource.value(QStringLiteral("id")).toString();
        auto current = store.current(type, id);
        if (!current || !current.value()) {
            die(QStringLiteral("no current %1/%2").arg(type, id));
        }
        if (verb == QLatin1String("tamper")) {
            if (auto r = store.tamper(type, id, resource); !r) {
                die(r.error().detail);
            }
        } else {
            const QJsonObject old = QJsonDocument::fromJson(current.value()->json).object();
            const QString ref = old.value(QStringLiteral("subject"))
                                    .toObject()
                                    .value(QStringLiteral("reference"))
                                    .toString(old.value(QStringLiteral("patient"))
                                                  .toObject()
                                                  .value(QStringLiteral("reference"))
                                                  .toString());
            auto mapped = fhir::ResourceMapper(ref).map(resource);
            if (auto r = store.putResource(ref.section(QLatin1Char('/'), 1), resource,
                                           mapped ? mapped.value().category : -1,
                                           QDateTime::currentMSecsSinceEpoch());
                !r) {
                die(r.error().detail);
            }
            (void)store.batchPending(1024);
        }
        std::printf("{\"ok\":true}\n");
        return 0;
    }
    if (verb == QLatin1String("add") && args.size() == 2) {
        const QJsonObject resource = readObject(args[1]);
        auto mapped = fhir::ResourceMapper(QStringLiteral("Patient/") + args[0]).map(resource);
        if (auto r = store.putResource(args[0], resource, mapped ? mapped.value().category : -1,
                                       QDateTime::currentMSecsSinceEpoch());
            !r) {
            die(r.error().detail);
        }
        (void)store.batchPending(1024);
        std::printf("{\"ok\":true}\n");
        return 0;
    }
    die(QStringLiteral("unknown admin command"), 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0) {
        die(QStringLiteral("libsodium failed to initialise"));
    }
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        die(QStringLiteral("usage: passbook-hospital init|serve|admin|request|fetch|emergency --sandbox DIR "
                           "--index I …"),
            2);
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("init")) {
        return init(args);
    }
    if (command == QLatin1String("serve")) {
        return serve(args);
    }
    if (command == QLatin1String("admin")) {
        return admin(args);
    }
    if (command == QLatin1String("request") || command == QLatin1String("fetch") ||
        command == QLatin1String("emergency")) {
        return participantCommand(command, args);
    }
    die(QStringLiteral("unknown command %1").arg(command), 2);
}
