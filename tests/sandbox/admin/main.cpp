// passbook-sandbox: administration of the local consortium's ledger (tests/sandbox/consortium runs
// `init`; tests suspend and reinstate participants and file requests with it). Sandbox keys only.
#include "SandboxCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace passbook::cli;

namespace {
const char kHelp[] =
    "Usage: passbook-sandbox COMMAND ... --sandbox DIR\n"
    "\n"
    "Administration of the local consortium (keys from DIR/sandbox.json; sandbox keys only).\n"
    "Output is JSON on stdout, messages on stderr; exit codes as passbook-cli's.\n"
    "\n"
    "  init --rpc URL [--seed N] [--hospital-ports P1,P2,P3]   deploy the registry, register the hospitals\n"
    "  register ACCOUNT --name N --kind hospital|clinic|insurer|research --endpoint URL\n"
    "  deactivate ACCOUNT | activate ACCOUNT\n"
    "  request --as N --patient ADDR --scopes LIST --purpose P --expires DATE [--custodian ADDR]\n"
    "  anchor --as N --root HEX32 --leaves COUNT\n"
    "  (--as N: hospital number in sandbox.json, from 0)\n";
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("passbook.*.info=false"));
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        std::fputs(kHelp, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? Usage : Ok;
    }
    return sandboxCommand(Context{}, args);
}
