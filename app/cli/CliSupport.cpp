#include "CliSupport.h"

#include "vault/ProfileStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace passbook::cli {

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
