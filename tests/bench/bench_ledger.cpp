// Ledger benchmarks on the local consortium (anvil, automine):
//  - a consent decision: sign + store in the outbox + submit + receipt (budget <= 30 ms);
//  - event catch-up over N registry events (default 100 000), in logs per second, for several
//    chunk sizes (blocks per eth_getLogs).
// Usage: bench_ledger CONSORTIUM_SCRIPT CLI [EVENTS]
#include "BenchStats.h"
#include "crypto/Hex.h"
#include "crypto/Keccak256.h"
#include "ledger/EventSync.h"
#include "ledger/NetworkProfile.h"
#include "ledger/RegistryClient.h"
#include "ledger/TransactionSubmitter.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

using namespace passbook;
using namespace passbook::ledger;

namespace {
crypto::SigningKey keyOf(const QJsonObject &o)
{
    return crypto::SigningKey::fromSecret(
               crypto::SecureBuffer::copyOf(*crypto::fromHex(o.value(QStringLiteral("key")).toString())))
        .value();
}

bool consortium(const QString &script, const QString &cli, const QString &verb, const QString &dir)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PASSBOOK_CLI"), cli);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {script, verb, QStringLiteral("--dir"), dir});
    return p.waitForFinished(300000) && p.exitCode() == 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passbook.*.info=false\npassbook.*.warning=false"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_ledger CONSORTIUM_SCRIPT CLI [EVENTS]\n");
        return 2;
    }
    const QString script = QString::fromLocal8Bit(argv[1]);
    const QString cli = QString::fromLocal8Bit(argv[2]);
    const int events = argc > 3 ? std::max(100, atoi(argv[3])) : 100000;
    QTemporaryDir dir;
    if (!consortium(script, cli, QStringLiteral("up"), dir.path())) {
        std::fprintf(stderr, "consortium up failed\n");
        return 1;
    }
    // stop what `up` started whichever way this ends
    const auto down = qScopeGuard([&] { consortium(script, cli, QStringLiteral("down"), dir.path()); });
    QFile n(dir.filePath(QStringLiteral("network.json")));
    QFile s(dir.filePath(QStringLiteral("sandbox.json")));
    n.open(QIODevice::ReadOnly);
    s.open(QIODevice::ReadOnly);
    const auto network = NetworkProfile::fromJson(n.readAll()).value();
    const QJsonObject sandbox = QJsonDocument::fromJson(s.readAll()).object();
    const auto hospitals = sandbox.value(QStringLiteral("hospitals")).toArray();
    const crypto::SigningKey requester = keyOf(hospitals[1].toObject());
    const crypto::SigningKey custodian = keyOf(hospitals[0].toObject());

    JsonRpcClient rpc(network.rpc);
    rpc.setTimeoutMs(120000); // anvil answers slowly while it mines a deep queue of generated events
    EthClient eth(rpc);
    vault::VaultManager patient(dir.filePath(QStringLiteral("patient")));
    patient.setKdfCost(1, 64ULL << 20);
    (void)patient.create(crypto::SecureBuffer::copyOf(QByteArrayView("correct horse battery staple")),
                         crypto::WordlistLanguage::English);
    Outbox outbox(*patient.database());
    TransactionSubmitter hospital(eth, requester, network.chainId, nullptr);
    TransactionSubmitter decider(eth, *patient.signingKey(), network.chainId, &outbox);

    // --- consent decisions ---------------------------------------------------------------------
    const int decisions = 60;
    QList<double> decisionMs;
    const quint64 expires = eth.blockTimestamp().value() + 86400;
    for (int i = 0; i < decisions + 5; ++i) {
        auto asked = hospital.submit(network.registry,
                                     registry::requestAccess(patient.address(), custodian.address(), 1U << 4,
                                                             quint8(domain::Purpose::Treatment), expires),
                                     QStringLiteral("request"));
        quint64 id = 0;
        for (const Log &log : asked.value().receipt.logs) {
            auto e = registry::decodeEvent(log);
            if (e && e.value().type == registry::Event::Type::AccessRequested) {
                id = e.value().id;
            }
        }
        QElapsedTimer t;
        t.start();
        auto approved = decider.submit(network.registry, registry::approveRequest(id, 1U << 4, expires),
                                       QStringLiteral("Approve request %1").arg(id));
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!approved) {
            std::fprintf(stderr, "approve failed: %s\n", qPrintable(approved.error().detail));
            return 1;
        }
        if (i >= 5) { // warm-up
            decisionMs << ms;
        }
    }
    bench::report("consent_decision_sign_submit_receipt", decisionMs, 30);

    // --- generate registry events: anchors sent without waiting, mined many per block ----------
    // (automine off while they queue: one block per transaction would make anvil's once-a-second
    // state snapshot grow with every block and slow generation to a crawl).
    QElapsedTimer gen;
    gen.start();
    (void)rpc.callBlocking(QStringLiteral("evm_setAutomine"), {false});
    const quint64 startNonce = eth.pendingNonce(custodian.address()).value();
    const auto gas = eth.estimateGas(custodian.address(), network.registry,
                                     registry::anchor(crypto::Keccak256::hash("x"), 1))
                         .value();
    QByteArray lastHash;
    for (int i = 0; i < events; ++i) {
        Transaction tx;
        tx.chainId = network.chainId;
        tx.nonce = startNonce + quint64(i);
        tx.gasLimit = gas + 20000;
        tx.to = network.registry;
        tx.data = registry::anchor(crypto::Keccak256::hash(QByteArray::number(i)), quint32(i + 1));
        const auto signedTx = sign(tx, custodian);
        lastHash = signedTx.hash;
        auto sent = eth.sendRawTransaction(signedTx.raw);
        if (!sent) {
            std::fprintf(stderr, "event generation failed at %d: %s\n", i, qPrintable(sent.error().detail));
            return 1;
        }
    }
    // mine until the sender's mined nonce has caught up with everything sent (bounded: 10 minutes)
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        (void)rpc.callBlocking(QStringLiteral("evm_mine"), {});
        auto answer = rpc.callBlocking(QStringLiteral("eth_getTransactionCount"),
                                       {custodian.address().toLowerHex(), QStringLiteral("latest")});
        auto mined = answer ? EthClient::quantity(answer.value()) : Result<quint64>(answer.error());
        if (mined && mined.value() >= startNonce + quint64(events)) {
            break;
        }
        if (waited.elapsed() > 600000) {
            std::fprintf(stderr, "the generated events were not all mined after 10 minutes\n");
            return 1;
        }
    }
    (void)rpc.callBlocking(QStringLiteral("evm_setAutomine"), {true});
    if (auto last = eth.receipt(lastHash); !last || !last.value() || !last.value()->success) {
        std::fprintf(stderr, "the last generated event failed\n");
        return 1;
    }
    const quint64 head = eth.blockNumber().value();
    std::printf("{\"metric\":\"generated_events\",\"events\":%d,\"blocks\":%llu,\"seconds\":%.1f}\n", events,
                static_cast<unsigned long long>(head), double(gen.elapsed()) / 1000);
    std::fflush(stdout);

    // --- catch-up into a fresh vault database at several chunk sizes ----------------------------
    for (quint64 chunk :
         {10ULL, 50ULL, 200ULL, 5000ULL}) { // blocks per eth_getLogs; about 115 events a block
        vault::VaultManager fresh(dir.filePath(QStringLiteral("fresh%1").arg(chunk)));
        fresh.setKdfCost(1, 64ULL << 20);
        (void)fresh.create(crypto::SecureBuffer::copyOf(QByteArrayView("correct horse battery staple")),
                           crypto::WordlistLanguage::English);
        EventSync sync(eth, *fresh.database(), network.chainId, network.registry);
        sync.setChunkSize(chunk);
        QElapsedTimer t;
        t.start();
        auto report = sync.catchUp();
        const double secs = double(t.nsecsElapsed()) / 1e9;
        if (!report) {
            std::fprintf(stderr, "catch-up failed: %s\n", qPrintable(report.error().detail));
            return 1;
        }
        std::printf("{\"metric\":\"event_catch_up\",\"chunk_blocks\":%llu,\"events\":%d,\"chunks\":%d,"
                    "\"seconds\":%.2f,\"logs_per_second\":%.0f}\n",
                    static_cast<unsigned long long>(chunk), report.value().stored, report.value().chunks,
                    secs, report.value().stored / secs);
        std::fflush(stdout);
    }
    return 0;
}
