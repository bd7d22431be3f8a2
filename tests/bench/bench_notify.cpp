// Request → notification, and approve → confirmed, through the app's own controllers:
//  - a hospital's access request is mined on anvil → the running app (SessionController +
//    DecisionController, live WebSocket subscription) shows a system notification, as seen by a
//    python3-dbusmock notification daemon on a private bus (budget <= 1 s). Measured from the
//    moment the hospital starts submitting its transaction (signing included, so an upper bound)
//    to the daemon's receipt of Notify (its call-log time stamp, ms).
//  - approve tap → consent confirmed on anvil: password check (Argon2id at the vault's real
//    cost) + decision check + sign + outbox + submit + receipt; and the part after the password.
// Usage: bench_notify [RUNS]
#include "BenchStats.h"
#include "ConsortiumFixture.h"
#include "DBusMockFixture.h"
#include "DBusNotifier.h"
#include "DecisionController.h"
#include "SessionController.h"
#include "ledger/RegistryClient.h"
#include "ledger/TransactionSubmitter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace passbook;

namespace {
const char *kPassword = "correct horse battery staple";

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return done();
}

double logTime(const QString &line)
{
    return line.section(QLatin1Char(' '), 0, 0).toDouble() * 1000.0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("passbook.*.info=false\npassbook.*.warning=false"));
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 30;

    test::ConsortiumFixture chain;
    if (const QString problem = chain.up(); !problem.isEmpty()) {
        std::fprintf(stderr, "bench_notify: %s\n", qPrintable(problem));
        return 1;
    }
    test::DBusMockFixture bus;
    if (const QString problem =
            bus.start(QStringLiteral("notification_daemon"), QStringLiteral("org.freedesktop.Notifications"));
        !problem.isEmpty()) {
        std::fprintf(stderr, "bench_notify: %s\n", qPrintable(problem));
        return 1;
    }
    platform::DBusNotifier notifier(bus.bus(), QStringLiteral("Health Passbook"));
    QTemporaryDir home;
    vault::VaultManager vault(home.filePath(QStringLiteral("patient"))); // the vault's real KDF cost
    app::SessionController passbook(&vault);
    app::DecisionController sharing(&vault, &passbook, &notifier);
    if (!vault.create(crypto::SecureBuffer::copyOf(QByteArrayView(kPassword)),
                      crypto::WordlistLanguage::English)) {
        std::fprintf(stderr, "bench_notify: cannot create the vault\n");
        return 1;
    }
    if (!passbook.importNetworkProfile(chain.networkFile()) ||
        !waitUntil([&] { return sharing.live(); }, 30000)) {
        std::fprintf(stderr, "bench_notify: the app did not go live on the ledger\n");
        return 1;
    }
    const crypto::Address patient = vault.address();
    const crypto::SigningKey asker = chain.key(chain.hospital(1));
    const crypto::Address custodian = chain.participant(0);

    QList<double> notifyMs;
    QList<int> ids;
    for (int i = 0; i < runs; ++i) {
        const qsizetype before = bus.calls(QStringLiteral("Notify")).size();
        const double started = double(QDateTime::currentMSecsSinceEpoch());
        // The hospital submits from its own thread, as another process would; this one keeps
        // running the app's event loop.
        QFuture<quint64> sent = QtConcurrent::run([&] {
            ledger::JsonRpcClient rpc(chain.network.rpc);
            ledger::EthClient eth(rpc);
            ledger::TransactionSubmitter submitter(eth, asker, chain.network.chainId, nullptr);
            auto outcome = submitter.submit(
                chain.network.registry,
                ledger::registry::requestAccess(patient, custodian, 1U << 4, 1,
                                                quint64(QDateTime::currentSecsSinceEpoch() + 30 * 86400)),
                QStringLiteral("bench request"));
            if (!outcome) {
                return quint64(0);
            }
            for (const auto &log : outcome.value().receipt.logs) {
                if (auto e = ledger::registry::decodeEvent(log)) {
                    return e.value().id;
                }
            }
            return quint64(0);
        });
        if (!waitUntil([&] { return bus.calls(QStringLiteral("Notify")).size() > before; }, 10000)) {
            std::fprintf(stderr, "bench_notify: no notification within 10 s (run %d)\n", i);
            return 1;
        }
        notifyMs << logTime(bus.calls(QStringLiteral("Notify")).at(before)) - started;
        waitUntil([&] { return sent.isFinished(); }, 10000);
        ids << int(sent.result());
    }
    bench::report("request_mined_to_notification", notifyMs, 1000);

    QList<double> approveMs, afterPasswordMs;
    for (int id : ids.mid(0, std::min<qsizetype>(ids.size(), 10))) {
        QElapsedTimer t;
        double signingAt = 0;
        auto conn = QObject::connect(&sharing, &app::DecisionController::stageChanged, [&] {
            if (sharing.stage() == QLatin1String("signing")) {
                signingAt = double(t.nsecsElapsed()) / 1e6;
            }
        });
        t.start();
        sharing.approve(id, 1 << 4, 0, QString::fromLatin1(kPassword));
        if (!waitUntil(
                [&] {
                    return sharing.stage() == QLatin1String("confirmed") ||
                           sharing.stage() == QLatin1String("failed");
                },
                30000) ||
            sharing.stage() != QLatin1String("confirmed")) {
            std::fprintf(stderr, "bench_notify: approval failed: %s\n", qPrintable(sharing.errorMessage()));
            return 1;
        }
        const double total = double(t.nsecsElapsed()) / 1e6;
        QObject::disconnect(conn);
        approveMs << total;
        afterPasswordMs << total - signingAt;
    }
    bench::report("approve_tap_to_confirmed_with_password_check", approveMs);
    bench::report("approve_after_password_to_confirmed", afterPasswordMs, 30);
    return 0;
}
