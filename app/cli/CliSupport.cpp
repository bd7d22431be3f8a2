#include "CliSupport.h"

#include "vault/ProfileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace passbook::cli {

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
    "  vault change-password                   stdin: current password, new password. New keys:\n"
    "                                          the databases are encrypted again.\n"
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

const char *helpText()
{
    return kHelp;
}

int usageOf(const QString &command)
{
    // the help's synopsis lines for the command ("  approve ID [--scopes LIST] …   what it does"),
    // with their continuation lines ("           [--include-duplicates]   …")
    const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    QStringList synopses;
    bool inCommand = false;
    for (const QString &line : QString::fromUtf8(kHelp).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "))) {
            inCommand = trimmed == command || trimmed.startsWith(command + QLatin1Char(' '));
            if (inCommand) {
                synopses << trimmed.section(gap, 0, 0);
            }
        } else if (inCommand && trimmed.startsWith(QLatin1Char('['))) {
            synopses.last() += QLatin1Char(' ') + trimmed.section(gap, 0, 0);
        } else {
            inCommand = false;
        }
    }
    return usage(synopses.join(QStringLiteral(" | ")));
}

QString Context::profileDir(bool forCreate) const
{
    vault::ProfileStore store(dataDir);
    if (!profile.isEmpty()) {
        return store.profileDir(profile);
    }
    return forCreate ? store.newProfileDir() : store.defaultProfileDir();
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
        return Usage;
    case ErrorCode::WrongSecret:
    case ErrorCode::Throttled:
        return Auth;
    case ErrorCode::Damaged:
    case ErrorCode::DamagedDatabase:
    case ErrorCode::Io:
        return Damaged;
    case ErrorCode::Unreachable:
        return Unreachable;
    case ErrorCode::Rejected:
        return Rejected;
    case ErrorCode::Internal:
        return Failure;
    }
    return Failure;
}

namespace {
QString kindFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::WrongSecret:
        return QStringLiteral("wrong_password");
    case ErrorCode::Throttled:
        return QStringLiteral("throttled");
    case ErrorCode::Damaged:
        return QStringLiteral("damaged");
    case ErrorCode::DamagedDatabase:
        return QStringLiteral("damaged_database");
    case ErrorCode::Io:
        return QStringLiteral("storage");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Unreachable:
        return QStringLiteral("unreachable");
    case ErrorCode::Rejected:
        return QStringLiteral("rejected");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}
} // namespace

void printJson(const QJsonObject &o)
{
    const QByteArray out = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void message(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

int fail(const Error &e)
{
    message(QStringLiteral("error: %1").arg(e.message));
    printJson({{QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), kindFor(e.code)},
                                                     {QStringLiteral("message"), e.message}}}});
    return exitCodeFor(e.code);
}

int usage(const QString &text)
{
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    message(QStringLiteral("usage error: %1\nRun %2 --help for the commands.").arg(text, program));
    return Usage;
}

std::optional<QString> takeOption(QStringList &args, const QString &name, bool &error)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0) {
        return std::nullopt;
    }
    if (i + 1 >= args.size()) {
        error = true;
        args.removeAt(i);
        return std::nullopt;
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace passbook::cli
