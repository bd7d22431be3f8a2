#include "ParticipantCommands.h"

#include "NodeConfig.h"

#include "crypto/Hex.h"
#include "fhir/FhirClient.h"
#include "fhir/ProofVerifier.h"
#include "fhir/ResourceMapper.h"
#include "ledger/LedgerConnection.h"
#include "ledger/NetworkProfile.h"
#include "ledger/RegistryClient.h"
#include "ledger/Scopes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace passbook::sandbox {

namespace {

constexpr int kRefused = 3;

void print(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int failWith(const Error &e, int code = 1)
{
    print({{QStringLiteral("ok"), false},
           {QStringLiteral("error"), e.message.isEmpty() ? e.detail : e.message},
           {QStringLiteral("refused"), code == kRefused}});
    return code;
}

ledger::NetworkProfile loadNetwork(const QString &sandboxDir)
{
    QFile f(QDir(sandboxDir).filePath(QStringLiteral("network.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        die(QStringLiteral("network.json missing in %1").arg(sandboxDir));
    }
    auto network = ledger::NetworkProfile::fromJson(f.readAll());
    if (!network) {
        die(network.error().message);
    }
    return network.value();
}

crypto::Address addressOption(QStringList &args, const QString &name)
{
    const QString text = option(args, name);
    if (text.isEmpty()) {
        die(QStringLiteral("%1 ADDR is required").arg(name), 2);
    }
    auto a = crypto::Address::fromString(text);
    if (!a) {
        die(QStringLiteral("%1: %2").arg(name, a.error().message), 2);
    }
    return a.value();
}

struct Custodian
{
    crypto::Address participant;
    QString name;
    QString url;
};

// `--from J`: a hospital number in sandbox.json, or a participant address.
Custodian custodianOption(QStringList &args, const QString &sandboxDir)
{
    const QString text = option(args, QStringLiteral("--from"));
    if (text.isEmpty()) {
        die(QStringLiteral("--from HOSPITAL is required (its number in sandbox.json or its address)"), 2);
    }
    const QJsonArray hospitals = readObject(QDir(sandboxDir).filePath(QStringLiteral("sandbox.json")))
                                     .value(QStringLiteral("hospitals"))
                                     .toArray();
    for (qsizetype i = 0; i < hospitals.size(); ++i) {
        const QJsonObject h = hospitals.at(i).toObject();
        const QString participant = h.value(QStringLiteral("participant")).toString();
        if (text == QString::number(i) || text.compare(participant, Qt::CaseInsensitive) == 0) {
            return {crypto::Address::fromString(participant).value(),
                    h.value(QStringLiteral("name")).toString(), h.value(QStringLiteral("url")).toString()};
        }
    }
    die(QStringLiteral("--from %1 is not a hospital of this sandbox").arg(text), 2);
}

int submit(const Node &node, const ledger::NetworkProfile &network, const QByteArray &data,
           const QString &description, const char *idKey)
{
    ledger::LedgerConnection::Options options;
    options.key = &node.key;
    ledger::LedgerConnection ledger(network, options);
    auto outcome = ledger.submit(data, description);
    if (!outcome) {
        return failWith(outcome.error());
    }
    QJsonObject out{{QStringLiteral("ok"), true},
                    {QStringLiteral("transaction"), crypto::toHex(outcome.value().hash, true)},
                    {QStringLiteral("block"), double(outcome.value().receipt.blockNumber)}};
    for (const auto &log : outcome.value().receipt.logs) {
        auto e = ledger::registry::decodeEvent(log);
        if (e && (e.value().type == ledger::registry::Event::Type::AccessRequested ||
                  e.value().type == ledger::registry::Event::Type::EmergencyAccessed)) {
            out.insert(QLatin1String(idKey), double(e.value().id));
        }
    }
    print(out);
    return 0;
}

int request(const Node &node, const ledger::NetworkProfile &network, const QString &sandboxDir,
            QStringList args)
{
    const auto patient = addressOption(args, QStringLiteral("--patient"));
    const Custodian custodian = custodianOption(args, sandboxDir);
    const QString scopesText = option(args, QStringLiteral("--scopes"));
    const QString purposeText = option(args, QStringLiteral("--purpose"), QStringLiteral("treatment"));
    const QString expiresText = option(args, QStringLiteral("--expires"), QStringLiteral("30d"));
    if (!args.isEmpty() || scopesText.isEmpty()) {
        die(QStringLiteral("usage: request --sandbox DIR --index I --patient ADDR --from J --scopes LIST "
                           "[--purpose P] [--expires DATE]"),
            2);
    }
    auto scopes = ledger::scopes::parse(scopesText);
    auto purpose = ledger::scopes::parsePurpose(purposeText);
    auto expires = ledger::scopes::parseExpiry(expiresText, QDateTime::currentSecsSinceEpoch());
    for (const Error *e : {scopes ? nullptr : &scopes.error(), purpose ? nullptr : &purpose.error(),
                           expires ? nullptr : &expires.error()}) {
        if (e) {
            die(e->message, 2);
        }
    }
    return submit(node, network,
                  ledger::registry::requestAccess(patient, custodian.participant, scopes.value(),
                                                  purpose.value(), expires.value()),
                  QStringLiteral("%1 asks %2 for records").arg(node.name, custodian.name), "requestId");
}

int emergency(const Node &node, const ledger::NetworkProfile &network, QStringList args)
{
    const auto patient = addressOption(args, QStringLiteral("--patient"));
    if (!args.isEmpty()) {
        die(QStringLiteral("usage: emergency --sandbox DIR --index I --patient ADDR"), 2);
    }
    return submit(node, network, ledger::registry::emergencyAccess(patient),
                  QStringLiteral("%1: emergency access").arg(node.name), "consentId");
}

int fetch(const Node &node, const ledger::NetworkProfile &network, const QString &sandboxDir,
          QStringList args)
{
    const auto patient = addressOption(args, QStringLiteral("--patient"));
    const Custodian custodian = custodianOption(args, sandboxDir);
    const QString outPath = option(args, QStringLiteral("--out"));
    if (!args.isEmpty()) {
        die(QStringLiteral("usage: fetch --sandbox DIR --index I --patient ADDR --from J [--out FILE]"), 2);
    }
    fhir::FhirClient client(QUrl(custodian.url), node.key, network.chainId);
    client.setActingFor(patient);
    if (auto r = client.signIn(); !r) {
        return failWith(r.error());
    }
    ledger::LedgerConnection ledger(network);
    fhir::ProofVerifier verifier(ledger.registry());

    QJsonArray entries;
    QJsonObject byCategory;
    int received = 0, verified = 0, notAnchored = 0, tampered = 0;
    for (const QString &type : fhir::ResourceMapper::fetchedTypes()) {
        auto page = client.search(type, QString(), QDateTime(), 1000);
        while (true) {
            if (!page) {
                // 403 on the first type means no consent at all; refusals are the custodian's answer.
                return failWith(page.error(), page.error().code == ErrorCode::Rejected ? kRefused : 1);
            }
            for (const fhir::FetchedEntry &e : page.value().entries) {
                ++received;
                auto outcome = verifier.verify(e.resource, e.proof, custodian.participant);
                if (!outcome) {
                    return failWith(outcome.error());
                }
                switch (outcome.value()) {
                case fhir::ProofVerifier::Outcome::Verified:
                    ++verified;
                    break;
                case fhir::ProofVerifier::Outcome::NotAnchored:
                    ++notAnchored;
                    break;
                default:
                    ++tampered;
                    break;
                }
                // Counted by passbook category, mapped as the patient's own app would.
                const QJsonObject subject = e.resource.value(QStringLiteral("subject")).toObject();
                const QString ref = subject.value(QStringLiteral("reference"))
                                        .toString(e.resource.value(QStringLiteral("patient"))
                                                      .toObject()
                                                      .value(QStringLiteral("reference"))
                                                      .toString());
                auto mapped = fhir::ResourceMapper(ref).map(e.resource);
                const QString key = mapped && mapped.value().category >= 0
                                        ? ledger::scopes::keys(1U << mapped.value().category).value(0)
                                        : e.resource.value(QStringLiteral("resourceType")).toString();
                byCategory.insert(key, byCategory.value(key).toInt() + 1);
                if (!outPath.isEmpty()) {
                    entries.append(QJsonObject{{QStringLiteral("resource"), e.resource}});
                }
            }
            if (page.value().next.isEmpty()) {
                break;
            }
            page = client.nextPage(page.value().next);
        }
    }
    if (!outPath.isEmpty()) {
        QSaveFile f(outPath);
        const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                 {QStringLiteral("type"), QStringLiteral("collection")},
                                 {QStringLiteral("entry"), entries}};
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(QJsonDocument(bundle).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
            die(QStringLiteral("cannot write %1").arg(outPath));
        }
    }
    print({{QStringLiteral("ok"), true},
           {QStringLiteral("custodian"), custodian.name},
           {QStringLiteral("received"), received},
           {QStringLiteral("verified"), verified},
           {QStringLiteral("notAnchored"), notAnchored},
           {QStringLiteral("tampered"), tampered},
           {QStringLiteral("categories"), byCategory}});
    return 0;
}

} // namespace

int participantCommand(const QString &verb, QStringList args)
{
    const QString sandboxDir = option(args, QStringLiteral("--sandbox"));
    const int index = option(args, QStringLiteral("--index"), QStringLiteral("-1")).toInt();
    if (sandboxDir.isEmpty()) {
        die(QStringLiteral("%1 needs --sandbox DIR --index I").arg(verb), 2);
    }
    const Node node = loadNode(sandboxDir, index);
    const ledger::NetworkProfile network = loadNetwork(sandboxDir);
    if (verb == QLatin1String("request")) {
        return request(node, network, sandboxDir, args);
    }
    if (verb == QLatin1String("emergency")) {
        return emergency(node, network, args);
    }
    return fetch(node, network, sandboxDir, args);
}

} // namespace passbook::sandbox
