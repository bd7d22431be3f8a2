// passbook-cli: the headless front door over the same core libraries as the app (DESIGN.md §7).
// JSON on stdout, messages on stderr, secrets on stdin one per line.
// Exit codes: 0 ok, 2 usage, 3 wrong password or refused authentication, 4 damaged data,
// 5 network or ledger unreachable, 6 rejected by the ledger.
#include "CliSupport.h"
#include "PlatformServices.h"
#include "vault/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using namespace passbook;
using namespace passbook::cli;

int main(int argc, char **argv)
{
#ifdef PASSBOOK_RELEASE_HARDENING
    passbook::platform::hardenProcess(); // before any key exists in this process
#endif
    // stdin carries nothing but secrets: unbuffered, so no stdio buffer keeps a copy of one.
    std::setvbuf(stdin, nullptr, _IONBF, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("HealthPassbook"));
    // Informational logs go nowhere by default: stdout is for JSON, stderr for messages.
    QLoggingCategory::setFilterRules(QStringLiteral("passbook.*.info=false"));

    Context ctx;
    ctx.dataDir = vault::ProfileStore::defaultDataDir();
    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help")) {
            std::fputs(helpText(), stdout);
            return Ok;
        }
        if (args.isEmpty()) {
            return usage(QStringLiteral("%1 needs a value").arg(opt));
        }
        const QString value = args.takeFirst();
        if (opt == QLatin1String("--data")) {
            ctx.dataDir = QDir(value).absolutePath();
        } else if (opt == QLatin1String("--for")) {
            ctx.actingFor = value;
        } else if (opt == QLatin1String("--profile")) {
            ctx.profile = value;
        } else if (opt == QLatin1String("--kdf-cost")) {
            const QStringList parts = value.split(QLatin1Char(','));
            bool okOps = false;
            bool okMem = false;
            const auto ops = parts.value(0).toULongLong(&okOps);
            const auto mib = parts.value(1).toULongLong(&okMem);
            if (parts.size() != 2 || !okOps || !okMem || ops < 1 || mib < 64) {
                return usage(QStringLiteral("--kdf-cost takes OPS,MIB with OPS >= 1 and MIB >= 64"));
            }
            ctx.kdfCost = std::make_pair(ops, mib * 1024 * 1024);
        } else {
            return usage(QStringLiteral("unknown option %1").arg(opt));
        }
    }
    if (args.isEmpty()) {
        std::fputs(helpText(), stderr);
        return Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("vault")) {
        return vaultCommand(ctx, args);
    }
    if (command == QLatin1String("address")) {
        return addressCommand(ctx, args);
    }
    return ledgerCommand(ctx, command, args); // the rest, or "unknown command"
}
