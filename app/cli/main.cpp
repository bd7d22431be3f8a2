// passbook-cli: the headless front door over the same core libraries as the app (DESIGN.md §7).
// JSON on stdout, messages on stderr, secrets on stdin one per line.
// Exit codes: 0 ok, 2 usage, 3 wrong password or refused authentication, 4 damaged data,
// 5 network or ledger unreachable, 6 rejected by the ledger.
#include "SecretInput.h"
#include "crypto/Mnemonic.h"
#include "vault/ProfileStore.h"
#include "vault/VaultManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using namespace passbook;
using passbook::vault::VaultManager;

namespace {

enum Exit
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    Auth = 3,
    Damaged = 4,
    Unreachable = 5,
    Rejected = 6
};

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
    message(QStringLiteral("usage error: %1\nRun passbook-cli --help for the commands.").arg(text));
    return Usage;
}

struct Context
{
    QString dataDir;
    QString profile;
    std::optional<std::pair<std::uint64_t, std::uint64_t>> kdfCost;

    [[nodiscard]] QString profileDir(bool forCreate) const
    {
        vault::ProfileStore store(dataDir);
        if (!profile.isEmpty()) {
            return store.profileDir(profile);
        }
        return forCreate ? store.newProfileDir() : store.defaultProfileDir();
    }

    void configure(VaultManager &v) const
    {
        if (kdfCost) {
            v.setKdfCost(kdfCost->first, kdfCost->second);
        }
    }
};

int vaultCreateOrRestore(const Context &ctx, const QStringList &args, bool restore)
{
    crypto::WordlistLanguage language = crypto::WordlistLanguage::English;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--language") && i + 1 < args.size()) {
            const auto lang = crypto::languageFromCode(args[++i]);
            if (!lang) {
                return usage(QStringLiteral("--language takes en, zh_TW or ko"));
            }
            language = *lang;
        } else {
            return usage(QStringLiteral("unexpected argument '%1'").arg(args[i]));
        }
    }
    vault::ProfileStore store(ctx.dataDir);
    if (ctx.profile.isEmpty() && !store.profiles().isEmpty()) {
        return fail(
            makeError(ErrorCode::InvalidInput,
                      QStringLiteral("This device already has a vault. Use it, or name a new profile with "
                                     "--profile."),
                      QStringLiteral("profile exists")));
    }
    const QString dir = ctx.profileDir(true);
    VaultManager vault(dir);
    ctx.configure(vault);
    std::optional<crypto::Mnemonic> mnemonic;
    if (restore) {
        auto phraseLine = cli::readSecretLine(stdin, "recovery phrase");
        if (!phraseLine) {
            return fail(phraseLine.error());
        }
        auto parsed = crypto::Mnemonic::parse(QString::fromUtf8(phraseLine.value().view()));
        if (!parsed) {
            return fail(parsed.error());
        }
        mnemonic = std::move(parsed).value();
    }
    auto password = cli::readSecretLine(stdin, "new password");
    if (!password) {
        return fail(password.error());
    }
    if (!ctx.kdfCost) {
        message(QStringLiteral("Measuring this device to set the password's work factor..."));
    }
    QJsonObject out{{QStringLiteral("profile"), QDir(dir).dirName()}};
    if (restore) {
        auto address = vault.restore(*mnemonic, password.value());
        if (!address) {
            return fail(address.error());
        }
        out.insert(QStringLiteral("address"), address.value().toChecksumString());
        message(QStringLiteral(
            "Vault restored. Records will download again from your hospitals on the next sync."));
    } else {
        auto created = vault.create(password.value(), language);
        if (!created) {
            return fail(created.error());
        }
        out.insert(QStringLiteral("address"), created.value().address.toChecksumString());
        out.insert(QStringLiteral("language"), crypto::languageCode(language));
        out.insert(QStringLiteral("recoveryPhrase"),
                   QJsonArray::fromStringList(created.value().mnemonic.words()));
        message(
            QStringLiteral("Vault created. Write the 24 words down on paper and keep them safe: they are the "
                           "only way to restore this vault. They are shown this once."));
    }
    vault.lock();
    printJson(out);
    return Ok;
}

int vaultCommand(const Context &ctx, const QStringList &args)
{
    if (args.isEmpty()) {
        return usage(
            QStringLiteral("vault needs a subcommand: create, restore, check, change-password, rebuild-db"));
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("create") || sub == QLatin1String("restore")) {
        return vaultCreateOrRestore(ctx, rest, sub == QLatin1String("restore"));
    }
    if (!rest.isEmpty()) {
        return usage(QStringLiteral("unexpected argument '%1'").arg(rest.first()));
    }
    VaultManager vault(ctx.profileDir(false));
    ctx.configure(vault);
    if (vault.state() == VaultManager::State::NoVault) {
        return fail(makeError(ErrorCode::NotFound,
                              QStringLiteral("There is no vault here yet: create or restore one."),
                              QStringLiteral("no vault")));
    }
    auto password = cli::readSecretLine(stdin, "password");
    if (!password) {
        return fail(password.error());
    }
    if (sub == QLatin1String("check")) {
        auto report = vault.check(password.value());
        if (!report) {
            return fail(report.error());
        }
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("address"), report.value().address.toChecksumString()},
                   {QStringLiteral("writeCounter"), double(report.value().writeCounter)},
                   {QStringLiteral("schemaVersion"), report.value().schemaVersion}});
        return Ok;
    }
    if (sub == QLatin1String("change-password")) {
        auto newPassword = cli::readSecretLine(stdin, "new password");
        if (!newPassword) {
            return fail(newPassword.error());
        }
        if (auto r = vault.unlock(password.value()); !r) {
            return fail(r.error());
        }
        if (auto r = vault.changePassword(password.value(), newPassword.value()); !r) {
            return fail(r.error());
        }
        vault.lock();
        message(QStringLiteral("Password changed."));
        printJson({{QStringLiteral("ok"), true}});
        return Ok;
    }
    if (sub == QLatin1String("rebuild-db")) {
        auto aside = vault.rebuildDatabase(password.value());
        if (!aside) {
            return fail(aside.error());
        }
        message(QStringLiteral(
            "A new, empty record database was made; the old one was kept. Sync to download your "
            "records again."));
        printJson({{QStringLiteral("ok"), true}, {QStringLiteral("keptAside"), aside.value()}});
        return Ok;
    }
    return usage(QStringLiteral("unknown vault subcommand '%1'").arg(sub));
}

int addressCommand(const Context &ctx, const QStringList &args)
{
    if (!args.isEmpty()) {
        return usage(QStringLiteral("address takes no arguments"));
    }
    VaultManager vault(ctx.profileDir(false));
    auto address = vault.storedAddress();
    if (!address) {
        return fail(address.error());
    }
    printJson({{QStringLiteral("address"), address.value().toChecksumString()}});
    return Ok;
}

const char kHelp[] =
    "Usage: passbook-cli [--data DIR] [--profile ID] COMMAND\n"
    "\n"
    "Secrets are read from standard input, one per line. Output is JSON on stdout.\n"
    "\n"
    "Commands:\n"
    "  vault create [--language en|zh_TW|ko]   stdin: new password. Prints the address and the\n"
    "                                          24-word recovery phrase (once).\n"
    "  vault restore                           stdin: recovery phrase, new password.\n"
    "  vault check                             stdin: password. Verifies every page and counter.\n"
    "  vault change-password                   stdin: current password, new password.\n"
    "  vault rebuild-db                        stdin: password. Keeps the old database aside.\n"
    "  address                                 The vault's account address (no password needed).\n"
    "\n"
    "Options:\n"
    "  --data DIR          data folder (default: the app's data folder)\n"
    "  --profile ID        profile inside the data folder (default: the only one)\n"
    "  --kdf-cost OPS,MIB  fixed Argon2id cost instead of calibrating (tests; MIB >= 64)\n"
    "\n"
    "Exit codes: 0 ok, 2 usage, 3 wrong password, 4 damaged data, 5 unreachable, 6 rejected.\n";

} // namespace

int main(int argc, char **argv)
{
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
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}
