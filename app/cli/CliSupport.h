#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace passbook::cli {

// Exit codes of DESIGN.md §7.
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

struct Context
{
    QString dataDir;
    QString profile;
    std::optional<std::pair<std::uint64_t, std::uint64_t>> kdfCost;
    QString sandboxDir; // passbook-sandbox only: the sandbox folder
    QString actingFor;  // --for: a cared-for patient's address

    [[nodiscard]] QString profileDir(bool forCreate) const;
};

[[nodiscard]] int exitCodeFor(ErrorCode code);
void printJson(const QJsonObject &o);
void message(const QString &text);
int fail(const Error &e);
int usage(const QString &text);
// passbook-cli --help; a usage error naming what --help says of `command` (one source for both).
[[nodiscard]] const char *helpText();
int usageOf(const QString &command);

// Takes "--name VALUE" out of args; nullopt when absent; sets `error` when the value is missing.
std::optional<QString> takeOption(QStringList &args, const QString &name, bool &error);
bool takeFlag(QStringList &args, const QString &name);

// Now, in seconds since the epoch (what the ledger's times are compared with).
[[nodiscard]] qint64 nowSecs();

int vaultCommand(const Context &ctx, const QStringList &args);
int addressCommand(const Context &ctx, const QStringList &args);
int ledgerCommand(const Context &ctx, const QString &command, const QStringList &args);

} // namespace passbook::cli
