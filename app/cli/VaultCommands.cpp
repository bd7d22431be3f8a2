// passbook-cli vault commands and `address`.
#include "CliSupport.h"
#include "SecretInput.h"
#include "crypto/Mnemonic.h"
#include "vault/ProfileStore.h"
#include "vault/VaultManager.h"

#include <QDir>
#include <QJsonArray>

namespace passbook::cli {

using vault::VaultManager;

namespace {
void configure(const Context &ctx, VaultManager &v)
{
    if (ctx.kdfCost) {
        v.setKdfCost(ctx.kdfCost->first, ctx.kdfCost->second);
    }
}

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
    configure(ctx, vault);
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

} // namespace

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
    configure(ctx, vault);
    if (auto exists = vault.requireVault(); !exists) {
        return fail(exists.error());
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

} // namespace passbook::cli
