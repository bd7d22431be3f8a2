#pragma once

// Runs the real passbook-cli (PASSBOOK_CLI) the way a person or script would: arguments, secrets on
// stdin, JSON read from stdout and messages from stderr; bounded, and killed when it hangs.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace passbook::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed, killed or timed out
    bool crashed = false;
    QJsonObject json;
    QString err;
};

// `--data DIR --kdf-cost 1,64` first (a throwaway vault with the cheapest allowed Argon2id).
inline CliRun runCli(const QString &dataDir, const QStringList &args, const QByteArray &input,
                     const QProcessEnvironment &extraEnv = {}, int timeoutMs = 180000)
{
    QProcess p;
    if (!extraEnv.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &k : extraEnv.keys()) {
            env.insert(k, extraEnv.value(k));
        }
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(PASSBOOK_CLI), QStringList{QStringLiteral("--data"), dataDir,
                                                      QStringLiteral("--kdf-cost"), QStringLiteral("1,64")} +
                                              args);
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("passbook-cli timed out");
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace passbook::test
