// passbook-sandbox: administration of the local consortium (tests/sandbox). Keys are derived from
// the sandbox seed and written to DIR/sandbox.json; they are sandbox keys only, never a real
// deployment's. Not part of the patient's passbook-cli.
#include "SandboxCommands.h"
#include "crypto/Hex.h"
#include "crypto/Keccak256.h"
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

#include <variant>

namespace passbook::cli {

using crypto::Address;
using crypto::SigningKey;

namespace {

struct SandboxHospital
{
    const char *name;
    quint8 kind;
};
// Named after the hospitals of the seed documents.
constexpr SandboxHospital kHospitals[] = {
    {"Taipei City Hospital", quint8(domain::ParticipantKind::Hospital)},
    {"Taipei Municipal Wanfang Hospital", quint8(domain::ParticipantKind::Hospital)},
    {"Myongji Hospital", quint8(domain::ParticipantKind::Hospital)},
};

SigningKey sandboxKey(const QString &seed, const QString &role)
{
    // Deterministic per seed, so a sandbox can be recreated; a zero or out-of-range key is
    // astronomically unlikely and would be rejected by fromSecret.
    const QByteArray secret =
        crypto::Keccak256::hash(QStringLiteral("health-passbook-sandbox/%1/%2").arg(seed, role).toUtf8());
    return SigningKey::fromSecret(crypto::SecureBuffer::copyOf(secret)).value();
}

Result<QJsonObject> readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 cannot be read: is the sandbox up?").arg(path), f.errorString());
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (!doc.isObject()) {
        return makeError(ErrorCode::Damaged, QStringLiteral("%1 is not valid JSON.").arg(path),
                         e.errorString());
    }
    return doc.object();
}

Result<void> writeJson(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        return makeError(ErrorCode::Io, QStringLiteral("%1 could not be written.").arg(path),
                         f.errorString());
    }
    return {};
}

Result<SigningKey> keyFromHex(const QString &hex)
{
    auto bytes = crypto::fromHex(hex);
    if (!bytes) {
        return makeError(ErrorCode::Damaged, QStringLiteral("A key in sandbox.json is not hex."),
                         QStringLiteral("bad key"));
    }
    return SigningKey::fromSecret(crypto::SecureBuffer::copyOf(*bytes));
}

int submitAs(const SigningKey &key, const ledger::NetworkProfile &network, const std::optional<Address> &to,
             const QByteArray &data, const QString &description, QJsonObject extra = {})
{
    ledger::LedgerConnection::Options options;
    options.key = &key;
    ledger::LedgerConnection ledger(network, options);
    auto outcome = ledger.submitter().submit(to, data, description);
    if (!outcome) {
        return fail(outcome.error());
    }
    extra.insert(QStringLiteral("ok"), true);
    extra.insert(QStringLiteral("transaction"), crypto::toHex(outcome.value().hash, true));
    extra.insert(QStringLiteral("block"), double(outcome.value().receipt.blockNumber));
    // decoded events of the receipt, so scripts can pick up ids
    QJsonArray events;
    for (const auto &log : outcome.value().receipt.logs) {
        auto e = ledger::registry::decodeEvent(log);
        if (e) {
            events.append(QJsonObject{{QStringLiteral("type"), e.value().typeName()},
                                      {QStringLiteral("id"), double(e.value().id)}});
        }
    }
    extra.insert(QStringLiteral("events"), events);
    printJson(extra);
    return Ok;
}

int init(const Context &ctx, QStringList args)
{
    bool missing = false;
    const auto rpcUrl = takeOption(args, QStringLiteral("--rpc"), missing);
    const QString seed = takeOption(args, QStringLiteral("--seed"), missing).value_or(QStringLiteral("1"));
    const auto ports = takeOption(args, QStringLiteral("--hospital-ports"), missing);
    if (missing || !rpcUrl || !args.isEmpty()) {
        return usage(QStringLiteral("init --sandbox DIR --rpc URL [--seed N] [--hospital-ports P1,P2,P3]"));
    }
    const QDir dir(ctx.sandboxDir);
    auto artifact = readJson(dir.filePath(QStringLiteral("ConsentRegistry.json")));
    if (!artifact) {
        return fail(artifact.error());
    }
    auto bytecode = crypto::fromHex(artifact.value().value(QStringLiteral("bytecode")).toString());
    if (!bytecode || bytecode->isEmpty()) {
        return fail(makeError(ErrorCode::Damaged, QStringLiteral("The compiled contract has no bytecode."),
                              QStringLiteral("artifact")));
    }
    ledger::NetworkProfile network;
    network.name = QStringLiteral("Health Passbook sandbox");
    network.rpc = QUrl(*rpcUrl);
    const SigningKey admin = sandboxKey(seed, QStringLiteral("admin"));
    ledger::LedgerConnection::Options options;
    options.key = &admin;
    {
        auto chainId = ledger::LedgerConnection(network).eth().chainId();
        if (!chainId) {
            return fail(chainId.error());
        }
        network.chainId = chainId.value();
    }
    network.ws = QUrl(*rpcUrl);
    network.ws.setScheme(network.rpc.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                        : QStringLiteral("ws"));

    ledger::LedgerConnection deployer(network, options);
    message(QStringLiteral("Deploying ConsentRegistry..."));
    auto deployed =
        deployer.submitter().submit(std::nullopt, *bytecode, QStringLiteral("Deploy ConsentRegistry"));
    if (!deployed) {
        return fail(deployed.error());
    }
    if (!deployed.value().receipt.contractAddress) {
        return fail(makeError(ErrorCode::Rejected, QStringLiteral("The deployment created no contract."),
                              QStringLiteral("no contractAddress")));
    }
    network.registry = *deployed.value().receipt.contractAddress;

    const QStringList portList = ports ? ports->split(QLatin1Char(',')) : QStringList();
    QJsonArray hospitals;
    int index = 0;
    for (const SandboxHospital &h : kHospitals) {
        const SigningKey key = sandboxKey(seed, QStringLiteral("hospital/%1").arg(index));
        const QString endpoint =
            QStringLiteral("http://127.0.0.1:%1").arg(portList.value(index, QStringLiteral("0")));
        message(QStringLiteral("Registering %1...").arg(QString::fromUtf8(h.name)));
        auto registered = deployer.submitter().submit(
            network.registry,
            ledger::registry::registerParticipant(key.address(), QString::fromUtf8(h.name), h.kind, endpoint),
            QStringLiteral("Register %1").arg(QString::fromUtf8(h.name)));
        if (!registered) {
            return fail(registered.error());
        }
        hospitals.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(h.name)},
                                     {QStringLiteral("participant"), key.address().toChecksumString()},
                                     {QStringLiteral("key"), crypto::toHex(key.secret().view(), true)},
                                     {QStringLiteral("url"), endpoint}});
        ++index;
    }
    const QJsonObject sandbox{
        {QStringLiteral("comment"), QStringLiteral("Sandbox keys only: never a real deployment's.")},
        {QStringLiteral("seed"), seed},
        {QStringLiteral("admin"),
         QJsonObject{{QStringLiteral("address"), admin.address().toChecksumString()},
                     {QStringLiteral("key"), crypto::toHex(admin.secret().view(), true)}}},
        {QStringLiteral("hospitals"), hospitals},
        {QStringLiteral("patients"), QJsonArray()}};
    if (auto r = writeJson(dir.filePath(QStringLiteral("sandbox.json")), sandbox); !r) {
        return fail(r.error());
    }
    if (auto r = writeJson(dir.filePath(QStringLiteral("network.json")), network.toJson()); !r) {
        return fail(r.error());
    }
    printJson(network.toJson());
    return Ok;
}

} // namespace

namespace {

// What every command but init reads from the sandbox: the network, the consortium admin's key and,
// with --as N, hospital N's key.
struct Loaded
{
    ledger::NetworkProfile network;
    SigningKey admin;
    std::optional<SigningKey> actor;
};

// The sandbox's files and --as; an exit code when they cannot be read.
std::variant<Loaded, int> load(const Context &ctx, QStringList &args)
{
    const QDir dir(ctx.sandboxDir);
    auto sandbox = readJson(dir.filePath(QStringLiteral("sandbox.json")));
    auto networkJson = readJson(dir.filePath(QStringLiteral("network.json")));
    if (!sandbox) {
        return fail(sandbox.error());
    }
    if (!networkJson) {
        return fail(networkJson.error());
    }
    auto network = ledger::NetworkProfile::fromJson(QJsonDocument(networkJson.value()).toJson());
    if (!network) {
        return fail(network.error());
    }
    auto admin = keyFromHex(
        sandbox.value().value(QStringLiteral("admin")).toObject().value(QStringLiteral("key")).toString());
    if (!admin) {
        return fail(admin.error());
    }
    Loaded loaded{network.value(), std::move(admin).value(), std::nullopt};
    const QJsonArray hospitals = sandbox.value().value(QStringLiteral("hospitals")).toArray();
    bool missing = false;
    if (const auto as = takeOption(args, QStringLiteral("--as"), missing)) {
        bool ok = false;
        const int i = as->toInt(&ok);
        if (!ok || i < 0 || i >= hospitals.size()) {
            return usage(
                QStringLiteral("--as takes a hospital number from 0 to %1").arg(hospitals.size() - 1));
        }
        auto key = keyFromHex(hospitals[i].toObject().value(QStringLiteral("key")).toString());
        if (!key) {
            return fail(key.error());
        }
        loaded.actor = std::move(key).value();
    }
    if (missing) {
        return usage(QStringLiteral("--as takes a hospital number"));
    }
    return loaded;
}

int registerParticipant(const Loaded &s, QStringList args)
{
    bool missing = false;
    const auto name = takeOption(args, QStringLiteral("--name"), missing);
    const auto kind = takeOption(args, QStringLiteral("--kind"), missing);
    const auto endpoint = takeOption(args, QStringLiteral("--endpoint"), missing);
    if (missing || !name || !kind || !endpoint || args.size() != 1) {
        return usage(QStringLiteral("register ACCOUNT --name N --kind K --endpoint URL"));
    }
    auto account = Address::fromString(args[0]);
    auto k = ledger::scopes::parseKind(*kind);
    if (!account) {
        return fail(account.error());
    }
    if (!k) {
        return fail(k.error());
    }
    return submitAs(s.admin, s.network, s.network.registry,
                    ledger::registry::registerParticipant(account.value(), *name, k.value(), *endpoint),
                    QStringLiteral("Register %1").arg(*name));
}

int setActive(const Loaded &s, const QString &sub, const QStringList &args)
{
    if (args.size() != 1) {
        return usage(QStringLiteral("sandbox %1 ACCOUNT").arg(sub));
    }
    auto account = Address::fromString(args[0]);
    if (!account) {
        return fail(account.error());
    }
    const bool active = sub == QLatin1String("activate");
    return submitAs(
        s.admin, s.network, s.network.registry,
        ledger::registry::setParticipantActive(account.value(), active),
        QStringLiteral("%1 %2").arg(active ? QStringLiteral("Activate") : QStringLiteral("Deactivate"),
                                    account.value().toChecksumString()));
}

int request(const Loaded &s, QStringList args)
{
    bool missing = false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto patient = takeOption(args, QStringLiteral("--patient"), missing);
    const auto scopes = takeOption(args, QStringLiteral("--scopes"), missing);
    const auto purpose = takeOption(args, QStringLiteral("--purpose"), missing);
    const auto expires = takeOption(args, QStringLiteral("--expires"), missing);
    const auto custodian = takeOption(args, QStringLiteral("--custodian"), missing);
    if (missing || !s.actor || !patient || !scopes || !purpose || !expires || !args.isEmpty()) {
        return usage(QStringLiteral("request --as N --patient ADDR --scopes LIST --purpose P "
                                    "--expires DATE [--custodian ADDR]"));
    }
    auto p = Address::fromString(*patient);
    auto c = custodian ? Address::fromString(*custodian) : Address::fromBytes(QByteArray(20, '\0'));
    auto sc = ledger::scopes::parse(*scopes);
    auto pu = ledger::scopes::parsePurpose(*purpose);
    auto ex = ledger::scopes::parseExpiry(*expires, now);
    for (const Error *e : {p ? nullptr : &p.error(), c ? nullptr : &c.error(), sc ? nullptr : &sc.error(),
                           pu ? nullptr : &pu.error(), ex ? nullptr : &ex.error()}) {
        if (e) {
            return fail(*e);
        }
    }
    return submitAs(*s.actor, s.network, s.network.registry,
                    ledger::registry::requestAccess(p.value(), c.value(), sc.value(), pu.value(), ex.value()),
                    QStringLiteral("Request access"));
}

int anchor(const Loaded &s, QStringList args)
{
    bool missing = false;
    const auto root = takeOption(args, QStringLiteral("--root"), missing);
    const auto leaves = takeOption(args, QStringLiteral("--leaves"), missing);
    if (missing || !s.actor || !root || !leaves || !args.isEmpty()) {
        return usage(QStringLiteral("anchor --as N --root HEX32 --leaves COUNT"));
    }
    auto r = crypto::fromHex(*root);
    bool ok = false;
    const uint count = leaves->toUInt(&ok);
    if (!r || r->size() != 32 || !ok) {
        return usage(QStringLiteral("--root takes 32 bytes of hex, --leaves a whole number"));
    }
    return submitAs(*s.actor, s.network, s.network.registry, ledger::registry::anchor(*r, count),
                    QStringLiteral("Anchor a record batch"));
}

} // namespace

int sandboxCommand(const Context &ctxIn, const QStringList &argsIn)
{
    Context ctx = ctxIn;
    QStringList args = argsIn;
    bool missing = false;
    if (auto dir = takeOption(args, QStringLiteral("--sandbox"), missing)) {
        ctx.sandboxDir = QDir(*dir).absolutePath();
    }
    if (ctx.sandboxDir.isEmpty() || missing) {
        return usage(QStringLiteral("every command needs --sandbox DIR"));
    }
    const QString sub = args.value(0);
    args = args.mid(1);
    if (sub == QLatin1String("init")) {
        return init(ctx, args);
    }
    auto loaded = load(ctx, args);
    if (const int *exitCode = std::get_if<int>(&loaded)) {
        return *exitCode;
    }
    const Loaded &s = std::get<Loaded>(loaded);
    if (sub == QLatin1String("register")) {
        return registerParticipant(s, args);
    }
    if (sub == QLatin1String("deactivate") || sub == QLatin1String("activate")) {
        return setActive(s, sub, args);
    }
    if (sub == QLatin1String("request")) {
        return request(s, args);
    }
    if (sub == QLatin1String("anchor")) {
        return anchor(s, args);
    }
    return usage(QStringLiteral("unknown sandbox command '%1'").arg(sub));
}

} // namespace passbook::cli
