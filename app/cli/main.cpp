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

namespace {

const char kHelp[] =
    "Usage: passbook-cli [--data DIR] [--profile ID] [--for PATIENT] COMMAND\n"
    "\n"
    "Secrets are read from standard input, one per line (the vault password first). Output is JSON\n"
    "on stdout, messages on stderr.\n"
    "\n"
    "Vault:\n"
    "  vault create [--language en|zh_TW|ko]   stdin: new password. Prints the address and the\n"
    "                                          24-word recovery phrase (once).\n"
    "  vault restore                           stdin: recovery phrase, new password.\n"
    "  vault check                             stdin: password. Verifies every page and counter.\n"
    "  vault change-password                   stdin: current password, new password.\n"
    "  vault rebuild-db                        stdin: password. Keeps the old database aside.\n"
    "  address                                 The vault's account address (no password needed).\n"
    "\n"
    "Ledger (stdin: password):\n"
    "  network use FILE                        Use a network profile (JSON, DESIGN.md section 4).\n"
    "  network show\n"
    "  hospital list                           The consortium's directory, from the chain.\n"
    "  hospital connect PARTICIPANT CODE       Connect a hospital with its activation code.\n"
    "  hospital connected                      Connected hospitals, last sync, record counts.\n"
    "  hospital disconnect PARTICIPANT         Removes that hospital's records from this device.\n"
    "  sync [--ledger-only]                    Ledger events, then records from every hospital.\n"
    "  timeline [--category LIST] [--hospital PARTICIPANT] [--search TEXT] [--limit N]\n"
    "           [--include-duplicates]         Newest first; duplicates hidden unless asked for.\n"
    "  record ID                               One record: fields, FHIR JSON, ledger proof.\n"
    "  export FILE                             Every record as one FHIR R4 Bundle (your own copy).\n"
    "  requests                                Access requests about you, with their status.\n"
    "  approve ID [--scopes LIST] [--expires DATE]   Narrow categories or time if you wish.\n"
    "  deny ID\n"
    "  grant --to ADDR --scopes LIST --purpose P --expires DATE [--custodian ADDR]\n"
    "  consents                                Active, expired and revoked consents.\n"
    "  revoke ID\n"
    "  delegate set ADDR --rights view,approve,manage --expires DATE   (rights 'none' removes)\n"
    "  care invite                             A code to give your caregiver (address, hospitals).\n"
    "  care add CODE [--name LABEL]            Follow someone who made you their caregiver.\n"
    "  care list                               The people you care for, with their rights now.\n"
    "  care remove PATIENT                     Stop following them; their records leave this device.\n"
    "  delegate list\n"
    "  activity                                Who asked for, received or opened what, and when.\n"
    "  outbox [--resend]                       Signed transactions and their status.\n"
    "\n"
    "Categories: visits conditions medications allergies labs imaging procedures vaccinations\n"
    "documents dental tcm careplans directives preventive vitals claims, or all.\n"
    "Purposes: treatment insurance research emergency personal. Dates: 2027-01-31, ISO, or 30d/12h.\n"
    "\n"
    "Options:\n"
    "  --data DIR          data folder (default: the app's data folder)\n"
    "  --profile ID        profile inside the data folder (default: the only one)\n"
    "  --kdf-cost OPS,MIB  fixed Argon2id cost instead of calibrating (tests; MIB >= 64)\n"

    "  --for PATIENT       act as caregiver for someone you care for (care add): sync, timeline,\n"
    "                      record, hospital connected, requests, approve, deny, consents, revoke,\n"
    "                      grant, activity\n"
    "\n"
    "Exit codes: 0 ok, 2 usage, 3 wrong password, 4 damaged data, 5 unreachable, 6 rejected.\n";

} // namespace

int main(int argc, char **argv)
{
#ifdef PASSBOOK_RELEASE_HARDENING
    passbook::platform::hardenProcess(); // before any key exists in this process
#endif
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
            std::fputs(kHelp, stdout);
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
        std::fputs(kHelp, stderr);
        return Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("vault")) {
        return vaultCommand(ctx, args);
    }
    if (command == QLatin1String("address")) {
        return addressCommand(ctx, args);
    }
    static const QStringList ledgerCommands = {
        QStringLiteral("network"),  QStringLiteral("hospital"), QStringLiteral("sync"),
        QStringLiteral("requests"), QStringLiteral("approve"),  QStringLiteral("deny"),
        QStringLiteral("grant"),    QStringLiteral("consents"), QStringLiteral("revoke"),
        QStringLiteral("delegate"), QStringLiteral("activity"), QStringLiteral("outbox"),
        QStringLiteral("care"),     QStringLiteral("timeline"), QStringLiteral("record"),
        QStringLiteral("export")};
    if (ledgerCommands.contains(command)) {
        return ledgerCommand(ctx, command, args);
    }
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}
