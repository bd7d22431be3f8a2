#pragma once

// A private D-Bus session bus (dbus-daemon started by the test) with a python3-dbusmock service on
// it, e.g. the notification daemon. Calls to the mock are read from its call log.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

namespace passbook::test {

class DBusMockFixture
{
public:
    ~DBusMockFixture() { stop(); }

    // Starts the bus and `python3 -m dbusmock --template TEMPLATE`; returns what went wrong, or empty.
    QString start(const QString &templateName, const QString &busName)
    {
        return startMock({QStringLiteral("--template"), templateName}, busName);
    }

    // Starts the bus and `python3 -m dbusmock ARGS` (e.g. NAME PATH INTERFACE for a bare object).
    // The private bus stands for both the session and the system bus of the mock.
    QString startMock(const QStringList &mockArgs, const QString &busName)
    {
        m_busName = busName;
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--print-address=1"),
                        QStringLiteral("--address=unix:dir=%1").arg(m_dir.path())});
        if (!m_daemon.waitForReadyRead(10000)) {
            return QStringLiteral("dbus-daemon did not start: %1")
                .arg(QString::fromUtf8(m_daemon.readAllStandardError()));
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_address);
        m_mock.setProcessEnvironment(env);
        m_mock.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Debian's python3 carries python3-dbusmock, whatever python3 comes first on PATH.
        m_mock.start(
            QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("-l"), logPath()} +
                mockArgs);
        m_bus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(m_address, QStringLiteral("passbook-test-%1").arg(quintptr(this))));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000) {
            if (m_bus->isConnected() && m_bus->interface()->isServiceRegistered(busName)) {
                return {};
            }
            QThread::msleep(50);
        }
        return QStringLiteral("the dbusmock %1 service did not appear").arg(busName);
    }

    void stop()
    {
        if (m_bus) {
            QDBusConnection::disconnectFromBus(m_bus->name());
            m_bus.reset();
        }
        for (QProcess *p : {&m_mock, &m_daemon}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(5000)) {
                    p->kill();
                    p->waitForFinished();
                }
            }
        }
    }

    [[nodiscard]] QDBusConnection bus() const { return *m_bus; }
    [[nodiscard]] QString address() const { return m_address; }
    [[nodiscard]] QString logPath() const { return m_dir.filePath(QStringLiteral("calls.log")); }

    // Lines of the mock's call log ("<unix time> <Method> <args…>") for one method.
    [[nodiscard]] QStringList calls(const QString &method) const
    {
        QFile f(logPath());
        QStringList out;
        if (!f.open(QIODevice::ReadOnly)) {
            return out;
        }
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line);
            if (text.section(QLatin1Char(' '), 1, 1) == method) {
                out << text;
            }
        }
        return out;
    }

    // Calls a method on the mock's bus (e.g. a Mock interface method); true on a reply.
    bool call(const QString &path, const QString &interface, const QString &method,
              const QVariantList &args) const
    {
        QDBusMessage message = QDBusMessage::createMethodCall(m_busName, path, interface, method);
        message.setArguments(args);
        const QDBusMessage reply = m_bus->call(message);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            qWarning("dbusmock call %s failed: %s", qPrintable(method), qPrintable(reply.errorMessage()));
        }
        return reply.type() == QDBusMessage::ReplyMessage;
    }

    // Replaces or adds a method of the mock (org.freedesktop.DBus.Mock.AddMethod).
    bool addMethod(const QString &path, const QString &interface, const QString &name, const QString &inSig,
                   const QString &outSig, const QString &code) const
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            m_busName, path, QStringLiteral("org.freedesktop.DBus.Mock"), QStringLiteral("AddMethod"));
        call << interface << name << inSig << outSig << code;
        return m_bus->call(call).type() == QDBusMessage::ReplyMessage;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QProcess m_mock;
    QString m_address;
    QString m_busName;
    std::unique_ptr<QDBusConnection> m_bus;
};

} // namespace passbook::test
