#pragma once

// Starts the real local consortium (tests/sandbox/consortium: anvil on a free loopback port, the
// registry deployed, the sandbox hospitals registered) in a temporary folder, and stops it.
#include "crypto/Hex.h"
#include "crypto/SigningKey.h"
#include "ledger/NetworkProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace passbook::test {

class ConsortiumFixture
{
public:
    ~ConsortiumFixture() { down(); }

    // Returns an empty string on success, else what went wrong.
    QString up(const QStringList &extraArgs = {})
    {
        if (!m_dir.isValid()) {
            return QStringLiteral("no temporary folder");
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PASSBOOK_CLI"), QStringLiteral(PASSBOOK_CLI));
#ifdef PASSBOOK_HOSPITAL
        env.insert(QStringLiteral("PASSBOOK_HOSPITAL"), QStringLiteral(PASSBOOK_HOSPITAL));
#endif
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"),
                QStringList{QStringLiteral(PASSBOOK_SOURCE_DIR "/tests/sandbox/consortium"),
                            QStringLiteral("up"), QStringLiteral("--dir"), m_dir.path()} +
                    extraArgs);
        if (!p.waitForFinished(180000) || p.exitCode() != 0) {
            return QStringLiteral("consortium up failed: %1")
                .arg(QString::fromUtf8(p.readAllStandardError()));
        }
        m_up = true;
        QFile n(m_dir.filePath(QStringLiteral("network.json")));
        QFile s(m_dir.filePath(QStringLiteral("sandbox.json")));
        if (!n.open(QIODevice::ReadOnly) || !s.open(QIODevice::ReadOnly)) {
            return QStringLiteral("consortium files missing");
        }
        auto profile = ledger::NetworkProfile::fromJson(n.readAll());
        if (!profile) {
            return profile.error().detail;
        }
        network = profile.value();
        sandbox = QJsonDocument::fromJson(s.readAll()).object();
        return {};
    }

    void down()
    {
        if (!m_up) {
            return;
        }
        QProcess p;
        p.start(QStringLiteral("bash"), {QStringLiteral(PASSBOOK_SOURCE_DIR "/tests/sandbox/consortium"),
                                         QStringLiteral("down"), QStringLiteral("--dir"), m_dir.path()});
        p.waitForFinished(30000);
        m_up = false;
    }

    [[nodiscard]] QString dir() const
    {
        return m_dir.path();
    }
    [[nodiscard]] QString networkFile() const
    {
        return m_dir.filePath(QStringLiteral("network.json"));
    }

    [[nodiscard]] crypto::SigningKey key(const QJsonObject &o) const
    {
        return crypto::SigningKey::fromSecret(
                   crypto::SecureBuffer::copyOf(*crypto::fromHex(o.value(QStringLiteral("key")).toString())))
            .value();
    }
    [[nodiscard]] QJsonObject hospital(int i) const
    {
        return sandbox.value(QStringLiteral("hospitals")).toArray().at(i).toObject();
    }
    [[nodiscard]] crypto::Address participant(int i) const
    {
        return crypto::Address::fromString(hospital(i).value(QStringLiteral("participant")).toString())
            .value();
    }
    [[nodiscard]] QJsonObject patient(int k) const
    {
        return sandbox.value(QStringLiteral("patients")).toArray().at(k).toObject();
    }
    [[nodiscard]] QString activationCode(int patientIndex, int hospitalIndex) const
    {
        return patient(patientIndex)
            .value(QStringLiteral("activationCodes"))
            .toObject()
            .value(hospital(hospitalIndex).value(QStringLiteral("participant")).toString())
            .toString();
    }
    // Runs `passbook-hospital ARGS` (admin commands) and returns its stdout, or a null array.
    [[nodiscard]] QByteArray hospitalAdmin(int index, const QStringList &args) const
    {
#ifdef PASSBOOK_HOSPITAL
        QProcess p;
        p.start(QStringLiteral(PASSBOOK_HOSPITAL),
                QStringList{QStringLiteral("admin"), QStringLiteral("--sandbox"), m_dir.path(),
                            QStringLiteral("--index"), QString::number(index)} +
                    args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            return {};
        }
        return p.readAllStandardOutput();
#else
        Q_UNUSED(index);
        Q_UNUSED(args);
        return {};
#endif
    }
    // A sandbox hospital acting as a participant: `passbook-hospital VERB --sandbox DIR --index I ARGS`
    // (request, fetch, emergency). Returns the exit code and the JSON it printed.
    struct Acted
    {
        int exitCode = -1;
        QJsonObject json;
    };
    [[nodiscard]] Acted hospitalAct(int index, const QString &verb, const QStringList &args) const
    {
#ifdef PASSBOOK_HOSPITAL
        QProcess p;
        p.start(QStringLiteral(PASSBOOK_HOSPITAL),
                QStringList{verb, QStringLiteral("--sandbox"), m_dir.path(), QStringLiteral("--index"),
                            QString::number(index)} +
                    args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
#else
        Q_UNUSED(index);
        Q_UNUSED(verb);
        Q_UNUSED(args);
        return {};
#endif
    }
    // Hospital `asker` asks, for treatment, for `patient`'s `scopes` held by hospital 0; the request
    // id, or 0 when the request was not made.
    [[nodiscard]] quint64 requestRecords(int asker, const crypto::Address &patient,
                                         const QString &scopes) const
    {
        const Acted r =
            hospitalAct(asker, QStringLiteral("request"),
                        {QStringLiteral("--patient"), patient.toChecksumString(), QStringLiteral("--from"),
                         QStringLiteral("0"), QStringLiteral("--scopes"), scopes, QStringLiteral("--purpose"),
                         QStringLiteral("treatment")});
        return r.exitCode == 0 ? quint64(r.json.value(QStringLiteral("requestId")).toInt()) : 0;
    }
    // Stops one hospital node abruptly (SIGKILL), as if it vanished.
    bool killHospital(int index) const
    {
        QFile pid(m_dir.filePath(QStringLiteral("hospital-%1.pid").arg(index)));
        if (!pid.open(QIODevice::ReadOnly)) {
            return false;
        }
        return QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-KILL"),
                                                          QString::fromLatin1(pid.readAll().trimmed())}) == 0;
    }

    [[nodiscard]] crypto::SigningKey adminKey() const
    {
        return key(sandbox.value(QStringLiteral("admin")).toObject());
    }
    [[nodiscard]] crypto::SigningKey hospitalKey(int i) const
    {
        return key(sandbox.value(QStringLiteral("hospitals")).toArray().at(i).toObject());
    }

    ledger::NetworkProfile network;
    QJsonObject sandbox;

private:
    QTemporaryDir m_dir;
    bool m_up = false;
};

} // namespace passbook::test
