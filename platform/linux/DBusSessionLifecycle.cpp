#include "DBusSessionLifecycle.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>

namespace passbook::platform {

DBusSessionLifecycle::DBusSessionLifecycle(QDBusConnection sessionBus, QDBusConnection systemBus,
                                           const QString &sessionId, QObject *parent)
    : AppLifecycle(parent), m_session(std::move(sessionBus)), m_system(std::move(systemBus))
{
    if (m_session.isConnected()) {
        // Listened to from any sender: whichever desktop runs, its screen saver says so.
        m_watching |=
            m_session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                              QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                              this, SLOT(onScreenSaverActive(bool)));
        m_watching |= m_session.connect(
            QString(), QStringLiteral("/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActive(bool)));
        m_watching |= m_session.connect(
            QString(), QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActive(bool)));
    }
    if (m_system.isConnected()) {
        const QString service = QStringLiteral("org.freedesktop.login1");
        m_system.connect(service, QStringLiteral("/org/freedesktop/login1"),
                         QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                         this, SLOT(onPrepareForSleep(bool)));
        if (!sessionId.isEmpty()) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                service, QStringLiteral("/org/freedesktop/login1"),
                QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSession"));
            call << sessionId;
            const QDBusReply<QDBusObjectPath> path = m_system.call(call, QDBus::Block, 2000);
            if (path.isValid()) {
                m_watching |= m_system.connect(service, path.value().path(),
                                               QStringLiteral("org.freedesktop.login1.Session"),
                                               QStringLiteral("Lock"), this, SLOT(onLogindLock()));
            }
        }
    }
}

void DBusSessionLifecycle::onScreenSaverActive(bool active)
{
    if (active) {
        emit sessionLocked();
    }
}

void DBusSessionLifecycle::onLogindLock()
{
    emit sessionLocked();
}

void DBusSessionLifecycle::onPrepareForSleep(bool start)
{
    if (start) {
        emit sessionLocked();
    }
}

} // namespace passbook::platform
